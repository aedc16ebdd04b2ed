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


SCHEMA_NAMESPACE_OPTION = click.option(
    "--schema-namespace", type=click.Choice(["https", "http"]), default="https", show_default=True,
    help="Write schema.org terms as https://schema.org/ or http://schema.org/ (as Wikidata and "
    "schema.org's JSON-LD context do).")


@main.command()
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--facts", "facts_file", type=click.Path(path_type=Path),
              help="A reviewed facts file (YAML/JSON) to build from instead of extracting (one article).")
@click.option("--published", help="Publication date, YYYY-MM-DD (default: the page's own date).")
@click.option("--manifest", type=click.Path(path_type=Path),
              help="CSV or JSON listing file, published and url for each article of a batch.")
@click.option("-o", "--output", "outputs", multiple=True,
              help="Output file, or - for standard output; repeat to write several formats "
              "(each by its extension). With several articles or a folder: the output folder. "
              "Default: output/<article-slug>.<ext>.")
@click.option("--format", "fmt", type=click.Choice(FORMAT_CHOICES), default=None,
              help="RDF format (default: from the output extension, else turtle).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Articles built in parallel in a batch (default: the number of CPUs).")
@SCHEMA_NAMESPACE_OPTION
@click.option("--base-iri", default=DEFAULT_BASE_IRI, show_default=True,
              help="Base under which IRIs of people, places, events and articles are minted.")
@click.option("--encoding", default="utf-8", show_default=True, help="Text encoding of the article.")
@click.option("--max-bytes", default=5_000_000, show_default=True, type=int,
              help="Refuse articles larger than this.")
@reports_errors
def build(articles: tuple[Path, ...], facts_file: Path | None, published: str | None, manifest: Path | None,
          outputs: tuple[str, ...], fmt: str | None, jobs: int | None, schema_namespace: str, base_iri: str,
          encoding: str, max_bytes: int) -> None:
    """Build the validated graph of each article and write it to output/.

    ARTICLES are files, or folders of .txt and .html files. Nothing is written for an
    article whose graph violates the shapes; each file is written whole or not at all.
    A batch goes on past a failed article and exits 1 at the end if any failed.
    """
    single = len(articles) == 1 and not articles[0].is_dir() and manifest is None and \
        not any(o.endswith("/") or Path(o).is_dir() for o in outputs)
    options = {"published": published, "base_iri": base_iri, "encoding": encoding, "max_bytes": max_bytes}
    if single:
        _build_one(articles[0], facts_file, outputs, fmt, schema_namespace, **options)
    else:
        if facts_file is not None:
            raise UsageError("--facts builds one article; give one article file")
        if len(outputs) > 1:
            raise UsageError("a batch writes into one output folder: give -o once")
        _build_batch(articles, Path(outputs[0]) if outputs else Path("output"), fmt or "turtle", manifest, jobs,
                     schema_namespace, **options)


def _build_one(article: Path, facts_file: Path | None, outputs: tuple[str, ...], fmt: str | None,
               schema_namespace: str, **options: object) -> None:
    from .api import build_article, output_name
    from .rdfio import check_schema_namespace
    from .write import format_for, write_output

    namespace = check_schema_namespace(schema_namespace)
    if fmt and len(outputs) > 1:
        raise UsageError("--format applies to one output; with several, each is named by its extension")
    targets = [(o, fmt or (format_for(o) if o != "-" else "turtle")) for o in outputs]
    if not targets:
        chosen = fmt or "turtle"
        targets = [(str(Path("output") / output_name(article, chosen)), chosen)]
    result = build_article(article, facts=facts_file, **options)  # type: ignore[arg-type]
    texts = [(destination, result.serialize(chosen, schema_namespace=namespace)) for destination, chosen in targets]
    for destination, text in texts:
        write_output(text, destination)
    for finding in result.validation.warnings:
        click.echo(str(finding), err=True)
    for destination, _text in texts:
        if destination != "-":
            click.echo(f"{destination}: {len(result.graph)} triples, "
                       f"{len(result.validation.warnings)} warnings", err=True)


def _build_batch(inputs: tuple[Path, ...], outdir: Path, fmt: str, manifest: Path | None, jobs: int | None,
                 schema_namespace: str, **options: object) -> None:
    from .batch import Outcome, build_many, collect_articles, default_workers, plan_jobs, read_manifest
    from .rdfio import check_schema_namespace

    namespace = check_schema_namespace(schema_namespace)
    entries = read_manifest(manifest) if manifest else None
    published = options.pop("published")
    work = plan_jobs(collect_articles(inputs), outdir, fmt, published=published,  # type: ignore[arg-type]
                     manifest=entries, schema_namespace=namespace, **options)
    with _progress(len(work), "building") as advance:
        def done(outcome: Outcome) -> None:
            advance()
        outcomes = build_many(work, workers=jobs or default_workers(), on_done=done)
    for outcome in outcomes:
        if not outcome.ok:
            click.echo(f"{outcome.article}: failed: {outcome.error}", err=True)
    built = [o for o in outcomes if o.ok]
    failed = len(outcomes) - len(built)
    warned = sum(1 for o in built if o.warnings)
    click.echo(f"built {len(built)} of {len(outcomes)} articles into {outdir}/ "
               f"({sum(o.triples for o in built)} triples), {warned} with warnings, {failed} failed", err=True)
    if failed:
        raise DiplographClickError(f"{failed} of {len(outcomes)} articles failed; the others were written", 1)


class _progress:  # used as a context manager, like click.progressbar
    """A progress bar on a terminal, nothing when stderr is a file or a pipe."""

    def __init__(self, length: int, label: str) -> None:
        self.bar = click.progressbar(length=length, label=label, file=sys.stderr) \
            if sys.stderr.isatty() and length > 1 else None

    def __enter__(self) -> Callable[[], None]:
        if self.bar is None:
            return lambda: None
        bar = self.bar.__enter__()
        return lambda: bar.update(1)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


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


RDF_FORMAT_OPTION = click.option("--format", "fmt", type=click.Choice([*FORMAT_CHOICES, "xml"]), default=None,
                                 help="RDF format of the input files (default: from each extension).")
STORE_OPTIONS = [
    click.option("--store", "store_dir", type=click.Path(path_type=Path), default=None,
                 help="Embedded Oxigraph store folder (default: output/store)."),
    click.option("--endpoint", default=None,
                 help="A store's HTTP endpoint: the Graph Store Protocol URL for load and drop, the "
                 "SPARQL query (or update) URL for query. Credentials: DIPLOGRAPH_ENDPOINT_USER and "
                 "DIPLOGRAPH_ENDPOINT_PASSWORD, or DIPLOGRAPH_ENDPOINT_TOKEN."),
]


def store_options(command: F) -> F:
    for option in reversed(STORE_OPTIONS):
        command = option(command)
    return command


@main.command()
@click.argument("graphs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, help="The merged graph (any format, by extension), or -.")
@click.option("--to", "out_fmt", type=click.Choice(FORMAT_CHOICES), default=None,
              help="Output format (default: from the output extension; TriG for -).")
@RDF_FORMAT_OPTION
@SCHEMA_NAMESPACE_OPTION
@click.option("--no-validate", is_flag=True, help="Skip validation (each article graph against the shapes).")
@reports_errors
def merge(graphs: tuple[Path, ...], output: str, out_fmt: str | None, fmt: str | None, schema_namespace: str,
          no_validate: bool) -> None:
    """Merge article GRAPHS (files or folders) into one news graph.

    Each article keeps its named graph (in TriG and N-Quads); people spelt differently are
    reconciled where the spellings are known transliterations. Nothing is written if an
    article graph violates the shapes.
    """
    from .merge import merge_files
    from .rdfio import check_schema_namespace, rdf_files
    from .write import format_for, write_output

    namespace = check_schema_namespace(schema_namespace)
    target = out_fmt or (format_for(output) if output != "-" else "trig")
    result = merge_files(rdf_files(graphs), fmt, validate=not no_validate)
    for article in result.invalid_articles:
        for finding in result.validation[article].violations:
            click.echo(f"{article}: {finding}", err=True)
    if not result.conforms:
        raise DiplographClickError(f"{len(result.invalid_articles)} article graphs violate the shapes; "
                                   "nothing was written", 1)
    write_output(result.serialize(target, schema_namespace=namespace), output)
    c = result.counts
    click.echo(f"merged {c.files} files: {c.articles} articles, {c.quads} triples; {c.shared_entities} entities "
               f"and {c.shared_events} events in more than one article; {c.people_rekeyed} people re-keyed, "
               f"{c.names_made_alternate} spellings kept as alternate names", err=True)


@main.command()
@click.argument("graphs", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_options
@RDF_FORMAT_OPTION
@click.option("--bulk", is_flag=True, help="Embedded store: Oxigraph's bulk loader (as `oxigraph load`), "
              "faster but not transactional; for a first load into a store nobody reads yet.")
@reports_errors
def load(graphs: tuple[Path, ...], store_dir: Path | None, endpoint: str | None, fmt: str | None,
         bulk: bool) -> None:
    """Load article GRAPHS (files or folders) into a store, each into its named graph.

    Loading an article again replaces its graph: the store never holds it twice.
    """
    from .rdfio import rdf_files, read_article_graphs
    from .store import load_graphs, open_store

    store = open_store(store_dir, endpoint, bulk=bulk)  # a bad --endpoint fails before any file is read
    found = read_article_graphs(rdf_files(graphs), fmt)
    if found.default:
        from .errors import InputError

        raise InputError(f"{len(found.default)} triples belong to no article (no named graph, and not one "
                         "schema:NewsArticle in their file); nothing was loaded")
    with _progress(len(found.graphs), "loading") as advance:
        report = load_graphs(store, found.graphs, on_graph=lambda _name: advance())
    store.close()
    click.echo(f"loaded {report.graphs} article graphs ({report.triples} triples) into {store.location}", err=True)


@main.command()
@click.argument("sparql")
@store_options
@click.option("--format", "out_fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="How to print the results.")
@click.option("--update", is_flag=True, help="Allow a SPARQL update (otherwise queries are read-only).")
@reports_errors
def query(sparql: str, store_dir: Path | None, endpoint: str | None, out_fmt: str, update: bool) -> None:
    """Run a SPARQL query (text, or a file holding it) against a store."""
    from .results import render
    from .store import open_store

    text = Path(sparql).read_text(encoding="utf-8") if _is_file(sparql) else sparql
    store = open_store(store_dir, endpoint, read_only=not update)
    if update:
        store.update(text)
        click.echo("update done", err=True)
        return
    sys.stdout.write(render(store.query(text), out_fmt))


def _is_file(value: str) -> bool:
    try:
        return "\n" not in value and len(value) < 4096 and Path(value).is_file()
    except OSError:
        return False


@main.command()
@click.argument("article_iris", nargs=-1, required=True)
@store_options
@reports_errors
def drop(article_iris: tuple[str, ...], store_dir: Path | None, endpoint: str | None) -> None:
    """Remove articles' graphs from a store (give each article's IRI)."""
    from .store import open_store

    store = open_store(store_dir, endpoint)
    missing = [iri for iri in article_iris if not store.drop_graph(iri)]
    store.close()
    for iri in missing:
        click.echo(f"{iri}: no such graph in the store", err=True)
    click.echo(f"dropped {len(article_iris) - len(missing)} article graphs", err=True)
    if missing:
        raise DiplographClickError(f"{len(missing)} of {len(article_iris)} graphs were not in the store", 1)


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
