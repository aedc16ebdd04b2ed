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
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from .iris import person_key
from .namespaces import SCHEMA_HTTPS
from .rdfio import RDF_TYPE, ArticleGraphs, read_article_graphs

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
    graphs: ArticleGraphs
    counts: MergeCounts
    validation: dict[str, ValidationResult] = field(default_factory=dict)

    @property
    def conforms(self) -> bool:
        return all(result.conforms for result in self.validation.values())

    @property
    def invalid_articles(self) -> list[str]:
        return sorted(name for name, result in self.validation.items() if not result.conforms)


def merge_files(paths: Iterable[str | Path], fmt: str | None = None, *, validate: bool = True) -> MergeResult:
    """Read article graphs (any RDF format, either schema.org spelling) and merge them."""
    paths = list(paths)
    graphs = read_article_graphs(paths, fmt)
    result = merge_graphs(graphs, validate=validate)
    result.counts.files = len(paths)
    return result


def merge_graphs(graphs: ArticleGraphs, *, validate: bool = True) -> MergeResult:
    counts = MergeCounts(quads=graphs.triple_count, articles=len(graphs.graphs))
    scan = _Scan(graphs)
    renamed = scan.people_to_rekey()
    if renamed:  # rare: only graphs of another build or spelling; scan the rewritten graphs again
        _rename(graphs, renamed)
        scan = _Scan(graphs)
    counts.people_rekeyed = len(renamed)
    counts.names_made_alternate = _one_name_per_person(graphs, scan)
    counts.shared_entities, counts.shared_events = scan.shared()
    result = MergeResult(graphs=graphs, counts=counts)
    if validate:
        from .validate import validate_graph

        for name in sorted(graphs.graphs):
            result.validation[name] = validate_graph(to_rdflib(graphs.graphs[name]))
    return result


class _Scan:
    """What reconciliation needs to know, gathered in one pass over the quads (a million
    quads make every pass cost a second)."""

    def __init__(self, graphs: ArticleGraphs) -> None:
        self.people: set[str] = set()
        self.names: dict[str, set[str]] = defaultdict(set)  # name -> people with it as schema:name
        self.spellings: dict[str, Counter[str]] = defaultdict(Counter)  # person -> its names, by graphs
        self.alternates: list[tuple[str, str]] = []  # (person, another spelling its article gives)
        self.typed: dict[str, set[str]] = defaultdict(set)  # typed node -> graphs describing it
        for name, quads in [*graphs.graphs.items(), ("", graphs.default)]:
            for q in quads:
                subject, predicate = q.subject, q.predicate
                if not isinstance(subject, ox.NamedNode):
                    continue
                if predicate == RDF_TYPE:
                    if name and subject.value != name:
                        self.typed[subject.value].add(name)
                    if q.object == SCHEMA_PERSON:
                        self.people.add(subject.value)
                elif predicate == SCHEMA_NAME and isinstance(q.object, ox.Literal):
                    self.names[q.object.value].add(subject.value)
                    self.spellings[subject.value][q.object.value] += 1
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
        shared = [iri for iri, articles in self.typed.items() if len(articles) > 1]
        events = [iri for iri in shared if "/event/" in iri]
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


def _one_name_per_person(graphs: ArticleGraphs, scan: _Scan) -> int:
    """A person named differently by different articles keeps the spelling most of them use
    (ties: the first in order) as schema:name; each article's own spelling, where it differs,
    becomes an alternateName in that article's graph. Returns how many names moved."""
    chosen = {ox.NamedNode(person): sorted(names.items(), key=lambda item: (-item[1], item[0]))[0][0]
              for person, names in scan.spellings.items() if len(names) > 1 and person in scan.people}
    if not chosen:
        return 0
    moved = 0
    for name, quads in graphs.graphs.items():
        out: list[ox.Quad] = []
        for q in quads:
            canonical = chosen.get(q.subject) if q.predicate == SCHEMA_NAME else None  # type: ignore[arg-type]
            if canonical is not None and isinstance(q.object, ox.Literal) and q.object.value != canonical:
                out.append(ox.Quad(q.subject, SCHEMA_NAME, ox.Literal(canonical), q.graph_name))
                out.append(ox.Quad(q.subject, SCHEMA_ALTERNATE_NAME, q.object, q.graph_name))
                moved += 1
            else:
                out.append(q)
        graphs.graphs[name] = out
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
