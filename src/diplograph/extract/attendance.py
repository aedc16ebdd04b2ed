"""Who else is at an event, from words beside the ones that report it: 'X, accompanied by Y,
will travel', 'the summit, chaired by X', 'the summit brought together A and B', 'will
accompany the Prime Minister to the summit'."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .context import Context, Parsed
from .mentions import GROUP_HEADS, SINGLE_HEADS, agents, conjuncts, subjects

# Verbs of a clause describing a gathering whose agent is there: "the summit, chaired by X"
RUNNING = {"chair", "host", "attend", "open", "convene", "lead", "organise", "organize", "preside"}
# "the summit brought together A and B": a gathering as the subject of a verb of assembling
ASSEMBLING = {"bring", "gather", "assemble", "draw", "attract", "unite"}


def people_in(ctx: Context, parsed: Parsed, token: Any) -> list[str]:
    """The people a noun phrase names; 'Minister of Foreign Affairs of Utopia Ana Lind' (a title,
    its portfolio and country, then the name the parser hung on the last 'of') is its holder."""
    found = _apposed_group(parsed, token) or agents(ctx, parsed, token, people_only=True)
    return found or [h for head in conjuncts(token)
                     for h in _title_holder(parsed, head) or _surname(ctx, parsed, head) or _office_run(parsed, head)]


def _office_run(parsed: Parsed, token: Any) -> list[str]:
    """'Head of Government Ana Lind sat down with ...': an office the title list lacks, printed as
    capitalised words joined by 'of' or 'for' right before the name the parser hung on them."""
    if token.pos_ != "PROPN" or not token.is_title or token.i in parsed.entities:
        return []
    doc = token.doc
    for i in range(token.i + 1, min(token.i + 7, token.sent.end)):
        entity = parsed.entities.get(i)
        if entity and entity[0] == "person":
            between = doc[token.i + 1:i]
            joined = any(w.lower_ in ("of", "for") for w in between)
            return [entity[1]] if joined and all(w.is_title or w.lower_ in ("of", "for") for w in between) \
                and any(t.i == i for t in token.subtree) else []
        if not (doc[i].is_title or doc[i].lower_ in ("of", "for")) or i in parsed.entities:
            return []
    return []


def _apposed_group(parsed: Parsed, token: Any) -> list[str]:
    """'The foreign ministers, A of Utopia and B of Ruritania, will meet': everyone the apposition names,
    however the parser hung the second name."""
    if token.lower_ not in GROUP_HEADS:
        return []
    found: list[str] = []
    for t in (t for c in token.children if c.dep_ == "appos" for t in c.subtree):
        entity = parsed.entities.get(t.i)
        if entity and entity[0] == "person" and entity[1] not in found:
            found.append(entity[1])
    return found if len(found) > 1 else []


def _surname(ctx: Context, parsed: Parsed, token: Any) -> list[str]:
    """A known person's surname the recogniser took for something else ('Haroyan' as a nationality,
    'Ramsaran-Dove' as an organisation)."""
    if token.pos_ != "PROPN" or token.i in parsed.entities:
        return []
    words = token.doc[token.left_edge.i:token.i + 1]
    if token.ent_type_ == "ORG" and "-" in words.text and all(t.text[:1].isupper() or t.text == "-" for t in words):
        # a hyphenated surname, whole: 'Ramsaran-Dove arrived in ...'
        found = ctx.person_id(words.text.replace(" - ", "-"))
        return [found] if found and "-" in ctx.people[found].name else []
    if token.ent_type_ not in ("", "NORP", "PERSON") or any(c.dep_ in ("compound", "det", "amod")
                                                             for c in token.children):
        return []
    found = ctx.person_id(token.text)
    return [found] if found else []


def _title_holder(parsed: Parsed, token: Any) -> list[str]:
    if token.lower_ not in _title_heads() or token.i in parsed.entities:
        return []
    nodes = [token]
    # ('of' Foreign Affairs 'of' Utopia Ana Lind: the name may hang on either 'of'; 'Deputy Minister
    # for Political Affairs Ana Lind': or on a 'for')
    for _ in range(3):
        nodes = [o for n in nodes for p in n.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                 for o in p.children if o.dep_ == "pobj"]
        people = [e[1] for o in nodes for e in [parsed.entities.get(o.i)] if e and e[0] == "person"]
        if people:
            return people[:1]
    return _named_after_the_title(parsed, token)


def _named_after_the_title(parsed: Parsed, token: Any) -> list[str]:
    """'received the Ambassador of Utopia to Ruritania, Ana Lind, on Monday': the name after the
    comma that closes the title's own phrases, however the parser hung it (often on the last place)."""
    doc = token.doc
    i = token.i + 1
    while i < len(doc) and i - token.i <= 8:
        t = doc[i]
        entity = parsed.entities.get(t.i)
        if t.text == ",":
            break
        if entity and entity[0] == "person":
            # 'Minister for Foreign Affairs and Trade Ana Lind', the name hung away from the title:
            # hers when all between are the title's capitalised words
            between = doc[token.i + 1:i]
            return [entity[1]] if all(w.is_title or w.lower_ in ("of", "for", "and", "the", "&")
                                      for w in between) else []
        if not (t.pos_ in ("ADP", "DET", "PROPN", "ADJ", "CCONJ") or (entity and entity[0] == "place")):
            return []
        i += 1
    if i >= len(doc) or doc[i].text != "," or i == token.i + 1:
        return []  # ('the Ambassador, Ana Lind': the apposition is read as such)
    for t in doc[i + 1:i + 4]:  # ('Dr', 'H.E.' before the name)
        entity = parsed.entities.get(t.i)
        if entity and entity[0] == "person":
            return [entity[1]]
        if t.pos_ != "PROPN":
            return []
    return []


@lru_cache(maxsize=1)
def _title_heads() -> frozenset[str]:
    from ..reference import gazetteer

    # the head of a title is its last word, or the word before its 'of' ('Secretary of State')
    return frozenset({t.split(" of ")[0].split()[-1].lower() for t in gazetteer().titles} | SINGLE_HEADS)


def _agent_people(ctx: Context, parsed: Parsed, verb: Any) -> list[str]:
    return [a for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
            for a in people_in(ctx, parsed, o)]


def companions(ctx: Context, parsed: Parsed, verb: Any) -> list[str]:
    """'X, accompanied by Y, will travel to Z', 'X will visit Z, accompanied by Y': Y goes with the
    verb's subject."""
    clauses = [c for s in subjects(verb) for c in s.children if c.dep_ == "acl"]
    clauses.extend(c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN")
    return [a for c in clauses if c.lemma_.lower() == "accompany" for a in _agent_people(ctx, parsed, c)]


def gathering_people(ctx: Context, parsed: Parsed, noun: Any, verb: Any | None) -> list[str]:
    """The people a gathering noun's own words put there, beyond its subject and 'with' phrase."""
    # ("a meeting of the X Authority hosted by Y": the clause may hang on the body the gathering is of)
    bodies = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    found = [a for n in [noun, *bodies] for c in n.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
             and c.lemma_.lower() in RUNNING for a in _agent_people(ctx, parsed, c)]
    if verb is None:
        return found
    if noun.dep_ == "nsubj" and noun.head == verb and verb.lemma_.lower() in ASSEMBLING:
        # "the summit brought together leaders from ten countries, as well as Commissioner X"
        inside = {t.i for t in noun.subtree}
        for t in verb.subtree:
            entity = parsed.entities.get(t.i)
            if t.i not in inside and entity and entity[0] == "person" and entity[1] not in found:
                found.append(entity[1])
    if verb.lemma_.lower() == "accompany" and noun.head.dep_ == "prep" and noun.head.head == verb:
        # "X will accompany the Prime Minister to the summit": both go
        found.extend(a for o in verb.children if o.dep_ == "dobj" for a in agents(ctx, parsed, o, people_only=True))
    return found
