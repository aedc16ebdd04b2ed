"""The facts file: what a reviewer edits. Malformed files name the line and the field."""

from __future__ import annotations

import pytest

from diplograph.errors import FactsError
from diplograph.factsfile import dump_facts, dump_facts_json, parse_facts, read_facts

from .conftest import DEV_FACTS

MINIMAL = """\
article:
  source: a.txt
  headline: Leaders meet
people:
  - id: anna
    name: Anna Berg
    represents: sweden
places:
  - {id: sweden, name: Sweden, type: Country}
events:
  - id: talks
    type: meeting
    attendees: [anna]
    start: 2024-05-02
    evidence:
      - {text: "met", start: 4, end: 7}
"""


def error_of(text: str) -> str:
    with pytest.raises(FactsError) as caught:
        parse_facts(text, source="f.yaml")
    return str(caught.value)


def test_the_reviewed_development_facts_read_and_write_back_unchanged() -> None:
    facts = read_facts(DEV_FACTS)
    assert [p.name for p in facts.people][:2] == ["Qin Gang", "Sergey Lavrov"]
    again = parse_facts(dump_facts(facts))
    assert again == facts
    assert parse_facts(dump_facts_json(facts)) == facts


def test_an_unquoted_yaml_date_is_read_as_the_iso_text() -> None:
    facts = parse_facts(MINIMAL)
    assert facts.events[0].start == "2024-05-02"


def test_dump_quotes_dates_so_they_stay_text_and_is_stable() -> None:
    facts = parse_facts(MINIMAL)
    text = dump_facts(facts)
    assert "start: '2024-05-02'" in text
    assert dump_facts(parse_facts(text)) == text


def test_an_impossible_date_names_line_and_field() -> None:
    message = error_of(MINIMAL.replace("start: 2024-05-02", "start: 2023-13-45"))
    assert message == "f.yaml:14: events[0].start: '2023-13-45' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"


def test_an_unknown_field_is_refused_with_its_line() -> None:
    message = error_of(MINIMAL.replace("    represents: sweden", "    represent: sweden"))
    assert message.startswith("f.yaml:7: people[0].represent: unknown field")


def test_a_reference_to_a_missing_id_is_refused() -> None:
    message = error_of(MINIMAL.replace("attendees: [anna]", "attendees: [anna, bo]"))
    assert message == "f.yaml:13: events[0].attendees[1]: 'bo' is not the id of a person or organization"


def test_a_person_must_represent_a_country_not_any_place() -> None:
    text = MINIMAL.replace("type: Country}", "type: City}")
    assert "is not the id of a place of type Country" in error_of(text)


def test_ids_are_unique_across_sections() -> None:
    text = MINIMAL.replace("  - {id: sweden,", "  - {id: anna,").replace("represents: sweden", "represents: anna")
    assert "the id 'anna' is used twice" in error_of(text)


def test_an_evidence_span_that_ends_before_it_starts_is_refused() -> None:
    message = error_of(MINIMAL.replace("start: 4, end: 7", "start: 7, end: 4"))
    assert "events[0].evidence[0].end: end 4 precedes start 7" in message


def test_an_evidence_span_must_be_as_long_as_its_words() -> None:
    message = error_of(MINIMAL.replace("start: 4, end: 7", "start: 4, end: 9"))
    assert "is 5 characters long but the text has 3" in message


def test_an_unknown_event_type_lists_the_allowed_ones() -> None:
    message = error_of(MINIMAL.replace("type: meeting", "type: party"))
    assert "events[0].type: 'party' is not one of: meeting, phone_call, visit, summit, conference" in message


def test_broken_yaml_names_its_line() -> None:
    message = error_of("article:\n  source: a.txt\n  headline: [unclosed\n")
    assert message.startswith("f.yaml:4: not valid YAML")


def test_a_missing_required_field_is_named() -> None:
    assert "the field 'name' is required" in error_of(MINIMAL.replace("    name: Anna Berg\n", ""))


def test_an_empty_file_is_refused() -> None:
    assert error_of("# nothing here\n") == "f.yaml: the facts file is empty"


def test_odd_characters_in_names_survive_a_facts_file_round_trip() -> None:
    # Found by tests/test_properties.py: YAML wrote NEL raw and read it back as a space, JSON
    # wrote DEL and C1 controls raw and the reader (YAML) refused them.
    from diplograph.model import Article, Facts, Organization

    for name in ("ab\x85", "a\x97b", "x\u2028y\u2029", "\x7f", "\ufeffa"):
        facts = Facts(article=Article(source="a.txt"), organizations=[Organization(id="o", name=name)])
        assert parse_facts(dump_facts(facts)) == facts
        assert parse_facts(dump_facts_json(facts)) == facts
