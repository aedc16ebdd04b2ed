"""`diplograph build` as a user runs it: exit codes, files written (or not), the bytes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from diplograph.cli import main

from .conftest import DEV_ARTICLE, DEV_FACTS, DEV_GOLD, PUBLISHED, ROOT, score

DATA = ROOT / "tests" / "data"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def build_readout(tmp_path: Path, *extra: str) -> tuple[int, str, str]:
    return run("build", str(DATA / "readout.txt"), "--facts", str(DATA / "readout.yaml"), *extra)


def test_build_from_reviewed_facts_writes_a_turtle_graph(tmp_path: Path) -> None:
    out = tmp_path / "g.ttl"
    code, _out, err = build_readout(tmp_path, "-o", str(out))
    assert code == 0, err
    graph = Graph().parse(out)
    assert len(graph) > 100
    assert f"{out}: {len(graph)} triples, 0 warnings" in err


def test_default_output_is_output_slug_ttl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _out, err = build_readout(tmp_path)
    assert code == 0, err
    assert (tmp_path / "output" / "readout.ttl").is_file()


def test_dash_writes_the_graph_to_stdout(tmp_path: Path) -> None:
    code, out, _err = build_readout(tmp_path, "-o", "-", "--format", "nt")
    assert code == 0
    assert len(Graph().parse(data=out, format="nt")) > 100


def test_every_format_reads_back_into_the_same_graph(tmp_path: Path) -> None:
    outputs = {fmt: tmp_path / f"g.{ext}" for fmt, ext in
               (("turtle", "ttl"), ("json-ld", "jsonld"), ("nt", "nt"), ("trig", "trig"), ("nquads", "nq"))}
    code, _out, err = build_readout(tmp_path, *[a for p in outputs.values() for a in ("-o", str(p))])
    assert code == 0, err
    reference = Graph().parse(outputs["turtle"])
    for fmt, path in outputs.items():
        if fmt in ("trig", "nquads"):
            from rdflib import Dataset
            dataset = Dataset()
            dataset.parse(path, format=fmt)
            graphs = [g for g in dataset.graphs() if len(g)]
            assert [str(g.identifier) for g in graphs] == ["https://w3id.org/diplograph/id/article/readout"]
            parsed = Graph()
            for triple in graphs[0]:
                parsed.add(triple)
        else:
            parsed = Graph().parse(path, format=fmt)
        assert isomorphic(parsed, reference), fmt


def test_json_ld_embeds_its_context_and_never_points_at_a_remote_one(tmp_path: Path) -> None:
    import json

    out = tmp_path / "g.jsonld"
    assert build_readout(tmp_path, "-o", str(out))[0] == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["@context"]["schema"] == "https://schema.org/"
    assert isinstance(document["@context"], dict)


@pytest.mark.parametrize("fmt", ["turtle", "json-ld", "nt", "trig", "nquads"])
def test_same_input_same_bytes_in_fresh_processes(tmp_path: Path, fmt: str) -> None:
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"{seed}.out"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "diplograph", "build", str(DATA / "readout.txt"), "--facts",
                        str(DATA / "readout.yaml"), "--format", fmt, "-o", str(out)],
                       check=True, env=env, capture_output=True)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_a_graph_that_violates_the_shapes_is_not_written(tmp_path: Path) -> None:
    facts = tmp_path / "facts.yaml"
    facts.write_text((DATA / "readout.yaml").read_text(encoding="utf-8")
                     .replace("    attendees: [anna-berg, mikko-laine]\n", ""), encoding="utf-8")
    out = tmp_path / "g.ttl"
    code, _out, err = run("build", str(DATA / "readout.txt"), "--facts", str(facts), "-o", str(out))
    assert code == 1
    assert "a meeting or phone call must have at least one attendee" in err
    assert "the graph violates the shapes (1 violation)" in err
    assert not out.exists()


def test_a_failed_build_leaves_the_previous_output_intact(tmp_path: Path) -> None:
    out = tmp_path / "g.ttl"
    out.write_text("previous\n", encoding="utf-8")
    code, _out, _err = run("build", str(DATA / "readout.txt"), "--facts", str(tmp_path / "missing.yaml"),
                           "-o", str(out))
    assert code == 1
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["g.ttl"]


@pytest.mark.parametrize(("args", "code", "message"), [
    (["build", "no-such.txt", "--facts", "x.yaml"], 1, "Error: no-such.txt: no such article file"),
    (["build", str(DATA / "readout.txt"), "--facts", str(DATA / "readout.yaml"), "--published", "2023-13-45"],
     2, "--published '2023-13-45' is not a date (YYYY-MM-DD)"),
    (["build", str(DATA / "readout.txt"), "--facts", str(DATA / "readout.yaml"), "--format", "rdfa"], 2,
     "Invalid value for '--format'"),
    (["build", str(DATA / "readout.txt"), "--facts", str(DATA / "readout.yaml"), "--base-iri", "not an iri"], 2,
     "is not an absolute http(s) IRI"),
    (["build", str(DATA), "--facts", str(DATA / "readout.yaml")], 2, "--facts builds one article"),
    (["build", str(DATA / "readout.txt"), "no-such-folder/", "-o", "out/"], 1, "no-such-folder: no such file"),
])
def test_bad_invocations_get_one_line_and_an_exit_code(args: list[str], code: int, message: str) -> None:
    exit_code, _out, err = run(*args)
    assert exit_code == code
    assert message in err
    assert "Traceback" not in err


def test_a_malformed_facts_file_names_line_and_field(tmp_path: Path) -> None:
    facts = tmp_path / "facts.yaml"
    facts.write_text((DATA / "readout.yaml").read_text(encoding="utf-8").replace("start: '2024-05-10'",
                                                                                 "start: '2024-05-40'"),
                     encoding="utf-8")
    code, _out, err = run("build", str(DATA / "readout.txt"), "--facts", str(facts), "-o", str(tmp_path / "g.ttl"))
    assert code == 1
    assert f"Error: {facts}:45: events[2].start: '2024-05-40' is not a date" in err


def test_evidence_not_in_the_article_is_refused(tmp_path: Path) -> None:
    facts = tmp_path / "facts.yaml"
    facts.write_text((DATA / "readout.yaml").read_text(encoding="utf-8").replace(
        "evidence: [the Arctic Council conference in Tromsø, Norway]", "evidence: [the Arctic summit]"),
        encoding="utf-8")
    code, _out, err = run("build", str(DATA / "readout.txt"), "--facts", str(facts), "-o", str(tmp_path / "g.ttl"))
    assert code == 1
    assert "events 'arctic-conference' evidence[0]: 'the Arctic summit' is not in the article" in err


def test_the_development_article_from_reviewed_facts_scores_full_marks(
        tmp_path: Path, check_facts: object) -> None:
    for name in ("dev.ttl", "dev.jsonld"):
        out = tmp_path / name
        code, _out, err = run("build", str(DEV_ARTICLE), "--facts", str(DEV_FACTS), "--published", PUBLISHED,
                              "-o", str(out))
        assert code == 0, err
        result = score(check_facts, DEV_GOLD, out, DEV_ARTICLE)  # type: ignore[arg-type]
        assert (result["recall"], result["precision"], result["evidence"]) == (1.0, 1.0, 1.0), name


def test_a_bug_is_still_one_line_and_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import diplograph.api

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("rule went wrong")

    monkeypatch.setattr(diplograph.api, "build_article", broken)
    out = tmp_path / "g.ttl"
    code, _out, err = build_readout(tmp_path, "-o", str(out))
    assert code == 1
    assert err.strip().splitlines() == ["Error: internal error (RuntimeError: rule went wrong); nothing was "
                                        "written. Please report it with the article."]
    assert not out.exists()


def test_trig_keeps_line_separator_characters_inside_literals() -> None:
    """Found by the property suite: '\\x85' and U+2028 are line breaks to str.splitlines()."""
    from rdflib import Dataset, Graph, Literal, URIRef

    from diplograph.write import serialize

    graph = Graph()
    graph.add((URIRef("urn:x:s"), URIRef("urn:x:p"), Literal("talks,\x85 Ana\u2028Diaz")))
    back = Dataset()
    back.parse(data=serialize(graph, "trig", graph_name="urn:x:g"), format="trig")
    assert set(back.graph(URIRef("urn:x:g")).objects()) == {Literal("talks,\x85 Ana\u2028Diaz")}
