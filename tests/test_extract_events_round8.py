"""Event rules of the eighth round, one invented sentence each (names are invented or generic)."""

from __future__ import annotations

from diplograph.dates import resolve_date

from .extracting import of_type, read


def test_a_month_and_day_of_last_or_next_year() -> None:
    assert resolve_date("November 13 last year", "2025-07-30") == "2024-11-13"
    assert resolve_date("in March next year", "2025-07-30") == "2026-03"
    assert resolve_date("last November", "2025-07-30") == "2024-11"
    assert resolve_date("next March", "2025-07-30") == "2026-03"
    assert resolve_date("early next month", "2025-07-30") == "2025-08"


def test_last_met_last_year_on_the_sidelines_of_a_summit() -> None:
    facts = read("Talks\n\nUtopian President Ana Lind and Ruritanian President Karl Berg last met on March 3 last "
                 "year in Geneva, on the sidelines of the climate summit.\n")
    [meeting] = of_type(facts, "meeting")
    [summit] = of_type(facts, "summit")
    assert (meeting.location, meeting.start, meeting.super_event) == ("geneva", "2023-03-03", summit.id)
    assert summit.location == "geneva"


def test_a_deadline_does_not_date_the_summit() -> None:
    facts = read("Pact\n\nLeaders of the river union on Friday adopted a declaration committing their countries to a "
                 "single customs regime by 2027, at the end of a one-day summit hosted by "
                 "Utopian President Ana Lind.\n")
    [summit] = of_type(facts, "summit")
    assert summit.start == "2024-05-10"
    assert "ana-lind" in summit.attendees
    assert not of_type(facts, "meeting")  # hosting the summit is not a meeting of its own


def test_a_joint_commission_holds_its_session_between_its_two_countries() -> None:
    facts = read("Ties\n\nPortugal's President Ana Lind will visit Spain on Monday. The Portugal–Spain Joint "
                 "Commission will hold its next session in Porto next month.\n")
    [meeting] = of_type(facts, "meeting")
    assert sorted(meeting.attendees) == ["portugal", "spain"]
    assert (meeting.location, meeting.start, meeting.status) == ("porto", "2024-06", "scheduled")


def test_consultations_between_the_two_countries_are_the_storys_two_countries() -> None:
    facts = read("Ties\n\nPortugal's Foreign Minister Ana Lind met Spain's Foreign Minister Karl Berg in Oslo on "
                 "Tuesday. Political consultations between the two countries will be held in Geneva in September.\n")
    [consultations] = [e for e in of_type(facts, "meeting") if e.location == "geneva"]
    assert sorted(consultations.attendees) == ["portugal", "spain"]
    assert consultations.start == "2024-09"


def test_the_ministers_of_the_two_countries_are_not_the_last_meetings_people() -> None:
    facts = read("Ties\n\nPortugal's Foreign Minister Ana Lind met Spain's Foreign Minister Karl Berg in Oslo on "
                 "Tuesday. The energy ministers of the two countries are also expected to meet in Geneva early "
                 "next month.\n")
    [later] = [e for e in of_type(facts, "meeting") if e.location == "geneva"]
    assert sorted(later.attendees) == ["portugal", "spain"]
    assert later.start == "2024-06"


def test_travelling_to_finalise_a_programme_with_someone_is_a_meeting_there() -> None:
    facts = read("Trip\n\nUtopian Foreign Minister Ana Lind will travel to Geneva on Monday to finalise the programme "
                 "with Ruritanian Foreign Minister Karl Berg.\n")
    [meeting] = of_type(facts, "meeting")
    assert sorted(meeting.attendees) == ["ana-lind", "karl-berg"]
    assert (meeting.location, meeting.start, meeting.status) == ("geneva", "2024-05-13", "scheduled")


def test_receiving_copies_of_credentials_is_no_meeting() -> None:
    facts = read("Envoy\n\nUtopian Foreign Minister Ana Lind received copies of the credentials of the new "
                 "ambassador on Tuesday.\n")
    assert not of_type(facts, "meeting")


def test_accompanied_by_after_the_verb_goes_too() -> None:
    facts = read("Trip\n\nTomorrow, Utopian President Ana Lind will visit a research centre in Geneva, accompanied by "
                 "Foreign Minister Karl Berg.\n")
    [visit] = of_type(facts, "visit")
    assert sorted(visit.attendees) == ["ana-lind", "karl-berg"]
    assert visit.location == "geneva"
