"""What the extraction rule tests share: one invented sentence in, the facts out."""

from __future__ import annotations

from diplograph.extract import extract
from diplograph.model import Facts, Person

PUBLISHED = "2024-05-10"  # a Friday


def read(text: str, published: str = PUBLISHED) -> Facts:
    """The facts of a small article, dated so that weekdays resolve against a Friday."""
    return extract(text, source="t.txt", published=published)


def person(facts: Facts, name: str) -> Person:
    return next(p for p in facts.people if p.name == name)
