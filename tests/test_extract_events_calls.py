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
