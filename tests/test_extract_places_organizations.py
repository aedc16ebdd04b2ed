"""Organisations the recogniser cuts, misses or invents: a ministry of two portfolios, letters before a
spokesperson or after a company's noun, a head of government's office with no country word, and an office
('Special Representative', 'Undersecretary of X') that is no body. Names and sentences are invented."""

from __future__ import annotations

from diplograph.model import Facts

from .extracting import read


def organizations(facts: Facts) -> dict[str, list[str]]:
    return {o.name: list(o.alternate_names) for o in facts.organizations}


def test_a_ministry_of_two_portfolios_is_printed_whole() -> None:
    facts = read("Talks\n\nA spokesperson for the Chilean Ministry of Industry and Trade said the plan "
                 "would be ready in March.\n")
    names = {n for name, alternates in organizations(facts).items() for n in [name, *alternates]}
    assert "Chilean Ministry of Industry and Trade" in names
    assert not any(n.endswith("Ministry of Industry") for n in names)


def test_letters_before_a_spokesperson_are_a_body() -> None:
    facts = read("Talks\n\nMinister Anna Berg met the board in Osterholm on Monday. An ACMEX spokesperson "
                 "declined to comment.\n")
    assert "ACMEX" in organizations(facts)


def test_letters_after_a_company_noun_are_a_company() -> None:
    facts = read("Talks\n\nThe plant is run by a unit of state utility VOLTRA, Minister Anna Berg said on "
                 "Monday.\n")
    assert "VOLTRA" in organizations(facts)


def test_the_prime_ministers_office_in_a_capital_is_that_countrys() -> None:
    facts = read("Talks\n\nMinister Anna Berg spoke to Minister Tom Vale, according to a readout released "
                 "by the Prime Minister's Office in Lima on Wednesday.\n")
    office = next(o for o in facts.organizations if o.name == "Prime Minister's Office")
    assert office.country == "peru"


def test_an_office_is_no_body() -> None:
    facts = read("Talks\n\nChina's Special Representative on Island Affairs, Tom Vale, met Chile's "
                 "Undersecretary of Foreign Economic Relations, Anna Berg, on Monday.\n")
    names = organizations(facts)
    assert not any(n.startswith("Special Representative") for n in names)
    assert not any(n.startswith("Undersecretary") for n in names)


def test_a_presidency_that_is_a_term_is_no_body() -> None:
    facts = read("Talks\n\nThe minister said Ruritania hoped the treaty would be ratified before the end of "
                 "Ireland's presidency.\n")
    assert not any("presidency" in name.lower() for name in organizations(facts))


def test_a_ministerial_council_is_a_gathering_not_a_body() -> None:
    facts = read("Talks\n\nMinisters from 40 states met in Vienna for the organisation's annual Ministerial "
                 "Council on Thursday.\n")
    assert "Ministerial Council" not in organizations(facts)


def test_a_countrys_bare_ministry_is_of_the_storys_one_portfolio() -> None:
    facts = read("Talks\n\nThe Ugandan Ministry of Defence said the two ministers met in Kampala on Tuesday.\n\n"
                 "According to the Kenyan ministry, the joint commission will meet in Nairobi in February.\n")
    assert "Ministry of Defence of Kenya" in organizations(facts)
    assert "Kenyan ministry" in organizations(facts)["Ministry of Defence of Kenya"]


def test_a_movement_and_a_bank_of_the_lexicon_are_bodies() -> None:
    facts = read("Talks\n\nPrime Minister Anna Berg will attend the Summit of the Heads of State of the Non-Aligned "
                 "Movement and open a forum with the African Export-Import Bank (Afreximbank) in Osterholm.\n")
    found = organizations(facts)
    assert "Non-Aligned Movement" in found and "African Export-Import Bank" in found


def test_the_general_assembly_also_names_the_united_nations() -> None:
    facts = read("Talks\n\nMinister Anna Berg met Piet Vos on the margins of the UN General Assembly in New York.\n")
    found = organizations(facts)
    assert "United Nations General Assembly" in found and "United Nations" in found


def test_a_surname_after_mrs_is_no_body() -> None:
    facts = read("Talks\n\nPresident Anna Berg received the Speaker, Mrs Karin Braun-Lind, on Monday. "
                 "The head of state told Mrs Braun-Lind that Norway counted on Chile.\n")
    assert not any(name.startswith("Mrs") for name in organizations(facts))
