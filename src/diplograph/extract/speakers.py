"""Speakers: who said the words. The subject of a speech verb resolved to a person, a country or
an organisation: a title ('the foreign minister'), a pronoun, 'the two leaders', a bloc's leaders,
a ministry that speaks for its minister. Kept apart from the reading of the page so that the
rules for naming a speaker can be read, and changed, in one place."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..iris import slug
from ..reference import data_rows, gazetteer, key
from .context import Context, Parsed
from .mentions import _event_group, _group_of, agents, subjects
from .page_reading import PageReading

CONTINUING = {"add", "continue"}
LEADERS = {"leaders", "heads"}
MEMBERS = {"states", "countries", "nations", "governments"}
ORG_HEADS = {"ministry", "office", "presidency", "department", "embassy", "secretariat", "agency", "commission"}
HEAD_OF = {"state": ("president", "king", "queen", "emir", "sultan", "monarch"),
           "government": ("prime minister", "premier", "chancellor", "president of the government"),
           "diplomacy": ("foreign", "external")}
# ('the head of the Romanian Executive': its prime minister; 'the head of Angolan diplomacy': its
# foreign minister)
NATIONAL_BODIES = {"executive": "government", "government": "government", "cabinet": "government", "state": "state",
                   "diplomacy": "diplomacy"}
TITLE_HEADS = {"minister", "president", "secretary", "chancellor", "premier", "taoiseach"}
RELATIVE = {"who", "which", "that"}
HONORIFICS = {"majesty", "highness", "excellency"}  # ('His Majesty the Sultan', 'Her Excellency')
SPOKESPEOPLE = {"spokesperson", "spokesman", "spokeswoman"}
# Words for a person that are no title ('the Polish diplomat', 'the Kenyan guest'): the offices they
# describe first; ('' matches any title) else the one person of that country named.
DESCRIBED_BY = {"diplomat": ("foreign", "external", "secretary of state", "ambassador", "envoy"),
                "visitor": ("",), "guest": ("",), "host": ("",)}
# A title word that names an office printed otherwise ('the Czech premier' is its prime minister).
SAME_OFFICE = {"premier": ("premier", "prime minister")}
NOBODY = ""  # a description that fits no one named: no speaker, rather than the last one titled


@lru_cache(maxsize=1)
def speech_verbs() -> set[str]:
    return {row[0] for row in data_rows("lexicons", "speech_verbs.txt")}


def speaker_subjects(verb: Any) -> list[Any]:
    """The subjects of a speech verb; 'X, who said ...': the relative pronoun stands for X."""
    if _said_again(verb):
        return speaker_subjects(verb.head.head)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.pos_ == "VERB" \
            and verb.head.head.i != verb.i:
        # 'X was quoted as saying', 'X was reported as saying': the one quoted; 'the statement
        # quoted X as saying': the one quoted, not the statement that quotes
        quoting = verb.head.head
        quoted = [c for c in quoting.children if c.dep_ == "dobj" and c.i < verb.head.i]
        if quoted and quoting.lemma_.lower() in ("quote", "cite"):
            return quoted
        return speaker_subjects(quoting)
    found = []
    for subject in subjects(verb) or _name_before_aside(verb) or _name_right_before(verb):
        if subject.lower_ in RELATIVE and subject.head.dep_ == "relcl" and subject.head.head.i != subject.head.i:
            found.append(subject.head.head)
        else:
            found.append(subject)
    return found


def _name_before_aside(verb: Any) -> list[Any]:
    """'Brandvik, sitting beside his guest, said ...': the parse may hang the name that opens the
    sentence, cut off from the verb by a participle phrase between commas, as a modifier of the
    verb; it is the verb's subject."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "," \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return []
    for child in verb.children:
        # 'On Wednesday, Otieno, according to her office, told ...': the parse may hang the name
        # after a fronted date as that date's apposition
        if child.dep_ == "prep" and child.i < verb.i and child.i == verb.sent.start:
            for date in (o for o in child.children if o.dep_ == "pobj" and o.ent_type_ == "DATE"):
                name = next((a for a in date.children if a.dep_ == "appos" and a.pos_ == "PROPN"
                             and a.ent_type_ != "DATE" and a.i > date.i), None)
                if name is not None and doc[name.right_edge.i + 1].text == "," \
                        and _aside(doc[name.right_edge.i + 2:verb.i - 1], verb):
                    return [name]
        # (a name the tagger took for an adverb: 'Otieno, for her part, said')
        named = child.pos_ == "PROPN" or (child.pos_ in ("ADV", "NOUN") and child.text[:1].isupper())
        if child.i >= verb.i or not named or child.dep_ not in ("advcl", "npadvmod", "dep", "nmod", "advmod"):
            continue
        after = child.right_edge.i + 1
        if child.left_edge.i != verb.sent.start or doc[after].text != ",":
            continue
        if _aside(doc[after + 1:verb.i - 1], verb):
            return [child]
    return []


def _name_right_before(verb: Any) -> list[Any]:
    """'Prime Minister Varela informed X that ...': the parse may hang the person's name that opens
    the sentence, right before a verb that has no subject, as the verb's modifier; it is its subject."""
    if verb.i < 1 or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return []
    name = verb.doc[verb.i - 1]
    if name.head.i != verb.i or name.pos_ != "PROPN" or name.ent_type_ != "PERSON" \
            or name.dep_ not in ("npadvmod", "dep", "nmod", "advmod") or name.left_edge.i != verb.sent.start:
        return []
    return [name]


def _aside(aside: Any, verb: Any) -> bool:
    """Words between commas before a verb that hang on it: 'sitting beside his guest', 'for her
    part', 'in turn', 'meanwhile', 'according to her office'."""
    opens = len(aside) and (aside[0].tag_ in ("VBG", "VBN") or (aside[0].dep_ == "prep" and len(aside) <= 4)
                            or (len(aside) == 1 and aside[0].pos_ == "ADV"))
    return bool(opens and all(t.head.i in range(aside.start, aside.end) or t.head.i == verb.i for t in aside))


def reported_modal(verb: Any) -> bool:
    """'told him that Dodoma was ready ... and would ask X to study ...': a speech verb with a modal
    and no subject of its own, joined to the clause another speech verb reports, is part of the
    words reported, no saying of its own."""
    head = verb.head
    return bool(verb.dep_ == "conj" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
                and head.dep_ == "ccomp" and head.head.i < head.i and head.head.pos_ == "VERB"
                and reports_words(head.head))


def _name_closing_title(parsed: Parsed, token: Any) -> str | None:
    """'The UN High Representative for the Least Developed Countries, ... and Small Island Developing
    States, Ana Berg, said': a title so long the parse hangs the name set off by commas at its end
    on the title's last words; the person so named is the one the title stands for."""
    if token.i in parsed.entities or token.pos_ not in ("NOUN", "PROPN"):
        return None
    if not token.text[:1].isupper():
        return _name_after_office(parsed, token)
    doc = token.doc
    end = token.right_edge.i
    while end > token.i and doc[end].is_punct:
        end -= 1
    last = doc[end]
    kind, ident = parsed.entities.get(last.i, ("", ""))
    if kind != "person" or last.dep_ != "appos" or last.head == token or doc[last.left_edge.i - 1].text != ",":
        return _name_after_office(parsed, token)
    return str(ident)


def _name_after_office(parsed: Parsed, token: Any) -> str | None:
    """"Russia's ambassador to Mali, Ivan Petrov, who ..., told ...': the parse may hang the name set
    off by commas after an office inside the office's own phrase ('to Mali, Ivan Petrov'); the one
    person named there, between commas, is the one the office stands for."""
    from .mentions import SINGLE_HEADS

    if token.lower_ not in SINGLE_HEADS:
        return None
    doc = token.doc
    named = {ident for t in token.subtree if t.i > token.i
             for kind, ident in [parsed.entities.get(t.i, ("", ""))] if kind == "person"}
    if len(named) != 1:
        return None
    [ident] = named
    span = [t.i for t in token.subtree if parsed.entities.get(t.i) == ("person", ident)]
    first, last = min(span), max(span)
    if any(doc[i].is_punct for i in range(token.i + 1, first - 1)):
        return None
    if doc[first - 1].text == "," and last + 1 < len(doc) and doc[last + 1].text == ",":
        return str(ident)
    # ('Ruritanian Ambassador to Osterlich Ana Berg said ...': a printed title, its country, then the
    # name with no comma, all one phrase under the title)
    end = token.right_edge.i
    while end > last and doc[end].is_punct:
        end -= 1
    # ('Ruritanian Ambassador to Osterlich Ana Berg, who ..., told ...': the relative clause set off
    # after the name is no part of the title)
    clause = next((c for c in [*doc[last].children, *token.children] if c.dep_ == "relcl" and c.i > last), None)
    if clause is not None and doc[last + 1].text == "," and end <= clause.right_edge.i + 1:
        end = last
    place = doc[first - 1]
    if token.text[:1].isupper() and end == last and place.pos_ == "PROPN" and place.text[:1].isupper():
        return str(ident)
    return None


def reports_words(verb: Any) -> bool:
    """A verb that reports what someone said: a speech verb, or 'pointed out (that ...)' ('pointed to
    the port' reports nothing)."""
    return verb.lemma_.lower() in speech_verbs() or (verb.lemma_.lower() == "point" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children))


def _said_again(verb: Any) -> bool:
    """'Tovarek said Ruritania would share data and described the talks as ...': a speech verb with no
    subject of its own, joined to the clause another speech verb reports, is the speaker's second
    saying, not the reported subject's."""
    head = verb.head
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # ('told him that Dodoma was ready to ... and would ask X to ...': the words reported)
    return bool(verb.dep_ == "conj" and verb.lemma_.lower() in speech_verbs()
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
                and head.dep_ == "ccomp" and head.head.i < head.i and head.head.pos_ == "VERB"
                and reports_words(head.head))


def leaders_organization(parsed: Parsed, sentence: Any, ctx: Context | None = None) -> str | None:
    """The organisation whose leaders a sentence names: 'Leaders of the Gulf Cooperation Council',
    'ASEAN leaders' (with ``ctx``, also an organisation's name the recogniser left untagged there)."""
    for token in sentence:
        if token.lower_ == "summit":
            # ('the 34th Arab League summit': the bloc whose summit it is, its leaders' words the bloc's)
            named = [c for c in token.children if c.dep_ in ("compound", "nmod")]
            for head in named:
                entity = next((parsed.entities[t.i] for t in head.subtree if t.i in parsed.entities), None)
                if entity is not None and entity[0] == "organization":
                    return entity[1]
            continue
        if token.lower_ not in LEADERS or parsed.entities.get(token.i, ("", ""))[0] == "organization":
            continue  # (not the 'Heads' of a body's name: 'the SCO Council of Heads of Government')
        named = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"]
        if not named:
            # ('Leaders and senior officials of the X adopted ...': the 'of' both share)
            named = [o for c in token.conjuncts if c.i > token.i for p in c.children
                     if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        named += [c for c in token.children if c.dep_ in ("compound", "nmod")
                  or (c.dep_ == "npadvmod" and c.i == token.i - 1)]  # ('IGAD leaders adopt ...' misparsed)
        for head in named:
            for t in head.subtree:
                entity = parsed.entities.get(t.i)
                if entity is not None and entity[0] == "organization":
                    return entity[1]
                if ctx is not None and entity is None and t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper():
                    named_org = next((o.id for o in ctx.organizations.values() if key(t.text) in
                                      {key(o.name), *(key(a) for a in o.alternate_names)}), None)
                    if named_org is not None:
                        return named_org
    return None


def bare_leaders(token: Any) -> bool:
    """'the leaders', 'they' as leaders: no number, no name of their own ('the two leaders' are two people)."""
    return token.lower_ in LEADERS and not any((c.dep_ in ("nummod", "compound", "amod", "prep")
                                                and not _of_state(c)) or c.lower_ in ("both", "two", "three")
                                               for c in token.children) \
        and any(c.lower_ in ("the", "their") for c in token.children)


def _of_state(prep: Any) -> bool:
    """'(the Heads) of State (and Government)', '(the heads) of delegation': the office, not a name of
    their own."""
    return prep.dep_ == "prep" and prep.lower_ == "of" and prep.head.lower_ == "heads" and all(
        o.lower_ in ("state", "government", "delegation", "delegations")
        for c in prep.children if c.dep_ == "pobj" for o in (c, *c.conjuncts))


def double_title(ctx: Context, token: Any) -> str | None:
    """'the Deputy Prime Minister/Foreign Minister recalled ...': a double title printed with a
    slash names the one who holds its first office (the parse makes the second the head)."""
    doc = token.doc
    slash = next((c for c in token.children if c.text == "/" and c.i < token.i), None)
    first = next((c for c in token.children if c.dep_ in ("nmod", "compound", "appos") and slash is not None
                  and c.i < slash.i and c.lower_ in TITLE_HEADS), None)
    if first is None or slash is None:
        return None
    office = " ".join(t.lower_ for t in doc[first.left_edge.i:first.i + 1] if t.dep_ != "det")
    for ident in reversed(ctx.recent_people):
        title = " ".join(re.findall(r"[\w-]+", (ctx.people[ident].title or "").lower()))
        if re.search(rf"(?<!deputy )(?<!vice )\b{re.escape(office)}\b", title):
            return ident
    return None


def _publishing_ministry(ctx: Context) -> Any | None:
    """The ministry whose own page the story is, if it is one."""
    hint = ctx.page.publisher_hint
    if not hint:
        return None
    full, _alternates = gazetteer().outlet(hint)
    org = ctx.organizations.get(slug(full))
    # ('Ministry of Foreign Affairs', 'Ministry for Europe and Foreign Affairs')
    return org if org is not None and re.match(r"Ministry (?:of|for) ", org.name) else None


def _office_alone(ctx: Context, title: str, office: str) -> bool:
    """A title that is the office alone or of a country: 'President', 'President of the Republic',
    'President of Ruritania' (not 'President of the National Assembly')."""
    match = re.fullmatch(rf"{office}(?: of (.+))?", title.lower())
    if match is None:
        return False
    of = match.group(1)
    return of is None or re.fullmatch(r"(?:the )?republic", of) is not None or ctx.country_of_text(of) is not None


def _members(token: Any) -> bool:
    """'the member states', 'the member countries': a bloc's members as one."""
    return token.lower_ in MEMBERS and any(c.lower_ == "member" for c in token.children) \
        and any(c.lower_ == "the" for c in token.children)


def _quoted_before(parsed: Parsed, token: Any) -> int:
    """'"We have not come only to sign. We have come to build ...," he added': the whole quoted
    sentences of the paragraph right before the pronoun's own (its words go on from them)."""
    count, start = 0, token.sent.start
    while start > 0:
        before = parsed.doc[start - 1].sent
        words = [t for t in before if not t.is_punct and not t.is_space]
        if not words or not all(parsed.in_quote(t.idx) for t in words):
            break
        count, start = count + 1, before.start
    return count


def _office_words(title: str) -> set[str]:
    """The words that make an office, in any order: 'Minister of Foreign Affairs' = 'Foreign Minister'."""
    return {w for w in re.findall(r"[a-z]+", title.lower()) if w not in ("of", "the", "for", "affairs", "and")}


class SpeakerResolution(PageReading):
    """Resolving the one who said words on this page: the speaker of a speech verb's subject, with
    what the page has told so far (the people named, the last speaker, the last organisation)."""

    def national_head(self, token: Any) -> str | None:
        """'The head of the Romanian Executive', 'the head of the Kenyan State', 'the head of Angolan
        diplomacy': the one person of that country named with a title of that office."""
        if token.lower_ != "head" or not any(c.lower_ == "the" for c in token.children):
            return None
        body = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj" and o.lower_ in NATIONAL_BODIES), None)
        if body is None:
            return None
        countries = [self.ctx.country_of_text(c.text) for c in body.children if c.dep_ in ("amod", "compound")]
        country = next((slug(c.name) for c in countries if c is not None), None)
        if country is None:
            return None
        office = HEAD_OF[NATIONAL_BODIES[body.lower_]]
        found = [p.id for p in self.ctx.people.values() if p.represents == country
                 and any(w in (p.title or "").lower() for w in office)]
        return found[0] if len(found) == 1 else None

    def speaker(self, parsed: Parsed, token: Any) -> list[str]:
        """Who a subject refers to; 'the leaders' of a bloc's summit speak for the bloc."""
        if self.leaders_org is not None and bare_leaders(token):
            return [self.leaders_org]
        if token.lower_ in ("he", "she"):
            named = self.sentence_speaker(parsed, token) or self.relative_teller(parsed, token)
            if named is not None:
                return [named]
            # '... Secretary Ruiz said. He added that ...': the one who spoke in the sentence before
            # ('added', 'continued' go on with the last words whatever gender was guessed)
            gender = "m" if token.lower_ == "he" else "f"
            if self.last_said is not None \
                    and self.sentence_no - 1 - _quoted_before(parsed, token) <= self.last_said[0] < self.sentence_no \
                    and self.last_said[1] in self.ctx.people \
                    and (self.ctx.person_gender.get(self.last_said[1]) in (None, gender)
                         or token.head.lemma_.lower() in CONTINUING):
                return [self.last_said[1]]
        if token.lower_ == "they":
            return self.they(parsed, token)
        named = _name_closing_title(parsed, token)
        if named is not None:
            return [named]
        honoured = self.honorific(parsed, token)
        if honoured:
            return honoured
        # ('"...," she told her host. The Minister underlined ...' on a ministry's own page: its own
        # minister, not the guest who spoke last)
        last = self.own_minister(parsed, token) or self.the_last_speaker(token) or self.the_visiting(parsed, token) \
            or self.home_head(token)
        if last is not None:
            return [last]
        national = self.national_title(token)
        if national is not None:
            return [national] if national != NOBODY else []
        own = self.own_minister(parsed, token) or self.double_title(token) or self.own_title_holder(token) \
            or self.national_head(token)
        if own is not None:
            return [own]
        holders = self.their_office_holders(parsed, token)
        if holders:
            return holders
        found = agents(self.ctx, parsed, token)
        if not found and token.lower_ == "government":
            return self.government(parsed, token)
        if not found and token.lower_ == "governments" and any(c.lower_ in ("two", "both") for c in token.children):
            return self.two_governments()
        if not found and self.leaders_org is not None and _members(token):
            return [self.leaders_org]  # 'the member states pledged to ...'
        if not found and token.lower_ in ("statement", "readout", "communique", "communiqué") and token.dep_ == "nsubj":
            # 'A statement from Soto's office said ...': who the statement is from
            source = [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("from", "by", "of")
                      for o in p.children if o.dep_ == "pobj"]
            if source:
                return self.speaker(parsed, source[0])
            if token.lower_ != "statement" and self.leaders_org is not None \
                    and any(c.lower_ == "the" for c in token.children):
                return [self.leaders_org]  # ('The final communiqué called for ...': the bloc's summit's)
        if not found and token.lower_ == "office" and not any(c.lower_ == "the" for c in token.children):
            office = self.persons_office(parsed, token)
            if office is not None:
                return [office]
        if not found and token.lower_ == "statement" and any(c.lower_ == "the" for c in token.children) \
                and self.last_organization is not None:
            return [self.last_organization]  # '..., the statement added': the office whose statement it is
        if not found and token.lower_ in ORG_HEADS and any(c.lower_ == "the" for c in token.children) \
                and not any(c.dep_ in ("amod", "compound", "poss", "nmod", "prep") for c in token.children):
            named = self.organization_told(parsed, token, token.lower_)
            return [named] if named is not None else []
        if not found and token.lemma_.lower() in SPOKESPEOPLE:
            body = self.spokespersons_body(parsed, token)
            if body is not None:
                return [body]
        if found or any(c.dep_ in ("det", "poss") for c in token.children):
            return found
        ctx = self.ctx
        if token.lower_ in TITLE_HEADS:
            # a readout's bare 'Prime Minister thanked ...': the last person named with that title
            title = " ".join([*(c.lower_ for c in token.children if c.dep_ == "compound" and c.i < token.i),
                              token.lower_])
            for ident in reversed(ctx.recent_people):
                if (ctx.people[ident].title or "").lower() == title:
                    return [ident]
        if token.pos_ == "PROPN" and token.ent_type_ not in ("NORP", "DATE"):
            # 'Berlin says ...': the government of the capital's country
            place = ctx.places.get(ctx.place_named(token.text, register=False) or "")
            if place is not None:
                return [place.id] if place.type == "Country" else [place.contained_in] if place.contained_in else []
        if token.pos_ == "PROPN" and token.ent_type_ == "NORP" and ctx.country_of_text(token.text) is None \
                and not any(c.dep_ == "compound" for c in token.children):
            # a known person's surname the recogniser took for a nationality ('Tovarek said ...')
            person = ctx.person_id(token.text)
            if person is not None:
                return [person]
        if token.pos_ == "PROPN" and token.ent_type_ in ("ORG", "PERSON", "") and not found:
            # a known person's (hyphenated) surname the recogniser took for an organisation
            # ('Ramsaran-Dove said'), printed as a name of theirs
            name = parsed.doc[token.left_edge.i:token.i + 1].text
            person = ctx.person_id(name) if re.fullmatch(r"[A-Z][\w'’-]+", name) else None
            if person is not None:
                return [person]
        if token.text[:1].isupper() and not list(token.children) and token.text in gazetteer().ranks:
            # ('"...," Lyonpo said': a style printed before a name, used alone: the one last so named)
            person = self.last_styled(parsed, token)
            if person is not None:
                return [person]
        if token.pos_ in ("ADV", "NOUN") and token.text[:1].isupper() and token.i == token.sent.start \
                and re.fullmatch(r"[A-Z][\w'’-]+", token.text) and not found:
            # ('Otieno, for her part, said': a known surname the tagger took for an adverb)
            person = ctx.person_id(token.text)
            if person is not None:
                return [person]
        return []

    def honorific(self, parsed: Parsed, token: Any) -> list[str]:
        """'His Majesty the Sultan', 'Her Excellency the President': the style stands for the one
        the title after it names; a bare 'His Majesty', for the one monarch named."""
        if token.lower_ not in HONORIFICS or not any(c.lower_ in ("his", "her") for c in token.children):
            return []
        titled = next((c for c in token.children if c.dep_ == "appos" and c.i > token.i), None)
        if titled is not None:
            found = [a for a in self.speaker(parsed, titled) if a in self.ctx.people]
            if found:
                return found[:1]
            office = titled.lower_
        elif token.lower_ == "majesty":
            office = ""
        else:
            return []
        holders = [p.id for p in self.ctx.people.values() if p.title and (
            re.search(rf"\b{re.escape(office)}\b", p.title.lower()) if office
            else any(re.search(rf"\b{m}\b", p.title.lower()) for m in HEAD_OF["state"][1:]))]
        return holders if len(holders) == 1 else []

    def the_last_speaker(self, token: Any) -> str | None:
        """'"...," X said. The president said ...': a bare 'the <office>' right after someone's words
        is the one who just spoke, when they hold that office (or their office is not known), more
        than the last person named with it."""
        from .mentions import SINGLE_HEADS

        # ('The Head of Government added that ...': an office named by its 'of' phrase)
        office_of = token.lower_ == "head" and [c.lower_ for c in token.children] == ["the", "of"] and all(
            o.pos_ in ("NOUN", "PROPN") and not list(o.children)
            for p in token.children if p.dep_ == "prep" for o in p.children)
        # ('The Undersecretary added': a capitalised office word of the one who just spoke)
        own_word = token.text[:1].isupper() and token.pos_ in ("NOUN", "PROPN") and self.last_said is not None \
            and self.last_said[1] in self.ctx.people and token.lower_ in re.findall(
                r"[a-z-]+", (self.ctx.people[self.last_said[1]].title or "").lower())
        if not office_of and ((token.lower_ not in SINGLE_HEADS and not own_word) or token.lower_ in SPOKESPEOPLE
                              or [c.lower_ for c in token.children] != ["the"]):
            return None
        seen: dict[tuple[int, int], str | None] = self.__dict__.setdefault("_last_speaker_seen", {})
        here = (id(token.doc), token.i)
        if here in seen:  # (the same subject read again once its sentence's words are taken)
            return seen[here]
        if self.last_said is None or self.last_said[0] != self.sentence_no - 1:
            return None
        person = self.ctx.people.get(self.last_said[1])
        title = (person.title or "").lower() if person is not None else ""
        # ('The head of state added ...' after President X's words: an office named by what it heads
        # fits the titles that head it)
        body = next((o.lower_ for p in token.children if p.dep_ == "prep" for o in p.children), "") if office_of else ""
        offices = HEAD_OF.get(body, ())
        if person is None or (title and token.lower_ not in re.findall(r"[a-z]+", title)
                              and not any(re.match(rf"{o}\b", title) for o in offices)):
            return None
        seen[here] = person.id
        return person.id

    def the_visiting(self, parsed: Parsed, token: Any) -> str | None:
        """'For his part, the visiting President thanked ...': the one visiting in the last visit
        told before, of that office when several visit (not the last person named 'President')."""
        if not any(c.lower_ == "visiting" and c.dep_ == "amod" for c in token.children) \
                or not any(c.lower_ == "the" for c in token.children):
            return None
        here = self.ctx.evidence(parsed, token.idx, token.idx + len(token.text)).start or 0
        told = [e for e in self.ctx.events if e.type == "visit" and e.evidence
                and (e.evidence[0].start or 0) < here and any(a in self.ctx.people for a in e.attendees)]
        if not told:
            return None
        visit = max(told, key=lambda e: e.evidence[0].start or 0)
        visitors = [a for a in visit.attendees if a in self.ctx.people]
        titled = [a for a in visitors if token.lower_ in (self.ctx.people[a].title or "").lower()]
        found = titled or (visitors if len(visitors) == 1 else [])
        return found[0] if len(found) == 1 else None

    def home_head(self, token: Any) -> str | None:
        """'During the meeting, the Head of State told ...' on a page filed from its capital: the
        one head of state (of government) of the page's own country."""
        if token.lower_ != "head" or [c.lower_ for c in token.children] != ["the", "of"]:
            return None
        body = next((o for p in token.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"), None)
        if body is None or list(body.children) or body.lower_ not in ("state", "government"):
            return None
        home = self.ctx.home_country()
        offices = HEAD_OF[body.lower_]
        if home is None:
            # (a page filed from nowhere: the one person the story names with that office alone,
            # 'President', 'President of Ruritania'; not a 'President of the National Assembly')
            found = [p.id for p in self.ctx.people.values()
                     if any(_office_alone(self.ctx, p.title or "", o) for o in offices)]
            return found[0] if len(found) == 1 else None
        found = [p.id for p in self.ctx.people.values() if p.represents == slug(home.name)
                 and any(re.match(rf"{o}\b", (p.title or "").lower()) for o in offices)]
        return found[0] if len(found) == 1 else None

    def spokespersons_body(self, parsed: Parsed, token: Any) -> str | None:
        """'A spokesperson for the Foreign Ministry said ...': an unnamed spokesperson speaks in the
        name of the body they speak for; 'The spokesperson added ...': for the body named last so."""
        # ('A defence ministry spokeswoman said ...': the body printed before them)
        before = [ident for c in token.children if c.dep_ == "compound" for t in c.subtree
                  for kind, ident in [parsed.entities.get(t.i, ("", ""))]
                  if kind == "organization" and ident in self.ctx.organizations]
        if not before:
            # ('An AMC spokesperson said ...': a known organisation's name the recogniser left
            # untagged there)
            before = [o.id for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                      and c.text[:1].isupper() and not list(c.children)
                      for o in self.ctx.organizations.values()
                      if key(c.text) in {key(o.name), *(key(a) for a in o.alternate_names)}][:1]
        if before and any(c.dep_ == "det" for c in token.children):
            self.spokesperson_of = before[0]
            return before[0]
        if not any(c.dep_ == "det" for c in token.children) or any(
                c.dep_ in ("poss", "appos", "compound") for c in token.children):
            return None
        bodies = [ident for p in token.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "at")
                  for o in p.children if o.dep_ == "pobj"
                  for t in o.subtree for kind, ident in [parsed.entities.get(t.i, ("", ""))]
                  if kind == "organization" and ident in self.ctx.organizations]
        if bodies:
            self.spokesperson_of = bodies[0]
            return bodies[0]
        if any(c.dep_ == "prep" for c in token.children) or not any(
                c.lower_ == "the" for c in token.children):
            return None
        return self.spokesperson_of

    def last_styled(self, parsed: Parsed, token: Any) -> str | None:
        """The person last printed with this style before their name, up to here on the page."""
        ctx = self.ctx
        names = sorted(((n, p.id) for p in ctx.people.values() for n in [p.name, *p.alternate_names]),
                       key=lambda x: -len(x[0]))
        found = None
        for block in ctx.blocks:
            text = block.text[:token.idx] if block is parsed else block.text
            for match in re.finditer(rf"\b{re.escape(token.text)}\s+", text):
                rest = text[match.end():]
                found = next((ident for n, ident in names if rest.startswith(n)), found)
            if block is parsed:
                break
        return found

    def two_governments(self) -> list[str]:
        """'In the joint statement the two governments commit to ...': the countries of the two people
        last named together (the people of the last event told with two), when they are two."""
        ctx = self.ctx
        people = _event_group(ctx, 2, None) or _group_of(ctx, 2, set(), None)
        countries = list(dict.fromkeys(c for p in people if (c := ctx.people[p].represents)))
        return countries if len(countries) == 2 else []

    def they(self, parsed: Parsed, token: Any) -> list[str]:
        """'The Prime Minister and the President discussed Venezuela. They reiterated that ...': the
        people the sentence before was about, when it was about two or more."""
        sentences = list(parsed.doc.sents)
        here = next((n for n, s in enumerate(sentences) if s.start <= token.i < s.end), 0)
        if here == 0:
            return []
        before = sentences[here - 1].root
        people = [a for s in subjects(before) for a in agents(self.ctx, parsed, s, people_only=True)]
        return people if len(set(people)) >= 2 else []

    def organization_told(self, parsed: Parsed, token: Any, word: str) -> str | None:
        """'..., the ministry said': the organisation that spoke last, if it is one, else the
        one named last before, whose name has that word."""
        orgs = self.ctx.organizations
        if self.last_organization in orgs and word in key(orgs[self.last_organization].name).split():
            return self.last_organization
        found = None
        for block in self.ctx.blocks:
            for i, (kind, ident) in sorted(block.entities.items()):
                if block is parsed and i >= token.i:
                    break
                if kind == "organization" and ident in orgs and word in key(orgs[ident].name).split():
                    found = ident
            if block is parsed:
                break
        return found

    def their_office_holders(self, parsed: Parsed, token: Any) -> list[str]:
        """'Algeria and Tunisia will ..., their foreign ministers said': of each country named before
        in the sentence, the one person holding that office."""
        ctx = self.ctx
        if token.lemma_.lower() not in TITLE_HEADS or token.lower_ == token.lemma_.lower() \
                or not any(c.dep_ == "poss" and c.lower_ == "their" for c in token.children):
            return []
        office = _office_words(" ".join([*(c.lower_ for c in token.children if c.dep_ in ("amod", "compound")
                                           and c.i < token.i), token.lemma_.lower()]))
        countries = list(dict.fromkeys(
            ident for t in token.sent if t.i < token.i for kind, ident in [parsed.entities.get(t.i, ("", ""))]
            if kind == "place" and ident in ctx.places and ctx.places[ident].type == "Country"))
        found = []
        for country in countries:
            holders = [p.id for p in ctx.people.values() if p.represents == country and p.title
                       and office <= _office_words(p.title)]
            if len(holders) != 1:
                return []
            found.extend(holders)
        return found if len(found) >= 2 else []

    def persons_office(self, parsed: Parsed, token: Any) -> str | None:
        """'Mwangi's office said ...': the office of the person's post (the Office of the President of
        Kenya), else of the person."""
        ctx = self.ctx
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None or any(c.dep_ in ("amod", "compound") for c in token.children):
            return None
        people = agents(ctx, parsed, owner, people_only=True)
        if len(people) != 1:
            return None
        person = ctx.people[people[0]]
        printed = parsed.doc[owner.left_edge.i:token.i + 1].text
        country = ctx.places.get(person.represents or "")
        if person.title and country is not None and re.fullmatch(r"(?:President|Prime Minister|Vice President)",
                                                                  person.title):
            return ctx.organization(f"Office of the {person.title} of {country.name}", kind="GovernmentOrganization",
                                    alternates=[printed], country=country.id)
        return ctx.organization(f"Office of {person.name}", kind="GovernmentOrganization", alternates=[printed])

    def own_minister(self, parsed: Parsed, token: Any) -> str | None:
        """'..., the Minister said' on a ministry's own page: the ministry's minister, the one of
        that portfolio the page names first (not the last 'Prime Minister' named)."""
        ctx = self.ctx
        if token.text != "Minister" or [c.lower_ for c in token.children] != ["the"]:
            return None
        ministry = _publishing_ministry(ctx)
        if ministry is None:
            return None
        # ('Ministry of Foreign Affairs of Romania', 'Ministry of Foreign Affairs, Romania')
        portfolio = re.match(r"Ministry (?:of|for) (.+?)(?: of (?:the )?[A-Z].*|, [A-Z].*)?$", ministry.name)
        if portfolio is None:
            return None
        office = _office_words(f"Minister of {portfolio.group(1)}")
        order = {ident: n for n, ident in enumerate(dict.fromkeys(
            ident for block in ctx.blocks for _i, (kind, ident) in sorted(block.entities.items())
            if kind == "person"))}
        holders = sorted((p for p in ctx.people.values() if p.title and office <= _office_words(p.title)
                          and p.id in order and (ministry.country is None or p.represents in (None, ministry.country))),
                         key=lambda p: order[p.id])
        return holders[0].id if holders else None

    def double_title(self, token: Any) -> str | None:
        return double_title(self.ctx, token)

    def own_title_holder(self, token: Any) -> str | None:
        """'The Prime Minister recalled ...' where two prime ministers are named: the bare title is
        the one of the page's own country, else the one the story names first (its own leader,
        told first), not the last one named."""
        ctx = self.ctx
        if token.lower_ not in TITLE_HEADS or not any(c.lower_ == "the" for c in token.children) \
                or any(c.dep_ not in ("det", "compound") for c in token.children if c.i < token.i) \
                or any(c.dep_ in ("prep", "appos", "amod") for c in token.children):
            return None
        title = " ".join([*(c.lower_ for c in token.children if c.dep_ == "compound" and c.i < token.i),
                          token.lower_])
        order = {ident: n for n, ident in enumerate(dict.fromkeys(
            ident for block in ctx.blocks if block.block.kind == "paragraph"
            for _i, (kind, ident) in sorted(block.entities.items()) if kind == "person"))}
        holders = sorted((p for p in ctx.people.values() if (p.title or "").lower() == title and p.id in order),
                         key=lambda p: order[p.id])
        if len(holders) < 2:
            return None
        home = ctx.home_country() or (gazetteer().outlet_country(ctx.page.publisher_hint)
                                      if ctx.page.publisher_hint else None)
        if home is not None:
            mine = [p for p in holders if p.represents == slug(home.name)]
            return mine[0].id if len(mine) == 1 else None
        return holders[0].id

    def national_title(self, token: Any) -> str | None:
        """'The Malaysian Foreign Minister informed ...': the one person of that country with that
        title, the last named first."""
        ctx = self.ctx
        if token.lower_ not in (*TITLE_HEADS, "leader", *DESCRIBED_BY) \
                or not any(c.lower_ == "the" for c in token.children):
            return None
        # ('The Guatemalan foreign minister': the parse may take the demonym for a noun modifier)
        # (and 'the [Kenyan Government] leader': the demonym of the body that qualifies it)
        modifiers = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i]
        modifiers += [d for c in modifiers if c.lower_ == "government" for d in c.children
                      if d.dep_ in ("amod", "compound") and d.i < c.i]
        countries = [ctx.country_of_text(c.text) for c in modifiers if c.text[:1].isupper()]
        found = [slug(c.name) for c in countries if c is not None]  # (an id, not a new place)
        if len(found) != 1:
            return None
        # ('the Kenyan leader': that country's head of state or government)
        offices = (*HEAD_OF["state"], *HEAD_OF["government"]) if token.lower_ == "leader" \
            else DESCRIBED_BY.get(token.lower_, SAME_OFFICE.get(token.lower_, (token.lower_,)))
        if token.lower_ == "leader" and any(c.lower_ == "government" for c in token.children):
            offices = HEAD_OF["government"]  # ('the Vietnamese Government leader': its prime minister)
        people = [p for p in dict.fromkeys(reversed(ctx.recent_people)) if ctx.people[p].represents == found[0]
                  and any(o in (ctx.people[p].title or "").lower() for o in offices)
                  and not (token.lower_ == "leader"
                           and re.search(r"\b(?:deputy|vice)\b", (ctx.people[p].title or "").lower()))]
        if not people and token.lower_ in DESCRIBED_BY:
            # ('the Polish visitor': the one person of that country named, whatever the title)
            mine = [p for p in dict.fromkeys(reversed(ctx.recent_people)) if ctx.people[p].represents == found[0]]
            return mine[0] if len(mine) == 1 else NOBODY
        if not people and token.lower_ == "leader":
            # ('Niger's military ruler General X ... The Nigerien leader said': one who leads with no
            # formal title; never that country's minister)
            untitled = [p for p in dict.fromkeys(reversed(ctx.recent_people)) if not ctx.people[p].title
                        and ctx.people[p].represents in (found[0], None)]
            mine = [p for p in untitled if ctx.people[p].represents == found[0]]
            people = mine or (untitled if len(untitled) == 1 else [])
            if not people:
                return NOBODY
        return people[0] if people else None

    def government(self, parsed: Parsed, token: Any, scope: Any | None = None) -> list[str]:
        """A government no organisation names speaks for its country: 'the Japanese government',
        'the government in Skopje', 'the government of Ghana'; a bare 'the government' is the one of
        the country the story is filed from."""
        ctx = self.ctx
        for child in token.children:
            if child.dep_ in ("amod", "compound", "poss"):
                country = ctx.country_of_text(child.text)
                if country is not None:
                    return [ctx.country(country)]
            if child.dep_ == "prep" and child.lower_ in ("of", "in") and child.i > token.i:
                for obj in (o for o in child.children if o.dep_ == "pobj"):
                    found = [a for a in agents(ctx, parsed, obj) if a in ctx.places]
                    if found:
                        return found[:1]
                    country = ctx.country_of_text(obj.text)
                    if country is not None:
                        return [ctx.country(country)]
                return []
        for t in (scope or [])[token.i - scope.start + 1 if scope is not None else 0:]:
            # ('a statement from the government in Skopje': the parse may hang the place on 'statement')
            entity = parsed.entities.get(t.i)
            if entity is not None and entity[0] == "place":
                return agents(ctx, parsed, t)[:1]
        if any(c.lower_ == "the" for c in token.children) and not any(
                c.dep_ in ("amod", "compound", "poss", "prep") for c in token.children):
            # (else the country of a national paper: 'the Government said' in an Irish paper)
            home = ctx.home_country() or (gazetteer().outlet_country(ctx.page.publisher_hint)
                                          if ctx.page.publisher_hint else None)
            return [ctx.country(home)] if home is not None else []
        return []

    def sentence_speaker(self, parsed: Parsed, pronoun: Any) -> str | None:
        """'Vakaloa said the visit reflected a bond, which he described as ...': a pronoun deep in
        the words of a speaker named in the same sentence is that speaker."""
        gender = "m" if pronoun.lower_ == "he" else "f"
        for verb in pronoun.ancestors:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in speech_verbs() or verb.i == pronoun.head.i:
                continue
            for subject in speaker_subjects(verb):
                if subject.pos_ == "PRON" or subject.i > pronoun.i:
                    continue
                people = agents(self.ctx, parsed, subject, people_only=True)
                if len(people) == 1 and self.ctx.person_gender.get(people[0]) in (None, gender):
                    return people[0]
        return None

    def relative_teller(self, parsed: Parsed, pronoun: Any) -> str | None:
        """'X paid a call on Y, whom he told that ...': a pronoun in a relative clause about Y is the
        subject of the clause Y is named in (Y is the one told), not the last person named before."""
        clause = pronoun.head
        if clause.dep_ != "relcl" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return None
        gender = "m" if pronoun.lower_ == "he" else "f"
        named = agents(self.ctx, parsed, clause.head, people_only=True)
        verb = next((v for v in clause.ancestors if v.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return None
        for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.i < pronoun.i and c.pos_ != "PRON"):
            people = agents(self.ctx, parsed, subject, people_only=True)
            if len(people) == 1 and people[0] not in named \
                    and self.ctx.person_gender.get(people[0]) in (None, gender):
                return people[0]
        return None

    def reporter(self, parsed: Parsed, verb: Any) -> Any:
        """'X said Beijing ... urged countries not to “stir up trouble”': when the inner speaker is
        the country the outer speaker acts for, the words are the outer speaker's."""
        inner = [a for s in speaker_subjects(verb) for a in agents(self.ctx, parsed, s)]
        if not inner or not all(a in self.ctx.places for a in inner):
            return verb
        for outer in verb.ancestors:
            if outer.pos_ != "VERB" or outer.lemma_.lower() not in speech_verbs() or parsed.in_quote(outer.idx):
                continue
            # ('The Undersecretary added that Santiago would welcome ...': an outer speaker named by office)
            people = [a for s in speaker_subjects(outer)
                      for a in (agents(self.ctx, parsed, s) or self.speaker(parsed, s)) if a in self.ctx.people]
            if people and all(self.ctx.people[people[0]].represents == a for a in inner):
                return outer
            break
        return verb

    def learn_gender(self, parsed: Parsed, verb: Any, speaker: str) -> None:
        """'Brandvik, sitting beside his guest, said ...': a 'his' or 'her' outside the quotes of a
        sentence whose only person is the speaker is the speaker's (for the 'she said' that follows)."""
        ctx = self.ctx
        if speaker not in ctx.people or speaker in ctx.person_gender:
            return
        sentence = verb.sent
        named = {ident for t in sentence for kind, ident in [parsed.entities.get(t.i, ("", ""))] if kind == "person"}
        if named != {speaker}:
            return
        pronoun = next((t for t in sentence if t.lower_ in ("his", "her", "he", "she", "him", "himself", "herself")
                        and not parsed.in_quote(t.idx)), None)
        if pronoun is not None:
            ctx.person_gender[speaker] = "f" if pronoun.lower_ in ("her", "she", "herself") else "m"
