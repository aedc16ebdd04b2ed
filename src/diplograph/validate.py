"""Validate stage: a graph against the SHACL shapes in ``shapes/``.

pySHACL does the checking; this module loads the shapes once, runs them without
inference (the shapes list schema.org subclasses themselves, so results do not depend
on an ontology being at hand) and turns the report into findings a person can read.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF
from rdflib.plugins.sparql.processor import SPARQLProcessor

from .resources import shape_files

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True, order=True)
class Finding:
    """One result of the SHACL report, in plain words."""

    severity: str  # "Violation", "Warning" or "Info"
    focus: str
    path: str
    message: str
    value: str = ""

    def __str__(self) -> str:
        where = f"{self.focus}" + (f" {self.path}" if self.path else "")
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.severity}: {where}: {self.message}{value}"


@dataclass
class ValidationResult:
    conforms: bool
    findings: list[Finding]
    report: Graph

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "Violation"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity != "Violation"]


class CachingSPARQLProcessor(SPARQLProcessor):
    """rdflib's SPARQL processor, reusing the parsed form of a query text it has seen.

    pySHACL runs each SPARQL constraint once per focus node, as the same text with a
    different ``$this`` binding; rdflib parses the text every time, and that parse was 85%
    of validation time. A translated query is reusable with any bindings (that is what
    rdflib's ``prepareQuery`` is for), so the result is the same, only sooner.
    """

    def query(  # type: ignore[override]  # rdflib's own SPARQLProcessor adds base too
        self, strOrQuery: Any, initBindings: Any = None, initNs: Any = None,
              base: str | None = None, DEBUG: bool = False) -> Any:
        if isinstance(strOrQuery, str):
            namespaces = tuple(sorted((str(k), str(v)) for k, v in (initNs or {}).items()))
            strOrQuery = _translated(strOrQuery, base, namespaces)
        return super().query(strOrQuery, initBindings, initNs, base, DEBUG)


@lru_cache(maxsize=512)
def _translated(text: str, base: str | None, namespaces: tuple[tuple[str, str], ...]) -> Any:
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    return translateQuery(parseQuery(text), base, dict(namespaces))


def _use_caching_processor() -> None:
    from rdflib import plugin
    from rdflib.query import Processor

    plugin.register("sparql", Processor, __name__, "CachingSPARQLProcessor")


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """All shapes, parsed once per process."""
    graph = Graph()
    for path in shape_files():
        graph.parse(path, format="turtle")
    return graph


@lru_cache(maxsize=1)
def _shacl_shapes() -> Any:
    """pySHACL's parsed form of the shapes (its ``ShapesGraph``), built once per process.

    ``pyshacl.validate`` builds it anew on every call: harvesting the shapes and making
    their constraint objects was a fifth of the time of validating one article graph.
    """
    from pyshacl.shapes_graph import ShapesGraph

    return ShapesGraph(shapes_graph())


def _run_pyshacl(data: Graph) -> tuple[bool, Graph]:
    """``pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=True,
    allow_warnings=True, inplace=True)``, with the shapes parsed once, not once per call.

    The same steps as ``pyshacl.validate`` for an rdflib graph (patches, data graph
    wrapper, Validator options), except that the Validator uses the cached ShapesGraph.
    inplace: no inference and no rules run, so pySHACL need not copy the graph first.
    """
    from pyshacl.graph_abstraction import DataGraph
    from pyshacl.monkey import apply_patches
    from pyshacl.validator import Validator

    _use_caching_processor()
    apply_patches()  # type: ignore[no-untyped-call]
    options = {"debug": False, "inference": "none", "inplace": True, "abort_on_first": False,
               "allow_infos": False, "allow_warnings": True, "advanced": True, "iterate_rules": False,
               "use_js": None, "sparql_mode": False, "logger": _logger(), "focus_nodes": None, "use_shapes": None}
    validator = Validator(DataGraph.from_rdflib(data), shacl_graph=shapes_graph(), options=options)
    validator.shacl_graph = _shacl_shapes()
    conforms, report, _text = validator.run()  # type: ignore[no-untyped-call]
    return bool(conforms), report


@lru_cache(maxsize=1)
def _logger() -> Any:
    import logging

    return logging.getLogger("pyshacl-validate")


def _short(graph: Graph, node: Any) -> str:
    if isinstance(node, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(node)
        except Exception:  # not every IRI has a prefix form
            return f"<{node}>"
    return str(node)


def validate_graph(data: Graph) -> ValidationResult:
    """Validate ``data`` against diplograph's shapes; never raises for an invalid graph."""
    conforms, report = _run_pyshacl(data)
    findings = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        severity = str(report.value(result, SH.resultSeverity) or SH.Violation).rsplit("#", 1)[-1]
        path = report.value(result, SH.resultPath)
        value = report.value(result, SH.value)
        if value == report.value(result, SH.focusNode):
            value = None  # a node-level finding: the value is the node itself
        messages = sorted(str(m) for m in report.objects(result, SH.resultMessage))
        findings.append(Finding(
            severity=severity,
            focus=_short(data, report.value(result, SH.focusNode)),
            path=_short(data, path) if isinstance(path, URIRef) else "",
            message=messages[0] if messages else "does not conform",
            value=str(value) if value is not None and str(value) != "" else "",
        ))
    findings = sorted(set(findings), key=lambda f: (f.severity != "Violation", f.focus, f.path, f.message))
    has_violation = any(f.severity == "Violation" for f in findings)
    return ValidationResult(conforms=bool(conforms) and not has_violation, findings=findings, report=report)
