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


def test_shapes_parsed_once_give_the_findings_of_pyshacl_validate() -> None:
    """validate_graph reuses pySHACL's parsed shapes across calls; pyshacl.validate parses them
    every time. Same graphs, same report, valid or not, in any order."""
    from pyshacl import validate

    from diplograph.validate import _use_caching_processor, shapes_graph

    graph = build_article(READOUT, facts=READOUT.with_suffix(".yaml")).graph
    broken = build_article(READOUT, facts=READOUT.with_suffix(".yaml")).graph
    broken.update("""PREFIX schema: <https://schema.org/>
        DELETE { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n }""")
    for data in (graph, broken, graph, broken):
        ours = validate_graph(data)
        _use_caching_processor()
        conforms, report, _text = validate(data, shacl_graph=shapes_graph(), inference="none", advanced=True,
                                           allow_warnings=True, inplace=True)
        assert ours.conforms == conforms
        assert len(ours.report) == len(report)
    assert not validate_graph(broken).conforms and validate_graph(graph).conforms
