"""The library API: the pipeline read -> extract -> map -> validate -> write, as functions.

The CLI is a thin shell over these; a Python user calls them directly::

    from diplograph import build_article
    result = build_article("article.txt", published="2023-04-14")
    print(result.serialize("turtle"))
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError, UsageError, ValidationFailed
from .iris import DEFAULT_BASE_IRI, check_base_iri, slug
from .model import Facts, is_valid_date
from .read import DEFAULT_MAX_BYTES, read_text_file

if TYPE_CHECKING:
    from rdflib import Graph

    from .validate import ValidationResult


@dataclass
class BuildResult:
    """What building one article gives: its facts, graph, IRI and validation result."""

    facts: Facts
    graph: Graph
    article_iri: str
    validation: ValidationResult

    def serialize(self, fmt: str = "turtle", *, schema_namespace: str = "https://schema.org/") -> str:
        """The graph as text in ``fmt``; ``schema_namespace`` may be ``http://schema.org/``."""
        from .write import serialize

        return serialize(self.graph, fmt, graph_name=self.article_iri, schema_namespace=schema_namespace)


def check_published(value: str | None) -> str | None:
    """The publication date as YYYY-MM-DD, or a UsageError for anything else."""
    if value is None:
        return None
    if len(value) != 10 or not is_valid_date(value):
        raise UsageError(f"--published {value!r} is not a date (YYYY-MM-DD)")
    return value


def check_url(value: str) -> str:
    """An article's address: an absolute http(s) IRI, or a UsageError."""
    import re

    if not re.match(r"^https?://[^\s<>\"{}|\\^`]+$", value):
        raise UsageError(f"url {value!r} is not an absolute http(s) address")
    return value


def output_name(article: str | Path, fmt: str) -> str:
    """``output/<slug>.<ext>``: the slug is safe, so no name can leave the output folder."""
    from .write import FORMATS

    return f"{slug(Path(article).stem)}{FORMATS[fmt]}"


def extract_facts(article: str | Path, *, published: str | None = None, encoding: str = "utf-8",
                  max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[Facts, str]:
    """Read an article and extract its facts automatically; returns (facts, text)."""
    from .extract import extract

    published = check_published(published)
    text = read_text_file(article, encoding=encoding, max_bytes=max_bytes)
    return extract(text, source=Path(article).name, published=published), text


def build_article(article: str | Path, *, facts: Facts | str | Path | None = None,
                  published: str | None = None, url: str | None = None, base_iri: str = DEFAULT_BASE_IRI,
                  encoding: str = "utf-8", max_bytes: int = DEFAULT_MAX_BYTES,
                  strict: bool = True) -> BuildResult:
    """Build the validated graph of one article.

    ``facts`` is a reviewed facts file (path) or Facts; without it the facts are
    extracted from the text. ``published`` (YYYY-MM-DD) overrides the facts' date, ``url``
    the page's address.
    With ``strict``, a graph that violates the shapes raises ValidationFailed.
    """
    from .factsfile import read_facts
    from .mapping import article_iri, facts_to_graph
    from .validate import validate_graph

    published = check_published(published)
    try:
        base_iri = check_base_iri(base_iri)
    except ValueError as error:
        raise UsageError(f"--base-iri: {error}") from None
    text = read_text_file(article, encoding=encoding, max_bytes=max_bytes)
    if facts is None:
        from .extract import extract

        the_facts = extract(text, source=Path(article).name, published=published)
    elif isinstance(facts, Facts):
        the_facts = facts
    else:
        the_facts = read_facts(facts)
    the_facts.article.source = Path(article).name
    if published:
        the_facts.article.published = published
    if url:
        the_facts.article.url = check_url(url)
    graph = facts_to_graph(the_facts, text, base_iri=base_iri)
    result = BuildResult(the_facts, graph, article_iri(the_facts, base_iri), validate_graph(graph))
    if strict and not result.validation.conforms:
        count = len(result.validation.violations)
        raise ValidationFailed(f"{article}: the graph violates the shapes ({count} "
                               f"violation{'s' if count != 1 else ''})", result.validation)
    return result


def read_graph(path: str | Path, fmt: str | None = None) -> Graph:
    """An RDF file as a graph (all named graphs unioned), refusing remote JSON-LD contexts."""
    from rdflib import Dataset, Graph

    from .namespaces import SCHEMA_HTTPS
    from .write import format_for, respell_schema

    path = Path(path)
    text = read_text_file(path, what="RDF")
    fmt = format_for(path, fmt)
    if fmt == "json-ld":
        refuse_remote_context(text, path)
    try:
        if fmt in ("trig", "nquads"):
            dataset = Dataset(default_union=True)
            dataset.parse(data=text, format=fmt)
            graph = Graph()
            for triple in dataset.triples((None, None, None)):
                graph.add(triple)
        else:
            graph = Graph()
            graph.parse(data=text, format=fmt)
    except Exception as error:  # rdflib raises many parser-specific types
        message = " ".join(str(error).split())[:300]
        raise InputError(f"{path}: not valid {fmt}: {message}") from None
    return respell_schema(graph, SCHEMA_HTTPS)  # graphs of other tools may say http://schema.org/


def refuse_remote_context(text: str, path: Path) -> None:
    """Fail on a JSON-LD document whose @context is a URL: reading never fetches anything."""
    import json

    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"{path}:{error.lineno}: not valid JSON: {error.msg}") from None

    def contexts(node: object) -> list[object]:
        found: list[object] = []
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "@context":
                    found.extend(value if isinstance(value, list) else [value])
                found.extend(contexts(value))
        elif isinstance(node, list):
            for value in node:
                found.extend(contexts(value))
        return found

    for context in contexts(document):
        if isinstance(context, str):
            raise InputError(f"{path}: refers to a remote JSON-LD context ({context}); "
                             "diplograph never fetches documents: embed the context")
