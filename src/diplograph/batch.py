"""Batch build: many articles in one run, in parallel, each written whole or not at all.

Each article is built on its own (read, extract, map, validate, write), so one bad article
fails alone and the others are still written; the outcome of each is reported. Output does
not depend on the order of the inputs or on the number of jobs: every article's graph is a
function of its own text and options.

An article's publication date comes from, in order: its row in a manifest (CSV or JSON with
``file``, ``published`` and ``url``), the ``--published`` option, the page itself.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from .errors import DiplographError, InputError, UsageError
from .iris import DEFAULT_BASE_IRI, slug

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


@dataclass(frozen=True)
class ManifestEntry:
    published: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Job:
    """One article to build, with the options that apply to it."""

    article: Path
    output: Path
    fmt: str
    published: str | None = None
    url: str | None = None
    base_iri: str = DEFAULT_BASE_IRI
    schema_namespace: str = "https://schema.org/"
    encoding: str = "utf-8"
    max_bytes: int = 5_000_000


@dataclass(frozen=True)
class Outcome:
    """What became of one article: written (with its counts) or failed (with the reason)."""

    article: Path
    output: Path | None
    triples: int = 0
    warnings: tuple[str, ...] = ()
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def collect_articles(inputs: Iterable[str | Path]) -> list[Path]:
    """The article files named: files as given, folders by their .txt/.html files (sorted)."""
    found: list[Path] = []
    for item in map(Path, inputs):
        if item.is_dir():
            found.extend(sorted(p for p in item.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()))
        elif item.exists():
            found.append(item)
        else:
            raise InputError(f"{item}: no such file or folder")
    if not found:
        raise InputError("no articles to build (folders are searched for .txt and .html files)")
    return found


def read_manifest(path: str | Path) -> dict[str, ManifestEntry]:
    """A manifest's rows by file name: CSV with a header (file, published, url) or JSON (a list
    of such objects). Rows match an article by its path as given or by its file name."""
    from .api import check_published
    from .read import read_text_file

    path = Path(path)
    text = read_text_file(path, what="manifest")
    rows: list[dict[str, str]]
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise InputError(f"{path}:{error.lineno}: not valid JSON: {error.msg}") from None
        if not isinstance(data, list) or not all(isinstance(row, dict) for row in data):
            raise InputError(f"{path}: a JSON manifest is a list of objects with file, published, url")
        rows = [{str(k): str(v) for k, v in row.items() if v is not None} for row in data]
    else:
        reader = csv.DictReader(text.splitlines())
        if not reader.fieldnames or "file" not in reader.fieldnames:
            raise InputError(f"{path}:1: a CSV manifest needs a header row with a 'file' column")
        rows = [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]
    entries: dict[str, ManifestEntry] = {}
    for number, row in enumerate(rows, start=2 if path.suffix.lower() != ".json" else 1):
        name = row.get("file", "").strip()
        if not name:
            raise InputError(f"{path}: row {number}: no file named")
        try:
            published = check_published(row.get("published") or None)
        except UsageError as error:
            raise InputError(f"{path}: row {number}: {str(error).removeprefix('--published ')}") from None
        entries[name] = ManifestEntry(published=published, url=row.get("url") or None)
    return entries


def plan_jobs(articles: Sequence[Path], outdir: Path, fmt: str, *, published: str | None = None,
              manifest: dict[str, ManifestEntry] | None = None, **options: object) -> list[Job]:
    """One job per article; two articles that would write the same output file are refused."""
    from .write import FORMATS

    jobs: list[Job] = []
    seen: dict[str, Path] = {}
    for article in articles:
        name = slug(article.stem) + FORMATS[fmt]
        if name in seen:
            raise UsageError(f"{seen[name]} and {article} would both be written to {outdir / name}; "
                             "rename one of them")
        seen[name] = article
        entry = (manifest or {}).get(str(article)) or (manifest or {}).get(article.name) or ManifestEntry()
        jobs.append(Job(article=article, output=outdir / name, fmt=fmt, published=entry.published or published,
                        url=entry.url, **options))  # type: ignore[arg-type]
    return jobs


def build_job(job: Job) -> Outcome:
    """Build and write one article; any failure is its outcome, not an exception."""
    from .api import build_article
    from .write import write_text_atomic

    try:
        result = build_article(job.article, published=job.published, url=job.url, base_iri=job.base_iri,
                               encoding=job.encoding, max_bytes=job.max_bytes)
        write_text_atomic(job.output, result.serialize(job.fmt, schema_namespace=job.schema_namespace))
    except DiplographError as error:
        return Outcome(job.article, None, error=str(error))
    except Exception as error:  # a bug: reported for this article, the batch goes on
        return Outcome(job.article, None, error=f"internal error ({type(error).__name__}: {error})")
    return Outcome(job.article, job.output, triples=len(result.graph),
                   warnings=tuple(str(f) for f in result.validation.warnings))


def _warm_up() -> None:
    """Load spaCy and the shapes once per worker process, not once per article."""
    from .nlp import pipeline
    from .validate import shapes_graph

    pipeline()
    shapes_graph()


def build_many(jobs: Sequence[Job], *, workers: int = 1,
               on_done: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    """Build every job, ``workers`` at a time; outcomes come back in the order of ``jobs``."""
    if workers < 1:
        raise UsageError("--jobs must be at least 1")
    outcomes: dict[int, Outcome] = {}
    if workers == 1 or len(jobs) == 1:
        for n, job in enumerate(jobs):
            outcomes[n] = build_job(job)
            if on_done:
                on_done(outcomes[n])
    else:
        with ProcessPoolExecutor(max_workers=min(workers, len(jobs)), initializer=_warm_up) as pool:
            futures = {pool.submit(build_job, job): n for n, job in enumerate(jobs)}
            for future in as_completed(futures):
                outcomes[futures[future]] = future.result()
                if on_done:
                    on_done(outcomes[futures[future]])
    return [outcomes[n] for n in range(len(jobs))]


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
