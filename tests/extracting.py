"""What the extraction rule tests share: one invented sentence in, the facts out."""

from __future__ import annotations

from diplograph.extract import extract
from diplograph.model import Event, Facts, Person

PUBLISHED = "2024-05-10"  # a Friday


def read(text: str, published: str = PUBLISHED) -> Facts:
    """The facts of a small article, dated so that weekdays resolve against a Friday."""
    return extract(text, source="t.txt", published=published)


def person(facts: Facts, name: str) -> Person:
    return next(p for p in facts.people if p.name == name)


def of_type(facts: Facts, kind: str) -> list[Event]:
    """The events of one type ("meeting", "visit", ...), in the order they were read."""
    return [e for e in facts.events if e.type == kind]
