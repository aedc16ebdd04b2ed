"""Accepted invitations are visits planned, with no date (invented names)."""

from __future__ import annotations

from .extracting import of_type, read


def test_an_invitation_to_a_counterpart_accepted_is_his_visit() -> None:
    facts = read("Phone call\n\nRuritanian Foreign Minister Tom Vesk spoke by phone with Utopian Foreign Minister "
                 "Jan Mold on Monday. Minister Vesk renewed his invitation to Minister Mold to visit Paris, "
                 "which the Minister accepted.\n")
    [visit] = of_type(facts, "visit")
    assert visit.attendees == ["jan-mold"]
    assert visit.status == "scheduled" and visit.start is None


def test_an_invitation_passed_on_but_not_accepted_is_no_visit() -> None:
    facts = read("Phone call\n\nRuritanian Foreign Minister Tom Vesk spoke by phone with Utopian Foreign Minister "
                 "Jan Mold on Monday. Minister Vesk conveyed an invitation from the King to Minister Mold to "
                 "pay a state visit to Paris.\n")
    assert not [v for v in of_type(facts, "visit") if "jan-mold" in v.attendees]


def test_her_invited_by_him_is_the_woman_named_before() -> None:
    facts = read("Talks\n\nOn Tuesday, Tom Vesk paid a courtesy call on Foreign Minister Ana Lind in Oslo. "
                 "Vesk, in turn, invited her to visit Paris, an invitation she accepted.\n")
    visits = [v for v in of_type(facts, "visit") if v.status == "scheduled"]
    assert [v.attendees for v in visits] == [["ana-lind"]]


def test_the_trip_pencilled_in_for_a_month_dates_the_accepted_visit() -> None:
    facts = read("Visit\n\nVIENNA - Minister Karl Roth invited Minister Ana Vidal to visit Tirana, and the minister "
                 "accepted; officials said the trip was pencilled in for March.\n", published="2025-12-05")
    [visit] = of_type(facts, "visit")
    assert (visit.location, visit.start, visit.status) == ("tirana", "2026-03", "scheduled")
