"""Statements and documents, one invented sentence each: the rules must work from language,
not from the corpus articles."""

from __future__ import annotations

from diplograph.model import Facts

from .extracting import PUBLISHED, read


def test_who_said_gives_the_person_the_relative_clause_hangs_on() -> None:
    facts = read("Talks\n\nIn Lima, Kenyan Foreign Minister Grace Otieno held talks with Peruvian Foreign Minister "
                 "Carlos Ruiz, who said afterwards that Peru was \u201cready to sign a deal\u201d soon.\n")
    quote = next(s for s in facts.statements if s.direct)
    assert (quote.text, quote.speaker) == ("ready to sign a deal", "carlos-ruiz")


def test_a_fragment_deep_in_a_reported_clause_is_still_quoted() -> None:
    facts = read("Talks\n\nIndian Foreign Minister Arjun Mehta met Kenyan Foreign Minister Grace Otieno in Nairobi "
                 "on Thursday.\n\nMehta said India values its ties with Kenya and that Delhi is ready to continue "
                 "high-level exchanges, including \u201cregular dialogue\u201d between the two countries.\n")
    quote = next(s for s in facts.statements if s.direct)
    assert (quote.text, quote.speaker) == ("regular dialogue", "arjun-mehta")


def test_a_country_inside_a_persons_reported_words_does_not_take_their_quote() -> None:
    facts = read("Talks\n\nIndian Foreign Minister Arjun Mehta met Kenyan Foreign Minister Grace Otieno in Nairobi "
                 "on Thursday.\n\nMehta said India was willing to talk and urged other countries not to "
                 "\u201cmeddle in the region.\u201d\n")
    quote = next(s for s in facts.statements if s.direct)
    assert quote.speaker == "arjun-mehta"


def test_a_sentence_according_to_an_organisation_is_its_reported_speech() -> None:
    facts = read("Talks\n\nIndian Foreign Minister Arjun Mehta met Kenyan Foreign Minister Grace Otieno in Nairobi "
                 "on Thursday.\n\nThe two ministers discussed tea exports and port fees, according to a statement "
                 "from the Indian foreign ministry.\n\nTrade between the two countries reached $2 billion last year, "
                 "according to Indian government data.\n")
    [said] = facts.statements
    assert said.text == "The two ministers discussed tea exports and port fees"
    assert (said.direct, said.speaker) == (False, "ministry-of-foreign-affairs-of-india")


def test_an_attribution_after_the_clause_it_reports_makes_reported_speech() -> None:
    facts = read("Visit\n\nKenyan President Daniel Mwangi will travel to Lima on Monday for a three-day state visit "
                 "at the invitation of Peruvian President Carlos Ruiz, the Kenyan foreign ministry said in a "
                 "statement on Thursday.\n\nDuring the visit, the two sides are expected to sign several "
                 "agreements on trade, according to the statement.\n")
    first, second = facts.statements
    assert first.text.startswith("Kenyan President Daniel Mwangi will travel to Lima on Monday")
    assert (first.speaker, first.date) == ("ministry-of-foreign-affairs-of-kenya", "2024-05-09")
    assert second.text.startswith("During the visit, the two sides are expected to sign")
    assert (second.speaker, second.date) == ("ministry-of-foreign-affairs-of-kenya", "2024-05-09")


def test_a_hyphenated_particle_surname_names_the_person() -> None:
    facts = read("Talks\n\nEgyptian President Omar al-Hakim met Kenyan Foreign Minister Grace Otieno in Cairo on "
                 "Thursday.\n\nHakim told Otieno that Egypt valued Kenya's \u201csteady position\u201d on the "
                 "Nile.\n")
    quote = next(s for s in facts.statements if s.direct)
    assert (quote.speaker, quote.addressees) == ("omar-al-hakim", ["grace-otieno"])


def test_said_with_a_clause_parsed_as_an_object_is_still_reported_speech() -> None:
    facts = read("Talks\n\nKenyan Foreign Minister Grace Otieno met Peruvian Foreign Minister Carlos Ruiz in Lima "
                 "on Thursday.\n\nOtieno also said the two countries aimed to double bilateral trade within five "
                 "years.\n\nRuiz told the Kenyan minister that Lima valued Nairobi's role as a partner.\n")
    texts = {s.speaker: s.text for s in facts.statements}
    assert texts["grace-otieno"] == "the two countries aimed to double bilateral trade within five years"
    assert texts["carlos-ruiz"] == "Lima valued Nairobi's role as a partner"


def test_the_leaders_of_a_bloc_speak_for_the_bloc() -> None:
    facts = read("Summit\n\nLeaders of the Andean Community (CAN) met for their annual summit in Lima on Sunday.\n\n"
                 "In their final statement, the leaders said that trade barriers in the region must fall.\n")
    [said] = facts.statements
    assert said.speaker == "andean-community"


def test_a_bare_given_name_is_the_persons_own_name_not_a_patronymic() -> None:
    facts = read("Talks\n\nOmani Sultan Tariq bin Said met Bahraini King Said bin Ali Al Mansour in Muscat on "
                 "Sunday.\n\nKing Said said Bahrain was keen to expand trade.\n")
    [said] = facts.statements
    assert said.speaker == "said-bin-ali-al-mansour"


def test_a_named_agreement_is_a_document_even_when_not_signed_in_the_story() -> None:
    facts = read("Call\n\nPeruvian President Carlos Ruiz spoke by phone with Kenyan President Daniel Mwangi on "
                 "Thursday.\n\nThe leaders welcomed the tenth anniversary of the Kenya-Peru Investment Treaty.\n")
    [treaty] = facts.documents
    assert (treaty.name, treaty.authors, treaty.date) == ("Kenya-Peru Investment Treaty", [], None)


def test_a_declaration_named_later_is_the_one_signed_earlier_and_the_bloc_is_its_author() -> None:
    facts = read("Summit\n\nLIMA (AP) \u2014 Andean leaders signed a declaration on river transport on Thursday "
                 "as they wrapped up a summit in Lima.\n\nThe leaders of the Andean Community signed the Lima "
                 "Declaration on River Transport at the close of the summit.\n")
    [declaration] = facts.documents
    assert declaration.name.startswith("Lima Declaration")
    assert (declaration.authors, declaration.date) == (["andean-community"], "2024-05-09")


def test_the_two_heads_of_state_who_sign_are_the_people_named_so_far() -> None:
    facts = read("Visit\n\nKenyan President Daniel Mwangi held talks with Peruvian President Carlos Ruiz in Lima "
                 "on Thursday.\n\nAfter the talks, the two heads of state signed a joint statement on trade.\n\n"
                 "Peruvian Foreign Minister Ana Lopes later met Kenyan Foreign Minister Grace Otieno.\n")
    [statement] = facts.documents
    assert sorted(statement.authors) == ["carlos-ruiz", "daniel-mwangi"]


def test_the_agreement_announced_on_a_day_dates_the_agreement_reached() -> None:
    facts = read("Deal\n\nKenya and Peru have reached an agreement on fishing rights, Kenyan Foreign Minister "
                 "Grace Otieno has announced.\n\nThe agreement, announced on Monday after weeks of talks, "
                 "will take effect next year.\n")
    [agreement] = facts.documents
    assert agreement.date == "2024-05-06"


def test_a_readouts_bare_title_and_a_reiterated_position_are_reported_speech() -> None:
    facts = read("Call\n\nPrime Minister Arjun Mehta spoke by phone with President Daniel Mwangi of Kenya on "
                 "Thursday.\n\nPrime Minister reiterated India's consistent support for dialogue and diplomacy in "
                 "the region. Prime Minister informed President Mwangi that a trade delegation will visit Nairobi "
                 "next month.\n")
    texts = {s.text: s for s in facts.statements}
    position = texts["India's consistent support for dialogue and diplomacy in the region"]
    assert (position.speaker, position.direct) == ("arjun-mehta", False)
    told = texts["a trade delegation will visit Nairobi next month"]
    assert (told.speaker, told.addressees) == ("arjun-mehta", ["daniel-mwangi"])


def test_asked_for_states_a_request() -> None:
    facts = read("Call\n\nKenyan Foreign Minister Grace Otieno spoke by phone with Peruvian Foreign Minister Carlos "
                 "Ruiz on Thursday.\n\nOtieno asked for Peru's help in the return of Kenyan sailors from Callao.\n")
    [asked] = facts.statements
    assert asked.text == "Peru's help in the return of Kenyan sailors from Callao"
    assert asked.speaker == "grace-otieno"


def test_a_capital_as_speaker_is_its_country() -> None:
    facts = read("Talks\n\nKenyan Foreign Minister Grace Otieno visited Lima on Thursday.\n\nLima says the border "
                 "dispute was settled decades ago.\n")
    [said] = facts.statements
    assert said.speaker == "peru"


def test_the_sentence_before_dates_the_words_of_its_speaker() -> None:
    facts = read("Talks\n\nPeruvian Foreign Minister Carlos Ruiz spoke by phone with Kenyan Foreign Minister Grace "
                 "Otieno on Tuesday.\n\nRuiz struck a firmer tone in an interview with a radio station on "
                 "Wednesday. \u201cPeru will defend its fishermen, but nobody wins a trade war,\u201d he said.\n")
    quote = next(s for s in facts.statements if s.direct)
    assert (quote.speaker, quote.date) == ("carlos-ruiz", "2024-05-08")


def test_a_document_title_is_not_an_organisation_name() -> None:
    from diplograph.extract.documents import names_a_document

    assert names_a_document("Joint Statement of the Republic of Peru and the Republic of Kenya on Trade")
    assert names_a_document("Kenya-Peru Investment Treaty")
    assert not names_a_document("Ministry of Foreign Affairs of Kenya")
    assert not names_a_document("Organization of American States")


def test_a_participle_attribution_is_dated_by_the_verb_it_hangs_on() -> None:
    facts = read("Summit\n\nPeruvian President Carlos Ruiz hosted a summit of Andean leaders in Lima on Monday.\n\n"
                 "The Inter-American Development Bank welcomed the summit on Wednesday, calling it \u201ca turning "
                 "point for the region.\u201d\n")
    quote = next(s for s in facts.statements if s.direct)
    assert quote.text.startswith("a turning point for the region")
    assert quote.date == "2024-05-08"


def test_informing_the_minister_is_told_to_the_other_minister() -> None:
    facts = read("Talks\n\nKenyan Foreign Minister Grace Otieno received Peruvian Foreign Minister Carlos Ruiz in "
                 "Nairobi on Thursday.\n\nRuiz thanked Kenya for its support at the United Nations. He informed the "
                 "Minister that Peru would open an embassy in Nairobi next year.\n")
    # (the thanks are a statement of their own)
    [told] = [s for s in facts.statements if s.text.startswith("Peru would")]
    assert (told.speaker, told.addressees) == ("carlos-ruiz", ["grace-otieno"])


def test_a_second_speech_verb_joined_to_the_reported_clause_is_the_speakers() -> None:
    facts = read("Talks\n\nPeruvian President Carlos Ruiz met Chilean President Ana Soto in Lima on Wednesday.\n\n"
                 "Soto said Chile would share data on fishing fleets passing through the Strait of Magellan and "
                 "described the talks as \"frank and useful\".\n")
    said = {(s.direct, s.text): s.speaker for s in facts.statements}
    assert said[(True, "frank and useful")] == "ana-soto"
    assert said[(False, "Chile would share data on fishing fleets passing through the Strait of Magellan")] \
        == "ana-soto"


def test_undated_words_take_the_day_the_lead_tells_its_news_on() -> None:
    facts = read("Deal\n\nThursday, May 9th 2024\n\nPeru and Kenya agreed on Wednesday to set up a joint task force "
                 "against illegal fishing, as the Kenyan president visited Lima.\n\n\u201cThe ocean has no "
                 "borders, and neither can our response,\u201d Peruvian President Carlos Ruiz said at a joint press "
                 "conference.\n", published="2024-05-09")
    [quote] = facts.statements
    assert (quote.speaker, quote.date) == ("carlos-ruiz", "2024-05-08")


def test_a_surname_the_recogniser_takes_for_a_nationality_is_the_person() -> None:
    facts = read("Talks\n\nPeruvian President Carlos Ruiz met Italian Foreign Minister Luca Albanese in Lima on "
                 "Wednesday.\n\nAlbanese said Italy would share intelligence on container traffic.\n")
    [said] = facts.statements
    assert said.speaker == "luca-albanese"


def test_a_pronoun_in_the_words_of_a_speaker_named_in_the_sentence_is_that_speaker() -> None:
    facts = read("Visit\n\nKenyan President Daniel Mwangi will visit Lima next week.\n\nPeruvian Prime Minister "
                 "Carlos Ruiz, who also holds the trade portfolio, said the visit reflected the old friendship "
                 "between the two nations, which he described as \"a bond of trust\".\n")
    quote = next(s for s in facts.statements if s.direct)
    assert (quote.text, quote.speaker) == ("a bond of trust", "carlos-ruiz")


def test_him_told_is_the_other_person_named_in_the_sentence() -> None:
    facts = read("Talks\n\nRelations have thawed under Kenyan President Daniel Mwangi, who met Egyptian President "
                 "Omar Hassan in Cairo in April.\n\nMwangi received Peruvian Foreign Minister Carlos Ruiz on Tuesday "
                 "and told him that Nairobi was "
                 "ready to finance a new port in Callao.\n")
    [told] = facts.statements
    assert (told.speaker, told.addressees) == ("daniel-mwangi", ["carlos-ruiz"])


def test_he_added_is_the_one_who_spoke_in_the_sentence_before() -> None:
    facts = read("Talks\n\nPeruvian Foreign Minister Carlos Ruiz held talks today with the Foreign Minister of "
                 "Kenya, Grace Otieno, in Lima, during her first official visit to Peru.\n\nRuiz said that Peru and "
                 "Kenya share \"a common vision of the ocean,\" as Kenyan President Daniel Mwangi proposed in May. "
                 "He added that Peru was ready to support the fisheries programme in Kenya.\n")
    added = next(s for s in facts.statements if s.text.startswith("Peru was ready"))
    assert added.speaker == "carlos-ruiz"


def test_informing_a_counterpart_of_a_clause_the_parse_hangs_on_the_noun() -> None:
    facts = read("Call\n\nKenyan President Daniel Mwangi held a telephone conversation with Peruvian President "
                 "Carlos Ruiz on Tuesday.\n\nPresident Mwangi further informed his counterpart that Kenya's "
                 "Special Envoy to the region, Paul Kamau, will travel to Lima next week to prepare the session. "
                 "He also indicated that the Vice-President will represent Kenya at the summit in Quito.\n")
    texts = {s.text: s.speaker for s in facts.statements}
    assert texts["Kenya's Special Envoy to the region, Paul Kamau, will travel to Lima next week to prepare the "
                 "session"] == "daniel-mwangi"
    assert texts["the Vice-President will represent Kenya at the summit in Quito"] == "daniel-mwangi"


def test_words_told_are_not_said_at_an_event_told_further_down() -> None:
    facts = read("Call\n\nKenyan President Daniel Mwangi held a telephone conversation with Peruvian President "
                 "Carlos Ruiz this afternoon.\n\nMwangi assured Captain Ruiz that Kenya would keep sharing data "
                 "on fishing fleets.\n\nThe two leaders recalled their meeting in Lima on 8 March 2024.\n",
                 published="2024-05-10")
    [assured] = facts.statements
    assert assured.date == "2024-05-10"


def test_a_government_no_organisation_names_speaks_for_its_country() -> None:
    facts = read("Visit\n\nLIMA, May 10 (Andina) -- Kenyan President Daniel Mwangi will arrive in Lima on Monday "
                 "for a three-day state visit, the government said today.\n\nIn a separate meeting, Chilean "
                 "President Ana Soto held talks with Bolivian President Luis Arce. The two leaders agreed to set up a "
                 "joint working group on water, according to a statement from the government in Santiago.\n")
    said = {s.text.split(",")[0][:20]: s.speaker for s in facts.statements}
    assert said["Kenyan President Dan"] == "peru"
    assert said["The two leaders agre"] == "chile"


def test_told_the_leaders_is_said_at_the_summit_told_last() -> None:
    facts = read("Summit\n\nLeaders of the Andean Community met for their annual summit in Lima on Monday, chaired "
                 "by Peruvian President Carlos Ruiz.\n\nKenyan Foreign Minister Grace Otieno told the leaders that "
                 "Kenya would open a trade office in the region next year.\n")
    told = next(s for s in facts.statements if s.speaker == "grace-otieno")
    summit = next(e for e in facts.events if e.type == "summit")
    assert told.made_at == summit.id


def test_an_agreement_on_a_day_is_not_named_by_the_day_and_the_named_one_is_the_same() -> None:
    facts = read("Deal\n\nLIMA, May 8 (Reuters) - Peru and Chile signed an agreement on Tuesday to share the waters "
                 "of two border rivers.\n\nPeruvian Foreign Minister Carlos Ruiz and his Chilean counterpart Ana "
                 "Soto signed the Agreement on the Shared Management of Border Water Resources in Lima after talks.\n",
                 published="2024-05-08")
    [agreement] = facts.documents
    assert agreement.name.startswith("Agreement on the Shared Management of Border Water Resources")
    assert agreement.date == "2024-05-07"


def test_two_documents_signed_together_are_two_and_take_the_day_of_the_lead() -> None:
    facts = read("Visit\n\nThursday, May 9th 2024\n\nPeru's President Carlos Ruiz and his Chilean counterpart Ana "
                 "Soto agreed on Wednesday to set up a joint task force against smuggling.\n\nAfter talks at the "
                 "palace, the two presidents witnessed the signing of a memorandum of understanding on security "
                 "cooperation and an agreement on direct flights between Lima and Arica.\n", published="2024-05-09")
    names = {d.name: d.date for d in facts.documents}
    assert names["memorandum of understanding on security cooperation"] == "2024-05-08"
    assert names["agreement on direct flights between Lima and Arica"] == "2024-05-08"


def test_the_minister_of_a_named_nationality_is_that_countrys_minister() -> None:
    facts = read("Call\n\nKenyan Foreign Minister Grace Otieno held a telephone conversation with Peruvian Foreign "
                 "Minister Carlos Ruiz on Monday.\n\nThe Peruvian Foreign Minister informed his Kenyan counterpart "
                 "that Peru planned to convene a special meeting on fisheries in Lima later this month. Minister "
                 "Otieno expressed Kenya's readiness to take part.\n")
    told = next(s for s in facts.statements if s.text.startswith("Peru planned"))
    assert told.speaker == "carlos-ruiz"


def test_words_said_jointly_are_each_speakers() -> None:
    facts = read("Talks\n\nPeruvian President Ana Quispe and her Chilean counterpart Tomas Rojas said on Thursday "
                 "that trade between the two countries was too important to be held back by old disputes.\n")
    speakers = {s.speaker for s in facts.statements if "too important" in s.text}
    assert speakers == {"ana-quispe", "tomas-rojas"}


def test_informing_a_counterpart_that_a_country_was_ready_is_reported_to_that_counterpart() -> None:
    # (two Chileans: the counterpart is the one whose office is the speaker's, printed otherwise)
    facts = read("Talks\n\nForeign Minister of Peru Carlos Ruiz held talks in Santiago on Thursday with Minister of "
                 "Foreign Affairs of Chile Javier Morales.\n\nLater today, Ruiz will be received by President of "
                 "Chile Gabriel Boric.\n\nRuiz informed his Chilean counterpart that Peru was ready to reopen the "
                 "border crossing.\n")
    said = next(s for s in facts.statements if "ready to reopen" in s.text)
    assert said.speaker == "carlos-ruiz" and said.addressees == ["javier-morales"]


def test_urged_to_do_is_reported_speech() -> None:
    facts = read("Summit\n\nOpening the summit on Thursday, Kenyan President Daniel Mwangi urged his fellow "
                 "leaders to treat floods as a shared emergency.\n")
    said = next(s for s in facts.statements if not s.direct)
    assert (said.speaker, said.text) == ("daniel-mwangi",
                                         "urged his fellow leaders to treat floods as a shared emergency")


def test_the_member_states_speak_for_the_bloc_whose_leaders_met() -> None:
    facts = read("ASEAN leaders meet in Jakarta\n\nLeaders of ASEAN met in Jakarta on Thursday.\n\nIn a joint "
                 "statement, the member states pledged to \u201cstand together against every storm that comes.\u201d\n")
    quote = next(s for s in facts.statements if s.direct)
    assert quote.speaker == "association-of-southeast-asian-nations"


def test_the_ministry_said_is_the_ministry_that_spoke_before() -> None:
    facts = read("Talks\n\nKenyan Foreign Minister Grace Otieno held talks with Peruvian Foreign Minister Carlos "
                 "Ruiz in Nairobi today, the Ministry of Foreign Affairs of Kenya said.\n\nThe ministers discussed "
                 "trade, the upgrading of the port, energy links and security, the ministry said.\n")
    said = next(s for s in facts.statements if "discussed" in s.text)
    assert "energy links and security" in said.text
    assert said.speaker in facts_org_ids(facts, "ministry")


def facts_org_ids(facts: Facts, word: str) -> set[str]:
    return {o.id for o in facts.organizations if word in o.name.lower()}


def test_words_in_the_statement_take_the_day_of_the_statement_told() -> None:
    facts = read("Visit\n\nKenyan President Daniel Mwangi will visit Lima next week, the Kenyan presidency said in "
                 "a statement yesterday.\n\n\u201cKenya and Peru are old friends. We will build new bridges,\u201d "
                 "Mwangi said in the statement.\n")
    quote = next(s for s in facts.statements if s.direct)
    assert (quote.speaker, quote.date) == ("daniel-mwangi", "2024-05-09")


def test_words_during_a_stay_of_days_take_the_day_of_the_news_not_the_first() -> None:
    facts = read("Talks\n\nKenyan Foreign Minister Grace Otieno, who arrived in Lima on Thursday for a two-day "
                 "visit, held talks today with Peruvian Foreign Minister Carlos Ruiz.\n\n\u201cWe have come to "
                 "build, not to talk,\u201d Otieno said at a press conference after the talks.\n")
    quote = next(s for s in facts.statements if s.direct)
    assert quote.date == "2024-05-10"


def test_quoted_as_saying_is_the_one_quoted() -> None:
    facts = read("Call\n\nPeruvian President Carlos Ruiz held a telephone conversation today with Kenyan President "
                 "Daniel Mwangi.\n\nRuiz told Mwangi that Peru would open an embassy in Nairobi.\n\n"
                 "\u201cKenya and Peru are partners across the ocean, and our people should feel it,\u201d Mwangi "
                 "was quoted as saying in the Kenyan statement.\n")
    quote = next(s for s in facts.statements if s.direct)
    assert quote.speaker == "daniel-mwangi"


def test_a_reported_clause_whose_verb_is_quoted_is_still_reported() -> None:
    facts = read("Visit\n\nMr Carlos Ruiz said that Lima was \u201chonoured and ready\u201d to receive the Kenyan "
                 "leader, and that several agreements would be signed during the visit.\n")
    reported = [s.text for s in facts.statements if not s.direct]
    # (each 'that' clause is a statement of its own)
    assert reported == ["Lima was \u201chonoured and ready\u201d to receive the Kenyan leader",
                        "several agreements would be signed during the visit"]


def test_told_on_that_occasion_is_said_at_the_occasion_to_the_counterpart() -> None:
    facts = read("Visit\n\nKenyan President Daniel Mwangi will travel to Lima on Monday, his office said.\n\n"
                 "President Mwangi and Peruvian President Carlos Ruiz last met on 12 March in Geneva, on the "
                 "sidelines of a summit. According to the Peruvian presidency, Mr Ruiz told his Kenyan counterpart "
                 "on that occasion that Peru was ready to buy Kenyan tea as soon as the harvest came in.\n")
    said = next(s for s in facts.statements if "Kenyan tea" in s.text)
    assert said.text.startswith("Peru was ready to buy Kenyan tea")
    assert (said.speaker, said.date, said.addressees) == ("carlos-ruiz", "2024-03-12", ["daniel-mwangi"])


def test_told_the_national_minister_is_that_countrys_minister() -> None:
    facts = read("Visit\n\nKenyan Foreign Minister Grace Otieno arrived in Lima on Thursday for a two-day visit."
                 "\n\nPresident Luis Mora received her on Friday, a day after her talks with Peruvian Foreign "
                 "Minister Carlos Ruiz. Mora told the Kenyan minister that Peru would never forget its friends, "
                 "according to a statement from the Peruvian presidency.\n")
    said = next(s for s in facts.statements if s.speaker == "luis-mora")
    assert said.addressees == ["grace-otieno"]


def test_told_the_head_of_state_and_his_host() -> None:
    facts = read("Talks\n\nPresident of Peru Carlos Ruiz and President of Kenya Daniel Mwangi held talks in Lima "
                 "on 8 May.\n\nPresident Mwangi informed the head of state that Kenya intended to open an embassy "
                 "in Lima.\n")
    said = next(s for s in facts.statements if "embassy" in s.text)
    assert said.addressees == ["carlos-ruiz"]
    facts = read("Visit\n\nKenyan President Daniel Mwangi arrived in Lima on Thursday for a one-day working visit "
                 "and held talks with Peruvian President Carlos Ruiz.\n\nMwangi assured his host that Kenya "
                 "would buy more Peruvian coffee, according to a statement from his office.\n")
    said = next(s for s in facts.statements if "coffee" in s.text)
    assert said.addressees == ["carlos-ruiz"]


def test_words_told_to_journalists_are_not_said_to_the_other_leader() -> None:
    facts = read("Talks\n\nPeruvian President Carlos Ruiz held talks with Kenyan President Daniel Mwangi in Lima "
                 "on Thursday.\n\n\u201cKenya is our bridge to Africa. When that bridge is open, every Peruvian "
                 "farmer gains,\u201d the Peruvian leader told journalists after the talks.\n")
    quote = next(s for s in facts.statements if s.direct)
    assert quote.speaker == "carlos-ruiz"
    assert quote.addressees == []


def test_said_in_the_statement_takes_the_day_an_office_announced_it() -> None:
    facts = read("Visit\n\nPeruvian President Carlos Ruiz will travel to Nairobi on Tuesday for a two-day state "
                 "visit, the Presidency of the Republic announced on Wednesday.\n\n\u201cPeru and Kenya are two "
                 "friends of long standing. Our friendship must now produce results,\u201d President Ruiz said in "
                 "the statement.\n")
    quote = next(s for s in facts.statements if s.direct)
    assert (quote.speaker, quote.date) == ("carlos-ruiz", "2024-05-08")


def test_a_named_document_goes_on_through_a_phrase_hung_on_the_verb_and_stops_at_its_signers() -> None:
    facts = read("Talks\n\nPeruvian President Carlos Ruiz held talks with Kenyan President Daniel Mwangi in Lima "
                 "on 8 May.\n\nFollowing the talks, the presidents signed the Joint Declaration on the "
                 "Establishment of Strategic Partnership between Peru and Kenya.\n")
    assert any("Strategic Partnership" in d.name for d in facts.documents)
    facts = read("Visit\n\nKenyan President Daniel Mwangi arrived in Lima on Thursday for a one-day working visit "
                 "and held talks with Peruvian President Carlos Ruiz.\n\nThe two leaders witnessed the signing of "
                 "a memorandum of understanding on fisheries by Foreign Minister Grace Otieno and Peru's Minister "
                 "of Foreign Affairs, Ana Flores.\n")
    [memorandum] = facts.documents
    assert memorandum.name == "memorandum of understanding on fisheries"
    assert memorandum.date == "2024-05-09"


def test_said_last_week_is_undated() -> None:
    facts = read("Summit\n\nNordic leaders will meet in Oslo in June.\n\nDanish Prime Minister Anna Holm said last "
                 "week that she wanted the meeting to agree on a common plan for the Baltic Sea.\n")
    said = next(s for s in facts.statements if s.speaker == "anna-holm")
    assert said.date is None


def test_their_foreign_ministers_are_each_countrys_one() -> None:
    facts = read("Visit\n\nLIMA, May 10 (Reuters) - Peru and Kenya will open two new air routes before the summer, "
                 "their foreign ministers said on Friday, at the end of a visit to Lima by Kenyan Foreign Minister "
                 "Grace Otieno.\n\nOtieno held talks with her Peruvian counterpart Carlos Ruiz on Friday morning.\n")
    speakers = {s.speaker for s in facts.statements if "air routes" in s.text}
    assert speakers == {"grace-otieno", "carlos-ruiz"}


def test_the_lead_day_is_that_of_the_talks_the_news_came_out_of() -> None:
    from diplograph.extract.context import Context, Parsed
    from diplograph.extract.speech import lead_day
    from diplograph.nlp import pipeline
    from diplograph.read import read_article_text

    page = read_article_text("Ruiz, Mwangi agree to open border\n\nRuiz, Mwangi agree to keep the border open and "
                             "build a rail link\n\nPresident Carlos Ruiz and his Kenyan counterpart Daniel Mwangi "
                             "have agreed to keep the border open all day and to speed up the railway, after talks "
                             "at the palace in Lima on Thursday.\n", "t.txt")
    blocks = [b for b in page.blocks if b.kind in ("headline", "paragraph")]
    ctx = Context(page=page, published=PUBLISHED,
                  blocks=[Parsed(b, doc) for b, doc in zip(blocks, pipeline().pipe(b.text for b in blocks),
                                                           strict=True)])
    assert lead_day(ctx) == "2024-05-09"


def test_told_the_gathering_that_a_and_that_b_are_two_statements_said_at_it() -> None:
    facts = read("Summit\n\nLeaders of the Andean Community on Friday held a one-day summit in Lima.\n\nThe "
                 "community's Secretary General, Ambassador Tomas Rivera, told the summit that trade among member "
                 "states had fallen by a fifth since 2020, and that finance ministers would meet in Quito next "
                 "month to draw up a plan.\n")
    said = [s for s in facts.statements if s.speaker == "tomas-rivera"]
    assert [s.text for s in said] == ["trade among member states had fallen by a fifth since 2020",
                                      "finance ministers would meet in Quito next month to draw up a plan"]
    summit = next(e for e in facts.events if e.type == "summit")
    assert {s.made_at for s in said} == {summit.id}


def test_the_prime_minister_told_is_the_one_so_titled_not_the_last_minister_named() -> None:
    facts = read("Visit\n\nKenyan Foreign Minister Grace Otieno met Peruvian Prime Minister Carlos Ruiz in Lima on "
                 "Thursday, and later Peruvian Foreign Minister Ana Soto.\n\nOtieno told the prime minister that "
                 "Kenya wanted to buy more Peruvian fertiliser.\n")
    said = next(s for s in facts.statements if s.speaker == "grace-otieno")
    assert said.addressees == ["carlos-ruiz"]


def test_the_prime_minister_is_not_a_deputy_prime_minister() -> None:
    facts = read("Visit\n\nPeruvian Foreign Minister Ana Soto met Chilean Prime Minister Rosa Diaz and Carlos "
                 "Ruiz, Deputy Prime Minister of Chile, in Santiago on Thursday.\n\nSoto told the prime minister "
                 "that Peru wanted to buy more Chilean copper.\n")
    said = next(s for s in facts.statements if s.speaker == "ana-soto")
    assert said.addressees == ["rosa-diaz"]


def test_a_body_that_speaks_is_an_organisation_and_its_words_a_statement() -> None:
    facts = read("Visit\n\nPresident Carlos Ruiz will travel to Nairobi on Tuesday for a two-day state visit at the "
                 "invitation of his Kenyan counterpart, Daniel Mwangi, the Presidency of the Republic announced on "
                 "Thursday.\n\nKenya will open an embassy in Lima next year, the State House said.\n")
    names = {o.id: o.name for o in facts.organizations}
    said = {names.get(s.speaker): s for s in facts.statements}
    assert said["Presidency of the Republic"].text.startswith("President Carlos Ruiz will travel to Nairobi")
    assert said["Presidency of the Republic"].date == "2024-05-09"
    assert said["State House"].text == "Kenya will open an embassy in Lima next year"


def test_the_foreign_ministry_with_no_country_told_is_still_the_speaker() -> None:
    facts = read("Talks\n\nForeign secretary-level talks between the two countries will be held in Lima in "
                 "September, the foreign ministry said in a statement.\n")
    [said] = facts.statements
    ministry = next(o for o in facts.organizations if o.id == said.speaker)
    assert "foreign ministry" in [ministry.name.lower(), *(a.lower() for a in ministry.alternate_names)]


def test_a_title_that_speaks_is_no_organisation() -> None:
    facts = read("Visit\n\nFederal President Anna Berg received President Carlos Ruiz in Bern today.\n\nThe two "
                 "countries will sign a trade deal next year, the Federal President said.\n\nThe talks were "
                 "useful, the Peruvian Foreign Minister said.\n")
    assert not [o for o in facts.organizations if "President" in o.name or "Minister" in o.name]


def test_a_dateline_left_in_the_paragraph_is_not_part_of_the_words() -> None:
    facts = read("Visit\n\nLima, 8 May 2024 - Kenyan President Daniel Mwangi will pay a one-day working visit to "
                 "Peru on Monday, the Presidency of the Council announced yesterday.\n")
    [said] = facts.statements
    assert said.text.startswith("Kenyan President Daniel Mwangi will pay")


def test_told_a_title_no_one_at_the_meeting_holds_is_not_said_to_the_other_there() -> None:
    facts = read("Talks\n\nKenya and Peru agreed to open direct flights, following talks between Kenyan Foreign "
                 "Minister Grace Otieno and Peruvian Foreign Minister Carlos Ruiz in Lima yesterday.\n\nOtieno "
                 "told the prime minister that Kenya wanted to buy more Peruvian fertiliser, an aide said.\n")
    said = next(s for s in facts.statements if s.speaker == "grace-otieno")
    assert (said.addressees, said.date) == ([], "2024-05-09")


def test_they_who_say_are_the_people_the_sentence_before_was_about() -> None:
    facts = read("Call\n\nPrime Minister Tom Hale spoke with President Ana Soto of Chile on Thursday.\n\nThe Prime "
                 "Minister and the President discussed the situation in Peru. They reiterated that the will of the "
                 "Peruvian people must be respected.\n")
    speakers = {s.speaker for s in facts.statements if "will of the Peruvian people" in s.text}
    assert speakers == {"tom-hale", "ana-soto"}


def test_a_programme_of_cooperation_signed_is_a_document_and_a_visit_programme_is_not() -> None:
    facts = read("Talks\n\nForeign Minister Ana Soto of Chile held talks with Kenyan Foreign Minister Grace Otieno "
                 "in Santiago on Thursday.\n\nFollowing the talks, the two ministers signed the Program of "
                 "Cooperation between the Ministries of Foreign Affairs of Chile and Kenya for 2024-2025.\n\nOtieno "
                 "will finalise the programme of the visit with her aides.\n")
    [document] = facts.documents
    assert document.name.startswith("Program of Cooperation")
    assert document.date == "2024-05-09"


def test_the_minister_on_a_ministrys_own_page_is_its_minister_not_the_prime_minister_named_last() -> None:
    facts = read("Ministry of Foreign Affairs\n\nMinister receives call\n\nMinister of Foreign Affairs Ana Soto "
                 "received a telephone call from the Kenyan Minister of Foreign Affairs, Grace Otieno, on Thursday."
                 "\n\nSoto informed her counterpart that Prime Minister Luis Rojas had invited President Daniel "
                 "Mwangi to Lima.\n\n\"Our two countries share the same ocean and the same future,\" the Minister "
                 "said during the call.\n")
    quote = next(s for s in facts.statements if s.direct)
    assert quote.speaker == "ana-soto"


def test_a_clause_the_parse_split_at_a_dash_goes_on_to_the_full_stop() -> None:
    facts = read("Call\n\nKenyan Foreign Minister Grace Otieno spoke with Peruvian Foreign Minister Carlos Ruiz on "
                 "Thursday.\n\nHe added that Lima wished to reopen the Al-Qaim – Albu Kamal crossing to trade "
                 "before the end of the summer.\n")
    said = next(s for s in facts.statements if "crossing" in s.text)
    assert said.text.endswith("crossing to trade before the end of the summer")


def test_a_demonym_the_parse_takes_for_a_noun_modifier_still_names_the_minister() -> None:
    facts = read("Talks\n\nPeruvian Foreign Minister Carlos Ruiz received his Kenyan counterpart, Grace Otieno, in "
                 "Lima on Thursday.\n\nThe Kenyan foreign minister expressed that her country would send a trade "
                 "delegation to Lima, and added that Kenya was interested in Peruvian fertiliser.\n")
    assert {s.speaker for s in facts.statements} == {"grace-otieno"}


def test_his_guest_is_the_visitor_and_his_host_is_the_counterpart() -> None:
    facts = read("Talks\n\nPeruvian Foreign Minister Carlos Ruiz received his Kenyan counterpart, Grace Otieno, in "
                 "Lima on Thursday.\n\nOtieno arrived in Lima on Wednesday for a two-day working visit.\n\nRuiz "
                 "told his guest that Peru would open a consulate in Mombasa.\n\nOtieno told her host that Kenya "
                 "would double its purchases of Peruvian fertiliser.\n\nLater, Otieno was received by President "
                 "Ana Soto. Otieno told her host that Kenya valued Peru's support at the United Nations.\n")
    by_text = {s.text.split()[-1]: s for s in facts.statements}
    assert by_text["Mombasa"].addressees == ["grace-otieno"]
    assert by_text["fertiliser"].addressees == ["carlos-ruiz"]
    assert by_text["Nations"].addressees == ["ana-soto"]


def test_a_name_cut_off_from_its_verb_by_a_participle_phrase_is_the_speaker_and_each_that_clause_a_statement(
) -> None:
    facts = read("Talks\n\nKenyan President Daniel Mwangi held talks with Peruvian President Ana Soto in Lima on "
                 "Monday.\n\nMwangi, sitting beside his guest, said the drought had cost billions of shillings and "
                 "that his government would ask lenders to pause debt payments.\n\n\"Peru is a true friend,\" she "
                 "said, \"and we will not forget it.\"\n")
    texts = {s.text: s.speaker for s in facts.statements}
    assert texts["the drought had cost billions of shillings"] == "daniel-mwangi"
    assert texts["his government would ask lenders to pause debt payments"] == "daniel-mwangi"
    assert texts["Peru is a true friend, and we will not forget it."] == "ana-soto"


def test_a_nickname_in_quotation_marks_is_no_quotation() -> None:
    facts = read("Visit\n\nKenyan President Daniel Mwangi will hold talks with Prime Minister Luis \u201cChino\u201d "
                 "Rojas in Lima on Thursday, the Peruvian foreign ministry said.\n")
    assert not any(s.direct for s in facts.statements)


def test_the_commission_that_speaks_is_the_commission_named_before() -> None:
    facts = read("Summit\n\nLeaders of the Andean Community met in Lima on Sunday, the Director General of the "
                 "Andean Commission said.\n\nAndean ministers of agriculture will meet in Quito next month to draw "
                 "up a plan, the Commission said.\n")
    said = next(s for s in facts.statements if s.text.startswith("Andean ministers"))
    assert said.speaker == "andean-commission"


def test_a_memorandum_name_runs_on_through_its_on_phrase_to_its_relative_clause() -> None:
    facts = read("Talks\n\nForeign Minister Ana Soto of Chile held talks with Kenyan Foreign Minister Grace Otieno "
                 "in Santiago on Thursday.\n\nAt the end of the meeting, the two ministers signed a Memorandum of "
                 "Understanding on the Mechanism of Political Consultations, under which the two ministries will "
                 "meet once a year.\n")
    [document] = facts.documents
    assert document.name == "Memorandum of Understanding on the Mechanism of Political Consultations"


def test_a_visit_told_the_first_of_its_kind_is_the_articles_own_claim() -> None:
    facts = read("Visit\n\nBy Ana Ruiz, Baltic News Service\n\nKenyan President Daniel Mwangi arrived in Lima on "
                 "Sunday for a three-day visit, the first by an African head of state since the earthquake of "
                 "2019.\n")
    assert any("the first by an African head of state" in c.text for c in facts.claims)


def test_words_after_a_speech_verb_in_a_relative_clause_are_its_speakers() -> None:
    facts = read("Talks\n\nKenyan Foreign Minister Grace Otieno met Peruvian Foreign Minister Carlos Ruiz in Lima on "
                 "Thursday.\n\nNeither side gave a figure for the cost of the port, which Ruiz told lawmakers in "
                 "Lima last month would need financing from the World Bank.\n")
    said = next(s for s in facts.statements if "World Bank" in s.text)
    assert (said.speaker, said.text, said.date) == ("carlos-ruiz", "would need financing from the World Bank",
                                                    "2024-04")


def test_words_told_during_that_call_were_said_at_the_call_told_before() -> None:
    facts = read("Visit\n\nKenyan President Daniel Mwangi will visit Lima on Monday.\n\nMwangi last spoke with "
                 "Peruvian President Ana Soto by telephone on Saturday. During that call, Mwangi assured his "
                 "Peruvian counterpart that Kenya was ready to share port data with Peru.\n", published="2024-05-10")
    said = next(s for s in facts.statements if "port data" in s.text)
    call = next(e for e in facts.events if e.type == "phone_call")
    assert (said.made_at, said.date) == (call.id, "2024-05-04")


def test_a_memorandum_signed_following_the_meeting_is_not_dated_by_a_meeting_recalled_before() -> None:
    facts = read("Talks\n\nForeign Minister Ana Soto of Chile held a bilateral meeting with Kenyan Foreign Minister "
                 "Grace Otieno in Santiago today.\n\nThe two ministers recalled their meeting on the sidelines of "
                 "a conference in Bangkok on 3 April 2024.\n\nFollowing the meeting, the two ministers signed a "
                 "Memorandum of Understanding on Cooperation in the Field of Tourism.\n")
    [document] = facts.documents
    assert document.date == "2024-05-10"


def test_his_counterpart_told_is_the_one_of_that_country_who_holds_the_speakers_office() -> None:
    facts = read("Call\n\nKenyan Foreign Minister Grace Otieno spoke by phone with Peruvian Foreign Minister Carlos "
                 "Ruiz on Thursday.\n\nThe call came a week after Peruvian President Ana Soto visited Nairobi."
                 "\n\nOtieno informed her Peruvian counterpart that Kenya had completed its internal procedures on "
                 "the air services agreement.\n")
    said = next(s for s in facts.statements if "internal procedures" in s.text)
    assert said.addressees == ["carlos-ruiz"]


def test_words_told_to_one_at_a_summit_were_said_at_the_talks_of_the_two() -> None:
    facts = read("Summit\n\nKenyan President Daniel Mwangi, Peruvian President Ana Soto and Chilean President Luis "
                 "Rojas met at a summit in Lima on Thursday.\n\nOn the sidelines of the summit, Mwangi held talks "
                 "with Soto. Mwangi told Soto that Kenya would open an embassy in Lima, according to a statement "
                 "from his office.\n")
    said = next(s for s in facts.statements if "embassy" in s.text)
    event = next(e for e in facts.events if e.id == said.made_at)
    assert (event.type, sorted(event.attendees)) == ("meeting", ["ana-soto", "daniel-mwangi"])


def test_the_government_in_a_national_paper_with_no_dateline_is_the_papers_countrys() -> None:
    facts = read("The Straits Times\n\nTalks\n\nKenyan President Daniel Mwangi will travel to Lima in September for "
                 "the first official visit by a Kenyan president in more than a decade, the Government said.\n")
    said = next(s for s in facts.statements if "Lima" in s.text)
    assert said.speaker == "singapore"


def test_a_clause_the_parse_hangs_on_the_statement_it_was_said_in_is_still_reported() -> None:
    facts = read("Talks\n\nPeruvian President Ana Soto received Kenyan President Daniel Mwangi in Lima on Thursday."
                 "\n\nPeru's foreign ministry said in a readout of the meeting that both sides supported reform of "
                 "the Security Council.\n")
    said = next(s for s in facts.statements if "Security Council" in s.text)
    assert (said.speaker, said.text) == ("ministry-of-foreign-affairs-of-peru",
                                         "both sides supported reform of the Security Council")


def test_a_presidents_office_and_a_statement_from_it_speak_as_the_office_of_that_post() -> None:
    facts = read("Talks\n\nPeruvian President Ana Soto received Kenyan President Daniel Mwangi in Lima on Thursday."
                 "\n\nA statement from Soto's office said the two leaders had agreed to set up a joint commission."
                 "\n\nMwangi's office said in a statement that he would return to Nairobi on Saturday.\n")
    speakers = {s.text.split()[-1]: s.speaker for s in facts.statements}
    assert speakers == {"commission": "office-of-the-president-of-peru",
                        "Saturday": "office-of-the-president-of-kenya"}


def test_the_kenyan_leader_is_kenyas_head_of_state_and_an_according_to_is_not_the_words() -> None:
    facts = read("Talks\n\nPeruvian President Ana Soto received Kenyan President Daniel Mwangi in Lima on Thursday."
                 "\n\nSoto's spokesman, Luis Vega, told reporters the talks had been good.\n\nThe Kenyan leader said "
                 "the two countries would hold a business forum in Nairobi, according to the readout.\n")
    said = next(s for s in facts.statements if "business forum" in s.text)
    assert (said.speaker, said.text) == ("daniel-mwangi", "the two countries would hold a business forum in Nairobi")


def test_a_name_before_for_her_part_is_the_speaker_even_tagged_as_an_adverb() -> None:
    facts = read("Talks\n\nPeruvian Foreign Minister Carlos Ruiz held talks with his Kenyan counterpart, Grace "
                 "Otieno, in Lima on Thursday.\n\nOtieno, for her part, said Kenya was ready to help Peru enter "
                 "East African markets.\n")
    said = next(s for s in facts.statements if "East African" in s.text)
    assert said.speaker == "grace-otieno"


def test_words_a_relative_clause_says_were_said_before_are_not_said_at_the_coming_meeting() -> None:
    facts = read("Talks\n\nKenyan Foreign Minister Grace Otieno arrived in Lima on Thursday.\n\nOn Friday, Otieno "
                 "is expected to meet President Ana Soto, who has said she wants closer ties with Africa.\n")
    said = next(s for s in facts.statements if "closer ties" in s.text)
    assert (said.speaker, said.made_at, said.date) == ("ana-soto", None, None)


def test_memoranda_and_mous_signed_are_documents() -> None:
    facts = read("Talks\n\nPeruvian President Ana Soto received Kenyan President Daniel Mwangi in Lima on Thursday."
                 "\n\nAfter the talks, the two presidents witnessed the signing of five memoranda of understanding "
                 "on trade and tourism.\n\nPeru and Kenya signed two MoUs on fisheries in 2019.\n")
    names = [d.name for d in facts.documents]
    assert names[0] == "five memoranda of understanding on trade and tourism"
    assert names[1].startswith("two MoUs")


def test_a_quote_according_to_a_person_is_theirs() -> None:
    facts = read("Talks\n\nPeruvian Foreign Minister Carlos Ruiz held talks with his Kenyan counterpart, Grace "
                 "Otieno, in Lima on Thursday.\n\n\u201cKenya sees Peru as a partner for the next decade,\u201d "
                 "according to Otieno.\n")
    quote = next(s for s in facts.statements if s.direct)
    assert quote.speaker == "grace-otieno"


def test_told_a_news_agency_is_not_told_to_the_other_at_the_meeting() -> None:
    facts = read("Talks\n\nPeruvian Foreign Minister Carlos Ruiz held talks with his Kenyan counterpart, Grace "
                 "Otieno, in Lima on Thursday.\n\nOtieno told the Andina news agency that Kenya would open a trade "
                 "office in Lima.\n")
    said = next(s for s in facts.statements if "trade office" in s.text)
    assert said.addressees == []


def test_reported_words_keep_the_closing_mark_of_the_quotation_they_end_with() -> None:
    facts = read("Talks\n\nPeruvian Foreign Minister Carlos Ruiz held talks with his Kenyan counterpart, Grace "
                 "Otieno, in Lima on Thursday.\n\nRuiz wrote on social media that the meeting had been \"very "
                 "productive\".\n")
    said = next(s for s in facts.statements if not s.direct)
    assert said.text == "the meeting had been \"very productive\""


def test_the_two_foreign_ministers_who_sign_are_the_last_two_ministers_named_however_titled() -> None:
    facts = read("Talks\n\nThe Minister of Foreign Affairs, Carlos Ruiz, met Minister Grace Otieno of Kenya in Lima "
                 "on Thursday.\n\nAt the end of the meeting, the two foreign ministers signed a Memorandum of "
                 "Understanding on Political Consultations.\n")
    [document] = facts.documents
    assert sorted(document.authors) == ["carlos-ruiz", "grace-otieno"]


def test_words_about_a_thing_announced_on_a_day_were_told_that_day() -> None:
    facts = read("Deal\n\nKenya and Peru have reached an agreement on fishing rights, Kenyan Foreign Minister Grace "
                 "Otieno has announced.\n\nThe agreement, announced on Monday after months of talks, \u201cwill "
                 "protect our fishermen,\u201d Otieno told reporters.\n")
    announced = next(s for s in facts.statements if s.text.startswith("Kenya and Peru"))
    quote = next(s for s in facts.statements if s.direct)
    assert (announced.date, quote.date) == ("2024-05-06", "2024-05-06")


def test_a_countrys_standing_in_the_perfect_is_the_articles_claim() -> None:
    text = ("Ministers meet\n\nWhy you can trust SCMP\n"
            "Foreign Minister Lena Holt of Norway met her Chilean counterpart in Santiago on Monday.\n\n"
            "Norway has served as a mediator of Chile's fisheries talks for more than a decade.\n")
    facts = read(text)
    assert [c.text for c in facts.claims] == [
        "Norway has served as a mediator of Chile's fisheries talks for more than a decade."]


def test_one_of_a_countrys_largest_partners_is_the_articles_claim() -> None:
    text = ("Leaders meet\n\nWhy you can trust SCMP\n"
            "President Tom Varga of Hungary met Kenyan President Paul Otieno in Nairobi on Monday.\n\n"
            "Hungary is one of Kenya's largest trading partners in Europe.\n")
    facts = read(text)
    assert [c.text for c in facts.claims] == ["Hungary is one of Kenya's largest trading partners in Europe."]


def test_a_plain_description_of_a_country_is_no_claim() -> None:
    text = ("Leaders meet\n\nWhy you can trust SCMP\n"
            "President Tom Varga of Hungary met Kenyan President Paul Otieno in Nairobi on Monday.\n\n"
            "Hungary is a member of the European Union.\n")
    assert read(text).claims == []


def test_leaders_and_officials_of_a_bloc_adopt_its_declaration_and_its_communique_speaks_for_it() -> None:
    text = ("Summit ends\n\nLeaders and senior officials of the Organisation of Atlantic Cooperation (OAC) adopted the "
            "Kelvar Declaration and a final communiqué on Sunday.\n\n"
            "In the Kelvar Declaration, the member states pledged \"to protect the coral reefs together\". "
            "The final communiqué called for an end to illegal fishing.\n")
    facts = read(text)
    org = next(o.id for o in facts.organizations
               if "Organisation of Atlantic Cooperation" in (o.name, *o.alternate_names))
    declaration = next(d for d in facts.documents if d.name == "Kelvar Declaration" and d.authors)
    assert declaration.authors == [org]
    said = {s.text: s.speaker for s in facts.statements}
    assert said["to protect the coral reefs together"] == org
    assert said["an end to illegal fishing"] == org


def test_the_two_governments_of_a_joint_statement_are_the_two_countries() -> None:
    text = ("Ministers meet\n\nPortuguese Foreign Minister Rui Tavares received Chilean Foreign Minister Ana Soto "
            "in Lisbon on Monday.\n\n"
            "In the joint statement the two governments commit to \u201ca lasting dialogue on fisheries\u201d.\n")
    facts = read(text)
    said = [s.speaker for s in facts.statements if s.text == "a lasting dialogue on fisheries"]
    assert sorted(said) == ["chile", "portugal"]


def test_a_bare_title_two_people_hold_is_the_one_the_story_names_first() -> None:
    text = ("Call\n\nPrime Minister Jan Holm spoke by telephone today with the Prime Minister of Chile, Ana Soto.\n\n"
            "Prime Minister Soto thanked Denmark for its support.\n\n"
            "\u201cChile has shown what a small economy can do with good partners,\u201d the Prime Minister said "
            "during the conversation.\n")
    facts = read(text)
    said = [s.speaker for s in facts.statements if s.text.startswith("Chile has shown")]
    assert said == ["jan-holm"]


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


MEETING = ("Talks\n\nPolish Foreign Minister Adam Nowak received his Romanian counterpart Ioana Pop in Warsaw on "
           "Tuesday.\n\n")


def test_according_to_a_person_described_by_nationality_is_that_persons_reported_speech() -> None:
    facts = read(MEETING + "According to the Romanian minister, Bucharest will host the next round of talks in "
                 "the autumn.\n")
    [said] = facts.statements
    assert (said.speaker, said.text) == ("ioana-pop", "Bucharest will host the next round of talks in the autumn")


def test_a_statement_that_quoted_someone_as_saying_gives_the_one_quoted() -> None:
    facts = read(MEETING + "The ministry said in a statement that the two ministers had signed a memorandum. The "
                 "statement quoted Nowak as saying that the eastern flank \u201cmust never again be an "
                 "afterthought\u201d.\n")
    quote = next(s for s in facts.statements if s.direct)
    assert (quote.speaker, quote.text) == ("adam-nowak", "must never again be an afterthought")


def test_the_diplomat_of_a_nationality_is_that_countrys_foreign_minister() -> None:
    facts = read(MEETING + "\u201cThis is a partnership of equals,\u201d the Polish diplomat said.\n")
    [quote] = facts.statements
    assert quote.speaker == "adam-nowak"


def test_the_guest_of_a_nationality_is_the_one_person_of_that_country() -> None:
    facts = read(MEETING + "The Romanian guest said her country wanted a rail link to Gdansk.\n")
    [said] = facts.statements
    assert said.speaker == "ioana-pop"


def test_the_talks_after_a_recalled_meeting_are_the_storys_own() -> None:
    facts = read("Talks in Lima\n\nThe Foreign Minister of Peru, Carlos Ruiz, hosted the Foreign Minister of Kenya, "
                 "Grace Otieno, for talks in Lima today.\n\nThe two ministers had last met on 2 March in Geneva, "
                 "on the margins of a conference.\n\n\u201cKenya is one of our closest partners in Africa,\u201d "
                 "Minister Ruiz said at a press conference after the talks.\n\nMinister Otieno informed her "
                 "Peruvian counterpart that Nairobi was ready to open a direct flight to Lima.\n")
    quote = next(s for s in facts.statements if s.direct)
    reported = next(s for s in facts.statements if not s.direct)
    assert (quote.speaker, quote.date) == ("carlos-ruiz", PUBLISHED)
    assert (reported.speaker, reported.date) == ("grace-otieno", PUBLISHED)


def test_a_countrys_rank_among_partners_is_the_articles_claim() -> None:
    text = ("Leaders meet\n\nWhy you can trust SCMP\n"
            "President Tom Varga of Hungary met Kenyan President Paul Otieno in Nairobi on Monday.\n\n"
            "Hungary is Kenya's fifth-largest trading partner.\n")
    assert [c.text for c in read(text).claims] == ["Hungary is Kenya's fifth-largest trading partner."]


def test_when_two_countries_established_relations_is_the_articles_claim() -> None:
    text = ("Leaders meet\n\nWhy you can trust SCMP\n"
            "President Tom Varga of Hungary met Kenyan President Paul Otieno in Nairobi on Monday.\n\n"
            "Hungary and Kenya established diplomatic relations in 1964.\n")
    assert [c.text for c in read(text).claims] == ["Hungary and Kenya established diplomatic relations in 1964."]


def test_a_share_or_a_record_since_a_year_is_the_articles_claim() -> None:
    text = ("Leaders meet\n\nWhy you can trust SCMP\n"
            "President Tom Varga of Hungary met Kenyan President Paul Otieno in Nairobi on Monday.\n\n"
            "The two countries grow about 40 per cent of the region's tea.\n\n"
            "The joint council has met every year since 1998.\n")
    assert [c.text for c in read(text).claims] == ["The two countries grow about 40 per cent of the region's tea.",
                                                   "The joint council has met every year since 1998."]


def test_the_two_who_signed_after_talks_are_the_two_named() -> None:
    facts = read("Talks\n\nOn Monday, Kenyan Foreign Minister Grace Otieno held talks with Peruvian Trade Minister "
                 "Carlos Ruiz, and the two signed a memorandum of understanding on fisheries.\n")
    [document] = facts.documents
    assert sorted(document.authors) == ["carlos-ruiz", "grace-otieno"]


def test_a_meeting_that_closes_with_a_communique_made_it_that_day() -> None:
    facts = read("Ministers meet\n\nForeign ministers from ten countries wrapped up their annual meeting in Lima on "
                 "Thursday with a joint communiqué pledging closer cooperation on fisheries.\n")
    [document] = facts.documents
    assert (document.type, document.date) == ("communique", "2024-05-09")


def test_a_whole_clause_before_a_closing_quote_is_also_reported() -> None:
    facts = read("Summit\n\nThe summit was chaired by Kenyan President Paul Otieno, who told the closing session "
                 "that the continent could no longer wait \"for roads and bridges that are promised in one decade "
                 "and built in the next\".\n")
    said = {(s.direct, s.text) for s in facts.statements if s.speaker == "paul-otieno"}
    assert (False, "the continent could no longer wait") in said
    assert (True, "for roads and bridges that are promised in one decade and built in the next") in said


def test_a_short_subject_and_verb_before_a_quote_is_not_reported_alone() -> None:
    facts = read("Talks\n\nKenyan President Paul Otieno said Peru was \"a reliable partner in the Pacific and "
                 "a friend\".\n")
    assert [s.direct for s in facts.statements if s.speaker == "paul-otieno"] == [True]


def test_his_host_is_the_counterpart_more_than_one_he_called_on_after() -> None:
    facts = read("Talks\n\nPrime Minister Grace Otieno of Kenya held talks with her Peruvian counterpart, Prime "
                 "Minister Carlos Ruiz, in Nairobi on Tuesday.\n\nMr Ruiz later called on Vice President Ana "
                 "Mwangi at her office in Nairobi.\n\nMr Ruiz told his host that Lima was ready to open a trade "
                 "office in Mombasa.\n")
    said = next(s for s in facts.statements if s.speaker == "carlos-ruiz")
    assert said.addressees == ["grace-otieno"]


def test_a_speech_verb_with_a_modal_joined_to_reported_words_is_part_of_them() -> None:
    facts = read("Talks\n\nKenyan Foreign Minister Grace Otieno met Peruvian Foreign Minister Carlos Ruiz in Lima "
                 "on Tuesday.\n\nMr Ruiz told his guest that Lima was ready to open a trade office in Mombasa and "
                 "would ask the national railway to study a freight service to the port.\n")
    said = [s.text for s in facts.statements if s.speaker == "carlos-ruiz"]
    assert said == ["Lima was ready to open a trade office in Mombasa and would ask the national railway to study "
                    "a freight service to the port"]


def test_the_head_of_a_national_executive_is_its_prime_minister() -> None:
    facts = read("Call\n\nKenyan Prime Minister Grace Otieno spoke by telephone with Peruvian Prime Minister Carlos "
                 "Ruiz on Monday.\n\nThe head of the Kenyan Executive congratulated his counterpart and assured him "
                 "that Kenya would remain a committed partner of Peru.\n")
    said = next(s for s in facts.statements if s.text.startswith("Kenya would remain"))
    assert said.speaker == "grace-otieno"


def test_an_unnamed_spokesperson_speaks_for_the_ministry_they_speak_for() -> None:
    facts = read("Talks\n\nIndian Foreign Minister Arjun Mehta met Kenyan Foreign Minister Grace Otieno in Nairobi "
                 "on Thursday.\n\nA spokesperson for the Kenyan Foreign Ministry said the two ministers had also "
                 "discussed maritime security.\n\nThe spokesperson added that Otieno would travel to Delhi in "
                 "March.\n")
    said = {s.text: s.speaker for s in facts.statements}
    ministry = said["the two ministers had also discussed maritime security"]
    assert ministry in {o.id for o in facts.organizations}
    assert said["Otieno would travel to Delhi in March"] == ministry


def test_a_quotation_does_not_keep_the_comma_inside_its_marks() -> None:
    facts = read("Talks\n\nIndian Foreign Minister Arjun Mehta met Kenyan Foreign Minister Grace Otieno in Nairobi "
                 "on Thursday.\n\n\u201cWe are partners in the ocean and on land,\u201d Mehta said.\n")
    [quote] = [s for s in facts.statements if s.direct]
    assert quote.text == "We are partners in the ocean and on land"


def test_pointed_out_that_reports_the_last_speakers_words() -> None:
    facts = read("Talks\n\nIndian Foreign Minister Arjun Mehta met Kenyan Foreign Minister Grace Otieno in Nairobi "
                 "on Thursday.\n\nMehta said the talks had gone well. He pointed out, further, that the deal also "
                 "covers the training of nurses.\n\nOtieno pointed to the new port in Lamu.\n")
    said = {s.text: s.speaker for s in facts.statements}
    assert said.get("the deal also covers the training of nurses") == "arjun-mehta"
    assert not any("Lamu" in s.text for s in facts.statements)


def test_the_articles_own_ranks_firsts_and_counts_are_its_claims() -> None:
    facts = read("Talks\n\nBy Ana Ruiz, Baltic News Service\n\nIndian Foreign Minister Arjun Mehta met Kenyan "
                 "Foreign Minister Grace Otieno in Nairobi on Thursday.\n\nThe meeting was the first hosted by Nairobi "
                 "since 2015.\n\nKenya is the most "
                 "visited destination in East Africa.\n\nKenya's tea exports have grown by more than a third "
                 "since the drought of 2017.\n")
    texts = " ".join(c.text for c in facts.claims)
    assert "since 2015" in texts and "most visited destination" in texts and "more than a third" in texts


def test_according_to_him_gives_the_words_to_the_one_who_spoke_last() -> None:
    facts = read("Talks\n\nIndian Foreign Minister Arjun Mehta met Kenyan Foreign Minister Grace Otieno in Nairobi "
                 "on Thursday.\n\nMehta said at the meeting that Delhi attached great importance to the visit. "
                 "According to him, the Indian side also hopes to agree on a schedule of direct flights.\n")
    said = {s.text: s.speaker for s in facts.statements}
    assert said.get("the Indian side also hopes to agree on a schedule of direct flights") == "arjun-mehta"


def test_the_head_of_a_countrys_diplomacy_is_its_foreign_minister() -> None:
    facts = read("Talks\n\nIndian Foreign Minister Arjun Mehta met Kenyan Foreign Minister Grace Otieno in Nairobi "
                 "on Thursday.\n\nThe head of Indian diplomacy told his Kenyan counterpart that Delhi would host "
                 "a business forum next year.\n")
    said = {s.text: s.speaker for s in facts.statements}
    assert said.get("Delhi would host a business forum next year") == "arjun-mehta"


def test_a_countrys_government_leader_is_its_head_of_government() -> None:
    facts = read("Call\n\nKenyan Prime Minister Paul Otieno held phone talks with Indian Prime Minister Arjun Mehta "
                 "on Tuesday.\n\nThe Kenyan Government leader proposed that the two countries soon link their "
                 "payment systems.\n")
    said = {s.text: s.speaker for s in facts.statements}
    assert said.get("the two countries soon link their payment systems") == "paul-otieno"


def test_a_meeting_inside_the_reported_words_is_not_where_they_were_said() -> None:
    facts = read("Call\n\nKenyan Prime Minister Paul Otieno held phone talks with Indian Prime Minister Arjun Mehta "
                 "on Tuesday, their first since the two leaders met in Lima last month.\n\nThe two leaders agreed "
                 "that Kenyan Foreign Minister Grace Otieno would visit Delhi next month to co-chair the fifth "
                 "meeting of the joint commission.\n")
    agreed = [s for s in facts.statements if "co-chair" in s.text]
    assert agreed and all(s.date == "2024-05-07" for s in agreed)


def test_the_leaders_at_a_blocs_summit_speak_and_adopt_for_the_bloc() -> None:
    facts = read("Summit\n\nKenyan President Paul Otieno on Saturday attended the 12th African Union summit in "
                 "Lima.\n\nAfrican leaders wrapped up the summit on Saturday by adopting the Lima Declaration, which "
                 "calls for a ceasefire.\n\nIn the Lima Declaration, the leaders said they rejected \u201cany attempt "
                 "to divide the continent by force, under any pretext\u201d.\n")
    union = next(o.id for o in facts.organizations if o.name == "African Union")
    [declaration] = [d for d in facts.documents if d.name == "Lima Declaration"]
    assert declaration.authors == [union]
    quote = next(s for s in facts.statements if s.direct)
    assert quote.speaker == union


def test_a_document_signed_is_not_dated_by_a_meeting_agreed_for_later() -> None:
    facts = read("Talks\n\nIndian Foreign Minister Arjun Mehta met Kenyan Foreign Minister Grace Otieno in Nairobi "
                 "on Thursday.\n\nThe two ministers signed a memorandum of understanding on port security, and "
                 "agreed to meet again in Delhi in September.\n")
    [memorandum] = [d for d in facts.documents if "memorandum" in d.name]
    assert memorandum.date == "2024-05-09"


def test_a_style_used_alone_is_the_person_last_printed_with_it() -> None:
    facts = read("Visit\n\nFiji's Foreign Minister Ratu Tevita Lala will leave for Tokyo on Thursday.\n\n"
                 "\u201cJapan stood with us when we built our first roads and power lines,\u201d Ratu said.\n")
    quote = next(s for s in facts.statements if s.direct)
    assert quote.speaker == "tevita-lala"


def test_a_quotation_resumed_after_its_attribution_and_a_phrase_is_one_quotation() -> None:
    facts = read("Talks\n\nPeruvian Foreign Minister Carlos Ruiz met Kenyan Foreign Minister Grace Otieno in Lima "
                 "on Thursday.\n\n\u201cOur ports can serve both oceans,\u201d the Peruvian minister said at the "
                 "signing ceremony, \u201cand our farmers are ready.\u201d\n")
    quotes = [s for s in facts.statements if s.direct]
    assert len(quotes) == 1
    assert "both oceans" in quotes[0].text and "farmers are ready" in quotes[0].text
    assert "said" not in quotes[0].text


def test_two_quoted_sentences_either_side_of_a_full_stop_are_two_quotations() -> None:
    facts = read("Talks\n\nPeruvian Foreign Minister Carlos Ruiz met Kenyan Foreign Minister Grace Otieno in Lima "
                 "on Thursday.\n\n\u201cWe have waited too long,\u201d Ruiz told reporters after the talks. "
                 "\u201cThat must change.\u201d\n")
    quotes = sorted(s.text for s in facts.statements if s.direct and s.speaker == "carlos-ruiz")
    assert quotes == ["That must change.", "We have waited too long"]


def test_a_ministry_spokeswoman_speaks_for_the_ministry() -> None:
    facts = read("Talks\n\nPeruvian Foreign Minister Carlos Ruiz met Kenyan Foreign Minister Grace Otieno in Lima "
                 "on Thursday.\n\nA trade ministry spokeswoman said Ruiz would travel to Nairobi in June.\n")
    said = next(s for s in facts.statements if "Nairobi in June" in s.text)
    org = next(o for o in facts.organizations if o.id == said.speaker)
    assert "trade ministry" in [org.name, *org.alternate_names]


def test_the_bare_office_right_after_someones_words_is_that_speaker() -> None:
    facts = read("Summit\n\nPresident Ana Silva of Peru hosted President Grace Otieno of Kenya and President "
                 "Tomas Berg of Chile in Lima on Thursday.\n\n\u201cWe have waited long enough,\u201d Otieno said "
                 "in her opening address.\n\nThe president said the region was ready for a trade pact.\n")
    said = next(s for s in facts.statements if "trade pact" in s.text)
    assert said.speaker == "grace-otieno"


def test_agreements_whose_signing_is_still_to_come_are_no_documents() -> None:
    facts = read("Visit\n\nPeruvian Prime Minister Carlos Ruiz will arrive in Nairobi on Monday. He will hold talks "
                 "with his host, after which the two heads of government will witness the signing of agreements "
                 "on the waiver of visas.\n")
    assert facts.documents == []


def test_she_and_another_who_signed_in_a_month_are_its_signers_on_that_month() -> None:
    facts = read("Visit\n\nForeign Minister Ana Rossi of Italy met Peru's Foreign Minister Carlos Ruiz in Rome "
                 "on Thursday.\n\nRossi visited Peru in January, when she and President Jorge Vargas signed a "
                 "joint statement on fisheries during talks in Lima.\n")
    statement = next(d for d in facts.documents if d.type == "joint_statement")
    assert statement.authors == ["ana-rossi", "jorge-vargas"]
    assert statement.date == "2024-01"


def test_a_trade_figure_and_a_fact_of_an_earlier_year_are_the_articles_claims() -> None:
    text = ("Ministers meet\n\nWhy you can trust SCMP\n"
            "Foreign Minister Lena Holt of Norway met her Chilean counterpart in Santiago on Monday.\n\n"
            "Bilateral trade stood at about $640 million in the 2022-23 fiscal year.\n\n"
            "Norwegian salmon imports were suspended in 2019, and the ban was lifted in 2021.\n")
    facts = read(text)
    assert [c.text for c in facts.claims] == [
        "Bilateral trade stood at about $640 million in the 2022-23 fiscal year.",
        "Norwegian salmon imports were suspended in 2019, and the ban was lifted in 2021."]


def test_the_one_briefed_is_told_what_the_conjoined_verb_reports() -> None:
    facts = read("Talks\n\nPeruvian Foreign Minister Carlos Ruiz received Kenyan Foreign Minister Grace Otieno in "
                 "Lima on Thursday.\n\nMinister Ruiz briefed his guest on the state of the fisheries talks, and "
                 "underlined that Lima aimed to close the talks by 2026.\n")
    said = next(s for s in facts.statements if "close the talks" in s.text)
    assert (said.speaker, said.addressees) == ("carlos-ruiz", ["grace-otieno"])


def test_a_signing_at_the_end_of_the_talks_is_not_dated_by_talks_yet_to_come() -> None:
    facts = read("Talks\n\nPeruvian Foreign Minister Carlos Ruiz held talks with Kenyan Foreign Minister Grace "
                 "Otieno in Lima on Tuesday.\n\nThe two ministers will hold talks in Nairobi in June.\n\n"
                 "At the conclusion of the talks, Ruiz and Otieno signed a memorandum on fisheries.\n")
    memo = next(d for d in facts.documents if "memorandum" in d.name)
    assert memo.date == "2024-05-07"


def test_german_quotation_marks_hold_a_quotation() -> None:
    facts = read("Talks\n\nIndian Foreign Minister Arjun Mehta met Kenyan Foreign Minister Grace Otieno in Nairobi "
                 "on Thursday.\n\n\u201eKenya is a close partner. We want more trade,\u201c Mehta said after the "
                 "meeting.\n")
    quote = next(s for s in facts.statements if s.direct)
    assert (quote.text, quote.speaker) == ("Kenya is a close partner. We want more trade", "arjun-mehta")


def test_said_after_pointed_out_is_the_same_speakers_second_saying() -> None:
    facts = read("Talks\n\nIndian Foreign Minister Arjun Mehta met Kenyan Foreign Minister Grace Otieno in Nairobi "
                 "on Thursday.\n\nMehta pointed out that Indian firms were already active in Kenya's tea sector "
                 "and said that India would open a trade office in Mombasa next year.\n")
    said = {s.text: s.speaker for s in facts.statements}
    assert said.get("Indian firms were already active in Kenya's tea sector") == "arjun-mehta"
    assert said.get("India would open a trade office in Mombasa next year") == "arjun-mehta"


def test_words_told_the_heads_of_state_at_a_summit_that_ended_on_a_day_carry_that_day() -> None:
    facts = read("Summit\n\nLeaders of the East African Community backed a regional railway at the "
                 "12th Ordinary Summit of Heads of State, which ended in Arusha, Tanzania, on Sunday evening.\n\n"
                 "President Grace Otieno of Kenya and President Carlos Ruiz of Uganda attended the summit.\n\n"
                 "\u201cOur people need trains, not promises,\u201d Otieno told the heads of state in her address.\n\n"
                 "Ruiz told the summit that intra-regional trade remained below 20 percent of total trade.\n")
    said = {s.text: s for s in facts.statements}
    quote = said["Our people need trains, not promises"]
    reported = said["intra-regional trade remained below 20 percent of total trade"]
    assert quote.date == reported.date == "2024-05-05"  # the Sunday before publication
    assert quote.addressees == reported.addressees == []


def test_an_infinitive_the_parse_hangs_on_told_goes_on_with_the_reported_clause() -> None:
    facts = read("Talks\n\nIndian Foreign Minister Arjun Mehta met Kenyan Foreign Minister Grace Otieno in Nairobi "
                 "on Thursday.\n\nMehta also told his guest that Delhi expected Kenya, as a neutral country, to help "
                 "facilitate the transfer of funds for the import of fuel and grain.\n")
    [said] = facts.statements
    assert said.text == ("Delhi expected Kenya, as a neutral country, to help facilitate the transfer of funds for "
                         "the import of fuel and grain")


def test_reported_words_ending_in_a_quotation_closed_after_the_full_stop_keep_the_mark() -> None:
    facts = read("Talks\n\nIndian Foreign Minister Arjun Mehta met Kenyan Foreign Minister Grace Otieno in Nairobi "
                 "on Thursday.\n\nSpeaking to reporters, Mehta said the talks had been \"frank and useful.\" "
                 "He added that the two sides would meet again in Delhi.\n")
    said = [s.text for s in facts.statements if not s.direct]
    assert 'the talks had been "frank and useful"' in said


def test_a_name_set_off_after_a_long_title_is_who_the_title_stands_for() -> None:
    facts = read("Conference\n\nThe Fourth Regional Water Conference closed in Nairobi on Thursday.\n\n"
                 "The UN Special Envoy for the Great Lakes Region, the Horn of Africa and Small Island Developing "
                 "States, Grace Otieno, said at the closing session that the plan had to be followed by money, "
                 "not only by meetings.\n")
    said = {s.text: s.speaker for s in facts.statements}
    assert said.get("the plan had to be followed by money, not only by meetings") == "grace-otieno"


def test_a_country_urged_to_act_reports_no_words() -> None:
    facts = read("Visit\n\nNorway's Senate chairman Anna Berg urged Ghana on Friday to move faster on new port "
                 "capacity.\n\nBerg also urged her hosts to open a consulate in Bergen.\n")
    said = [s.text for s in facts.statements if s.speaker == "anna-berg"]
    assert not any("move faster" in t for t in said)
    assert any("open a consulate" in t for t in said)


def test_the_ministry_of_a_portfolio_in_capitals_speaks() -> None:
    facts = read("Visit\n\nACCRA, May 10 - Norway's Vice Foreign Minister, Anna Berg, will arrive in Accra next "
                 "Tuesday, the Ministry of Foreign Affairs confirmed yesterday.\n\nIn a statement released "
                 "yesterday, the ministry said the visit would \"deepen a partnership that has grown over three "
                 "decades\".\n")
    ministry = next(o for o in facts.organizations if o.name == "Ministry of Foreign Affairs of Ghana")
    said = next(s for s in facts.statements if s.direct)
    assert (said.speaker, said.date) == (ministry.id, "2024-05-09")


def test_a_ministry_told_by_its_country_alone_speaks() -> None:
    facts = read("Visit\n\nKenyan Defence Minister Anna Berg ended a visit to Ghana on Thursday.\n\nAccording to "
                 "the Kenyan ministry, the joint commission of the two countries will meet in Nairobi in "
                 "February.\n")
    ministry = next(o for o in facts.organizations if o.name == "Kenyan ministry")
    said = next(s for s in facts.statements if s.speaker == ministry.id)
    assert said.text.startswith("the joint commission of the two countries will meet")


MINISTERIAL = ("Ministers meet\n\nMinister for Foreign Affairs Anna Berg has told her Peruvian counterpart that Norway "
               "will do what it can to support his country's trade talks next year.\n\nMs Berg was in Lima for the "
               "annual Ministerial Council of the Pacific Forum. The two-day gathering opened at the Palace yesterday "
               "and ended this evening.\n\nOn the sidelines of the meeting yesterday afternoon, she held talks with "
               "Carlos Ruiz, Peru's Minister of Foreign Affairs.\n\n\"Peru has done the hard work,\" Ms Berg told "
               "reporters after the meeting.\n\nAddressing the plenary session earlier in the day, the minister told "
               "fellow ministers that the forum's field missions would be needed \"the day the storms fall silent in "
               "the islands\". She accused Chile of blocking agreement on the forum's budget for a second year.\n")


def test_words_told_to_fellow_ministers_are_made_at_the_gathering() -> None:
    facts = read(MINISTERIAL)
    said = next(s for s in facts.statements if s.direct and "storms" in s.text)
    made_at = next(e for e in facts.events if e.id == said.made_at)
    assert made_at.type in ("summit", "conference")


def test_what_one_is_accused_of_doing_is_reported() -> None:
    facts = read(MINISTERIAL)
    assert any(s.text == "blocking agreement on the forum's budget for a second year" and s.speaker == "anna-berg"
               for s in facts.statements)


def test_a_lead_that_has_told_the_counterpart_is_the_one_meeting_of_the_two() -> None:
    facts = read(MINISTERIAL)
    said = next(s for s in facts.statements if s.text.startswith("Norway will do what it can"))
    assert said.date == "2024-05-09" and said.addressees == ["carlos-ruiz"]


def test_his_in_a_hosts_relative_clause_is_not_the_guests() -> None:
    facts = read("State visit\n\nNorwegian President Anna Berg today concluded a three-day state visit to Ghana.\n\n"
                 "Berg was received on Tuesday morning by President Kofi Mensah, who then hosted his guest for talks "
                 "at the palace in Accra.\n\nThat evening, Mensah gave a state banquet in honour of the Norwegian "
                 "president at the palace. Raising her glass to the Ghanaian people, Berg paid tribute to the "
                 "Ghanaian sailors who mapped Norway's coast.\n\n\"You came to study our fjords, and some of you "
                 "never left,\" she said in her toast.\n")
    said = next(s for s in facts.statements if s.direct)
    assert said.speaker == "anna-berg"
