"""Loading news graphs into a store and querying them: the embedded Oxigraph store and a live
Oxigraph server over HTTP (a real server on a free port, no mock).

The graphs are the test corpus (built in one batch, dates from a manifest), the development
article, and two reports of the same Arctic meeting (tests/data/readout and wire, built from
reviewed facts files). The README's queries are run as written there."""

from __future__ import annotations

import csv
import io
import re
import tomllib
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import main
from diplograph.store import EmbeddedStore, EndpointStore, StoreError

from .conftest import CORPUS, DEV_ARTICLE, DEV_FACTS, ROOT, OxigraphServer, require_acceptance

DATA = Path(__file__).parent / "data"
README = ROOT / "README.md"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def readme_queries() -> dict[str, str]:
    """The README's SPARQL blocks, by the name in their first comment line."""
    blocks = re.findall(r"```sparql\n# ([\w-]+)\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    return {name: body for name, body in blocks}


@pytest.fixture(scope="module")
def graphs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus, the development article and the two Arctic reports, as TriG files."""
    folder = tmp_path_factory.mktemp("graphs")
    manifest = folder / "manifest.csv"
    rows = [tomllib.loads(g.read_text(encoding="utf-8")) for g in sorted(CORPUS.glob("*.toml"))]
    manifest.write_text("file,published\n" + "".join(f"{r['article']},{r['published']}\n" for r in rows),
                        encoding="utf-8")
    code, _out, err = run("build", str(CORPUS), "-o", str(folder / "corpus"), "--format", "trig",
                          "--manifest", str(manifest), "--jobs", "2")
    assert code == 0, err
    for name in ("readout", "wire"):
        code, _out, err = run("build", str(DATA / f"{name}.txt"), "--facts", str(DATA / f"{name}.yaml"),
                              "-o", str(folder / "corpus" / f"{name}.trig"))
        assert code == 0, err
    require_acceptance()
    code, _out, err = run("build", str(DEV_ARTICLE), "--facts", str(DEV_FACTS), "--published", "2023-04-14",
                          "-o", str(folder / "corpus" / "dev.trig"))
    assert code == 0, err
    return folder / "corpus"


def rows(csv_text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(csv_text)))


def count(where: list[str]) -> int:
    code, out, err = run("query", COUNT, *where, "--format", "csv")
    assert code == 0, err
    return int(rows(out)[0]["n"])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    live = OxigraphServer(tmp_path_factory.mktemp("oxigraph"))
    try:
        yield live
    finally:
        live.stop()


@pytest.fixture(params=["embedded", "http"])
def loaded(request: pytest.FixtureRequest, graphs: Path, tmp_path: Path) -> dict[str, list[str]]:
    """Everything loaded twice into a fresh store of each kind; options for load and query."""
    if request.param == "embedded":
        store = ["--store", str(tmp_path / "store")]
        options = {"load": store, "query": store, "update": store}
    else:
        live: OxigraphServer = request.getfixturevalue("server")
        live_update = urllib.request.Request(live.update_url, data=b"DROP ALL", method="POST",
                                             headers={"Content-Type": "application/sparql-update"})
        urllib.request.urlopen(live_update, timeout=10).read()
        options = {"load": ["--endpoint", live.store_url], "query": ["--endpoint", live.query_url],
                   "update": ["--endpoint", live.update_url]}
    code, _out, err = run("load", str(graphs), *options["load"])
    assert code == 0, err
    first = count(options["query"])
    code, _out, err = run("load", str(graphs), *options["load"])
    assert code == 0, err
    assert count(options["query"]) == first, "loading everything twice must not add a triple"
    return options


def test_loading_puts_each_article_in_its_own_graph_and_twice_changes_nothing(
        loaded: dict[str, list[str]], graphs: Path) -> None:
    code, out, err = run("query", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", *loaded["query"],
                         "--format", "csv")
    assert code == 0, err
    names = {row["g"] for row in rows(out)}
    assert len(names) == len(list(graphs.glob("*.trig")))
    assert "https://w3id.org/diplograph/id/article/wire" in names


def test_readme_timeline_query(loaded: dict[str, list[str]]) -> None:
    code, out, err = run("query", readme_queries()["timeline"], *loaded["query"], "--format", "csv")
    assert code == 0, err
    found = rows(out)
    assert {"date": "2024-05-07", "kind": "meeting", "person": "Anna Berg", "other": "Mikko Laine",
            "place": "Tromsø"} in found
    assert len(found) >= 15  # the corpus is full of meetings and calls
    dated = [r["date"] for r in found if r["date"]]
    assert dated == sorted(dated)


def test_readme_query_of_what_a_person_said_gives_the_sentence(loaded: dict[str, list[str]]) -> None:
    code, out, err = run("query", readme_queries()["said"], *loaded["query"], "--format", "csv")
    assert code == 0, err
    assert [(r["words"], r["sentence"], r["article"].rsplit("/", 1)[-1]) for r in rows(out)] == [
        ("Sweden was ready to share its icebreakers with Finland",
         "Berg said Sweden was ready to share its icebreakers with Finland.", "wire"),
        ("The Arctic must remain a region of low tension,",
         '"The Arctic must remain a region of low tension," Berg told Laine', "readout"),
    ]


def test_readme_query_of_events_in_a_country_over_a_date_range(loaded: dict[str, list[str]]) -> None:
    code, out, err = run("query", readme_queries()["events-in-country"], *loaded["query"], "--format", "csv")
    assert code == 0, err
    assert [(r["start"], r["kind"], r["name"], r["place"]) for r in rows(out)] == [
        ("2024-05-07", "conference", "Arctic Council conference", "Tromsø"),
        ("2024-05-07", "meeting", "Meeting: Anna Berg, Mikko Laine (Tromsø, 2024-05-07)", "Tromsø"),
    ]


def test_readme_query_of_articles_reporting_the_same_event(loaded: dict[str, list[str]]) -> None:
    code, out, err = run("query", readme_queries()["same-event"], *loaded["query"], "--format", "csv")
    assert code == 0, err
    found = rows(out)
    meeting = [r["article"].rsplit("/", 1)[-1] for r in found if "/event/meeting/2024-05-07/" in r["event"]]
    assert meeting == ["readout", "wire"]
    assert {r["headline"] for r in found if r["event"].endswith(meeting_iri(found))} == {
        "Nordic ministers agree to deepen Arctic cooperation", "Finland and Sweden pledge joint Arctic rescue effort"}


def meeting_iri(found: list[dict[str, str]]) -> str:
    return next(r["event"] for r in found if "/event/meeting/2024-05-07/" in r["event"])


def test_drop_removes_one_article_and_nothing_else(loaded: dict[str, list[str]]) -> None:
    before = count(loaded["query"])
    wire = "https://w3id.org/diplograph/id/article/wire"
    code, _out, err = run("drop", wire, *loaded["load"])
    assert code == 0, err
    after = count(loaded["query"])
    assert 100 < before - after < 200  # the wire report's graph: 134 triples
    code, _out, err = run("drop", wire, *loaded["load"])
    assert code == 1
    assert "no such graph" in err


def test_a_query_cannot_change_the_store_unless_update_is_given(loaded: dict[str, list[str]]) -> None:
    before = count(loaded["query"])
    insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> <urn:x:c> } }"
    code, _out, err = run("query", insert, *loaded["query"])
    assert code == 1
    assert err.count("\n") == 1
    assert count(loaded["query"]) == before
    code, _out, err = run("query", insert, *loaded["update"], "--update")
    assert code == 0, err
    assert count(loaded["query"]) == before + 1


def test_a_graph_read_back_from_the_server_still_conforms(graphs: Path, server: OxigraphServer,
                                                          tmp_path: Path) -> None:
    """Oxigraph normalises some datatypes on the way in; our literals survive the round trip."""
    code, _out, err = run("load", str(graphs / "readout.trig"), "--endpoint", server.store_url)
    assert code == 0, err
    iri = "https://w3id.org/diplograph/id/article/readout"
    with urllib.request.urlopen(f"{server.store_url}?graph={iri}", timeout=10) as response:
        (tmp_path / "back.nt").write_bytes(response.read())
    code, out, err = run("validate", str(tmp_path / "back.nt"))
    assert code == 0, err
    assert "conforms" in out


def test_an_embedded_store_dump_still_conforms(graphs: Path, tmp_path: Path) -> None:
    code, _out, err = run("load", str(graphs / "readout.trig"), "--store", str(tmp_path / "store"))
    assert code == 0, err
    store = EmbeddedStore(tmp_path / "store")
    import pyoxigraph as ox

    store.store.dump(str(tmp_path / "dump.nq"), format=ox.RdfFormat.N_QUADS)
    store.close()
    code, out, err = run("validate", str(tmp_path / "dump.nq"))
    assert code == 0, err
    assert "conforms" in out


def test_an_unreachable_endpoint_is_one_clear_line(graphs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nothing listens here once the probe is closed
    monkeypatch.setenv("DIPLOGRAPH_ENDPOINT_USER", "editor")
    monkeypatch.setenv("DIPLOGRAPH_ENDPOINT_PASSWORD", "s3cret-pa55")
    code, out, err = run("load", str(graphs / "readout.trig"), "--endpoint", f"http://127.0.0.1:{port}/store")
    assert code == 1
    assert err.startswith(f"Error: PUT http://127.0.0.1:{port}/store?graph=")
    assert "cannot reach the store" in err and "after 3 attempts" in err
    assert err.count("\n") == 1
    assert "s3cret" not in out + err and "editor" not in out + err


def test_a_request_the_server_refuses_is_reported_with_its_status(graphs: Path, server: OxigraphServer) -> None:
    code, _out, err = run("query", "SELEKT nonsense", "--endpoint", server.query_url)
    assert code == 1
    assert "HTTP 400" in err
    assert err.count("\n") == 1


def test_credentials_in_the_endpoint_url_are_refused_without_echoing_them() -> None:
    code, out, err = run("load", "x.trig", "--endpoint", "http://editor:s3cret@127.0.0.1:1/store")
    assert code == 2
    assert "DIPLOGRAPH_ENDPOINT_USER" in err
    assert "s3cret" not in out + err


def test_a_graph_name_that_is_not_an_iri_is_refused(tmp_path: Path) -> None:
    code, _out, err = run("drop", "not an iri> } ; DROP ALL ; #", "--store", str(tmp_path / "store"))
    assert code == 2
    assert "is not an IRI" in err


def test_endpoint_store_sends_the_graph_as_a_document_not_as_a_query(server: OxigraphServer) -> None:
    """An article's words (quotes, braces, 'DROP ALL') travel as RDF data, never as SPARQL text."""
    import pyoxigraph as ox

    store = EndpointStore(server.store_url)
    graph = "https://example.org/article/odd"
    text = ox.Literal('"} } ; DROP ALL ; INSERT DATA { <a:b> <c:d> "e" } #')
    store.replace_graph(graph, [ox.Quad(ox.NamedNode("https://example.org/s"),
                                        ox.NamedNode("https://schema.org/text"), text, ox.NamedNode(graph))])
    answer = EndpointStore(server.query_url).query(f"SELECT ?t WHERE {{ GRAPH <{graph}> {{ ?s ?p ?t }} }}")
    assert answer.rows == [[text]]


def test_opening_a_store_that_is_not_a_folder_is_one_clear_line(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot open the store"):
        EmbeddedStore(tmp_path / "file")


def test_load_reads_the_http_schema_spelling_as_ours(tmp_path: Path) -> None:
    graph = tmp_path / "readout.trig"
    code, _out, err = run("build", str(DATA / "readout.txt"), "--facts", str(DATA / "readout.yaml"), "-o",
                          str(graph), "--schema-namespace", "http")
    assert code == 0, err
    assert "<http://schema.org/>" in graph.read_text(encoding="utf-8")
    store = ["--store", str(tmp_path / "store")]
    code, _out, err = run("load", str(graph), *store)
    assert code == 0, err
    code, out, err = run("query", "PREFIX schema: <https://schema.org/> SELECT ?n WHERE { GRAPH ?g "
                         "{ ?p a schema:Person ; schema:name ?n } } ORDER BY ?n", *store, "--format", "csv")
    assert code == 0, err
    assert rows(out) == [{"n": "Anna Berg"}, {"n": "Mikko Laine"}]
    code, out, err = run("query", "ASK { GRAPH ?g { ?s ?p <http://schema.org/Person> } }", *store)
    assert out == "false\n"
