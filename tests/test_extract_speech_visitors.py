"""Who speaks when the page names no one: 'the visiting President' is the one visiting, 'the Head
of State' on a page filed from its capital is that country's, and a quotation of several sentences
ending 'he added' goes on from the one who spoke just before."""

from __future__ import annotations

from tests.extracting import read

PAGE = ("Leaders meet\n\n"
        "Lima, 8 May 2024. – The President of the Republic of Peru, Ana Quispe, today received the President of "
        "Chile, Tomas Riedel, at the Government Palace.\n\n"
        "President Riedel arrived in the Peruvian capital on Tuesday night for an official visit.\n\n"
        "During the meeting, the Head of State told her Chilean counterpart that Peru would push for a regional "
        "fisheries agreement.\n\n"
        "\u201cChile and Peru are sister nations,\u201d President Quispe said.\n\n"
        "For his part, the visiting President thanked the Peruvian people and stated that Chile was ready to share "
        "its experience in mining.\n\n"
        "\u201cWe have not come only to sign papers. We have come to build a partnership,\u201d he added.\n")


def test_the_head_of_state_on_a_page_filed_from_its_capital() -> None:
    facts = read(PAGE)
    words = next(s for s in facts.statements if "regional fisheries agreement" in s.text)
    assert words.speaker == "ana-quispe"


def test_the_visiting_president_is_the_one_visiting() -> None:
    facts = read(PAGE)
    words = next(s for s in facts.statements if "experience in mining" in s.text)
    assert words.speaker == "tomas-riedel"


def test_he_added_after_quoted_sentences_is_the_last_speaker() -> None:
    facts = read(PAGE)
    words = next(s for s in facts.statements if "sign papers" in s.text)
    assert words.speaker == "tomas-riedel"


SIGNING = ("Ministers sign\n\n"
           "LIMA, May 10. /TASS/. Deputy Prime Minister Ivan Petrov ended a visit to Peru on Friday with an audience "
           "with President Ana Quispe, a TASS correspondent reported.\n\n"
           "Petrov, who arrived on Wednesday, spent Thursday at the first session of the intergovernmental "
           "commission, which he co-chaired with Prime Minister Luis Torres.\n\n"
           "At the close of the session, Petrov and Torres signed an agreement on fisheries.\n\n"
           "\u201cOur fishermen will sell to new markets,\u201d Minister of Fisheries Carla Rojas said after the "
           "signing ceremony. The minister added that the government would build two new ports.\n")


def test_words_said_after_the_signing_ceremony_are_of_the_signings_day() -> None:
    facts = read(SIGNING)
    said = [s for s in facts.statements if s.speaker == "carla-rojas"]
    assert said and all(s.date == "2024-05-09" for s in said)


INTERVIEW = ("Ministers meet\n\n"
             "Foreign Minister Ana Quispe of Peru met Foreign Minister Tomas Riedel of Chile in Riyadh on Thursday.\n\n"
             "Riedel, who arrived in the city on Wednesday, told Reuters that Chile saw Peru as a natural partner.\n\n"
             "\u201cWe export copper to half the world,\u201d he said.\n")


def test_words_told_to_a_news_outlet_carry_no_day_nor_do_those_that_go_on() -> None:
    facts = read(INTERVIEW)
    said = [s for s in facts.statements if s.speaker == "tomas-riedel"]
    assert len(said) >= 2 and all(s.date is None and s.made_at is None for s in said)


def test_words_told_to_a_news_outlet_after_the_meeting_are_dated() -> None:
    facts = read(INTERVIEW.replace("told Reuters that", "told Reuters after the meeting that"))
    said = next(s for s in facts.statements if "natural partner" in s.text)
    assert said.date == "2024-05-09"
