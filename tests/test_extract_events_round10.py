"""Event rules of the tenth round, one invented sentence each (names are invented or generic)."""

from __future__ import annotations

from .extracting import of_type, read

LEAD = "Talks\n\nChilean President Ana Lind held talks with Peruvian President Karl Berg in Lima on Wednesday.\n\n"



def test_a_joint_body_that_is_to_meet_is_a_meeting_of_the_two_countries() -> None:
    facts = read(LEAD + "A joint defence commission is to meet in Santiago in July to set the size of the force, "
                 "officials said.\n", published="2025-05-22")
    [later] = [e for e in of_type(facts, "meeting") if e.location == "santiago"]
    assert (sorted(later.attendees), later.start, later.status) == (["chile", "peru"], "2025-07", "scheduled")


def test_officials_from_both_countries_meet_for_their_countries() -> None:
    facts = read(LEAD + "Officials from both countries will meet in Arequipa next month to draft a memorandum.\n",
                 published="2025-05-22")
    [later] = [e for e in of_type(facts, "meeting") if e.location == "arequipa"]
    assert (sorted(later.attendees), later.start) == (["chile", "peru"], "2025-06")


def test_a_joint_body_held_or_convened_is_a_meeting() -> None:
    facts = read(LEAD + "The two presidents agreed that the next Binational Cabinet would be held in Puno in March. "
                 "The first session of the Joint Commission will be held in Santiago in September.\n",
                 published="2025-05-22")
    found = {e.location: (sorted(e.attendees), e.start) for e in of_type(facts, "meeting")}
    assert found["puno"] == (["chile", "peru"], "2026-03")
    assert found["santiago"] == (["chile", "peru"], "2025-09")


def test_a_verb_told_over_the_phone_with_someone_is_a_call() -> None:
    facts = read("Call\n\nChilean Foreign Minister Ana Lind today discussed the anniversary of the treaty over the "
                 "phone with the Foreign Minister of Peru, Karl Berg.\n", published="2025-07-09")
    [call] = of_type(facts, "phone_call")
    assert (sorted(call.attendees), call.start) == (["ana-lind", "karl-berg"], "2025-07-09")


def test_told_by_phone_to_an_agency_is_no_call() -> None:
    facts = read("Border\n\nChilean Foreign Minister Ana Lind told AFP by phone that the border would reopen.\n")
    assert not of_type(facts, "phone_call")


def test_a_round_of_consultations_is_held_where_the_round_is() -> None:
    facts = read("Call\n\nChilean Foreign Minister Ana Lind spoke by phone with Peruvian Foreign Minister Karl Berg "
                 "on Monday. They agreed that the first round of political consultations between the two foreign "
                 "ministries would be held in Arequipa in October.\n", published="2025-07-09")
    [meeting] = of_type(facts, "meeting")
    assert (sorted(meeting.attendees), meeting.location, meeting.start) == (["chile", "peru"], "arequipa", "2025-10")


def test_the_ministers_met_on_the_margins_of_a_part_of_a_session() -> None:
    facts = read("Call\n\nChilean Foreign Minister Ana Lind spoke by phone with Peruvian Foreign Minister Karl Berg "
                 "on Monday. They agreed that political consultations between the two ministries would be held in "
                 "Arequipa in October.\n\nThe ministers last met on 25 February in Geneva, on the margins of the "
                 "high-level segment of the 58th session of the Human Rights Council.\n", published="2025-07-09")
    [meeting] = [e for e in of_type(facts, "meeting") if e.location == "geneva"]
    [session] = of_type(facts, "conference")
    assert sorted(meeting.attendees) == ["ana-lind", "karl-berg"]
    assert (meeting.super_event, session.location) == (session.id, "geneva")


def test_arriving_in_the_country_is_a_visit_to_the_dateline_city() -> None:
    facts = read("Ministers sign memorandum\n\nLIMA, Sept 11 (Reuters) - The Minister of Foreign Affairs of Peru, "
                 "Karl Berg, sat down this Thursday with his Chilean counterpart, Ana Lind, at the headquarters of "
                 "the ministry.\n\nMinister Lind arrived in the country on Wednesday for a two-day working visit.\n",
                 published="2025-09-11")
    [visit] = of_type(facts, "visit")
    [meeting] = of_type(facts, "meeting")
    assert (visit.location, visit.start) == ("lima", "2025-09-10")
    assert (meeting.location, meeting.start) == ("lima", "2025-09-11")


def test_a_meeting_of_the_day_placed_in_the_datelines_country_is_in_its_city() -> None:
    facts = read("Ministers meet\n\nLIMA, May 22 (Reuters) - Peruvian Foreign Minister Karl Berg received the "
                 "Foreign Minister of Chile, Ana Lind, for talks at the Ministry this morning. Lind is on a working "
                 "visit to Peru from 21 to 23 May 2025.\n", published="2025-05-22")
    [meeting] = of_type(facts, "meeting")
    assert (meeting.location, meeting.start) == ("lima", "2025-05-22")


def test_a_weekday_of_next_week_is_in_the_calendar_week_after() -> None:
    from diplograph.dates import resolve_date

    assert resolve_date("on Tuesday next week", "2026-02-06") == "2026-02-10"  # a Friday paper
    assert resolve_date("Friday of last week", "2026-02-06") == "2026-01-30"


def test_due_or_expected_in_a_city_is_a_visit_to_come() -> None:
    facts = read("Visit\n\nThe Foreign Minister of Peru, Karl Berg, is due in Santiago on Saturday to finalise the "
                 "programme.\n")
    [visit] = of_type(facts, "visit")
    assert (visit.attendees, visit.location, visit.start, visit.status) == (["karl-berg"], "santiago", "2024-05-11",
                                                                            "scheduled")
    facts = read("Visit\n\nPeruvian Foreign Minister Karl Berg is expected in Santiago on Monday for talks with "
                 "Chilean Foreign Minister Ana Lind.\n")
    [meeting] = of_type(facts, "meeting")
    assert (meeting.location, meeting.start, meeting.status) == ("santiago", "2024-05-13", "scheduled")
    assert not of_type(read("Visit\n\nKarl Berg is expected to attend the summit.\n"), "visit")


def test_a_meeting_of_a_named_council_of_heads_or_ministers_is_a_gathering() -> None:
    facts = read("Talks\n\nPakistani Foreign Minister Ali Khan hosted the Foreign Minister of Belarus, Ivan Petrov, "
                 "for talks today. They looked forward to the meeting of the SCO Council of Heads of State in "
                 "Tianjin later this month.\n\nThe two ministers had last met on 15 July in Tianjin, on the sidelines "
                 "of the meeting of the SCO Council of Foreign Ministers.\n", published="2025-08-11")
    [summit] = of_type(facts, "summit")
    [conference] = of_type(facts, "conference")
    assert (summit.location, summit.start) == ("tianjin", "2025-08")
    assert (conference.location, conference.start[:7]) == ("tianjin", "2025-07")


def test_the_two_leaders_are_those_of_the_last_meeting_when_one_has_no_title() -> None:
    facts = read("Talks\n\nGeneral Ali Karim of Niger sat down with Chadian President Idriss Mahamat on Wednesday.\n\n"
                 "The agreement was signed by Foreign Minister Omar Sale and his counterpart, Bako Issa.\n\n"
                 "The two leaders had spoken by phone in March.\n", published="2025-05-22")
    [call] = of_type(facts, "phone_call")
    assert (sorted(call.attendees), call.start) == (["ali-karim", "idriss-mahamat"], "2025-03")


def test_spoken_by_phone_is_a_call_when_by_parses_as_an_agent() -> None:
    facts = read("Talks\n\nPrime Minister Ana Lind of Chile sat down with the President of Peru, Karl Berg, in Lima "
                 "yesterday.\n\nThe press secretary, Eva Moll, said the two leaders had first spoken by phone in "
                 "March, a month after Mr Berg took office.\n", published="2025-07-12")
    [call] = of_type(facts, "phone_call")
    assert (sorted(call.attendees), call.start) == (["ana-lind", "karl-berg"], "2025-03")


def test_the_two_presidents_may_include_one_named_earlier_in_the_sentence() -> None:
    facts = read("Visit\n\nThe President of Peru, Karl Berg, will pay a state visit to Chile next week.\n\n"
                 "President Ana Lind's press secretary, Eva Moll, said in a statement on Thursday that the two "
                 "presidents would hold talks at the palace on Wednesday.\n", published="2025-10-17")
    [meeting] = of_type(facts, "meeting")
    assert (sorted(meeting.attendees), meeting.start) == (["ana-lind", "karl-berg"], "2025-10-22")
