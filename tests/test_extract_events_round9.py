"""Event rules of the ninth round, one invented sentence each (names are invented or generic)."""

from __future__ import annotations

from diplograph.dates import resolve_date

from .extracting import of_type, read


def test_this_weekday_in_that_weekdays_paper_is_today() -> None:
    assert resolve_date("this Thursday", "2025-09-11", future=True) == "2025-09-11"
    assert resolve_date("next Thursday", "2025-09-11") == "2025-09-18"


def test_a_day_the_recogniser_glued_to_a_span_after_a_comma() -> None:
    facts = read("Talks\n\nUtopian President Ana Lind held talks with Ruritanian Prime Minister Karl Berg in Lisbon "
                 "on Monday.\n\nLind and Berg spoke by phone on Oct. 30, two days after the flood reached the "
                 "capital.\n", published="2025-12-08")
    [call] = of_type(facts, "phone_call")
    assert call.start == "2025-10-30"


def test_later_in_the_day_is_the_days_news_not_an_earlier_occasion() -> None:
    facts = read("Talks\n\nForeign Minister Ana Lind of Utopia sat down this Thursday with her Ruritanian "
                 "counterpart, Piet Vos, in Lisbon.\n\nLind and Vos last met on 25 June in Madrid.\n\n"
                 "Later in the day, Vos paid a courtesy call on the President of Utopia, Karl Brun, at the "
                 "palace.\n", published="2025-09-11")
    meetings = {tuple(sorted(e.attendees)): e for e in of_type(facts, "meeting")}
    assert meetings[("karl-brun", "piet-vos")].start == "2025-09-11"
    assert {e.start for e in meetings.values()} == {"2025-09-11", "2025-06-25"}


def test_the_clause_describing_a_summit_dates_it_not_the_verbs_above() -> None:
    facts = read("Talks\n\nForeign Minister Ana Lind of Utopia met her Ruritanian counterpart, Piet Vos, on "
                 "Monday in Lisbon, where the two reviewed the preparations for the Summit of the Oceans, which "
                 "Utopia will host in Porto in December.\n", published="2025-09-11")
    [summit] = of_type(facts, "summit")
    assert (summit.location, summit.start, summit.status) == ("porto", "2025-12", "scheduled")


def test_a_planned_reception_is_not_dated_from_an_earlier_trip_there() -> None:
    facts = read("Ruritanian leader to visit Portugal\n\nPresident Piet Vos of Ruritania will pay a one-day working "
                 "visit to Portugal on Monday, the Portuguese presidency announced.\n\nMr Vos will be received in "
                 "Lisbon by the President of the Council, Karl Anders Brun.\n\nMr Vos last visited Lisbon in "
                 "January 2024, for a summit on maritime security.\n", published="2025-10-08")
    [meeting] = of_type(facts, "meeting")
    assert sorted(meeting.attendees) == ["karl-anders-brun", "piet-vos"]
    assert (meeting.location, meeting.start, meeting.status) == ("lisbon", "2025-10-13", "scheduled")
    visits = sorted((e.start, e.location, e.status) for e in of_type(facts, "visit"))
    assert visits == [("2024-01", "lisbon", "happened"), ("2025-10-13", "lisbon", "scheduled")]


def test_the_two_leaders_are_the_heads_of_state_or_government_last_named() -> None:
    facts = read("Aid\n\nPresident Ana Lind of Utopia held talks with Prime Minister Karl Berg of Ruritania in "
                 "Lisbon on Monday.\n\nForeign Minister Piet Vos and his counterpart, Eva Moll, signed an agreement "
                 "on Monday.\n\nThe two leaders spoke by phone on Oct. 30.\n", published="2025-12-08")
    [call] = of_type(facts, "phone_call")
    assert sorted(call.attendees) == ["ana-lind", "karl-berg"]


def test_who_receives_a_guest_for_a_visit_is_not_the_visitor() -> None:
    facts = read("Visit\n\nFederal President Anna Huber received the President of Ruritania, Karl Berg, in Bern "
                 "today for an official visit.\n", published="2025-06-06")
    [visit] = of_type(facts, "visit")
    assert (visit.attendees, visit.location) == (["karl-berg"], "bern")
    [meeting] = of_type(facts, "meeting")
    assert sorted(meeting.attendees) == ["anna-huber", "karl-berg"]


def test_the_final_day_of_the_visit_is_the_last_day_of_the_subjects_visit() -> None:
    facts = read("Visit\n\nPrime Minister Ana Lind of Utopia will arrive in Lisbon next Monday for a three-day "
                 "official visit to Portugal.\n\nForeign Minister Piet Vos will travel to Madrid on Thursday to meet "
                 "his counterpart, Eva Moll.\n\nOn the final day of the visit Lind will travel to Porto, where she "
                 "will meet Mayor Karl Berg.\n", published="2025-07-15")
    meeting = next(e for e in of_type(facts, "meeting") if "ana-lind" in e.attendees)
    assert (meeting.location, meeting.start) == ("porto", "2025-07-23")


LEADERS_MEETING = (
    "Leaders adopt declaration\n\nHeads of government of the Union of Northern Islands (UNI) on Tuesday adopted "
    "the Lisbon Declaration on Fisheries at the close of a two-day meeting of the UNI Authority hosted by Prime "
    "Minister Ana Lind.\n\nThe meeting at the Grand Hotel in Lisbon brought together Prime Minister Karl Berg of "
    "Spain, France's Prime Minister Piet Vos, the Prime Minister of Italy, Dr Eva Moll, and Dr Jan Roth, Prime "
    "Minister of Greece.\n\nOn the margins of the meeting, Lind hosted Berg for talks on Monday evening on air "
    "links between the two countries.\n\nLind told her Spanish counterpart that the ferry would run in May.\n\n"
    "Vos said Italy would host the next meeting of the Authority in Rome in November.\n\nThe previous meeting "
    "of the Authority was held in Athens in November, when the leaders agreed to set up a joint agency.\n")


def test_a_meeting_of_a_body_whose_heads_of_government_gather_is_a_summit() -> None:
    facts = read(LEADERS_MEETING, published="2025-06-18")
    summits = {e.location: e for e in of_type(facts, "summit")}
    assert set(summits) == {"lisbon", "rome", "athens"}
    lisbon = summits["lisbon"]
    assert (lisbon.start, lisbon.end) == ("2025-06-16", "2025-06-17")  # closed on Tuesday after two days
    assert {"ana-lind", "karl-berg", "piet-vos", "eva-moll", "jan-roth"} <= set(lisbon.attendees)
    assert (summits["rome"].start, summits["rome"].status) == ("2025-11", "scheduled")
    assert (summits["athens"].start, summits["athens"].status) == ("2024-11", "happened")
    talks = next(e for e in of_type(facts, "meeting") if set(e.attendees) == {"ana-lind", "karl-berg"})
    assert (talks.super_event, talks.location, talks.start) == (lisbon.id, "lisbon", "2025-06-16")
    told = next(s for s in facts.statements if "ferry" in s.text)
    assert told.made_at == talks.id  # told to one person: at their talks, not at the summit


def test_co_chairing_a_commissions_meeting_with_someone_after_arriving() -> None:
    facts = read("Visit\n\nLena Ruiz, Utopia's Minister of Foreign Affairs, will arrive in Lisbon tomorrow, ahead of "
                 "her prime minister, and will co-chair the first meeting of the Utopia-Portugal Joint Commission "
                 "with Mr Paulo Costa on Monday.\n", published="2026-02-06")
    [visit] = of_type(facts, "visit")
    assert visit.attendees == ["lena-ruiz"]  # the partner of the meeting is no visitor
    [meeting] = of_type(facts, "meeting")
    assert sorted(meeting.attendees) == ["lena-ruiz", "paulo-costa"]
    assert (meeting.location, meeting.start, meeting.status) == ("lisbon", "2026-02-09", "scheduled")


def test_a_conference_a_country_is_co_hosting_from_a_day_to_come() -> None:
    facts = read("Visit\n\nFederal President Anna Huber received the President of Ruritania, Karl Berg, in Bern on "
                 "Friday.\n\nThe talks focused on trade and on the protection of the oceans, three days before the "
                 "Ocean Conference, which Ruritania is co-hosting with France in Nice from 9 June.\n",
                 published="2025-06-06")
    [conference] = of_type(facts, "conference")
    assert (conference.location, conference.start, conference.status) == ("nice", "2025-06-09", "scheduled")
    [meeting] = of_type(facts, "meeting")
    assert meeting.location == "bern"


def test_a_regular_meeting_of_heads_of_government_is_a_summit() -> None:
    facts = read("Talks\n\nPresident Karl Berg of Spain met President Luis Ramos of Portugal in Lisbon on Friday.\n\n"
                 "Mr Ramos and Mr Berg last met in July in Madrid, on the sidelines of the regular meeting of "
                 "Caribbean heads of government.\n", published="2026-02-06")
    [summit] = of_type(facts, "summit")
    assert (summit.location, summit.start) == ("madrid", "2025-07")


def test_the_visit_of_someone_and_the_talks_he_held_with_each_of_two_hosts() -> None:
    facts = read("Call\n\nForeign Minister Ana Lind of Spain received a phone call on Sunday from her Portuguese "
                 "counterpart, Piet Vos.\n\nThey recalled the visit of Mr. Vos to Madrid on 14 March, his first "
                 "visit to Spain since assuming his duties, and the talks he held on that day with Prime Minister "
                 "Karl Berg and with Minister Lind.\n", published="2025-04-27")
    [visit] = [e for e in of_type(facts, "visit") if e.start == "2025-03-14"]
    assert (visit.attendees, visit.status) == (["piet-vos"], "happened")
    talks = sorted(sorted(e.attendees) for e in of_type(facts, "meeting") if e.start == "2025-03-14")
    assert talks == [["ana-lind", "piet-vos"], ["karl-berg", "piet-vos"]]


def test_a_trip_to_take_part_in_a_meeting_puts_the_meeting_there() -> None:
    facts = read("Call\n\nForeign Minister Piet Vos of Ruritania will travel to Lisbon on 15 May to take part in the "
                 "preparatory meeting of European foreign ministers.\n", published="2025-04-27")
    [conference] = of_type(facts, "conference")
    assert (conference.location, conference.start, conference.status) == ("lisbon", "2025-05-15", "scheduled")


def test_a_hyphenated_surname_taken_for_an_organisation_still_arrives() -> None:
    facts = read("Visit\n\nLISBON, Dec 8 (Reuters) - Utopia will send rice to Portugal, President Maria "
                 "Lopes-Vidal said on Monday after talks with Prime Minister Karl Berg.\n\nLopes-Vidal arrived in "
                 "Lisbon on Sunday for a three-day visit, her first since the storm.\n", published="2025-12-08")
    [visit] = of_type(facts, "visit")
    assert (visit.attendees, visit.location, visit.start, visit.end) == (["maria-lopes-vidal"], "lisbon",
                                                                         "2025-12-07", "2025-12-09")


def test_in_the_afternoon_is_the_day_of_the_talks_told_just_before() -> None:
    # the arrival "yesterday" is read after the lead's talks; the afternoon follows the talks' paragraph
    facts = read("Talks\n\nForeign Minister Ana Lind of Utopia held talks today in Lisbon with her Ruritanian "
                 "counterpart, Piet Vos.\n\nVos arrived in Lisbon yesterday on an official visit.\n\n"
                 "At the close of the talks, the two ministers signed an agreement on fisheries.\n\n"
                 "In the afternoon, Vos was received by President Karl Brun at the palace.\n",
                 published="2025-10-14")
    meetings = {tuple(sorted(e.attendees)): e for e in of_type(facts, "meeting")}
    assert meetings[("karl-brun", "piet-vos")].start == "2025-10-14"
    [visit] = of_type(facts, "visit")
    assert visit.start == "2025-10-13"
