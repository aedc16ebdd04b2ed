"""Statements, round three: constructions of the newest held-out articles, each on an invented
sentence (the rules work from language, not from the corpus)."""

from __future__ import annotations

from .extracting import read

TALKS = ("Talks\n\nKenyan Foreign Minister Grace Otieno held talks with Peruvian Foreign Minister Carlos Ruiz "
         "in Nairobi on Thursday.\n\n")


def test_a_welcome_whose_object_is_what_is_said_is_a_statement_with_its_verb() -> None:
    facts = read(TALKS + "Otieno welcomed the rapid growth in trade since Peru opened its market to Kenyan tea, "
                 "and Ruiz thanked Kenya for its help during the floods.\n")
    texts = {(s.speaker, s.text) for s in facts.statements}
    assert ("grace-otieno", "welcomed the rapid growth in trade since Peru opened its market to Kenyan tea") in texts
    assert ("carlos-ruiz", "thanked Kenya for its help during the floods") in texts


def test_welcoming_a_guest_is_no_statement() -> None:
    facts = read(TALKS + "Otieno welcomed Ruiz to the ministry and welcomed his delegation at the airport.\n")
    assert not [s for s in facts.statements if s.text.startswith("welcomed")]


def test_an_urging_keeps_its_verb_and_the_ones_urged() -> None:
    facts = read(TALKS + "Otieno urged her colleagues to move from words to deeds.\n")
    [said] = facts.statements
    assert (said.speaker, said.text) == ("grace-otieno", "urged her colleagues to move from words to deeds")


SUMMIT = ("Summit\n\nLeaders of the Southern Lakes Community (SLC) on Monday adopted the Kisumu Declaration at "
          "the close of a one-day summit in Kisumu.\n\n")


def test_the_heads_of_state_of_a_blocs_summit_speak_for_the_bloc() -> None:
    facts = read(SUMMIT + "The Heads of State agreed that their next summit would be held in Lima in March.\n")
    [said] = facts.statements
    assert said.text == "their next summit would be held in Lima in March"
    assert said.speaker == "slc"


def test_an_undertaking_in_a_declaration_is_the_blocs_quote() -> None:
    facts = read(SUMMIT + "In the declaration, the Heads of State undertook to \u201cremove every barrier to "
                 "trade\u201d by 2030.\n")
    quote = next(s for s in facts.statements if s.direct)
    assert (quote.speaker, quote.text) == ("slc", "remove every barrier to trade")


def test_a_slashed_double_title_names_the_holder_of_its_first_office() -> None:
    facts = read("Talks\n\nDeputy Prime Minister Omar Haddad hosted the Foreign Minister of Peru, Carlos Ruiz, for "
                 "talks in Amman today.\n\nWelcoming his guest, the Deputy Prime Minister/Foreign Minister said that "
                 "Jordan attached great importance to trade with Peru.\n")
    said = next(s for s in facts.statements if "great importance" in s.text)
    assert said.speaker == "omar-haddad"


def test_a_nations_leader_with_no_formal_title_is_never_its_minister() -> None:
    facts = read("Talks\n\nNiamey (AFP) - Niger's military ruler General Moussa Dari met Chadian President Idriss "
                 "Kobe on Wednesday.\n\nThe agreement was signed by Chad's Foreign Minister Ali Saleh and his "
                 "Nigerien counterpart, Bako Issa.\n\nThe Nigerien leader said his country was studying a new "
                 "route for its oil exports.\n")
    said = next(s for s in facts.statements if "new route" in s.text)
    assert said.speaker == "moussa-dari"


def test_a_document_signed_in_the_passive_has_the_agents_as_signers() -> None:
    facts = read(TALKS + "The agreement on fisheries was signed by Kenya's Trade Minister Ann Wafula and her "
                 "Peruvian counterpart, Luis Paredes, in the presence of the two ministers.\n")
    [document] = facts.documents
    assert {"ann-wafula", "luis-paredes"} <= set(document.authors)
    assert document.date == "2024-05-09"  # signed at the talks told before, on Thursday


def test_a_declaration_adopted_as_the_means_of_closing_a_meeting_has_its_day() -> None:
    facts = read("Summit\n\nLeaders of the Southern Lakes Community closed their annual meeting in Kisumu on "
                 "Tuesday by adopting the Kisumu Declaration on Clean Water.\n")
    [document] = facts.documents
    assert (document.name, document.date) == ("Kisumu Declaration on Clean Water", "2024-05-07")


def test_a_slashed_double_title_signs_as_the_holder_of_its_first_office() -> None:
    facts = read("Talks\n\nDeputy Prime Minister Omar Haddad hosted the Foreign Minister of Peru, Carlos Ruiz, for "
                 "talks in Amman today.\n\nAt the end of the talks, the Deputy Prime Minister/Foreign Minister and "
                 "Foreign Minister Ruiz signed a Memorandum of Understanding on Tourism.\n")
    [document] = facts.documents
    assert document.authors == ["omar-haddad", "carlos-ruiz"]


def test_said_after_the_talks_that_reports_the_clause_the_parse_hung_on_the_talks() -> None:
    facts = read(TALKS + "Otieno said after the talks that Peru had offered its support to the Kenyan bid.\n")
    [said] = facts.statements
    assert (said.speaker, said.text) == ("grace-otieno", "Peru had offered its support to the Kenyan bid")
