"""Whom a person acts for, where the words around the name print it in ways the plain patterns
missed (invented names)."""

from __future__ import annotations

from .extracting import person, read


def test_a_deputy_title_printed_after_the_name_in_lower_case_names_the_country() -> None:
    facts = read("Visit\n\nLISBON — Mara Quist, the Norwegian deputy foreign minister, will arrive in Lisbon "
                 "tomorrow for talks.\n")
    quist = person(facts, "Mara Quist")
    assert (quist.title, quist.represents) == ("Deputy Foreign Minister", "norway")


def test_an_accented_title_is_matched_and_kept_as_printed() -> None:
    facts = read("Talks\n\nThe minister sat down with Irish Tánaiste and Minister for Justice Ciaran Dole "
                 "in Oslo on Monday.\n")
    dole = person(facts, "Ciaran Dole")
    assert dole.represents == "ireland"
    assert dole.title is not None and dole.title.startswith("Tánaiste")
