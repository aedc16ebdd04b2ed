"""Reader rules from the tenth round: a byline run on into the outlet's name, a wire dateline whose
city has an apostrophe, a copyright line naming the outlet, a one-word masthead in capitals over a
menu, and a release's number line above its headline. All on invented pages."""

from __future__ import annotations

from diplograph.read import read_page


def page_of(*lines: str):  # type: ignore[no-untyped-def]
    return read_page("\n".join(lines) + "\n")


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
