"""Bad input, one case per line of issue 5: a clear one-line error, the documented exit code
(2 bad invocation; 1 input, validation or I/O failure), and nothing written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import main

DATA = Path(__file__).parent / "data"
PLAIN = "The bakery on Main Street won a prize for its bread on Tuesday.\n"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def write(name: str, content: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(content)
        return path
    return make


CASES = [
    # (what, make the article, extra options, exit code, the message)
    ("missing file", lambda d: d / "missing.txt", [], 1, "missing.txt: no such article file"),
    ("empty file", write("empty.txt", b""), [], 1, "empty.txt: the article is empty"),
    ("whitespace only", write("blank.txt", b"  \n\t\n"), [], 1, "blank.txt: the article is empty"),
    ("binary file", write("photo.txt", bytes(range(256)) * 8), [], 1, "photo.txt: looks like a binary file"),
    ("not UTF-8", write("latin.txt", "Ministers met in Bogotá.".encode("latin-1")), [], 1,
     "latin.txt: is not utf-8 text (byte 22); give its encoding with --encoding"),
    ("over the size limit", write("long.txt", b"Ministers met. " * 100), ["--max-bytes", "1000"], 1,
     "long.txt: 1500 bytes is over the 1000-byte limit for an article (raise it with --max-bytes)"),
    ("HTML without article text",
     write("nav.html", b"<html><body><nav>Home | World</nav><script>var a = 1;</script></body></html>"), [], 1,
     "nav.html: the HTML page has no article text"),
    ("invalid --published", write("a.txt", PLAIN.encode()), ["--published", "2024-02-30"], 2,
     "--published '2024-02-30' is not a date (YYYY-MM-DD)"),
    ("unknown --format", write("a.txt", PLAIN.encode()), ["--format", "rdfa"], 2,
     "Invalid value for '--format': 'rdfa' is not one of"),
]


@pytest.mark.parametrize(("what", "make", "options", "code", "message"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_one_line_an_exit_code_and_nothing_written(
        tmp_path: Path, what: str, make: Callable[[Path], Path], options: list[str], code: int,
        message: str) -> None:
    article = make(tmp_path)
    out = tmp_path / "out"
    status, stdout, stderr = run("build", str(article), "-o", str(out / "graph.ttl"), *options)
    assert status == code, stderr
    assert message in stderr
    assert "Traceback" not in stderr + stdout
    lines = [line for line in stderr.splitlines() if line.startswith("Error:")]
    assert len(lines) == 1
    assert not out.exists()


def test_a_folder_given_to_extract_is_named(tmp_path: Path) -> None:
    status, _out, err = run("extract", str(tmp_path))
    assert status == 1
    assert err == f"Error: {tmp_path}: is a directory, not an article file\n"


@pytest.mark.parametrize("target", ["a-file/graph.ttl", "/proc/diplograph/graph.ttl"])
def test_an_unwritable_output_path_is_one_line(tmp_path: Path, target: str) -> None:
    (tmp_path / "article.txt").write_text(PLAIN, encoding="utf-8")
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    destination = target if target.startswith("/") else str(tmp_path / target)
    status, _out, err = run("build", str(tmp_path / "article.txt"), "-o", destination)
    assert status == 1
    assert err.splitlines()[-1].startswith("Error: ")
    assert "cannot" in err.splitlines()[-1]
    assert (tmp_path / "a-file").read_text(encoding="utf-8") == "not a folder"


def test_an_article_with_no_diplomatic_facts_is_not_an_error(tmp_path: Path) -> None:
    (tmp_path / "bakery.txt").write_text("Bakery wins prize\n\n" + PLAIN, encoding="utf-8")
    status, _out, err = run("build", str(tmp_path / "bakery.txt"), "-o", str(tmp_path / "bakery.ttl"))
    assert status == 0, err
    assert "Warning:" in err and "the article gives no diplomatic facts" in err
    assert "schema:NewsArticle" in (tmp_path / "bakery.ttl").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["..\\..\\escape.txt", "....txt", "evil\u202e.txt", "<script>.txt"])
def test_output_names_from_article_names_stay_in_the_output_folder(tmp_path: Path, name: str) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / name).write_text("Ministers meet\n\n" + PLAIN, encoding="utf-8")
    out = tmp_path / "out"
    status, _out, err = run("build", str(inbox), "-o", str(out))
    assert status == 0, err
    written = list(out.iterdir())
    assert len(written) == 1
    assert written[0].parent == out
    assert all(c.isalnum() or c in "-._" for c in written[0].name)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["inbox", "out"]


@pytest.mark.parametrize(("failure", "message"), [
    (KeyboardInterrupt(), "interrupted; nothing was written"),
    (OSError(28, "No space left on device"), "cannot be written (No space left on device)"),
])
def test_a_run_stopped_while_writing_leaves_the_previous_file_intact(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: BaseException, message: str) -> None:
    out = tmp_path / "graph.ttl"
    out.write_text("the previous graph\n", encoding="utf-8")

    def fail(*_args: object) -> None:
        raise failure

    monkeypatch.setattr("diplograph.write.os.replace", fail)
    status, _out, err = run("build", str(DATA / "readout.txt"), "--facts", str(DATA / "readout.yaml"),
                            "-o", str(out))
    assert status == 1
    assert message in err
    assert out.read_text(encoding="utf-8") == "the previous graph\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]  # no temporary file left
