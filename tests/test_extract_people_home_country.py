"""People and their countries: the home country a page names (masthead, outlet, site), monarchs,
institutions before an office, and counterparts (invented names)."""

from __future__ import annotations

from .extracting import person, read


def test_a_royal_of_several_named_monarchies_is_of_the_one_another_person_acts_for() -> None:
    facts = read("Talks\n\nROME - Defence Minister Carlo Dunni met his Jordanian counterpart, Omar Haddad, in Rome "
                 "on Monday. Italy builds the aircraft with Japan.\n\nThe minister visited the kingdom in May, "
                 "when he and Crown Prince Zaid Rami signed a statement in Aqaba.\n")
    assert person(facts, "Zaid Rami").represents == "jordan"


def test_an_institution_between_the_nations_adjective_and_the_office_keeps_the_country() -> None:
    facts = read("Visit\n\nOSLO - Estonian Parliament Speaker Ivo Dran will arrive in Oslo tomorrow for talks.\n")
    assert person(facts, "Ivo Dran").represents == "estonia"


def test_a_masthead_in_capitals_names_the_home_country() -> None:
    facts = read("THE PRESIDENT OF ESTONIA\nChancery of the President\n\nHome | Press releases | Contacts\n\n"
                 "President Karis holds talks with President of Chile Ana Berg\n\n"
                 "President of Estonia Alar Karis today held talks with President of Chile Ana Berg.\n\n"
                 "Later today, Prime Minister Kaja Tamm will host the Chilean President at a working lunch.\n")
    assert person(facts, "Kaja Tamm").represents == "estonia"


def test_an_outlet_named_for_its_nation_filed_from_home_names_its_officials_bare() -> None:
    facts = read("ESTOPRESS\nEstonian News Agency\n\nSpeaker to visit\n\nTALLINN, MARCH 10, ESTOPRESS. Chilean "
                 "Senate President Ana Berg will arrive in Tallinn tomorrow for a visit.\n\nEconomy Minister Kaja "
                 "Tamm will travel to Riga on Tuesday to co-chair the session of the intergovernmental commission."
                 "\n\n© 2025 ESTOPRESS Estonian News Agency. All rights reserved.\n")
    assert person(facts, "Kaja Tamm").represents == "estonia"


def test_a_government_sites_country_code_domain_names_its_country() -> None:
    from diplograph.extract.affiliation import _domain_country

    found = _domain_country("https://www.government.ee/en/news/1")
    assert found is not None and found.code == "EE"
    assert _domain_country("https://news.example.io/a") is None
    assert _domain_country("https://www.example.com/a") is None


def test_a_counterpart_is_of_the_office_of_one_named_before_the_last() -> None:
    from types import SimpleNamespace

    from diplograph.extract.mentions import _counterpart_of
    from diplograph.model import Person

    people = {p.id: p for p in [
        Person(id="dunni", name="Carlo Dunni", title="Defence Minister", represents="italy"),
        Person(id="berg", name="Ana Berg", title="Premier", represents="italy"),
        Person(id="haddad", name="Omar Haddad", title="Defence Minister", represents="jordan"),
        Person(id="rami", name="Zaid Rami", title="Crown Prince", represents="jordan")]}
    ctx = SimpleNamespace(people=people, recent_people=["dunni", "berg"])
    assert _counterpart_of(ctx, "jordan") == ["haddad"]  # (Berg, named last, has no Jordanian counterpart)


def test_an_office_named_by_its_portfolios_words_before_minister_is_the_title() -> None:
    facts = read("Rail\n\nLUSAKA (AFP) - Kenyan Industry, Energy and Mining Minister Ivo Dran met on Friday with "
                 "Zambian Foreign Minister Ana Berg.\n")
    dran = person(facts, "Ivo Dran")
    assert (dran.title, dran.represents) == ("Industry, Energy and Mining Minister", "kenya")


def test_the_chair_of_a_national_body_leads_a_story_filed_from_home() -> None:
    facts = read("Visit\n\nLIMA, April 4 - The Chairman of the Presidential Council, Dr. Luis Campos, will travel to "
                 "Quito on Sunday for a two-day visit, his office said today.\n")
    assert person(facts, "Luis Campos").represents == "peru"


def test_a_national_broadcaster_names_its_officials_bare() -> None:
    facts = read("RTÉ News\n\nNews | World | Politics\n\nMinister backs bid\n\nMinister for Foreign Affairs Ana Ruiz "
                 "has told her Peruvian counterpart Luis Campos that the talks would go on.\n\n\"We will help,\" "
                 "Ms Ruiz told RTÉ News after the meeting.\n")
    assert person(facts, "Ana Ruiz").represents == "ireland"
