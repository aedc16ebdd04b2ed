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


def test_leaders_and_officials_of_a_bloc_adopt_its_declaration_and_its_communique_speaks_for_it() -> None:
    text = ("Summit ends\n\nLeaders and senior officials of the Organisation of Atlantic Cooperation (OAC) adopted the "
            "Kelvar Declaration and a final communiqué on Sunday.\n\n"
            "In the Kelvar Declaration, the member states pledged \"to protect the coral reefs together\". "
            "The final communiqué called for an end to illegal fishing.\n")
    facts = read(text)
    org = next(o.id for o in facts.organizations
               if "Organisation of Atlantic Cooperation" in (o.name, *o.alternate_names))
    declaration = next(d for d in facts.documents if d.name == "Kelvar Declaration" and d.authors)
    assert declaration.authors == [org]
    said = {s.text: s.speaker for s in facts.statements}
    assert said["to protect the coral reefs together"] == org
    assert said["an end to illegal fishing"] == org


def test_the_two_governments_of_a_joint_statement_are_the_two_countries() -> None:
    text = ("Ministers meet\n\nPortuguese Foreign Minister Rui Tavares received Chilean Foreign Minister Ana Soto "
            "in Lisbon on Monday.\n\n"
            "In the joint statement the two governments commit to \u201ca lasting dialogue on fisheries\u201d.\n")
    facts = read(text)
    said = [s.speaker for s in facts.statements if s.text == "a lasting dialogue on fisheries"]
    assert sorted(said) == ["chile", "portugal"]


def test_a_bare_title_two_people_hold_is_the_one_the_story_names_first() -> None:
    text = ("Call\n\nPrime Minister Jan Holm spoke by telephone today with the Prime Minister of Chile, Ana Soto.\n\n"
            "Prime Minister Soto thanked Denmark for its support.\n\n"
            "\u201cChile has shown what a small economy can do with good partners,\u201d the Prime Minister said "
            "during the conversation.\n")
    facts = read(text)
    said = [s.speaker for s in facts.statements if s.text.startswith("Chile has shown")]
    assert said == ["jan-holm"]
