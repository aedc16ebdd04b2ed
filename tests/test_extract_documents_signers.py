"""Who signed a document and on which day: 'the two women', 'both Heads of State', 'the ministers',
a name hung deep in a conjunct, and the day of 'the talks' rather than a meeting recalled."""

from __future__ import annotations

from tests.extracting import read

TALKS = ("Foreign Minister Anna Kowalczyk received Foreign Minister Tomas Riedel of Norland in Varsia on "
         "Wednesday.\n\nIt was the third meeting of the two ministers, who first sat down together in "
         "February in Geneva.\n\nAt the end of the talks, the ministers signed a Memorandum of "
         "Understanding on Political Consultations.\n")


def test_the_talks_are_those_of_the_known_day_and_the_ministers_their_people() -> None:
    facts = read(TALKS)
    [document] = [d for d in facts.documents if "Political Consultations" in d.name]
    assert document.date == "2024-05-08"
    assert sorted(document.authors) == ["anna-kowalczyk", "tomas-riedel"]


def test_the_two_women_signed() -> None:
    facts = read("Foreign Secretary Helen Marsh met President Clara Vidal in Lisbor on Tuesday.\n\n"
                 "The two women signed a joint statement on climate cooperation.\n")
    [document] = facts.documents
    assert sorted(document.authors) == ["clara-vidal", "helen-marsh"]


def test_signed_by_both_heads_of_state_on_the_day_of_the_meeting() -> None:
    facts = read("President Marta Solis received President Pedro Arriaga in Tegucia on Tuesday.\n\n"
                 "The Tegucia Declaration, signed by both Heads of State, commits the two governments to "
                 "opening embassies.\n")
    [document] = facts.documents
    assert sorted(document.authors) == ["marta-solis", "pedro-arriaga"]
    assert document.date == "2024-05-07"


def test_a_signer_named_after_a_country_in_a_conjunct() -> None:
    facts = read("At the close of the talks on Tuesday, Foreign Minister Ana Ruiz and the Minister of Foreign "
                 "Affairs of Peru, Hugo Salas, signed a Memorandum of Understanding on Water Management.\n")
    [document] = facts.documents
    assert sorted(document.authors) == ["ana-ruiz", "hugo-salas"]


def test_the_agreement_was_signed_on_a_day_told_next() -> None:
    facts = read("Tourism Minister Paul Grant and Tourism Minister Luis Mena have signed a memorandum of "
                 "understanding on joint tourism.\n\nThe agreement was signed on Monday at the ministry.\n")
    [document] = facts.documents
    assert document.date == "2024-05-06"


def test_a_document_signed_by_two_is_dated_by_the_event_both_attended() -> None:
    facts = read("Talks\n\nSAN JOSE, July 9 (AFP) - British Foreign Secretary Ann Lowe met Costa Rican Foreign "
                 "Minister Rosa Vega in San Jose on Thursday. Lowe had arrived in the Costa Rican capital on "
                 "Wednesday evening. The two women signed a joint statement on ocean protection.\n",
                 published="2026-07-09")
    [statement] = [d for d in facts.documents if "statement" in d.name.lower()]
    assert statement.date == "2026-07-09"


def test_a_named_document_only_expected_is_no_document() -> None:
    facts = read("Ministers met in Tegucia on Tuesday.\n\n"
                 "Leaders are expected to adopt a Tegucia Declaration at the close of the summit.\n")
    assert not facts.documents
