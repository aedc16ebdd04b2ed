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


def test_a_village_of_the_storys_country_beats_a_city_of_that_other_name() -> None:
    # 'Black Diamond' is a village of Canada and an alternate name of a US city.
    facts = read("Visit\n\nThe Canadian minister Ana Lopes will travel to Black Diamond on Tuesday to meet "
                 "farmers.\n")
    assert places(facts).get("Black Diamond") == ("City", "canada")
    assert "United States" not in places(facts)


def test_a_village_the_data_holds_only_as_a_village_gets_the_storys_country() -> None:
    facts = read("Visit\n\nThe Jamaican minister Ana Lopes will travel to Alligator Pond on Tuesday to meet "
                 "fishermen.\n")
    assert places(facts).get("Alligator Pond") == ("City", "jamaica")


def test_a_village_of_a_country_the_story_does_not_name_gets_no_country() -> None:
    facts = read("Visit\n\nThe minister Ana Lopes will travel to Alligator Pond on Tuesday to meet fishermen.\n")
    assert places(facts).get("Alligator Pond") in (("City", None), None)


def test_a_name_the_data_lacks_after_a_nationality_and_resort_of_is_a_place_of_that_country() -> None:
    facts = read("Talks\n\nThe ministers Ana Lopes and Mark Hale met in the Peruvian resort of Qollpamarca on "
                 "Friday.\n")
    assert places(facts).get("Qollpamarca") == ("City", "peru")


def test_a_name_the_data_lacks_with_its_country_after_a_comma_is_a_place_of_that_country() -> None:
    facts = read("Talks\n\nThe ministers Ana Lopes and Mark Hale recalled their meeting on 6 May in Qollpamarca, "
                 "Peru, on the margins of a forum.\n")
    assert places(facts).get("Qollpamarca") == ("City", "peru")


def test_a_person_and_a_country_after_a_comma_are_no_place() -> None:
    facts = read("Talks\n\nThe minister met Ana Lopes, Peru's envoy, and Mark Hale, Chile's envoy, on Friday.\n")
    assert set(places(facts)) <= {"Peru", "Chile"}


def test_a_country_joined_by_a_dash_to_an_organisations_name_is_part_of_it() -> None:
    from spacy.tokens import Span

    from diplograph.nlp import _join_hyphenated_pairs, pipeline

    doc = pipeline().make_doc("the Peru–Bolivia Joint Commission and Peru - Bolivia Council")
    ents = [Span(doc, 1, 2, "GPE"), Span(doc, 3, 6, "ORG"), Span(doc, 7, 8, "GPE"), Span(doc, 9, 11, "ORG")]
    joined = [(e.text, e.label_) for e in _join_hyphenated_pairs(doc, ents)]
    assert joined == [("Peru–Bolivia Joint Commission", "ORG"), ("Peru", "GPE"), ("Bolivia Council", "ORG")]


def test_a_short_country_name_before_another_country_is_a_town_of_that_country() -> None:
    facts = read("Talks\n\nThe ministers Ana Lopes and Mark Hale met in Antigua, Guatemala, on Friday.\n")
    assert places(facts).get("Antigua") == ("City", "guatemala")
    assert "Antigua and Barbuda" not in places(facts)


def test_a_list_of_countries_stays_a_list_of_countries() -> None:
    facts = read("Talks\n\nThe ministers Ana Lopes and Mark Hale travelled to Antigua, Guatemala and Belize "
                 "last week.\n")
    assert places(facts).get("Antigua and Barbuda") == ("Country", None)
    assert places(facts).get("Guatemala") == ("Country", None)
