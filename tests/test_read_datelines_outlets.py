"""The reader: an outlet named in a bar with the story's day, datelines with a stop after the day and a
slashed agency, in capitals with accents, or with a city's district; and places printed with hyphens.
Names, outlets and sentences are invented."""

from __future__ import annotations

from diplograph.extract.places import hyphenated_name
from diplograph.nlp import pipeline
from diplograph.read import Page, read_article_text, read_page

from .extracting import read

HEADLINE = "Ministers hold talks on trade and energy at the regional forum"


def page_of(*lines: str) -> Page:
    return read_page("\n".join(lines) + "\n")


def test_an_outlet_in_a_bar_with_the_day_is_the_publisher() -> None:
    page = page_of(HEADLINE, "", "By Ana Lopes", "Harbour Courier English | Sunday 6 October 2024 - 13:40", "",
                   "The minister Tom Vale met his counterpart on Friday.")
    assert page.publisher_hint == "Harbour Courier English"
    assert page.published == "2024-10-06"
    assert "Harbour Courier English" not in [b.text for b in page.content("paragraph")]


def test_a_section_label_in_a_bar_is_no_publisher() -> None:
    page = page_of(HEADLINE, "", "World News | 12 March 2025", "",
                   "The minister Tom Vale met his counterpart on Friday.")
    assert page.publisher_hint is None


def test_a_dateline_with_a_stop_after_the_day_and_a_slashed_agency() -> None:
    page = page_of(HEADLINE, "", "LIMA, March 3. /Harbour Wire/. The minister Tom Vale met his counterpart on Monday.")
    assert page.dateline_place == "Lima"
    assert page.publisher_hint == "Harbour Wire"
    assert page.content("paragraph")[0].text.startswith("The minister")


def test_a_dateline_in_capitals_with_accents() -> None:
    page = page_of(HEADLINE, "", "SÃO PAULO — The minister Tom Vale met his counterpart on Monday.")
    assert page.dateline_place == "São Paulo"
    assert page.content("paragraph")[0].text.startswith("The minister")


def test_a_dateline_with_the_city_district_between_city_and_day() -> None:
    page = page_of(HEADLINE, "", "Santo Domingo, D.N., 3 March 2025. – The minister Tom Vale met his counterpart.")
    assert page.dateline_place == "Santo Domingo"
    assert page.content("paragraph")[0].text.startswith("The minister")


def test_a_hyphenated_place_is_one_place_not_its_first_part() -> None:
    facts = read("Forum\n\nThe two-day forum opened on Friday in Boulogne-Billancourt and closed on Saturday.\n")
    names = {p.name for p in facts.places}
    assert "Boulogne" not in names
    assert "Boulogne-Billancourt" in names


def test_a_lowercase_word_after_a_hyphen_ends_no_place_name() -> None:
    doc = pipeline()("The firm has offices in Lima-based towers and in Aix-en-Provence.")
    lima = next(t.i for t in doc if t.text == "Lima")
    assert hyphenated_name(doc, lima, lima + 1) == (lima, lima + 1)
    aix = next(t.i for t in doc if t.text == "Aix")
    start, end = hyphenated_name(doc, aix, aix + 1)
    assert doc[start:end].text == "Aix-en-Provence"


def test_a_date_line_with_dashes_between_month_day_and_year_is_the_date() -> None:
    page = page_of(HEADLINE, "", "Author: Ana Lopes", "Jun - 12 - 2025 , 06:40", "",
                   "The minister Tom Vale met his counterpart on Friday.")
    assert page.published == "2025-06-12"
    assert [b.text for b in page.content("paragraph")] == ["The minister Tom Vale met his counterpart on Friday."]


def _html(head: str) -> str:
    return ("<!DOCTYPE html><html><head>" + head + "</head><body><article><h1>" + HEADLINE + "</h1>"
            "<p>The minister Tom Vale met his counterpart on Friday in the capital.</p></article></body></html>")


def test_a_publisher_named_by_reference_in_a_second_json_ld_script() -> None:
    from diplograph.read import read_article_text

    page = read_article_text(_html(
        '<script type="application/ld+json">{"@type": "WebSite", "name": "Harbour Courier site"}</script>'
        '<script type="application/ld+json">{"@graph": ['
        '{"@type": "NewsArticle", "headline": "' + HEADLINE + '", "publisher": {"@id": "https://hc.example/#org"}},'
        '{"@type": "NewsMediaOrganization", "@id": "https://hc.example/#org", "name": "Harbour Courier"}]}'
        '</script>'))
    assert page.publisher_hint == "Harbour Courier"


def test_a_publisher_given_as_a_string_or_in_dublin_core() -> None:
    from diplograph.read import read_article_text

    page = read_article_text(_html('<script type="application/ld+json">'
                                   '{"@type": "Article", "publisher": "Harbour Courier"}</script>'))
    assert page.publisher_hint == "Harbour Courier"
    page = read_article_text(_html('<meta name="DC.publisher" content="Ministry of Harbours">'))
    assert page.publisher_hint == "Ministry of Harbours"


def test_a_dateline_with_the_country_then_the_day() -> None:
    page = page_of(HEADLINE, "", "LIMA, Peru, March 3 (Harbour Wire) — The minister Tom Vale met his counterpart.")
    assert (page.dateline_place, page.dateline_country, page.publisher_hint) == ("Lima", "Peru", "Harbour Wire")
    assert page.content("paragraph")[0].text.startswith("The minister")


def test_a_dateline_with_the_city_district_and_no_day() -> None:
    page = page_of(HEADLINE, "", "Quito, D.M.Q. – The minister Tom Vale met his counterpart on Monday.")
    assert page.dateline_place == "Quito"
    assert page.content("paragraph")[0].text.startswith("The minister")


def test_an_html_pages_address_is_its_canonical_link_when_no_meta_gives_one() -> None:
    page = read_article_text(
        '<html><head><title>Call</title><link rel="canonical" href="https://www.gov.example.no/en/call/id1/">'
        "</head><body><article><h1>Prime Minister spoke with his counterpart</h1>"
        "<p>The Prime Minister held a telephone call with his counterpart on Monday.</p></article></body></html>",
        "call.html")
    assert page.url == "https://www.gov.example.no/en/call/id1/"


def test_a_dateline_ended_by_a_stop_and_a_dash() -> None:
    page = page_of(HEADLINE, "", "Lima.- The minister Tom Vale met his counterpart on Friday.")
    assert page.dateline_place == "Lima"
