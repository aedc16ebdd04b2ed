"""People: whom officials act for where no country is printed beside them (invented names)."""

from __future__ import annotations

from .extracting import person, read


def test_a_ministry_release_under_a_masthead_naming_its_country_speaks_of_its_own_officials() -> None:
    facts = read("Republic of Moldova\nMinistry of Foreign Affairs\nHome | News | Contact Us\n\n"
                 "Minister holds phone call with Peruvian counterpart\n\n"
                 "Minister of Foreign Affairs, Mr. Ion Vadu, received a telephone call from the Minister of "
                 "Foreign Affairs of Peru, Mr. Luis Campos.\n\nMr. Vadu informed his guest that Prime Minister "
                 "Ana Rusu had sent a written invitation to President Carlos Mora to attend the forum.\n")
    assert person(facts, "Ion Vadu").represents == "moldova"
    assert person(facts, "Ana Rusu").represents == "moldova"
    assert person(facts, "Carlos Mora").represents == "peru"  # invited by a home official: a guest


def test_a_national_paper_whose_strapline_names_its_country_speaks_of_its_officials() -> None:
    facts = read("The Herald\nIreland's leading newspaper\nNEWS | BUSINESS | SPORTS | WEEKEND\n\nADVERTISEMENT\n\n"
                 "Peru PM to make official visit next week\n\nBy ANN LEE\nFriday, May 10, 2024\n\n"
                 "Peru's Prime Minister Luis Campos will arrive next week, Foreign Minister "
                 "Sean Walsh announced yesterday.\n\n\"We welcome him,\" Mr Walsh said.\n")
    assert person(facts, "Sean Walsh").represents == "ireland"
    assert person(facts, "Luis Campos").represents == "peru"


def test_a_name_after_a_countrys_possessive_in_the_headline_is_of_that_country() -> None:
    facts = read("Peru's Campos pledges aid as Ireland rebuilds\n\nDUBLIN, May 10 (Reuters) - Peru will send "
                 "engineers to help Ireland rebuild, President Luis Campos said on Friday after talks with Prime "
                 "Minister Sean Walsh.\n")
    assert person(facts, "Luis Campos").represents == "peru"
    assert person(facts, "Sean Walsh").represents == "ireland"  # named bare in the lead, filed from home
