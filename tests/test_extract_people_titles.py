"""People and organisations: offices of other countries, names printed after them, and what the
recogniser takes for an organisation (invented names)."""

from __future__ import annotations

from .extracting import person, read


def test_offices_of_other_governments_are_titles() -> None:
    facts = read("Talks\n\nFederal President Anna Roth received Chief Adviser Professor Kamal Uddin in Vaduz "
                 "on Monday. Federal Councillor Beat Frei, head of the Federal Department of Finance, and the "
                 "Chief Adviser's Press Secretary Rafiq Ahmed took part in the talks.\n")
    assert person(facts, "Anna Roth").title == "Federal President"
    assert person(facts, "Kamal Uddin").title == "Chief Adviser"
    assert person(facts, "Beat Frei").title == "Federal Councillor"
    assert person(facts, "Rafiq Ahmed").title == "Press Secretary"
    assert not any("Councillor" in o.name for o in facts.organizations)


def test_ambassador_after_an_office_is_a_style_not_the_office() -> None:
    facts = read("Summit\n\nThe bloc's Secretary General, Ambassador Kofi Darko, told the summit that trade "
                 "had fallen.\n")
    assert person(facts, "Kofi Darko").title == "Secretary General"


def test_a_transitional_president_of_a_country_acts_for_it() -> None:
    facts = read("Summit\n\nThe summit was attended by Mali's transitional president, General Amadou Keita, "
                 "and others.\n")
    keita = person(facts, "Amadou Keita")
    assert (keita.title, keita.represents) == ("President", "mali")


def test_a_visitor_taken_on_to_another_city_of_the_host_country_goes_with_a_host() -> None:
    facts = read("Visit\n\nBERN, June 6 - Federal President Anna Roth received President Luis Mora of Costa Rica "
                 "in Bern today. Federal Councillor Beat Frei took part in the talks.\n\nTomorrow, President Mora "
                 "will visit a laboratory in Basel, accompanied by Federal Councillor Frei, before travelling on "
                 "to France.\n")
    assert person(facts, "Beat Frei").represents != "costa-rica"
