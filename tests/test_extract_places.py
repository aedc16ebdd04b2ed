"""Place recognition: names of several words from the reference data, capitals too small for the
cities table, towns of the story's country. Sentences and people are invented."""

from __future__ import annotations

from diplograph.model import Facts
from diplograph.nlp import pipeline

from .extracting import read


def places(facts: Facts) -> dict[str, tuple[str, str | None]]:
    return {p.name: (p.type, p.contained_in) for p in facts.places}


def test_a_country_of_several_words_is_one_place_not_its_parts() -> None:
    facts = read("Talks\n\nThe minister Ana Lopes will fly to Trinidad and Tobago on Monday for talks.\n")
    found = places(facts)
    assert found.get("Trinidad and Tobago") == ("Country", None)
    assert "Trinidad" not in found and "Bolivia" not in found


def test_a_capital_smaller_than_the_cities_table_is_a_city_of_its_country() -> None:
    facts = read("Talks\n\nThe minister Ana Lopes will arrive in Port of Spain on Monday.\n")
    assert places(facts).get("Port of Spain") == ("City", "trinidad-and-tobago")
    assert "Spain" not in places(facts)


def test_an_organisation_begun_inside_a_place_name_begins_with_the_place() -> None:
    doc = pipeline()("She met traders at the Trinidad and Tobago Chamber of Industry and Commerce.")
    assert ("Trinidad and Tobago Chamber of Industry and Commerce", "ORG") in [(e.text, e.label_) for e in doc.ents]


def test_a_name_holding_a_place_name_is_left_whole() -> None:
    doc = pipeline()("The Bank of South Africa said rates would hold.")
    assert "South Africa" not in [e.text for e in doc.ents if e.label_ == "GPE"]


def test_a_capital_named_with_city_is_the_city() -> None:
    facts = read("Summit\n\nLeaders met at a summit in Djibouti City on Sunday.\n")
    assert places(facts).get("Djibouti City") == ("City", "djibouti")


def test_a_town_is_a_place_only_where_its_country_is_written_of() -> None:
    namibian = read("Border\n\nNamibia will open the Katima Mulilo border post at night, minister Ana Lopes said.\n")
    assert places(namibian).get("Katima Mulilo") == ("City", "namibia")
    elsewhere = read("Border\n\nTrucks waited at Katima Mulilo for days, the trader Ana Lopes said.\n")
    assert "Katima Mulilo" not in places(elsewhere)


def test_a_lowercase_the_inside_an_organisation_starts_a_second_name() -> None:
    from spacy.tokens import Span

    from diplograph.nlp import _split_at_the

    doc = pipeline().make_doc("Lopes told Harbourday the Ministry of Fisheries would publish the plan.")
    split = _split_at_the(doc, [Span(doc, 2, 7, label="ORG")])  # 'Harbourday the Ministry of Fisheries'
    assert [e.text for e in split] == ["Harbourday", "Ministry of Fisheries"]
    kept = pipeline().make_doc("He wrote to the Office of the Prime Minister.")
    assert [e.text for e in _split_at_the(kept, [Span(kept, 4, 9, label="ORG")])] == ["Office of the Prime Minister"]


def test_two_towns_joined_by_and_are_not_one_organisation() -> None:
    doc = pipeline()("A new bridge will run between Zlinka and Hodonín, the office said.")
    assert "ORG" not in {e.label_ for e in doc.ents if "Hodonín" in e.text}


def test_a_known_city_after_in_is_the_city_whatever_the_recogniser_said() -> None:
    # the recogniser takes 'Montevideo' here for a date
    facts = read("Talks\n\nThe next meeting of the council will be held in Montevideo in March, when Chile takes over "
                 "the chair.\n")
    assert places(facts).get("Montevideo") == ("City", "uruguay")


def test_a_town_of_the_story_after_travel_to_is_the_town() -> None:
    # 'Shusha' is taken for a person; Azerbaijan is written of (as 'Azerbaijani')
    facts = read("Talks\n\nOn 2 June, President Ana Lopes will travel to Shusha, where she will be accompanied by the "
                 "Azerbaijani foreign minister.\n")
    assert places(facts).get("Shusha") == ("City", "azerbaijan")


def test_a_known_city_before_its_country_is_the_city() -> None:
    facts = read("Talks\n\nThe forum of Dubrovnik, Croatia, opens today.\n\nAna Lopes flew home after Montevideo, "
                 "Uruguay, hosted the talks.\n")
    found = places(facts)
    assert found.get("Dubrovnik") == ("City", "croatia")
    assert found.get("Montevideo") == ("City", "uruguay")


def test_a_month_after_in_is_not_a_place() -> None:
    facts = read("Talks\n\nThe ministers Ana Lopes and Tom Berg will meet again in May in the capital of Chile.\n")
    assert "May" not in places(facts)


def test_a_thing_named_by_an_acronym_is_not_an_organisation() -> None:
    facts = read("Talks\n\nThe minister Ana Lopes said the LNG terminal, closed during the COVID-19 pandemic, would "
                 "reopen, the Ruritanian Ministry of Energy said.\n")
    names = {o.name for o in facts.organizations}
    assert "LNG" not in names and "COVID-19" not in names


def test_a_hyphenated_country_is_one_place_not_its_first_part() -> None:
    facts = read("Talks\n\nThe minister Ana Lopes flew to Guinea-Bissau on Monday.\n")
    found = places(facts)
    assert found.get("Guinea-Bissau") == ("Country", None)
    assert "Guinea" not in found


def test_a_town_of_five_to_fifteen_thousand_people_is_a_place_where_its_country_is_written_of() -> None:
    # Zermatt (about 6,600 people) is in the reference data's towns since they reach down to 5,000
    swiss = read("Talks\n\nThe Swiss minister Ana Lopes last met her guest on 3 March in Zermatt, at a forum.\n")
    assert places(swiss).get("Zermatt") == ("City", "switzerland")
    elsewhere = read("Talks\n\nThe minister Ana Lopes said the goods came from Zermatt, at a forum.\n")
    assert "Zermatt" not in places(elsewhere)


def test_a_name_not_in_the_data_where_a_meeting_was_held_is_a_place() -> None:
    # 'Belvora' is no town of the reference data; the sentence says a meeting was there
    met = read("Talks\n\nThe ministers recalled their meeting on 6 August in Belvora, on the margins of a forum.\n")
    assert places(met).get("Belvora") == ("City", None)
    held = read("Talks\n\nThe two presidents met in Belvora on Monday, the minister Ana Lopes said.\n")
    assert places(held).get("Belvora") == ("City", None)


def test_a_name_not_in_the_data_after_in_without_a_meeting_is_not_a_place() -> None:
    facts = read("Talks\n\nFighting continued in Belvora, the minister Ana Lopes said.\n")
    assert "Belvora" not in places(facts)


def test_a_journey_to_a_name_not_in_the_data_is_to_a_place() -> None:
    # the recogniser may take the name for a person's: a journey's end is a place all the same
    facts = read("Talks\n\nTomorrow, the minister Ana Lopes will call on the President before travelling to "
                 "Sarnivo, the birthplace of the poet.\n")
    assert places(facts).get("Sarnivo") == ("City", None)


def test_a_name_ending_in_city_is_a_city() -> None:
    facts = read("Talks\n\nThe minister Ana Lopes said the government would open a consular office in "
                 "Belvora City.\n")
    assert places(facts).get("Belvora City") == ("City", None)


def test_a_name_in_a_meetings_topic_is_not_where_it_was_held() -> None:
    # 'in Belvora' hangs on 'conflict', the summit's subject, not on the meeting
    facts = read("Talks\n\nThe leaders Ana Lopes and Rui Costa met at a summit on the conflict in Belvora.\n")
    assert "Belvora" not in places(facts)
