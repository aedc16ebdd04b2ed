"""Merging article graphs: one IRI per person across spellings, either schema.org spelling in,
either out, validation per article, deterministic output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal, URIRef

from diplograph.cli import main
from diplograph.iris import person_key

DATA = Path(__file__).parent / "data"
SCHEMA = "https://schema.org/"
PERSON = "https://w3id.org/diplograph/id/person/"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def article(folder: Path, name: str, minister: str, text: str) -> Path:
    """A one-meeting article and its reviewed facts file; returns its built TriG graph."""
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.yaml").write_text(f"""
article: {{source: {name}.txt, headline: {text.splitlines()[0]!r}, published: '2024-03-02'}}
people:
  - {{id: minister, name: {minister}, title: Foreign Minister, represents: russia}}
  - {{id: guest, name: Ana Costa, title: Foreign Minister, represents: portugal}}
places:
  - {{id: russia, name: Russia, type: Country}}
  - {{id: portugal, name: Portugal, type: Country}}
events:
  - id: talks
    type: meeting
    attendees: [minister, guest]
    location: russia
    start: '2024-03-01'
    evidence: ['{minister} met Ana Costa']
""", encoding="utf-8")
    out = folder / f"{name}.trig"
    code, _out, err = run("build", str(folder / f"{name}.txt"), "--facts", str(folder / f"{name}.yaml"),
                          "-o", str(out))
    assert code == 0, err
    return out


@pytest.fixture
def two_spellings(tmp_path: Path) -> tuple[Path, Path]:
    first = article(tmp_path, "wire-a", "Sergei Morozov",
                    "Ministers meet in Moscow\n\nSergei Morozov met Ana Costa on Friday.\n")
    second = article(tmp_path, "wire-b", "Sergey Morozov",
                     "Portugal and Russia talk trade\n\nSergey Morozov met Ana Costa in Moscow on Friday.\n")
    return first, second


def test_transliterations_of_one_name_give_one_person_iri() -> None:
    assert person_key("Sergei Morozov") == person_key("Sergey Morozov") == "sergey-morozov"
    assert person_key("Mohamed Ali") == person_key("Muhammad Ali")
    assert person_key("S. Morozov") != person_key("Sergey Morozov")  # not certain: left apart


def test_two_articles_spelling_a_minister_differently_merge_into_one_person(
        two_spellings: tuple[Path, Path], tmp_path: Path) -> None:
    code, _out, err = run("merge", *map(str, two_spellings), "-o", str(tmp_path / "news.trig"))
    assert code == 0, err
    assert "2 articles" in err and "1 spellings kept as alternate names" in err
    merged = Dataset(default_union=True)
    merged.parse(tmp_path / "news.trig", format="trig")
    union = Graph()
    for triple in merged.triples((None, None, None)):
        union.add(triple)
    person = URIRef(PERSON + "sergey-morozov")
    names = set(union.objects(person, URIRef(SCHEMA + "name")))
    assert names == {Literal("Sergei Morozov")}  # a tie: the first in order is kept
    assert set(union.objects(person, URIRef(SCHEMA + "alternateName"))) == {Literal("Sergey Morozov")}
    people = set(union.subjects(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                                URIRef(SCHEMA + "Person")))
    assert len([p for p in people if "morozov" in str(p)]) == 1
    # the same meeting (same date, place and attendees) is one event in both articles
    assert "1 events in more than one article" in err
    assert len({c.identifier for c in merged.graphs() if "article/" in str(c.identifier)}) == 2


def test_the_merged_graph_conforms_to_the_shapes(two_spellings: tuple[Path, Path], tmp_path: Path) -> None:
    code, _out, err = run("merge", *map(str, two_spellings), "-o", str(tmp_path / "news.nq"))
    assert code == 0, err
    code, out, err = run("validate", str(tmp_path / "news.nq"))
    assert code == 0, err
    assert "conforms" in out


def test_people_keyed_by_an_older_build_are_rekeyed_on_merge(two_spellings: tuple[Path, Path],
                                                              tmp_path: Path) -> None:
    old = tmp_path / "old.trig"
    old.write_text(two_spellings[0].read_text(encoding="utf-8").replace("person/sergey-morozov",
                                                                         "person/sergei-morozov"), encoding="utf-8")
    code, _out, err = run("merge", str(old), str(two_spellings[1]), "-o", str(tmp_path / "news.nq"))
    assert code == 0, err
    assert "1 people re-keyed" in err
    text = (tmp_path / "news.nq").read_text(encoding="utf-8")
    assert "person/sergei-morozov" not in text and "person/sergey-morozov" in text


def test_graphs_with_the_http_schema_spelling_merge_with_ours(two_spellings: tuple[Path, Path],
                                                               tmp_path: Path) -> None:
    """A graph another tool wrote with schema.org's JSON-LD context (http://schema.org/)."""
    other = tmp_path / "wikidata-like.jsonld"
    other.write_text(json.dumps({
        "@context": {"schema": "http://schema.org/"},
        "@graph": [
            {"@id": "https://example.org/story", "@type": "schema:NewsArticle",
             "schema:headline": "Costa in Moscow", "schema:mentions": {"@id": PERSON + "ana-costa"}},
            {"@id": PERSON + "ana-costa", "@type": "schema:Person", "schema:name": "Ana Costa"},
        ]}), encoding="utf-8")
    code, _out, err = run("merge", str(other), *map(str, two_spellings), "-o", str(tmp_path / "news.nq"))
    assert code == 0, err
    text = (tmp_path / "news.nq").read_text(encoding="utf-8")
    assert "http://schema.org/" not in text
    assert f"<{PERSON}ana-costa> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{SCHEMA}Person> " \
           "<https://example.org/story> ." in text
    assert "3 articles" in err


@pytest.mark.parametrize("fmt", ["ttl", "jsonld", "trig", "nq", "nt"])
def test_merge_and_build_can_write_the_http_spelling(two_spellings: tuple[Path, Path], tmp_path: Path,
                                                      fmt: str) -> None:
    out = tmp_path / f"news.{fmt}"
    code, _out, err = run("merge", *map(str, two_spellings), "-o", str(out), "--schema-namespace", "http")
    assert code == 0, err
    text = out.read_text(encoding="utf-8")
    assert "https://schema.org/" not in text and "http://schema.org/" in text
    # and it reads back as our terms
    code, _out, err = run("validate", str(out))
    assert code == 0, err


def test_build_writes_the_http_spelling_on_request(tmp_path: Path) -> None:
    out = tmp_path / "readout.jsonld"
    code, _out, err = run("build", str(DATA / "readout.txt"), "--facts", str(DATA / "readout.yaml"),
                          "-o", str(out), "--schema-namespace", "http")
    assert code == 0, err
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["@context"]["schema"] == "http://schema.org/"
    assert "https://schema.org/" not in out.read_text(encoding="utf-8")


def test_merge_output_does_not_depend_on_the_order_of_its_inputs(two_spellings: tuple[Path, Path],
                                                                  tmp_path: Path) -> None:
    first, second = two_spellings
    outputs = []
    for n, order in enumerate([(first, second), (second, first)]):
        out = tmp_path / f"news{n}.trig"
        code, _out, err = run("merge", *map(str, order), "-o", str(out))
        assert code == 0, err
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_a_merge_with_an_invalid_article_graph_writes_nothing(two_spellings: tuple[Path, Path],
                                                              tmp_path: Path) -> None:
    broken = tmp_path / "broken.trig"
    broken.write_text(two_spellings[0].read_text(encoding="utf-8").replace(
        '"2024-03-01"^^xsd:date', '"2024-13-45"^^xsd:date'), encoding="utf-8")
    out = tmp_path / "news.trig"
    code, _out, err = run("merge", str(broken), str(two_spellings[1]), "-o", str(out))
    assert code == 1
    assert "article graphs violate the shapes; nothing was written" in err
    assert not out.exists()


def test_an_rdf_file_that_does_not_parse_is_named_with_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix s: <https://schema.org/> .\n\n<urn:a> s:name \"unterminated .\n", encoding="utf-8")
    code, _out, err = run("merge", str(bad), "-o", str(tmp_path / "x.trig"))
    assert code == 1
    assert err.startswith(f"Error: {bad}:3: not valid turtle")
    assert err.count("\n") == 1


def test_a_remote_jsonld_context_is_refused_by_merge(tmp_path: Path) -> None:
    remote = tmp_path / "remote.jsonld"
    remote.write_text('{"@context": "https://schema.org/", "@id": "urn:x", "name": "x"}', encoding="utf-8")
    code, _out, err = run("merge", str(remote), "-o", str(tmp_path / "x.trig"))
    assert code == 1
    assert "remote JSON-LD context" in err


def test_a_spelling_an_article_gives_itself_joins_two_people(tmp_path: Path) -> None:
    """Not in the lexicon, but the article says so: 'Taras Oleksiuk (also spelt Olexiuk)'."""
    first = article(tmp_path, "kyiv-a", "Taras Oleksiuk", "Talks in Kyiv\n\nTaras Oleksiuk met Ana Costa.\n")
    facts = tmp_path / "kyiv-a.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace(
        "name: Taras Oleksiuk,", "name: Taras Oleksiuk, alternate_names: [Taras Olexiuk],"), encoding="utf-8")
    code, _out, err = run("build", str(tmp_path / "kyiv-a.txt"), "--facts", str(facts), "-o", str(first))
    assert code == 0, err
    second = article(tmp_path, "kyiv-b", "Taras Olexiuk", "Costa in Kyiv\n\nTaras Olexiuk met Ana Costa.\n")
    code, _out, err = run("merge", str(first), str(second), "-o", str(tmp_path / "news.nq"))
    assert code == 0, err
    assert "1 people re-keyed" in err
    text = (tmp_path / "news.nq").read_text(encoding="utf-8")
    assert "person/taras-olexiuk>" not in text and "person/taras-oleksiuk>" in text
    # an unrelated name that merely looks alike stays apart
    third = article(tmp_path, "kyiv-c", "Taras Oleksiv", "Costa again\n\nTaras Oleksiv met Ana Costa.\n")
    code, _out, err = run("merge", str(first), str(third), "-o", str(tmp_path / "other.nq"))
    assert code == 0, err
    assert "0 people re-keyed" in err


ANONYMOUS_AUTHOR = """@prefix schema: <https://schema.org/> .
<https://example.org/{name}> a schema:NewsArticle ; schema:headline "{name}" ;
    schema:author [ a schema:Person ; schema:name "Staff" ] .
"""


@pytest.mark.parametrize("suffix", [".nq", ".trig", ".ttl", ".jsonld"])
def test_blank_nodes_from_other_tools_merge_to_the_same_bytes_every_run(tmp_path: Path, suffix: str) -> None:
    # Oxigraph names blank nodes afresh on every parse; the merge must not pass that on.
    (tmp_path / "a.ttl").write_text(ANONYMOUS_AUTHOR.format(name="a"), encoding="utf-8")
    (tmp_path / "b.ttl").write_text(ANONYMOUS_AUTHOR.format(name="b"), encoding="utf-8")
    outputs = []
    for run_number in (1, 2):
        out = tmp_path / f"run{run_number}{suffix}"
        code, _, err = run("merge", str(tmp_path / "a.ttl"), str(tmp_path / "b.ttl"), "--no-validate", "-o", str(out))
        assert code == 0, err
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_two_files_with_blank_nodes_keep_them_apart(tmp_path: Path) -> None:
    (tmp_path / "a.ttl").write_text(ANONYMOUS_AUTHOR.format(name="a"), encoding="utf-8")
    (tmp_path / "b.ttl").write_text(ANONYMOUS_AUTHOR.format(name="b"), encoding="utf-8")
    out = tmp_path / "news.nq"
    assert run("merge", str(tmp_path / "a.ttl"), str(tmp_path / "b.ttl"), "--no-validate", "-o", str(out))[0] == 0
    merged = Dataset()
    merged.parse(out, format="nquads")
    authors = {o for _, _, o, _ in merged.quads((None, URIRef(SCHEMA + "author"), None, None))}
    assert len(authors) == 2
