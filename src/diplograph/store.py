"""Stores: where news graphs are loaded and queried.

Two kinds, one interface:

- ``EmbeddedStore``: an on-disk Oxigraph store (pyoxigraph) in a folder, ``output/store`` by
  default. Nothing to install or run.
- ``EndpointStore``: any store that speaks the SPARQL 1.1 Graph Store HTTP Protocol (Oxigraph
  server, Apache Jena Fuseki, GraphDB, Virtuoso...). Loading PUTs each article's named graph,
  dropping DELETEs it, queries are POSTed to the SPARQL endpoint.

Loading an article replaces its graph, in one step: the store holds the old graph or the
new one, never both and never half. Loading twice leaves the same triples.

Nothing from an article is pasted into a query: graphs are sent as RDF documents, graph
names as a URL parameter or a checked IRI. Credentials come from the environment
(``DIPLOGRAPH_ENDPOINT_USER`` and ``DIPLOGRAPH_ENDPOINT_PASSWORD``, or
``DIPLOGRAPH_ENDPOINT_TOKEN``) and never appear in output or in error messages.
"""

from __future__ import annotations

import base64
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import DiplographError, UsageError

DEFAULT_STORE = Path("output") / "store"
RETRIES = 3  # attempts for requests that are safe to repeat (PUT, DELETE, queries)
TIMEOUT_S = 60.0
BATCH_QUADS = 250_000  # quads per transaction when loading the embedded store


class StoreError(DiplographError):
    """The store cannot be opened, reached, or did not accept the request."""


@dataclass
class QueryResult:
    """A SPARQL result: rows of a SELECT, the answer of an ASK, or the triples of a CONSTRUCT."""

    variables: list[str]
    rows: list[list[ox.NamedNode | ox.BlankNode | ox.Literal | None]]
    boolean: bool | None = None
    triples: list[ox.Triple] | None = None


def check_graph_name(name: str) -> ox.NamedNode:
    """An article's graph name as an IRI, or a UsageError: never a string pasted into SPARQL."""
    try:
        return ox.NamedNode(name)
    except ValueError:
        raise UsageError(f"{name!r} is not an IRI (give the article's IRI, as in the graph)") from None


def _result(answer: object) -> QueryResult:
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult(variables=[], rows=[], boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        variables = [v.value for v in answer.variables]
        rows = [[solution[v] for v in variables] for solution in answer]
        return QueryResult(variables=variables, rows=rows)
    assert isinstance(answer, ox.QueryTriples)
    return QueryResult(variables=[], rows=[], triples=list(answer))


class EmbeddedStore:
    """An on-disk Oxigraph store in ``path`` (created when missing)."""

    def __init__(self, path: str | Path = DEFAULT_STORE, *, read_only: bool = False, bulk: bool = False) -> None:
        self.path = Path(path)
        self.bulk = bulk
        self.location = str(self.path)
        try:
            if read_only:
                if not self.path.is_dir():
                    raise StoreError(f"{self.path}: no store here (load some graphs into it first)")
                self.store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.store = ox.Store(str(self.path))
        except OSError as error:
            raise StoreError(f"{self.path}: cannot open the store ({_first_line(error)})") from None

    def replace_graphs(self, graphs: Mapping[str, Sequence[ox.Quad]]) -> None:
        """Put each graph's quads in the store instead of what that graph held.

        Two transactions: one drops the graphs being replaced, one adds the new quads (all or
        nothing). A reader or a crash between them sees those articles absent, never half
        loaded and never doubled; loading again completes it. ``bulk`` (set on the store)
        uses Oxigraph's bulk loader instead, as ``oxigraph load`` does: fast, not atomic.
        """
        names = [check_graph_name(name) for name in sorted(graphs)]
        present = [g for g in names if self.store.contains_named_graph(g)]
        quads = (ox.Quad(q.subject, q.predicate, q.object, g) if q.graph_name != g else q
                 for g in names for q in graphs[g.value])
        try:
            if present:
                # graph names are checked IRIs (NamedNode), not text pasted from an article
                self.store.update(" ; ".join(f"DROP SILENT GRAPH {g}" for g in present))
            if self.bulk:
                self.store.bulk_extend(quads)
            else:
                self.store.extend(quads)
        except OSError as error:
            raise StoreError(f"{self.path}: cannot load ({_first_line(error)})") from None

    def replace_graph(self, name: str, quads: Sequence[ox.Quad]) -> None:
        self.replace_graphs({name: quads})

    def drop_graph(self, name: str) -> bool:
        graph = check_graph_name(name)
        if not self.store.contains_named_graph(graph):
            return False
        self.store.remove_graph(graph)
        return True

    def graph_names(self) -> list[str]:
        return sorted(g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))

    def triple_count(self) -> int:
        return len(self.store)

    def query(self, sparql: str) -> QueryResult:
        try:
            return _result(self.store.query(sparql))
        except SyntaxError as error:
            raise StoreError(f"not a SPARQL query: {_first_line(error)} (updates need --update)") from None
        except OSError as error:
            raise StoreError(f"{self.path}: query failed ({_first_line(error)})") from None

    def update(self, sparql: str) -> None:
        try:
            self.store.update(sparql)
        except SyntaxError as error:
            raise StoreError(f"not a SPARQL update: {_first_line(error)}") from None

    def close(self) -> None:
        self.store.flush()
        del self.store


class EndpointStore:
    """A store behind HTTP: ``url`` is its Graph Store Protocol endpoint for load and drop, or
    its SPARQL query (or update) endpoint for ``query``.

    Oxigraph server: ``http://host:7878/store`` (graphs), ``/query``, ``/update``. Fuseki:
    ``http://host:3030/DATASET/data``, ``/DATASET/query``, ``/DATASET/update``.
    """

    def __init__(self, url: str, *, timeout: float = TIMEOUT_S, retries: int = RETRIES) -> None:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UsageError(f"--endpoint {_redact(url)!r} is not an http(s) URL")
        if parts.username or parts.password:
            raise UsageError("--endpoint must not hold credentials: set DIPLOGRAPH_ENDPOINT_USER and "
                             "DIPLOGRAPH_ENDPOINT_PASSWORD (or DIPLOGRAPH_ENDPOINT_TOKEN) instead")
        self.url = url
        self.location = url
        self.timeout = timeout
        self.retries = max(1, retries)

    # -- HTTP --------------------------------------------------------------------------------
    def _headers(self) -> dict[str, str]:
        headers = {"User-Agent": "diplograph"}
        token = os.environ.get("DIPLOGRAPH_ENDPOINT_TOKEN")
        user = os.environ.get("DIPLOGRAPH_ENDPOINT_USER")
        if token:
            headers["Authorization"] = f"Bearer {token}"
        elif user is not None:
            secret = f"{user}:{os.environ.get('DIPLOGRAPH_ENDPOINT_PASSWORD', '')}".encode()
            headers["Authorization"] = "Basic " + base64.b64encode(secret).decode("ascii")
        return headers

    def _request(self, method: str, url: str, body: bytes | None = None, *, content_type: str | None = None,
                 accept: str | None = None, repeatable: bool = True) -> tuple[int, bytes, str]:
        headers = self._headers()
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        attempts = self.retries if repeatable else 1
        problem = ""
        for attempt in range(attempts):
            if attempt:
                time.sleep(0.2 * 2 ** (attempt - 1))
            request = urllib.request.Request(url, data=body, method=method, headers=headers)
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    return response.status, response.read(), response.headers.get("Content-Type", "")
            except urllib.error.HTTPError as error:
                detail = _first_line(error.read().decode("utf-8", "replace")) or error.reason
                problem = f"HTTP {error.code} ({detail})"
                if error.code < 500:
                    break  # the request itself is wrong: repeating it cannot help
            except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as error:
                reason = getattr(error, "reason", error)
                problem = f"cannot reach the store ({_first_line(reason)})"
        tried = f" after {attempts} attempts" if attempts > 1 and not problem.startswith("HTTP 4") else ""
        raise StoreError(f"{method} {_redact(url)}: {problem}{tried}")

    def _graph_url(self, name: str) -> str:
        graph = check_graph_name(name)
        separator = "&" if urllib.parse.urlsplit(self.url).query else "?"
        return f"{self.url}{separator}{urllib.parse.urlencode({'graph': graph.value})}"

    # -- the interface -----------------------------------------------------------------------
    def replace_graphs(self, graphs: Mapping[str, Sequence[ox.Quad]]) -> None:
        """One PUT per graph, in order: the server replaces each graph atomically."""
        for name in sorted(graphs):
            self.replace_graph(name, graphs[name])

    def replace_graph(self, name: str, quads: Sequence[ox.Quad]) -> None:
        """PUT the graph: the Graph Store Protocol replaces what the graph held, atomically."""
        body = ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES) or b""
        self._request("PUT", self._graph_url(name), body, content_type="application/n-triples")

    def drop_graph(self, name: str) -> bool:
        try:
            self._request("DELETE", self._graph_url(name))
        except StoreError as error:
            if "HTTP 404" in str(error):
                return False
            raise
        return True

    def query(self, sparql: str) -> QueryResult:
        _status, body, content_type = self._request(
            "POST", self.url, sparql.encode("utf-8"), content_type="application/sparql-query",
            accept="application/sparql-results+json, application/n-triples;q=0.9")
        if "n-triples" in content_type or "turtle" in content_type:
            fmt = ox.RdfFormat.N_TRIPLES if "n-triples" in content_type else ox.RdfFormat.TURTLE
            return QueryResult(variables=[], rows=[], triples=[q.triple for q in ox.parse(body, format=fmt)])
        try:
            return _result(ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON))
        except (SyntaxError, ValueError) as error:
            raise StoreError(f"{_redact(self.url)}: the answer is not SPARQL JSON results ({_first_line(error)})") \
                from None

    def update(self, sparql: str) -> None:
        # An update is not repeated: it may have been applied before the connection broke.
        self._request("POST", self.url, sparql.encode("utf-8"), content_type="application/sparql-update",
                      repeatable=False)

    def close(self) -> None:
        pass


Store = EmbeddedStore | EndpointStore


def open_store(store: str | Path | None = None, endpoint: str | None = None, *, read_only: bool = False,
               bulk: bool = False) -> Store:
    """The store a command names: ``--endpoint URL``, else ``--store DIR`` (default output/store)."""
    if store is not None and endpoint is not None:
        raise UsageError("give --store or --endpoint, not both")
    if endpoint is not None:
        if bulk:
            raise UsageError("--bulk is for the embedded store")
        return EndpointStore(endpoint)
    return EmbeddedStore(store if store is not None else DEFAULT_STORE, read_only=read_only, bulk=bulk)


@dataclass
class LoadReport:
    graphs: int
    triples: int


def load_graphs(store: Store, graphs: Mapping[str, Sequence[ox.Quad]],
                on_graph: Callable[[str], None] | None = None) -> LoadReport:
    """Replace each article's graph in the store, in a fixed order (sorted graph names), in
    batches of about BATCH_QUADS quads (one transaction each in the embedded store)."""
    names = sorted(graphs)
    if isinstance(store, EndpointStore):  # one PUT per graph: report each as it lands
        for name in names:
            store.replace_graph(name, graphs[name])
            if on_graph is not None:
                on_graph(name)
        return LoadReport(graphs=len(names), triples=sum(len(graphs[n]) for n in names))
    batch: dict[str, Sequence[ox.Quad]] = {}
    size = 0
    for n, name in enumerate(names):
        batch[name] = graphs[name]
        size += len(graphs[name])
        if size >= BATCH_QUADS or n == len(names) - 1:
            store.replace_graphs(batch)
            if on_graph is not None:
                for done in batch:
                    on_graph(done)
            batch, size = {}, 0
    return LoadReport(graphs=len(names), triples=sum(len(graphs[n]) for n in names))


def _redact(url: str) -> str:
    """The URL without user information (refused anyway) or a query that carries a secret."""
    parts = urllib.parse.urlsplit(url)
    netloc = parts.netloc.rpartition("@")[2]
    secret = any(word in parts.query.lower() for word in ("token", "key", "password", "secret"))
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc, query="" if secret else parts.query))


def _first_line(error: object) -> str:
    text = str(error).strip()
    return text.splitlines()[0][:300] if text else ""
