"""The reader's mastheads, breadcrumbs, headlines and datelines on pages of invented outlets and
ministries: what names the publisher (and so the home country) and what is the headline."""

from __future__ import annotations

from diplograph.read import read_page

STORY = "Minister Anna Berg met her counterpart Piet Vos in the capital on Monday to discuss trade.\n"


def test_a_slashed_breadcrumb_over_the_headline_is_furniture() -> None:
    page = read_page("MINISTRY OF FOREIGN AFFAIRS\nNORWAY\n\nHome | The Ministry | Press Room\n\n"
                     "Press Room / Press Releases\n\nMinister Berg meets the Foreign Minister of Chile\n\n" + STORY)
    assert page.headline == "Minister Berg meets the Foreign Minister of Chile"
    # a ministry's name over its country's: the ministry of that country
    assert page.publisher_hint == "Ministry of Foreign Affairs of Norway"


def test_a_state_name_over_its_office_names_the_office_as_publisher() -> None:
    page = read_page("Government of Norway\nOffice of the Prime Minister and Council of Ministers\n"
                     "Main Street, Oslo\n\nHome | About Us | Press Release\n\nPress Release\n\n"
                     "Prime Minister Berg holds telephone conversation with Prime Minister of Chile\n\n" + STORY)
    assert page.publisher_hint == "Office of the Prime Minister and Council of Ministers"
    assert page.headline == "Prime Minister Berg holds telephone conversation with Prime Minister of Chile"


def test_state_house_and_its_country_is_the_masthead_not_its_strapline() -> None:
    page = read_page("STATE HOUSE NORWAY\nOffice of the President of the Republic\n\nHome | News | Contact\n\n"
                     "Press Release\n20 February 2025\n\nPresident Berg receives the Speaker of Chile\n\n" + STORY)
    assert page.publisher_hint == "State House Norway"
    assert page.headline == "President Berg receives the Speaker of Chile"


def test_a_site_name_and_tagline_over_the_menu_is_the_masthead() -> None:
    page = read_page("Harbour Mirror - Freedonia Latest Breaking News and Headlines\n\n"
                     "Home | News | Business | Opinion\n\nNEWS\n\nSpeaker Vos meets President; parliaments sign MoU\n\n"
                     + STORY)
    assert page.publisher_hint == "Harbour Mirror"
    assert page.headline == "Speaker Vos meets President; parliaments sign MoU"


def test_a_headline_may_end_on_the_words_it_quotes() -> None:
    page = read_page('HARBOUR NEWS AGENCY\n\nHome | Politics | Business\n\nPolitics\n\n'
                     'Leaders adopt declaration as Berg urges region to "stop waiting"\n\n' + STORY)
    assert page.headline == 'Leaders adopt declaration as Berg urges region to "stop waiting"'
    sentence = read_page('Berg said the region must "stop waiting."\n\n' + STORY)
    assert sentence.headline is None


def test_a_dateline_with_the_country_between_place_and_day_and_an_agency_in_capitals() -> None:
    page = read_page("Berg to visit Chile next week\n\nKINGSTON, Jamaica, Sep 25, XNA - Prime Minister Anna Berg "
                     "will pay a visit to Chile next week.\n")
    assert page.dateline_place == "Kingston"
    assert page.publisher_hint == "XNA"
    assert page.blocks[1].kind == "dateline"


def test_a_pic_by_credit_ends_a_caption() -> None:
    page = read_page("Speaker Vos meets President\n\nBy Ann Lee\n\nSpeaker Vos (left) and Speaker Berg "
                     "exchange the MoU at Parliament on Monday. Pic by Jan Holm\n\n" + STORY)
    assert [(m.caption, m.credit) for m in page.media] == [
        ("Speaker Vos (left) and Speaker Berg exchange the MoU at Parliament on Monday.", "Jan Holm")]
