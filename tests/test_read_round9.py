"""Reader rules from the ninth round: breadcrumbs with arrows, datelines with a district or an
agency and no dash, a bar of the page's date and reading time, and more forms of photo credits.
All on invented pages."""

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
