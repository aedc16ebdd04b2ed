"""A name printed after an office and its country with no comma between ('President of Ruritania
Ana Berg'), which the small recogniser often leaves untagged or runs into the country (invented
names)."""

from __future__ import annotations

from .extracting import person, read


def test_a_name_after_an_office_of_a_country_is_its_holder() -> None:
    facts = read("Talks\n\nRiga, 25 September 2025 – President of Latvia Edgars Rinkevics today held official "
                 "talks at Riga Castle with President of the Italian Republic Sergio Mattarella, who arrived in "
                 "Riga yesterday evening.\n")
    rinkevics = person(facts, "Edgars Rinkevics")
    mattarella = person(facts, "Sergio Mattarella")
    assert (rinkevics.title, rinkevics.represents) == ("President", "latvia")
    assert (mattarella.title, mattarella.represents) == ("President", "italy")
    assert not any(p.name == "Rinkevics" for p in facts.people)


def test_a_body_named_after_an_office_of_a_country_is_no_person() -> None:
    facts = read("Talks\n\nThe Chief Executive of Ghana Cocoa Board, Kofi Mensah, met the delegation in Accra "
                 "on Tuesday.\n")
    assert not any("Board" in p.name for p in facts.people)
