"""The ``diplograph`` command: a thin click shell over the library API.

Heavy imports (rdflib, pyshacl, spaCy) happen inside the commands, so ``--help`` is fast.
Exit codes: 0 ok; 1 the work failed (bad input, invalid graph, I/O); 2 bad invocation.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from .errors import DiplographError, UsageError, ValidationFailed
from .iris import DEFAULT_BASE_IRI

F = TypeVar("F", bound=Callable[..., Any])
FORMAT_CHOICES = ["turtle", "json-ld", "nt", "trig", "nquads"]


class DiplographClickError(click.ClickException):
    """A library error as click prints it: 'Error: <message>' and the error's exit code."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code  # type: ignore[misc]  # click's class default is 1


def reports_errors(command: F) -> F:
    """Turn library errors into one-line messages and their exit codes, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except ValidationFailed as error:
            for finding in getattr(error.report, "violations", []):
                click.echo(str(finding), err=True)
            raise DiplographClickError(str(error), 1) from None
        except UsageError as error:
            raise click.UsageError(str(error)) from None
        except DiplographError as error:
            raise DiplographClickError(str(error), error.exit_code) from None
        except KeyboardInterrupt:
            raise DiplographClickError("interrupted; nothing was written", 1) from None
        except click.ClickException:
            raise
        except Exception as error:  # a bug: still one line, and nothing half-written
            raise DiplographClickError(f"internal error ({type(error).__name__}: {error}); nothing was "
                                       "written. Please report it with the article.", 1) from None

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="diplograph")
def main() -> None:
    """Turn news articles about diplomacy into a validated RDF knowledge graph."""
    import logging

    # rdflib logs ill-typed literals (a date "2023-13-45") with a traceback; the shapes
    # report them in plain words instead.
    logging.getLogger("rdflib").setLevel(logging.CRITICAL)


@main.command()
@click.argument("article", type=click.Path(path_type=Path))
@click.option("--facts", "facts_file", type=click.Path(path_type=Path),
              help="A reviewed facts file (YAML/JSON) to build from instead of extracting.")
@click.option("--published", help="Publication date of the article, YYYY-MM-DD.")
@click.option("-o", "--output", "outputs", multiple=True,
              help="Output file, or - for standard output; repeat to write several formats "
              "(each by its extension). Default: output/<article-slug>.<ext>.")
@click.option("--format", "fmt", type=click.Choice(FORMAT_CHOICES), default=None,
              help="RDF format (default: from the output extension, else turtle).")
@click.option("--base-iri", default=DEFAULT_BASE_IRI, show_default=True,
              help="Base under which IRIs of people, places, events and articles are minted.")
@click.option("--encoding", default="utf-8", show_default=True, help="Text encoding of the article.")
@click.option("--max-bytes", default=5_000_000, show_default=True, type=int,
              help="Refuse articles larger than this.")
@reports_errors
def build(article: Path, facts_file: Path | None, published: str | None, outputs: tuple[str, ...],
          fmt: str | None, base_iri: str, encoding: str, max_bytes: int) -> None:
    """Build the validated graph of ARTICLE and write it to output/.

    Nothing is written unless the graph conforms to the shapes; each file is written
    whole or not at all.
    """
    from .api import build_article, output_name
    from .write import format_for, write_output

    if fmt and len(outputs) > 1:
        raise UsageError("--format applies to one output; with several, each is named by its extension")
    targets = [(o, fmt or (format_for(o) if o != "-" else "turtle")) for o in outputs]
    if not targets:
        chosen = fmt or "turtle"
        targets = [(str(Path("output") / output_name(article, chosen)), chosen)]
    result = build_article(article, facts=facts_file, published=published, base_iri=base_iri,
                           encoding=encoding, max_bytes=max_bytes)
    texts = [(destination, result.serialize(chosen)) for destination, chosen in targets]
    for destination, text in texts:
        write_output(text, destination)
    for finding in result.validation.warnings:
        click.echo(str(finding), err=True)
    for destination, _text in texts:
        if destination != "-":
            click.echo(f"{destination}: {len(result.graph)} triples, "
                       f"{len(result.validation.warnings)} warnings", err=True)


@main.command()
@click.argument("article", type=click.Path(path_type=Path))
@click.option("--published", help="Publication date of the article, YYYY-MM-DD.")
@click.option("-o", "--output", default="-", show_default=True,
              help="Facts file to write (.yaml or .json), or - for standard output.")
@click.option("--encoding", default="utf-8", show_default=True, help="Text encoding of the article.")
@click.option("--max-bytes", default=5_000_000, show_default=True, type=int,
              help="Refuse articles larger than this.")
@reports_errors
def extract(article: Path, published: str | None, output: str, encoding: str, max_bytes: int) -> None:
    """Extract the facts of ARTICLE into a facts file for review."""
    from .api import extract_facts
    from .factsfile import dump_facts, dump_facts_json
    from .write import write_output

    facts, _text = extract_facts(article, published=published, encoding=encoding, max_bytes=max_bytes)
    text = dump_facts_json(facts) if output.endswith(".json") else dump_facts(facts)
    write_output(text, output)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice([*FORMAT_CHOICES, "xml"]), default=None,
              help="RDF format of the files (default: from each extension).")
@click.option("--report", type=click.Path(path_type=Path),
              help="Also write the SHACL validation report (Turtle) to this file.")
@reports_errors
def validate(files: tuple[Path, ...], fmt: str | None, report: Path | None) -> None:
    """Validate RDF FILES against diplograph's SHACL shapes."""
    from rdflib import Graph

    from .api import read_graph
    from .validate import validate_graph
    from .write import serialize, write_output

    failed = 0
    reports = Graph()
    for path in files:
        result = validate_graph(read_graph(path, fmt))
        reports += result.report
        for finding in result.findings:
            click.echo(f"{path}: {finding}", err=True)
        verdict = "conforms" if result.conforms else f"{len(result.violations)} violations"
        click.echo(f"{path}: {verdict}, {len(result.warnings)} warnings")
        failed += not result.conforms
    if report:
        write_output(serialize(reports, "turtle"), report)
    if failed:
        raise DiplographClickError(f"{failed} of {len(files)} files do not conform to the shapes", 1)


@main.command()
@click.option("--format", "fmt", type=click.Choice(FORMAT_CHOICES), default="turtle", show_default=True)
@reports_errors
def vocab(fmt: str) -> None:
    """Print the dipl: vocabulary (OWL/RDFS)."""
    from .resources import vocabulary_file

    path = vocabulary_file()
    if fmt == "turtle":
        sys.stdout.write(path.read_text(encoding="utf-8"))
        return
    from rdflib import Graph

    from .write import serialize

    sys.stdout.write(serialize(Graph().parse(path, format="turtle"), fmt))


if __name__ == "__main__":  # pragma: no cover
    main()
