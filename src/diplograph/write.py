"""Write stage: serialise a graph deterministically and put files in place atomically.

Same input, same bytes: Turtle comes from rdflib's serialiser (which sorts subjects and
predicates); N-Triples and N-Quads are sorted lines; JSON-LD is written here, compact,
with the context embedded in the file (never a remote context), nodes and values sorted.
A file is written to a temporary file beside it and renamed into place, so a failed run
leaves the previous file intact.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any, BinaryIO

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from .errors import OutputError, UsageError
from .namespaces import SCHEMA_HTTP, SCHEMA_HTTPS, prefixes

FORMATS = {"turtle": ".ttl", "json-ld": ".jsonld", "nt": ".nt", "trig": ".trig", "nquads": ".nq"}
FORMAT_BY_SUFFIX = {".ttl": "turtle", ".jsonld": "json-ld", ".json": "json-ld", ".nt": "nt",
                    ".trig": "trig", ".nq": "nquads", ".rdf": "xml", ".xml": "xml", ".owl": "xml"}

JSONLD_CONTEXT_PREFIXES = prefixes("schema", "dipl", "oa", "xsd", "rdfs", "owl")


def format_for(path: str | Path, explicit: str | None = None) -> str:
    """The RDF format to use for ``path``: the explicit one, else by file extension."""
    if explicit:
        if explicit not in FORMATS and explicit != "xml":
            raise UsageError(f"unknown format {explicit!r} (choose from {', '.join(FORMATS)})")
        return explicit
    return FORMAT_BY_SUFFIX.get(Path(str(path)).suffix.lower(), "turtle")


def respell_schema(graph: Graph, namespace: str) -> Graph:
    """The graph with schema.org IRIs in ``namespace``'s spelling (``http://schema.org/`` for
    stores and tools that use schema.org's own JSON-LD context, as Wikidata does)."""
    old = SCHEMA_HTTP if namespace == SCHEMA_HTTPS else SCHEMA_HTTPS

    def respell(term: Any) -> Any:
        if isinstance(term, URIRef) and term.startswith(old):
            return URIRef(namespace + term[len(old):])
        if isinstance(term, Literal) and term.datatype and str(term.datatype).startswith(old):
            return Literal(str(term), datatype=respell(term.datatype))
        return term

    out = Graph()
    for prefix, ns in graph.namespaces():
        out.bind(prefix, namespace if str(ns) == old else ns, replace=True)
    for s, p, o in graph:
        out.add((respell(s), respell(p), respell(o)))
    return out


def serialize(graph: Graph, fmt: str = "turtle", *, graph_name: str | None = None,
              schema_namespace: str = SCHEMA_HTTPS) -> str:
    """The graph in ``fmt`` as text, the same bytes for the same graph in any process."""
    if schema_namespace != SCHEMA_HTTPS:
        graph = respell_schema(graph, schema_namespace)
    if fmt == "turtle":
        return str(graph.serialize(format="turtle"))
    if fmt == "nt":
        return _sorted_lines(graph)
    if fmt == "nquads":
        name = f" <{graph_name}>" if graph_name else ""
        lines = _sorted_lines(graph).split("\n")[:-1]
        return "".join(f"{line[:-2]}{name} .\n" for line in lines)
    if fmt == "trig":
        return _trig(graph, graph_name)
    if fmt == "json-ld":
        # The default graph: JSON-LD readers that load a plain graph (rdflib's Graph,
        # check_facts.py) see the triples; named graphs are what TriG and N-Quads are for.
        return to_jsonld(graph, schema_namespace=schema_namespace)
    if fmt == "xml":
        return str(graph.serialize(format="pretty-xml"))
    raise UsageError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")


def _sorted_lines(graph: Graph) -> str:
    # Split at "\n" only: rdflib leaves \x0c, \x1c-\x1e, \x85, \u2028 and \u2029 raw
    # inside literals (N-Triples allows them) and str.splitlines() would break lines there.
    text = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
    return "".join(sorted(line + "\n" for line in text.split("\n") if line.strip()))


def _trig(graph: Graph, graph_name: str | None) -> str:
    """TriG: the Turtle of the graph, wrapped in its named graph.

    rdflib's own TriG serialiser took four times as long as its Turtle one (a third of a
    batch build); Turtle statements are valid inside a TriG graph block, prefixes outside.
    """
    turtle = str(graph.serialize(format="turtle"))
    if not graph_name:
        return turtle
    lines = turtle.split("\n")  # not splitlines(): literals may hold \x85, \u2028 and the like
    n = 0
    while n < len(lines) and (lines[n].startswith("@prefix ") or not lines[n].strip()):
        n += 1  # the leading prefix block; nothing after it is touched (literals span lines)
    head = [line for line in lines[:n] if line.strip()]
    body = "\n".join(lines[n:]).rstrip("\n")
    return "\n".join([*head, "", f"<{graph_name}> {{", body, "}", ""])


# --- JSON-LD -------------------------------------------------------------------------------

def _compact(iri: str, context: dict[str, str]) -> str:
    for prefix, namespace in context.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            rest = iri[len(namespace):]
            if all(c.isalnum() or c in "_-." for c in rest):
                return f"{prefix}:{rest}"
    return iri


def _node_id(node: Any, context: dict[str, str]) -> str:
    if isinstance(node, BNode):
        return f"_:{node}"
    return _compact(str(node), context)


def _value(obj: Any, context: dict[str, str]) -> Any:
    if isinstance(obj, Literal):
        if obj.language:
            return {"@value": str(obj), "@language": obj.language}
        if obj.datatype in (None, XSD.string):
            return str(obj)
        return {"@value": str(obj), "@type": _compact(str(obj.datatype), context)}
    return {"@id": _node_id(obj, context)}


def _sort_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def to_jsonld(graph: Graph, *, graph_name: str | None = None, schema_namespace: str = SCHEMA_HTTPS) -> str:
    """Compact JSON-LD with an embedded context: reads back into the same graph, offline."""
    context = dict(JSONLD_CONTEXT_PREFIXES, schema=schema_namespace)
    nodes: dict[str, dict[str, Any]] = {}
    for s, p, o in graph:
        node = nodes.setdefault(_node_id(s, context), {"@id": _node_id(s, context)})
        if p == RDF.type and isinstance(o, URIRef | BNode):
            node.setdefault("@type", []).append(_node_id(o, context))
        else:
            node.setdefault(_compact(str(p), context), []).append(_value(o, context))
    items = []
    for ident in sorted(nodes):
        node = nodes[ident]
        out: dict[str, Any] = {"@id": ident}
        for key in sorted(k for k in node if k != "@id"):
            values = sorted(node[key], key=_sort_key)
            out[key] = values[0] if len(values) == 1 else values
        items.append(out)
    document: dict[str, Any] = {"@context": context}
    if graph_name:
        document["@id"] = graph_name
    document["@graph"] = items
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# --- files -----------------------------------------------------------------------------------

def write_text_atomic(path: str | Path, text: str | bytes) -> None:
    """Write ``text`` to ``path`` whole or not at all (temporary file + rename). Bytes are
    written as they are (a merged news graph is hundreds of MB: no decode and re-encode)."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{folder}: cannot create the output folder ({error.strerror or error})") from None
    if path.is_dir():
        raise OutputError(f"{path}: is a directory; give a file name")
    handle: BinaryIO | None = None
    temporary: str | None = None
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        handle = os.fdopen(fd, "wb")
        handle.write(text if isinstance(text, bytes) else text.encode("utf-8"))
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()
        handle = None
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
        temporary = None
    except OSError as error:
        raise OutputError(f"{path}: cannot be written ({error.strerror or error})") from None
    finally:
        if handle is not None:
            handle.close()
        if temporary is not None and os.path.exists(temporary):
            os.unlink(temporary)


def write_output(text: str | bytes, destination: str | Path) -> None:
    """Write to a file atomically, or to standard output when ``destination`` is '-'."""
    if str(destination) == "-":
        if isinstance(text, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(text)
            sys.stdout.buffer.flush()
        else:
            sys.stdout.write(text)
            sys.stdout.flush()
    else:
        write_text_atomic(destination, text)
