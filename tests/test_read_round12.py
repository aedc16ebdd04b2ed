"""Reader rules from the twelfth round: a government's masthead with an article before it, in
French ('LE GOUVERNEMENT DU ...'), and a broadcaster's masthead with an ampersand under its
initials. All on invented pages."""

from __future__ import annotations

from diplograph.read import read_page


def page_of(*lines: str):  # type: ignore[no-untyped-def]
    return read_page("\n".join(lines) + "\n")


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
