"""Extraction rules, one sentence each. Names here are invented or generic: the rules must
work from language, not from the development article."""

from __future__ import annotations

from .extracting import person, read


def test_title_and_country_come_from_the_words_before_a_name() -> None:
    facts = read("Talks in Oslo\n\nNorwegian Foreign Minister Espen Barth Eide met reporters in Oslo on Monday.\n")
    eide = person(facts, "Espen Barth Eide")
    assert eide.title == "Foreign Minister"
    assert eide.represents == "norway"


def test_a_possessive_country_gives_the_country() -> None:
    facts = read("Visit\n\nKenya's President William Ruto arrived in Accra on Thursday.\n")
    assert person(facts, "William Ruto").represents == "kenya"
    assert person(facts, "William Ruto").title == "President"


def test_a_counterpart_holds_the_same_office_for_another_country() -> None:
    facts = read("Ministers meet\n\nPolish Foreign Minister Radek Nowak met his German counterpart Anna Weber "
                 "in Berlin on Wednesday.\n")
    weber = person(facts, "Anna Weber")
    assert (weber.title, weber.represents) == ("Foreign Minister", "germany")


def test_a_bare_surname_is_the_same_person_never_a_new_one() -> None:
    facts = read("Talks\n\nIndian Foreign Minister Arjun Mehta met Kenyan Foreign Minister Grace Otieno in "
                 "Nairobi on Thursday. Mehta said India was ready to help.\n")
    assert sorted(p.name for p in facts.people) == ["Arjun Mehta", "Grace Otieno"]
    assert [s.speaker for s in facts.statements] == ["arjun-mehta"]


def test_a_meeting_has_its_attendees_place_and_resolved_weekday() -> None:
    facts = read("Talks\n\nIndian Foreign Minister Arjun Mehta met Kenyan Foreign Minister Grace Otieno in "
                 "Nairobi on Thursday.\n")
    [meeting] = facts.events
    assert meeting.type == "meeting"
    assert sorted(meeting.attendees) == ["arjun-mehta", "grace-otieno"]
    assert (meeting.location, meeting.start, meeting.status) == ("nairobi", "2024-05-09", "happened")


def test_an_announced_visit_is_scheduled_and_its_length_gives_the_end_date() -> None:
    facts = read("Visit\n\nThe ministry said on Friday that Japanese Prime Minister Kenji Sato would begin "
                 "a three-day visit to Brazil on Monday.\n")
    [visit] = [e for e in facts.events if e.type == "visit"]
    assert (visit.location, visit.start, visit.end, visit.status) == ("brazil", "2024-05-13", "2024-05-15",
                                                                      "scheduled")


def test_a_meeting_on_the_sidelines_has_the_conference_as_super_event() -> None:
    facts = read("Talks\n\nChilean Foreign Minister Ana Soto met her Peruvian counterpart Luis Rojas on "
                 "Tuesday on the sidelines of a conference in Lima.\n")
    meeting = next(e for e in facts.events if e.type == "meeting")
    conference = next(e for e in facts.events if e.type == "conference")
    assert meeting.super_event == conference.id
    assert (conference.location, conference.start) == ("lima", "2024-05-07")


def test_a_phone_call_is_not_a_meeting() -> None:
    facts = read("Call\n\nFrench Foreign Minister Paul Martin held a phone call with Egyptian Foreign Minister "
                 "Omar Hassan on Wednesday.\n")
    assert [e.type for e in facts.events] == ["phone_call"]


def test_told_makes_the_listener_the_addressee_of_a_direct_quote() -> None:
    facts = read("Talks\n\nIndian Foreign Minister Arjun Mehta met Kenyan Foreign Minister Grace Otieno in "
                 "Nairobi on Thursday.\n\n\u201cWe are ready to work together,\u201d Mehta told Otieno.\n")
    [quote] = [s for s in facts.statements if s.direct]
    assert quote.text == "We are ready to work together"  # (the comma inside the marks is the sentence's)
    assert (quote.speaker, quote.addressees, quote.date) == ("arjun-mehta", ["grace-otieno"], "2024-05-09")
    assert quote.made_at == facts.events[0].id


def test_a_quote_broken_by_its_attribution_is_one_quotation() -> None:
    facts = read("Talks\n\nGerman Foreign Minister Anna Weber spoke in Berlin on Thursday.\n\n"
                 "\u201cWe are ready,\u201d she said, \u201cto take on more responsibility.\u201d\n")
    [quote] = [s for s in facts.statements if s.direct]
    assert quote.text == "We are ready, to take on more responsibility."
    assert quote.speaker == "anna-weber"


def test_a_quote_running_over_two_paragraphs_is_one_statement() -> None:
    facts = read("Talks\n\nPolish Foreign Minister Radek Nowak visited Berlin on Wednesday.\n\n"
                 "\u201cOur countries carry a special responsibility.\n\n"
                 "\u201cWe have spent too many years quarrelling,\u201d Nowak said.\n")
    [quote] = [s for s in facts.statements if s.direct]
    assert quote.text.startswith("Our countries carry a special responsibility.")
    assert quote.text.endswith("We have spent too many years quarrelling")
    assert len(quote.evidence) == 2


def test_a_short_quoted_word_belongs_to_the_speech_verb_above_it() -> None:
    facts = read("Talks\n\nBrazilian President Lucas Costa called the talks \u2018timely\u2019 on Monday.\n")
    [quote] = facts.statements
    assert (quote.text, quote.direct, quote.speaker, quote.date) == ("timely", True, "lucas-costa", "2024-05-06")


def test_reported_speech_is_a_statement_but_not_a_quotation() -> None:
    facts = read("Talks\n\nMexican Foreign Minister Rosa Diaz said on Monday that Mexico was willing to mediate.\n")
    [said] = facts.statements
    assert said.text == "Mexico was willing to mediate"
    assert (said.direct, said.date) == (False, "2024-05-06")


def test_previously_said_has_no_date() -> None:
    facts = read("Talks\n\nMexican Foreign Minister Rosa Diaz has previously said Mexico was neutral.\n")
    assert [s.date for s in facts.statements] == [None]


def test_a_ministry_can_be_the_speaker() -> None:
    facts = read("Visit\n\nIndia's defence ministry on Friday said the minister would travel to Paris.\n")
    [said] = facts.statements
    ministry = next(o for o in facts.organizations if o.id == said.speaker)
    assert ministry.name == "Ministry of Defence of India"
    assert "India's defence ministry" in ministry.alternate_names


def test_according_to_names_the_source() -> None:
    facts = read("Talks\n\n\u201cWe want peace,\u201d Foreign Minister Arjun Mehta told reporters, according to an "
                 "Indian foreign ministry statement.\n")
    [quote] = facts.statements
    assert quote.source == "an Indian foreign ministry statement"
    assert quote.according_to == "ministry-of-foreign-affairs-of-india"


def test_a_summary_point_restating_a_body_quote_is_not_a_second_statement() -> None:
    facts = read("Leaders meet\n\n  \u2022 Arjun Mehta says India \u2018wants lasting peace\u2019\n\n"
                 "Indian Foreign Minister Arjun Mehta spoke in Delhi on Monday.\n\n"
                 "\u201cIndia wants lasting peace in the region,\u201d Mehta said.\n")
    assert [s.text for s in facts.statements if s.direct] == ["India wants lasting peace in the region"]


def test_a_plan_has_its_author_and_month() -> None:
    facts = read("Plan\n\nForeign Minister Arjun Mehta praised India's 10-point peace plan released in March.\n")
    [plan] = facts.documents
    assert (plan.type, plan.name, plan.authors, plan.date) == ("plan", "10-point peace plan", ["india"], "2024-03")


def test_an_unattributed_negated_sentence_is_the_publisher_claim() -> None:
    text = "Claim\n\nWhy you can trust SCMP\nIndia has never recognised the new government in Kabul.\n"
    facts = read(text)
    assert [c.text for c in facts.claims] == ["India has never recognised the new government in Kabul."]


def test_page_furniture_never_becomes_an_entity() -> None:
    facts = read("Ministers meet in Delhi for talks\n\nAdvertisement\nReading Time:2 minutes\n71\n03:41\n"
                 "Video title here\nVideo title here\n"
                 "Indian Foreign Minister Arjun Mehta met reporters in Delhi on Monday.\n")
    names = {p.name for p in facts.people} | {o.name for o in facts.organizations} | {p.name for p in facts.places}
    assert names == {"Arjun Mehta", "India", "Delhi"}
    assert facts.article.reading_time == "PT2M"
    assert [m.duration for m in facts.article.media] == ["PT3M41S"]


def test_a_host_acts_for_the_country_the_meeting_is_in() -> None:
    facts = read("Leaders meet in London for talks\n\nPrime Minister Tom Hale hosted Kenyan President William Ruto "
                 "in London on Tuesday.\n")
    assert person(facts, "Tom Hale").represents == "united-kingdom"
    assert person(facts, "William Ruto").represents == "kenya"


def test_spoke_with_and_no_place_is_a_phone_call_and_its_words_are_said_to_the_other() -> None:
    facts = read("Leaders speak about trade\n\n"
                 "Today, Prime Minister Tom Hale spoke with President Ana Soto of Chile.\n\n"
                 "President Soto said that Chile was ready to deepen cooperation.\n", published="2024-12-05")
    [call] = facts.events
    assert (call.type, call.start, sorted(call.attendees)) == ("phone_call", "2024-12-05", ["ana-soto", "tom-hale"])
    [said] = facts.statements
    assert (said.speaker, said.addressees, said.made_at) == ("ana-soto", ["tom-hale"], call.id)


def test_a_gathering_which_ends_on_a_day_has_that_end_date() -> None:
    facts = read("Leaders meet for a summit this week\n\nOSLO (Reuters) - Nordic leaders met Norwegian Prime Minister "
                 "Jonas Berg in Oslo on Thursday at a summit, which ends on Friday.\n", published="2024-12-05")
    summit = next(e for e in facts.events if e.type == "summit")
    assert (summit.start, summit.end, summit.location) == ("2024-12-05", "2024-12-06", "oslo")


def test_a_breadcrumb_and_a_ministry_masthead_above_the_headline_are_not_the_headline() -> None:
    facts = read("Ministry of Foreign Affairs\nNews Room | Press Releases\n\nMinister meets envoy from Peru\n\n"
                 "Lima, May 10, 2024\n\nForeign Minister Ana Soto met the Peruvian ambassador today.\n")
    assert facts.article.headline == "Minister meets envoy from Peru"
    assert facts.article.publisher == "ministry-of-foreign-affairs"


def test_a_release_signed_off_with_its_capital_speaks_for_that_country() -> None:
    facts = read("Ministry of Foreign Affairs\n\nMinister meets envoy\n\nForeign Minister Ana Soto received "
                 "Ambassador Luis Rojas today.\n\nLima\nMay 10, 2024\n")
    assert person(facts, "Ana Soto").represents == "peru"


def test_an_outlet_in_a_byline_is_the_publisher_not_a_writer() -> None:
    facts = read("Talks in Riga\n\nBy Anna Berzina, Baltic News Service\n\nRIGA, May 10 – Latvian Prime "
                 "Minister Evika Silina met reporters on Friday.\n")
    assert facts.article.publisher == "baltic-news-service"


def test_a_telephone_call_received_from_a_titled_name_in_apposition_is_a_call_with_both() -> None:
    facts = read("Call\n\nPrime Minister Shri Arjun Mehta received a telephone call today from the President of "
                 "the Republic of Chile, H.E. Mr. Luis Rojas.\n\nPresident Rojas conveyed that Chile was keen "
                 "to deepen cooperation in mining.\n")
    assert [p.name for p in facts.people] == ["Arjun Mehta", "Luis Rojas"]
    [call] = facts.events
    assert (call.type, sorted(call.attendees)) == ("phone_call", ["arjun-mehta", "luis-rojas"])
    assert [s.speaker for s in facts.statements] == ["luis-rojas"]


def test_a_city_the_recogniser_takes_for_a_person_or_organisation_is_a_city_after_to() -> None:
    facts = read("Plans\n\nPeruvian Foreign Minister Luis Rojas will travel to Cochabamba in June. Chilean Foreign "
                 "Minister Ana Soto will travel to Curitiba in July.\n")
    visits = sorted((e.attendees[0], e.location) for e in facts.events if e.type == "visit")
    assert visits == [("ana-soto", "curitiba"), ("luis-rojas", "cochabamba")]
    assert not facts.organizations


def test_a_visit_paid_gives_its_city_to_the_talks_held_in_the_same_sentence() -> None:
    facts = read("Visit\n\nPeruvian Foreign Minister Luis Rojas paid a visit to Kaunas on Tuesday and held talks "
                 "with Lithuanian Foreign Minister Rita Vaitkus.\n")
    visit = next(e for e in facts.events if e.type == "visit")
    meeting = next(e for e in facts.events if e.type == "meeting")
    assert (visit.attendees, visit.location, visit.start) == (["luis-rojas"], "kaunas", "2024-05-07")
    assert (sorted(meeting.attendees), meeting.location) == (["luis-rojas", "rita-vaitkus"], "kaunas")


def test_a_weekday_with_a_time_of_day_dates_the_meeting() -> None:
    facts = read("Talks\n\nPeruvian Foreign Minister Luis Rojas met Chilean Foreign Minister Ana Soto in Lima "
                 "on Tuesday morning.\n")
    [meeting] = facts.events
    assert meeting.start == "2024-05-07"


def test_due_to_visit_is_a_planned_visit_by_the_subject_of_be() -> None:
    facts = read("Plans\n\nChile's Foreign Minister Ana Soto is due to visit Lisbon in June, the ministry said.\n")
    [visit] = facts.events
    assert (visit.attendees, visit.location, visit.start, visit.status) == (["ana-soto"], "lisbon", "2024-06",
                                                                            "scheduled")


def test_talks_with_two_different_guests_are_two_meetings() -> None:
    facts = read("Visit\n\nPeruvian Foreign Minister Luis Rojas held talks with Chilean President Marta Vidal in "
                 "Santiago on Tuesday. Rojas later went on to parliament for talks with Chilean Senator Pablo Mena.\n")
    meetings = sorted(sorted(e.attendees) for e in facts.events if e.type == "meeting")
    assert meetings == [["luis-rojas", "marta-vidal"], ["luis-rojas", "pablo-mena"]]


def test_talks_held_at_a_building_in_a_city_are_in_that_city() -> None:
    facts = read("Talks\n\nPeruvian Foreign Minister Luis Rojas held talks today with Chilean Foreign Minister "
                 "Ana Soto at the ministry's headquarters in Valparaíso.\n")
    meeting = next(e for e in facts.events if e.type == "meeting")
    assert (meeting.location, meeting.start) == ("valparaiso", "2024-05-10")


def test_talks_after_before_share_the_day_and_city_of_the_first_meeting() -> None:
    facts = read("Talks\n\nPeruvian Foreign Minister Luis Rojas met Chilean Foreign Minister Ana Soto in Santiago "
                 "on Tuesday before holding talks with President Marta Vidal at the palace.\n")
    vidal = next(e for e in facts.events if "marta-vidal" in e.attendees)
    assert sorted(vidal.attendees) == ["luis-rojas", "marta-vidal"]
    assert (vidal.location, vidal.start) == ("santiago", "2024-05-07")


def test_two_counterparts_named_in_order_take_one_country_each() -> None:
    facts = read("Talks\n\nForeign Minister Ana Soto hosted her Peruvian and Bolivian counterparts, Luis Rojas and "
                 "Marco Quispe, in Lima on Tuesday.\n")
    assert (person(facts, "Luis Rojas").represents, person(facts, "Marco Quispe").represents) == ("peru", "bolivia")


def test_a_national_paper_without_a_dateline_gives_its_country_to_officials_who_act() -> None:
    facts = read("The Straits Times\n\nMinisters meet\n\nForeign Minister Daniel Goh met Peruvian Foreign Minister "
                 "Luis Rojas on Tuesday. The talks came as President Ana Soto faced an election.\n")
    assert person(facts, "Daniel Goh").represents == "singapore"
    assert person(facts, "Luis Rojas").represents == "peru"
    assert person(facts, "Ana Soto").represents is None  # only mentioned: not necessarily Singapore's


def test_later_in_the_day_dates_a_meeting_by_the_one_just_told() -> None:
    facts = read("Talks\n\nPeruvian Foreign Minister Luis Rojas met Chilean Foreign Minister Ana Soto in Lima on "
                 "Tuesday. Later in the day, Peruvian President Marco Quispe received Soto at the palace.\n")
    quispe = next(e for e in facts.events if "marco-quispe" in e.attendees)
    assert quispe.start == "2024-05-07"


def test_a_surname_the_recogniser_takes_for_a_place_is_still_the_person() -> None:
    facts = read("Talks\n\nJapanese Foreign Minister Takeo Kamiya met Peruvian Foreign Minister Luis Rojas in Lima on "
                 "Tuesday. On the margins of the meeting, Kamiya held separate talks with Rojas on Wednesday.\n")
    separate = [e for e in facts.events if e.start == "2024-05-08" and e.type == "meeting"]
    assert [sorted(e.attendees) for e in separate] == [["luis-rojas", "takeo-kamiya"]]


def test_a_quote_under_told_that_is_the_tellers_even_when_a_ministry_reports_it() -> None:
    facts = read("Talks\n\nPeruvian Foreign Minister Luis Rojas met Chilean Foreign Minister Ana Soto in Lima on "
                 "Tuesday. Rojas told Soto that the two countries should \u201cturn the page on old quarrels for "
                 "good\u201d and trade more, the Peruvian Foreign Ministry said in a statement.\n")
    quote = next(s for s in facts.statements if s.direct)
    assert (quote.speaker, quote.addressees) == ("luis-rojas", ["ana-soto"])


def test_the_two_ministers_told_are_not_the_one_telling() -> None:
    facts = read("Talks\n\nPeruvian President Marco Quispe received Chilean Foreign Minister Ana Soto and Bolivian "
                 "Foreign Minister Juan Mamani in Lima on Tuesday. Quispe told the two ministers that the region "
                 "needed a common plan.\n")
    said = next(s for s in facts.statements if s.speaker == "marco-quispe")
    assert sorted(said.addressees) == ["ana-soto", "juan-mamani"]


def test_words_said_after_the_talks_belong_to_the_talks_that_took_place() -> None:
    facts = read("Talks\n\nPeruvian Foreign Minister Luis Rojas will hold talks with Bolivian Foreign Minister Juan "
                 "Mamani in La Paz next month. On Tuesday Rojas held talks with Chilean Foreign Minister Ana Soto "
                 "in Lima. \u201cWe have turned a page in our relations and we intend to keep it that way,\u201d "
                 "Rojas said at a news conference after the talks.\n")
    quote = next(s for s in facts.statements if s.direct)
    made_at = next(e for e in facts.events if e.id == quote.made_at)
    assert (made_at.location, quote.date) == ("lima", "2024-05-07")


def test_plural_counterparts_are_one_person_of_each_country() -> None:
    facts = read("Talks\n\nChilean Foreign Minister Ana Soto, Bolivian Foreign Minister Juan Mamani and Peruvian "
                 "Foreign Minister Luis Rojas arrived in Quito on Monday. On Tuesday, Ecuadorian Foreign Minister "
                 "Elena Vera hosted her Chilean and Bolivian counterparts at the foreign ministry.\n")
    hosted = next(e for e in facts.events if "elena-vera" in e.attendees)
    assert sorted(hosted.attendees) == ["ana-soto", "elena-vera", "juan-mamani"]


def test_last_met_is_an_earlier_occasion_and_past_talks_are_not_planned_ones() -> None:
    facts = read("Talks\n\nChilean Foreign Minister Ana Soto and Peruvian Foreign Minister Luis Rojas signed an "
                 "accord. Soto hosted her Peruvian counterpart Luis Rojas for the first "
                 "talks since the two ministers last met in Cusco in 2022. Rojas is expected to hold talks with Soto "
                 "in Lima next month.\n")
    meetings = [e for e in facts.events if e.type == "meeting"]
    assert len(meetings) == 3
    assert sorted(str(e.location) for e in meetings) == ["None", "cusco", "lima"]


def test_a_royal_title_and_regnal_number_name_a_person() -> None:
    facts = read("Visit\n\nKing Letsie III of Lesotho arrived in Maputo on Sunday.\n")
    king = person(facts, "Letsie III")
    assert (king.title, king.represents) == ("King", "lesotho")


def test_a_courtesy_call_on_someone_is_a_meeting_with_them() -> None:
    facts = read("Visit\n\nPeruvian Foreign Minister Luis Rojas arrived in Quito on Sunday and paid a courtesy call "
                 "on Ecuadorian President Elena Vera at the palace.\n")
    meeting = next(e for e in facts.events if e.type == "meeting")
    assert sorted(meeting.attendees) == ["elena-vera", "luis-rojas"]
    assert not [e for e in facts.events if e.type == "phone_call"]


def test_the_sentence_index_gives_the_parsers_own_sentences() -> None:
    from diplograph.extract.context import index_sentences
    from diplograph.nlp import pipeline

    text = "Talks\nThe minister met his counterpart. They spoke for an hour.\nHe left on Friday."
    doc = pipeline()(text)
    plain = [(s.start, s.end) for s in doc.sents]
    per_token = [(t.sent.start, t.sent.end) for t in doc]
    index_sentences(doc)
    assert [(s.start, s.end) for s in doc.sents] == plain
    assert [(t.sent.start, t.sent.end) for t in doc] == per_token
    assert [(doc[i:i + 2].sent.start) for i in range(len(doc) - 1)] == [doc[i].sent.start for i in range(len(doc) - 1)]
