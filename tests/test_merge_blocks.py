"""Merge in canonical N-Quads blocks: the same bytes and the same reconciliation as merging
pyoxigraph quads one by one, on inputs made to trip a line-based reading."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from diplograph.merge import _Scan, merge_files, merge_graphs
from diplograph.rdfio import (
    GraphBlocks,
    canonical_lines,
    canonical_nquads,
    read_article_graphs,
    read_graph_blocks,
    serialize_quads,
)

TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
S = "https://schema.org/"
ID = "https://example.org/id/"

# Out of order, a duplicate, a literal holding the text of a person's rdf:type line and of a
# schema:name line, a line break character other than LF in a literal, a blank node, two
# graphs interleaved, a graph whose name sorts before its prefix ("a-b" before "a" in <...>).
TRICKY = f"""<{ID}article/a> {TYPE} <{S}NewsArticle> <{ID}article/a> .
<{ID}person/zed> {TYPE} <{S}Person> <{ID}article/a> .
<{ID}person/zed> <{S}name> "Zed Ark" <{ID}article/a> .
<{ID}article/a-b> {TYPE} <{S}NewsArticle> <{ID}article/a-b> .
<{ID}x> <{S}description> "<{ID}fake> {TYPE} <{S}Person> <{ID}article/a> ." <{ID}article/a> .
<{ID}x> <{S}description> "y> <{S}name> \\"Not A Name\\"" <{ID}article/a-b> .
<{ID}person/zed> {TYPE} <{S}Person> <{ID}article/a> .
<{ID}person/amy> <{S}name> "Amy\u2028Line" <{ID}article/a-b> .
<{ID}person/amy> {TYPE} <{S}Person> <{ID}article/a-b> .
_:b0 <{S}name> "blank" <{ID}article/a-b> .
<{ID}person/zed> {TYPE} <{S}Person> <{ID}article/a-b> .
<{ID}loose> <{S}name> "in no graph" .
"""


@pytest.fixture
def tricky(tmp_path: Path) -> Path:
    path = tmp_path / "tricky.nq"
    path.write_text(TRICKY, encoding="utf-8")
    return path


def test_blocks_give_the_bytes_of_quad_by_quad_canonical_nquads(tricky: Path) -> None:
    blocks = read_graph_blocks([tricky])
    graphs = read_article_graphs([tricky])
    assert blocks.nquads() == canonical_nquads(graphs.quads())
    assert sorted(blocks.graphs) == sorted(graphs.graphs)
    assert GraphBlocks.of(graphs).nquads() == blocks.nquads()
    assert blocks.triple_count == 11  # the duplicate once


@pytest.mark.parametrize("fmt", ["nquads", "trig", "turtle", "nt", "json-ld"])
def test_a_merge_writes_what_serialize_quads_writes(tricky: Path, tmp_path: Path, fmt: str) -> None:
    trig = tmp_path / "more.trig"
    trig.write_text(f"<{ID}article/c> {{ <{ID}person/zed> a <{S}Person> ; <{S}name> \"Zed Ark\" . }}\n",
                    encoding="utf-8")
    result = merge_files([tricky, trig], validate=False)
    expected = serialize_quads(read_article_graphs([tricky, trig]).quads(), fmt)
    if fmt != "json-ld":  # (JSON-LD names blank nodes afresh on every run)
        assert result.serialize(fmt) == expected
    assert result.serialize("nquads", schema_namespace="http://schema.org/") == serialize_quads(
        read_article_graphs([tricky, trig]).quads(), "nquads", schema_namespace="http://schema.org/")


def test_the_scan_of_blocks_finds_what_the_scan_of_quads_finds(tricky: Path) -> None:
    by_blocks = _Scan.of_blocks(read_graph_blocks([tricky]))
    by_quads = _Scan()
    graphs = read_article_graphs([tricky])
    for name, quads in graphs.graphs.items():
        by_quads.add_quads(name, quads)
    by_quads.add_quads("", graphs.default)
    assert by_blocks.people == by_quads.people == {ID + "person/zed", ID + "person/amy"}
    assert by_blocks.spellings == by_quads.spellings
    assert by_blocks.spellings[ID + "person/amy"] == {"Amy\u2028Line": 1}
    people_names = {name: who for name, who in by_blocks.names.items() if who & by_blocks.people}
    assert people_names == {"Zed Ark": {ID + "person/zed"}, "Amy\u2028Line": {ID + "person/amy"}}
    # zed is typed in both article graphs, the fake line in a literal types nothing
    assert by_blocks.shared() == (1, 0)
    assert f"<{ID}fake>".encode() not in by_blocks.typed


def test_merging_blocks_and_merging_quads_agree_on_names(tmp_path: Path) -> None:
    other = tmp_path / "b.trig"
    other.write_text(f"""<{ID}article/b> {{ <{ID}article/b> a <{S}NewsArticle> .
        <{ID}person/sergey-morozov> a <{S}Person> ; <{S}name> "Sergey Morozov" . }}
        <{ID}article/c> {{ <{ID}article/c> a <{S}NewsArticle> .
        <{ID}person/sergey-morozov> a <{S}Person> ; <{S}name> "Sergei Morozov" . }}
        <{ID}article/d> {{ <{ID}person/sergey-morozov> a <{S}Person> ; <{S}name> "Sergei Morozov" . }}
        <{ID}article/e> {{ <{ID}person/sergei-morozov> a <{S}Person> ; <{S}name> "Sergei M." . }}
        """, encoding="utf-8")
    by_blocks = merge_files([other], validate=False)
    by_quads = merge_graphs(read_article_graphs([other]), validate=False)
    by_quads.counts.files = 1
    assert by_blocks.counts == by_quads.counts
    assert by_blocks.counts.names_made_alternate == 2 and by_blocks.counts.people_rekeyed == 1
    assert by_blocks.serialize("nquads") == by_quads.serialize("nquads")
    text = by_blocks.serialize("nquads").decode()
    assert f'<{ID}person/sergey-morozov> <{S}alternateName> "Sergey Morozov" <{ID}article/b> .' in text
    assert "sergei-morozov" not in text


def test_canonical_lines_in_order_already_or_not_are_the_same() -> None:
    lines = [b"<urn:a> <urn:b> <urn:c> <urn:g> .", b"<urn:a> <urn:b> <urn:d> <urn:g> .",
             b"<urn:b> <urn:b> <urn:c> <urn:g> ."]
    canonical = b"\n".join(lines) + b"\n"
    assert canonical_lines([canonical]) == canonical
    assert canonical_lines([b"\n".join(reversed(lines)) + b"\n"]) == canonical
    assert canonical_lines([canonical, lines[1] + b"\n"]) == canonical  # a duplicate
    assert canonical_lines([b"\n" + canonical]) == canonical  # an empty line
    assert canonical_lines([b""]) == b""
    parsed = list(ox.parse(canonical, format=ox.RdfFormat.N_QUADS))
    assert canonical_nquads(parsed) == canonical
