"""`diplograph validate`: passes a built graph, fails broken copies in plain words."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from diplograph.cli import main

from .conftest import DEV_ARTICLE, DEV_FACTS, PUBLISHED, ROOT, require_acceptance

DATA = ROOT / "tests" / "data"
PREFIXES = """
PREFIX schema: <https://schema.org/>
PREFIX dipl: <https://w3id.org/diplograph/vocab#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
BREAKS = {
    "a meeting that has no attendee": (
        "DELETE { ?m schema:attendee ?a } WHERE { ?m a dipl:Meeting ; schema:attendee ?a }",
        "a meeting or phone call must have at least one attendee"),
    "a statement with no speaker": (
        "DELETE { ?s schema:creator ?a } WHERE { ?s a dipl:Statement ; schema:creator ?a }",
        "a statement must have a speaker (schema:creator)"),
    "a date 2023-13-45": (
        "DELETE { ?e schema:startDate ?d } INSERT { ?e schema:startDate '2023-13-45'^^xsd:date } "
        "WHERE { ?e a dipl:Visit ; schema:startDate ?d }",
        "the start date must be one valid xsd:date, xsd:gYearMonth or xsd:gYear"),
    "an evidence span whose end precedes its start": (
        "DELETE { ?p oa:end ?e } INSERT { ?p oa:end ?n } "
        "WHERE { ?p a oa:TextPositionSelector ; oa:start ?s ; oa:end ?e BIND(?s - 1 AS ?n) }",
        "the evidence span ends before it starts (oa:end must be greater than oa:start)"),
}


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(params=["readout", "development article"])
def built(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    out = tmp_path / "graph.ttl"
    if request.param == "readout":
        args = [str(DATA / "readout.txt"), "--facts", str(DATA / "readout.yaml")]
    else:
        require_acceptance()
        args = [str(DEV_ARTICLE), "--facts", str(DEV_FACTS), "--published", PUBLISHED]
    assert invoke("build", *args, "-o", str(out))[0] == 0
    return out


def test_a_built_graph_passes(built: Path) -> None:
    code, out, _err = invoke("validate", str(built))
    assert code == 0
    assert out.startswith(f"{built}: conforms")


@pytest.mark.parametrize("what", list(BREAKS))
def test_a_broken_copy_fails_with_the_reason_in_plain_words(built: Path, tmp_path: Path, what: str) -> None:
    update, message = BREAKS[what]
    graph = Graph().parse(built)
    graph.update(PREFIXES + update)
    copy = tmp_path / "broken.ttl"
    copy.write_text(graph.serialize(format="turtle"), encoding="utf-8")
    code, out, err = invoke("validate", str(copy))
    assert code == 1
    assert message in err
    assert "Traceback" not in err
    assert "violations" in out
    assert "Error: 1 of 1 files do not conform to the shapes" in err


@pytest.mark.parametrize("fmt", ["json-ld", "nt", "trig", "nquads"])
def test_every_rdf_syntax_is_read(tmp_path: Path, fmt: str) -> None:
    ext = {"json-ld": "jsonld", "nt": "nt", "trig": "trig", "nquads": "nq"}[fmt]
    out = tmp_path / f"graph.{ext}"
    assert invoke("build", str(DATA / "readout.txt"), "--facts", str(DATA / "readout.yaml"), "-o", str(out))[0] == 0
    code, stdout, _err = invoke("validate", str(out))
    assert code == 0
    assert "conforms" in stdout


def test_report_is_written_as_a_shacl_validation_report(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix schema: <https://schema.org/> .\n<urn:x:p> a schema:Person .\n", encoding="utf-8")
    report = tmp_path / "report.ttl"
    code, _out, _err = invoke("validate", str(bad), "--report", str(report))
    assert code == 1
    answer = Graph().parse(report).query(
        "ASK { ?r <http://www.w3.org/ns/shacl#conforms> false }")
    assert answer.askAnswer


def test_an_unparseable_file_names_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix schema: <https://schema.org/> .\n\n<urn:x:p> schema:name \"open .\n", encoding="utf-8")
    code, _out, err = invoke("validate", str(bad))
    assert code == 1
    assert err.startswith(f"Error: {bad}: not valid turtle:")
    assert "line 3" in err
    assert len(err.strip().splitlines()) == 1


def test_a_remote_json_ld_context_is_refused_not_fetched(tmp_path: Path) -> None:
    doc = tmp_path / "remote.jsonld"
    doc.write_text('{"@context": "https://schema.org/", "@id": "urn:x:p", "@type": "Person"}', encoding="utf-8")
    code, _out, err = invoke("validate", str(doc))
    assert code == 1
    assert "refers to a remote JSON-LD context (https://schema.org/)" in err
