"""Who a person is through someone else: "his German counterpart", the sender of greetings
conveyed by another, companions who "accompanied" a leader, and the heads of delegations."""

from __future__ import annotations

import re
from typing import Any

from ..iris import slug
from ..model import Person
from ..reference import gazetteer, key
from .context import Context, Parsed
from .people import INTERNATIONAL_OFFICES
from .titles import title_patterns


def settle_counterparts(ctx: Context) -> None:
    """'his German counterpart Anna Weber' holds the title of the person it is counterpart to; in a
    story of two countries, the one whose counterpart she is acts for the other country."""
    countries = {p.represents for p in ctx.people.values() if p.represents}
    for parsed in ctx.blocks:
        for token_index, ident in parsed.counterparts:
            person = ctx.people[ident]
            sentence = parsed.doc[token_index].sent
            others = [parsed.entities[i][1] for i in range(sentence.start, token_index)
                      if parsed.entities.get(i, ("", ""))[0] == "person" and parsed.entities[i][1] != ident]
            titled = [o for o in others if ctx.people[o].title]
            if not titled:
                continue
            other = ctx.people[titled[-1]]
            # ('his counterpart, X ... Minister X': the bare office of a later mention is the counterpart's)
            bare = person.title and len(person.title.split()) == 1 and other.title \
                and re.search(rf"\b{re.escape(person.title)}\b", other.title, re.I)
            person.title = other.title if bare else person.title or other.title
            single = any(t.lower_ == "counterpart" for t in parsed.doc[max(0, token_index - 3):token_index])
            if single and len(countries) == 2 and person.represents and not other.represents \
                    and not INTERNATIONAL_OFFICES.match(other.title or ""):
                other.represents = next(c for c in countries if c != person.represents)
    settle_senders(ctx)


MESSAGE_WORDS = {"greeting", "greetings", "regard", "regards", "wish", "wishes", "message", "invitation", "letter"}
CONVEYING_VERBS = {"convey", "pass", "deliver", "extend", "hand", "bring", "transmit"}


def settle_senders(ctx: Context) -> None:
    """'He conveyed the greetings of Prime Minister X', 'handed over a letter from President X':
    the one whose message a person brings acts for the bringer's country."""
    from .mentions import entity_in_phrase, subjects

    for parsed in ctx.blocks:
        for token in parsed.doc:
            if token.lower_ not in MESSAGE_WORDS or token.head.lemma_ not in CONVEYING_VERBS:
                continue
            # ('conveyed greetings [from X]': the parse may hang 'from' on the verb)
            senders = [c for p in [*token.children, *(c for c in token.head.children if c.lower_ == "from")]
                       if p.lower_ in ("of", "from") for o in p.children if o.dep_ == "pobj" for c in (o, *o.conjuncts)]
            # ('..., where he conveyed': 'he' in a clause of the sentence is its subject)
            bringers = [s if s.lower_ not in ("he", "she") else _main_subject_before(s) for s in subjects(token.head)]
            found = [(entity_in_phrase(parsed, s) or _described_before(ctx, parsed, s))
                     if s.lower_ not in ("he", "she") else _sentence_subject_before(ctx, parsed, s)
                     for s in bringers if s is not None]
            country = next((ctx.people[b[1]].represents for b in found if b and b[0] == "person"), None)
            country = country or next((c for c in (_phrase_country(ctx, parsed, s, modifiers_only=True)
                                                    for s in bringers if s is not None) if c), None)
            if country is None:
                continue
            for sender in senders:
                entity = entity_in_phrase(parsed, sender)
                person = ctx.people[entity[1]] if entity and entity[0] == "person" else None
                if person and person.title and not person.represents:
                    person.represents = country


def _main_subject_before(pronoun: Any) -> Any:
    """'the visiting minister was received by X, where he conveyed ...': the subject of the
    sentence's main clause, printed before a pronoun in a clause of it (else the pronoun)."""
    root = pronoun.sent.root
    found = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i
             and c.lower_ not in ("he", "she", "it", "they")]
    return found[0] if found and pronoun.head is not root else pronoun


def _described_before(ctx: Context, parsed: Parsed, token: Any) -> tuple[str, str] | None:
    """'... Popescu ... The Deputy Prime Minister also conveyed': a title with 'the' is the last
    person named before it with that title."""
    from .mentions import phrase_tokens

    words = [t for t in phrase_tokens(token) if t.lower_ != "the"]
    described = " ".join(t.text for t in words).lower()
    if not any(t.lower_ == "the" for t in phrase_tokens(token)) or not title_patterns()["title_only"].match(described):
        return None
    found = None
    for block in ctx.blocks:
        for i in sorted(block.entities):
            if block is parsed and i >= token.i:
                return found
            kind, ident = block.entities[i]
            title = (ctx.people[ident].title or "") if kind == "person" else ""
            # ('Deputy Prime Minister and Minister of Foreign Affairs': either office describes the holder)
            if kind == "person" and described in {title.lower(), *(o.lower() for o in re.split(r"\s+and\s+", title))}:
                found = (kind, ident)
        if block is parsed:
            break
    return found


def _sentence_subject_before(ctx: Context, parsed: Parsed, pronoun: Any) -> tuple[str, str] | None:
    """'Kelderyan informed ... He also conveyed': 'he' at the head of a sentence is the subject of
    the sentence before, when that is a person."""
    from .mentions import entity_in_phrase

    sentence = pronoun.sent
    if sentence.start == 0 or pronoun.i != sentence.start:
        return None
    before = parsed.doc[sentence.start - 1].sent
    subjects = [t for t in before if t.dep_ == "nsubj" and t.head == before.root]
    if len(subjects) != 1:
        return None
    found = entity_in_phrase(parsed, subjects[0])
    if found is None and subjects[0].pos_ == "PROPN":  # (a surname the recogniser took for a nationality)
        ident = ctx.person_id(subjects[0].text)
        found = ("person", ident) if ident else None
    return found if found and found[0] == "person" else None


COMPANION_VERBS = {"represent", "accompany"}
COMPANION_WORD = re.compile(r"represent|accompan", re.I)


def settle_companions(ctx: Context) -> None:
    """'Norway was represented by Foreign Minister X', 'Y, accompanied by Defence Minister X':
    one who stands in for or travels with a country or its leader acts for the same country."""
    from .mentions import entity_in_phrase

    for parsed in ctx.blocks:
        if not COMPANION_WORD.search(parsed.text):
            continue  # most paragraphs: no need to visit every token
        for token in parsed.doc:
            if token.lemma_ not in COMPANION_VERBS:
                continue
            companions = [o for a in token.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            found = [entity_in_phrase(parsed, o) for o in companions]
            people = [ctx.people[e[1]] for e in found if e and e[0] == "person"]
            if not people or not any(p.title and not p.represents for p in people):
                continue
            country = None
            for subject in _represented(token):
                entity = entity_in_phrase(parsed, subject)
                if entity and entity[0] == "place" and ctx.places[entity[1]].type == "Country":
                    country = entity[1]
                elif entity and entity[0] == "person":
                    country = ctx.people[entity[1]].represents
                elif entity is None and subject.text[:1].isupper() \
                        and (named := gazetteer().country(subject.text)) is not None:
                    country = ctx.country(named)  # ('Cameroon' taken for a body)
            if country and _escorted_at_home(ctx, parsed, token, country):
                continue
            for person in [*people, *_on_behalf_of(ctx, parsed, token)]:
                if country and person.title and not person.represents:
                    person.represents = country
    settle_delegations(ctx)


def _on_behalf_of(ctx: Context, parsed: Parsed, verb: Any) -> list[Person]:
    """'X was represented by Y, on behalf of the Head of State, President Z': the one on whose
    behalf another stands in acts for the same country (the first person named after it)."""
    sentence = verb.sent
    for token in sentence:
        if token.lower_ == "behalf" and token.i + 1 < sentence.end and token.nbor(1).lower_ == "of":
            for i in range(token.i + 2, min(sentence.end, token.i + 14)):
                entity = parsed.entities.get(i)
                if entity and entity[0] == "person":
                    return [ctx.people[entity[1]]]
                if parsed.doc[i].text in (";", ".") or (entity and entity[0] != "person"
                                                        and parsed.doc[i].ent_type_ != "ORG"):
                    break
    return []


DELEGATION_WORDS = {"delegation", "delegations", "mission"}
LEADING_VERBS = {"head", "lead", "chair"}


def settle_delegations(ctx: Context) -> None:
    """'his country would send a delegation headed by President X', 'the Ruritanian delegation, led
    by Y', 'X will lead a Ruritanian delegation': one who heads a country's delegation acts for that country."""
    from .mentions import entity_in_phrase, subjects

    for parsed in ctx.blocks:
        if not re.search(r"delegation|mission", parsed.text, re.I):
            continue
        for token in parsed.doc:
            if token.lemma_.lower() not in LEADING_VERBS:
                continue
            led = [c for c in token.children if c.dep_ == "dobj" and c.lower_ in DELEGATION_WORDS]
            if led:  # 'X will lead a Ruritanian delegation to ...'
                delegation = led[0]
                leaders = [c for s in subjects(token) for c in (s, *s.conjuncts)]
            elif token.dep_ == "acl" and token.head.lower_ in DELEGATION_WORDS:  # 'a delegation led by X'
                delegation = token.head
                leaders = [c for a in token.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                           for c in (o, *o.conjuncts)]
            else:
                continue
            found = [entity_in_phrase(parsed, o) for o in leaders]
            people = [ctx.people[e[1]] for e in found if e and e[0] == "person"]
            if not any(p.title and not p.represents for p in people):
                continue
            country = _phrase_country(ctx, parsed, delegation, modifiers_only=True) if led \
                else _delegation_country(ctx, parsed, delegation)
            for person in people:
                if country and person.title and not person.represents:
                    person.represents = country


def _delegation_country(ctx: Context, parsed: Parsed, delegation: Any) -> str | None:
    """Whose a delegation is: its adjective or possessor ('the Peruvian delegation', "Peru's"), else
    the one who sends it or is represented by it ('Peru will send', 'his country would send': the
    country of the one whose words these are)."""
    from .mentions import subjects

    own = _phrase_country(ctx, parsed, delegation, modifiers_only=True)
    if own:
        return own
    verb = delegation.head
    if delegation.dep_ == "pobj" and verb.dep_ == "agent":
        verb = verb.head  # ('Peru will be represented by a delegation headed by ...')
    elif delegation.dep_ != "dobj":
        return None
    for _ in range(3):
        found = subjects(verb)
        if not found:
            return None
        subject = found[0]
        if subject.lower_ in ("country", "government") and any(
                c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their") for c in subject.children):
            # ('his country': the country of the one who says so, the subject of the clause above)
            while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
                verb = verb.head
            if verb.dep_ != "ccomp" or verb.head.i == verb.i:
                return None
            verb = verb.head
            continue
        return _phrase_country(ctx, parsed, subject)
    return None


def _phrase_country(ctx: Context, parsed: Parsed, token: Any, *, modifiers_only: bool = False) -> str | None:
    """The country a noun phrase names or describes: 'Peru', 'the Peruvian foreign minister', a
    person of a known country, "Peru's delegation"."""
    from .mentions import entity_in_phrase, phrase_tokens

    entity = None if modifiers_only else entity_in_phrase(parsed, token)
    if entity and entity[0] == "place" and ctx.places[entity[1]].type == "Country":
        return entity[1]
    if entity and entity[0] == "person":
        return ctx.people[entity[1]].represents
    for word in phrase_tokens(token):
        if word.i < token.i and word.text[:1].isupper() and word.dep_ in ("amod", "nmod", "compound", "poss"):
            country = ctx.country_of_text(word.text) if word.dep_ != "poss" else gazetteer().country(word.text)
            if country is not None:
                return ctx.country(country)
    return None


def _escorted_at_home(ctx: Context, parsed: Parsed, verb: Any, country: str) -> bool:
    """'BERN - ... Tomorrow, President X will visit a laboratory in Basel, accompanied by Federal
    Councillor Y': a visitor taken on to another city of the country the story is filed from goes
    with a host, not with a member of the visitor's own party."""
    home = ctx.home_country()
    if home is None or slug(home.name) == country:
        return False
    for token in verb.sent:
        entity = parsed.entities.get(token.i)
        place = ctx.places.get(entity[1]) if entity and entity[0] == "place" else None
        if place is not None and place.type != "Country" and place.contained_in == slug(home.name) \
                and key(place.name) != key(ctx.page.dateline_place or ""):
            return True
    return False


def _represented(verb: Any) -> list[Any]:
    """Who is represented or accompanied: the passive subject ('Norway was represented by'), the
    noun the participle hangs on ('Y, accompanied by'), or the subject of the clause it joins."""
    from .mentions import subjects

    found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if found:
        return found
    if verb.dep_ == "acl" and verb.head.pos_ in ("PROPN", "NOUN"):
        return [verb.head]
    if verb.dep_ in ("conj", "advcl") and verb.head.i != verb.i:
        return subjects(verb.head)
    return []
