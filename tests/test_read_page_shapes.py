"""Reading pages as people save them: mastheads (a government's, with an article or in French; a
broadcaster's with an ampersand; one word in capitals over a menu), breadcrumbs, release numbers,
bylines run on into the outlet, datelines (with a district, an agency and no dash, an apostrophe in
the city), copyright lines, bars of date and reading time, and photo credits. All on invented pages."""

from __future__ import annotations

import pytest

from diplograph.read import read_page


def page_of(*lines: str):  # type: ignore[no-untyped-def]
    return read_page("\n".join(lines) + "\n")


def test_a_breadcrumb_with_arrows_is_not_the_headline() -> None:
    page = page_of("MINISTRY OF FOREIGN AFFAIRS OF RURITANIA", "Home | Ministry | Press", "Press Room > News",
                   "May 4, 2025", "Minister meets his counterpart from Borduria",
                   "The minister met his counterpart on Monday.")
    assert page.headline == "Minister meets his counterpart from Borduria"
    assert [b.kind for b in page.blocks if b.text == "Press Room > News"] == ["furniture"]


def test_a_city_and_its_district_before_a_dash_is_a_dateline() -> None:
    page = page_of("Ministers sign an accord", "", "Lima, D.C. – The minister met his counterpart on Monday.")
    assert page.dateline_place == "Lima"
    assert [b.text for b in page.content("paragraph")] == ["The minister met his counterpart on Monday."]


def test_a_name_that_is_no_city_before_a_dash_stays_in_the_sentence() -> None:
    page = page_of("Ministers sign an accord", "", "Ruritania – The minister met his counterpart on Monday.")
    assert page.dateline_place is None


def test_a_dateline_with_the_pages_agency_and_no_dash() -> None:
    page = read_page("Ministers meet\n\nLima, May 4 (Harbour Press) The minister met his counterpart.\n",
                     meta={"publisher": "Harbour Press"})
    assert page.dateline_place == "Lima"
    assert [b.text for b in page.content("paragraph")] == ["The minister met his counterpart."]


def test_a_parenthesis_that_is_no_agency_is_no_dateline() -> None:
    page = read_page("Ministers meet\n\nLima (right) The minister met his counterpart.\n")
    assert page.dateline_place is None


def test_a_bar_of_date_writer_and_reading_time_gives_both() -> None:
    page = page_of("Ministers sign an accord", "May 4, 2025 | Staff Writer | Reading Time: 4 minutes",
                   "The minister met his counterpart on Monday.")
    assert (page.published, page.reading_time) == ("2025-05-04", "PT4M")


@pytest.mark.parametrize("line", ["Estimated reading time: 5 minutes", "5-minute read", "5 mins read", "5 min. read"])
def test_reading_times_in_more_forms(line: str) -> None:
    page = page_of("Ministers sign an accord", line, "The minister met his counterpart on Monday.")
    assert page.reading_time == "PT5M"


@pytest.mark.parametrize(("line", "credit"), [
    ("The ministers at the talks on Monday. Photo: Harbour Press Office", "Harbour Press Office"),
    ("The ministers at the talks on Monday (PHOTO: Ann Vale/Harbour Press)", "Ann Vale/Harbour Press"),
    ("The ministers at the talks on Monday. Photo by Ann Vale", "Ann Vale"),
    ("The ministers at the talks on Monday (Photo courtesy of the Ministry)", "the Ministry"),
    ("The ministers at the talks on Monday | Credit: Harbour Press", "Harbour Press"),
])
def test_captions_with_credits_in_more_forms(line: str, credit: str) -> None:
    page = page_of("Ministers sign an accord", line, "The minister met his counterpart on Monday.")
    assert [m.credit for m in page.media] == [credit]


def test_a_sentence_about_a_photo_is_no_caption() -> None:
    page = page_of("Ministers sign an accord", "The photo by the agency showed the ministers at the talks on Monday.")
    assert page.media == []


@pytest.mark.parametrize("line", ["By Ann Vale, Harbour Contributor, in Lima", "By Ann Vale, Staff Reporter",
                                  "By Ann Vale – Senior Correspondent"])
def test_a_byline_with_the_writers_job_names_only_the_writer(line: str) -> None:
    page = page_of("Ministers sign an accord", line, "LIMA - The minister met his counterpart on Monday.")
    assert page.byline == ["Ann Vale"]
    assert page.dateline_place == "Lima"


def test_a_byline_in_capitals_run_on_into_the_outlet() -> None:
    page = page_of("Two ministers agree on fisheries patrols", "", "By ANA MARIA DA SILVA Associated Press", "",
                   "LIMA, Peru (AP) — The two ministers met on Monday.")
    assert page.publisher_hint == "Associated Press"
    assert page.byline == ["Ana Maria Da Silva"]
    assert page.dateline_place == "Lima"
    assert [b.text for b in page.content("paragraph")] == ["The two ministers met on Monday."]


def test_a_byline_run_on_into_an_unknown_name_is_left() -> None:
    page = page_of("Two ministers agree on fisheries patrols", "", "By Ana Maria Silva Lopes", "",
                   "The two ministers met on Monday.")
    assert page.publisher_hint is None


def test_a_wire_dateline_whose_city_has_an_apostrophe() -> None:
    page = page_of("Two ministers meet", "", "Nuku'alofa (AFP) - The two ministers met on Monday.")
    assert page.dateline_place == "Nuku'alofa"
    assert page.publisher_hint == "AFP"


def test_a_copyright_line_names_the_outlet() -> None:
    page = page_of("Two ministers meet", "", "The two ministers met on Monday in Lima.", "", "abc/def",
                   "© 2025 AFP")
    assert page.publisher_hint == "AFP"


def test_a_copyright_line_of_no_known_outlet_names_none() -> None:
    page = page_of("Two ministers meet", "", "The two ministers met on Monday in Lima.", "",
                   "© 2025 Ruritanian Widgets Ltd")
    assert page.publisher_hint is None


def test_a_one_word_masthead_in_capitals_over_a_menu() -> None:
    page = page_of("HBC", "Home | News | Pacific | Podcasts", "", "Regional News", "",
                   "Two presidents to meet in Lima next week", "", "The two presidents will meet on Monday.")
    assert page.publisher_hint == "HBC"
    assert page.headline == "Two presidents to meet in Lima next week"


def test_a_release_number_is_not_the_headline() -> None:
    page = page_of("MINISTRY OF FOREIGN AFFAIRS", "Home | Media | Press Releases", "", "Press Release No. 17/2025",
                   "", "Foreign Minister receives the Ambassador of Borduria", "",
                   "The Foreign Minister received the Ambassador of Borduria today.")
    assert page.headline == "Foreign Minister receives the Ambassador of Borduria"


def test_a_time_before_the_day_is_the_pages_date() -> None:
    page = page_of("Two presidents to meet in Lima", "", "5:12 pm on 17 October 2025", "",
                   "The two presidents will meet on Monday.")
    assert page.published == "2025-10-17"
    assert [b.text for b in page.content("paragraph")] == ["The two presidents will meet on Monday."]


def test_a_governments_masthead_in_french_capitals() -> None:
    page = page_of("LE GOUVERNEMENT DE LA RÉPUBLIQUE DU NORDLAND", "Ministry of State", "",
                   "Home | News | Press releases | Contact", "", "Press releases", "",
                   "Telephone conversation between the Prime Minister and her Andorran counterpart", "",
                   "Published on 03.04.2025", "",
                   "Prime Minister Ana Lopes spoke by telephone today with her counterpart.")
    hint = page.publisher_hint
    assert hint is not None and hint.lower() == "le gouvernement de la république du nordland"
    assert page.headline == "Telephone conversation between the Prime Minister and her Andorran counterpart"


def test_a_broadcasters_masthead_with_an_ampersand() -> None:
    page = page_of("NBTS", "Nordland Broadcasting & Television Service", "Always First With the News", "",
                   "Home | News | Politics | Sports | Contact Us", "",
                   "Leaders close summit with a declaration on food security", "",
                   "The leaders closed their summit on Sunday.")
    assert page.publisher_hint == "Nordland Broadcasting & Television Service"
    assert page.headline == "Leaders close summit with a declaration on food security"
