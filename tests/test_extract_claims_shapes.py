"""Sentences the article asserts in its own voice: a country's past in a clause on it, 'the first
... in more than N years', a measure or a count, a body's vote, a figure 'according to ... figures',
a standing told in a verb joined on. Quotes, reported words and plain descriptions stay out."""

from __future__ import annotations

from tests.extracting import read

LEAD = ("Ministers meet\n\nWhy you can trust SCMP\n"
        "Foreign Minister Lena Holt of Norland met her Valdorian counterpart Pavel Ris in Varsia on Monday.\n\n")


def claims(body: str) -> list[str]:
    return [c.text for c in read(LEAD + body + "\n").claims]


def test_a_countrys_past_year_in_a_clause_on_it() -> None:
    text = "Chile, which joined the trade bloc in 1994, has seen its exports grow every year."
    assert claims(text) == [text]


def test_the_first_visit_in_more_than_n_years() -> None:
    text = "It is the first official visit by a sitting Valdorian minister to Chile in more than twenty years."
    assert claims(text) == [text]


def test_a_border_measured() -> None:
    text = "Chile and Peru share a land border of more than 1,700 kilometres."
    assert claims(text) == [text]


def test_a_bloc_counted() -> None:
    text = "NATO has 32 member states."
    assert claims(text) == [text]


def test_a_councils_vote_on_a_day() -> None:
    text = "The U.N. Security Council voted on Sept. 12 to extend the peacekeeping mission in Chile."
    assert claims(text) == [text]


def test_a_figure_according_to_government_figures() -> None:
    text = "Chilean-Peruvian trade stood at about $400 million in 2023, according to Chilean government figures."
    assert claims(text) == [text]


def test_a_standing_in_a_joined_verb() -> None:
    text = "Chile has supported Peru's mining sector since the 1990s and is one of the country's largest investors."
    assert claims(text) == [text]


def test_words_according_to_a_person_and_a_plan_to_vote_are_no_claims() -> None:
    assert claims("Trade stood at about $400 million in 2023, according to the minister.") == []
    assert claims("The Security Council will vote on Sept. 12 on the mission.") == []
    assert claims("\u201cChile and Peru share a border of 1,700 kilometres,\u201d Holt said.") == []


def test_a_country_among_the_ranked() -> None:
    text = "Norway is among the largest bilateral donors supporting reforms in Ghana."
    assert claims(text) == [text]


def test_a_rank_a_country_is_brought_to() -> None:
    text = "Some 300 Irish soldiers arrived in the region in April, making Ireland the mission's second largest " \
        "contributor after Fiji."
    assert claims(text) == [text]


def test_countries_members_of_a_body() -> None:
    text = "Chile and Peru are both members of the Pacific Alliance and the United Nations."
    assert claims(text) == [text]


def test_an_anniversary_of_relations() -> None:
    text = "Chile and Peru will mark 50 years of diplomatic relations next year."
    assert claims(text) == [text]


def test_one_of_the_ranked_made_by_a_count() -> None:
    text = "Around 12,000 Peruvians visited Chile last year, making Peru one of the country's five largest markets."
    assert claims(text) == [text]


def test_a_perfect_since_a_clause_with_its_year() -> None:
    text = "Chile's ties with the European Union have improved since the ruling Progress Party signed it in 2021."
    assert claims(text) == [text]


def test_members_said_by_someone_stay_out() -> None:
    assert claims("Chile and Peru are both members of the Pacific Alliance, the minister said.") == []
