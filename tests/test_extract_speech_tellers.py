"""Who said the words and to whom, when the page names the speaker only by a pronoun: 'X paid a
call on Y, whom he told that ...' is X's, said to Y; and a report 'recalled that ...' is speech."""

from __future__ import annotations

from tests.extracting import read

PAGE = ("Minister ends visit\n\n"
        "OSLO, March 3 - Finnish Defence Minister Mikko Laine ended a three-day visit to Norway on Friday.\n\n"
        "Laine held talks with Norwegian Defence Minister Kari Dahl in Oslo on Wednesday. The Norwegian minister "
        "said Norway would buy more Finnish vehicles.\n\n"
        "On Thursday, Laine paid a courtesy call on Chief of Defence General Tor Berg, whom he told that Finland "
        "would open its staff college to Norwegian officers next year.\n\n"
        "The Finnish minister recalled that the two armies had trained together in the north since 2019.\n")


def test_whom_he_told_is_the_main_clause_subjects_words_to_the_one_named() -> None:
    facts = read(PAGE)
    words = next(s for s in facts.statements if "staff college" in s.text)
    assert words.speaker == "mikko-laine"
    assert words.addressees == ["tor-berg"]


def test_recalled_that_reports_words() -> None:
    facts = read(PAGE)
    words = next(s for s in facts.statements if "trained together" in s.text)
    assert words.speaker == "mikko-laine"


BLOC = ("Premiers meet\n\n"
        "ASTANA: Heads of government of the Eurasian Economic Union (EAEU) signed a joint communiqué on Friday at "
        "the close of a two-day meeting.\n\n"
        "The meeting of the EAEU Council of Heads of Government was chaired by Prime Minister Aidar Nurlanov.\n\n"
        "In the communiqué, the heads of delegation said they would \"cut red tape at the shared borders\".\n")


def test_heads_of_delegation_in_a_communique_speak_for_the_bloc() -> None:
    facts = read(BLOC)
    words = next(s for s in facts.statements if "red tape" in s.text)
    assert words.speaker == "eurasian-economic-union"


CALL = ("Leaders speak by phone\n\n"
        "Prime Minister Kari Dahl of Norway held a telephone conversation with Prime Minister Maya Tamang of "
        "Nepal on Tuesday.\n\n"
        "Prime Minister Tamang informed Dahl that the Election Commission had completed voter registration in all "
        "districts.\n")


def test_a_name_hung_before_its_verb_is_the_verbs_subject() -> None:
    facts = read(CALL)
    words = next(s for s in facts.statements if "voter registration" in s.text)
    assert words.speaker == "maya-tamang"
    assert words.addressees == ["kari-dahl"]
