"""Reference lookups: countries, nationality adjectives, capitals, cities, outlets, titles."""

from __future__ import annotations

import pytest

from diplograph.reference import City, Country, Gazetteer, gazetteer


@pytest.fixture(scope="module")
def places() -> Gazetteer:
    return gazetteer()


# --- nationality adjectives -----------------------------------------------------------------------


def test_demonym_chinese_is_china(places: Gazetteer) -> None:
    # "the Chinese foreign minister"
    assert places.country_of_demonym("Chinese") == Country("CN", "China")


def test_demonym_uzbek_is_uzbekistan(places: Gazetteer) -> None:
    assert places.country_of_demonym("Uzbek") == Country("UZ", "Uzbekistan")


def test_demonym_lookup_ignores_case(places: Gazetteer) -> None:
    assert places.country_of_demonym("chinese") == Country("CN", "China")


@pytest.mark.parametrize(("demonym", "code"), [("Russian", "RU"), ("American", "US"), ("British", "GB"),
                                               ("South Korean", "KR"), ("North Korean", "KP")])
def test_demonym_country_codes(places: Gazetteer, demonym: str, code: str) -> None:
    country = places.country_of_demonym(demonym)
    assert country is not None
    assert country.code == code


@pytest.mark.parametrize("demonym", ["Korean", "Koreans", "Congolese", "Dominican"])
def test_ambiguous_demonym_is_none(places: Gazetteer, demonym: str) -> None:
    # "the Korean minister" does not say which Korea.
    assert places.country_of_demonym(demonym) is None


# --- country names --------------------------------------------------------------------------------


def test_official_name_russian_federation_is_russia(places: Gazetteer) -> None:
    assert places.country("Russian Federation") == Country("RU", "Russia")


def test_country_lookup_collapses_whitespace_and_case(places: Gazetteer) -> None:
    assert places.country("russian   federation") == Country("RU", "Russia")


@pytest.mark.parametrize("name", ["U.S.", "US", "USA", "United States", "the United States",
                                  "United States of America"])
def test_united_states_variants(places: Gazetteer, name: str) -> None:
    assert places.country(name) == Country("US", "United States")


@pytest.mark.parametrize("name", ["UK", "U.K.", "the UK", "United Kingdom", "Britain", "Great Britain"])
def test_united_kingdom_variants(places: Gazetteer, name: str) -> None:
    assert places.country(name) == Country("GB", "United Kingdom")


@pytest.mark.parametrize(("name", "code"), [("Viet Nam", "VN"), ("Vietnam", "VN"), ("Türkiye", "TR"),
                                            ("the Philippines", "PH"), ("People's Republic of China", "CN")])
def test_country_name_variants(places: Gazetteer, name: str, code: str) -> None:
    country = places.country(name)
    assert country is not None
    assert country.code == code


@pytest.mark.parametrize("name", ["Korea", "Congo"])
def test_ambiguous_country_name_is_none(places: Gazetteer, name: str) -> None:
    assert places.country(name) is None


def test_a_city_is_not_a_country(places: Gazetteer) -> None:
    assert places.country("Samarkand") is None


# --- capitals -------------------------------------------------------------------------------------


def test_beijing_is_the_capital_of_china(places: Gazetteer) -> None:
    # "Beijing said on Thursday ..." speaks for China.
    assert places.country_of_capital("Beijing") == Country("CN", "China")


@pytest.mark.parametrize(("capital", "code"), [("Moscow", "RU"), ("Tashkent", "UZ"), ("Washington", "US"),
                                               ("New Delhi", "IN")])
def test_capital_country_codes(places: Gazetteer, capital: str, code: str) -> None:
    country = places.country_of_capital(capital)
    assert country is not None
    assert country.code == code


def test_a_city_that_is_not_a_capital_has_no_country_of_capital(places: Gazetteer) -> None:
    assert places.country_of_capital("Samarkand") is None


def test_capital_claimed_by_two_countries_is_none(places: Gazetteer) -> None:
    # Oranjestad: Aruba and the Caribbean Netherlands in the data.
    assert places.country_of_capital("Oranjestad") is None


# --- cities ---------------------------------------------------------------------------------------


def test_samarkand_is_in_uzbekistan(places: Gazetteer) -> None:
    city = places.city("Samarkand")
    assert city is not None
    assert (city.name, city.country) == ("Samarkand", "UZ")


def test_paris_is_the_french_capital(places: Gazetteer) -> None:
    city = places.city("Paris")
    assert city is not None
    assert (city.name, city.country) == ("Paris", "FR")


def test_washington_is_the_us_city_not_the_english_town(places: Gazetteer) -> None:
    # Washington, Tyne and Wear (GB, ~67,000) is in the data too: the most populous wins.
    assert places.city("Washington") == City("Washington", "US", 689545)


def test_birmingham_is_the_english_city_not_alabamas(places: Gazetteer) -> None:
    city = places.city("Birmingham")
    assert city is not None
    assert city.country == "GB"


def test_alternate_spelling_finds_the_city(places: Gazetteer) -> None:
    city = places.city("Samarqand")
    assert city is not None
    assert (city.name, city.country, city.population) == ("Samarqand", "UZ", 595200)


def test_unknown_city_is_none(places: Gazetteer) -> None:
    assert places.city("Nowhereville") is None


# --- outlets --------------------------------------------------------------------------------------


def test_outlet_scmp_is_the_south_china_morning_post(places: Gazetteer) -> None:
    assert places.outlet("SCMP") == ("South China Morning Post", ["SCMP"])


def test_outlet_full_name_lists_its_short_name(places: Gazetteer) -> None:
    assert places.outlet("South China Morning Post") == ("South China Morning Post", ["SCMP"])


def test_outlet_ap_is_the_associated_press(places: Gazetteer) -> None:
    assert places.outlet("AP") == ("Associated Press", ["AP", "The Associated Press"])


def test_unknown_outlet_maps_to_itself(places: Gazetteer) -> None:
    assert places.outlet("The Daily Planet") == ("The Daily Planet", [])


# --- titles ---------------------------------------------------------------------------------------


def test_titles_hold_the_diplomatic_titles(places: Gazetteer) -> None:
    assert {"Foreign Minister", "Secretary of State", "External Affairs Minister"} <= set(places.titles)


def test_titles_skip_comment_lines(places: Gazetteer) -> None:
    assert not any(title.startswith("#") for title in places.titles)


def test_titles_list_a_longer_title_before_a_title_it_contains(places: Gazetteer) -> None:
    titles = places.titles
    assert titles.index("Deputy Foreign Minister") < titles.index("Foreign Minister")
    assert not [(a, b) for i, a in enumerate(titles) for b in titles[i + 1:] if a in b]
