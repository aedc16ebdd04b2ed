"""Who took part in an event and where it was held: the people a clause names with "with",
"between" or as its subject, the places of its phrases, and the people "he" and "the minister"
refer to next. Shared by events, documents and speech, which read the same clauses."""

from __future__ import annotations

import re
from typing import Any

from ..iris import slug
from .attendance import people_in
from .context import Context, Parsed
from .event_dates import INVITING
from .event_triggers import GATHERING_NOUNS
from .mentions import agents, subjects


def places_under(parsed: Parsed, token: Any, preps: tuple[str, ...], depth: int = 1) -> list[str]:
    """Places in the prepositional phrases of a word ('met ... in Washington'), also those hung
    under its objects ('met with X in Washington') when ``depth`` allows."""
    found = []
    # "travel on to Amman": the 'to' hangs under the particle
    for particle in (c for c in token.children if c.lower_ in ("on", "onward", "onwards", "back")
                     and c.dep_ in ("prep", "prt", "advmod")):
        found.extend(places_under(parsed, particle, preps))
    if depth > 1:
        for child in token.children:
            for obj in child.children if child.dep_ == "prep" else [child] if child.dep_ == "dobj" else []:
                if obj.dep_ in ("pobj", "dobj") and obj.lower_ not in GATHERING_NOUNS:
                    # ("the summit of the X Process, XP, in Tirana": the place may hang on the apposition)
                    for named in [obj, *(c for c in obj.children if c.dep_ == "appos")]:
                        found.extend(places_under(parsed, named, preps, depth - 1))
    # ("in Astana and in Vientiane": the second 'in' is a conjunct of the first)
    for child in (p for c in token.children if c.dep_ == "prep" and c.lower_ in preps
                  for p in [c, *c.conjuncts] if p.lower_ in preps):
        for obj in child.children:
            if obj.dep_ == "pobj":
                for t in [obj, *obj.conjuncts]:
                    entity = parsed.entities.get(t.i)
                    if entity and entity[0] == "place":
                        found.append(entity[1])
                    else:  # "in the Russian city of Kazan"
                        for sub in t.subtree:
                            e = parsed.entities.get(sub.i)
                            if e and e[0] == "place" and _names_the_place(sub, t):
                                found.append(e[1])
                                break
    return found


def within_phrase(clause: Any, noun: Any) -> bool:
    """A relative clause that describes the noun, hung on it or on its 'of' phrase
    ('a summit of the BRICS group of emerging economies that opens today')."""
    if clause.head.ent_type_ == "PERSON":
        return False  # "talks with X, who arrived yesterday": the clause tells of the person, not the talks
    node = clause.head
    for _ in range(6):
        if node == noun:
            return True
        if node.dep_ not in ("pobj", "prep", "compound", "appos") or node.pos_ == "VERB":
            return False
        if node.dep_ == "prep" and node.lower_ in ("before", "after", "ahead", "since", "until"):
            return False  # "talks ..., three days before the conference, which X hosts in Nice": not the talks'
        node = node.head
    return False


def _names_the_place(sub: Any, phrase: Any) -> bool:
    """A place inside a phrase that the phrase is ('the city of Kazan', 'New Delhi'), not one
    it mentions in passing ('talks with the leader of Laos')."""
    node = sub
    for _ in range(4):
        if node == phrase:
            return True
        if node.dep_ not in ("pobj", "compound", "appos") and not (node.dep_ == "prep" and node.lower_ == "of"):
            return False
        node = node.head
    return False


def with_agents(ctx: Context, parsed: Parsed, token: Any, preps: tuple[str, ...] = ("with", "between", "by", "among")
                ) -> list[str]:
    """Who an event or document is 'with' (or 'between', 'by'); a clause after 'with' counts by its
    subject ('with Polish leader Radek Nowak calling for ...')."""
    found: list[str] = []
    # ("talks with X and with Y": the second 'with' is a conjunct of the first)
    # ("hold talks with X and with Y" may hang the second 'with' on the verb, as its conjunct)
    for child in (p for c in token.children if (c.dep_ == "prep" or (c.dep_ == "conj" and c.pos_ == "ADP"))
                  and c.lower_ in preps for p in [c, *c.conjuncts] if p.lower_ in preps):
        for obj in child.children:
            if obj.dep_ == "pobj":
                named_here = agents(ctx, parsed, obj) or people_in(ctx, parsed, obj) or _inviter(ctx, parsed, obj)
                found.extend(a for a in named_here if a not in found)
                if not any(a in ctx.people for a in named_here):
                    # "a courtesy call on army chief of staff Gen. X": the name the parse hung on the event
                    found.extend(a for a in _name_after_title(ctx, parsed, token, obj) if a not in found)
                # "with his U.S. and Chinese counterparts, A and B": every name of the apposition
                for named in (c for c in obj.children if c.dep_ == "appos"):
                    found.extend(a for a in agents(ctx, parsed, named) if a not in found)
                for named in _conjunct_taken_for_subject(token, obj):
                    found.extend(a for a in agents(ctx, parsed, named) if a not in found)
            elif obj.dep_ == "pcomp":
                for subject in (c for c in obj.children if c.dep_ in ("nsubj", "nsubjpass")):
                    found.extend(agents(ctx, parsed, subject))
    return found


def _name_after_title(ctx: Context, parsed: Parsed, token: Any, title: Any) -> list[str]:
    """The person printed right after a title noun ('on chief of staff Gen. X') whom the parse
    hung as an apposition of the event noun itself, not of the title."""
    return [a for named in token.children if named.dep_ == "appos" and named.left_edge.i == title.right_edge.i + 1
            for a in agents(ctx, parsed, named, people_only=True)]


def _conjunct_taken_for_subject(token: Any, obj: Any) -> list[Any]:
    """'held talks ..., with Minister X and State Secretary Y reviewing ties': the parse may end the
    'with' phrase at 'and' and take Y for the subject of the '-ing' clause hung beside it."""
    if obj.right_edge.dep_ != "cc":  # (the phrase ends at its 'and', with no conjunct after it)
        return []
    return [s for c in token.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > obj.i
            for s in c.children if s.dep_ == "nsubj" and obj.i < s.i < c.i]


def _inviter(ctx: Context, parsed: Parsed, token: Any) -> list[str]:
    """'X, who is travelling at the invitation of Y, will hold talks with his host': the host is the
    one whose invitation the sentence tells."""
    if token.lemma_.lower() != "host" or not any(c.dep_ == "poss" for c in token.children):
        return []
    for word in token.sent:
        if word.lemma_.lower() != "invitation":
            continue
        hosts = [a for c in word.children if c.dep_ == "poss" for a in people_in(ctx, parsed, c)]
        hosts += [a for p in word.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj" for a in people_in(ctx, parsed, o)]
        if len(hosts) == 1:
            return hosts
    return []


def subject_people(ctx: Context, parsed: Parsed, verb: Any) -> list[str]:
    """The people who are the subject of a verb. 'who' is the noun its clause describes ('X, who
    arrived on Thursday'); 'he' or 'she' in a clause under another is that clause's subject when it
    is a person ('X travelled to Y, where he met Z')."""
    found: list[str] = []
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in INVITING:  # "X invited Y to visit Z": Y visits
        inviting = subject_people(ctx, parsed, verb.head)
        invited = [a for c in verb.head.children if c.dep_ == "dobj" for a in _invited(ctx, parsed, c, inviting)]
        if invited:
            return invited
    invitation = _invitation_of(verb)
    if invitation is not None:
        # "X renewed his invitation to his counterpart to visit Z", "conveyed an invitation from the
        # King to President Y to pay a visit": the one the invitation is to travels
        # (only once the sentence tells it accepted, '..., which the minister accepted': an invitation
        # merely passed on is no visit planned)
        invited = [a for w in {invitation, verb.head} for p in w.children
                   if p.dep_ == "prep" and p.lower_ == "to" and p.i < verb.i
                   for o in p.children if o.dep_ == "pobj" for a in agents(ctx, parsed, o, people_only=True)]
        if invited and _accepted_after(invitation):
            return invited
    if verb.dep_ == "acl" and verb.head.lemma_.lower() == "invitation" \
            and verb.head.dep_ == "dobj" and verb.head.head.lemma_.lower() == "accept":
            return subject_people(ctx, parsed, verb.head.head)  # "X accepted Y's invitation to make a visit"
    if not subjects(verb) and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
        return subject_people(ctx, parsed, verb.head.head)  # "met X, before travelling to Y": X's subject travels
    for subject in subjects(verb):
        if subject.lower_ in ("who", "that") and subject.head.dep_ == "relcl" and subject.head.head.pos_ in (
                "PROPN", "NOUN"):
            subject = subject.head.head
        elif subject.lower_ in ("he", "she"):
            above = _person_above(ctx, parsed, subject)
            if above is not None:
                found.append(above)
                continue
        elif subject.lower_ == "they" and not parsed.in_quote(subject.idx):
            # 'They spoke by telephone on Wednesday': the people of the last event told with people
            latest = next((e for e in reversed(ctx.events) if sum(a in ctx.people for a in e.attendees) >= 2), None)
            found.extend(a for a in (latest.attendees if latest else []) if a in ctx.people)
            continue
        # ('the Indian President': the one so titled of that country, not the last 'President' named)
        named = _national_title_holder(ctx, subject) or people_in(ctx, parsed, subject)
        if not named and subject.i == subject.sent.start and parsed.entities.get(subject.i, ("",))[0] == "place":
            # "Valletta, Nov. 16 (XNA): The Minister of Foreign Affairs, Dr X, received ...": the parse makes
            # the dateline's place the subject, and the one who acts its apposition
            named = [a for c in subject.children if c.dep_ == "appos" for a in people_in(ctx, parsed, c)]
        if not named and subject.pos_ in ("NOUN", "PROPN") and parsed.entities.get(subject.i, ("",))[0] != "person":
            # "The country's Special Envoy for the Region, Li Ann, wrapped up a visit": an office the
            # title list lacks, then the name set off by commas, who acts
            named = [a for c in subject.children if c.dep_ == "appos" and c.i > subject.i
                     for a in people_in(ctx, parsed, c)]
        if not named and subject.lemma_.lower() in ("delegation", "mission", "team"):
            # "a delegation led by the deputy minister, X, will arrive": its head travels
            named = [p for lead in subject.children if lead.dep_ == "acl" and lead.lemma_.lower() in ("lead", "head")
                     for by in lead.children if by.dep_ == "agent"
                     for o in by.children if o.dep_ == "pobj" for p in people_in(ctx, parsed, o)]
        if not named:
            named = _head_of_state_or_government(ctx, subject)
        found.extend(named)
    return found


def _national_title_holder(ctx: Context, subject: Any) -> list[str]:
    """'the Indian President will travel to X': the one person of that country whose title has
    that word, among the people already named."""
    if (subject.pos_ != "NOUN" and not subject.is_title) or not any(c.lower_ == "the" for c in subject.children):
        return []
    if any(t.ent_type_ == "PERSON" for t in subject.subtree) \
            or any(c.dep_ in ("appos", "prep") for c in subject.children):
        return []  # ('the Egyptian Minister of Trade, X': the name or the portfolio says who)
    modifiers = [c for c in subject.children if c.dep_ in ("amod", "compound", "nmod") and c.i < subject.i]
    countries = {slug(c.name) for m in modifiers if m.text[:1].isupper() and (c := ctx.country_of_text(m.text))}
    if len(countries) != 1:
        return []
    country = countries.pop()
    word = subject.lower_
    found = [p for p in dict.fromkeys(reversed(ctx.recent_people)) if p in ctx.people
             and ctx.people[p].represents == country
             and re.search(rf"\b{re.escape(word)}\b", (ctx.people[p].title or "").lower())]
    return found[:1] if len(found) == 1 else []


# 'the head of state', 'the head of government': the office the words name, by the titles that hold it
HEAD_OF = {"state": ("president", "king", "queen", "emir", "sultan", "monarch", "governor-general"),
           "government": ("prime minister", "premier", "chancellor", "taoiseach", "head of government")}


def _head_of_state_or_government(ctx: Context, subject: Any) -> list[str]:
    """'The Estonian head of state will travel to X': the person last named whose title holds that
    office (of that country, when an adjective names one)."""
    if subject.lower_ != "head" or not any(c.lower_ == "the" for c in subject.children):
        return []
    office = next((o.lower_ for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj" and o.lower_ in HEAD_OF), None)
    if office is None:
        return []
    adjective = next((c for c in subject.children if c.dep_ in ("amod", "compound") and c.text[:1].isupper()), None)
    country = ctx.country_of_text(adjective.text) if adjective is not None else None
    for ident in reversed(ctx.recent_people):
        person = ctx.people[ident]
        title = (person.title or "").lower()
        if any(t in title for t in HEAD_OF[office]) and not any(r in title for r in ("vice", "deputy", "former")):
            if country is not None and person.represents and person.represents != slug(country.name):
                continue
            return [ident]
    return []


def _invitation_of(verb: Any) -> Any | None:
    """The invitation a 'to visit' clause tells: 'an invitation to visit', also 'renewed his
    invitation to X to visit' when the parse hangs the clause on the verb."""
    if verb.dep_ == "acl" and verb.head.lemma_.lower() == "invitation":
        return verb.head
    if verb.dep_ in ("advcl", "xcomp"):
        return next((c for c in verb.head.children if c.dep_ == "dobj" and c.lemma_.lower() == "invitation"), None)
    return None


def _accepted_after(invitation: Any) -> bool:
    """'an invitation to X to visit Z, which X accepted': the invitation is accepted later in its sentence."""
    return any(t.lemma_.lower() == "accept" and t.pos_ == "VERB" and t.dep_ in ("relcl", "conj")
               and t.i > invitation.i for t in invitation.sent)


def _invited(ctx: Context, parsed: Parsed, token: Any, inviting: list[str]) -> list[str]:
    """The people an invitation is to; 'X invited her to visit': 'her' is not X, who invites,
    but the woman named before."""
    found = [a for a in agents(ctx, parsed, token, people_only=True) if a not in inviting]
    if not found and token.lower_ in ("him", "her"):
        gender = "m" if token.lower_ == "him" else "f"
        other = ctx.last_person(gender, before=[p for p in ctx.recent_people if p not in inviting])
        found = [other] if other else []
    return found


def _person_above(ctx: Context, parsed: Parsed, pronoun: Any) -> str | None:
    """The one person who is the subject of a verb above a pronoun's clause, in the same sentence."""
    gender = "m" if pronoun.lower_ == "he" else "f"
    for node in pronoun.head.ancestors:
        if node.pos_ not in ("VERB", "AUX"):
            continue
        people = [a for s in subjects(node) if s.lower_ not in ("he", "she", "who", "that")
                  for a in agents(ctx, parsed, s, people_only=True)]
        if len(people) == 1 and ctx.person_gender.get(people[0]) in (None, gender):
            return people[0]
        if people:
            return None
    return None


def where_place(parsed: Parsed, verb: Any) -> list[str]:
    """'travelled to Astana, where he met ...': the place a 'where' clause describes."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return []
    entity = parsed.entities.get(verb.head.i)
    return [entity[1]] if entity and entity[0] == "place" else []


def host_places(parsed: Parsed, verb: Any) -> list[str]:
    """'Bahrain will host next year's summit': the place that hosts."""
    found = []
    for subject in subjects(verb):
        entity = parsed.entities.get(subject.i)
        if entity and entity[0] == "place":
            found.append(entity[1])
    return found


def place_in_phrase(parsed: Parsed, token: Any) -> list[str]:
    """The place a visited phrase names ('the Russian city of Kazan'), not one it mentions in
    passing ('a shipyard of a company with investments in Viet Nam')."""
    for t in token.subtree:
        entity = parsed.entities.get(t.i)
        if entity and entity[0] == "place" and _names_the_place(t, token):
            return [entity[1]]
    return []


def remember_people(ctx: Context, parsed: Parsed, sentence: Any) -> None:
    """People named in a sentence become the ones "he", "she" and "the minister" refer to next;
    the sentence's subject last, as the likeliest referent."""
    subject_people = []
    for token in sentence:
        entity = parsed.entities.get(token.i)
        if entity and entity[0] == "person" and (token.i + 1 >= sentence.end
                                                 or parsed.entities.get(token.i + 1) != entity):
            if token.dep_ in ("nsubj", "nsubjpass") or token.head.dep_ in ("nsubj", "nsubjpass"):
                subject_people.append(entity[1])
            else:
                ctx.mention(entity[1])
    if not subject_people:
        subject_people = _described_subject(ctx, parsed, sentence)
    for ident in subject_people:
        ctx.mention(ident)
    # "Brandvik visited Strelsau for talks with his Ruritanian counterpart": "his" is the subject's.
    if len(set(subject_people)) == 1:
        for token in sentence:
            if parsed.in_quote(token.idx) or token.lower_ not in ("his", "her", "he", "she", "him", "himself",
                                                                  "herself"):
                continue
            if token.lower_ in ("him", "her") and token.dep_ != "poss":
                continue  # ('X ... invited her to visit'): an object is someone other than the subject
            if any(a.dep_ == "relcl" and any(c.lower_ in ("who", "whom", "whose") for c in a.children)
                   for a in token.ancestors):
                continue  # ('X was received by Y, who hosted his guest'): the pronoun of another's clause
            ctx.person_gender.setdefault(subject_people[0], "m" if token.lower_.startswith("h") and
                                         token.lower_ not in ("her", "herself") else "f")
            break


def _described_subject(ctx: Context, parsed: Parsed, sentence: Any) -> list[str]:
    """'The President will hold talks with X ... On Thursday he will travel': a sentence whose subject
    is a described person ('the President', 'the minister') is about that person."""
    for subject in (c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.pos_ in ("NOUN", "PROPN") and any(c.lower_ == "the" for c in subject.children):
            people = agents(ctx, parsed, subject, people_only=True)
            if len(people) == 1:
                return people
    return []
