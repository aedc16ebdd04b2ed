"""Statements: who speaks and when, in sentences whose parse hides the speaker or whose lead
opens after a dateline. Invented sentences only."""

from __future__ import annotations

from .extracting import read


def test_a_name_after_a_fronted_day_and_an_aside_is_the_speaker() -> None:
    facts = read("Talks in Conakry\n\nKenyan Foreign Minister Grace Otieno met Guinean President Sekou Touré in "
                 "Conakry on Tuesday.\n\nOn Wednesday, Touré, according to the Guinean presidency, told Otieno that "
                 "Guinea regarded Kenya as a \u201ctrusted friend\u201d and asked her to convey his greetings. "
                 "He said Conakry was "
                 "counting on Kenyan support to open new flights.\n")
    quote = next(s for s in facts.statements if s.direct)
    assert (quote.text, quote.speaker, quote.date) == ("trusted friend", "sekou-toure", "2024-05-08")
    counting = next(s for s in facts.statements if "counting" in s.text)
    assert counting.speaker == "sekou-toure"


def test_the_lead_day_is_read_past_a_dateline_left_in_the_paragraph() -> None:
    facts = read("Otieno ends visit to Peru\n\nLIMA, May 10. /AGENCY/. Kenyan Foreign Minister Grace Otieno ended a "
                 "three-day visit to Peru on Thursday with talks in Lima, a correspondent reported.\n\nThe visit "
                 "was her first.\n\nSpeaking to reporters, Otieno said trade would grow quickly.\n")
    said = next(s for s in facts.statements if "trade" in s.text)
    assert (said.speaker, said.date) == ("grace-otieno", "2024-05-09")


def test_a_name_between_commas_inside_an_office_phrase_is_its_holder() -> None:
    facts = read("Otieno in Mali\n\nKenyan Foreign Minister Grace Otieno met Malian Prime Minister Oumar Sidibe in "
                 "Bamako on Thursday.\n\nKenya's ambassador to Mali, Daniel Mwangi, who accompanied the minister "
                 "throughout the trip, told reporters that a direct flight between Nairobi and Bamako was being "
                 "studied.\n")
    said = next(s for s in facts.statements if "direct flight" in s.text)
    assert said.speaker == "daniel-mwangi"


SESSION = ("Otieno ends visit\n\nKenyan Foreign Minister Grace Otieno ended a three-day visit to Mali on Wednesday "
           "with talks in Bamako.\n\nThe visiting minister, who arrived in the Malian capital on Monday, spent most "
           "of Tuesday at the first session of the joint commission, which she co-chaired with Prime Minister Oumar "
           "Sidibe.\n\nOpening the session, Malian Prime Minister Oumar Sidibe said Mali wanted its trade with "
           "Kenya to double.\n\nAt the close of the session, Otieno and Sidibe signed an agreement on cooperation "
           "in agriculture.\n")


def test_words_said_at_the_session_told_before_carry_its_day() -> None:
    facts = read(SESSION)
    said = next(s for s in facts.statements if "double" in s.text)
    assert (said.speaker, said.date) == ("oumar-sidibe", "2024-05-07")


def test_a_document_signed_at_the_close_of_the_session_carries_its_day() -> None:
    facts = read(SESSION)
    [document] = [d for d in facts.documents if "agriculture" in d.name]
    assert document.date == "2024-05-07"


def test_the_office_named_by_its_of_phrase_after_words_is_the_one_who_spoke() -> None:
    facts = read("Talks\n\nAziz Karimi met Kenyan Foreign Minister Grace Otieno in Nairobi on Thursday.\n\n"
                 "\u201cWe are ready to grow together,\u201d Karimi told reporters after the meeting. The Head of "
                 "Government added that his country wanted to double the number of scholarships.\n")
    said = next(s for s in facts.statements if "scholarships" in s.text)
    assert said.speaker == "aziz-karimi"


def test_words_said_on_the_eve_of_the_visit_are_dated_the_day_before_it() -> None:
    facts = read("Talks\n\nAustrian Chancellor Eva Lind arrived in Budapest on Thursday for a two-day visit.\n\n"
                 "On the eve of the visit, Lind told Austrian radio that Austria counted Hungary \"among its "
                 "closest friends\".\n")
    quote = next(s for s in facts.statements if s.direct)
    assert (quote.speaker, quote.date) == ("eva-lind", "2024-05-08")


def test_a_quote_according_to_the_source_is_the_body_the_source_spoke_for_on_its_day() -> None:
    facts = read("Visit\n\nPORT LOUIS, May 10 - President Pedro Alvarado will travel to Kenya on Sunday for a "
                 "two-day official visit, an official source at the Presidential Office said today.\n\n"
                 "The visit, according to the source, \"comes within the framework of the close relations between "
                 "the two friendly countries.\"\n")
    quote = next(s for s in facts.statements if s.direct)
    office = next(o for o in facts.organizations if o.id == quote.speaker)
    assert (office.name, quote.date) == ("Presidential Office", "2024-05-10")
