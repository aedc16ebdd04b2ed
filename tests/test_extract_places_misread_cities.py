"""Cities and towns the recogniser tags as something else (an organisation, a product, a person)
that the sentence puts where a place goes. Sentences and names are invented; the places are
real ones of the reference data."""

from __future__ import annotations

from diplograph.model import Facts

from .extracting import read


def places(facts: Facts) -> dict[str, tuple[str, str | None]]:
    return {p.name: (p.type, p.contained_in) for p in facts.places}


def test_the_ports_of_two_cities_are_both_cities_of_the_country() -> None:
    facts = read("Talks\n\nPakistan offered Uzbek traders access to the ports of Karachi and Gwadar, "
                 "the minister Omar Lane said.\n")
    found = places(facts)
    assert found.get("Karachi") == ("City", "pakistan")
    assert found.get("Gwadar") == ("City", "pakistan")


def test_a_city_after_between_taken_for_a_person_is_the_city() -> None:
    facts = read("Talks\n\nBrunei and Laos discussed direct flights between Bandar Seri Begawan and Vientiane, "
                 "the minister Ana Lopes said.\n")
    assert places(facts).get("Bandar Seri Begawan") == ("City", "brunei")
    assert "Bandar Seri Begawan" not in [p.name for p in facts.people]


def test_a_small_city_in_a_list_of_cities_is_that_city() -> None:
    facts = read("Talks\n\nMost ore now travels by truck to Dar es Salaam, Durban or Walvis Bay, "
                 "the minister Ana Lopes said.\n")
    assert places(facts).get("Walvis Bay") == ("City", "namibia")


def test_a_town_of_the_story_taken_for_an_organisation_is_the_town() -> None:
    facts = read("Talks\n\nIn Brazil, the minister Ana Lopes toured the line the firm runs with Acme "
                 "in Gavião Peixoto, in São Paulo state.\n")
    assert places(facts).get("Gavião Peixoto") == ("City", "brazil")
    assert "Gavião Peixoto" not in [o.name for o in facts.organizations]



def test_a_person_after_from_whose_name_is_no_place_stays_a_person() -> None:
    facts = read("Talks\n\nThe minister Ana Lopes of Brazil received a letter from Marco Vellani on Monday.\n")
    assert "Marco Vellani" not in places(facts)


def test_the_capital_of_a_two_word_nationality_is_that_countrys_capital() -> None:
    facts = read("Talks\n\nThe minister Ana Lopes arrived in the Costa Rican capital on Monday.\n")
    assert places(facts).get("San José") == ("City", "costa-rica")


def test_a_seat_called_a_ministry_is_no_town() -> None:
    facts = read("Talks\n\nAccording to a note from Itamaraty, the Brazilian foreign ministry, the minister Ana Lopes "
                 "assured her guest that Sweden would back Brazil.\n")
    assert "Itamaraty" not in places(facts)
    assert "Brazil" in places(facts)


def test_a_city_before_the_government_that_speaks_stays_a_city() -> None:
    facts = read("Talks\n\nIn Belmopan, the Government of Belize said the minister Ana Lopes would visit.\n")
    assert places(facts).get("Belmopan") == ("City", "belize")

