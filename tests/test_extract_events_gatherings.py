"""Events within gatherings and the days and places they share (invented names)."""

from __future__ import annotations

from .extracting import of_type, read


def test_a_meeting_on_the_margins_in_reported_speech_is_on_the_summit_and_where_it_is() -> None:
    facts = read("Summit\n\nPresident Lena Moor held a bilateral meeting with her Latvian counterpart Ivo Berg on the "
                 "margins of the Baltic Ports Initiative summit in Riga on Tuesday, the presidential office said.\n")
    [meeting] = of_type(facts, "meeting")
    [summit] = of_type(facts, "summit")
    assert meeting.super_event == summit.id
    assert meeting.location == summit.location == "riga"
    assert sorted(meeting.attendees) == ["ivo-berg", "lena-moor"]


def test_a_meeting_placed_late_in_the_dateline_country_is_in_the_dateline_city() -> None:
    facts = read("Leaders agree\n\nNairobi (AFP) - Ugandan President Tom Okello and Kenyan President Ann Wanjiru "
                 "agreed on Thursday to open a joint border post.\n\nOkello, who arrived on Wednesday for a "
                 "two-day visit, his first to Kenya since 2019, sat down with Wanjiru at the state house for three "
                 "hours.\n")
    meeting = next(e for e in of_type(facts, "meeting") if "ann-wanjiru" in e.attendees)
    assert meeting.location == "nairobi"


def test_later_thursday_is_thursday_and_the_meeting_is_where_the_talks_that_day_were() -> None:
    facts = read("Talks\n\nSpanish Foreign Minister Ana Lind held talks in Ottawa on Thursday with Canadian minister "
                 "Tom Vesk.\n\nLater Thursday, Lind sat down with Defence Minister Jan Berg, who told her that Canada "
                 "wanted more flights.\n")
    later = next(e for e in of_type(facts, "meeting") if "jan-berg" in e.attendees)
    assert (later.location, later.start) == ("ottawa", "2024-05-09")


def test_the_sidelines_of_the_meeting_told_before_are_that_summits() -> None:
    facts = read("Council meets\n\nISTAN, Oct. 15 -- The meeting of the Union Council of Heads of Government, which "
                 "opened on Tuesday in Istan, was chaired by Prime Minister Tom Vesk.\n\n"
                 "On the sidelines of the meeting, Vesk sat down with Utopian Prime Minister Jan Mold on Tuesday.\n")
    assert not of_type(facts, "conference")
    [summit] = of_type(facts, "summit")
    assert sorted(summit.attendees) == ["jan-mold", "tom-vesk"]
    [meeting] = of_type(facts, "meeting")
    assert meeting.super_event == summit.id


def test_the_next_meeting_of_the_council_of_heads_of_government_is_a_summit() -> None:
    facts = read("Council meets\n\nISTAN, Oct. 15 -- The meeting of the Union Council of Heads of Government, which "
                 "opened on Tuesday in Istan, was chaired by Prime Minister Tom Vesk.\n\n"
                 "Utopia will host the next meeting of the council in Paris in November next year.\n")
    summits = of_type(facts, "summit")
    assert [(s.location, s.start, s.status) for s in summits if s.location == "paris"] == [
        ("paris", "2025-11", "scheduled")]


def test_a_session_of_a_body_of_heads_of_state_is_a_summit_and_its_next_session_is_scheduled() -> None:
    facts = read("Summit\n\nLUSAKA - Southern leaders on Sunday wrapped up the 12th Ordinary Session of the Zambezi "
                 "Union Assembly of Heads of State and Government in the Zambian capital.\n\nOn the sidelines of the "
                 "session, President Ana Vidal met President Karl Roth.\n\nMalawi will host the next ordinary session "
                 "in Lilongwe in November.\n", published="2024-05-13")
    summits = of_type(facts, "summit")
    assert [(s.start, s.status) for s in summits] == [("2024-05-12", "happened"), ("2024-11", "scheduled")]
    [meeting] = of_type(facts, "meeting")
    assert (meeting.start, meeting.super_event) == ("2024-05-12", summits[0].id)


def test_a_month_in_the_by_phrase_of_a_passive_dates_what_it_names_not_the_summit() -> None:
    facts = read("Summit\n\nLUSAKA - President Ana Vidal and President Karl Roth on Sunday attended the summit of "
                 "the Zambezi Union in Lusaka.\n\nThe summit was dominated by the withdrawal of two members from the "
                 "Union in January.\n", published="2024-05-13")
    assert [s.start for s in of_type(facts, "summit")] == ["2024-05-12"]


def test_a_ministerial_council_is_a_conference_that_the_gathering_and_its_margins_tell_again() -> None:
    facts = read("Council\n\nLISBON - Minister Ana Vidal was speaking in Lisbon, where foreign ministers have been "
                 "meeting for the Atlantic Union's annual Ministerial Council. The two-day gathering opened "
                 "yesterday and ended this evening.\n\nThis morning, Ms Vidal had a working breakfast with Minister "
                 "Karl Roth on the margins of the Ministerial Council.\n\nThe Ministerial Council was held in Porto "
                 "in 2012.\n", published="2024-05-10")
    conferences = of_type(facts, "conference")
    assert [(c.start, c.end) for c in conferences] == [("2024-05-09", "2024-05-10"), ("2012", None)]
    assert not of_type(facts, "summit")
    [breakfast] = of_type(facts, "meeting")
    assert breakfast.super_event == conferences[0].id
