"""Who 'the Minister', 'the head of state', 'the President of the Republic', 'His Majesty the Sultan' and
'an AMC spokesperson' are, and the day of words 'said in the readout': on a ministry's own page its own
minister; an office named by what it heads, the one who just spoke; a title printed in full, its one holder."""

from __future__ import annotations

from tests.extracting import read

OWN_PAGE = ("REPUBLIC OF FINLAND\nMINISTRY FOR EUROPE AND FOREIGN AFFAIRS\n\n"
            "Press Releases\n\n"
            "Minister Virtanen holds talks with Estonia's Minister Tamm\n\n"
            "Helsinki, 6 May 2024 – Minister for Europe and Foreign Affairs Anna Virtanen today held talks in "
            "Helsinki with the Minister of Foreign Affairs of Estonia, Kadri Tamm.\n\n"
            "Minister Tamm, for her part, assured Virtanen that Tallinn would support the new ferry link.\n\n"
            "\"Our two capitals are closer than ever, and the ferry will prove it,\" she told her host.\n\n"
            "The Minister underlined that regional energy links are decisive for both countries.\n")


def test_the_minister_on_a_ministrys_own_page_is_its_own_minister_not_the_guest_who_spoke_last() -> None:
    facts = read(OWN_PAGE)
    words = next(s for s in facts.statements if "energy links" in s.text)
    assert words.speaker == "anna-virtanen"


STATE_VISIT = ("Presidents meet\n\n"
               "The President of the Republic, Pedro Alvarado, this morning welcomed the President of Ruritania, "
               "Maria Kovacs, at the palace.\n\n"
               "President Kovacs, who landed on Monday evening for a three-day state visit, is the first head of "
               "state of her country to visit in two decades.\n\n"
               "At a joint press conference, the President of the Republic underlined the weight that his "
               "government gives to Europe.\n\n"
               "\"Ruritania is a partner we trust, in trade and in science,\" President Alvarado said.\n\n"
               "The head of state added that both governments had asked their negotiators to finish the treaty "
               "this year.\n\n"
               "President Kovacs recalled that the two countries signed a trade agreement in 2006.\n\n"
               "\"Two decades later, our partnership must grow. Our scientists already work together,\" she said.\n")


def test_a_title_printed_in_full_is_its_one_holder_not_the_last_named_with_its_head_word() -> None:
    facts = read(STATE_VISIT)
    words = next(s for s in facts.statements if "weight" in s.text)
    assert words.speaker == "pedro-alvarado"
    quote = next(s for s in facts.statements if "partnership must grow" in s.text)
    assert quote.speaker == "maria-kovacs"


def test_the_head_of_state_added_is_the_president_who_just_spoke() -> None:
    facts = read(STATE_VISIT)
    words = next(s for s in facts.statements if "negotiators" in s.text)
    assert words.speaker == "pedro-alvarado"


WIRE = ("Premiers talk by phone\n\n"
        "OSLO (Reuters) - Norwegian Prime Minister Lars Holm assured his Japanese counterpart Kenji Sato in a phone "
        "call on Tuesday that the shipyard deal would stand.\n\n"
        "Sato told Holm that Japanese firms were ready to invest, according to a readout released by the Prime "
        "Minister's Office in Tokyo on Wednesday.\n\n"
        "\"We see this as a long partnership,\" Sato said in the readout.\n\n"
        "An Aker Marine spokesperson in Oslo said the company had \"no concerns\" about the schedule.\n\n"
        "Aker Marine, a unit of the state group, won the tender in 2023.\n")


def test_words_said_in_the_readout_take_the_day_the_readout_was_released() -> None:
    facts = read(WIRE, published="2024-05-08")
    quote = next(s for s in facts.statements if "long partnership" in s.text)
    assert quote.speaker == "kenji-sato"
    assert quote.date == "2024-05-08"


COMPANY = ("Yard deal stands\n\n"
           "OSLO (Reuters) - Aker Marine Corporation (AMC), a unit of the state group, won the tender in 2023.\n\n"
           "A AMC spokesperson in Oslo said the company had \"no concerns\" about the schedule.\n")


def test_an_organisations_spokesperson_speaks_for_the_organisation_the_recogniser_left_untagged() -> None:
    facts = read(COMPANY, published="2024-05-08")
    words = next((s for s in facts.statements if "no concerns" in s.text), None)
    assert words is not None and words.speaker in {o.id for o in facts.organizations}


ROYAL = ("Sultan and President speak\n\n"
         "Muscat, 2 June – His Majesty Sultan Khalid bin Omar and President Paul Duval of the Republic of Ruritania "
         "discussed bilateral relations over the phone this evening.\n\n"
         "President Duval told His Majesty the Sultan that Ruritania was counting on Oman's support.\n\n"
         "His Majesty the Sultan, for his part, assured the President that Oman would continue to stand by the "
         "people of Ruritania. He affirmed that Oman supported all efforts to keep the ceasefire.\n")


def test_his_majesty_the_sultan_is_the_sultan_and_he_affirmed_goes_on_with_him() -> None:
    facts = read(ROYAL, published="2024-06-02")
    stand = next(s for s in facts.statements if "stand by" in s.text)
    assert stand.speaker == "khalid-bin-omar"
    ceasefire = next(s for s in facts.statements if "ceasefire" in s.text)
    assert ceasefire.speaker == "khalid-bin-omar"


ENVOY = ("DAILY COURIER\nHome | World | Business | Opinion\n\n"
         "Minister ends visit\n\n"
         "By Ana Lopes\n"
         "Lisbon, 23 October 2025:\n\n"
         "Finnish Minister for Trade Karl Weber ended a two-day visit to Portugal yesterday.\n\n"
         "Finnish Ambassador to Portugal Eva Kranz, who accompanied the minister throughout the visit, told the "
         "Daily Courier that Finland would open a trade office in Porto next year.\n")


def test_an_office_and_its_holder_before_a_relative_clause_is_the_holder_and_an_outlet_told_leaves_words_undated(
) -> None:
    facts = read(ENVOY, published="2025-10-23")
    words = next(s for s in facts.statements if "trade office" in s.text)
    assert words.speaker == "eva-kranz"
    assert words.date is None


def test_the_minister_on_a_page_whose_masthead_prints_ministry_and_country_apart_is_its_own_minister() -> None:
    # ('MINISTRY OF FOREIGN AFFAIRS' over 'ESTONIA': the ministry is read 'Ministry of Foreign Affairs, Estonia')
    facts = read("MINISTRY OF FOREIGN AFFAIRS\nESTONIA\n\nHome | The Ministry | Press Room\n\n"
                 "Press Room / Press Releases\n\n"
                 "Telephone conversation of Minister Kadri Tamm with the Minister of Foreign Affairs of Finland, "
                 "Anna Virtanen\n\n"
                 "Tallinn, 6 May 2024 – Minister of Foreign Affairs Kadri Tamm discussed the ferry link over the "
                 "phone today with the Minister of Foreign Affairs of Finland, Anna Virtanen.\n\n"
                 "For her part, Anna Virtanen assured the Estonian minister that Helsinki was committed to the "
                 "new ferry link.\n\n"
                 "The Minister stressed that \"the security of the Baltic and the security of the north cannot be "
                 "separated\".\n")
    quote = next(s for s in facts.statements if "cannot be separated" in s.text)
    assert quote.speaker == "kadri-tamm"


def test_a_demonym_and_premier_is_that_countrys_prime_minister_not_the_capital_after_it() -> None:
    facts = read("Talks\n\nHungarian Prime Minister Karl Dorn received Austrian Chancellor Eva Lind in Budapest on "
                 "Thursday.\n\n\"We are partners,\" Dorn told a press conference after the talks.\n\n"
                 "The Hungarian premier said Budapest expected Vienna to support the new pipeline project.\n")
    words = next(s for s in facts.statements if "pipeline" in s.text)
    assert words.speaker == "karl-dorn"


def test_the_head_of_state_on_a_page_filed_from_nowhere_is_the_one_president_not_a_speaker() -> None:
    facts = read("STATE HOUSE\n\nPress Release\n\nPresident receives Speaker\n\n"
                 "President Pedro Alvarado this morning received the President of the National Assembly of "
                 "France, Mrs Claire Dumont, who arrived yesterday for a three-day visit.\n\n"
                 "President Alvarado welcomed his guest and recalled the long friendship between the two "
                 "countries. The head of state told Mrs Dumont that his country counted on France to keep the "
                 "oceans at the top of the European agenda.\n")
    words = next(s for s in facts.statements if "oceans" in s.text)
    assert words.speaker == "pedro-alvarado"
    assert words.addressees == ["claire-dumont"]


def test_an_office_word_of_the_one_who_just_spoke_is_them_and_keeps_the_capitals_words() -> None:
    facts = read("Consultations\n\nThe Secretary of State for Foreign Affairs, Pedro Alvarado, and the Undersecretary "
                 "of Foreign Affairs of Peru, Rosa Quispe, today co-chaired in Madrid a round of political "
                 "consultations.\n\nRosa Quispe, for her part, told her Spanish counterpart that Peru regarded "
                 "Spain as its gateway to Europe. She also conveyed the greetings of the Peruvian Foreign Minister."
                 "\n\nThe Undersecretary added that Lima would welcome Spanish support for Peru's candidacy to the "
                 "council.\n")
    said = [s for s in facts.statements if "candidacy" in s.text]
    assert said and {s.speaker for s in said} == {"rosa-quispe"}
