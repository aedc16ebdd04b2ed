"""Places, ninth round: 'St'/'St.'/'Saint' forms of every place name, a city whose name ends in
's, short forms of island states, a town whose name begins with another country's short form.
Sentences and people are invented."""

from __future__ import annotations

import pytest

from diplograph.model import Facts
from diplograph.reference import gazetteer, saint_forms

from .extracting import read


def places(facts: Facts) -> dict[str, tuple[str, str | None]]:
    return {p.name: (p.type, p.contained_in) for p in facts.places}


def test_saint_forms_of_a_name() -> None:
    assert saint_forms("Saint Lucia") == ["Saint Lucia", "St Lucia", "St. Lucia"]
    assert saint_forms("Stockholm") == ["Stockholm"]
    assert saint_forms("Stanley") == ["Stanley"]


@pytest.mark.parametrize("name", ["St Vincent and the Grenadines", "St. Lucia", "Saint Kitts and Nevis", "St Kitts"])
def test_a_country_is_known_by_any_saint_form(name: str) -> None:
    assert gazetteer().country(name) is not None


def test_a_country_printed_with_st_is_the_country_not_a_person() -> None:
    facts = read("Talks\n\nThe minister Ana Lopes will fly to St Vincent and the Grenadines on Monday, and "
                 "Dr Mark Hale, Prime Minister of St Lucia, will join her.\n")
    found = places(facts)
    assert found.get("Saint Vincent and the Grenadines") == ("Country", None)
    assert found.get("Saint Lucia") == ("Country", None)
    assert all(p.name not in ("St Vincent", "St Lucia") for p in facts.people)


def test_a_city_whose_name_ends_in_s_is_not_a_possessive() -> None:
    facts = read("Summit\n\nGrenada would host the next summit in St George's in May, minister Ana Lopes said.\n")
    assert places(facts).get("St George's") == ("City", "grenada")
    assert "United States" not in places(facts)


def test_an_island_states_short_form_is_the_state() -> None:
    facts = read("Summit\n\nThe leaders will meet in Basseterre, St Kitts, later this month, minister Ana Lopes "
                 "said.\n")
    assert all(p.name != "St Kitts" for p in facts.people)
    assert places(facts).get("Basseterre") == ("City", "saint-kitts-and-nevis")


def test_a_town_named_after_another_country_is_the_town() -> None:
    facts = read("Talks\n\nThe ministers Ana Lopes and Mark Hale last met in Antigua Guatemala in June, "
                 "on the sidelines of a Guatemalan forum.\n")
    assert places(facts).get("Antigua Guatemala") == ("City", "guatemala")
    assert "Antigua and Barbuda" not in places(facts)
