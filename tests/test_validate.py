"""The validate stage's own behaviour (the shapes themselves are tested in test_shapes.py)."""

from __future__ import annotations

from pathlib import Path

from diplograph.api import build_article
from diplograph.validate import _translated, validate_graph

READOUT = Path(__file__).parent / "data" / "readout.txt"


def test_each_sparql_constraint_is_parsed_once_not_once_per_focus_node() -> None:
    graph = build_article(READOUT, facts=READOUT.with_suffix(".yaml")).graph
    validate_graph(graph)
    parsed = _translated.cache_info().misses
    again = validate_graph(graph)
    assert _translated.cache_info().misses == parsed
    assert _translated.cache_info().hits > 0
    assert again.conforms


def test_a_cached_query_still_sees_each_focus_node() -> None:
    graph = build_article(READOUT, facts=READOUT.with_suffix(".yaml")).graph
    validate_graph(graph)  # warm the cache with the valid graph
    graph.update("""PREFIX schema: <https://schema.org/>
        INSERT { ?e schema:endDate "2001-01-01"^^<http://www.w3.org/2001/XMLSchema#date> }
        WHERE { ?e schema:startDate ?s }""")
    messages = {f.message for f in validate_graph(graph).violations}
    assert "the event ends before it starts" in messages
