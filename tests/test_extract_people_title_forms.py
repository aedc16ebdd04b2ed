"""Every printed form of a person's office is kept: 'Foreign Minister' in one sentence and
'Minister of Foreign Affairs' in another are the same office, and readers name it either way
(invented names)."""

from __future__ import annotations

from diplograph.factsfile import dump_facts, parse_facts
from diplograph.mapping import SCHEMA, facts_to_graph

from .extracting import person, read


def test_two_printed_forms_of_one_office_are_both_kept() -> None:
    facts = read("Berg meets Mora\n\nRuritanian Foreign Minister Ana Berg met her Osterlich counterpart Luis "
                 "Mora in Vaduz on Monday.\n\nAna Berg, Minister of Foreign Affairs of Ruritania, said the talks "
                 "had been useful.\n")
    berg = person(facts, "Ana Berg")
    assert berg.title == "Foreign Minister"
    assert berg.other_titles == ["Minister of Foreign Affairs"]


def test_a_bare_office_spelled_out_later_is_one_title() -> None:
    facts = read("Talks\n\nMinister Ana Berg of Ruritania met Luis Mora in Vaduz on Monday.\n\nAna Berg, "
                 "Minister of Foreign Affairs of Ruritania, said the talks had been useful.\n")
    berg = person(facts, "Ana Berg")
    assert berg.title == "Minister of Foreign Affairs"
    assert berg.other_titles == []


def test_two_offices_joined_before_a_name_are_not_one_persons_title() -> None:
    facts = read("Call\n\nPresident Luis Mora of Osterlich spoke by phone with the Prime Minister and "
                 "President Luis Mora's guest, Ana Berg.\n")
    assert not any("Prime Minister and President" in p.other_titles for p in facts.people)


def test_other_titles_are_job_titles_and_survive_the_facts_file() -> None:
    facts = read("Berg meets Mora\n\nRuritanian Foreign Minister Ana Berg met her Osterlich counterpart Luis "
                 "Mora in Vaduz on Monday.\n\nAna Berg, Minister of Foreign Affairs of Ruritania, said the talks "
                 "had been useful.\n")
    again = parse_facts(dump_facts(facts))
    assert person(again, "Ana Berg").other_titles == ["Minister of Foreign Affairs"]
    graph = facts_to_graph(again)
    titles = {str(o) for o in graph.objects(None, SCHEMA.jobTitle)}
    assert {"Foreign Minister", "Minister of Foreign Affairs"} <= titles
