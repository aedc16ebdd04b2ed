"""Places, tenth round: a country's bare name the recogniser took for a person or an organisation,
a capital read as part of a document's name, a name shared by places of several countries, a
capital named in apposition, a stop 'via' a city, and a place's name that starts a building's.
Sentences and people are invented."""

from __future__ import annotations

from diplograph.model import Facts

from .extracting import read


def places(facts: Facts) -> dict[str, tuple[str, str | None]]:
    return {p.name: (p.type, p.contained_in) for p in facts.places}


def test_a_country_misread_as_a_person_or_organisation_is_the_country() -> None:
    facts = read("Talks\n\nThe minister Ana Lopes said her country had settled a long dispute with Benin over "
                 "the pipeline, and had formed a new alliance with Mali and Burkina Faso.\n")
    found = places(facts)
    for country in ("Benin", "Mali", "Burkina Faso"):
        assert found.get(country) == ("Country", None), country
    assert all(p.name not in ("Benin", "Mali", "Burkina Faso") for p in facts.people)


def test_a_country_after_an_honorific_is_a_person() -> None:
    facts = read("Talks\n\nThe minister Ana Lopes met Mr Jordan on Monday in Lima.\n")
    assert "Jordan" not in places(facts)


def test_a_capital_in_a_documents_name_is_still_the_city_where_a_place_goes() -> None:
    facts = read("Leaders adopt Apia Declaration, call for ocean action\n\nThe leaders closed their meeting in Apia "
                 "on Tuesday by adopting the Apia Declaration, Prime Minister Ana Lopes of Samoa said.\n")
    assert places(facts).get("Apia") == ("City", "samoa")


def test_a_capital_of_a_country_the_story_names_beats_a_larger_city_of_the_name() -> None:
    facts = read("Visit\n\nPresident Ana Lopes of Seychelles will receive her guest in Victoria on Tuesday.\n")
    assert places(facts).get("Victoria") == ("City", "seychelles")


def test_a_town_of_the_storys_country_beats_a_small_city_of_another() -> None:
    facts = read("Visit\n\nPresident Ana Lopes of Bolivia will travel to Copacabana on Tuesday with her guest.\n")
    assert places(facts).get("Copacabana") == ("City", "bolivia")


def test_a_large_city_keeps_its_name_whatever_country_is_named() -> None:
    facts = read("Visit\n\nPresident Ana Lopes of the United States will travel to Paris on Tuesday.\n")
    assert places(facts).get("Paris") == ("City", "france")


def test_a_capital_in_apposition_and_a_stop_via_a_city() -> None:
    facts = read("Flights\n\nThe minister Ana Lopes said the airline would link Vanuatu and Fiji via Tarawa, "
                 "the capital of Kiribati.\n")
    assert places(facts).get("Tarawa") == ("City", "kiribati")


def test_a_place_name_carried_on_by_a_particle_is_a_buildings_name() -> None:
    facts = read("Visit\n\nThe two presidents at the Casa Grande del Pueblo before their meeting.\n\n"
                 "President Ana Lopes of Bolivia received her guest at the Casa Grande del Pueblo in La Paz "
                 "on Tuesday.\n")
    found = places(facts)
    assert "Casa Grande" not in found
    assert found.get("La Paz") == ("City", "bolivia")


def test_a_village_of_the_storys_country_after_in() -> None:
    facts = read("Talks\n\nThe minister Ana Lopes of Bosnia and Herzegovina spoke of the memorial in Srebrenica "
                 "on Monday.\n")
    assert places(facts).get("Srebrenica") == ("City", "bosnia-and-herzegovina")


def test_a_village_of_a_country_the_story_does_not_name_is_no_place() -> None:
    facts = read("Talks\n\nThe minister Ana Lopes of Peru spoke of the memorial in Srebrenica on Monday.\n")
    assert "Srebrenica" not in places(facts)


def test_a_countrys_usual_abbreviation() -> None:
    from diplograph.reference import gazetteer

    assert gazetteer().country("FSM").name == "Federated States of Micronesia"  # type: ignore[union-attr]
    assert gazetteer().country("PNG").name == "Papua New Guinea"  # type: ignore[union-attr]
    assert gazetteer().country("BiH").name == "Bosnia and Herzegovina"  # type: ignore[union-attr]


def test_a_wire_datelines_country_places_a_town_the_data_does_not_hold() -> None:
    facts = read("Talks\n\nZORVANO, Peru (AP) — The minister Ana Lopes met her guest on Monday.\n")
    assert places(facts).get("Zorvano") == ("City", "peru")


def test_a_wire_datelines_country_picks_that_countrys_city_of_the_name() -> None:
    facts = read("Talks\n\nVICTORIA, Seychelles (AP) — The minister Ana Lopes met her guest on Monday.\n")
    assert places(facts).get("Victoria") == ("City", "seychelles")
