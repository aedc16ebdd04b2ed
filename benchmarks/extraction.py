"""Time extraction over the test corpus, with spaCy's own share measured side by side.

Run from the repository root::

    python benchmarks/extraction.py [--repeat N] [--warmup N] [--json results.json]

For every article, in one process and interleaved, it times:

- ``extract``: the whole extraction, ``diplograph.extract.extract(text, source=..., published=...)``;
- ``spacy``: the same loaded pipeline's ``nlp.pipe`` over exactly the texts ``extract`` parses
  (the page's blocks whose kind is in ``READ_KINDS``), the Docs consumed into a list;
- ``map`` and ``validate``: building the graph from the Facts just extracted
  (``facts_to_graph`` then ``validate_graph``, the two steps of ``build_article``).

Each figure is the median over ``--repeat`` runs. Ratios (spaCy's share of extraction, build
against extraction) are taken within each run and then their median, so each compares two costs
measured moments apart on the same machine. See benchmarks/README.md for how to read them.
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import platform
import statistics
import sys
import time
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from diplograph.extract import READ_KINDS, extract
from diplograph.mapping import facts_to_graph
from diplograph.model import Facts
from diplograph.nlp import pipeline
from diplograph.read import read_article_text, read_text_file
from diplograph.validate import validate_graph

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
ACCEPTANCE = Path("/work/shared/acceptance/scmp-qin-lavrov-samarkand.txt")
ACCEPTANCE_PUBLISHED = "2023-04-14"
ARTICLE_SUFFIXES = (".txt", ".html")

T = TypeVar("T")


@dataclass
class Article:
    """One article of the corpus, read once before any timing."""

    path: Path
    published: str | None
    text: str
    blocks: list[str]  # the texts extract() hands to nlp.pipe, in order

    @property
    def name(self) -> str:
        return self.path.name


@dataclass
class Samples:
    """The timings of one article, one value per timed run (seconds)."""

    extract: list[float] = field(default_factory=list)
    spacy: list[float] = field(default_factory=list)
    map: list[float] = field(default_factory=list)
    validate: list[float] = field(default_factory=list)
    conforms: list[bool] = field(default_factory=list)

    @property
    def build(self) -> list[float]:
        return [m + v for m, v in zip(self.map, self.validate, strict=True)]

    @property
    def spacy_share(self) -> list[float]:
        return [s / e for s, e in zip(self.spacy, self.extract, strict=True)]

    @property
    def build_vs_extract(self) -> list[float]:
        return [b / e for b, e in zip(self.build, self.extract, strict=True)]


# --- the corpus ---------------------------------------------------------------------------------


def published_of(gold: Path) -> str | None:
    """The ``published`` key of a gold file, if the file and the key are there."""
    if not gold.exists():
        return None
    with gold.open("rb") as handle:
        value = tomllib.load(handle).get("published")
    return str(value) if value is not None else None


def parsed_texts(text: str, name: str) -> list[str]:
    """Exactly the texts extract() passes to nlp.pipe for this article."""
    page = read_article_text(text, name)
    return [block.text for block in page.blocks if block.kind in READ_KINDS]


def load_corpus(include_acceptance: bool = True) -> list[Article]:
    paths = sorted(p for p in CORPUS.iterdir() if p.suffix in ARTICLE_SUFFIXES)
    dated = [(p, published_of(p.with_suffix(".toml"))) for p in paths]
    if include_acceptance and ACCEPTANCE.exists():
        dated.append((ACCEPTANCE, published_of(ACCEPTANCE.with_suffix(".toml")) or ACCEPTANCE_PUBLISHED))
    articles = []
    for path, published in dated:
        text = read_text_file(path)  # as the CLI and api.extract_facts read it
        articles.append(Article(path, published, text, parsed_texts(text, path.name)))
    return articles


# --- timing -------------------------------------------------------------------------------------


def timed(call: Callable[[], T], collect: bool = True) -> tuple[float, T]:
    """(seconds, result) of one call; garbage from earlier steps is collected first, untimed (not in
    the warm-up, whose times are thrown away)."""
    if collect:
        gc.collect()
    start = time.perf_counter()
    result = call()
    return time.perf_counter() - start, result


def run_spacy(texts: Iterable[str]) -> list[Any]:
    return list(pipeline().pipe(texts))


def run_extract(article: Article) -> Facts:
    return extract(article.text, source=article.name, published=article.published)


def run_build(article: Article, facts: Facts, samples: Samples | None) -> None:
    """Map and validate as build_article does (same steps, same order), timing each step."""
    facts.article.source = article.name
    if article.published:
        facts.article.published = article.published
    map_time, graph = timed(lambda: facts_to_graph(facts, article.text), samples is not None)
    validate_time, result = timed(lambda: validate_graph(graph), samples is not None)
    if samples is not None:
        samples.map.append(map_time)
        samples.validate.append(validate_time)
        samples.conforms.append(result.conforms)


def one_pass(articles: list[Article], results: dict[str, Samples] | None, spacy_first: bool) -> None:
    """Every article once: extraction and spaCy back to back (in the given order), then the build."""
    for article in articles:
        samples = results[article.name] if results is not None else None
        timing = samples is not None
        if spacy_first:
            spacy_time, docs = timed(functools.partial(run_spacy, article.blocks), timing)
            extract_time, facts = timed(functools.partial(run_extract, article), timing)
        else:
            extract_time, facts = timed(functools.partial(run_extract, article), timing)
            spacy_time, docs = timed(functools.partial(run_spacy, article.blocks), timing)
        if len(docs) != len(article.blocks):
            raise RuntimeError(f"{article.name}: spaCy gave {len(docs)} docs for {len(article.blocks)} blocks")
        if samples is not None:
            samples.extract.append(extract_time)
            samples.spacy.append(spacy_time)
        run_build(article, facts, samples)


def peak_rss_mib() -> float | None:
    """The process's peak resident set size so far, in MiB (None where the OS does not say)."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes on macOS, KiB on Linux


# --- report -------------------------------------------------------------------------------------


def median(values: list[float]) -> float:
    return statistics.median(values)


def summarize(articles: list[Article], results: dict[str, Samples]) -> dict[str, Any]:
    rows: list[dict[str, Any]] = []
    for article in articles:
        s = results[article.name]
        rows.append({
            "article": article.name,
            "published": article.published,
            "chars": len(article.text),
            "blocks": len(article.blocks),
            "parsed_chars": sum(len(b) for b in article.blocks),
            "extract_s": median(s.extract),
            "spacy_s": median(s.spacy),
            "spacy_share": median(s.spacy_share),
            "map_s": median(s.map),
            "validate_s": median(s.validate),
            "build_s": median(s.build),
            "build_vs_extract": median(s.build_vs_extract),
            "conforms": all(s.conforms),
            "samples": {"extract_s": s.extract, "spacy_s": s.spacy, "map_s": s.map, "validate_s": s.validate},
        })
    runs = len(next(iter(results.values())).extract)
    # Corpus totals per run (so the ratio pairs costs from the same run), then their median.
    per_run = [{key: sum(getattr(results[a.name], key)[i] for a in articles)
                for key in ("extract", "spacy", "map", "validate")} for i in range(runs)]
    for run in per_run:
        run["build"] = run["map"] + run["validate"]
    total = {
        "extract_s": median([r["extract"] for r in per_run]),
        "spacy_s": median([r["spacy"] for r in per_run]),
        "spacy_share": median([r["spacy"] / r["extract"] for r in per_run]),
        "map_s": median([r["map"] for r in per_run]),
        "validate_s": median([r["validate"] for r in per_run]),
        "build_s": median([r["build"] for r in per_run]),
        "build_vs_extract": median([r["build"] / r["extract"] for r in per_run]),
    }
    mean = {key: statistics.fmean(row[key] for row in rows)
            for key in ("extract_s", "spacy_s", "spacy_share", "map_s", "validate_s", "build_s", "build_vs_extract")}
    return {"articles": rows, "total": total, "mean": mean}


def format_table(summary: dict[str, Any]) -> str:
    columns = [("article", 44, "article", "s"), ("chars", 6, "chars", "d"), ("blocks", 6, "blocks", "d"),
               ("extract", 9, "extract_s", "ms"), ("spaCy", 9, "spacy_s", "ms"), ("spaCy/ext", 9, "spacy_share", "%"),
               ("map", 8, "map_s", "ms"), ("validate", 9, "validate_s", "ms"), ("build", 9, "build_s", "ms"),
               ("build/ext", 9, "build_vs_extract", "x")]

    def cell(value: Any, width: int, kind: str) -> str:
        if value is None or value == "":
            return " " * width
        if kind == "s":
            text = str(value)
            return (text if len(text) <= width else text[:width - 1] + "…").ljust(width)
        if kind == "d":
            return f"{value:>{width}d}"
        if kind == "ms":
            return f"{value * 1000:>{width}.1f}"
        if kind == "%":
            return f"{value:>{width}.1%}"
        return f"{value:>{width - 1}.2f}x"

    header = "  ".join(name.ljust(w) if kind == "s" else name.rjust(w) for name, w, _key, kind in columns)
    lines = [header, "-" * len(header)]
    for row in summary["articles"]:
        flag = "" if row["conforms"] else "  (graph does not conform)"
        lines.append("  ".join(cell(row[key], w, kind) for _n, w, key, kind in columns) + flag)
    lines.append("-" * len(header))
    for label, block in (("TOTAL (median of per-run sums)", summary["total"]),
                         ("MEAN per article", summary["mean"])):
        values = {"article": label, "chars": None, "blocks": None, **block}
        lines.append("  ".join(cell(values.get(key), w, kind) for _n, w, key, kind in columns))
    return "\n".join(lines)


def environment(model_load_s: float) -> dict[str, Any]:
    from importlib.metadata import version

    nlp = pipeline()
    meta = nlp.meta
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "processor": platform.processor() or None,
        "spacy": version("spacy"),
        "model": f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}",
        "pipes": nlp.pipe_names,
        "model_load_s": model_load_s,
    }


# --- main ---------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs over the corpus; medians are reported "
                        "(default 3)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed runs over the corpus first (default 1)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the numbers to this JSON file")
    parser.add_argument("--no-acceptance", action="store_true", help=f"leave out {ACCEPTANCE.name}")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if args.warmup < 0:
        parser.error("--warmup cannot be negative")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    rss_start = peak_rss_mib()
    model_load_s, _nlp = timed(pipeline)  # load the model once, before anything is timed
    rss_model = peak_rss_mib()
    articles = load_corpus(include_acceptance=not args.no_acceptance)
    if not articles:
        print(f"no articles found in {CORPUS}", file=sys.stderr)
        return 1
    for _ in range(args.warmup):  # lexicons, gazetteer, shapes and pyshacl load on first use
        one_pass(articles, None, spacy_first=False)
    # The model, lexicons and reference data the warm-up loaded are some 800,000 long-lived objects:
    # a full collection over them before every timed call took half a second, most of the
    # benchmark's wall time. Frozen, the collections skip them; what is timed is unchanged.
    gc.collect()
    gc.freeze()
    results = {a.name: Samples() for a in articles}
    for run in range(args.repeat):
        one_pass(articles, results, spacy_first=run % 2 == 1)  # alternate the order against bias
    rss_peak = peak_rss_mib()

    summary = summarize(articles, results)
    env = environment(model_load_s)
    print(f"diplograph extraction benchmark: {len(articles)} articles, {args.repeat} timed run(s) after "
          f"{args.warmup} warm-up run(s); medians; times in ms")
    print(f"python {env['python']}, spaCy {env['spacy']}, model {env['model']}, {env['platform']}")
    print()
    print(format_table(summary))
    print()
    rss = (f"peak RSS {rss_peak:.0f} MiB (before model {rss_start:.0f} MiB, after model load {rss_model:.0f} MiB)"
           if rss_peak is not None and rss_start is not None and rss_model is not None else "peak RSS unavailable")
    print(f"model load (once, untimed in the table): {model_load_s * 1000:.0f} ms; {rss}")
    total = summary["total"]
    wall = time.perf_counter() - started
    print(f"SUMMARY: extraction {total['extract_s']:.3f} s for {len(articles)} articles, of which spaCy "
          f"{total['spacy_s']:.3f} s ({total['spacy_share']:.1%}), the rest (page reading, diplograph's rules) "
          f"{1 - total['spacy_share']:.1%}; build (map+validate) {total['build_s']:.3f} s = "
          f"{total['build_vs_extract']:.2f}x extraction; benchmark took {wall:.1f} s")

    if args.json:
        document = {
            "benchmark": "extraction",
            "repeat": args.repeat,
            "warmup": args.warmup,
            "statistic": "median",
            "environment": env,
            "memory": {"peak_rss_mib": rss_peak, "rss_before_model_mib": rss_start,
                       "rss_after_model_mib": rss_model},
            **summary,
            "benchmark_wall_s": wall,
        }
        args.json.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
