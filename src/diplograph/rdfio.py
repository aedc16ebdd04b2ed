"""RDF in bulk: reading, normalising and writing many article graphs with pyoxigraph.

Building one article goes through rdflib (its graphs are small, and pySHACL wants
rdflib). Merging and loading handle whole news graphs, where rdflib is too slow (a
million triples: 63 s to parse and 51 s to write Turtle in rdflib, 7 s for both in
pyoxigraph), so this module works on pyoxigraph quads.

Each article's facts live in a named graph whose name is the article's IRI. A file with
no named graphs (Turtle, JSON-LD, N-Triples) is read into the graph of the one
``schema:NewsArticle`` it describes.

schema.org has two spellings in the wild: ``https://schema.org/`` (ours, and schema.org's
own recommendation) and ``http://schema.org/`` (schema.org's JSON-LD context, Wikidata and
many older graphs). Reading maps both to one spelling, so they merge as the same terms;
writing can give either.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import groupby, islice
from operator import attrgetter, eq, lt
from pathlib import Path
from typing import Any, TypeVar

import pyoxigraph as ox

from .errors import InputError, UsageError
from .namespaces import NAMESPACES, SCHEMA_HTTP, SCHEMA_HTTPS, SCHEMA_NAMESPACES

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "json-ld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}
NAMED_GRAPH_FORMATS = ("trig", "nquads")

T = TypeVar("T")
Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
GraphName = ox.NamedNode | ox.BlankNode | ox.DefaultGraph


def check_schema_namespace(choice: str) -> str:
    """The schema.org namespace for a ``--schema-namespace`` choice (https or http)."""
    try:
        return SCHEMA_NAMESPACES[choice]
    except KeyError:
        raise UsageError(f"--schema-namespace {choice!r}: choose https or http") from None


# --- schema.org spellings ---------------------------------------------------------------------

def _respell(term: ox.NamedNode, old: str, new: str) -> ox.NamedNode:
    value = term.value
    return ox.NamedNode(new + value[len(old):]) if value.startswith(old) else term


def _respell_term(term: Term, old: str, new: str) -> Term:
    if isinstance(term, ox.NamedNode):
        return _respell(term, old, new)
    if isinstance(term, ox.Literal) and term.datatype.value.startswith(old):
        return ox.Literal(term.value, datatype=_respell(term.datatype, old, new))
    return term


def respell_schema(quads: Iterable[ox.Quad], namespace: str = SCHEMA_HTTPS) -> Iterator[ox.Quad]:
    """The quads with every schema.org IRI in ``namespace``'s spelling (https or http)."""
    old = SCHEMA_HTTP if namespace == SCHEMA_HTTPS else SCHEMA_HTTPS
    for quad in quads:
        s, p, o, g = quad.subject, quad.predicate, quad.object, quad.graph_name
        if isinstance(s, ox.NamedNode):
            s = _respell(s, old, namespace)
        p = _respell(p, old, namespace)
        o = _respell_term(o, old, namespace)
        if isinstance(g, ox.NamedNode):
            g = _respell(g, old, namespace)
        yield ox.Quad(s, p, o, g)


# --- reading ----------------------------------------------------------------------------------

@dataclass
class ArticleGraphs:
    """Quads of one or more RDF files, grouped by named graph (the article IRI)."""

    graphs: dict[str, list[ox.Quad]]
    default: list[ox.Quad]

    def quads(self) -> Iterator[ox.Quad]:
        for name in sorted(self.graphs):
            yield from self.graphs[name]
        yield from self.default

    @property
    def triple_count(self) -> int:
        return sum(len(q) for q in self.graphs.values()) + len(self.default)


def format_of(path: Path, explicit: str | None = None) -> str:
    from .write import format_for

    fmt = format_for(path, explicit)
    if fmt not in OX_FORMATS:
        raise UsageError(f"unknown format {fmt!r} (choose from {', '.join(OX_FORMATS)})")
    return fmt


def parse_file(path: str | Path, fmt: str | None = None) -> list[ox.Quad]:
    """All quads of an RDF file, schema.org respelt to https; errors name the file and line.

    Remote JSON-LD contexts are refused: reading never fetches a document.
    """
    return _read(path, fmt, list)


def _read(path: str | Path, fmt: str | None, consume: Callable[[Iterator[ox.Quad]], T]) -> T:
    """``consume`` applied to the quads of an RDF file, as they are parsed (see ``parse_file``)."""
    path = Path(path)
    fmt = format_of(path, fmt)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not an RDF file")
    if fmt == "json-ld":
        from .api import refuse_remote_context
        from .read import read_text_file

        refuse_remote_context(read_text_file(path, what="RDF"), path)
    try:
        quads: Iterator[ox.Quad] = ox.parse(path=str(path), format=OX_FORMATS[fmt])
        # Respelling and relabelling cost a Python step per quad: only files that need them pay.
        if _mentions(path, SCHEMA_HTTP.encode()):
            quads = respell_schema(quads)
        if fmt in ("json-ld", "xml") or _mentions(path, b"_:") or _mentions(path, b"["):
            quads = stable_blank_nodes(quads, path)
        return consume(quads)
    except SyntaxError as error:
        line = getattr(error, "lineno", None)
        where = f"{path}:{line}" if line else str(path)
        message = " ".join(str(error.msg if hasattr(error, "msg") else error).split())[:300]
        raise InputError(f"{where}: not valid {fmt}: {message}") from None
    except (OSError, ValueError) as error:
        raise InputError(f"{path}: cannot be read as {fmt}: {error}") from None


def stable_blank_nodes(quads: Iterable[ox.Quad], path: Path) -> Iterator[ox.Quad]:
    """The quads with blank nodes named from the file's content and their order of appearance.

    Oxigraph gives blank nodes fresh random names on every parse, so a merge of the same files
    would differ from run to run. The name joins a digest of the file (so two files never share a
    blank node by accident) and a counter in document order (the parser's order is the file's).
    """
    import hashlib

    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    names: dict[str, ox.BlankNode] = {}

    def rename(term: Any) -> Any:
        if isinstance(term, ox.BlankNode):
            if term.value not in names:
                names[term.value] = ox.BlankNode(f"b{digest}n{len(names)}")
            return names[term.value]
        return term

    for quad in quads:
        subject, obj, graph = quad.subject, quad.object, quad.graph_name
        if isinstance(subject, ox.BlankNode) or isinstance(obj, ox.BlankNode) or isinstance(graph, ox.BlankNode):
            yield ox.Quad(rename(subject), quad.predicate, rename(obj), rename(graph))
        else:
            yield quad


def _mentions(path: Path, needle: bytes) -> bool:
    import mmap

    with path.open("rb") as handle:
        if path.stat().st_size == 0:
            return False
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            return data.find(needle) >= 0


def article_of(quads: Iterable[ox.Quad]) -> str | None:
    """The IRI of the one news article a graph describes, if there is exactly one."""
    articles = {q.subject.value for q in quads
                if q.predicate == RDF_TYPE and isinstance(q.subject, ox.NamedNode)
                and isinstance(q.object, ox.NamedNode) and q.object.value == SCHEMA_HTTPS + "NewsArticle"}
    return articles.pop() if len(articles) == 1 else None


def group_by_article(quads: Iterable[ox.Quad]) -> ArticleGraphs:
    """Quads grouped by named graph; default-graph triples of one article go to its graph."""
    named: dict[str, list[ox.Quad]] = defaultdict(list)
    default: list[ox.Quad] = []
    for quad in quads:
        if isinstance(quad.graph_name, ox.NamedNode):
            named[quad.graph_name.value].append(quad)
        else:
            default.append(quad)
    if default:
        article = article_of(default)
        if article is not None:
            graph = ox.NamedNode(article)
            named[article].extend(ox.Quad(q.subject, q.predicate, q.object, graph) for q in default)
            default = []
    return ArticleGraphs(graphs=dict(named), default=default)


def rdf_files(inputs: Iterable[str | Path]) -> list[Path]:
    """The RDF files named: files as given, folders by their RDF files (by extension, sorted)."""
    from .write import FORMAT_BY_SUFFIX

    files: list[Path] = []
    for item in map(Path, inputs):
        if item.is_dir():
            files.extend(sorted(p for p in item.iterdir() if p.is_file() and p.suffix.lower() in FORMAT_BY_SUFFIX))
        else:
            files.append(item)
    if not files:
        raise InputError("no RDF files found (folders are searched by extension: .ttl, .jsonld, .trig, .nq, ...)")
    return files


def read_article_graphs(paths: Iterable[str | Path], fmt: str | None = None) -> ArticleGraphs:
    """The article graphs of many files. The same article in two files: the later file wins,
    as loading it twice would (an article's graph is replaced, never doubled)."""
    graphs: dict[str, list[ox.Quad]] = {}
    default: list[ox.Quad] = []
    for path in paths:
        found = group_by_article(parse_file(path, fmt))
        graphs.update(found.graphs)
        default.extend(found.default)
    return ArticleGraphs(graphs=graphs, default=default)


@dataclass
class GraphBlocks:
    """Article graphs as canonical N-Quads, the form a merge works in.

    ``graphs`` maps each article IRI to its quads as N-Quads lines, distinct and sorted
    (bytes), so the whole merged graph is these blocks joined in the order of
    ``canonical_nquads``. Quads outside any named graph (rare) stay quads in ``default``.
    A million quads never become a million Python steps: oxigraph parses and serialises,
    Python sorts lines (in C) and looks only at the few lines reconciliation needs.
    """

    graphs: dict[str, bytes]
    default: list[ox.Quad]

    @property
    def triple_count(self) -> int:
        return sum(block.count(b"\n") for block in self.graphs.values()) + len(self.default)

    def nquads(self) -> bytes:
        """The canonical N-Quads of all of it: what ``canonical_nquads`` gives for the same quads."""
        named = [self.graphs[name] for name in sorted(self.graphs, key=_graph_sort_key)]
        return b"".join(named) + canonical_nquads(self.default)

    def quads_of(self, name: str) -> Iterator[ox.Quad]:
        return ox.parse(self.graphs[name], format=ox.RdfFormat.N_QUADS)

    def to_article_graphs(self) -> ArticleGraphs:
        return ArticleGraphs(graphs={name: list(self.quads_of(name)) for name in self.graphs},
                             default=list(self.default))

    @classmethod
    def of(cls, graphs: ArticleGraphs) -> GraphBlocks:
        return cls(graphs={name: canonical_lines([ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""])
                           for name, quads in graphs.graphs.items()}, default=list(graphs.default))


def _graph_sort_key(name: str) -> str:
    return f"<{name}>"  # the order of str(NamedNode), as canonical_nquads sorts graphs


def canonical_lines(chunks: Iterable[bytes]) -> bytes:
    """N-Quads chunks as one block of distinct lines, sorted, each ending in LF."""
    data = b"".join(chunks)
    lines = data.split(b"\n")
    if lines[0] and not lines[-1] and all(map(lt, lines[:-2], islice(lines, 1, len(lines) - 1))):
        return data  # canonical already (each line ends in LF, none empty, in strictly rising order)
    lines = _sorted_lines(data)
    return b"\n".join(lines) + b"\n" if lines else b""


def _file_blocks(quads: Iterator[ox.Quad]) -> tuple[dict[str, list[bytes]], list[ox.Quad]]:
    """One file's quads as N-Quads chunks by named graph, as ``group_by_article`` groups them.

    Quads come in runs of one graph (a TriG block, a sorted N-Quads file): each run goes from
    the parser to the serialiser without a Python step per quad.
    """
    chunks: dict[str, list[bytes]] = defaultdict(list)
    default: list[ox.Quad] = []
    for graph, run in groupby(quads, key=attrgetter("graph_name")):
        if isinstance(graph, ox.NamedNode):
            chunks[graph.value].append(ox.serialize(run, format=ox.RdfFormat.N_QUADS) or b"")
        else:
            default.extend(run)
    if default:
        article = article_of(default)
        if article is not None:
            graph = ox.NamedNode(article)
            moved = (ox.Quad(q.subject, q.predicate, q.object, graph) for q in default)
            chunks[article].append(ox.serialize(moved, format=ox.RdfFormat.N_QUADS) or b"")
            default = []
    return chunks, default


def read_graph_blocks(paths: Iterable[str | Path], fmt: str | None = None) -> GraphBlocks:
    """``read_article_graphs`` as canonical N-Quads blocks: the same graphs, the same rules (the
    same article in two files: the later file wins)."""
    chunks: dict[str, list[bytes]] = {}
    default: list[ox.Quad] = []
    for path in paths:
        found, loose = _read(path, fmt, _file_blocks)
        chunks.update(found)
        default.extend(loose)
    return GraphBlocks(graphs={name: canonical_lines(parts) for name, parts in chunks.items()}, default=default)


# --- writing ----------------------------------------------------------------------------------

def _sorted_lines(data: bytes) -> list[bytes]:
    """The distinct non-empty lines of ``data``, sorted (as bytes).

    Sorted in place rather than through a set: input in order already (a graph written by
    diplograph) sorts in one pass, and duplicates, adjacent once sorted, are rare."""
    lines = data.split(b"\n")
    lines.sort()
    start = bisect_right(lines, b"")  # the empty lines sort first
    if start:
        del lines[:start]
    if any(map(eq, lines, islice(lines, 1, None))):
        lines = list(dict.fromkeys(lines))
    return lines


def canonical_nquads(quads: Iterable[ox.Quad], *, union: bool = False) -> bytes:
    """Quads as N-Quads in a fixed order without duplicates: the same graph, the same bytes,
    whatever order the quads came in. Graph by graph (sorted by name), lines sorted within;
    with ``union``, one default graph of the distinct triples of them all.

    Sorting serialised lines (bytes, in C) is much faster than sorting term objects.
    """
    if union:
        triples = ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES) or b""
        return b"".join(line + b"\n" for line in _sorted_lines(triples))
    by_graph: dict[str, list[ox.Quad]] = defaultdict(list)
    for quad in quads:
        by_graph[str(quad.graph_name)].append(quad)
    out = []
    for name in sorted(by_graph):
        lines = _sorted_lines(ox.serialize(by_graph[name], format=ox.RdfFormat.N_QUADS) or b"")
        out.append(b"".join(line + b"\n" for line in lines))
    return b"".join(out)


def serialize_quads(quads: Iterable[ox.Quad], fmt: str, *, schema_namespace: str = SCHEMA_HTTPS) -> bytes:
    """Quads as ``fmt``, deterministic. TriG and N-Quads keep each article's named graph;
    the other formats hold one graph, the union of them all."""
    if fmt not in OX_FORMATS:
        raise UsageError(f"unknown format {fmt!r} (choose from {', '.join(OX_FORMATS)})")
    if schema_namespace != SCHEMA_HTTPS:
        quads = respell_schema(quads, schema_namespace)
    return _from_canonical(canonical_nquads(quads, union=fmt not in NAMED_GRAPH_FORMATS), fmt, schema_namespace)


def serialize_canonical(canonical: bytes, fmt: str, *, schema_namespace: str = SCHEMA_HTTPS) -> bytes:
    """``serialize_quads`` of quads already in canonical N-Quads (``GraphBlocks.nquads``): the
    same bytes, without a Python step per quad for N-Quads and TriG in the https spelling."""
    if fmt not in OX_FORMATS:
        raise UsageError(f"unknown format {fmt!r} (choose from {', '.join(OX_FORMATS)})")
    if schema_namespace != SCHEMA_HTTPS or fmt not in NAMED_GRAPH_FORMATS:  # respelt or unioned: sorted anew
        return serialize_quads(ox.parse(canonical, format=ox.RdfFormat.N_QUADS), fmt,
                               schema_namespace=schema_namespace)
    return _from_canonical(canonical, fmt, schema_namespace)


def _from_canonical(canonical: bytes, fmt: str, schema_namespace: str) -> bytes:
    if fmt in ("nt", "nquads"):
        return canonical
    prefixes = dict(NAMESPACES, schema=schema_namespace)
    ordered = ox.parse(canonical, format=ox.RdfFormat.N_QUADS)
    if fmt == "json-ld":
        return _jsonld(canonical, prefixes)
    if fmt == "turtle":
        out = ox.serialize((q.triple for q in ordered), format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    else:
        out = ox.serialize(ordered, format=OX_FORMATS[fmt], prefixes=prefixes)
    return out or b""


def _jsonld(ntriples: bytes, prefixes: dict[str, str]) -> bytes:
    """Compact JSON-LD with an embedded context, as ``write.to_jsonld`` writes one article."""
    from .merge import to_rdflib
    from .write import to_jsonld

    # Term by term, not rdflib's parser: its blank nodes would get fresh names on every run.
    graph = to_rdflib(ox.parse(ntriples, format=ox.RdfFormat.N_QUADS))
    for prefix, namespace in prefixes.items():
        graph.bind(prefix, namespace)
    return to_jsonld(graph, schema_namespace=prefixes["schema"]).encode("utf-8")
