"""The news-graph path at scale: build, merge, validate and load 1,000 articles, and merge +
load a million-triple graph against Oxigraph's own loader, side by side in one run.

Run from the repository root (needs the nlp and dev extras, which bring spaCy and the
Oxigraph server)::

    python benchmarks/newsgraph.py [--articles 1000] [--triples 1000000] [--json results.json]

The 1,000 articles are the test corpus varied: copy k of an article has every person the
gold file names renamed to invented names (full names and surnames alone), so each copy
has its own people, events and IRIs while its language stays that of a real report.
Everything is timed in this process or in subprocesses started from it, one after another,
so every ratio compares two costs measured minutes apart on the same machine.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
sys.path.insert(0, str(ROOT / "tests"))

FIRST = ["Arden", "Bela", "Corin", "Dara", "Elio", "Fenna", "Goran", "Hali", "Ivo", "Juna", "Kiri", "Lior",
         "Mira", "Noor", "Oren", "Pia", "Rafa", "Sami", "Tove", "Yara", "Zeno", "Anouk", "Bram", "Cleo"]
LAST = ["Vantor", "Blesk", "Harju", "Mendaro", "Okonye", "Sallis", "Trevane", "Ulrick", "Wendholm", "Zarev",
        "Aldecoa", "Brannagh", "Castellan", "Dervish", "Eskola", "Falconer", "Gruber", "Holloway", "Ishida",
        "Jovanic", "Kettering", "Lindqvist", "Moravec", "Nakagawa", "Osterberg", "Pellegrini", "Quarles"]


# --- the corpus ---------------------------------------------------------------------------------

def base_articles() -> list[tuple[Path, str, list[str]]]:
    """(article, published, people's names) for every test-corpus article with a gold file."""
    found = []
    for gold in sorted(CORPUS.glob("*.toml")):
        data = tomllib.loads(gold.read_text(encoding="utf-8"))
        spellings = [n for p in data.get("persons", [])
                     for n in (p["name"] if isinstance(p["name"], list) else [p["name"]])]
        names = sorted({n for n in spellings if len(n.split()) >= 2}, key=len, reverse=True)
        found.append((CORPUS / data["article"], data["published"], names))
    return found


def variant(text: str, names: list[str], k: int) -> str:
    """The article with its people renamed for copy ``k`` (copy 0 is the article itself)."""
    if k == 0:
        return text
    for j, name in enumerate(names):
        new_first = FIRST[(k * 7 + j) % len(FIRST)]
        new_last = LAST[(k * 11 + j * 5) % len(LAST)] + ("" if k < len(LAST) else str(k // len(LAST)))
        surname = name.split()[-1]
        text = re.sub(rf"\b{re.escape(name)}\b", f"{new_first} {new_last}", text)
        if len(surname) > 3:
            text = re.sub(rf"\b{re.escape(surname)}\b", new_last, text)
    return text


def make_corpus(folder: Path, count: int) -> Path:
    """``count`` articles in ``folder`` and a manifest of their dates; returns the manifest."""
    bases = base_articles()
    rows = ["file,published"]
    for n in range(count):
        path, published, names = bases[n % len(bases)]
        k = n // len(bases)
        name = f"{path.stem}-{k:03d}{path.suffix}"
        (folder / name).write_text(variant(path.read_text(encoding="utf-8"), names, k), encoding="utf-8")
        rows.append(f"{name},{published}")
    manifest = folder.parent / "manifest.csv"
    manifest.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return manifest


# --- measuring ----------------------------------------------------------------------------------

def timed(step: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    start = time.perf_counter()
    value = step()
    return time.perf_counter() - start, value


def peak_mib() -> dict[str, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"this process": round(own, 1), "largest subprocess": round(children, 1)}


def run(*command: str) -> float:
    seconds, result = timed(lambda: subprocess.run(command, capture_output=True, text=True))
    if result.returncode:
        raise SystemExit(f"{' '.join(command)} failed: {result.stderr.strip()[-500:]}")
    return float(seconds)


def spacy_parse(articles: list[Path]) -> float:
    """spaCy alone: the loaded pipeline over exactly the blocks extraction parses."""
    from diplograph.extract import READ_KINDS
    from diplograph.nlp import pipeline
    from diplograph.read import read_article_text, read_text_file

    nlp = pipeline()
    texts = []
    for path in articles:
        page = read_article_text(read_text_file(path), path.name)
        texts.append([b.text for b in page.blocks if b.kind in READ_KINDS])
    seconds, _ = timed(lambda: [list(nlp.pipe(blocks)) for blocks in texts])
    return float(seconds)


def big_graph(merged: Path, target: Path, triples: int) -> int:
    """An N-Quads file of about ``triples`` quads: the merged corpus repeated, each copy's article
    graphs and people renamed so that no copy repeats another."""
    lines = merged.read_text(encoding="utf-8").splitlines()
    copies = max(1, -(-triples // len(lines)))
    written = 0
    with target.open("w", encoding="utf-8") as out:
        for c in range(copies):
            for line in lines:
                if written >= triples:
                    break
                out.write(line.replace("/article/", f"/article/c{c}-").replace("/person/", f"/person/c{c}-") + "\n")
                written += 1
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary one)")
    options = parser.parse_args()

    from conftest import OxigraphServer, oxigraph_binary  # the tests' live-server helper
    from diplograph.batch import build_many, collect_articles, plan_jobs, read_manifest
    from diplograph.merge import merge_files, to_rdflib
    from diplograph.nlp import pipeline
    from diplograph.rdfio import read_article_graphs
    from diplograph.store import EmbeddedStore, EndpointStore, load_graphs
    from diplograph.validate import validate_graph

    work = options.keep or Path(tempfile.mkdtemp(prefix="diplograph-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    (work / "articles").mkdir(exist_ok=True)
    bin_dir = Path(sys.executable).parent
    diplograph = str(bin_dir / "diplograph")
    results: dict[str, Any] = {"machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python "
                                          f"{platform.python_version()}", "articles": options.articles}
    try:
        manifest = make_corpus(work / "articles", options.articles)
        articles = collect_articles([work / "articles"])
        entries = read_manifest(manifest)
        print(f"{len(articles)} articles in {work / 'articles'}", file=sys.stderr)

        # warm: spaCy loaded, shapes parsed, lexicons read (what a long-running process has)
        pipeline()
        build_many(plan_jobs(articles[:2], work / "warm", "trig", manifest=entries))

        t_spacy = spacy_parse(articles)
        print(f"spaCy parse: {t_spacy:.1f} s", file=sys.stderr)
        t_jobs1, one = timed(lambda: build_many(plan_jobs(articles, work / "jobs1", "trig", manifest=entries),
                                                workers=1))
        print(f"build --jobs 1: {t_jobs1:.1f} s", file=sys.stderr)
        t_jobs2, _ = timed(lambda: build_many(plan_jobs(articles, work / "jobs2", "trig", manifest=entries),
                                                workers=2))
        print(f"build --jobs 2: {t_jobs2:.1f} s", file=sys.stderr)
        failed = [o for o in one if not o.ok]
        same = all((work / "jobs1" / p.name).read_bytes() == p.read_bytes() for p in (work / "jobs2").iterdir())
        built = sorted((work / "jobs1").glob("*.trig"))

        t_read, graphs = timed(lambda: read_article_graphs(built))
        t_merge, merged = timed(lambda: merge_files(built, validate=False))
        t_validate, verdicts = timed(lambda: [validate_graph(to_rdflib(merged.blocks.quads_of(name)))
                                              for name in merged.blocks.graphs])
        merged_file = work / "news.nq"
        merged_file.write_bytes(merged.serialize("nquads"))

        store = EmbeddedStore(work / "store")
        t_load, _ = timed(lambda: load_graphs(store, graphs.graphs))
        once = store.triple_count()
        t_reload, _ = timed(lambda: load_graphs(store, graphs.graphs))
        twice = store.triple_count()
        store.close()

        server = OxigraphServer(work / "server") if shutil.which("oxigraph", path=str(bin_dir)) else None
        t_http = None
        if server is not None:
            try:
                t_http, _ = timed(lambda: load_graphs(EndpointStore(server.store_url), graphs.graphs))
            finally:
                server.stop()

        big = work / "big.nq"
        quads = big_graph(merged_file, big, options.triples)
        t_oxigraph = run(oxigraph_binary(), "load", "--location", str(work / "ox-store"), "--file", str(big))
        t_cli_merge = run(diplograph, "merge", str(big), "-o", str(work / "big-merged.nq"), "--no-validate")
        t_cli_bulk = run(diplograph, "load", str(work / "big-merged.nq"), "--store", str(work / "big-store"), "--bulk")
        t_cli_load = run(diplograph, "load", str(work / "big-merged.nq"), "--store", str(work / "big-store2"))
        t_help = sorted(run(diplograph, "--help") for _ in range(5))[2]

        n = len(articles)
        results.update({
            "failed articles": len(failed),
            "jobs 1 and jobs 2 outputs identical": same,
            "triples built": sum(o.triples for o in one),
            "spaCy parse s": round(t_spacy, 2),
            "build jobs 1 s": round(t_jobs1, 2), "build jobs 1 articles/s": round(n / t_jobs1, 1),
            "build jobs 2 s": round(t_jobs2, 2), "build jobs 2 articles/s": round(n / t_jobs2, 1),
            "jobs 2 speed-up (target >= 1.8)": round(t_jobs1 / t_jobs2, 2),
            "warm pipeline / spaCy parse (target <= 1.3)": round(t_jobs1 / t_spacy, 2),
            "read graphs s": round(t_read, 2),
            "merge (no validation) s": round(t_merge, 2),
            "validation s": round(t_validate, 2),
            "validation ms per article": round(1000 * t_validate / max(1, len(verdicts)), 1),
            "all article graphs conform": all(v.conforms for v in verdicts),
            "load embedded s": round(t_load, 2), "reload embedded s": round(t_reload, 2),
            "triples in store after one load, after two": (once, twice),
            "load http s": round(t_http, 2) if t_http is not None else None,
            "1M graph quads": quads,
            "oxigraph load s": round(t_oxigraph, 2),
            "diplograph merge s": round(t_cli_merge, 2),
            "diplograph load --bulk s": round(t_cli_bulk, 2),
            "diplograph load (transactional) s": round(t_cli_load, 2),
            "merge + load --bulk / oxigraph load (target <= 1.5)": round((t_cli_merge + t_cli_bulk) / t_oxigraph, 2),
            "merge + transactional load / oxigraph load": round((t_cli_merge + t_cli_load) / t_oxigraph, 2),
            "diplograph --help s (target < 0.15)": round(t_help, 3),
            "peak MiB": peak_mib(),
        })
    finally:
        if not options.keep:
            shutil.rmtree(work, ignore_errors=True)
    width = max(map(len, results))
    for key, value in results.items():
        print(f"{key:<{width}}  {value}")
    if options.json:
        options.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
