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


def test_a_counterpart_holds_the_full_office_not_the_bare_one_of_a_later_mention() -> None:
    facts = read("Talks\n\nThe Minister of Foreign Affairs, Ana Ruiz, met her Peruvian counterpart, Luis Campos, "
                 "on Thursday.\n\nMinister Campos arrived on Wednesday.\n")
    assert person(facts, "Luis Campos").title == "Minister of Foreign Affairs"


def test_the_head_of_a_countrys_delegation_acts_for_it() -> None:
    facts = read("Ministry of Foreign Affairs of Ireland\n\nTalks\n\nThe Minister of Foreign Affairs, Sean Walsh, "
                 "met his Peruvian counterpart, Luis Campos, on Thursday.\n\nThe Peruvian foreign minister said "
                 "that his country would send a delegation headed by President Ana Ruiz to the summit.\n\n"
                 "The Chilean delegation, led by Vice President Jorge Soto, arrived on Friday.\n")
    assert person(facts, "Sean Walsh").represents == "ireland"
    assert person(facts, "Ana Ruiz").represents == "peru"
    assert person(facts, "Jorge Soto").represents == "chile"


def test_greetings_of_co_presidents_brought_by_a_visitor_are_of_the_visitors_country() -> None:
    facts = read("Visit\n\nThe Peruvian foreign minister, Luis Campos, was received by President Sean Walsh at "
                 "the palace, where he conveyed the greetings of Co-Presidents Ana Ruiz and Jorge Soto.\n")
    for name in ("Ana Ruiz", "Jorge Soto"):
        assert (person(facts, name).title, person(facts, name).represents) == ("Co-President", "peru")


def test_opposition_leader_and_federal_councillor_are_titles() -> None:
    facts = read("Visit\n\nOpposition leader Ana Ruiz said yesterday that the visit was welcome. Federal Councillor "
                 "Beat Frei accompanied President Luis Campos of Peru to Basel.\n")
    assert person(facts, "Ana Ruiz").title == "Opposition leader"
    assert person(facts, "Beat Frei").represents == "switzerland"  # the office is Switzerland's


def test_a_nickname_in_quotation_marks_is_no_part_of_the_name() -> None:
    facts = read("Talks\n\nMr Campos will hold talks with Prime Minister Samuel “Skipper” Rolle on Thursday.\n")
    rolle = person(facts, "Samuel Rolle")
    assert rolle.title == "Prime Minister"
    assert not any("Skipper" in p.name for p in facts.people)


def test_organisations_cut_by_the_recogniser_are_whole() -> None:
    facts = read("Talks\n\nThe ministers co-chaired the first session of the Peru–Ecuador Binational Commission on "
                 "Monday at the Ministry of Foreign Affairs in Lima, according to a statement from the Office of the "
                 "Prime Minister.\n")
    names = {o.name for o in facts.organizations}
    assert "Peru–Ecuador Binational Commission" in names
    assert "Office of the Prime Minister" in names
    assert "Ministry of Foreign Affairs of Peru" in names  # the ministry in Lima
    assert not any(n.startswith("Ecuador") for n in names)


def test_the_foreign_ministry_named_in_its_own_release_is_the_publisher() -> None:
    facts = read("MINISTRY OF FOREIGN AFFAIRS OF THE CZECH REPUBLIC\nHome | Press Room | Contact\n\n"
                 "Minister meets counterpart\n\n"
                 "PRAGUE – The Minister of Foreign Affairs, Ana Ruiz, met her Chilean counterpart, Jorge Soto, at the "
                 "headquarters of the Foreign Ministry.\n")
    ministries = [o.name for o in facts.organizations if "Ministry" in o.name]
    assert len(ministries) == 1, ministries
