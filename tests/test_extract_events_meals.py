"""Meals and audiences held with someone, offices the title list lacks, and 'Earlier,' (invented names)."""

from __future__ import annotations

from .extracting import of_type, read


def test_a_working_lunch_with_someone_is_a_meeting_on_the_day_told_before() -> None:
    facts = read("Talks\n\nOSLO (Reuters) - Foreign Minister Ann Berg on Thursday held talks with President Tom Vik "
                 "in Oslo. Earlier, Berg held a working lunch with Trade Minister Per Lund at the ministry.\n")
    lunch = next(m for m in of_type(facts, "meeting") if "per-lund" in m.attendees)
    assert sorted(lunch.attendees) == ["ann-berg", "per-lund"]
    assert lunch.start == "2024-05-09"


def test_an_audience_with_a_president_is_a_meeting() -> None:
    facts = read("Visit\n\nOSLO (Reuters) - Deputy Prime Minister Ivan Petrov ended a visit to Norway on Thursday "
                 "with an audience with the country's president, General Tom Vik, at the palace in Oslo.\n")
    [meeting] = of_type(facts, "meeting")
    assert sorted(meeting.attendees) == ["ivan-petrov", "tom-vik"]


def test_an_audience_of_listeners_and_a_lunch_served_are_no_meetings() -> None:
    facts = read("Speech\n\nOSLO (Reuters) - Foreign Minister Ann Berg told an audience of students on Thursday "
                 "that lunch was served late.\n")
    assert not of_type(facts, "meeting")


def test_an_office_in_capitals_before_the_name_is_its_holders() -> None:
    facts = read("Talks\n\nOSLO (Reuters) - Head of Government Ann Berg sat down with Tom Vik, President of "
                 "Norway, on Thursday in Oslo.\n")
    [meeting] = of_type(facts, "meeting")
    assert sorted(meeting.attendees) == ["ann-berg", "tom-vik"]


def test_the_co_chair_of_a_commission_session_hung_deep_in_its_name_attends() -> None:
    facts = read("Talks\n\nOSLO (Reuters) - Deputy Prime Minister Ivan Petrov spent Thursday at the first session of "
                 "the Utopian-Norwegian intergovernmental commission on trade, which he co-chaired with Prime "
                 "Minister Tom Vik.\n")
    meeting = next(m for m in of_type(facts, "meeting"))
    assert sorted(meeting.attendees) == ["ivan-petrov", "tom-vik"]


def test_a_venue_in_a_city_after_the_partners_title_places_the_meeting_in_the_city() -> None:
    facts = read("Visit\n\nOSLO (Reuters) - Deputy Prime Minister Ivan Petrov ended a visit to Norway on Thursday "
                 "with an audience with the country's president, General Tom Vik, at the Royal Palace in Bergen.\n")
    [meeting] = of_type(facts, "meeting")
    assert meeting.location == "bergen"


def test_a_visit_of_a_delegation_is_its_leaders() -> None:
    facts = read("Call\n\nOSLO (Reuters) - Foreign Minister Ann Berg on Thursday spoke by phone with Danish Foreign "
                 "Minister Per Lund. The call follows the visit to Oslo on Monday of a Danish delegation led by the "
                 "Minister of Defence, Colonel Tom Vik.\n")
    [visit] = of_type(facts, "visit")
    assert (visit.attendees, visit.location, visit.start) == (["tom-vik"], "oslo", "2024-05-06")


def test_the_head_of_state_of_a_country_is_its_president_last_named() -> None:
    facts = read("Talks\n\nWARSAW (Reuters) - Estonian President Alar Kask met Polish President Jan Nowak in Warsaw "
                 "on Thursday.\n\nThe Estonian head of state will travel to Helsinki on Monday.\n")
    [visit] = of_type(facts, "visit")
    assert (visit.attendees, visit.location) == (["alar-kask"], "helsinki")


def test_a_state_dinner_in_honour_of_the_guest_is_its_own_meeting_of_both() -> None:
    facts = read("Visit\n\nSANTIAGO - President Ana Vidal held talks with President Mara Lind on Friday. This evening, "
                 "President Vidal will offer a state dinner in honour of President Lind.\n")
    dinner = next(m for m in of_type(facts, "meeting") if any("dinner" in e.text for e in m.evidence))
    assert sorted(dinner.attendees) == ["ana-vidal", "mara-lind"]
    assert (dinner.start, dinner.status) == ("2024-05-10", "scheduled")
    assert len(of_type(facts, "meeting")) == 2


def test_a_banquet_that_evening_is_a_named_meal_of_host_and_guest_on_the_day_told_before() -> None:
    facts = read("Visit\n\nBERN - Ruritanian President Mara Lind arrived in Bern on Monday for a three-day state "
                 "visit to Switzerland.\n\nLind was received on Monday morning by Federal President Karl Roth, who "
                 "then hosted his guest for talks.\n\nOn Tuesday, Lind toured a dam. That evening, Roth gave a state "
                 "banquet in honour of the Ruritanian president.\n", published="2024-05-15")
    banquet = next(m for m in of_type(facts, "meeting") if any("banquet" in e.text for e in m.evidence))
    assert sorted(banquet.attendees) == ["karl-roth", "mara-lind"]  # the Ruritanian one, not the host
    assert (banquet.name, banquet.start) == ("State banquet", "2024-05-14")
