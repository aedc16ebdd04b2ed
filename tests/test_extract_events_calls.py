"""Calls whose two sides are the subjects of the verb told over the phone (invented names)."""

from __future__ import annotations

from .extracting import of_type, read


def test_two_subjects_discussing_over_the_phone_are_a_call() -> None:
    facts = read("Talks\n\nOSLO (Reuters) - Foreign Minister Ann Berg and her Danish counterpart Tom Vik discussed "
                 "ways to lift trade and cooperation in fisheries over the phone on May 9.\n")
    [call] = of_type(facts, "phone_call")
    assert (sorted(call.attendees), call.start) == (["ann-berg", "tom-vik"], "2024-05-09")


def test_two_subjects_telling_a_news_agency_by_phone_are_no_call() -> None:
    facts = read("Talks\n\nOSLO (Reuters) - Foreign Minister Ann Berg and Defence Minister Tom Vik told AFP by "
                 "phone on May 9 that trade was good.\n")
    assert not of_type(facts, "phone_call")


def test_the_name_after_a_title_is_who_a_courtesy_call_is_on() -> None:
    facts = read("Visit\n\nOSLO (Reuters) - Defence Minister Ivan Petrov ended a visit to Norway on Thursday.\n\n"
                 "On Wednesday, Petrov paid a courtesy call on Armed Forces chief of staff Gen. Tom Vik.\n")
    [meeting] = of_type(facts, "meeting")
    assert (sorted(meeting.attendees), meeting.start) == (["ivan-petrov", "tom-vik"], "2024-05-08")


def test_a_next_year_told_in_a_past_clause_under_the_event_does_not_make_it_future() -> None:
    from diplograph.extract.event_triggers import is_future
    from diplograph.nlp import pipeline
    doc = pipeline()("On Wednesday, Ivan Petrov paid a courtesy call on the Armed Forces of Norway chief of staff "
                     "Gen. Tom Vik, whom he told that the army would double the slots for officers next year.")
    assert not is_future(next(t for t in doc if t.lower_ == "call"))


def test_a_next_year_in_what_a_past_verb_reports_does_not_make_the_event_future() -> None:
    facts = read("Visit\n\nOSLO (Reuters) - Defence Minister Ivan Petrov arrived.\n\nOn Wednesday, Petrov paid a "
                 "courtesy call on Armed Forces of Norway (AFN) chief of staff Gen. Tom Vik, whom he told that the "
                 "army would double the slots for officers at its colleges next year.\n")
    meeting = next(m for m in of_type(facts, "meeting"))
    assert meeting.start == "2024-05-08"


def test_received_the_following_morning_after_arriving_is_a_meeting_of_guest_and_host_the_next_day() -> None:
    facts = read("Visit\n\nOSLO (Reuters) - Defence Minister Ivan Petrov ended a visit to Norway on Thursday.\n\n"
                 "Petrov arrived in Oslo on Monday evening and was received by Defence Minister Tom Vik at the "
                 "ministry in Bergen the following morning, where the two held a working lunch.\n")
    [meeting] = of_type(facts, "meeting")
    assert (sorted(meeting.attendees), meeting.start) == (["ivan-petrov", "tom-vik"], "2024-05-07")


def test_the_one_assured_in_a_phone_call_is_on_the_call() -> None:
    facts = read("Call\n\nPrime Minister Anna Berg assured her Norwegian counterpart Jon Lind in a phone call on "
                 "Tuesday that her government would keep the contract.\n")
    [call] = of_type(facts, "phone_call")
    assert sorted(call.attendees) == ["anna-berg", "jon-lind"]
