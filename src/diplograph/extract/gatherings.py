"""Gatherings that other events happen within: "on the sidelines of the summit", "the margins of
the 58th session of the Council", the gathering's name ("the ASEAN summit") and the words that
report it, and the attendees a bare summit takes from the meetings held on its sidelines."""

from __future__ import annotations

from typing import Any

from ..model import MEALS
from ..reference import gazetteer
from .context import Context, Parsed
from .event_triggers import GATHERING_NOUNS

# A city that names a gathering held there must be a city of some size (not a village named like a word)
NAMED_CITY = 100_000

# Dependents that open another clause: not among the words that report an event
CLAUSE_DEPS = {"ccomp", "advcl", "conj", "cc", "punct", "parataxis", "relcl", "mark"}


def settle_gathering_attendees(ctx: Context) -> None:
    """'The two presidents met on the sidelines of the summit': they were at a summit whose attendees
    are not named. (Run once the people's countries are settled: those only met on the sidelines
    say nothing of who hosts.)"""
    by_id = {e.id: e for e in ctx.events}
    bare = {e.id for e in ctx.events if e.type in ("summit", "conference") and not e.attendees}
    for event in ctx.events:
        parent = by_id.get(event.super_event or "")
        if parent is not None and parent.id in bare and event.type in ("meeting", "phone_call"):
            parent.attendees.extend(a for a in event.attendees if a not in parent.attendees)


def bare_sidelines(token: Any) -> bool:
    """'on the sidelines' with no 'of' phrase after it."""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "at") and any(
        o.dep_ == "pobj" and o.lower_ in ("sidelines", "margins", "sideline", "margin")
        and not any(p.dep_ == "prep" and p.lower_ == "of" for p in o.children) for o in c.children)
        for c in token.children)


def gathering_of_part(prep: Any) -> list[Any]:
    """'the margins of the high-level segment of the 58th session of the Council': a part of a
    gathering, whose 'of' phrase names the gathering."""
    nodes = [o for o in prep.children if o.dep_ == "pobj"]
    for _ in range(2):
        nodes = [o for n in nodes for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"]
        found = [o for o in nodes if o.lower_ in GATHERING_NOUNS]
        if found:
            return found
    return []


def gathering_after(prep: Any) -> list[Any]:
    """'the margins of the Asia-Pacific Economic Cooperation (APEC) Leaders' Meeting': a long name
    the parse splits; the gathering is the first gathering noun of the name."""
    for t in prep.doc[prep.i + 1:min(prep.i + 14, prep.sent.end)]:
        if t.text == "," or (t.pos_ in ("VERB", "AUX") and t.dep_ != "amod"):
            return []
        if t.lower_ in GATHERING_NOUNS and t.text[:1].isupper():
            return [t]
    return []


def event_name(parsed: Parsed, token: Any, kind: str) -> str | None:
    """A named gathering ('Group of 20 gathering', 'ASEAN summit'); a meal is named by its words ('State
    dinner', 'Working breakfast'), which keep it apart from the day's talks; other meetings stay unnamed."""
    if kind == "meeting" and token.pos_ == "NOUN" and token.lemma_.lower() in MEALS:
        words = [t for t in token.children if t.dep_ in ("amod", "compound") and t.i < token.i
                 and t.is_alpha and t.ent_type_ == ""]
        text = " ".join(t.lower_ for t in (*words, token))
        return text[:1].upper() + text[1:]
    if kind not in ("summit", "conference"):
        return None
    start = _name_start(token)
    if start is None:
        return None
    return parsed.doc[start:token.i + 1].text


def _name_start(token: Any) -> int | None:
    """Where the name before a gathering noun starts: 'the [Group of 20] gathering'."""
    names = [t for t in token.children if t.dep_ in ("compound", "nmod") and t.ent_type_ in ("ORG", "EVENT", "NORP")]
    if names:
        return min(t.left_edge.i for t in names)
    if token.head.dep_ == "prep" and token.head.head.ent_type_ in ("ORG", "EVENT"):
        owner = token.head.head
        if owner.i < token.i:
            return owner.left_edge.i if owner.left_edge.lower_ not in ("the", "a", "an") else owner.left_edge.i + 1
    return None


def clause_span(token: Any, verbal: bool) -> tuple[int, int]:
    """The characters of the words that report an event: its clause, without other clauses."""
    if not verbal:
        tokens = list(token.subtree)
        start = _name_start(token)
        if start is not None:
            tokens.extend(token.doc[start:token.i])
        head = token.head
        if head.dep_ == "prep" and head.lower_ in ("of",) and head.head.lower_ in ("sidelines", "margins"):
            tokens = list(head.head.subtree)
    else:
        tokens = [token]
        for child in token.children:
            if child.dep_ in CLAUSE_DEPS:
                continue
            tokens.extend(child.subtree)
            if child.dep_ in ("nsubj", "nsubjpass"):
                tokens.append(child.left_edge)
    tokens = [t for t in tokens if not t.is_punct or t.i not in (min(x.i for x in tokens), max(x.i for x in tokens))]
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return start, end


def city_in_name(ctx: Context, token: Any) -> list[str]:
    """'the Valletta Dialogue', 'the Halifax Security Forum': a gathering named after
    the city that holds it, when the story names that city elsewhere too (a city of some size, never a
    country: 'the Africa Forum' is no place)."""
    places = gazetteer()
    words = [c for c in token.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
    words = [w for c in words for w in c.subtree if w.dep_ in ("compound", "nmod") and w.pos_ == "PROPN"]
    for word in sorted(words, key=lambda w: w.i)[:1]:
        if not word.text[:1].isupper() or places.country(word.text) or places.country_of_demonym(word.text):
            continue
        city = places.city(word.text)
        if city is None or city.population < NAMED_CITY:
            continue
        place = ctx.place_named(word.text, register=False)
        return [place] if place in ctx.places else []  # (a city the story names elsewhere too)
    return []
