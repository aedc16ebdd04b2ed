"""People rules of the twelfth round, one invented sentence each."""

from __future__ import annotations

from .extracting import person, read


def test_a_portuguese_e_joins_two_surnames_into_one_name() -> None:
    facts = read("Call\n\nThe Prime Minister of Ruritania spoke by telephone today with the Prime Minister of "
                 "the Republic of Cabo Verde, Rui Barbosa e Sousa.\n\nPrime Minister Barbosa e Sousa thanked "
                 "Ruritania for its support.\n")
    names = [p.name for p in facts.people]
    assert "Rui Barbosa e Sousa" in names
    assert not [n for n in names if n in ("Rui Barbosa", "Barbosa e Sousa")]
    assert person(facts, "Rui Barbosa e Sousa").title == "Prime Minister"


def test_the_second_name_under_a_plural_office_is_a_person() -> None:
    # (the recogniser takes the second name for an organisation's)
    facts = read("Deals\n\nForeign ministers Sheikh Hamad bin Khalid Al Mansouri and Marko Petric signed an "
                 "agreement.\n")
    assert (person(facts, "Marko Petric").title or "").lower() == "foreign minister"
    assert (person(facts, "Hamad bin Khalid Al Mansouri").title or "").lower() == "foreign minister"
    assert "Marko Petric" not in [o.name for o in facts.organizations]


def test_a_building_named_after_a_person_is_no_person() -> None:
    # (the recogniser takes the first two words for a person's name)
    facts = read("Summit\n\nPresident Ana Berg addressed the opening session at the Sir Lamin Kebba Sowe "
                 "International Conference Centre. Photo: State House\n")
    assert not [p for p in facts.people if "Centre" in p.name]


def test_a_one_word_name_titled_later_is_described_where_first_printed() -> None:
    facts = read("Talks\n\nMinister of Foreign Affairs Anna Weber received her Thai counterpart Wirajaya "
                 "in Berlin on Thursday. The two ministers signed a joint statement.\n\n"
                 "Minister Wirajaya said the talks were useful.\n")
    wirajaya = person(facts, "Wirajaya")
    assert (wirajaya.title, wirajaya.represents) == ("Minister of Foreign Affairs", "thailand")


def test_the_one_at_whose_invitation_a_visit_is_made_acts_for_the_country_visited() -> None:
    facts = read("State visit\n\nKenyan President Daniel Mwangi will arrive in Bangkok next Tuesday for a "
                 "three-day state visit at the invitation of His Majesty King Anan Siriwat, the ministry "
                 "announced.\n")
    king = person(facts, "Anan Siriwat")
    assert (king.title, king.represents) == ("King", "thailand")


def test_a_faith_adjective_is_no_organisation() -> None:
    facts = read("Visit\n\nThe spokesman pointed to the Theravada Buddhist tradition the two countries share.\n")
    assert not [o.name for o in facts.organizations if o.name.endswith("Buddhist")]


def test_an_organisation_name_is_not_left_ending_in_of_the() -> None:
    facts = read("Visit\n\nPresident Ana Berg will meet business leaders and the Supreme Patriarch of the "
                 "Kalunaya order, pointing to the ties the two countries share.\n")
    assert not [o.name for o in facts.organizations if o.name.endswith((" of the", " of"))]
