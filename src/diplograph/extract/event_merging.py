"""One event told in several sentences: whether two mentions are the same event (same type,
dates, places and people) and how the later mention's facts fill in the first."""

from __future__ import annotations

from typing import Any

from ..dates import add_days
from ..model import Event


def same_event(a: Event, b: Event, within: Any = None) -> bool:
    """Whether a new mention tells an event already read: ``within`` says whether one place lies in another."""
    if a.type != b.type:
        return False
    if {a.status, b.status} == {"scheduled", "happened"}:
        return False  # "will meet again": what is announced is not what happened
    dates = not a.start or not b.start or a.start.startswith(b.start) or b.start.startswith(a.start)
    if a.type == "visit" and not dates:
        dates = _inside(a, b) or _inside(b, a)  # "during X's visit ... on Wednesday": a day of the two-day visit
    places = not a.location or not b.location or a.location == b.location or (
        # "will travel to Fiji for a state visit ... will arrive in Suva on Tuesday": one trip
        a.type == "visit" and within is not None and (within(a.location, b.location) or within(b.location, a.location)))
    people = set(a.attendees) & set(b.attendees)
    if a.type in ("summit", "conference"):
        if a.name and b.name and a.name.lower() == b.name.lower() and (not a.start or not b.start) and (
                not a.location or not b.location or a.location == b.location):
            return True  # "on the margins of the Ministerial Council": the Council told before, by its name
        if a.location and b.location and within is not None and (not a.start or not b.start or dates) \
                and (not a.name or not b.name or a.name == b.name) and (
                within(a.location, b.location) or within(b.location, a.location)):
            return True  # the summit a country hosts and the one in its city
        if a.location and b.location:
            return dates and a.location == b.location
        return _overlap(a, b)  # "the summit, which opened on Wednesday": the one already read
    if not (dates and places):
        return False
    if people and len(a.attendees) > 1 and len(b.attendees) > 1 and not (
            set(a.attendees) <= set(b.attendees) or set(b.attendees) <= set(a.attendees)):
        return False  # "met X ..., then went on for talks with Y": one guest each, two meetings
    if people:
        return True
    return not a.attendees or (not b.attendees and bool(a.location and a.location == b.location))


def _overlap(a: Event, b: Event) -> bool:
    """Two dated mentions that can be the same gathering: one's date falls within the other."""
    if not a.start or not b.start:
        return False
    a_end, b_end = a.end or a.start, b.end or b.start
    return a.start[:len(b_end)] <= b_end and b.start[:len(a_end)] <= a_end


def _inside(span: Event, day: Event) -> bool:
    """A dated day within an event's first and last day."""
    return bool(span.start and span.end and day.start and len(day.start) == len(span.start) == 10
                and span.start <= day.start <= span.end)


def merge_into(into: Event, other: Event, days: int | None) -> None:
    """Fill in the event first read with what a later mention adds: people, place, a fuller date, a length."""
    into.attendees.extend(a for a in other.attendees if a not in into.attendees)
    into.location = into.location or other.location
    if not into.end and _inside(other, into):
        into.start, into.end = other.start, other.end  # a day told first, then the whole stay
    if other.start and (not into.start or len(other.start) > len(into.start)
                        or (len(other.start) == len(into.start) and other.start < into.start
                        and into.end and other.start >= into.start[:len(other.start)])):
        into.start = other.start
    if days and into.start and len(into.start) == 10:
        into.end = add_days(into.start, days - 1)
    elif into.end is None and other.end:
        into.end = other.end
    if into.start and into.end and into.end < into.start:
        into.end = None
    into.super_event = into.super_event or other.super_event
    into.name = into.name or other.name
    if other.status == "scheduled" or into.status is None:
        into.status = other.status or into.status
    into.evidence.extend(e for e in other.evidence if e not in into.evidence)
