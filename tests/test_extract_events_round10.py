"""Event rules of the tenth round, one invented sentence each (names are invented or generic)."""

from __future__ import annotations

from diplograph.model import Event, Facts

from .extracting import read

LEAD = "Talks\n\nChilean President Ana Lind held talks with Peruvian President Karl Berg in Lima on Wednesday.\n\n"


def of_type(facts: Facts, kind: str) -> list[Event]:
    return [e for e in facts.events if e.type == kind]


def test_a_joint_body_that_is_to_meet_is_a_meeting_of_the_two_countries() -> None:
    facts = read(LEAD + "A joint defence commission is to meet in Santiago in July to set the size of the force, "
                 "officials said.\n", published="2025-05-22")
    [later] = [e for e in of_type(facts, "meeting") if e.location == "santiago"]
    assert (sorted(later.attendees), later.start, later.status) == (["chile", "peru"], "2025-07", "scheduled")


def test_officials_from_both_countries_meet_for_their_countries() -> None:
    facts = read(LEAD + "Officials from both countries will meet in Arequipa next month to draft a memorandum.\n",
                 published="2025-05-22")
    [later] = [e for e in of_type(facts, "meeting") if e.location == "arequipa"]
    assert (sorted(later.attendees), later.start) == (["chile", "peru"], "2025-06")


def test_a_joint_body_held_or_convened_is_a_meeting() -> None:
    facts = read(LEAD + "The two presidents agreed that the next Binational Cabinet would be held in Puno in March. "
                 "The first session of the Joint Commission will be held in Santiago in September.\n",
                 published="2025-05-22")
    found = {e.location: (sorted(e.attendees), e.start) for e in of_type(facts, "meeting")}
    assert found["puno"] == (["chile", "peru"], "2026-03")
    assert found["santiago"] == (["chile", "peru"], "2025-09")
