"""The mapping follows the contract: one focused test per rule."""

from __future__ import annotations

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, XSD

from diplograph.factsfile import parse_facts
from diplograph.mapping import DIPL, OA, SCHEMA, facts_to_graph

TEXT = "Ana Diaz met Bo Lind in Oslo on Monday. \u201cWe agree,\u201d Diaz told Lind. Lind said talks went well."

FACTS = """
article: {source: oslo-talks.txt, headline: Talks in Oslo, published: '2024-03-05', publisher: daily}
people:
  - {id: ana, name: Ana Diaz, title: Foreign Minister, represents: spain}
  - {id: bo, name: Bo Lind, alternate_names: [Bo Lindh], represents: norway}
places:
  - {id: spain, name: Spain, type: Country}
  - {id: norway, name: Norway, type: Country}
  - {id: oslo, name: Oslo, type: City, contained_in: norway}
organizations:
  - {id: daily, name: The Daily, type: NewsMediaOrganization}
events:
  - id: talks
    type: meeting
    attendees: [ana, bo]
    location: oslo
    start: '2024-03-04'
    evidence: [Ana Diaz met Bo Lind in Oslo on Monday]
  - id: later
    type: visit
    attendees: [bo]
    location: spain
    start: '2024-06'
    status: scheduled
    evidence: [{text: Lind, start: 68, end: 72}]
statements:
  - id: agree
    speaker: ana
    text: We agree,
    direct: true
    addressees: [bo]
    date: '2024-03-04'
    made_at: talks
    evidence: ["\u201cWe agree,\u201d Diaz told Lind"]
  - id: well
    speaker: bo
    text: talks went well
    evidence: [Lind said talks went well]
"""

BASE = "https://w3id.org/diplograph/id/"


def graph(text: str = FACTS, source: str = TEXT):  # type: ignore[no-untyped-def]
    return facts_to_graph(parse_facts(text), source)


def test_a_person_has_name_title_other_spellings_and_the_country_they_represent() -> None:
    g = graph()
    bo, ana = URIRef(BASE + "person/bo-lind"), URIRef(BASE + "person/ana-diaz")
    assert (bo, RDF.type, SCHEMA.Person) in g
    assert (bo, SCHEMA.alternateName, Literal("Bo Lindh")) in g
    assert (ana, SCHEMA.jobTitle, Literal("Foreign Minister")) in g
    assert (ana, DIPL.represents, URIRef(BASE + "country/spain")) in g


def test_a_city_is_contained_in_its_country_and_its_iri_says_which() -> None:
    g = graph()
    oslo = URIRef(BASE + "city/norway/oslo")
    assert (oslo, RDF.type, SCHEMA.City) in g
    assert (oslo, SCHEMA.containedInPlace, URIRef(BASE + "country/norway")) in g


def test_a_direct_quote_is_a_quotation_and_reported_speech_is_not() -> None:
    g = graph()
    article = BASE + "article/oslo-talks"
    agree, well = URIRef(article + "/statement/agree"), URIRef(article + "/statement/well")
    assert {(agree, RDF.type, DIPL.Statement), (agree, RDF.type, SCHEMA.Quotation)} <= set(g)
    assert (well, RDF.type, DIPL.Statement) in g
    assert (well, RDF.type, SCHEMA.Quotation) not in g
    assert (agree, DIPL.addressee, URIRef(BASE + "person/bo-lind")) in g
    assert (agree, SCHEMA.creator, URIRef(BASE + "person/ana-diaz")) in g


def test_dates_keep_the_precision_the_article_gives() -> None:
    g = graph()
    starts = {o for o in g.objects(None, SCHEMA.startDate)}
    assert Literal("2024-03-04", datatype=XSD.date) in starts
    assert Literal("2024-06", datatype=XSD.gYearMonth) in starts


def test_an_announced_event_is_scheduled() -> None:
    g = graph()
    assert set(g.subjects(SCHEMA.eventStatus, SCHEMA.EventScheduled)) == set(g.subjects(RDF.type, DIPL.Visit))


def test_evidence_words_are_found_in_the_text_and_offsets_slice_them_back() -> None:
    g = graph()
    spans = []
    for target in g.subjects(OA.hasSource, URIRef(BASE + "article/oslo-talks")):
        exact = {str(o) for s in g.objects(target, OA.hasSelector) for o in g.objects(s, OA.exact)}
        starts = [int(o) for s in g.objects(target, OA.hasSelector) for o in g.objects(s, OA.start)]
        ends = [int(o) for s in g.objects(target, OA.hasSelector) for o in g.objects(s, OA.end)]
        spans.append((exact, starts, ends))
        assert {TEXT[starts[0]:ends[0]]} == exact
    assert len(spans) == 4


def test_a_dated_event_has_the_same_iri_in_another_article() -> None:
    other = FACTS.replace("oslo-talks.txt", "another-paper.txt").replace("headline: Talks in Oslo",
                                                                          "headline: Oslo meeting")
    first = set(graph().subjects(RDF.type, DIPL.Meeting))
    second = set(graph(other).subjects(RDF.type, DIPL.Meeting))
    assert first == second and len(first) == 1
    assert str(next(iter(first))).startswith(BASE + "event/meeting/2024-03-04/")


def test_no_blank_nodes_anywhere() -> None:
    g = graph()
    assert not [t for triple in g for t in triple if isinstance(t, BNode)]


def test_names_in_any_script_give_valid_stable_iris() -> None:
    text = FACTS.replace("name: Bo Lind,", "name: \"Сергей <Лавров> {x}\",")
    g = graph(text)
    people = sorted(str(p) for p in g.subjects(RDF.type, SCHEMA.Person))
    assert BASE + "person/сергей-лавров-x" in people
    assert all(not set(p) & set(' <>"{}|\\^`') for p in people)


def test_a_claim_is_authored_by_the_publisher() -> None:
    text = FACTS + "claims:\n  - {id: c, text: Lind said talks went well., evidence: [talks went well]}\n"
    g = graph(text)
    claim = URIRef(BASE + "article/oslo-talks/claim/c")
    assert (claim, SCHEMA.author, URIRef(BASE + "organization/the-daily")) in g


def test_vowel_signs_are_part_of_a_name_so_different_names_get_different_iris() -> None:
    # Found by tests/test_properties.py: marks were hyphens, so "राजेश" and "रोजेश" were one person.
    from diplograph.iris import slug

    assert slug("राजेश कुमार") == "राजेश-कुमार"
    assert slug("रोजेश कुमार") != slug("राजेश कुमार")
    assert slug("สมชาย ใจดี") == "สมชาย-ใจดี"
    assert slug("Šefčovič") == "sefcovic" and slug("Йосиф") == "йосиф"  # Latin accents still go


def test_line_separators_inside_literals_keep_n_triples_and_n_quads_one_triple_a_line() -> None:
    # Found by tests/test_properties.py: "Ana\x1c Diaz" split an N-Triples line in two.
    from rdflib import Dataset

    from diplograph.write import serialize

    text = FACTS.replace("name: Bo Lind,", 'name: "Bo\\x1c\\x0c\\x85\\u2028\\u2029 Lind",')
    g = graph(text)
    for fmt in ("nt", "nquads"):
        data = serialize(g, fmt, graph_name=BASE + "article/oslo-talks")
        assert all(line.endswith(" .") for line in data.split("\n")[:-1])
        back = Dataset().parse(data=data, format=fmt)
        assert len(list(back.quads())) == len(g)


def test_a_name_without_letters_gets_one_iri_however_it_is_encoded() -> None:
    # Found by tests/test_properties.py: the hash was of the raw name, "\xa0" and " " differed.
    from diplograph.iris import slug

    assert slug("\xa0") == slug(" ")
    assert slug("\u0344") == slug("\u0308\u0301")  # one mark composed, or as two
    assert slug("！？") == slug("!?") and slug("!?") != slug("?!")


def test_ids_that_differ_only_in_case_spacing_or_punctuation_stay_different_nodes() -> None:
    # Found by tests/test_properties.py: local IRIs were slug(id), so statements "S1" and "s 1"
    # were one node with two texts, and ids with no letters shared their annotations.
    text = FACTS.replace("  - id: well\n", "  - id: \"S 1\"\n").replace("  - id: agree\n", "  - id: s1\n")
    text += "claims:\n  - {id: '!!', text: a, evidence: [talks went well]}\n"
    text += "  - {id: '??', text: b, evidence: [talks went well]}\n"
    g = graph(text)
    assert len(set(g.subjects(RDF.type, DIPL.Statement))) == 2
    assert len(set(g.subjects(RDF.type, SCHEMA.Claim))) == 2
    assert len(set(g.subjects(RDF.type, OA.Annotation))) == 6
    assert URIRef(BASE + "article/oslo-talks/statement/s1") in set(g.subjects(RDF.type, DIPL.Statement))


def test_two_mentions_that_mint_one_iri_do_not_make_an_event_its_own_super_event() -> None:
    # "met on the sidelines of the summit of the Conference ...": read as a summit within a summit
    # of the same kind, day and place, which is one gathering and one IRI.
    from diplograph.validate import validate_graph

    nested = FACTS.replace("events:\n", """events:
  - {id: s1, type: summit, location: oslo, start: '2024-03-04', evidence: [Oslo]}
  - {id: s2, type: summit, location: oslo, start: '2024-03-04', super_event: s1, evidence: [Oslo]}
""", 1)
    built = graph(nested)
    summits = set(built.subjects(RDF.type, DIPL.Summit))
    assert len(summits) == 1
    assert not list(built.triples((None, SCHEMA.superEvent, None)))
    assert validate_graph(built).conforms


def test_two_tellings_of_one_event_give_one_node_with_one_status_and_both_evidence() -> None:
    # Same kind, day, place and people: one IRI. The second telling must not add a second status.
    from diplograph.validate import validate_graph

    twice = FACTS.replace("statements:\n", """  - {id: t2, type: meeting, attendees: [ana, bo], location: oslo,
     start: '2024-03-04', status: scheduled, evidence: [Lind said talks went well]}
statements:
""", 1)
    built = graph(twice)
    [meeting] = set(built.subjects(RDF.type, DIPL.Meeting))
    assert list(built.objects(meeting, SCHEMA.eventStatus)) == []  # the first telling gives none
    quoted = {str(exact) for annotation in built.subjects(OA.hasBody, meeting)
              for target in built.objects(annotation, OA.hasTarget)
              for selector in built.objects(target, OA.hasSelector)
              for exact in built.objects(selector, OA.exact)}
    assert quoted == {"Ana Diaz met Bo Lind in Oslo on Monday", "Lind said talks went well"}
    assert validate_graph(built).conforms


def test_a_meal_of_the_two_on_the_day_of_their_talks_is_a_node_of_its_own_in_every_article() -> None:
    # The extractor tells a state dinner apart from the talks of the same two that day: kind, day,
    # place and people alone would give both one IRI; that it is a meal is part of its key.
    dinner = FACTS.replace("statements:\n", """  - {id: dinner, type: meeting, name: State dinner, attendees: [bo, ana],
     location: oslo, start: '2024-03-04', status: happened, evidence: [Lind said talks went well]}
statements:
""", 1)
    first = set(graph(dinner).subjects(RDF.type, DIPL.Meeting))
    assert len(first) == 2
    other = dinner.replace("oslo-talks.txt", "another-paper.txt").replace("name: State dinner", "name: Banquet")
    assert set(graph(other).subjects(RDF.type, DIPL.Meeting)) == first
