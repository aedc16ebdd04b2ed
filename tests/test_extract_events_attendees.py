"""Who attends an event, however the parser hung the name (invented names)."""

from __future__ import annotations

from .extracting import of_type, read


def test_the_name_after_a_title_with_its_country_phrases_is_the_guest() -> None:
    facts = read("Courtesy call\n\nForeign Minister Ana Lind received the Ambassador of Utopia to Ruritania, "
                 "Tom Vesk, on Wednesday.\n")
    [meeting] = of_type(facts, "meeting")
    assert sorted(meeting.attendees) == ["ana-lind", "tom-vesk"]


def test_the_name_after_a_possessive_title_and_its_honorific_is_the_guest() -> None:
    facts = read("Talks\n\nForeign Minister Ana Lind will meet Utopia's High Commissioner to Ruritania, Dr Tom Vesk, "
                 "tomorrow.\n")
    [meeting] = of_type(facts, "meeting")
    assert sorted(meeting.attendees) == ["ana-lind", "tom-vesk"]


def test_a_double_title_with_its_portfolio_before_the_name_is_the_guest() -> None:
    facts = read("Talks\n\nDeputy Foreign Minister Ana Lind sat down with Utopian Chancellor and Minister for Foreign "
                 "Affairs and Trade Tom Vesk at the ministry in Oslo on Monday.\n")
    [meeting] = of_type(facts, "meeting")
    assert sorted(meeting.attendees) == ["ana-lind", "tom-vesk"]
