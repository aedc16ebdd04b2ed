"""The development article, read automatically, against the acceptance facts; and the
committed example output in output/ is what the README's main command writes today."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import main

from .conftest import DEV_ARTICLE, DEV_GOLD, PUBLISHED, ROOT, require_acceptance, score

OUTPUTS = ["scmp-qin-lavrov-samarkand.ttl", "scmp-qin-lavrov-samarkand.jsonld"]


def build(*args: str) -> None:
    result = CliRunner().invoke(main, ["build", str(DEV_ARTICLE), "--published", PUBLISHED, *args])
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize("name", OUTPUTS)
def test_without_a_facts_file_the_article_scores_full_marks(tmp_path: Path, check_facts: object,
                                                          name: str) -> None:
    out = tmp_path / name
    build("-o", str(out))
    result = score(check_facts, DEV_GOLD, out, DEV_ARTICLE)  # type: ignore[arg-type]
    assert (result["recall"], result["precision"], result["evidence"]) == (1.0, 1.0, 1.0)


def test_extract_then_build_from_the_facts_gives_the_same_graph(tmp_path: Path) -> None:
    require_acceptance()
    facts = tmp_path / "facts.yaml"
    result = CliRunner().invoke(main, ["extract", str(DEV_ARTICLE), "--published", PUBLISHED, "-o", str(facts)])
    assert result.exit_code == 0, result.stderr
    build("-o", str(tmp_path / "direct.ttl"))
    build("--facts", str(facts), "-o", str(tmp_path / "reviewed.ttl"))
    assert (tmp_path / "direct.ttl").read_bytes() == (tmp_path / "reviewed.ttl").read_bytes()


def test_the_committed_example_output_is_up_to_date(tmp_path: Path) -> None:
    require_acceptance()
    build(*[a for name in OUTPUTS for a in ("-o", str(tmp_path / name))])
    for name in OUTPUTS:
        committed = ROOT / "output" / name
        assert committed.read_bytes() == (tmp_path / name).read_bytes(), (
            f"output/{name} is out of date: run the README's main command")
