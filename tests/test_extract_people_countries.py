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


def test_the_countrys_title_is_of_the_country_just_named() -> None:
    facts = read("Visit\n\nThe Norwegian minister Mara Quist ended a visit to Peru on Friday with an audience "
                 "with the country's president, Luis Varga, in Lima.\n")
    assert person(facts, "Luis Varga").represents == "peru"


def test_a_second_office_printed_with_its_country_names_it() -> None:
    facts = read("Call\n\nThe minister conveyed the greetings of the President of the Transition, Head of State "
                 "of Chad, General Idriss Kolle, to his counterpart.\n")
    kolle = person(facts, "Idriss Kolle")
    assert (kolle.title, kolle.represents) == ("President of the Transition", "chad")


def test_a_later_description_by_nationality_and_office_names_the_country() -> None:
    facts = read("Summit\n\nHead of Government Omar Falih sat down with Ivo Marek, President of Slovakia, on Friday "
                 "on the sidelines of the summit, which the Tunisian official attended on behalf of the government.\n")
    falih = person(facts, "Omar Falih")
    assert (falih.title, falih.represents) == ("Head of Government", "tunisia")
    assert person(facts, "Ivo Marek").represents == "slovakia"


def test_a_description_followed_by_more_of_an_office_describes_no_one_before() -> None:
    facts = read("Cocoa\n\nThe committee, which the Minister for Trade, Kofi Mensah, and the Peruvian Minister of "
                 "State, Minister of Agriculture, Luis Varga, co-chaired, met in Lima on Tuesday.\n")
    assert person(facts, "Kofi Mensah").represents != "peru"


def test_a_headline_name_run_on_into_its_verb_is_the_name_the_story_prints() -> None:
    facts = read("Mara Quist and Johann Wadeberg Discuss Baltic-Nordic Agenda by Phone\n\n"
                 "Oslo, 8 May 2024 – Foreign Minister of Norway Mara Quist held a telephone conversation today "
                 "with Federal Minister for Foreign Affairs of Germany Johann Wadeberg.\n")
    names = {p.name for p in facts.people}
    assert person(facts, "Johann Wadeberg").represents == "germany"
    assert not any("Discuss" in n for n in names)


def test_a_name_between_commas_after_an_office_of_a_named_body_is_its_holder() -> None:
    facts = read("Visit\n\nVIENNA — On Friday the minister will meet the Director-General of the Ruritania Fund for "
                 "International Development, Abdulkarim Alsaadi, at the Fund's headquarters.\n")
    alsaadi = person(facts, "Abdulkarim Alsaadi")
    assert alsaadi.title == "Director-General of the Ruritania Fund for International Development"


def test_the_head_of_an_international_body_acts_for_no_country_in_a_release_from_home() -> None:
    facts = read("Visit\n\nOslo, 8 May 2024\n\nForeign Minister Mara Quist met the Director-General of the OPEC Fund "
                 "for Development, Abdulkarim Alsaadi, in Oslo.\n\nMinistry of Foreign Affairs of Norway\n")
    assert person(facts, "Abdulkarim Alsaadi").represents is None


def test_a_royal_office_is_not_of_a_republics_home_outlet() -> None:
    from types import SimpleNamespace

    from diplograph.extract.affiliation import _royal_abroad
    from diplograph.model import Person

    ctx = SimpleNamespace(places={"italy": SimpleNamespace(code="IT"), "spain": SimpleNamespace(code="ES")})
    prince = Person(id="p", name="Faisal bin Nayef", title="Crown Prince")
    assert _royal_abroad(prince, "italy", ctx)  # type: ignore[arg-type]
    assert not _royal_abroad(Person(id="k", name="Ana Berg", title="King"), "spain", ctx)  # type: ignore[arg-type]
