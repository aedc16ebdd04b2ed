"""`diplograph extract` and `build` without a facts file, as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from diplograph.cli import main
from diplograph.factsfile import read_facts

from .conftest import CORPUS

ARTICLE = CORPUS / "reuters-baerbock-sikorski-berlin.txt"
PUBLISHED = "2024-03-13"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_extract_writes_a_facts_file_that_reads_back(tmp_path: Path) -> None:
    out = tmp_path / "facts.yaml"
    code, _out, err = run("extract", str(ARTICLE), "--published", PUBLISHED, "-o", str(out))
    assert code == 0, err
    facts = read_facts(out)
    assert facts.article.publisher == "reuters"
    assert {"radoslaw-sikorski", "annalena-baerbock"} <= {p.id for p in facts.people}


def test_extract_to_json_and_to_stdout(tmp_path: Path) -> None:
    out = tmp_path / "facts.json"
    assert run("extract", str(ARTICLE), "--published", PUBLISHED, "-o", str(out))[0] == 0
    assert json.loads(out.read_text(encoding="utf-8"))["article"]["published"] == PUBLISHED
    code, stdout, _err = run("extract", str(ARTICLE), "--published", PUBLISHED)
    assert code == 0
    assert stdout.startswith("# diplograph facts file")


def test_reviewing_the_extracted_facts_unchanged_gives_the_same_graph(tmp_path: Path) -> None:
    facts = tmp_path / "facts.yaml"
    assert run("extract", str(ARTICLE), "--published", PUBLISHED, "-o", str(facts))[0] == 0
    assert run("build", str(ARTICLE), "--published", PUBLISHED, "-o", str(tmp_path / "a.ttl"))[0] == 0
    assert run("build", str(ARTICLE), "--facts", str(facts), "-o", str(tmp_path / "b.ttl"))[0] == 0
    assert (tmp_path / "a.ttl").read_bytes() == (tmp_path / "b.ttl").read_bytes()


def test_a_corrected_facts_file_changes_the_graph(tmp_path: Path) -> None:
    facts = tmp_path / "facts.yaml"
    assert run("extract", str(ARTICLE), "--published", PUBLISHED, "-o", str(facts))[0] == 0
    text = facts.read_text(encoding="utf-8").replace("name: Radoslaw Sikorski", "name: Radosław Sikorski")
    facts.write_text(text, encoding="utf-8")
    code, out, _err = run("build", str(ARTICLE), "--facts", str(facts), "-o", "-")
    assert code == 0
    assert '"Radosław Sikorski"' in out


def test_extraction_gives_the_same_bytes_in_fresh_processes(tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "7"):
        out = tmp_path / f"{seed}.ttl"
        subprocess.run([sys.executable, "-m", "diplograph", "build", str(ARTICLE), "--published", PUBLISHED,
                        "-o", str(out)], check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": seed})
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_extract_refuses_a_bad_date_and_a_missing_article() -> None:
    code, _out, err = run("extract", str(ARTICLE), "--published", "14/04/2023")
    assert code == 2
    assert "--published '14/04/2023' is not a date (YYYY-MM-DD)" in err
    code, _out, err = run("extract", "nowhere.txt")
    assert code == 1
    assert err.strip() == "Error: nowhere.txt: no such article file"


def test_an_article_with_no_diplomatic_facts_gets_a_valid_graph_and_a_warning(tmp_path: Path) -> None:
    article = tmp_path / "bakery.txt"
    article.write_text("Local bakery wins award\n\nThe bakery on Main Street won a prize for its bread on Tuesday.\n",
                       encoding="utf-8")
    out = tmp_path / "bakery.ttl"
    code, _out, err = run("build", str(article), "--published", "2024-05-10", "-o", str(out))
    assert code == 0
    assert "the article gives no diplomatic facts" in err
    assert "Local bakery wins award" in out.read_text(encoding="utf-8")
