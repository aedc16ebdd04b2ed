"""The read stage: files to text (``read_text_file``), pages to content and furniture (``read_page``),
HTML pages to rendered text with a map back into the HTML (``read_article_text``, ``htmlpage``).
"""

from __future__ import annotations

import html as htmllib
from pathlib import Path

import pytest

from diplograph.errors import InputError
from diplograph.model import Media
from diplograph.read import Block, Page, parse_date_line, read_article_text, read_page, read_text_file

HEADLINE = "China and Uzbekistan sign a new trade agreement in Samarkand"


def page_of(*lines: str) -> Page:
    return read_page("\n".join(lines) + "\n")


def blocks_of(page: Page, kind: str) -> list[str]:
    return [b.text for b in page.blocks if b.kind == kind]


def content_texts(page: Page) -> list[str]:
    return [b.text for b in page.content()]


def assert_offsets_exact(page: Page) -> None:
    for block in page.blocks:
        assert page.text[block.start:block.end] == block.text, block


# --- read_text_file -------------------------------------------------------------------------------


def test_read_text_file_returns_the_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"Qin Gang met Sergey Lavrov in Samarkand.\n")
    assert read_text_file(path) == "Qin Gang met Sergey Lavrov in Samarkand.\n"


def test_read_text_file_normalises_crlf_and_cr_to_lf(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"Headline\r\nFirst paragraph.\rSecond paragraph.\r\n")
    assert read_text_file(path) == "Headline\nFirst paragraph.\nSecond paragraph.\n"


def test_read_text_file_gives_the_same_text_as_path_read_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Caf\u00e9 talks \U0001F91D\r\nin Самарқанд\r\n".encode())
    assert read_text_file(path) == path.read_text(encoding="utf-8")


def test_read_text_file_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.txt"
    with pytest.raises(InputError, match="no such article file"):
        read_text_file(path)


def test_read_text_file_names_what_it_reads(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such facts file"):
        read_text_file(tmp_path / "nope.yaml", what="facts")


def test_read_text_file_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        read_text_file(tmp_path)


@pytest.mark.parametrize("content", [b"", b"  \n\t \r\n  "])
def test_read_text_file_empty_or_whitespace_only(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match="the article is empty"):
        read_text_file(path)


def test_read_text_file_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match="looks like a binary file"):
        read_text_file(path)


def test_a_nul_byte_far_into_the_file_is_binary_too(tmp_path: Path) -> None:
    # Found by tests/test_properties.py: only the first 8 KiB were looked at, so a NUL after a
    # long paragraph reached the graph inside a person's name.
    path = tmp_path / "a.txt"
    path.write_bytes(b"Talks in Oslo.\n" + b"The talks went on. " * 600 + b"\nAna\x00 Diaz met Bo Lind.\n")
    with pytest.raises(InputError, match="looks like a binary file"):
        read_text_file(path)


def test_a_file_name_with_a_newline_or_escape_still_gives_a_one_line_message(tmp_path: Path) -> None:
    # Found by tests/test_properties.py: the name was quoted raw, so "a\x1e.txt" split the message.
    path = tmp_path / "odd\nname\x1b[31m\x1e.txt"
    path.write_bytes(b"\x00binary")
    with pytest.raises(InputError) as caught:
        read_text_file(path)
    message = str(caught.value)
    assert len(message.splitlines()) == 1 and "\x1b" not in message
    assert "odd\\nname\\x1b[31m\\x1e.txt: looks like a binary file" in message


def test_read_text_file_latin1_bytes_are_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Talks at the caf\u00e9 in Paris.\n".encode("latin-1"))
    with pytest.raises(InputError, match="is not utf-8 text \\(byte 16\\); give its encoding with --encoding"):
        read_text_file(path)


def test_read_text_file_reads_the_encoding_it_is_given(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Talks at the caf\u00e9 in Paris.\n".encode("latin-1"))
    assert read_text_file(path, encoding="latin-1") == "Talks at the caf\u00e9 in Paris.\n"


def test_read_text_file_unknown_encoding(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"Talks.\n")
    with pytest.raises(InputError, match="'klingon' is not a known text encoding"):
        read_text_file(path, encoding="klingon")


def test_read_text_file_over_max_bytes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 100)
    with pytest.raises(InputError, match=r"100 bytes is over the 50-byte limit .*--max-bytes"):
        read_text_file(path, max_bytes=50)


def test_read_text_file_at_max_bytes_is_read(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 50)
    assert read_text_file(path, max_bytes=50) == "x" * 50


# --- parse_date_line ------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["April 3, 2024", "3 April 2024", "2024-04-03", "Wednesday, April 3, 2024",
                                  "Apr. 3, 2024 10:42 am", "April 3 2024"])
def test_parse_date_line(line: str) -> None:
    assert parse_date_line(line) == "2024-04-03"


def test_parse_date_line_sept_abbreviation() -> None:
    assert parse_date_line("Sept. 3, 2024") == "2024-09-03"


@pytest.mark.parametrize("line", ["Feb 30, 2024", "April 2024", "the talks on April 3, 2024", "Thursday"])
def test_parse_date_line_not_a_date(line: str) -> None:
    assert parse_date_line(line) is None


# --- read_page: furniture -------------------------------------------------------------------------


def test_advertisement_is_furniture() -> None:
    page = page_of(HEADLINE, "Advertisement", "Ministers signed the agreement on Thursday.")
    assert blocks_of(page, "furniture") == ["Advertisement"]
    assert content_texts(page) == [HEADLINE, "Ministers signed the agreement on Thursday."]


def test_reading_time_is_furniture_and_read_as_a_duration() -> None:
    page = page_of(HEADLINE, "Reading Time:2 minutes", "Ministers signed the agreement on Thursday.")
    assert page.reading_time == "PT2M"
    assert blocks_of(page, "furniture") == ["Reading Time:2 minutes"]


def test_why_you_can_trust_names_the_publisher() -> None:
    page = page_of(HEADLINE, "Why you can trust SCMP", "Ministers signed the agreement on Thursday.")
    assert page.publisher_hint == "SCMP"
    assert blocks_of(page, "furniture") == ["Why you can trust SCMP"]


def test_bare_counter_is_furniture() -> None:
    page = page_of(HEADLINE, "71", "Ministers signed the agreement on Thursday.")
    assert blocks_of(page, "furniture") == ["71"]


@pytest.mark.parametrize("line", ["Share", "Share this article", "Share on Facebook", "Copy link", "WhatsApp"])
def test_share_line_is_furniture(line: str) -> None:
    page = page_of(HEADLINE, line, "Ministers signed the agreement on Thursday.")
    assert blocks_of(page, "furniture") == [line]
    assert content_texts(page) == [HEADLINE, "Ministers signed the agreement on Thursday."]


def test_furniture_never_reaches_the_content() -> None:
    furniture = ["Advertisement", "Reading Time:2 minutes", "Why you can trust SCMP", "71", "Share", "Copy link"]
    page = page_of(HEADLINE, *furniture, "Ministers signed the agreement on Thursday.", *furniture,
                   "The talks lasted two days, officials said.")
    assert blocks_of(page, "furniture") == furniture + furniture
    assert content_texts(page) == [HEADLINE, "Ministers signed the agreement on Thursday.",
                                   "The talks lasted two days, officials said."]


def test_short_section_label_above_the_headline_is_furniture() -> None:
    page = page_of("World", "Advertisement", HEADLINE, "Ministers signed the agreement on Thursday.")
    assert blocks_of(page, "furniture") == ["World", "Advertisement"]
    assert page.headline == HEADLINE


def test_tags_line_ends_the_article() -> None:
    page = page_of(HEADLINE, "Ministers signed the agreement on Thursday.", "Tags: Philippines, Manalo",
                   "Manalo visits Washington for talks on the South China Sea.")
    assert content_texts(page) == [HEADLINE, "Ministers signed the agreement on Thursday."]
    assert blocks_of(page, "furniture") == ["Tags: Philippines, Manalo",
                                            "Manalo visits Washington for talks on the South China Sea."]


def test_more_on_this_topic_ends_the_article() -> None:
    page = page_of(HEADLINE, "Ministers signed the agreement on Thursday.", "MORE ON THIS TOPIC",
                   "Lavrov visits India for talks on oil sales and defence")
    assert content_texts(page) == [HEADLINE, "Ministers signed the agreement on Thursday."]
    assert blocks_of(page, "furniture") == ["MORE ON THIS TOPIC",
                                            "Lavrov visits India for talks on oil sales and defence"]


@pytest.mark.parametrize("heading", ["Other news", "Related topic", "Latest stories", "Autres actualités",
                                     "From the region"])
def test_trailing_list_of_linked_headlines_is_furniture(heading: str) -> None:
    # A short heading, known or not, over headline-shaped lines after the story's last sentence:
    # links to other stories, whose places and people are not this story's.
    page = page_of(HEADLINE, "Ministers signed the agreement on Thursday.",
                   "The next round of talks is due in Tashkent in May.", heading,
                   "Freedonian minister receives the credentials of the new ambassador of Ruritania",
                   "Trade talks: Sylvania and Freedonia meet in Port Elan")
    assert content_texts(page) == [HEADLINE, "Ministers signed the agreement on Thursday.",
                                   "The next round of talks is due in Tashkent in May."]


def test_short_last_paragraphs_are_not_taken_for_links() -> None:
    # Sentences end with a full stop, in or before closing quotes: they stay the article's.
    lines = ["Ministers signed the agreement on Thursday.", "Talks resume in May.",
             'The minister called it "a new chapter."', "Both sides agreed.", "Signed",
             "Anna Weber Minister for Foreign Affairs of Freedonia"]
    page = page_of(HEADLINE, *lines)
    assert content_texts(page)[:5] == [HEADLINE, *lines[:4]]
    assert "Anna Weber Minister for Foreign Affairs of Freedonia" in " ".join(content_texts(page))


def test_one_trailing_line_after_a_label_is_not_a_link_list() -> None:
    page = page_of(HEADLINE, "Ministers signed the agreement on Thursday.", "Contacts",
                   "Press Office of the Ministry of Foreign Affairs")
    assert blocks_of(page, "paragraph") == ["Ministers signed the agreement on Thursday.",
                                           "Press Office of the Ministry of Foreign Affairs"]


def test_share_bar_under_the_story_is_furniture() -> None:
    page = page_of(HEADLINE, "Ministers signed the agreement on Thursday.", "Share: Facebook | X | Telegram",
                   "The talks resume in May.")
    assert blocks_of(page, "furniture") == ["Share: Facebook | X | Telegram"]
    assert content_texts(page)[-1] == "The talks resume in May."


def test_end_label_above_the_story_does_not_end_the_page() -> None:
    page = page_of("Latest news", HEADLINE, "Ministers signed the agreement on Thursday.")
    assert content_texts(page) == [HEADLINE, "Ministers signed the agreement on Thursday."]


def test_domain_name_masthead_and_strapline_over_a_menu() -> None:
    page = page_of("freedonia-today.com", "The official news site of the Republic of Freedonia",
                   "Home | Politics | Economy | Diplomacy", "DIPLOMACY", HEADLINE,
                   "Ministers signed the agreement on Thursday.")
    assert page.publisher_hint == "freedonia-today.com"
    assert page.headline == HEADLINE
    assert "The official news site of the Republic of Freedonia" in blocks_of(page, "furniture")


# --- read_page: media -----------------------------------------------------------------------------


def test_video_length_then_title_is_one_video_and_the_repeat_is_set_aside() -> None:
    page = page_of(HEADLINE, "Ministers signed the agreement on Thursday.", "03:41",
                   "Qin Gang meets Lavrov in Samarkand for talks", "Qin Gang meets Lavrov in Samarkand for talks",
                   "The talks lasted two days, officials said.")
    assert page.media == [Media(kind="video", title="Qin Gang meets Lavrov in Samarkand for talks",
                                duration="PT3M41S")]
    assert blocks_of(page, "video_title") == ["Qin Gang meets Lavrov in Samarkand for talks"]
    assert blocks_of(page, "furniture") == ["03:41", "Qin Gang meets Lavrov in Samarkand for talks"]
    assert content_texts(page) == [HEADLINE, "Ministers signed the agreement on Thursday.",
                                   "The talks lasted two days, officials said."]


def test_short_video_title_is_still_the_videos_title() -> None:
    # A title of under six words with no full stop is otherwise a label: here the video's title,
    # and the paragraph after it stays a paragraph.
    page = page_of(HEADLINE, "Ministers signed the agreement on Thursday.", "03:41", "Qin meets Lavrov",
                   "Qin meets Lavrov", "The talks lasted two days, officials said.")
    assert page.media == [Media(kind="video", title="Qin meets Lavrov", duration="PT3M41S")]
    assert blocks_of(page, "paragraph") == ["Ministers signed the agreement on Thursday.",
                                            "The talks lasted two days, officials said."]


def test_video_length_with_hours() -> None:
    page = page_of(HEADLINE, "Ministers signed the agreement on Thursday.", "1:02:05",
                   "Full press conference of the two foreign ministers")
    assert page.media == [Media(kind="video", title="Full press conference of the two foreign ministers",
                                duration="PT1H2M5S")]


def test_caption_with_photo_credit_is_an_image() -> None:
    page = page_of(HEADLINE, "Qin Gang speaks to reporters in Samarkand. Photo: EPA-EFE",
                   "Ministers signed the agreement on Thursday.")
    assert page.media == [Media(kind="image", caption="Qin Gang speaks to reporters in Samarkand.", credit="EPA-EFE")]
    assert blocks_of(page, "caption") == ["Qin Gang speaks to reporters in Samarkand."]
    assert content_texts(page) == [HEADLINE, "Ministers signed the agreement on Thursday."]


def test_caption_with_credit_in_brackets() -> None:
    page = page_of(HEADLINE, "Penny Wong and Vivian Balakrishnan in Canberra (Photo: Reuters)",
                   "Ministers signed the agreement on Thursday.")
    assert page.media == [Media(kind="image", caption="Penny Wong and Vivian Balakrishnan in Canberra",
                                credit="Reuters")]


# --- read_page: headline, summary, date, byline, dateline ----------------------------------------------


def test_headline_is_the_first_content_line() -> None:
    page = page_of(HEADLINE, "Ministers signed the agreement on Thursday.")
    assert page.headline == HEADLINE
    assert page.blocks[0] == Block("headline", 0, len(HEADLINE), HEADLINE)


def test_bullets_after_the_headline_are_the_summary() -> None:
    page = page_of(HEADLINE, "  • Ministers met for two days of talks", "  • A free-trade zone is planned",
                   "Ministers signed the agreement on Thursday.")
    assert page.summary == ["Ministers met for two days of talks", "A free-trade zone is planned"]
    assert blocks_of(page, "summary") == page.summary
    assert_offsets_exact(page)


def test_bullets_after_a_paragraph_are_not_the_summary() -> None:
    page = page_of(HEADLINE, "Ministers signed the agreement on Thursday.", "  • They agreed on three points.")
    assert page.summary == []
    assert blocks_of(page, "paragraph") == ["Ministers signed the agreement on Thursday.",
                                            "• They agreed on three points."]


def test_date_line_at_the_top_is_the_publication_date() -> None:
    page = page_of("April 3, 2024", HEADLINE, "Ministers signed the agreement on Wednesday.")
    assert page.published == "2024-04-03"
    assert blocks_of(page, "date") == ["April 3, 2024"]
    assert page.headline == HEADLINE


def test_date_line_with_an_abbreviated_weekday_and_a_last_update_line() -> None:
    page = page_of(HEADLINE, "Sat Mar 8, 2025 09:00 AM", "Last update on: Sat Mar 8, 2025 11:20 AM",
                   "Ministers signed the agreement on Friday.")
    assert page.published == "2025-03-08"
    assert content_texts(page) == [HEADLINE, "Ministers signed the agreement on Friday."]


def test_place_date_and_dash_before_the_first_sentence_is_a_dateline() -> None:
    page = page_of(HEADLINE, "Nairobi, 4 March 2025 - Ministers signed the agreement on Tuesday.")
    assert page.dateline_place == "Nairobi" and page.published == "2025-03-04"
    assert blocks_of(page, "paragraph") == ["Ministers signed the agreement on Tuesday."]
    assert_offsets_exact(page)
    unknown = page_of(HEADLINE, "Trade, jobs and energy - Ministers signed the agreement on Tuesday.")
    assert unknown.dateline_place is None


def test_published_prefix_on_a_date_line() -> None:
    page = page_of(HEADLINE, "Published On 22 Oct 2024", "Ministers signed the agreement on Tuesday.")
    assert page.published == "2024-10-22"


def test_date_line_after_a_byte_order_mark() -> None:
    page = read_page("\ufeffApril 3, 2024\n" + HEADLINE + "\nMinisters signed the agreement on Wednesday.\n")
    assert page.published == "2024-04-03"


def test_masthead_names_the_publisher() -> None:
    page = page_of("The Straits Times", HEADLINE, "Ministers signed the agreement on Thursday.")
    assert page.publisher_hint == "The Straits Times"
    assert blocks_of(page, "furniture") == ["The Straits Times"]


def test_all_capitals_masthead_names_the_publisher() -> None:
    page = page_of("SCMP", HEADLINE, "Ministers signed the agreement on Thursday.")
    assert page.publisher_hint == "SCMP"


def test_byline() -> None:
    page = page_of(HEADLINE, "By Miriam Kessler", "Ministers signed the agreement on Thursday.")
    assert page.byline == ["Miriam Kessler"]
    assert blocks_of(page, "byline") == ["By Miriam Kessler"]


def test_byline_with_two_names() -> None:
    page = page_of(HEADLINE, "By Miriam Kessler and Lim Wei Ling", "Ministers signed the agreement on Thursday.")
    assert page.byline == ["Miriam Kessler", "Lim Wei Ling"]


def test_wire_dateline_names_the_agency_and_the_paragraph_starts_after_the_dash() -> None:
    line = "BERLIN (Reuters) - Germany's foreign minister met her Polish counterpart on Wednesday."
    page = page_of(HEADLINE, line)
    start = len(HEADLINE) + 1
    dash = start + len("BERLIN (Reuters) - ")
    assert page.publisher_hint == "Reuters"
    assert page.dateline_place == "Berlin"
    assert [b for b in page.blocks if b.kind in ("dateline", "paragraph")] == [
        Block("dateline", start, dash, "BERLIN (Reuters) - "),
        Block("paragraph", dash, start + len(line),
              "Germany's foreign minister met her Polish counterpart on Wednesday."),
    ]


def test_dateline_with_a_date_and_a_double_dash() -> None:
    page = page_of(HEADLINE, "TOKYO, June 6 (Kyodo) -- Brazilian President Lula will visit Japan on Monday.")
    assert page.publisher_hint == "Kyodo"
    assert page.dateline_place == "Tokyo"
    assert blocks_of(page, "paragraph") == ["Brazilian President Lula will visit Japan on Monday."]


def test_dateline_agency_does_not_replace_a_publisher_already_named() -> None:
    page = page_of("Why you can trust SCMP", HEADLINE, "BERLIN (Reuters) - Ministers met on Wednesday.")
    assert page.publisher_hint == "SCMP"


def test_scraped_page_reads_as_a_whole() -> None:
    page = page_of("Why you can trust SCMP", "April 3, 2024", HEADLINE, "  • Ministers met for two days of talks",
                   "By Miriam Kessler", "Reading Time:2 minutes", "Advertisement",
                   "BERLIN (Reuters) - Ministers signed the agreement on Wednesday.", "03:41",
                   "Qin Gang meets Lavrov in Samarkand for talks", "Qin Gang meets Lavrov in Samarkand for talks",
                   "Qin Gang speaks to reporters in Samarkand. Photo: EPA-EFE", "71",
                   "The talks lasted two days, officials said.")
    assert [b.kind for b in page.blocks] == ["furniture", "date", "headline", "summary", "byline", "furniture",
                                             "furniture", "dateline", "paragraph", "furniture", "video_title",
                                             "furniture", "caption", "furniture", "paragraph"]
    assert (page.headline, page.published, page.publisher_hint, page.reading_time, page.byline) == (
        HEADLINE, "2024-04-03", "SCMP", "PT2M", ["Miriam Kessler"])
    assert_offsets_exact(page)


# --- read_page: offsets ---------------------------------------------------------------------------


def test_offsets_are_exact_with_indentation_and_blank_lines() -> None:
    page = read_page("\n\n   " + HEADLINE + "  \n\n\t  Ministers signed the agreement on Thursday.\t\n\n")
    assert page.blocks[0] == Block("headline", 5, 5 + len(HEADLINE), HEADLINE)
    assert_offsets_exact(page)


def test_offsets_are_exact_with_non_latin_text_emoji_and_combining_characters() -> None:
    text = (
        "\u3000Sommet à Samarkand : Qin Gang et Sergueï Lavrov \U0001F91D se rencontrent\n"
        "  • 外交部长秦刚 met Сергей Лавров for talks\n"
        "By Miriam Kessler\n"
        "TASHKENT (Reuters) - Qin Gang (秦刚) met Sergey Lavrov (Сергей Лавров) in Samarkand \U0001F1FA\U0001F1FF.\n"
        "Advertisement\n"
        "They dined at a cafe\u0301 near the Registan \U0001F469\u200D\U0001F469\u200D\U0001F467 on Thursday.\n"
        "\u00a0The ministers at the Registan in Самарқанд. Photo: EPA-EFE\u00a0\n"
        "«Мы договорились», — сказал Лавров, and Qin said: “我们同意了。”\n"
    )
    page = read_page(text)
    assert_offsets_exact(page)
    assert page.headline == "Sommet à Samarkand : Qin Gang et Sergueï Lavrov \U0001F91D se rencontrent"
    assert page.summary == ["外交部长秦刚 met Сергей Лавров for talks"]
    assert page.publisher_hint == "Reuters"
    assert blocks_of(page, "paragraph") == [
        "Qin Gang (秦刚) met Sergey Lavrov (Сергей Лавров) in Samarkand \U0001F1FA\U0001F1FF.",
        "They dined at a cafe\u0301 near the Registan \U0001F469\u200D\U0001F469\u200D\U0001F467 on Thursday.",
        "«Мы договорились», — сказал Лавров, and Qin said: “我们同意了。”",
    ]
    assert blocks_of(page, "caption") == ["The ministers at the Registan in Самарқанд."]


def test_plain_text_page_maps_to_itself() -> None:
    text = HEADLINE + "\nMinisters signed the agreement on Thursday.\n"
    page = read_article_text(text)
    assert page.source == page.text == text
    assert page.offsets is None
    assert page.to_source(3, 9) == (3, 9)


# --- HTML pages -----------------------------------------------------------------------------------

HTML_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<title>Ministers meet in Tashkent | Example News</title>
<meta property="og:title" content="Ministers meet in Tashkent">
<meta property="article:published_time" content="2024-09-17T08:10:00+03:00">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ministers meet in Tashkent",
 "datePublished": "2024-09-17T08:10:00+03:00",
 "publisher": {"@type": "Organization", "name": "Example News"}}
</script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World news and analysis from the region.</a></nav>
<article>
<h1>Ministers meet in Tashkent</h1>
<p>The foreign ministers of Uzbekistan &amp; Kazakhstan met on Monday in Tashkent, and it&rsquo;s the first
such visit in a decade.</p>
<p>Qin Gang (秦刚) joined Sergey Lavrov (Сергей Лавров) 🤝 at the cafe\u0301 later that day.</p>
<figure><img src="a.jpg" alt=""><figcaption>The ministers shake hands in Tashkent. Photo: AFP</figcaption></figure>
</article>
<footer><p>Copyright 2024 Example News. All rights reserved by the publisher.</p></footer>
</body>
</html>
"""


@pytest.fixture(scope="module")
def html_page() -> Page:
    return read_article_text(HTML_PAGE, "tashkent.html")


def test_html_headline(html_page: Page) -> None:
    assert html_page.headline == "Ministers meet in Tashkent"
    assert blocks_of(html_page, "headline") == ["Ministers meet in Tashkent"]


def test_html_published_date_is_the_local_date(html_page: Page) -> None:
    assert html_page.published == "2024-09-17"


def test_html_publisher_from_json_ld(html_page: Page) -> None:
    assert html_page.publisher_hint == "Example News"


def test_html_source_is_the_html(html_page: Page) -> None:
    assert html_page.source == HTML_PAGE


def test_html_entities_are_rendered(html_page: Page) -> None:
    assert blocks_of(html_page, "paragraph")[0] == (
        "The foreign ministers of Uzbekistan & Kazakhstan met on Monday in Tashkent, and it’s the first "
        "such visit in a decade.")


def test_html_figcaption_is_an_image_with_its_credit(html_page: Page) -> None:
    assert html_page.media == [Media(kind="image", caption="The ministers shake hands in Tashkent.", credit="AFP")]


def test_html_nav_and_footer_are_not_content(html_page: Page) -> None:
    content = " ".join(b.text for b in html_page.blocks if b.kind != "furniture")
    assert "World news" not in content
    assert "Home" not in content
    assert "Copyright" not in content
    assert "World news" not in html_page.text
    assert "Copyright" not in html_page.text


def test_html_block_offsets_are_exact_in_the_rendered_text(html_page: Page) -> None:
    assert_offsets_exact(html_page)


def test_html_blocks_map_back_into_the_html(html_page: Page) -> None:
    blocks = html_page.content("headline", "paragraph", "caption")
    assert [b.kind for b in blocks] == ["headline", "paragraph", "paragraph", "caption"]
    for block in blocks:
        start, end = html_page.to_source(block.start, block.end)
        assert HTML_PAGE[start] == block.text[0], block
        assert HTML_PAGE[end - 1] == block.text[-1], block
        assert " ".join(htmllib.unescape(HTML_PAGE[start:end]).split()) == block.text, block


def test_html_non_latin_paragraph_maps_to_the_same_characters(html_page: Page) -> None:
    block = html_page.content("paragraph")[1]
    start, end = html_page.to_source(block.start, block.end)
    assert HTML_PAGE[start:end] == block.text == (
        "Qin Gang (秦刚) joined Sergey Lavrov (Сергей Лавров) 🤝 at the cafe\u0301 later that day.")


def test_html_entity_maps_to_the_whole_entity(html_page: Page) -> None:
    block = html_page.content("paragraph")[0]
    amp = block.start + block.text.index("&")
    start, end = html_page.to_source(amp, amp + 1)
    assert HTML_PAGE[start:end] == "&amp;"


def test_html_line_break_inside_a_paragraph_renders_as_a_space(html_page: Page) -> None:
    block = html_page.content("paragraph")[0]
    assert "the first such visit" in block.text


def test_html_block_ending_in_an_entity_maps_to_the_whole_entity() -> None:
    source = ("<html><body><article><h1>Ministers meet in Tashkent</h1>"
              "<p>&ldquo;We agreed on water,&rdquo; the minister said.&rdquo;</p></article></body></html>")
    page = read_article_text(source)
    block = page.content("paragraph")[0]
    start, end = page.to_source(block.start, block.end)
    assert source[start:end] == "&ldquo;We agreed on water,&rdquo; the minister said.&rdquo;"


def test_html_block_starting_with_an_entity_maps_from_the_entity() -> None:
    source = ("<html><body><article><h1>Ministers meet in Tashkent</h1>"
              "<p>&ldquo;We agreed on water,&rdquo; the minister said.</p></article></body></html>")
    page = read_article_text(source)
    block = page.content("paragraph")[0]
    start, end = page.to_source(block.start, block.end)
    assert block.text == "“We agreed on water,” the minister said."
    assert source[start:end] == "&ldquo;We agreed on water,&rdquo; the minister said."


def test_html_published_from_meta_without_json_ld() -> None:
    source = ("<html><head><meta property=\"og:title\" content=\"Ministers meet in Tashkent\">"
              "<meta property=\"article:published_time\" content=\"2024-09-17T08:10:00+03:00\">"
              "<meta property=\"og:site_name\" content=\"Example News\"></head>"
              "<body><article><h1>Ministers meet in Tashkent</h1><p>The ministers met on Monday.</p>"
              "</article></body></html>")
    page = read_article_text(source)
    assert (page.headline, page.published, page.publisher_hint) == (
        "Ministers meet in Tashkent", "2024-09-17", "Example News")


def test_html_without_article_sets_nav_aside_and_footer_aside() -> None:
    source = """<html><head><title>Ministers meet</title></head><body>
<nav><p>Sign up for our newsletter today.</p></nav>
<h1>Ministers meet in Tashkent on water</h1>
<p>The ministers met on Monday.</p>
<aside><p>Another story about trade is here.</p></aside>
<footer><p>Copyright belongs to the site owner.</p></footer>
</body></html>"""
    page = read_article_text(source)
    assert page.headline == "Ministers meet in Tashkent on water"
    assert content_texts(page) == ["Ministers meet in Tashkent on water", "The ministers met on Monday."]
    for words in ("newsletter", "Another story", "Copyright"):
        assert words not in page.text


def test_html_lines_before_the_headline_are_furniture() -> None:
    source = ("<html><head><meta property=\"og:title\" content=\"Ministers meet in Tashkent\"></head><body>"
              "<div>Breaking news from the whole region today.</div>"
              "<h1>Ministers meet in Tashkent</h1><p>The ministers met on Monday.</p></body></html>")
    page = read_article_text(source)
    assert blocks_of(page, "furniture") == ["Breaking news from the whole region today."]
    assert content_texts(page) == ["Ministers meet in Tashkent", "The ministers met on Monday."]


def test_html_line_without_a_sentence_ending_is_furniture() -> None:
    source = ("<html><body><article><h1>Ministers meet in Tashkent</h1><p>The ministers met on Monday.</p>"
              "<ul><li>Central Asia diplomacy water rights Uzbekistan Kazakhstan</li></ul></article></body></html>")
    page = read_article_text(source)
    assert blocks_of(page, "paragraph") == ["The ministers met on Monday."]
    assert "Central Asia diplomacy water rights Uzbekistan Kazakhstan" in blocks_of(page, "furniture")


def test_html_page_with_no_text_raises() -> None:
    with pytest.raises(InputError, match=r"empty\.html: the HTML page has no article text"):
        read_article_text("<html><body><nav>Home</nav></body></html>", "empty.html")


def test_html_page_with_no_article_paragraph_raises() -> None:
    with pytest.raises(InputError, match=r"menu\.html: the HTML page has no article text"):
        read_article_text("<html><body><h1>Ministers meet in Tashkent</h1><p>Menu</p></body></html>", "menu.html")


def test_a_masthead_with_a_small_word_is_the_publisher_not_the_headline() -> None:
    page = page_of("Northland and Southland Newsday", "News | Politics | Sport", "",
                   "Minister to visit the islands next week", "", "The minister will visit the islands next week.")
    assert page.publisher_hint == "Northland and Southland Newsday"
    assert page.headline == "Minister to visit the islands next week"


def test_an_outlet_name_under_the_headline_is_the_publisher() -> None:
    page = page_of("Leaders adopt a declaration at a summit", "", "Harbour Online", "",
                   "Leaders adopted a declaration on Sunday.")
    assert page.publisher_hint == "Harbour Online"
    assert page.headline == "Leaders adopt a declaration at a summit"


def test_a_related_line_with_links_ends_the_article() -> None:
    page = page_of("Leaders adopt a declaration at a summit", "", "Leaders adopted a declaration on Sunday.", "",
                   "Related Press Releases: Secretary holds consultations with Ruritania | Other talks")
    assert all("Ruritania" not in b.text for b in page.content())


def test_a_masthead_with_its_outlet_word_first_is_the_publisher() -> None:
    page = page_of("Agence de Presse Ruritanienne", "Home | Politics | Sport", "",
                   "President to visit the islands next week", "", "The president will visit the islands.")
    assert page.publisher_hint == "Agence de Presse Ruritanienne"
    assert page.headline == "President to visit the islands next week"


def test_a_masthead_in_capitals_is_the_publisher_in_name_case() -> None:
    page = page_of("NORTHPORT EVENING TIMES", "World", "", "Ministers meet on river tolls in the capital", "",
                   "Ministers met on Friday.")
    assert page.publisher_hint == "Northport Evening Times"
    assert page.headline == "Ministers meet on river tolls in the capital"


def test_a_government_masthead_in_capitals_is_the_publisher() -> None:
    page = page_of("GOVERNMENT OF THE REPUBLIC OF RURITANIA", "Home | Government | News", "",
                   "Prime ministers discuss energy in a telephone conversation", "", "The prime ministers spoke.")
    assert page.publisher_hint == "Government of the Republic of Ruritania"


def test_a_release_opening_with_its_ministry_is_prose_not_a_masthead() -> None:
    page = page_of("The Ministry of Foreign Affairs, its spokesperson said on Monday, will host the talks.", "",
                   "The talks will open in Lima.")
    assert page.publisher_hint is None


def test_a_short_line_with_a_menu_under_it_is_not_the_headline() -> None:
    # an unknown masthead, then a strapline between the masthead and the menu
    page = page_of("Harbour Courier", "", "Home | News | Politics | Sport", "", "Leaders agree to keep the border open",
                   "", "The leaders agreed on Thursday.")
    assert page.publisher_hint == "Harbour Courier"
    assert page.headline == "Leaders agree to keep the border open"
    page = page_of("Harbour Times", "Breaking news and views", "Home | News | Politics", "Advertisement",
                   "Leaders agree to keep the border open round the clock", "", "The leaders agreed on Thursday.")
    assert page.headline == "Leaders agree to keep the border open round the clock"


def test_a_breadcrumb_under_a_long_headline_leaves_it_the_headline() -> None:
    page = page_of("Ministers agree to meet on the sidelines of the summit next month", "", "All News | Diplomacy",
                   "", "The ministers agreed on Wednesday.")
    assert page.headline == "Ministers agree to meet on the sidelines of the summit next month"


def test_read_also_ends_the_article() -> None:
    page = page_of("Leaders adopt a declaration at a summit", "", "Leaders adopted a declaration on Sunday.", "",
                   "Read also", "Prime Minister Someone receives a delegation of the Fund")
    assert all("Someone" not in b.text for b in page.content())


def test_a_dateline_with_a_day_before_the_agency_names_the_place() -> None:
    page = page_of("Leaders adopt a declaration at a summit", "",
                   "Dakar, 11 July (XYZ) – Leaders adopted a declaration on Sunday.")
    assert page.dateline_place == "Dakar"


# Pages as people save them: mastheads, breadcrumbs, release numbers, bylines run on into the
# outlet, datelines, copyright lines, date and reading-time bars, photo credits.

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


def test_a_one_word_masthead_over_its_strapline_and_menu_is_the_publisher() -> None:
    page = page_of("HARBOURSIDE", "The Coast's Own Paper", "Home | News | Business | Sports",
                   "Ministers agree to open a new border post", "The two ministers met on Monday.")
    assert page.publisher_hint == "Harbourside"
    assert page.headline == "Ministers agree to open a new border post"
    page = page_of("Sentinel", "Truth every day", "News | Politics | Sports",
                   "Ministers agree to open a new border post", "The two ministers met on Monday.")
    assert page.publisher_hint == "Sentinel"


def test_a_menu_word_over_a_menu_is_no_publisher() -> None:
    page = page_of("Menu", "News | Politics | Sports", "Ministers agree to open a new border post",
                   "The two ministers met on Monday.")
    assert page.publisher_hint is None


def test_a_summary_label_and_its_bullets() -> None:
    page = page_of("Ministers agree to open a new border post", "What you need to know:",
                   "- The two ministers met in Lima on Monday.", "- They signed a customs accord.",
                   "By Ann Vale", "The two ministers met on Monday.")
    assert page.summary == ["The two ministers met in Lima on Monday.", "They signed a customs accord."]
    assert page.byline == ["Ann Vale"]


def test_a_credit_after_a_bar_under_a_caption() -> None:
    page = page_of("Ministers agree to open a new border post",
                   "Minister Ann Vale (right) welcomes her counterpart in Lima on Tuesday. PHOTO | FILE",
                   "The two ministers met on Monday.")
    assert page.media == [Media(kind="image", caption="Minister Ann Vale (right) welcomes her counterpart in Lima "
                                "on Tuesday.", credit="FILE")]


def test_a_date_line_with_the_time_it_was_updated_is_a_date() -> None:
    page = page_of("Ministers agree to open a new border post",
                   "Wednesday, March 04, 2026 — updated on March 04, 2026 at 07:10 AM",
                   "The two ministers met on Monday.")
    assert page.published == "2026-03-04"
    assert [b.text for b in page.content("paragraph")] == ["The two ministers met on Monday."]


def test_a_wire_byline_and_end_line_name_the_agency() -> None:
    page = page_of("Ministers agree to open a new border post", "By Ann Vale, The Harbour Press",
                   "The two ministers met on Monday.",
                   "This report by The Harbour Press was first published March 4, 2026.")
    assert page.publisher_hint == "The Harbour Press"
    assert page.byline == ["Ann Vale"]
    assert [b.text for b in page.content("paragraph")] == ["The two ministers met on Monday."]


def test_an_agency_dateline_with_a_full_stop_before_the_dash() -> None:
    page = page_of("Ministers agree to open a new border post",
                   "Montevideo, Nov 18 (EFE).- The two ministers met on Monday.")
    assert page.dateline_place == "Montevideo"
    assert page.publisher_hint == "EFE"


def test_a_copyright_line_with_the_year_after_the_agency() -> None:
    page = page_of("Ministers agree to open a new border post", "The two ministers met on Monday.",
                   "(c) EFE 2025. All rights reserved.")
    assert page.publisher_hint == "EFE"


def test_a_byline_run_on_into_a_press_agency_is_no_masthead() -> None:
    page = page_of("Ministers agree to open a new border post", "By ANN VALE Harbour Press",
                   "The two ministers met on Monday.")
    assert page.publisher_hint == "Harbour Press"
    assert page.byline == ["Ann Vale"]


def test_a_credit_line_above_its_caption() -> None:
    page = page_of("Ministers sign an accord", "Photo: Harbour Press Office",
                   "Minister Ann Vale (right) and her counterpart Tom Lee display the signed accord on Monday.",
                   "The minister met his counterpart on Monday and they signed an accord.")
    assert page.media == [Media(kind="image", caption="Minister Ann Vale (right) and her counterpart Tom Lee display "
                                "the signed accord on Monday.", credit="Harbour Press Office")]
    assert blocks_of(page, "paragraph") == ["The minister met his counterpart on Monday and they signed an accord."]


def test_a_credit_line_over_the_lead_leaves_the_lead() -> None:
    page = page_of("Ministers sign an accord", "Photo: Harbour Press Office",
                   "The minister met his counterpart on Monday and they signed an accord.")
    assert page.media == []
    assert blocks_of(page, "paragraph") == ["The minister met his counterpart on Monday and they signed an accord."]


def test_a_caption_ending_with_the_agencys_photo_credit() -> None:
    page = page_of("Ministers sign an accord",
                   "Minister Ann Vale meets her counterpart in Lima on Monday (Harbour photo)",
                   "The minister met his counterpart on Monday.")
    assert page.media == [Media(kind="image", caption="Minister Ann Vale meets her counterpart in Lima on Monday",
                                credit="Harbour")]


@pytest.mark.parametrize("heading", ["Summary:", "Story Highlights"])
def test_bullets_under_a_summary_heading_are_the_summary(heading: str) -> None:
    page = page_of("Ministers sign an accord", "Photo: Harbour Press Office",
                   "Minister Ann Vale (left) greets her counterpart in Lima.", heading,
                   "- The accord covers trade.", "- The minister ends her visit today.",
                   "The minister met his counterpart on Monday.")
    assert page.summary == ["The accord covers trade.", "The minister ends her visit today."]


def test_an_agency_first_dateline_under_a_deck() -> None:
    page = page_of("Harbour states to deepen port cooperation - Vale",
                   "Visiting minister dines with premier at the palace",
                   "(HNA) - LIMA, OCT 9 - Peru and Chile have agreed to deepen port cooperation, minister Ann Vale "
                   "said on Thursday.",
                   "The two ministers met in the capital.")
    assert page.dateline_place == "Lima"
    assert page.publisher_hint == "HNA"
    assert blocks_of(page, "dateline") == ["(HNA) - LIMA, OCT 9 - "]
    assert content_texts(page)[2].startswith("Peru and Chile")


def test_a_copyright_line_after_all_rights_reserved() -> None:
    page = page_of(HEADLINE, "The two ministers met in the capital on Thursday.",
                   "ALL RIGHTS RESERVED © Copyright AFP")
    assert page.publisher_hint == "AFP"


def test_a_bar_of_place_date_agency_time_and_reading_time() -> None:
    page = page_of("Harbour Agency", "Home | World | Region", HEADLINE,
                   "Lima, 4 October 2025 (HNA) | 11:02 | 4 min read",
                   "- Ministers call for a firm date for the new corridor",
                   "- Vale and Lee hold their first meeting in a year",
                   "The two ministers met in Lima on Friday.")
    assert page.dateline_place == "Lima"
    assert page.published == "2025-10-04"
    assert page.reading_time == "PT4M"
    assert page.summary == ["Ministers call for a firm date for the new corridor",
                            "Vale and Lee hold their first meeting in a year"]
    assert content_texts(page)[-1] == "The two ministers met in Lima on Friday."


def test_a_bar_with_a_word_of_prose_is_no_date_line() -> None:
    page = page_of(HEADLINE, "Lima, 4 October 2025 | talks went well | 4 min read",
                   "The two ministers met in Lima on Friday.")
    assert "Lima, 4 October 2025 | talks went well | 4 min read" not in blocks_of(page, "date")


@pytest.mark.parametrize("dateline", ["LIMA: ", "LIMA, March 12: ", "Lima, Nov. 16 (PNA): ", "Lima, March 12 (PNA) – ",
                                      "Lima, Nov 18 (PNA).- ", "Lima, June 13 /PNA/. ", "LIMA, JUNE 10, PNA. ",
                                      "Lima, 06.06.2025 – ", "Lima (PNA) - "])
def test_datelines_of_every_form_are_set_apart(dateline: str) -> None:
    page = page_of(HEADLINE, dateline + "The foreign ministers of Peru and Chile met on Tuesday to discuss trade.")
    assert page.dateline_place == "Lima"
    assert blocks_of(page, "dateline") == [dateline]
    assert content_texts(page)[1].startswith("The foreign ministers")


def test_a_dateline_with_a_numeric_date_gives_the_day() -> None:
    page = page_of(HEADLINE, "Lima, 06.03.2025 – The foreign ministers of Peru and Chile met on Tuesday.")
    assert page.published == "2025-03-06"


@pytest.mark.parametrize("lead", ["Analysis: The foreign ministers met on Tuesday.",
                                  "VGP – The foreign ministers met on Tuesday.",
                                  "Lima. The foreign ministers met on Tuesday.",
                                  "Reuters, March 12: The foreign ministers met on Tuesday."])
def test_a_word_before_a_colon_or_dash_that_is_no_place_is_no_dateline(lead: str) -> None:
    page = page_of(HEADLINE, lead)
    assert page.dateline_place is None and not blocks_of(page, "dateline")


@pytest.mark.parametrize(("line", "credit"), [
    ("Ministers shake hands in Lima on Tuesday. REUTERS/Ann Vale", "REUTERS/Ann Vale"),
    ("Ministers shake hands in Lima on Tuesday. (AP Photo/Ann Vale)", "AP Photo/Ann Vale"),
    ("Ministers shake hands in Lima on Tuesday. — Photo: Ann Vale", "Ann Vale"),
])
def test_wire_photo_credits_after_a_caption(line: str, credit: str) -> None:
    page = page_of(HEADLINE, line, "The foreign ministers of Peru and Chile met in Lima on Tuesday.")
    assert page.media == [Media(kind="image", caption="Ministers shake hands in Lima on Tuesday.", credit=credit)]


def test_a_sentence_ending_with_a_slashed_pair_is_no_caption() -> None:
    page = page_of(HEADLINE, "The ministers met in Lima on Tuesday and discussed the route Lima/Santiago.")
    assert not page.media


@pytest.mark.parametrize("lines", [["Minister speaks on the trade deal (1:45)"],
                                   ["Video duration 1:45", "Minister speaks on the trade deal"]])
def test_a_video_title_with_its_length(lines: list[str]) -> None:
    page = page_of(HEADLINE, "The foreign ministers of Peru and Chile met in Lima on Tuesday.", *lines,
                   "They will meet again in May.")
    assert page.media == [Media(kind="video", title="Minister speaks on the trade deal", duration="PT1M45S")]
    assert content_texts(page)[-1] == "They will meet again in May."


def test_a_sentence_ending_with_a_time_in_brackets_is_no_video() -> None:
    page = page_of(HEADLINE, "The ministers met in Lima at noon (12:00).")
    assert not page.media


def test_reuters_style_credits_are_furniture() -> None:
    page = page_of(HEADLINE, "The foreign ministers of Peru and Chile met in Lima on Tuesday.",
                   "Reporting by Ann Vale in Lima; Editing by Tom Lee")
    assert blocks_of(page, "furniture") == ["Reporting by Ann Vale in Lima; Editing by Tom Lee"]


@pytest.mark.parametrize(("line", "minutes"), [("READ TIME: 3 MIN", "PT3M"), ("3 min reading", "PT3M")])
def test_more_reading_time_forms(line: str, minutes: str) -> None:
    page = page_of(HEADLINE, line, "The foreign ministers of Peru and Chile met in Lima on Tuesday.")
    assert page.reading_time == minutes


@pytest.mark.parametrize(("line", "day"), [("12.03.2025", "2025-03-12"), ("2025/03/12", "2025-03-12")])
def test_numeric_date_lines(line: str, day: str) -> None:
    page = page_of(HEADLINE, line, "The foreign ministers of Peru and Chile met in Lima on Tuesday.")
    assert page.published == day and blocks_of(page, "date") == [line]


@pytest.mark.parametrize("line", ["By Ann Vale | March 12, 2025", "By Ann Vale, 12 March 2025"])
def test_a_byline_with_the_date(line: str) -> None:
    page = page_of(HEADLINE, line, "The foreign ministers of Peru and Chile met in Lima on Tuesday.")
    assert page.byline == ["Ann Vale"] and page.published == "2025-03-12"
    assert content_texts(page) == [HEADLINE, "The foreign ministers of Peru and Chile met in Lima on Tuesday."]


def test_a_bar_parted_by_middle_dots_gives_the_byline_date_and_reading_time() -> None:
    page = page_of(HEADLINE, "By Ann Vale · 12 March 2025 06:22 pm · 3 mins read · 4 Comments",
                   "The foreign ministers of Peru and Chile met in Lima on Tuesday.")
    assert page.reading_time == "PT3M" and page.byline == ["Ann Vale"] and page.published == "2025-03-12"
    assert content_texts(page) == [HEADLINE, "The foreign ministers of Peru and Chile met in Lima on Tuesday."]


def test_a_bar_of_labelled_fields_is_furniture() -> None:
    line = "Division : Trade Policy Division | Contact : +1-555-0100"
    page = page_of(HEADLINE, line, "The foreign ministers of Peru and Chile met in Lima on Tuesday.")
    assert blocks_of(page, "furniture") == [line]


def test_a_subscription_notice_under_the_story_is_furniture() -> None:
    line = ("Example Agency's website carries only some of the stories offered to subscribers of its wire. "
            "Please contact us for subscription options.")
    page = page_of(HEADLINE, "The foreign ministers of Peru and Chile met in Lima on Tuesday.", line)
    assert blocks_of(page, "furniture") == [line]


def test_a_wire_dateline_without_a_dash_names_the_publisher() -> None:
    page = page_of(HEADLINE, "Lima, Mar 11 (Reuters) The foreign ministers of Peru and Chile met on Tuesday.")
    assert page.publisher_hint == "Reuters" and page.dateline_place == "Lima"


def test_html_list_items_under_the_headline_are_the_summary_points() -> None:
    page = read_article_text(
        "<!DOCTYPE html><html><head><title>T</title></head><body><article>"
        "<h1>Peru and Chile sign a port agreement in Lima</h1>"
        "<ul class='highlights'><li>The two ministers met for the first time since 2019</li>"
        "<li>Chile offers Peru the use of its northern port</li></ul>"
        "<ul class='share'><li>Facebook</li><li>X</li></ul>"
        "<p>The foreign ministers of Peru and Chile met in Lima on Tuesday.</p>"
        "<ul><li>A list item inside the story, with no ending</li></ul>"
        "</article></body></html>", "lima.html")
    assert page.summary == ["The two ministers met for the first time since 2019",
                            "Chile offers Peru the use of its northern port"]


def test_a_bilingual_government_masthead_and_a_from_line() -> None:
    page = page_of("Government of Freedonia / Gouvernement de la Freedonie", "Freedonia.gov > Trade Office > News",
                   "Minister Berg to travel to Ruritania to deepen trade and mining ties", "From: Trade Office",
                   "News release", "Ministers will sign the agreement on Thursday.")
    assert page.headline == "Minister Berg to travel to Ruritania to deepen trade and mining ties"
    assert page.publisher_hint == "Trade Office"
