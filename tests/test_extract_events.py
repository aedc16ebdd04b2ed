"""Event rules, one invented sentence each (names are invented or generic)."""

from __future__ import annotations

from diplograph.dates import resolve_date

from .extracting import PUBLISHED, of_type, read


def test_a_summit_with_a_subject_dominating_the_agenda_is_still_a_summit() -> None:
    facts = read("Summit opens\n\nOSLO (Reuters) - Nordic leaders gathered in Oslo on Thursday for a Nordic summit, "
                 "with the new trade agreement dominating the agenda.\n")
    [summit] = of_type(facts, "summit")
    assert (summit.location, summit.start) == ("oslo", "2024-05-09")


def test_who_is_the_person_the_relative_clause_describes() -> None:
    facts = read("Envoy\n\nUS envoy Tom Hale, who is due to meet Polish Foreign Minister Radek Nowak in Warsaw next "
                 "week, praised the talks.\n")
    [meeting] = of_type(facts, "meeting")
    assert sorted(meeting.attendees) == ["radek-nowak", "tom-hale"]
    assert meeting.location == "warsaw"


def test_he_in_a_where_clause_is_the_traveller_and_where_is_the_place() -> None:
    facts = read("Trip\n\nThe visit comes after Polish Foreign Minister Radek Nowak travelled to Oslo, where he met "
                 "Norwegian Foreign Minister Espen Lie.\n")
    [meeting] = of_type(facts, "meeting")
    assert sorted(meeting.attendees) == ["espen-lie", "radek-nowak"]
    assert meeting.location == "oslo"


def test_then_flew_is_dated_by_its_own_where_clause_not_the_first_verb() -> None:
    facts = read("Shuttle\n\nKenyan Foreign Minister Grace Otieno met Egyptian President Omar Hassan in Cairo on "
                 "Tuesday and then flew to Amman, where she held talks with Jordanian Foreign Minister Ali Nasser "
                 "on Wednesday.\n")
    [visit] = of_type(facts, "visit")
    assert (visit.location, visit.start) == ("amman", "2024-05-08")
    talks = next(e for e in of_type(facts, "meeting") if "ali-nasser" in e.attendees)
    assert (talks.location, talks.start) == ("amman", "2024-05-08")


def test_received_by_makes_the_host_an_attendee() -> None:
    facts = read("Visit\n\nKenyan Foreign Minister Grace Otieno was received by President Omar Hassan of Egypt in "
                 "Cairo on Thursday.\n")
    [meeting] = of_type(facts, "meeting")
    assert sorted(meeting.attendees) == ["grace-otieno", "omar-hassan"]


def test_later_this_month_is_an_announced_event_of_this_month() -> None:
    facts = read("Trip\n\nKenyan Foreign Minister Grace Otieno is expected to travel to Accra later this month, the "
                 "ministry said.\n")
    [visit] = of_type(facts, "visit")
    assert (visit.location, visit.start, visit.status) == ("accra", "2024-05", "scheduled")


def test_a_meeting_of_foreign_ministers_is_a_conference() -> None:
    facts = read("Trip\n\nKenyan Foreign Minister Grace Otieno will travel to Accra in June for a meeting of West "
                 "African foreign ministers.\n")
    [conference] = of_type(facts, "conference")
    assert (conference.location, conference.start) == ("accra", "2024-06")


def test_a_summit_that_opened_as_leaders_called_for_peace_is_held_where_it_opened() -> None:
    facts = read("Summit\n\nAfrican leaders on Thursday called for a truce as a summit of the regional bloc opened "
                 "in Accra.\n")
    [summit] = of_type(facts, "summit")
    assert (summit.location, summit.start) == ("accra", "2024-05-09")


def test_a_summit_that_ends_today_in_the_present_tense_ends_today() -> None:
    facts = read("Summit\n\nEuropean leaders agreed on Thursday to extend sanctions, on the first day of a two-day "
                 "summit in Brussels that ends on Friday.\n")
    [summit] = of_type(facts, "summit")
    assert (summit.start, summit.end, summit.status) == ("2024-05-09", "2024-05-10", "happened")


def test_a_later_mention_gives_a_summit_its_length() -> None:
    facts = read("Summit\n\nAfrican leaders met in Accra on Thursday for a summit of the regional bloc.\n\n"
                 "The two-day summit, which ends on Friday evening, was convened after talks collapsed.\n")
    [summit] = of_type(facts, "summit")
    assert (summit.location, summit.start, summit.end) == ("accra", "2024-05-09", "2024-05-10")


def test_before_the_summit_is_not_a_new_summit() -> None:
    facts = read("Summit\n\nEuropean leaders met in Brussels on Thursday for a summit.\n\nBefore the summit, Prime "
                 "Minister Tom Hale spoke by phone on Wednesday with President Ana Soto of Chile.\n")
    assert len(of_type(facts, "summit")) == 1


def test_hosting_a_summit_is_not_a_meeting_and_the_summit_is_where_it_will_be_held() -> None:
    facts = read("Summit\n\nPresident Ana Soto, who will host the regional summit in Lima in November, said trade "
                 "would top the agenda. The next summit will be held in Quito in June.\n")
    assert not of_type(facts, "meeting")
    assert sorted((s.location, s.start) for s in of_type(facts, "summit")) == [("lima", "2024-11"),
                                                                               ("quito", "2024-06")]


def test_a_state_visit_from_one_day_to_another_hangs_its_range_on_the_verb() -> None:
    facts = read("Visit\n\nKenyan President Tom Hale is paying a state visit to Ghana from May 9 to 12.\n")
    [visit] = of_type(facts, "visit")
    assert (visit.location, visit.start, visit.end) == ("ghana", "2024-05-09", "2024-05-12")


def test_a_range_across_two_months_and_with_weekdays() -> None:
    from diplograph.dates import resolve_range

    assert resolve_range("from Oct. 31 to Nov. 1", PUBLISHED, future=True) == ("2024-10-31", "2024-11-01")
    assert resolve_range("Thursday 5 to Friday 6 December", PUBLISHED, future=True) == ("2024-12-05",
                                                                                       "2024-12-06")
    assert resolve_range("30 December to 2 January", PUBLISHED, future=True) == ("2024-12-30", "2025-01-02")


def test_a_summit_expected_to_bring_leaders_together_on_days_has_those_days() -> None:
    facts = read("Summit\n\nThe regional summit, which Peru will host, is expected to bring together leaders in "
                 "Lima from Oct. 31 to Nov. 1.\n")
    [summit] = of_type(facts, "summit")
    assert (summit.start, summit.end, summit.status) == ("2024-10-31", "2024-11-01", "scheduled")


def test_a_ministerial_meeting_to_be_held_is_a_conference_with_its_place_and_days() -> None:
    facts = read("Plans\n\nForeign Minister Ana Soto will attend the ASEAN ministerial meeting to be held in "
                 "Lima on Oct. 28-29.\n")
    [conference] = of_type(facts, "conference")
    assert (conference.location, conference.start, conference.end) == ("lima", "2024-10-28", "2024-10-29")


def test_phone_talks_with_two_named_counterparts_are_two_calls() -> None:
    facts = read("Calls\n\nPolish Foreign Minister Radek Nowak has held phone talks with his German and French "
                 "counterparts, Anna Weber and Paul Martin, since taking office.\n")
    calls = of_type(facts, "phone_call")
    assert sorted(sorted(c.attendees) for c in calls) == [["anna-weber", "radek-nowak"],
                                                          ["paul-martin", "radek-nowak"]]


def test_agreeing_to_meet_after_a_call_is_a_meeting_with_the_one_called() -> None:
    facts = read("Call\n\nPolish Foreign Minister Radek Nowak held a phone call with his German counterpart, Anna "
                 "Weber, on Wednesday and agreed to meet in Lima next month.\n")
    [meeting] = of_type(facts, "meeting")
    assert sorted(meeting.attendees) == ["anna-weber", "radek-nowak"]
    assert (meeting.location, meeting.start, meeting.status) == ("lima", "2024-06", "scheduled")


def test_talks_that_created_momentum_were_held() -> None:
    facts = read("Ties\n\nKorean Foreign Minister Min Park said the momentum created by the talks between "
                 "President Jun Lee and Japanese Prime Minister Ken Sato in Tokyo last month would last.\n")
    [meeting] = of_type(facts, "meeting")
    assert (sorted(meeting.attendees), meeting.location, meeting.start) == (["jun-lee", "ken-sato"], "tokyo",
                                                                             "2024-04")


def test_their_meeting_on_the_sidelines_of_a_long_named_gathering() -> None:
    facts = read("Call\n\nToday, Prime Minister Tom Hale spoke with President Ana Soto of Chile. The Prime Minister "
                 "and President Soto reflected on their productive meeting on the margins of the Pacific Economic "
                 "Partnership (PEP) Leaders' Meeting in Lima, Peru, in November.\n", published="2024-12-05")
    [meeting] = of_type(facts, "meeting")
    [summit] = of_type(facts, "summit")
    assert sorted(meeting.attendees) == ["ana-soto", "tom-hale"]
    assert (meeting.super_event, meeting.location, meeting.start) == (summit.id, "lima", "2024-11")


def test_also_on_the_sidelines_is_the_gathering_of_the_sidelines_told_before() -> None:
    facts = read("Summit\n\nAsian leaders met in Hanoi on Thursday for a two-day summit. On the sidelines of the "
                 "summit, President Ana Soto met Prime Minister Ken Sato on Thursday. Leaders also held a separate "
                 "regional summit with Chinese Premier Li Wen on Friday.\n\nAlso on the sidelines, Prime Minister "
                 "Tom Hale held talks with President Ana Soto on Friday, their last meeting before Soto retires "
                 "on Oct. 20.\n")
    first = of_type(facts, "summit")[0]
    meetings = of_type(facts, "meeting")
    assert len(meetings) == 2
    assert all(m.super_event == first.id for m in meetings)


def test_talks_with_one_and_with_another_are_talks_with_each() -> None:
    facts = read("Visit\n\nDuring the visit, President Tom Hale will hold talks with President Ana Soto and with "
                 "Prime Minister Ken Sato.\n")
    meetings = sorted(sorted(m.attendees) for m in of_type(facts, "meeting"))
    assert meetings == [["ana-soto", "tom-hale"], ["ken-sato", "tom-hale"]]


def test_preparing_a_visit_by_someone_makes_them_the_visitor() -> None:
    facts = read("Call\n\nThe two ministers agreed to prepare a visit to Ghana by Prime Minister Ken Sato in "
                 "September.\n")
    [visit] = of_type(facts, "visit")
    assert (visit.attendees, visit.location, visit.start, visit.status) == (["ken-sato"], "ghana", "2024-09",
                                                                            "scheduled")


def test_before_travelling_is_the_subjects_announced_trip() -> None:
    facts = read("Visit\n\nPresident Tom Hale is due to meet Prime Minister Ken Sato in Accra on Monday, before "
                 "travelling to Kumasi on Tuesday.\n")
    visit = next(e for e in of_type(facts, "visit") if e.location == "kumasi")
    assert (visit.attendees, visit.start, visit.status) == (["tom-hale"], "2024-05-14", "scheduled")


def test_leading_a_delegation_to_a_city_is_a_visit() -> None:
    facts = read("Trade\n\nTrade Minister Ken Sato will lead a business delegation to Helsinki next month.\n")
    [visit] = of_type(facts, "visit")
    assert (visit.attendees, visit.location, visit.start, visit.status) == (["ken-sato"], "helsinki", "2024-06",
                                                                            "scheduled")


def test_met_twice_in_two_cities_is_two_meetings() -> None:
    facts = read("Talks\n\nPolish Foreign Minister Radek Nowak met his German counterpart Anna Weber twice in "
                 "March, in Oslo and in Vienna.\n")
    meetings = of_type(facts, "meeting")
    assert sorted((m.location, m.start) for m in meetings) == [("oslo", "2024-03"), ("vienna", "2024-03")]


def test_talks_in_a_city_already_dated_for_the_same_traveller_are_that_day() -> None:
    facts = read("Shuttle\n\nKenyan Foreign Minister Grace Otieno met Egyptian President Omar Hassan in Cairo on "
                 "Tuesday.\n\nIn Cairo, Otieno also held talks with Egyptian Foreign Minister Ali Nasser.\n")
    talks = next(e for e in of_type(facts, "meeting") if "ali-nasser" in e.attendees)
    assert (talks.location, talks.start) == ("cairo", "2024-05-07")


def test_landing_in_a_city_is_a_visit() -> None:
    facts = read("Trip\n\nPresident Tom Hale held talks with Prime Minister Ken Sato on Wednesday shortly after "
                 "landing in Accra.\n")
    [visit] = of_type(facts, "visit")
    [meeting] = of_type(facts, "meeting")
    assert (visit.attendees, visit.location, visit.start) == (["tom-hale"], "accra", "2024-05-08")
    assert meeting.location == "accra"


def test_a_three_way_ministerial_meeting_is_a_meeting() -> None:
    facts = read("Talks\n\nThe three ministers met in Oslo on Saturday for the first three-way ministerial meeting "
                 "in years.\n")
    assert not of_type(facts, "conference")


def test_calling_on_a_named_person_is_a_meeting_but_calling_on_them_to_act_is_not() -> None:
    facts = read("Visit\n\nForeign Minister Ana Soto will call on Prime Minister Ken Sato on May 14.\n")
    [meeting] = of_type(facts, "meeting")
    assert (sorted(meeting.attendees), meeting.start, meeting.status) == (["ana-soto", "ken-sato"], "2024-05-14",
                                                                          "scheduled")
    facts = read("Appeal\n\nForeign Minister Ana Soto called on Prime Minister Ken Sato to release the prisoners.\n")
    assert not of_type(facts, "meeting")


def test_a_capitalised_ministers_meeting_held_with_someone_is_a_meeting() -> None:
    facts = read("Talks\n\nForeign Minister Ana Soto held a Foreign Ministers' Meeting with Ken Sato on May 9 in "
                 "Lima.\n")
    [meeting] = of_type(facts, "meeting")
    assert (sorted(meeting.attendees), meeting.location) == (["ana-soto", "ken-sato"], "lima")


def test_visiting_a_shipyard_of_a_company_investing_elsewhere_is_not_a_visit_there() -> None:
    facts = read("Visit\n\nForeign Minister Ana Soto is scheduled to visit a shipyard operated by a company with "
                 "investments in Peru.\n")
    assert not [e for e in of_type(facts, "visit") if e.location == "peru"]


def test_a_conference_ahead_of_which_something_is_done_is_where_its_host_holds_it() -> None:
    facts = read("Climate\n\nThe ministers agreed to coordinate ahead of the next UN climate conference, COP40, "
                 "which Peru will host in Lima in November 2025.\n")
    [conference] = of_type(facts, "conference")
    assert (conference.location, conference.start, conference.status) == ("lima", "2025-11", "scheduled")


def test_a_country_that_will_host_the_next_summit_is_where_it_is() -> None:
    facts = read("Summit\n\nGulf leaders met in Doha on Thursday for their annual summit.\n\nOman will host next "
                 "year's summit.\n")
    summits = of_type(facts, "summit")
    assert sorted(s.location or "" for s in summits) == ["doha", "oman"]


def test_a_summit_chaired_by_someone_has_them_as_attendee() -> None:
    facts = read("Summit\n\nGulf leaders met in Doha on Thursday for their annual summit.\n\nThe one-day summit was "
                 "chaired by President Omar Hassan.\n")
    [summit] = of_type(facts, "summit")
    assert summit.attendees == ["omar-hassan"]


def test_looking_forward_to_meeting_in_a_month_is_announced() -> None:
    facts = read("Ties\n\nPrime Minister Ken Sato said he was looking forward to meeting President Ana Soto in Lima "
                 "in June.\n")
    [meeting] = of_type(facts, "meeting")
    assert (meeting.start, meeting.status) == ("2024-06", "scheduled")


def test_a_country_hosting_an_undated_summit_is_the_summit_in_its_city() -> None:
    facts = read("Kuwait hosts Gulf summit\n\nGulf leaders met for their annual summit in Kuwait City on Thursday.\n")
    [summit] = of_type(facts, "summit")
    assert (summit.location, summit.start) == ("kuwait-city", "2024-05-09")


def test_no_one_visits_their_own_country() -> None:
    facts = read("Talks\n\nMexican Foreign Minister Juan Ortiz held talks today with Colombian Foreign Minister Ana "
                 "Soto in Mexico City, during her first official visit to Mexico.\n")
    [visit] = of_type(facts, "visit")
    assert visit.attendees == ["ana-soto"]


def test_the_leaders_met_is_a_summit() -> None:
    facts = read("Talks\n\nThe leaders of the three countries last met in Seoul in May 2023.\n")
    [summit] = of_type(facts, "summit")
    assert (summit.attendees, summit.location, summit.start) == ([], "seoul", "2023-05")
    assert not read("Farmers\n\nEU leaders met the demands of farmers on Thursday.\n").events


def test_agreeing_on_a_day_to_meet_does_not_date_the_meeting_and_working_toward_one_is_no_event() -> None:
    facts = read("Talks\n\nPolish Foreign Minister Radek Nowak and German Foreign Minister Anna Weber agreed on "
                 "Thursday to meet again.\n\nThe two ministers agreed on Thursday to work toward holding a "
                 "summit.\n")
    assert [e.start for e in of_type(facts, "meeting")] == [None]
    assert not of_type(facts, "summit")


def test_an_undated_event_in_the_lead_is_of_the_day_of_the_first_sentence() -> None:
    facts = read("Ministers meet\n\nThe foreign ministers of Peru and Chile agreed on Thursday to expand trade.\n\n"
                 "Peruvian Foreign Minister Luis Rojas hosted his Chilean counterpart Ana Soto in Lima.\n")
    [meeting] = of_type(facts, "meeting")
    assert meeting.start == "2024-05-09"


def test_talks_with_one_and_with_another_hung_on_the_verb() -> None:
    facts = read("Visit\n\nDuring the visit, Kenyan President Tom Hale will hold talks with Sato and with Prime "
                 "Minister Ana Soto, and the two sides are expected to sign several documents.\n\n"
                 "Japanese President Ken Sato welcomed the plan.\n")
    meeting = next(e for e in of_type(facts, "meeting") if "ana-soto" in e.attendees)
    assert "tom-hale" in meeting.attendees


def test_accepting_an_invitation_to_make_a_visit_is_an_announced_visit() -> None:
    facts = read("Call\n\nPresident Ana Soto accepted the Prime Minister's invitation to make an official visit to "
                 "Canada in March.\n")
    [visit] = of_type(facts, "visit")
    assert (visit.attendees, visit.location, visit.start, visit.status) == (["ana-soto"], "canada", "2025-03",
                                                                            "scheduled")


def test_the_one_invited_to_visit_is_the_visitor_of_an_announced_undated_visit() -> None:
    facts = read("Call\n\nThe two leaders spoke by phone on Tuesday, when President Ana Soto formally invited Prime "
                 "Minister Ken Sato to visit Peru.\n")
    [visit] = of_type(facts, "visit")
    assert (visit.attendees, visit.location, visit.start, visit.status) == (["ken-sato"], "peru", None,
                                                                            "scheduled")


def test_the_one_called_on_in_their_city_acts_for_its_country() -> None:
    facts = read("Summit\n\nKing Tom Hale of Eswatini arrived in Accra on Sunday and paid a courtesy call on "
                 "President Kofi Mensah at the presidential palace.\n")
    mensah = next(p for p in facts.people if p.id == "kofi-mensah")
    assert mensah.represents == "ghana"


def test_talks_a_country_hosted_between_unnamed_negotiators_have_the_country() -> None:
    facts = read("Talks\n\nNorway hosted indirect talks between Colombian and rebel negotiators in Oslo in April.\n")
    [meeting] = of_type(facts, "meeting")
    assert (meeting.attendees, meeting.location, meeting.start) == (["norway"], "oslo", "2024-04")


def test_a_country_hosting_a_summit_is_its_place_not_an_attendee() -> None:
    facts = read("Summit\n\nThe minister said Japan would host the next summit.\n")
    [summit] = of_type(facts, "summit")
    assert (summit.attendees, summit.location) == ([], "japan")


def test_this_afternoon_dates_a_call_to_the_day_of_publication() -> None:
    facts = read("Call\n\nThe President of Norland, Anna Berg, this afternoon held a telephone conversation with the "
                 "President of Sudria, Tomas Vale, on border security.\n")
    [call] = of_type(facts, "phone_call")
    assert call.start == PUBLISHED


def test_a_state_visit_to_a_country_and_the_arrival_in_its_capital_are_one_trip() -> None:
    facts = read("Trip\n\nKenyan President Omar Wanjala will travel to Norway next week for a four-day state visit. "
                 "Wanjala will arrive in Oslo on Tuesday, the presidency said.\n")
    [visit] = of_type(facts, "visit")
    assert (visit.location, visit.start, visit.end, visit.status) == ("oslo", "2024-05-14", "2024-05-17",
                                                                      "scheduled")


def test_a_meeting_on_a_day_of_a_visit_is_in_the_visited_city() -> None:
    facts = read("Talks\n\nKenyan Foreign Minister Grace Otieno arrived in Oslo on Wednesday for a two-day visit. "
                 "Norwegian Prime Minister Espen Lie received Otieno on Thursday afternoon.\n")
    meeting = next(e for e in of_type(facts, "meeting") if "espen-lie" in e.attendees)
    assert (meeting.location, meeting.start) == ("oslo", "2024-05-09")


def test_one_accompanying_the_traveller_goes_too() -> None:
    facts = read("Trip\n\nKenyan President Omar Wanjala, accompanied by Defence Minister Grace Otieno, will travel "
                 "on Monday to Bergen.\n")
    [visit] = of_type(facts, "visit")
    assert sorted(visit.attendees) == ["grace-otieno", "omar-wanjala"]


def test_the_chair_and_the_people_a_summit_brought_together_attend_it() -> None:
    facts = read("Summit\n\nLeaders of the region on Monday adopted a declaration as Norway hosted the annual summit "
                 "of the Nordic Council in Oslo.\n\nThe one-day summit, chaired by Norwegian Prime Minister Espen "
                 "Lie, brought together ministers from ten countries, as well as the European Commissioner for "
                 "Trade, Anna Berg.\n")
    [summit] = of_type(facts, "summit")
    assert sorted(summit.attendees) == ["anna-berg", "espen-lie"]
    assert (summit.location, summit.start) == ("oslo", "2024-05-06")


def test_accompanying_someone_to_a_summit_takes_both() -> None:
    facts = read("Plans\n\nNorwegian Prime Minister Espen Lie met reporters on Friday. Foreign Minister Anna Berg "
                 "will accompany the Prime Minister to the NATO Summit in Madrid in June.\n")
    [summit] = of_type(facts, "summit")
    assert sorted(summit.attendees) == ["anna-berg", "espen-lie"]


def test_a_separate_meeting_after_one_on_the_sidelines_is_another_at_the_same_gathering() -> None:
    facts = read("Summit\n\nNordic leaders met in Oslo on Thursday for a Nordic summit.\n\nOn the sidelines of the "
                 "summit, Norwegian Prime Minister Espen Lie held talks with Danish Prime Minister Anna Berg.\n\n"
                 "In a separate meeting, Finnish President Ilkka Koski held talks with Swedish Prime Minister Nils "
                 "Dahl, their first encounter in more than a year.\n")
    [summit] = of_type(facts, "summit")
    second = next(e for e in of_type(facts, "meeting") if "ilkka-koski" in e.attendees)
    assert "espen-lie" not in second.attendees
    assert (second.super_event, second.location, second.start) == (summit.id, "oslo", "2024-05-09")


def test_he_after_a_sentence_about_the_president_is_the_president() -> None:
    facts = read("Trip\n\nKenyan President Omar Wanjala will travel to Norway next week. The President will hold "
                 "talks with Prime Minister Espen Lie on Wednesday. On Thursday he will travel to Bergen.\n")
    bergen = next(e for e in of_type(facts, "visit") if e.location == "bergen")
    assert bergen.attendees == ["omar-wanjala"]


def test_a_guest_from_abroad_received_in_a_city_is_visiting_it() -> None:
    facts = read("Talks\n\nNorwegian Foreign Minister Espen Lie received Kenyan Foreign Minister Grace Otieno in Oslo "
                 "today.\n")
    [visit] = of_type(facts, "visit")
    assert (visit.attendees, visit.location, visit.start) == (["grace-otieno"], "oslo", PUBLISHED)


def test_hours_of_talks_before_a_signing_are_a_meeting_of_the_signers_where_they_signed() -> None:
    facts = read("Pact\n\nNORLAND (Reuters) - Norland and Sudria signed a water pact on Tuesday.\n\nNorland Foreign "
                 "Minister Espen Lie and his Sudrian counterpart Tomas Vale signed the Agreement on Rivers in Oslo "
                 "after several hours of talks, the ministry said.\n")
    [meeting] = of_type(facts, "meeting")
    assert sorted(meeting.attendees) == ["espen-lie", "tomas-vale"]
    assert (meeting.location, meeting.start) == ("oslo", "2024-05-07")


def test_a_visit_during_which_something_was_agreed_is_not_a_planned_one() -> None:
    facts = read("Deal\n\nKenyan President Omar Wanjala and his Norwegian counterpart Espen Lie agreed on Wednesday "
                 "to set up a task force, during Wanjala's first official visit to Norway.\n")
    [visit] = of_type(facts, "visit")
    assert (visit.start, visit.status) == ("2024-05-08", "happened")


def test_a_date_line_kept_as_a_paragraph_is_not_the_lead() -> None:
    facts = read("Deal\n\nThursday, May 9th 2024 - 09:14 UTC\n\nKenyan President Omar Wanjala and Norwegian "
                 "President Espen Lie agreed on Wednesday to set up a task force.\n\nAfter talks at the palace, the "
                 "two presidents witnessed the signing of a memorandum.\n")
    [meeting] = of_type(facts, "meeting")
    assert meeting.start == "2024-05-08"


def test_being_welcomed_by_someone_is_meeting_them_and_welcoming_a_deal_is_not() -> None:
    facts = read("Trip\n\nKenyan President Omar Wanjala will arrive in Oslo on Tuesday, where he will be welcomed by "
                 "the King of Norway, Harald Lund. The Nordic Bank welcomed the deal.\n")
    [meeting] = of_type(facts, "meeting")
    assert sorted(meeting.attendees) == ["harald-lund", "omar-wanjala"]
    assert (meeting.location, meeting.start, meeting.status) == ("oslo", "2024-05-14", "scheduled")


def test_a_day_during_a_visit_and_the_arrival_for_the_whole_visit_are_one_trip() -> None:
    facts = read("Deal\n\nKenyan President Omar Wanjala and his Norwegian counterpart Espen Lie agreed on Thursday "
                 "to set up a task force, during Wanjala's first official visit to Norway.\n\nWanjala arrived in "
                 "Oslo on Wednesday evening for a two-day visit.\n")
    [visit] = of_type(facts, "visit")
    assert (visit.location, visit.start, visit.end) == ("oslo", "2024-05-08", "2024-05-09")


def test_a_title_its_country_then_the_name_is_the_one_met_and_the_one_receiving() -> None:
    facts = read("Talks\n\nSpain's Foreign Minister Ana Lind, who arrived in Lisbon on Monday, held talks today with "
                 "Minister of Foreign Affairs of Portugal Jon Brek, the ministry said.\n\nLater today, Lind will be "
                 "received by Prime Minister of Portugal Rui Sal.\n")
    talks, reception = of_type(facts, "meeting")
    assert sorted(talks.attendees) == ["ana-lind", "jon-brek"]
    assert sorted(reception.attendees) == ["ana-lind", "rui-sal"]
    assert (reception.start, reception.status) == (PUBLISHED, "scheduled")


def test_a_group_named_by_apposition_is_everyone_in_it() -> None:
    facts = read("Ministers\n\nThe foreign ministers, Anna Weber of Germany and Carlos Ortega of Spain, will meet in "
                 "Madrid next month to prepare the session.\n")
    [meeting] = of_type(facts, "meeting")
    assert sorted(meeting.attendees) == ["anna-weber", "carlos-ortega"]
    assert (meeting.location, meeting.start, meeting.status) == ("madrid", "2024-06", "scheduled")


def test_a_session_of_a_two_country_commission_is_a_meeting_of_the_two_countries() -> None:
    facts = read("Talks\n\nPortugal's Foreign Minister Ana Lind met Spain's Foreign Minister Jon Brek in Lisbon on "
                 "Monday.\n\nThe next session of the Portuguese-Spanish intergovernmental commission will take place "
                 "in Porto in July, the ministry said.\n")
    [session] = [e for e in of_type(facts, "meeting") if e.location == "porto"]
    assert sorted(session.attendees) == ["portugal", "spain"]
    assert (session.start, session.status) == ("2024-07", "scheduled")


def test_a_known_surname_the_recogniser_took_for_a_nationality_is_the_person() -> None:
    facts = read("Talks\n\nArmenian Foreign Minister Davit Petrosyan held talks today in Tbilisi with Georgian Foreign "
                 "Minister Anna Weber.\n\nLater today, Petrosyan will be received by Georgian Prime Minister Levan "
                 "Beridze.\n")
    assert ["davit-petrosyan", "levan-beridze"] in [sorted(e.attendees) for e in of_type(facts, "meeting")]


def test_talks_after_which_leaders_agreed_to_do_something_were_held() -> None:
    facts = read("Border\n\nPresident Tom Hale and his Utopian counterpart Radek Nowak have agreed to keep the border "
                 "open, after talks in Oslo on Thursday.\n")
    [meeting] = of_type(facts, "meeting")
    assert (meeting.start, meeting.status) == ("2024-05-09", "happened")


def test_a_visit_with_no_place_is_where_the_visitor_met_people_that_day() -> None:
    facts = read("Talks\n\nPresident Tom Hale held talks with his Utopian counterpart Radek Nowak in Oslo on "
                 "Thursday.\n\nNowak arrived in the capital on Thursday morning for a one-day working visit.\n")
    [visit] = of_type(facts, "visit")
    assert (visit.location, visit.start) == ("oslo", "2024-05-09")


def test_those_who_met_on_the_sidelines_of_a_summit_attended_it() -> None:
    facts = read("Talks\n\nPresident Tom Hale met Prime Minister Radek Nowak in Oslo on Thursday, on the sidelines "
                 "of the summit of the Nordic Council.\n")
    [summit] = of_type(facts, "summit")
    assert {"tom-hale", "radek-nowak"} <= set(summit.attendees)


def test_the_two_presidents_are_the_two_people_titled_president() -> None:
    facts = read("Visit\n\nPresident Tom Hale will visit Oslo at the invitation of President Radek Nowak. Foreign "
                 "Minister Anna Berg spoke to Foreign Minister Ola Lund by telephone.\n\nThe two presidents last met "
                 "on 2 March in Bergen.\n")
    met = next(e for e in of_type(facts, "meeting") if e.location == "bergen")
    assert sorted(met.attendees) == ["radek-nowak", "tom-hale"]


def test_the_following_day_is_the_day_after_the_day_just_told() -> None:
    facts = read("Visit\n\nPresident Tom Hale will travel to Oslo on Tuesday to meet Prime Minister Radek Nowak.\n\n"
                 "The following day, Hale will be received by King Olav Berg.\n")
    met = next(e for e in of_type(facts, "meeting") if "olav-berg" in e.attendees)
    assert (met.start, met.status) == ("2024-05-15", "scheduled")


def test_the_day_a_visit_was_announced_is_not_the_day_of_the_visit() -> None:
    facts = read("Visit\n\nA state visit to Oslo by President Tom Hale was announced on Thursday.\n")
    [visit] = of_type(facts, "visit")
    assert visit.start != "2024-05-09"


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


def test_unnamed_ministers_of_a_bloc_meeting_later_are_a_conference() -> None:
    facts = read("Summit\n\nPresident Elena Vera of Ruritania said on Friday that the Andean Council of Trade "
                 "Ministers would meet in Lima in August.\n")
    events = [e for e in facts.events if e.location and "lima" in e.location]
    assert [(e.type, e.start, e.status, e.attendees) for e in events] == [("conference", "2024-08", "scheduled", [])]


def test_unnamed_ministers_of_an_acronym_bloc_split_by_the_parse_are_a_conference() -> None:
    facts = read("Summit\n\nThe leaders will meet again in Kampala in June, while ANDEC foreign ministers are due "
                 "to meet in Quito in February to draw up a plan.\n")
    events = [e for e in facts.events if e.location and "quito" in e.location]
    assert [(e.type, e.start, e.status) for e in events] == [("conference", "2025-02", "scheduled")]


def test_ministers_who_met_unnamed_in_the_past_are_no_event() -> None:
    facts = read("Talks\n\nPresident Elena Vera of Ruritania said on Friday that ministers met in Lima in March.\n")
    assert not [e for e in facts.events if e.location and "lima" in e.location]


def test_bringing_the_curtain_down_on_a_two_day_summit_is_its_second_day() -> None:
    facts = read("Summit\n\nLeaders of the Andean Council adopted a declaration on Thursday, bringing the curtain "
                 "down on the two-day 9th Andean Summit hosted by Ruritania.\n")
    summits = [e for e in facts.events if e.type == "summit"]
    assert [(e.start, e.end) for e in summits] == [("2024-05-08", "2024-05-09")]


def test_the_head_of_a_delegation_that_will_arrive_visits() -> None:
    facts = read("Visit\n\nA delegation led by Ruritanian Deputy Foreign Minister Karl Berg will arrive in Lima "
                 "tomorrow.\n")
    visits = [e for e in facts.events if e.type == "visit"]
    assert [(e.attendees, e.location, e.start, e.status) for e in visits] == [
        (["karl-berg"], "lima", "2024-05-11", "scheduled")]


def test_a_meeting_they_recalled_is_where_the_verb_puts_it() -> None:
    facts = read("Call\n\nPresident Elena Vera of Ruritania spoke by telephone today with President Karl Berg of "
                 "Utopia. The two presidents recalled their meeting in March in Lima.\n")
    meetings = [e for e in facts.events if e.type == "meeting"]
    assert [(e.location, e.start) for e in meetings] == [("lima", "2024-03")]


def test_a_heads_of_government_meeting_by_name_is_a_summit() -> None:
    facts = read("Summit\n\nRuritania will also host the Andean Heads of Government Meeting in Lima in October.\n")
    events = [e for e in facts.events if e.location == "lima"]
    assert [(e.type, e.start, e.status) for e in events] == [("summit", "2024-10", "scheduled")]


def test_a_month_and_day_of_last_or_next_year() -> None:
    assert resolve_date("November 13 last year", "2025-07-30") == "2024-11-13"
    assert resolve_date("in March next year", "2025-07-30") == "2026-03"
    assert resolve_date("last November", "2025-07-30") == "2024-11"
    assert resolve_date("next March", "2025-07-30") == "2026-03"
    assert resolve_date("early next month", "2025-07-30") == "2025-08"


def test_last_met_last_year_on_the_sidelines_of_a_summit() -> None:
    facts = read("Talks\n\nUtopian President Ana Lind and Ruritanian President Karl Berg last met on March 3 last "
                 "year in Geneva, on the sidelines of the climate summit.\n")
    [meeting] = of_type(facts, "meeting")
    [summit] = of_type(facts, "summit")
    assert (meeting.location, meeting.start, meeting.super_event) == ("geneva", "2023-03-03", summit.id)
    assert summit.location == "geneva"


def test_a_deadline_does_not_date_the_summit() -> None:
    facts = read("Pact\n\nLeaders of the river union on Friday adopted a declaration committing their countries to a "
                 "single customs regime by 2027, at the end of a one-day summit hosted by "
                 "Utopian President Ana Lind.\n")
    [summit] = of_type(facts, "summit")
    assert summit.start == "2024-05-10"
    assert "ana-lind" in summit.attendees
    assert not of_type(facts, "meeting")  # hosting the summit is not a meeting of its own


def test_a_joint_commission_holds_its_session_between_its_two_countries() -> None:
    facts = read("Ties\n\nPortugal's President Ana Lind will visit Spain on Monday. The Portugal–Spain Joint "
                 "Commission will hold its next session in Porto next month.\n")
    [meeting] = of_type(facts, "meeting")
    assert sorted(meeting.attendees) == ["portugal", "spain"]
    assert (meeting.location, meeting.start, meeting.status) == ("porto", "2024-06", "scheduled")


def test_consultations_between_the_two_countries_are_the_storys_two_countries() -> None:
    facts = read("Ties\n\nPortugal's Foreign Minister Ana Lind met Spain's Foreign Minister Karl Berg in Oslo on "
                 "Tuesday. Political consultations between the two countries will be held in Geneva in September.\n")
    [consultations] = [e for e in of_type(facts, "meeting") if e.location == "geneva"]
    assert sorted(consultations.attendees) == ["portugal", "spain"]
    assert consultations.start == "2024-09"


def test_the_ministers_of_the_two_countries_are_not_the_last_meetings_people() -> None:
    facts = read("Ties\n\nPortugal's Foreign Minister Ana Lind met Spain's Foreign Minister Karl Berg in Oslo on "
                 "Tuesday. The energy ministers of the two countries are also expected to meet in Geneva early "
                 "next month.\n")
    [later] = [e for e in of_type(facts, "meeting") if e.location == "geneva"]
    assert sorted(later.attendees) == ["portugal", "spain"]
    assert later.start == "2024-06"


def test_travelling_to_finalise_a_programme_with_someone_is_a_meeting_there() -> None:
    facts = read("Trip\n\nUtopian Foreign Minister Ana Lind will travel to Geneva on Monday to finalise the programme "
                 "with Ruritanian Foreign Minister Karl Berg.\n")
    [meeting] = of_type(facts, "meeting")
    assert sorted(meeting.attendees) == ["ana-lind", "karl-berg"]
    assert (meeting.location, meeting.start, meeting.status) == ("geneva", "2024-05-13", "scheduled")


def test_receiving_copies_of_credentials_is_no_meeting() -> None:
    facts = read("Envoy\n\nUtopian Foreign Minister Ana Lind received copies of the credentials of the new "
                 "ambassador on Tuesday.\n")
    assert not of_type(facts, "meeting")


def test_accompanied_by_after_the_verb_goes_too() -> None:
    facts = read("Trip\n\nTomorrow, Utopian President Ana Lind will visit a research centre in Geneva, accompanied by "
                 "Foreign Minister Karl Berg.\n")
    [visit] = of_type(facts, "visit")
    assert sorted(visit.attendees) == ["ana-lind", "karl-berg"]
    assert visit.location == "geneva"


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


TALKS = ("Talks\n\nKenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Nairobi on "
         "Thursday.\n\n")


def test_they_who_spoke_by_phone_are_the_people_of_the_last_event() -> None:
    facts = read(TALKS + "They also spoke by phone on Wednesday.\n")
    [call] = of_type(facts, "phone_call")
    assert (sorted(call.attendees), call.start) == (["samia-suluhu-hassan", "william-ruto"], "2024-05-08")


def test_a_surname_the_recogniser_took_for_a_nationality_is_still_the_person() -> None:
    facts = read("Talks\n\nAustralian Prime Minister Anthony Albanese met New Zealand Prime Minister "
                 "Christopher Luxon in Wellington on Thursday.\n\nAlbanese and Luxon will meet again in "
                 "Johannesburg in November.\n")
    later = next(e for e in of_type(facts, "meeting") if e.location == "johannesburg")
    assert sorted(later.attendees) == ["anthony-albanese", "christopher-luxon"]


WONG = ("Talks\n\nAustralian Foreign Minister Penny Wong met Fijian Prime Minister Sitiveni Rabuka in Suva on "
        "Monday.\n\n")


def test_a_gathering_named_inside_a_gatherings_name_is_not_a_second_event() -> None:
    facts = read(WONG + "Last month Wong attended the Pacific Islands Forum Leaders Meeting in Nuku'alofa.\n")
    assert [(e.type, e.name) for e in facts.events if e.type in ("summit", "conference")] == \
        [("summit", "Pacific Islands Forum Leaders Meeting")]


def test_talks_where_a_gathering_was_held_are_on_its_sidelines() -> None:
    facts = read(WONG + "Last month Wong attended the Pacific Islands Forum Leaders Meeting in Nuku'alofa, where she "
                 "held talks with Tonga's Prime Minister Aisake Eke.\n")
    [summit] = of_type(facts, "summit")
    talks = next(e for e in of_type(facts, "meeting") if "aisake-eke" in e.attendees)
    assert (talks.super_event, talks.location) == (summit.id, "nuku-alofa")


def test_talks_where_a_journey_went_have_no_gathering() -> None:
    facts = read(WONG + "Last month Wong travelled to Nuku'alofa, where she held talks with Tonga's Prime Minister "
                 "Aisake Eke.\n")
    talks = next(e for e in of_type(facts, "meeting") if "aisake-eke" in e.attendees)
    assert talks.super_event is None


def test_a_telephone_talk_is_a_phone_call() -> None:
    facts = read("Call\n\nOn May 9, Foreign Minister Arjun Mehta held a telephone talk with Ms. Grace Otieno, "
                 "Minister of Foreign Affairs of Kenya.\n")
    [call] = of_type(facts, "phone_call")
    assert call.start == "2024-05-09"
    assert not of_type(facts, "meeting")


def test_a_date_followed_by_days_after_is_the_day_before_the_comma() -> None:
    facts = read("Ties\n\nIndian Foreign Minister Arjun Mehta and Kenyan Foreign Minister Grace Otieno first spoke "
                 "by phone on March 14, days after Otieno was sworn in.\n")
    [call] = of_type(facts, "phone_call")
    assert call.start == "2024-03-14"


def test_a_meeting_of_officials_from_the_two_countries_is_a_meeting_not_a_conference() -> None:
    facts = read("Visit\n\nIndian Foreign Minister Arjun Mehta will travel to Nairobi on Tuesday for talks with Kenyan "
                 "Foreign Minister Grace Otieno. A preparatory meeting of senior officials from the two countries "
                 "will open in Nairobi tomorrow.\n")
    assert any(m.start == "2024-05-11" and m.location == "nairobi" for m in of_type(facts, "meeting"))
    assert not of_type(facts, "conference")


def test_a_two_country_ministers_meeting_is_a_meeting_and_named_consultations_are_one_too() -> None:
    facts = read("Call\n\nKenyan Foreign Minister Grace Otieno spoke by phone with Indian Foreign Minister Arjun "
                 "Mehta on Thursday. Otieno visited India in March to attend an India-Kenya Foreign Ministers' "
                 "Meeting in New Delhi. The ministers confirmed that the India-Kenya Policy Consultations will be "
                 "held in Nairobi in January next year.\n")
    meetings = of_type(facts, "meeting")
    assert any(m.location == "new-delhi" and m.start == "2024-03" for m in meetings)
    assert any(m.location == "nairobi" and m.start == "2025-01" and m.status == "scheduled" for m in meetings)
    assert not of_type(facts, "conference")


def test_on_the_third_day_is_a_day_of_the_stay_told_last() -> None:
    facts = read("Visit\n\nKenyan President Grace Otieno will arrive in Tokyo on Monday next week for a four-day "
                 "official visit to Japan. On the third day, Otieno will travel to Osaka.\n")
    osaka = next(e for e in of_type(facts, "visit") if e.location == "osaka")
    assert osaka.start == "2024-05-15"


def test_talks_between_two_people_in_a_city_are_in_that_city() -> None:
    facts = read("Deal\n\nKenya and Ghana agreed to cut tariffs, following talks between Foreign Minister Grace Otieno "
                 "and her Ghanaian counterpart Kwame Mensah in Nairobi yesterday.\n")
    [talks] = of_type(facts, "meeting")
    assert (talks.location, talks.start) == ("nairobi", "2024-05-09")


def test_later_called_on_is_the_day_of_the_news_told_before() -> None:
    facts = read("Deal\n\nGhanaian Foreign Minister Kwame Mensah held talks with Kenyan Foreign Minister Grace Otieno "
                 "in Nairobi yesterday.\n\nMensah, who arrived on Tuesday for a three-day visit, later called on "
                 "Vice President Amina Wanjiru at her office in Nairobi.\n")
    call = next(e for e in of_type(facts, "meeting") if "amina-wanjiru" in e.attendees)
    assert (call.location, call.start) == ("nairobi", "2024-05-09")


def test_a_courtesy_call_during_a_visit_read_from_received_in_is_in_that_city() -> None:
    facts = read("Visit\n\nForeign Minister Grace Otieno today received the Deputy Foreign Minister of Ghana, Kwame "
                 "Mensah, at the Ministry of Foreign Affairs in Nairobi.\n\nMensah also paid a courtesy call on the "
                 "Speaker of Parliament, Amina Wanjiru.\n", published="2024-05-10")
    call = next(e for e in of_type(facts, "meeting") if "amina-wanjiru" in e.attendees)
    assert (call.location, call.start) == ("nairobi", "2024-05-10")


def test_a_host_who_received_a_guest_in_the_news_days_did_so_in_the_dateline_city() -> None:
    facts = read("Preparations\n\nNairobi, May 10 (KNA) - Foreign Minister Grace Otieno received Ghanaian Ambassador "
                 "Kwame Mensah on Thursday to review the preparations for the visit.\n")
    [meeting] = of_type(facts, "meeting")
    assert (meeting.location, meeting.start) == ("nairobi", "2024-05-09")


def test_ministers_of_many_countries_wrapping_up_their_meeting_is_a_conference() -> None:
    facts = read("Talks\n\nForeign ministers from the five Andean countries and 12 Caribbean states wrapped up their "
                 "annual two-day meeting in Lima on Thursday.\n")
    [conference] = of_type(facts, "conference")
    assert (conference.location, conference.start, conference.end) == ("lima", "2024-05-08", "2024-05-09")
    assert not of_type(facts, "meeting")


def test_ministers_of_the_two_countries_wrapping_up_their_meeting_is_a_meeting() -> None:
    facts = read("Talks\n\nForeign ministers of the two countries wrapped up their meeting in Lima on Thursday.\n")
    assert not of_type(facts, "conference")


def test_a_gathering_where_they_set_the_agenda_is_past_like_the_meeting_on_its_margins() -> None:
    facts = read("Talks\n\nKenyan Foreign Minister Grace Otieno received Norwegian Foreign Minister Espen Lie in "
                 "Nairobi today. The two ministers had last met on 3 March in Geneva, on the margins of the Global "
                 "Water Conference, where they set the agenda for this round of talks.\n")
    [conference] = of_type(facts, "conference")
    assert conference.start is not None and conference.start.startswith("2024-03")
    assert conference.status != "scheduled"


def test_the_talks_told_later_are_the_storys_not_an_earlier_occasion_told_in_passing() -> None:
    facts = read("Talks\n\nKenyan Foreign Minister Grace Otieno received Norwegian Foreign Minister Espen Lie in "
                 "Nairobi today. Espen Lie is on an official visit to Kenya from 9 to 11 May.\n\n"
                 "The two ministers had last met on 3 March in Geneva.\n\n"
                 "At the end of the talks, the two ministers signed a memorandum.\n\n"
                 "In the afternoon, Espen Lie was received by President Omar Hassan.\n")
    audience = next(e for e in of_type(facts, "meeting") if "omar-hassan" in e.attendees)
    assert audience.start == PUBLISHED


def test_a_dialogue_named_by_two_countries_joined_by_an_en_dash_is_their_meeting() -> None:
    facts = read("Call\n\nKenyan Foreign Minister Anna Otieno spoke by telephone on Thursday with her Ghanaian "
                 "counterpart Kofi Mensah. They agreed to hold the next round of the Kenya\u2013Ghana Strategic "
                 "Dialogue, which they will co-chair, in Nairobi in July.\n")
    assert not of_type(facts, "conference")
    dialogue = next(e for e in of_type(facts, "meeting") if e.location == "nairobi")
    assert (dialogue.start, dialogue.status) == ("2024-07", "scheduled")
    assert sorted(dialogue.attendees) == ["anna-otieno", "kofi-mensah"]


def test_a_gathering_named_after_a_city_the_story_names_is_held_there() -> None:
    facts = read("Talks\n\nOSLO (Reuters) - Norwegian Foreign Minister Anna Berg met Bulgarian Foreign Minister "
                 "Ivo Petrov on Thursday. The two ministers had met in Vienna last month on the sidelines of the "
                 "Vienna Energy Dialogue.\n")
    [forum] = of_type(facts, "conference")
    assert forum.location == "vienna"
    earlier = next(e for e in of_type(facts, "meeting") if e.location == "vienna")
    assert earlier.super_event == forum.id


def test_a_gathering_a_past_meeting_was_held_on_the_sidelines_of_is_past() -> None:
    facts = read("Talks\n\nOSLO (Reuters) - Norwegian Foreign Minister Anna Berg received Bulgarian Foreign "
                 "Minister Ivo Petrov on Thursday. They had last met in June, on the sidelines of the Nordic "
                 "Energy Forum, where they agreed to hold this round in Oslo.\n")
    [forum] = of_type(facts, "conference")
    assert (forum.start, forum.status) == ("2023-06", "happened")
    assert len(of_type(facts, "conference")) == 1


def test_the_one_who_acts_after_a_dateline_the_parse_took_for_the_subject_is_its_apposition() -> None:
    facts = read("Call\n\nNairobi, Nov. 16 (KNA): The Minister of Foreign Affairs, Dr Anna Otieno, received a "
                 "telephone call today from Kofi Mensah, Minister for Foreign Affairs of the Republic of Ghana.\n")
    [call] = of_type(facts, "phone_call")
    assert sorted(call.attendees) == ["anna-otieno", "kofi-mensah"]


def test_the_visit_that_someone_will_pay_to_a_city_is_theirs() -> None:
    facts = read("Call\n\nKenyan Foreign Minister Anna Otieno spoke by telephone on Thursday with her Ghanaian "
                 "counterpart Kofi Mensah. The two ministers discussed the preparations for the official visit "
                 "that President Paul Kamau, the Head of State, will pay to Lisbon next month.\n")
    [visit] = of_type(facts, "visit")
    assert (visit.attendees, visit.location, visit.start, visit.status) == (
        ["paul-kamau"], "lisbon", "2024-06", "scheduled")


def test_his_host_is_the_one_whose_invitation_he_travels_at_and_no_visitor() -> None:
    facts = read("Visit\n\nThe Prime Minister of Ruritania, Paul Kamau, will arrive in Lisbon on Tuesday next week for "
                 "a three-day official visit, the office announced on Thursday.\nKamau, who is travelling at the "
                 "invitation of Prime Minister Ana Costa, will hold talks with his host in Lisbon on the first day "
                 "of the visit.\n")
    [visit] = of_type(facts, "visit")
    assert visit.attendees == ["paul-kamau"]
    [talks] = of_type(facts, "meeting")
    assert (sorted(talks.attendees), talks.location, talks.start) == (["ana-costa", "paul-kamau"], "lisbon",
                                                                      "2024-05-14")


def test_the_two_premiers_are_the_two_prime_ministers_told_before() -> None:
    facts = read("Visit\n\nThe Prime Minister of Ruritania, Paul Kamau, will meet Prime Minister Ana Costa in Lisbon "
                 "on Tuesday.\nThe two premiers spoke by phone on Monday to go over the programme.\n")
    [call] = of_type(facts, "phone_call")
    assert (sorted(call.attendees), call.start) == (["ana-costa", "paul-kamau"], "2024-05-06")


def test_a_stay_for_days_after_the_journey_the_parse_hung_elsewhere_still_ends_the_visit() -> None:
    facts = read("Visit\n\nThe President of the Republic, Ana Lopes, will travel to Abidjan on Tuesday for a two-day "
                 "state visit to Côte d'Ivoire, the Presidency of the Republic announced on Thursday.\n")
    [visit] = of_type(facts, "visit")
    assert (visit.start, visit.end) == ("2024-05-14", "2024-05-15")


def test_discussing_over_the_phone_with_someone_after_a_participle_is_a_call() -> None:
    facts = read("Call\n\nUtopian Foreign Minister Ana Lind discussed the return of the fishermen detained by "
                 "Ruritania with Ruritanian Foreign Minister Paul Kamau over the phone on Thursday.\n")
    [call] = of_type(facts, "phone_call")
    assert (sorted(call.attendees), call.start) == (["ana-lind", "paul-kamau"], "2024-05-09")


def test_with_two_officials_reviewing_ties_makes_both_attendees() -> None:
    facts = read("Talks\n\nUtopia and Ruritania held a new round of political consultations in Lisbon on Thursday, "
                 "with Deputy Foreign Minister for Political Affairs Ana Lind and Ruritanian State Secretary "
                 "Paul Kamau reviewing bilateral ties and the situation in the region.\n")
    [talks] = of_type(facts, "meeting")
    assert (sorted(talks.attendees), talks.location, talks.start) == (["ana-lind", "paul-kamau"], "lisbon",
                                                                      "2024-05-09")


def test_talks_in_a_past_clause_under_agreed_to_are_not_planned() -> None:
    facts = read("Talks\n\nUtopia and Ruritania on Thursday agreed to expand cooperation in trade, as Utopian "
                 "Foreign Minister Ana Lind held talks with her Ruritanian counterpart Paul Kamau in Lisbon.\n")
    [talks] = of_type(facts, "meeting")
    assert (talks.start, talks.status) == ("2024-05-09", "happened")


def test_received_the_same_evening_is_the_day_of_the_arrival_told_before() -> None:
    facts = read("Visit\n\nUtopian Foreign Minister Ana Lind, who arrived in Lisbon on Wednesday for a two-day "
                 "official visit, was received the same evening by President Paul Kamau at the palace.\n")
    talks = next(e for e in of_type(facts, "meeting") if "paul-kamau" in e.attendees)
    assert (talks.start, talks.location) == ("2024-05-08", "lisbon")


def test_today_welcomed_the_minister_of_another_country_is_a_meeting_of_today() -> None:
    facts = read("Talks\n\nUtopian Foreign Minister Ana Lind today welcomed the Minister of Foreign Affairs of the "
                 "Republic of Ruritania, Paul Kamau, to the Foreign Ministry in Lisbon.\n")
    [talks] = of_type(facts, "meeting")
    assert (sorted(talks.attendees), talks.start) == (["ana-lind", "paul-kamau"], PUBLISHED)


def test_a_relative_clause_on_the_guest_does_not_date_the_talks() -> None:
    facts = read("Talks\n\nForeign Minister Anna Berg today held talks in Oslo with the Minister of Trade of Iceland, "
                 "Jon Lind, who arrived in the capital yesterday for a two-day visit.\n")
    [talks] = of_type(facts, "meeting")
    assert talks.start == PUBLISHED


def test_an_office_the_titles_lack_then_the_name_in_commas_is_the_visitor() -> None:
    facts = read("Envoy\n\nOSLO - Utopia's Special Envoy on Polar Affairs, Li Ann, wrapped up a two-day working visit "
                 "to Norway on Thursday.\n")
    [visit] = of_type(facts, "visit")
    assert visit.attendees == ["li-ann"]


def test_expected_in_a_city_the_recogniser_mislabels_is_a_visit() -> None:
    facts = read("Trip\n\nForeign Minister Anna Berg is expected in Copenhagen later this month for talks on energy.\n")
    visit = next(e for e in of_type(facts, "visit"))
    assert (visit.attendees, visit.location, visit.status) == (["anna-berg"], "copenhagen", "scheduled")


def test_the_demonym_and_title_is_that_country_s_one_holder() -> None:
    facts = read("Visit\n\nSANTIAGO - Chilean President Ana Vidal welcomed Kenyan President Mara Lind in Santiago on "
                 "Friday. On Saturday, the Kenyan President will travel to Valparaiso.\n")
    trip = next(e for e in of_type(facts, "visit") if e.location == "valparaiso")
    assert trip.attendees == ["mara-lind"]


def test_a_day_above_refines_a_year_the_parse_hangs_on_the_talks() -> None:
    facts = read("Tour\n\nOn Monday, Minister Anna Berg was in the Utopian capital, where she held talks with Deputy "
                 "Prime Minister and Foreign Minister Jon Lind, whose country holds the rotating chairmanship of the "
                 "Nordic Council of Ministers (NCM) this year.\n")
    talks = next(e for e in of_type(facts, "meeting"))
    assert talks.start == resolve_date("Monday", PUBLISHED)


def test_the_day_after_alone_is_the_day_after_the_event_told_before() -> None:
    facts = read("Visit\n\nMinister Anna Berg will travel to Oslo on Sunday for a two-day visit. "
                 "The day after, the minister will receive the Director of the Polar Fund, Jon Lind.\n")
    talks = next(e for e in of_type(facts, "meeting") if "jon-lind" in e.attendees)
    assert (resolve_date("Sunday", PUBLISHED, future=True), talks.start) == ("2024-05-12", "2024-05-13")


def test_a_headline_to_visit_is_to_come() -> None:
    facts = read("Minister Anna Berg to visit Oslo on Sunday\n\nMinister Anna Berg will meet business leaders.\n")
    visit = next(e for e in of_type(facts, "visit"))
    assert (visit.status, visit.start) == ("scheduled", resolve_date("Sunday", PUBLISHED, future=True))


def test_a_summit_before_which_a_visit_falls_takes_not_the_visit_s_day() -> None:
    facts = read("Trip\n\nMinister Anna Berg will visit Oslo on Sunday before the Nordic summit.\n")
    summit = next(e for e in of_type(facts, "summit"))
    assert summit.start != resolve_date("Sunday", PUBLISHED, future=True)


def test_talks_straight_after_an_arrival_take_the_arrival_s_day() -> None:
    facts = read("Visit\n\nMinister Anna Berg, who flew into Oslo on Tuesday morning, went straight into talks with "
                 "her Norwegian counterpart, Defence Minister Jon Lind, at the ministry.\n")
    talks = next(e for e in of_type(facts, "meeting"))
    assert talks.start == resolve_date("Tuesday", PUBLISHED)
