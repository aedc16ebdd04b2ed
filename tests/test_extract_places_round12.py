"""Places, twelfth round: a known city the recogniser took for a person where a journey goes, and a
city joined by 'and' to another after 'between'. Sentences and people are invented."""

from __future__ import annotations

from diplograph.model import Facts

from .extracting import read


def places(facts: Facts) -> dict[str, tuple[str, str | None]]:
    return {p.name: (p.type, p.contained_in) for p in facts.places}


def test_a_known_city_taken_for_a_person_where_a_journey_goes_is_the_city() -> None:
    facts = read("Visit\n\nPresident Ana Lopes of Peru arrived in Phnom Penh on Monday. On Thursday the Peruvian "
                 "leader will travel to Siem Reap, where she will tour the temples.\n")
    assert places(facts).get("Siem Reap") == ("City", "cambodia")
    assert all(p.name != "Siem Reap" for p in facts.people)


def test_a_city_joined_to_another_after_between_is_a_city() -> None:
    facts = read("Flights\n\nPresident Ana Lopes of Peru said Peru hoped to start direct flights between Lima "
                 "and Colombo next year.\n")
    assert places(facts).get("Colombo", (None, None))[0] == "City"
