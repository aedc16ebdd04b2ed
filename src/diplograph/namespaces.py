"""The namespaces diplograph writes, as plain strings: one list for every writer and printer.

Plain strings, so that reading it costs nothing (the CLI, the result printer and the
pyoxigraph path need no rdflib); ``mapping`` builds rdflib Namespaces from it.
"""

from __future__ import annotations

SCHEMA_HTTPS = "https://schema.org/"  # ours, and schema.org's recommendation
SCHEMA_HTTP = "http://schema.org/"  # schema.org's JSON-LD context, Wikidata, older graphs
SCHEMA_NAMESPACES = {"https": SCHEMA_HTTPS, "http": SCHEMA_HTTP}

NAMESPACES = {
    "schema": SCHEMA_HTTPS,
    "dipl": "https://w3id.org/diplograph/vocab#",
    "oa": "http://www.w3.org/ns/oa#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
}


def prefixes(*names: str) -> dict[str, str]:
    """The named prefixes and their namespaces, in the order given."""
    return {name: NAMESPACES[name] for name in names}
