"""`diplograph build` over many articles: folders, manifests, jobs, failures that do not stop
the others, and output that depends on nothing but each article."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.batch import collect_articles, read_manifest
from diplograph.cli import main
from diplograph.errors import InputError

CORPUS = Path(__file__).parent / "corpus"
ARTICLES = ["kyodo-lula-japan-state-visit.txt", "phone-call-wang-albares.txt", "pmo-trudeau-boric-call.txt"]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name in ARTICLES:
        shutil.copy(CORPUS / name, folder / name)
    (folder / "notes.md").write_text("not an article", encoding="utf-8")
    return folder


def test_a_folder_is_built_article_by_article_into_the_output_folder(inbox: Path, tmp_path: Path) -> None:
    code, out, err = run("build", str(inbox), "-o", str(tmp_path / "out"), "--jobs", "1")
    assert code == 0, err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "kyodo-lula-japan-state-visit.ttl", "phone-call-wang-albares.ttl", "pmo-trudeau-boric-call.ttl"]
    assert "built 3 of 3 articles" in err and "0 failed" in err
    assert out == ""
    assert "\r" not in err  # no progress bar when standard error is not a terminal


def test_a_failed_article_is_reported_and_the_others_are_still_written(inbox: Path, tmp_path: Path) -> None:
    (inbox / "empty.txt").write_text("   \n", encoding="utf-8")
    (inbox / "latin1.txt").write_bytes("Ministers met in Bogotá on Friday.".encode("latin-1"))
    code, _out, err = run("build", str(inbox), "-o", str(tmp_path / "out"), "--jobs", "2")
    assert code == 1
    assert f"{inbox / 'empty.txt'}: failed:" in err
    assert f"{inbox / 'latin1.txt'}: failed: {inbox / 'latin1.txt'}: is not utf-8 text" in err
    assert "built 3 of 5 articles" in err and "2 failed" in err
    assert err.rstrip().endswith("2 of 5 articles failed; the others were written")
    assert len(list((tmp_path / "out").glob("*.ttl"))) == 3


def test_the_output_depends_neither_on_jobs_nor_on_the_order_of_the_inputs(inbox: Path, tmp_path: Path) -> None:
    files = sorted(str(p) for p in inbox.glob("*.txt"))
    code, _out, err = run("build", *files, "-o", str(tmp_path / "one"), "--jobs", "1", "--published", "2024-07-10")
    assert code == 0, err
    code, _out, err = run("build", *reversed(files), "-o", str(tmp_path / "two"), "--jobs", "2",
                          "--published", "2024-07-10")
    assert code == 0, err
    for built in (tmp_path / "one").iterdir():
        assert built.read_bytes() == (tmp_path / "two" / built.name).read_bytes()


def test_a_manifest_gives_each_article_its_date_and_address(inbox: Path, tmp_path: Path) -> None:
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,published,url\n"
                        "phone-call-wang-albares.txt,2024-07-10,https://news.example/calls/wang-albares\n"
                        "kyodo-lula-japan-state-visit.txt,2024-06-06,\n", encoding="utf-8")
    code, _out, err = run("build", str(inbox), "-o", str(tmp_path / "out"), "--manifest", str(manifest),
                          "--published", "2024-12-05")
    assert code == 0, err
    call = (tmp_path / "out" / "phone-call-wang-albares.ttl").read_text(encoding="utf-8")
    assert 'schema:datePublished "2024-07-10"^^xsd:date' in call
    assert "schema:url <https://news.example/calls/wang-albares>" in call
    kyodo = (tmp_path / "out" / "kyodo-lula-japan-state-visit.ttl").read_text(encoding="utf-8")
    assert 'schema:datePublished "2024-06-06"^^xsd:date' in kyodo
    # an article the manifest does not list takes --published
    pmo = (tmp_path / "out" / "pmo-trudeau-boric-call.ttl").read_text(encoding="utf-8")
    assert 'schema:datePublished "2024-12-05"^^xsd:date' in pmo


def test_a_json_manifest_is_read_too(tmp_path: Path) -> None:
    manifest = tmp_path / "m.json"
    manifest.write_text(json.dumps([{"file": "a.txt", "published": "2024-01-31", "url": None}]), encoding="utf-8")
    assert read_manifest(manifest)["a.txt"].published == "2024-01-31"


@pytest.mark.parametrize(("content", "message"), [
    ("name,published\na.txt,2024-01-01\n", "needs a header row with a 'file' column"),
    ("file,published\na.txt,2024-02-30\n", "row 2: '2024-02-30' is not a date"),
    ("file,published\n,2024-02-01\n", "row 2: no file named"),
])
def test_a_bad_manifest_is_named_with_its_row(tmp_path: Path, content: str, message: str) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message.replace("(", r"\(")):
        read_manifest(manifest)


def test_two_articles_that_would_overwrite_each_other_are_refused(inbox: Path, tmp_path: Path) -> None:
    other = tmp_path / "elsewhere"
    other.mkdir()
    shutil.copy(inbox / ARTICLES[0], other / ARTICLES[0])
    code, _out, err = run("build", str(inbox), str(other), "-o", str(tmp_path / "out"))
    assert code == 2
    assert "would both be written to" in err
    assert not (tmp_path / "out").exists()


def test_folders_are_searched_for_articles_only(inbox: Path) -> None:
    assert [p.name for p in collect_articles([inbox])] == sorted(ARTICLES)
    with pytest.raises(InputError, match="no articles to build"):
        collect_articles([inbox / "empty-folder"] if (inbox / "empty-folder").mkdir() is None else [])
