"""Printing SPARQL results: a table for people, CSV and JSON (the W3C formats) for programs."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox

from .namespaces import prefixes
from .store import QueryResult

PREFIXES = prefixes("schema", "dipl", "oa", "xsd", "rdf")
MAX_CELL = 80


def _plain(term: object) -> str:
    """A term's value as a person reads it: the IRI or the literal's text."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def _short(term: object) -> str:
    text = _plain(term)
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in PREFIXES.items():
            if text.startswith(namespace):
                return f"{prefix}:{text[len(namespace):]}"
    text = " ".join(text.split())
    return text if len(text) <= MAX_CELL else text[:MAX_CELL - 1] + "…"


def _json_term(term: object) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    assert isinstance(term, ox.Literal)
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def render(result: QueryResult, fmt: str = "table") -> str:
    """The result as text: ``table``, ``csv`` (SPARQL 1.1 CSV) or ``json`` (SPARQL 1.1 JSON)."""
    if result.triples is not None:  # CONSTRUCT / DESCRIBE: the triples, as N-Triples
        return (ox.serialize(sorted(result.triples, key=str), format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")
    if result.boolean is not None:
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
        return ("true" if result.boolean else "false") + "\n"
    if fmt == "json":
        bindings = [{v: _json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
                    for row in result.rows]
        return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(result.variables)
        writer.writerows([_plain(t) for t in row] for row in result.rows)
        return buffer.getvalue()
    cells = [[_short(t) for t in row] for row in result.rows]
    widths = [max([len(v), *(len(row[n]) for row in cells)]) for n, v in enumerate(result.variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(result.variables, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"
