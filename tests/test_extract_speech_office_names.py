"""A speaker printed as an office, its country and a name with no comma between ('Japanese
Ambassador to Kenya Sato Kenji said ...'), which the parse hangs on the office (invented names)."""

from __future__ import annotations

from .extracting import read


def test_the_name_closing_an_office_phrase_is_the_speaker() -> None:
    facts = read("Talks\n\nJapanese Ambassador to Kenya Sato Kenji said on Monday that Tokyo would fund the "
                 "road.\n")
    assert [(s.speaker, s.text) for s in facts.statements] == [("sato-kenji", "Tokyo would fund the road")]
