"""The dipl: vocabulary: the contract's terms, labelled, placed under schema.org, versioned."""

from __future__ import annotations

from click.testing import CliRunner
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from diplograph.cli import main

DIPL = Namespace("https://w3id.org/diplograph/vocab#")
SCHEMA = Namespace("https://schema.org/")
CONTRACT_CLASSES = ["Meeting", "PhoneCall", "Visit", "Summit", "Conference", "Statement", "DiplomaticDocument"]
CONTRACT_PROPERTIES = ["represents", "madeAt", "addressee"]


def vocabulary() -> Graph:
    result = CliRunner().invoke(main, ["vocab"])
    assert result.exit_code == 0
    return Graph().parse(data=result.stdout, format="turtle")


def test_the_contract_terms_are_defined_with_label_and_comment() -> None:
    g = vocabulary()
    for name in CONTRACT_CLASSES:
        assert (DIPL[name], RDF.type, OWL.Class) in g, name
    for name in CONTRACT_PROPERTIES:
        assert (DIPL[name], RDF.type, OWL.ObjectProperty) in g, name
    for term in {s for s in g.subjects() if str(s).startswith(str(DIPL))}:
        assert g.value(term, RDFS.label) is not None, term
        assert g.value(term, RDFS.comment) is not None, term


def test_event_types_are_schema_events() -> None:
    g = vocabulary()
    for name in ["Meeting", "PhoneCall", "Visit", "Summit", "Conference"]:
        assert (DIPL[name], RDFS.subClassOf, SCHEMA.Event) in g


def test_the_vocabulary_has_a_version() -> None:
    g = vocabulary()
    assert g.value(URIRef("https://w3id.org/diplograph/vocab"), OWL.versionInfo) is not None


def test_vocab_prints_json_ld_too() -> None:
    result = CliRunner().invoke(main, ["vocab", "--format", "json-ld"])
    assert result.exit_code == 0
    assert len(Graph().parse(data=result.stdout, format="json-ld")) == len(vocabulary())
