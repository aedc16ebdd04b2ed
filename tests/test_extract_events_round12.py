"""Event rules from the twelfth held-out round, each on an invented sentence."""

from __future__ import annotations

from .extracting import read


def test_unnamed_ministers_of_a_bloc_meeting_later_are_a_conference() -> None:
    facts = read("Summit\n\nPresident Elena Vera of Ruritania said on Friday that the Andean Council of Trade "
                 "Ministers would meet in Lima in August.\n")
    events = [e for e in facts.events if e.location and "lima" in e.location]
    assert [(e.type, e.start, e.status, e.attendees) for e in events] == [("conference", "2024-08", "scheduled", [])]


def test_unnamed_ministers_of_an_acronym_bloc_split_by_the_parse_are_a_conference() -> None:
    facts = read("Summit\n\nThe leaders will meet again in Kampala in June, while ANDEC foreign ministers are due "
                 "to meet in Quito in February to draw up a plan.\n")
    events = [e for e in facts.events if e.location and "quito" in e.location]
    assert [(e.type, e.start, e.status) for e in events] == [("conference", "2025-02", "scheduled")]


def test_ministers_who_met_unnamed_in_the_past_are_no_event() -> None:
    facts = read("Talks\n\nPresident Elena Vera of Ruritania said on Friday that ministers met in Lima in March.\n")
    assert not [e for e in facts.events if e.location and "lima" in e.location]


def test_bringing_the_curtain_down_on_a_two_day_summit_is_its_second_day() -> None:
    facts = read("Summit\n\nLeaders of the Andean Council adopted a declaration on Thursday, bringing the curtain "
                 "down on the two-day 9th Andean Summit hosted by Ruritania.\n")
    summits = [e for e in facts.events if e.type == "summit"]
    assert [(e.start, e.end) for e in summits] == [("2024-05-08", "2024-05-09")]


def test_the_head_of_a_delegation_that_will_arrive_visits() -> None:
    facts = read("Visit\n\nA delegation led by Ruritanian Deputy Foreign Minister Karl Berg will arrive in Lima "
                 "tomorrow.\n")
    visits = [e for e in facts.events if e.type == "visit"]
    assert [(e.attendees, e.location, e.start, e.status) for e in visits] == [
        (["karl-berg"], "lima", "2024-05-11", "scheduled")]


def test_a_meeting_they_recalled_is_where_the_verb_puts_it() -> None:
    facts = read("Call\n\nPresident Elena Vera of Ruritania spoke by telephone today with President Karl Berg of "
                 "Utopia. The two presidents recalled their meeting in March in Lima.\n")
    meetings = [e for e in facts.events if e.type == "meeting"]
    assert [(e.location, e.start) for e in meetings] == [("lima", "2024-03")]


def test_a_heads_of_government_meeting_by_name_is_a_summit() -> None:
    facts = read("Summit\n\nRuritania will also host the Andean Heads of Government Meeting in Lima in October.\n")
    events = [e for e in facts.events if e.location == "lima"]
    assert [(e.type, e.start, e.status) for e in events] == [("summit", "2024-10", "scheduled")]
