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
from .rdfio import RDF_TYPE, SCHEMA_HTTPS, ArticleGraphs, read_article_graphs

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
    counts = MergeCounts(quads=graphs.triple_count)
    counts.people_rekeyed = _rekey_people(graphs)
    counts.names_made_alternate = _one_name_per_person(graphs)
    counts.articles = len(graphs.graphs)
    counts.shared_entities, counts.shared_events = _shared(graphs)
    result = MergeResult(graphs=graphs, counts=counts)
    if validate:
        from .validate import validate_graph

        for name in sorted(graphs.graphs):
            result.validation[name] = validate_graph(to_rdflib(graphs.graphs[name]))
    return result


def _rekey_people(graphs: ArticleGraphs) -> int:
    """Give each person one IRI; returns how many IRIs changed.

    Two sources make two IRIs one person, and nothing else does: the name-variant lexicon
    (an IRI minted from "Sergei ..." becomes the one of "Sergey ..."), and an article that
    gives another spelling itself (a person whose schema:alternateName is exactly the
    schema:name of another person in the merge). The smallest IRI of a group is kept.
    """
    people: set[str] = set()
    names: dict[str, set[str]] = defaultdict(set)  # name -> IRIs of people with it as schema:name
    alternates: list[tuple[str, str]] = []  # (IRI, another spelling the article gives)
    for q in graphs.quads():
        if not isinstance(q.subject, ox.NamedNode):
            continue
        if q.predicate == RDF_TYPE and q.object == SCHEMA_PERSON:
            people.add(q.subject.value)
        elif q.predicate == SCHEMA_NAME and isinstance(q.object, ox.Literal):
            names[q.object.value].add(q.subject.value)
        elif q.predicate == SCHEMA_ALTERNATE_NAME and isinstance(q.object, ox.Literal):
            alternates.append((q.subject.value, q.object.value))
    parent = {iri: iri for iri in people}

    def root(iri: str) -> str:
        while parent[iri] != iri:
            parent[iri] = parent[parent[iri]]
            iri = parent[iri]
        return iri

    def join(a: str, b: str) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for iri in sorted(people):
        match = _PERSON_IRI.match(iri)
        canonical = match["base"] + person_key(match["key"]) if match else iri
        if canonical != iri:  # minted before a spelling was in the lexicon: its key wins
            parent.setdefault(canonical, canonical)
            parent[root(iri)] = root(canonical)
    for iri, spelling in alternates:
        for other in names.get(spelling, set()):
            if iri in people and other in people:
                join(iri, other)
    renamed = {iri: ox.NamedNode(root(iri)) for iri in people if root(iri) != iri}
    if not renamed:
        return 0

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
    return len(renamed)


def _one_name_per_person(graphs: ArticleGraphs) -> int:
    """A person named differently by different articles keeps the spelling most of them use
    (ties: the first in order) as schema:name; each article's own spelling, where it differs,
    becomes an alternateName in that article's graph. Returns how many names moved."""
    people = {q.subject for q in graphs.quads() if q.predicate == RDF_TYPE and q.object == SCHEMA_PERSON}
    spellings: dict[ox.NamedNode, Counter[str]] = defaultdict(Counter)
    for quads in graphs.graphs.values():
        for q in quads:
            if q.predicate == SCHEMA_NAME and q.subject in people and isinstance(q.object, ox.Literal):
                spellings[q.subject][q.object.value] += 1  # type: ignore[index]
    chosen = {person: sorted(names.items(), key=lambda item: (-item[1], item[0]))[0][0]
              for person, names in spellings.items() if len(names) > 1}
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


def _shared(graphs: ArticleGraphs) -> tuple[int, int]:
    """How many entities, and how many events, more than one article's graph describes."""
    typed: dict[str, set[str]] = defaultdict(set)
    for name, quads in graphs.graphs.items():
        for q in quads:
            if q.predicate == RDF_TYPE and isinstance(q.subject, ox.NamedNode) and q.subject.value != name:
                typed[q.subject.value].add(name)
    shared = [iri for iri, articles in typed.items() if len(articles) > 1]
    events = [iri for iri in shared if "/event/" in iri]
    return len(shared) - len(events), len(events)


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
