"""Every SHACL shape fires: take the valid graph, break it with one SPARQL update, and
assert which sh:message the report gives (the rocrate-validator way). A final test checks
that every message in shapes/ is made to fire here, so no shape can silently never run."""

from __future__ import annotations

from functools import lru_cache

import pytest
from rdflib import Graph, Literal, Namespace

from diplograph.api import build_article
from diplograph.resources import shape_files
from diplograph.validate import validate_graph

from .conftest import ROOT

SH = Namespace("http://www.w3.org/ns/shacl#")
PREFIXES = """
PREFIX schema: <https://schema.org/>
PREFIX dipl: <https://w3id.org/diplograph/vocab#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""


@lru_cache(maxsize=1)
def valid_graph() -> Graph:
    data = ROOT / "tests" / "data"
    return build_article(data / "readout.txt", facts=data / "readout.yaml").graph


def broken(update: str) -> Graph:
    graph = Graph()
    graph += valid_graph()
    graph.update(PREFIXES + update)
    return graph


def replace(cls: str, prop: str, value: str) -> str:
    """Replace the values of ``prop`` on every instance of ``cls`` with ``value``."""
    return (f"DELETE {{ ?x {prop} ?old }} INSERT {{ ?x {prop} {value} }} "
            f"WHERE {{ ?x a {cls} . OPTIONAL {{ ?x {prop} ?old }} }}")


def drop(cls: str, prop: str) -> str:
    return f"DELETE {{ ?x {prop} ?v }} WHERE {{ ?x a {cls} ; {prop} ?v }}"


def add(cls: str, prop: str, value: str) -> str:
    return f"INSERT {{ ?x {prop} {value} }} WHERE {{ ?x a {cls} }}"


CASES = [
    # (severity, message, update)
    ("Violation", "has no evidence: no annotation quotes the words it was read from",
     "DELETE { ?a oa:hasBody ?b } WHERE { ?a oa:hasBody ?b . ?b a dipl:Meeting }"),
    ("Warning", "the article has no headline", drop("schema:NewsArticle", "schema:headline")),
    ("Violation", "the headline must be one non-empty text", replace("schema:NewsArticle", "schema:headline", '""')),
    ("Warning", "the article has no publication date", drop("schema:NewsArticle", "schema:datePublished")),
    ("Violation", "the publication date must be one valid xsd:date or xsd:dateTime",
     replace("schema:NewsArticle", "schema:datePublished", '"yesterday"')),
    ("Violation", "the publisher must be an organization",
     replace("schema:NewsArticle", "schema:publisher", "<https://w3id.org/diplograph/id/country/sweden>")),
    ("Violation", "a summary point must be non-empty text", add("schema:NewsArticle", "schema:abstract", '""')),
    ("Violation", "the reading time must be one xsd:duration such as PT2M",
     replace("schema:NewsArticle", "schema:timeRequired", '"2 minutes"')),
    ("Violation", "associated media must be an ImageObject or a VideoObject",
     add("schema:NewsArticle", "schema:associatedMedia", "<https://w3id.org/diplograph/id/country/sweden>")),
    ("Violation", "an image caption must be one non-empty text", replace("schema:ImageObject", "schema:caption", '""')),
    ("Violation", "an image credit must be one non-empty text", add("schema:ImageObject", "schema:creditText", '"AP"')),
    ("Warning", "the video has no title", drop("schema:VideoObject", "schema:name")),
    ("Violation", "a video duration must be one xsd:duration such as PT3M41S",
     replace("schema:VideoObject", "schema:duration", '"3:41"')),
    ("Violation", "a person must have a non-empty name", drop("schema:Person", "schema:name")),
    ("Violation", "another spelling of a name must be non-empty text",
     add("schema:Person", "schema:alternateName", "42")),
    ("Violation", "a job title must be non-empty text", replace("schema:Person", "schema:jobTitle", '""')),
    ("Violation", "a person represents a country (schema:Country)",
     replace("schema:Person", "dipl:represents", "<https://w3id.org/diplograph/id/city/norway/tromsø>")),
    ("Violation", "a country must have a non-empty name", drop("schema:Country", "schema:name")),
    ("Violation", "a city must have a non-empty name", drop("schema:City", "schema:name")),
    ("Warning", "the city's country is not known", drop("schema:City", "schema:containedInPlace")),
    ("Violation", "a city is contained in a place",
     replace("schema:City", "schema:containedInPlace", "<https://w3id.org/diplograph/id/person/anna-berg>")),
    ("Violation", "a place must have a non-empty name",
     'INSERT DATA { <https://w3id.org/diplograph/id/place/somewhere> a schema:Place }'),
    ("Violation", "an organization must have a non-empty name", drop("schema:GovernmentOrganization", "schema:name")),
    ("Violation", "an organization belongs to the government of a country (schema:Country)",
     replace("schema:GovernmentOrganization", "dipl:governmentOf", "<https://w3id.org/diplograph/id/person/anna-berg>")),
    ("Violation", "an attendee must be a person, an organization or a country",
     add("dipl:Meeting", "schema:attendee", "<https://w3id.org/diplograph/id/city/norway/tromsø>")),
    ("Violation", "an event's location must be a place",
     replace("dipl:Meeting", "schema:location", "<https://w3id.org/diplograph/id/person/anna-berg>")),
    ("Warning", "the event has no location", drop("dipl:Visit", "schema:location")),
    ("Warning", "the event has no date", drop("dipl:Conference", "schema:startDate")),
    ("Violation", "the start date must be one valid xsd:date, xsd:gYearMonth or xsd:gYear",
     replace("dipl:Visit", "schema:startDate", '"2023-13-45"^^xsd:date')),
    ("Violation", "the end date must be one valid xsd:date, xsd:gYearMonth or xsd:gYear",
     add("dipl:Visit", "schema:endDate", '"2024-05-12"^^xsd:date')),
    ("Violation", "a super-event must be an event",
     replace("dipl:Meeting", "schema:superEvent", "<https://w3id.org/diplograph/id/person/anna-berg>")),
    ("Violation", "the event status must be one schema:EventStatusType (or dipl:EventHappened)",
     replace("dipl:Meeting", "schema:eventStatus", "schema:Thing")),
    ("Violation", "the event ends before it starts", replace("dipl:Visit", "schema:endDate", '"2024-05-09"^^xsd:date')),
    ("Violation", "an event cannot be its own super-event",
     "DELETE { ?m schema:superEvent ?c } INSERT { ?m schema:superEvent ?m } "
     "WHERE { ?m a dipl:Meeting ; schema:superEvent ?c }"),
    ("Violation", "a meeting or phone call must have at least one attendee", drop("dipl:Meeting", "schema:attendee")),
    ("Violation", "a visit must have at least one visitor (schema:attendee)", drop("dipl:Visit", "schema:attendee")),
    ("Violation", "a statement must have exactly one non-empty text", add("dipl:Statement", "schema:text", '"more"')),
    ("Violation", "a statement must have a speaker (schema:creator)", drop("dipl:Statement", "schema:creator")),
    ("Violation", "a speaker must be a person, an organization or a country",
     replace("dipl:Statement", "schema:creator", "<https://w3id.org/diplograph/id/city/norway/tromsø>")),
    ("Violation", "an addressee must be a person, an organization or a country",
     replace("dipl:Statement", "dipl:addressee", '"Laine"')),
    ("Warning", "the statement has no date", drop("dipl:Statement", "schema:dateCreated")),
    ("Violation", "a statement's date must be one valid xsd:date, xsd:gYearMonth or xsd:gYear",
     replace("dipl:Statement", "schema:dateCreated", '"Tuesday"')),
    ("Violation", "a statement is made at an event",
     replace("dipl:Statement", "dipl:madeAt", "<https://w3id.org/diplograph/id/country/sweden>")),
    ("Violation", "a source description must be non-empty text",
     replace("dipl:Statement", "dipl:sourceDescription", '""')),
    ("Violation", "a quotation must also be a dipl:Statement",
     "DELETE { ?q a dipl:Statement } WHERE { ?q a schema:Quotation }"),
    ("Violation", "a document must have a non-empty name", drop("dipl:DiplomaticDocument", "schema:name")),
    ("Warning", "the document has no author", drop("dipl:DiplomaticDocument", "schema:author")),
    ("Violation", "a document's author must be a person, an organization or a country",
     add("dipl:DiplomaticDocument", "schema:author", '"the ministers"')),
    ("Violation", "a document's date must be one valid xsd:date, xsd:gYearMonth or xsd:gYear",
     replace("dipl:DiplomaticDocument", "schema:datePublished", '"2024-02-30"^^xsd:date')),
    ("Violation", "a claim must have exactly one non-empty text", replace("schema:Claim", "schema:text", '""')),
    ("Warning", "the claim has no author (the article names no publisher)", drop("schema:Claim", "schema:author")),
    ("Violation", "a claim's author must be a person, an organization or a country",
     replace("schema:Claim", "schema:author", "<https://w3id.org/diplograph/id/city/norway/tromsø>")),
    ("Violation", "an annotation must have a body (the fact it supports)", drop("oa:Annotation", "oa:hasBody")),
    ("Violation", "an annotation must target a part of the article (oa:SpecificResource)",
     "DELETE { ?t a oa:SpecificResource } WHERE { ?t a oa:SpecificResource }"),
    ("Violation", "an evidence target must name exactly one source article",
     drop("oa:SpecificResource", "oa:hasSource")),
    ("Violation", "evidence must quote the exact words (one oa:TextQuoteSelector)",
     "DELETE { ?t oa:hasSelector ?q } WHERE { ?t oa:hasSelector ?q . ?q a oa:TextQuoteSelector }"),
    ("Violation", "evidence has at most one position (oa:TextPositionSelector)",
     "INSERT { ?t oa:hasSelector <urn:x:second> . <urn:x:second> a oa:TextPositionSelector ; oa:start 1 ; oa:end 2 }"
     " WHERE { ?t a oa:SpecificResource }"),
    ("Violation", "the evidence span's length does not match its quoted words",
     "DELETE { ?s oa:exact ?e } INSERT { ?s oa:exact 'x' } WHERE { ?s oa:exact ?e }"),
    ("Violation", "evidence must quote one non-empty run of words (oa:exact)",
     drop("oa:TextQuoteSelector", "oa:exact")),
    ("Violation", "oa:prefix must be one text", add("oa:TextQuoteSelector", "oa:prefix", '"again"')),
    ("Violation", "oa:suffix must be one text", add("oa:TextQuoteSelector", "oa:suffix", '"again"')),
    ("Violation", "an evidence span must have one start offset, an integer >= 0",
     replace("oa:TextPositionSelector", "oa:start", "-1")),
    ("Violation", "an evidence span must have one end offset, an integer >= 0",
     replace("oa:TextPositionSelector", "oa:end", '"12"')),
    ("Violation", "the evidence span ends before it starts (oa:end must be greater than oa:start)",
     "DELETE { ?p oa:end ?e } INSERT { ?p oa:end ?n } "
     "WHERE { ?p a oa:TextPositionSelector ; oa:start ?s ; oa:end ?e BIND(?s - 5 AS ?n) }"),
    ("Warning", "the article gives no diplomatic facts: no event, statement, document or claim was read from it",
     "DELETE WHERE { ?s ?p ?o } ; INSERT DATA { <https://w3id.org/diplograph/id/article/x> a schema:NewsArticle ; "
     "schema:headline 'Local bakery wins award' ; schema:datePublished '2024-05-10'^^xsd:date }"),
    ("Violation", "is not a valid date (xsd:date, xsd:gYearMonth or xsd:gYear)",
     replace("dipl:Conference", "schema:startDate", '"13 April"')),
]


def test_the_example_graph_conforms_with_no_finding() -> None:
    result = validate_graph(valid_graph())
    assert result.conforms
    assert result.findings == []


@pytest.mark.parametrize(("severity", "message", "update"), CASES, ids=[c[1][:50] for c in CASES])
def test_each_shape_fires_on_the_graph_it_forbids(severity: str, message: str, update: str) -> None:
    result = validate_graph(broken(update))
    fired = {(f.severity, f.message) for f in result.findings}
    assert (severity, message) in fired, sorted(fired)
    assert result.conforms is (severity != "Violation")


def test_every_message_in_the_shapes_is_made_to_fire_by_a_test() -> None:
    shapes = Graph()
    for path in shape_files():
        shapes.parse(path)
    declared = {str(m) for m in shapes.objects(None, SH.message)}
    tested = {message for _severity, message, _update in CASES}
    assert declared - tested == set(), "shapes whose message no test makes fire"
    assert tested - declared == set(), "tests of messages no shape declares"


def test_shapes_use_only_shacl_terms_that_exist() -> None:
    """A misspelt SHACL term (DCAT-AP's sh:shape) is silently ignored: refuse any."""
    known = {"NodeShape", "PropertyShape", "SPARQLConstraint", "Violation", "Warning", "Info", "IRI",
             "alternativePath", "inversePath", "class", "datatype", "declare", "hasValue", "in", "lessThan", "maxCount",
             "message", "minCount", "minInclusive", "minLength", "namespace", "node", "nodeKind", "or",
             "path", "prefix", "prefixes", "property", "qualifiedMaxCount", "qualifiedMinCount",
             "qualifiedValueShape", "select", "severity", "sparql", "targetClass"}
    shapes = Graph()
    for path in shape_files():
        shapes.parse(path)
    used = {str(t)[len(str(SH)):] for triple in shapes for t in triple
            if not isinstance(t, Literal) and str(t).startswith(str(SH))}
    assert used - known == set()
