"""Merge: many article graphs into one news graph, reconciled and validated per article.

Shared things already have one IRI in every article's graph (``iris``), so most of a merge
is a union. What is left to reconcile is the same person spelt two ways: IRIs minted by
an older version, or by a build that predates a spelling in ``name_variants.tsv``, are
re-keyed with ``iris.person_key``; then each person keeps one ``schema:name`` (the
spelling most articles use) and the others become ``schema:alternateName``. Nothing is
reconciled on a guess: names that are not listed transliterations stay apart.

Validation is per article graph (pySHACL on a few hundred triples is fast; on a
million-triple union it is not), with the article's entities as reconciled.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from .iris import person_key
from .namespaces import SCHEMA_HTTPS
from .rdfio import RDF_TYPE, ArticleGraphs, GraphBlocks, canonical_lines, read_graph_blocks, serialize_canonical

if TYPE_CHECKING:
    from rdflib import Graph

    from .validate import ValidationResult

SCHEMA_NAME = ox.NamedNode(SCHEMA_HTTPS + "name")
SCHEMA_ALTERNATE_NAME = ox.NamedNode(SCHEMA_HTTPS + "alternateName")
SCHEMA_PERSON = ox.NamedNode(SCHEMA_HTTPS + "Person")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_PERSON_IRI = re.compile(r"^(?P<base>.+/person/)(?P<key>[^/#?]+)$")


@dataclass
class MergeCounts:
    """What a merge did, for the summary line and for tests."""

    files: int = 0
    articles: int = 0
    quads: int = 0
    people_rekeyed: int = 0
    names_made_alternate: int = 0
    shared_entities: int = 0
    shared_events: int = 0


@dataclass
class MergeResult:
    blocks: GraphBlocks
    counts: MergeCounts
    validation: dict[str, ValidationResult] = field(default_factory=dict)

    @cached_property
    def graphs(self) -> ArticleGraphs:
        """The merged article graphs as pyoxigraph quads (parsed on first use)."""
        return self.blocks.to_article_graphs()

    def serialize(self, fmt: str, *, schema_namespace: str = SCHEMA_HTTPS) -> bytes:
        """The merged graph in ``fmt``: the bytes of ``serialize_quads(self.graphs.quads(), fmt)``."""
        return serialize_canonical(self.blocks.nquads(), fmt, schema_namespace=schema_namespace)

    @property
    def conforms(self) -> bool:
        return all(result.conforms for result in self.validation.values())

    @property
    def invalid_articles(self) -> list[str]:
        return sorted(name for name, result in self.validation.items() if not result.conforms)


def merge_files(paths: Iterable[str | Path], fmt: str | None = None, *, validate: bool = True) -> MergeResult:
    """Read article graphs (any RDF format, either schema.org spelling) and merge them."""
    paths = list(paths)
    result = merge_blocks(read_graph_blocks(paths, fmt), validate=validate)
    result.counts.files = len(paths)
    return result


def merge_graphs(graphs: ArticleGraphs, *, validate: bool = True) -> MergeResult:
    return merge_blocks(GraphBlocks.of(graphs), validate=validate)


def merge_blocks(blocks: GraphBlocks, *, validate: bool = True) -> MergeResult:
    counts = MergeCounts(quads=blocks.triple_count, articles=len(blocks.graphs))
    scan = _Scan.of_blocks(blocks)
    renamed = scan.people_to_rekey()
    if renamed:  # rare: only graphs of another build or spelling; rewrite them as quads, scan again
        graphs = blocks.to_article_graphs()
        _rename(graphs, renamed)
        blocks = GraphBlocks.of(graphs)
        scan = _Scan.of_blocks(blocks)
    counts.people_rekeyed = len(renamed)
    counts.names_made_alternate = _one_name_per_person(blocks, scan)
    counts.shared_entities, counts.shared_events = scan.shared()
    result = MergeResult(blocks=blocks, counts=counts)
    if validate:
        from .validate import validate_graph

        for name in sorted(blocks.graphs):
            result.validation[name] = validate_graph(to_rdflib(blocks.quads_of(name)))
    return result


# Reconciliation reads few lines of a million: rdf:type, schema:name and schema:alternateName
# with a named subject. In canonical N-Quads ("<s> <p> <o> <g> .", one quad a line) they are
# found with bytes.find, in C, rather than line by line in Python.
_TYPE_NEEDLE = f"> <{RDF_TYPE.value}> ".encode()
_NAME_NEEDLES = (f'> <{SCHEMA_NAME.value}> "'.encode(), f'> <{SCHEMA_ALTERNATE_NAME.value}> "'.encode())
_PERSON_TERM = f"<{SCHEMA_PERSON.value}>".encode()


def _hits(block: bytes, needle: bytes) -> Iterator[tuple[bytes, int]]:
    """(subject, where the needle ends) of each line of ``block`` whose predicate follows a named
    subject as ``needle`` says. The needle found inside a literal is not one: what precedes it
    on its line then holds a space, and a subject IRI holds none."""
    find, rfind, size = block.find, block.rfind, len(needle)
    at = find(needle)
    while at >= 0:
        subject = block[rfind(b"\n", 0, at) + 1:at + 1]
        end = at + size
        if subject.startswith(b"<") and b" " not in subject:
            yield subject, end
        at = find(needle, end)


class _Scan:
    """What reconciliation needs to know, gathered in one pass over the quads (a million
    quads make every pass cost a second)."""

    def __init__(self) -> None:
        self.people: set[str] = set()
        self.names: dict[str, set[str]] = defaultdict(set)  # name -> people with it as schema:name
        self.spellings: dict[str, Counter[str]] = defaultdict(Counter)  # person -> its names, by graphs
        self.alternates: list[tuple[str, str]] = []  # (person, another spelling its article gives)
        self.typed: Counter[bytes] = Counter()  # typed node ("<iri>") -> how many article graphs type it
        self.named_in: dict[str, set[str]] = defaultdict(set)  # person -> graphs giving it a schema:name

    @classmethod
    def of_blocks(cls, blocks: GraphBlocks) -> _Scan:
        """The scan of canonical N-Quads: typed nodes from the rdf:type lines, read as bytes
        (a third of all lines); names and alternate names from their lines, parsed, only those
        of people."""
        scan = cls()
        people: set[bytes] = set()
        names: list[tuple[bytes, bytes]] = []
        for graph, block in blocks.graphs.items():
            typed: set[bytes] = set()
            for subject, end in _hits(block, _TYPE_NEEDLE):
                typed.add(subject)
                if block.startswith(_PERSON_TERM + b" ", end):
                    people.add(subject)
            typed.discard(f"<{graph}>".encode())  # the article itself
            scan.typed.update(typed)
            for needle in _NAME_NEEDLES:
                names.extend((subject, block[block.rfind(b"\n", 0, end) + 1:block.find(b"\n", end)])
                             for subject, end in _hits(block, needle))
        scan.people.update(person[1:-1].decode() for person in people)
        scan.add_quads("", blocks.default)
        # only people's names count (see people_to_rekey and _one_name_per_person)
        terms = {f"<{person}>".encode() for person in scan.people}
        lines = b"\n".join(line for subject, line in names if subject in terms)
        scan.add_quads(None, ox.parse(lines, format=ox.RdfFormat.N_QUADS))
        return scan

    def add_quads(self, name: str | None, quads: Iterable[ox.Quad]) -> None:
        """Scan quads of the graph ``name`` ("" the default graph; None: each quad's own graph):
        people and their names. Typed nodes are counted from the article graphs' blocks only."""
        for q in quads:
            subject, predicate = q.subject, q.predicate
            if not isinstance(subject, ox.NamedNode):
                continue
            graph = name if name is not None else (q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else "")
            if predicate == RDF_TYPE:
                if q.object == SCHEMA_PERSON:
                    self.people.add(subject.value)
            elif predicate == SCHEMA_NAME and isinstance(q.object, ox.Literal):
                self.names[q.object.value].add(subject.value)
                self.spellings[subject.value][q.object.value] += 1
                if graph:
                    self.named_in[subject.value].add(graph)
            elif predicate == SCHEMA_ALTERNATE_NAME and isinstance(q.object, ox.Literal):
                self.alternates.append((subject.value, q.object.value))

    def people_to_rekey(self) -> dict[str, ox.NamedNode]:
        """Person IRIs that name the same person as another IRI, and the IRI they become.

        Two sources make two IRIs one person, and nothing else does: the name-variant lexicon
        (an IRI minted from "Sergei ..." becomes the one of "Sergey ..."), and an article that
        gives another spelling itself (a person whose schema:alternateName is exactly the
        schema:name of another person in the merge). The smallest IRI of a group is kept.
        """
        people = self.people
        parent = {iri: iri for iri in people}

        def root(iri: str) -> str:
            while parent[iri] != iri:
                parent[iri] = parent[parent[iri]]
                iri = parent[iri]
            return iri

        for iri in sorted(people):
            match = _PERSON_IRI.match(iri)
            canonical = match["base"] + person_key(match["key"]) if match else iri
            if canonical != iri:  # minted before a spelling was in the lexicon: its key wins
                parent.setdefault(canonical, canonical)
                parent[root(iri)] = root(canonical)
        for iri, spelling in self.alternates:
            for other in self.names.get(spelling, set()):
                if iri in people and other in people and root(iri) != root(other):
                    a, b = root(iri), root(other)
                    parent[max(a, b)] = min(a, b)
        return {iri: ox.NamedNode(root(iri)) for iri in people if root(iri) != iri}

    def shared(self) -> tuple[int, int]:
        """How many entities, and how many events, more than one article's graph describes."""
        shared = [iri for iri, articles in self.typed.items() if articles > 1]
        events = [iri for iri in shared if b"/event/" in iri]
        return len(shared) - len(events), len(events)


def _rename(graphs: ArticleGraphs, renamed: dict[str, ox.NamedNode]) -> None:
    def term(node: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> ox.NamedNode | ox.BlankNode | ox.Literal:
        if isinstance(node, ox.NamedNode):
            return renamed.get(node.value, node)
        assert not isinstance(node, ox.Triple)
        return node

    for name, quads in graphs.graphs.items():
        graphs.graphs[name] = [ox.Quad(term(q.subject), q.predicate, term(q.object), q.graph_name)  # type: ignore[arg-type]
                               for q in quads]
    graphs.default = [ox.Quad(term(q.subject), q.predicate, term(q.object), q.graph_name)  # type: ignore[arg-type]
                      for q in graphs.default]


def _one_name_per_person(blocks: GraphBlocks, scan: _Scan) -> int:
    """A person named differently by different articles keeps the spelling most of them use
    (ties: the first in order) as schema:name; each article's own spelling, where it differs,
    becomes an alternateName in that article's graph. Returns how many names moved.

    Only the graphs that name such a person are rewritten (as quads, then canonical again)."""
    chosen = {ox.NamedNode(person): sorted(names.items(), key=lambda item: (-item[1], item[0]))[0][0]
              for person, names in scan.spellings.items() if len(names) > 1 and person in scan.people}
    if not chosen:
        return 0
    affected = sorted({graph for person in chosen for graph in scan.named_in.get(person.value, ())})
    moved = 0
    for name in affected:
        out: list[ox.Quad] = []
        for q in blocks.quads_of(name):
            canonical = chosen.get(q.subject) if q.predicate == SCHEMA_NAME else None  # type: ignore[arg-type]
            if canonical is not None and isinstance(q.object, ox.Literal) and q.object.value != canonical:
                out.append(ox.Quad(q.subject, SCHEMA_NAME, ox.Literal(canonical), q.graph_name))
                out.append(ox.Quad(q.subject, SCHEMA_ALTERNATE_NAME, q.object, q.graph_name))
                moved += 1
            else:
                out.append(q)
        blocks.graphs[name] = canonical_lines([ox.serialize(out, format=ox.RdfFormat.N_QUADS) or b""])
    return moved


def to_rdflib(quads: Iterable[ox.Quad]) -> Graph:
    """One article's quads as an rdflib graph (for pySHACL), term by term, no re-parsing."""
    from rdflib import BNode, Graph, Literal, URIRef

    def term(node: object) -> URIRef | BNode | Literal:
        if isinstance(node, ox.NamedNode):
            return URIRef(node.value)
        if isinstance(node, ox.BlankNode):
            return BNode(node.value)
        assert isinstance(node, ox.Literal)
        if node.language:
            return Literal(node.value, lang=node.language)
        if node.datatype.value == XSD_STRING:
            return Literal(node.value)  # as rdflib writes a plain string
        return Literal(node.value, datatype=URIRef(node.datatype.value))

    graph = Graph()
    for q in quads:
        graph.add((term(q.subject), term(q.predicate), term(q.object)))
    return graph
