"""Who else is at an event, from words beside the ones that report it: 'X, accompanied by Y,
will travel', 'the summit, chaired by X', 'the summit brought together A and B', 'will
accompany the Prime Minister to the summit'."""

from __future__ import annotations

from typing import Any

from .context import Context, Parsed
from .mentions import agents, subjects

# Verbs of a clause describing a gathering whose agent is there: "the summit, chaired by X"
RUNNING = {"chair", "host", "attend", "open", "convene", "lead", "organise", "organize", "preside"}
# "the summit brought together A and B": a gathering as the subject of a verb of assembling
ASSEMBLING = {"bring", "gather", "assemble", "draw", "attract", "unite"}


def _agent_people(ctx: Context, parsed: Parsed, verb: Any) -> list[str]:
    return [a for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
            for a in agents(ctx, parsed, o, people_only=True)]


def companions(ctx: Context, parsed: Parsed, verb: Any) -> list[str]:
    """'X, accompanied by Y, will travel to Z': Y goes with the verb's subject."""
    return [a for s in subjects(verb) for c in s.children
            if c.dep_ == "acl" and c.lemma_.lower() == "accompany" for a in _agent_people(ctx, parsed, c)]


def gathering_people(ctx: Context, parsed: Parsed, noun: Any, verb: Any | None) -> list[str]:
    """The people a gathering noun's own words put there, beyond its subject and 'with' phrase."""
    found = [a for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
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
