"""When the store fails: a real Oxigraph server stopped in the middle of a load, and small
HTTP servers that answer 503, 404 or nothing at all. Each failure is one clear line, safe
requests are retried, and every article graph is left whole: the old one or the new one."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from diplograph.cli import main
from diplograph.store import EndpointStore, StoreError, load_graphs

from .conftest import OxigraphServer

SCHEMA_NAME = ox.NamedNode("https://schema.org/name")


def article_graphs(version: str, count: int = 8) -> dict[str, list[ox.Quad]]:
    """``count`` small article graphs; every triple says which version it belongs to."""
    graphs = {}
    for n in range(count):
        name = f"https://example.org/article/{n}"
        graph = ox.NamedNode(name)
        graphs[name] = [ox.Quad(ox.NamedNode(f"{name}/fact/{k}"), SCHEMA_NAME, ox.Literal(f"{version} {k}"), graph)
                        for k in range(50)]
    return graphs


def versions_in(server: OxigraphServer) -> dict[str, set[str]]:
    answer = EndpointStore(server.query_url).query(
        "SELECT ?g ?name WHERE { GRAPH ?g { ?s <https://schema.org/name> ?name } }")
    found: dict[str, set[str]] = {}
    for graph, name in answer.rows:
        assert graph is not None and name is not None
        found.setdefault(graph.value, set()).add(name.value.split()[0])
    return found


def test_a_server_that_dies_mid_load_leaves_each_graph_old_or_new(tmp_path: Path) -> None:
    folder = tmp_path / "oxigraph"
    server = OxigraphServer(folder)
    try:
        load_graphs(EndpointStore(server.store_url), article_graphs("old"))
        loaded: list[str] = []

        def stop_after_three(name: str) -> None:
            loaded.append(name)
            if len(loaded) == 3:
                server.stop()  # the server dies between two PUTs of one batch

        with pytest.raises(StoreError) as failure:
            load_graphs(EndpointStore(server.store_url, retries=2), article_graphs("new"), on_graph=stop_after_three)
        assert "cannot reach the store" in str(failure.value) and "after 2 attempts" in str(failure.value)
    finally:
        server.stop()
    restarted = OxigraphServer(folder)  # the same data folder, as after a restart
    try:
        found = versions_in(restarted)
        assert set(found) == set(article_graphs("x"))
        assert all(len(versions) == 1 for versions in found.values()), found  # never a mix
        assert sorted(v.pop() for v in found.values()) == ["new"] * 3 + ["old"] * 5
        count = EndpointStore(restarted.query_url).query(
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows[0][0]
        assert count is not None and count.value == str(8 * 50)
    finally:
        restarted.stop()


class Scripted(http.server.BaseHTTPRequestHandler):
    """Answers each request with the next status of ``script``; records what it was asked."""

    script: ClassVar[list[int]] = []
    seen: ClassVar[list[str]] = []

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        type(self).seen.append(f"{self.command} {self.path} {self.headers.get('Authorization', '')}")
        status = type(self).script.pop(0) if type(self).script else 204
        self.send_response(status)
        body = b"the store is busy" if status >= 400 else b""
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_PUT = do_DELETE = do_POST = _answer

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def scripted() -> Iterator[tuple[str, type[Scripted]]]:
    handler = type("Handler", (Scripted,), {"script": [], "seen": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/store", handler
    finally:
        server.shutdown()
        server.server_close()


def test_a_503_is_retried_and_the_load_goes_through(scripted: tuple[str, type[Scripted]]) -> None:
    url, handler = scripted
    handler.script = [503, 503]
    report = load_graphs(EndpointStore(url), article_graphs("new", count=1))
    assert report.graphs == 1
    assert [line.split()[0] for line in handler.seen] == ["PUT", "PUT", "PUT"]


def test_a_4xx_is_not_retried_and_is_reported_with_its_status(scripted: tuple[str, type[Scripted]],
                                                               tmp_path: Path) -> None:
    url, handler = scripted
    handler.script = [404]
    graph = tmp_path / "g.nq"
    graph.write_bytes(ox.serialize(article_graphs("new", count=1)["https://example.org/article/0"],
                                   format=ox.RdfFormat.N_QUADS) or b"")
    result = CliRunner().invoke(main, ["load", str(graph), "--endpoint", url])
    assert result.exit_code == 1
    assert result.stderr == (f"Error: PUT {url}?graph=https%3A%2F%2Fexample.org%2Farticle%2F0: "
                             "HTTP 404 (the store is busy)\n")
    assert len(handler.seen) == 1


def test_credentials_go_in_a_header_never_in_output(scripted: tuple[str, type[Scripted]], tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    url, handler = scripted
    handler.script = [500, 500, 500]
    monkeypatch.setenv("DIPLOGRAPH_ENDPOINT_TOKEN", "tok-123-secret")
    graph = tmp_path / "g.nq"
    graph.write_bytes(ox.serialize(article_graphs("new", count=1)["https://example.org/article/0"],
                                   format=ox.RdfFormat.N_QUADS) or b"")
    result = CliRunner().invoke(main, ["load", str(graph), "--endpoint", url])
    assert result.exit_code == 1
    assert "HTTP 500" in result.stderr and "after 3 attempts" in result.stderr
    assert "tok-123-secret" not in result.stdout + result.stderr
    assert all(line.endswith("Bearer tok-123-secret") for line in handler.seen)


def test_a_server_that_never_answers_times_out(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)  # accepts connections, never answers
    try:
        store = EndpointStore(f"http://127.0.0.1:{silent.getsockname()[1]}/store", timeout=0.3, retries=2)
        with pytest.raises(StoreError, match=r"cannot reach the store .*timed out.* after 2 attempts"):
            store.replace_graph("https://example.org/article/0", [])
    finally:
        silent.close()


def test_an_update_is_never_repeated(scripted: tuple[str, type[Scripted]]) -> None:
    """It may have been applied before the answer was lost: repeating it could apply it twice."""
    url, handler = scripted
    handler.script = [503]
    with pytest.raises(StoreError, match="HTTP 503"):
        EndpointStore(url).update("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert len(handler.seen) == 1
