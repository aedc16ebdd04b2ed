"""The test corpus: articles of many kinds, each with a gold file in the acceptance format,
checked with the acceptance checker. Every graph must be valid with exact evidence; recall and
precision are held over the corpus as a whole, and no article may be missed wholesale."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

import pytest

from diplograph.api import build_article

from .conftest import CORPUS, score

GOLD_FILES = sorted(CORPUS.glob("*.toml"))
# The corpus as a whole, held to the bar. Thirty-two rounds of held-out articles were
# scored before any rule was tuned on them, then added here; the last twenty-eight (six articles
# each) scored recall 0.737, 0.688, 0.649, 0.690, 0.717, 0.683, 0.708, 0.714, 0.734, 0.748, 0.774,
# 0.759, 0.737, 0.726, 0.861, 0.740, 0.735, 0.743, 0.784, 0.867, 0.668, 0.811, 0.741, 0.866,
# 0.685, 0.813, 0.826 and 0.826 and precision 0.954, 0.861, 0.882, 0.786, 0.841, 0.885, 0.886,
# 0.843, 0.947, 0.938, 0.942, 0.970, 0.893, 0.977, 0.976, 0.963, 0.944, 0.918, 0.975, 0.978,
# 0.939, 0.991, 0.892, 0.963, 0.938, 0.971, 0.963 and 0.980 when they were added: what to expect
# on new text.
MIN_RECALL = 0.90
MIN_PRECISION = 0.95


@cache
def scored(gold: Path, tmp: Path, check_facts: object) -> dict:
    data = tomllib.loads(gold.read_text(encoding="utf-8"))
    article = gold.parent / data["article"]
    result = build_article(article, published=data["published"])
    out = tmp / f"{gold.stem}.ttl"
    out.write_text(result.serialize("turtle"), encoding="utf-8")
    return score(check_facts, gold, out, article)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def tmp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("corpus")


def test_the_corpus_has_articles_of_many_kinds() -> None:
    kinds = {path.suffix for path in CORPUS.iterdir() if path.suffix in (".txt", ".html")}
    assert len(GOLD_FILES) >= 194
    assert kinds == {".txt", ".html"}


@pytest.mark.parametrize("gold", GOLD_FILES, ids=[g.stem for g in GOLD_FILES])
def test_each_article_builds_a_valid_graph_whose_evidence_quotes_it_exactly(
        gold: Path, tmp: Path, check_facts: object) -> None:
    result = scored(gold, tmp, check_facts)
    assert result["evidence"] == 1.0
    # Held-out articles join the corpus as they scored unseen (the weakest, a Luxembourg government
    # readout whose masthead hid its headline, at 0.40); tuned, the weakest now reads 0.78. The floor
    # catches an article missed wholesale, not one read badly.
    assert result["recall"] >= 0.6, "an article of its kind should not be missed wholesale"


def test_recall_and_precision_over_the_corpus(tmp: Path, check_facts: object) -> None:
    results = [scored(gold, tmp, check_facts) for gold in GOLD_FILES]
    recall = sum(r["passed"] for r in results) / sum(r["facts"] for r in results)
    entities = sum(r["entities"] for r in results)
    precision = (entities - sum(r["wrong_entities"] for r in results)) / entities
    assert recall >= MIN_RECALL, f"corpus recall {recall:.3f}"
    assert precision >= MIN_PRECISION, f"corpus precision {precision:.3f}"
