"""A name printed after an office and its country with no comma between ('President of Ruritania
Ana Berg'), which the small recogniser often leaves untagged or runs into the country (invented
names)."""

from __future__ import annotations

from .extracting import person, read


def test_a_name_after_an_office_of_a_country_is_its_holder() -> None:
    facts = read("Talks\n\nRiga, 25 September 2025 – President of Latvia Janis Ozolins today held official "
                 "talks at the castle with President of the Portuguese Republic Rui Tavares Lopes, who arrived "
                 "in Riga yesterday evening.\n")
    ozolins = person(facts, "Janis Ozolins")
    lopes = person(facts, "Rui Tavares Lopes")
    assert (ozolins.title, ozolins.represents) == ("President", "latvia")
    assert (lopes.title, lopes.represents) == ("President", "portugal")
    assert not any(p.name in ("Ozolins", "Lopes") for p in facts.people)


def test_a_body_named_after_an_office_of_a_country_is_no_person() -> None:
    facts = read("Talks\n\nThe Chief Executive of Ghana Cocoa Board, Kofi Mensah, met the delegation in Accra "
                 "on Tuesday.\n")
    assert not any("Board" in p.name for p in facts.people)


def test_a_name_the_recogniser_ran_on_from_a_regional_portfolio_is_the_holder() -> None:
    facts = read("Visit\n\nBritish Minister for the Middle East Duncan Falconbridge ended a three-day visit to Libya "
                 "yesterday in Benghazi.\n")
    holder = person(facts, "Duncan Falconbridge")
    assert (holder.title, holder.represents) == ("Minister for the Middle East", "united-kingdom")
