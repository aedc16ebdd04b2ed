"""Statements, claims and documents of the twelfth round's kinds, on invented sentences."""

from __future__ import annotations

from .extracting import read


def test_a_countrys_standing_in_the_perfect_is_the_articles_claim() -> None:
    text = ("Ministers meet\n\nWhy you can trust SCMP\n"
            "Foreign Minister Lena Holt of Norway met her Chilean counterpart in Santiago on Monday.\n\n"
            "Norway has served as a mediator of Chile's fisheries talks for more than a decade.\n")
    facts = read(text)
    assert [c.text for c in facts.claims] == [
        "Norway has served as a mediator of Chile's fisheries talks for more than a decade."]


def test_one_of_a_countrys_largest_partners_is_the_articles_claim() -> None:
    text = ("Leaders meet\n\nWhy you can trust SCMP\n"
            "President Tom Varga of Hungary met Kenyan President Paul Otieno in Nairobi on Monday.\n\n"
            "Hungary is one of Kenya's largest trading partners in Europe.\n")
    facts = read(text)
    assert [c.text for c in facts.claims] == ["Hungary is one of Kenya's largest trading partners in Europe."]


def test_a_plain_description_of_a_country_is_no_claim() -> None:
    text = ("Leaders meet\n\nWhy you can trust SCMP\n"
            "President Tom Varga of Hungary met Kenyan President Paul Otieno in Nairobi on Monday.\n\n"
            "Hungary is a member of the European Union.\n")
    assert read(text).claims == []
