"""Dates as articles print them, resolved against the publication date (``diplograph.dates``).

Most tests read the phrase as a Friday paper would: published Friday 14 April 2023.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplograph.dates import add_days, duration_days, resolve_date

FRIDAY = "2023-04-14"


# --- weekdays ---------------------------------------------------------------------------------


def test_past_weekday_is_the_latest_one_before_publication() -> None:
    # "Qin met Lavrov on Thursday" in Friday's paper: yesterday.
    assert resolve_date("on Thursday", FRIDAY) == "2023-04-13"


def test_past_weekday_named_on_its_own_day_is_the_publication_day() -> None:
    assert resolve_date("Friday", FRIDAY) == "2023-04-14"


def test_past_weekday_earlier_in_the_week_goes_back_within_the_week() -> None:
    # "talks on Monday" read on Friday: four days earlier, not next week.
    assert resolve_date("on Monday", FRIDAY) == "2023-04-10"


def test_past_sunday_read_on_friday_is_the_sunday_before() -> None:
    assert resolve_date("on Sunday", FRIDAY) == "2023-04-09"


def test_future_weekday_is_the_next_one_after_publication() -> None:
    # "Qin will travel to Moscow on Sunday": two days ahead.
    assert resolve_date("on Sunday", FRIDAY, future=True) == "2023-04-16"


def test_future_weekday_named_on_its_own_day_is_a_week_ahead() -> None:
    # "will meet again on Friday" in a Friday paper cannot mean today.
    assert resolve_date("on Friday", FRIDAY, future=True) == "2023-04-21"


def test_last_weekday_named_on_its_own_day_is_a_week_back() -> None:
    assert resolve_date("last Friday", FRIDAY) == "2023-04-07"


def test_next_weekday_is_ahead_even_in_a_past_clause() -> None:
    assert resolve_date("next Monday", FRIDAY) == "2023-04-17"


def test_weekday_with_a_part_of_the_day_resolves_to_that_day() -> None:
    assert resolve_date("Thursday afternoon", FRIDAY) == "2023-04-13"


def test_weekday_is_read_regardless_of_case_and_comma() -> None:
    assert resolve_date("On Thursday,", FRIDAY) == "2023-04-13"


def test_publication_date_may_be_given_as_a_date_object() -> None:
    assert resolve_date("on Thursday", dt.date(2023, 4, 14)) == "2023-04-13"


# --- today, yesterday, tomorrow -----------------------------------------------------------------


@pytest.mark.parametrize(("phrase", "expected"), [
    ("today", "2023-04-14"),
    ("earlier today", "2023-04-14"),
    ("this morning", "2023-04-14"),
    ("tonight", "2023-04-14"),
    ("yesterday", "2023-04-13"),
    ("last night", "2023-04-13"),
    ("tomorrow", "2023-04-15"),
])
def test_days_relative_to_publication(phrase: str, expected: str) -> None:
    assert resolve_date(phrase, FRIDAY) == expected


def test_tomorrow_crosses_a_year_boundary() -> None:
    assert resolve_date("tomorrow", "2023-12-31") == "2024-01-01"


# --- months -------------------------------------------------------------------------------------


def test_last_month_is_the_month_before_publication_at_month_precision() -> None:
    assert resolve_date("last month", FRIDAY) == "2023-03"


def test_last_month_in_january_is_december_of_the_year_before() -> None:
    assert resolve_date("last month", "2024-01-10") == "2023-12"


def test_next_month_in_december_is_january_of_the_year_after() -> None:
    assert resolve_date("next month", "2023-12-10") == "2024-01"


def test_last_year_is_the_year_before_publication() -> None:
    assert resolve_date("last year", FRIDAY) == "2022"


def test_month_after_publication_in_a_past_clause_is_last_years() -> None:
    # "The two ministers last met in October" read in April 2023: October 2022.
    assert resolve_date("in October", FRIDAY) == "2022-10"


def test_month_after_publication_in_a_future_clause_is_this_years() -> None:
    # "Lavrov will visit Beijing in October": October 2023.
    assert resolve_date("in October", FRIDAY, future=True) == "2023-10"


def test_month_before_publication_in_a_future_clause_is_next_years() -> None:
    assert resolve_date("in March", FRIDAY, future=True) == "2024-03"


def test_month_of_publication_is_this_years_either_way() -> None:
    assert resolve_date("in April", FRIDAY) == "2023-04"
    assert resolve_date("in April", FRIDAY, future=True) == "2023-04"


@pytest.mark.parametrize("phrase", ["early March", "in early March", "mid-March", "late March", "the end of March"])
def test_part_of_a_month_resolves_to_the_month(phrase: str) -> None:
    assert resolve_date(phrase, FRIDAY) == "2023-03"


# --- day and month ------------------------------------------------------------------------------


@pytest.mark.parametrize("phrase", ["February 14", "on February 14", "14 February", "Feb. 14", "the 14th of February"])
def test_day_and_month_without_a_year_takes_the_publication_year(phrase: str) -> None:
    assert resolve_date(phrase, FRIDAY) == "2023-02-14"


def test_day_and_month_after_publication_in_a_past_clause_is_last_years() -> None:
    assert resolve_date("April 20", FRIDAY) == "2022-04-20"


def test_day_and_month_after_publication_in_a_future_clause_is_this_years() -> None:
    assert resolve_date("April 20", FRIDAY, future=True) == "2023-04-20"


def test_day_and_month_before_publication_in_a_future_clause_is_next_years() -> None:
    assert resolve_date("April 10", FRIDAY, future=True) == "2024-04-10"


def test_abbreviated_september_with_a_full_stop() -> None:
    assert resolve_date("Sept. 5", FRIDAY) == "2022-09-05"


# --- explicit years -----------------------------------------------------------------------------


@pytest.mark.parametrize(("phrase", "expected"), [
    ("14 February 2022", "2022-02-14"),
    ("February 14, 2022", "2022-02-14"),
    ("May 5, 2023", "2023-05-05"),
    ("March 2023", "2023-03"),
    ("late March 2021", "2021-03"),
    ("in 2019", "2019"),
    ("in early 2019", "2019"),
])
def test_an_explicit_year_is_kept(phrase: str, expected: str) -> None:
    assert resolve_date(phrase, FRIDAY) == expected


def test_an_explicit_year_wins_over_the_future_rule() -> None:
    assert resolve_date("14 February 2022", FRIDAY, future=True) == "2022-02-14"


def test_leap_day_with_a_leap_year_is_a_date() -> None:
    assert resolve_date("February 29, 2024", FRIDAY) == "2024-02-29"


# --- what cannot be known stays unknown -----------------------------------------------------------


def test_a_day_that_does_not_exist_is_none() -> None:
    assert resolve_date("February 30", FRIDAY) is None


def test_leap_day_without_a_year_in_a_common_year_is_none() -> None:
    assert resolve_date("February 29", FRIDAY) is None


@pytest.mark.parametrize("phrase", ["soon", "last week", "recently", "the coming days", "this week", "earlier"])
def test_vague_phrases_are_never_guessed(phrase: str) -> None:
    assert resolve_date(phrase, FRIDAY) is None


def test_a_year_outside_the_plausible_range_is_none() -> None:
    assert resolve_date("in 1850", FRIDAY) is None


def test_weekday_without_a_publication_date_is_none() -> None:
    assert resolve_date("on Thursday", None) is None


def test_relative_day_without_a_publication_date_is_none() -> None:
    assert resolve_date("yesterday", None) is None


def test_bare_year_without_a_publication_date_is_kept() -> None:
    assert resolve_date("2021", None) == "2021"
    assert resolve_date("in 2021", None) == "2021"


def test_month_without_a_year_or_publication_date_is_none() -> None:
    assert resolve_date("in March", None) is None


def test_full_date_without_a_publication_date_is_kept() -> None:
    assert resolve_date("14 February 2022", None) == "2022-02-14"


def test_month_and_year_without_a_publication_date_is_kept() -> None:
    assert resolve_date("March 2023", None) == "2023-03"


# --- durations ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("phrase", "days"), [
    ("four-day", 4),
    ("a four-day state visit", 4),
    ("a 3-day trip", 3),
    ("two days", 2),
    ("a two-day summit", 2),
    ("one day", 1),
    ("a 12-day tour", 12),
    ("Fifteen-day", 15),
])
def test_duration_in_days(phrase: str, days: int) -> None:
    assert duration_days(phrase) == days


@pytest.mark.parametrize("phrase", ["on Thursday", "a day", "for weeks", "a 100-day plan"])
def test_phrase_without_a_number_of_days_has_no_duration(phrase: str) -> None:
    assert duration_days(phrase) is None


def test_thirteen_day_duration() -> None:
    assert duration_days("a thirteen-day tour") == 13


# --- add_days -----------------------------------------------------------------------------------


def test_add_days_gives_the_end_of_a_visit() -> None:
    # "a three-day visit starting on Monday 17 April": it ends on Wednesday 19 April.
    assert add_days("2023-04-17", 2) == "2023-04-19"


def test_add_days_crosses_a_year_boundary() -> None:
    assert add_days("2023-12-30", 3) == "2024-01-02"


def test_add_days_lands_on_a_leap_day() -> None:
    assert add_days("2024-02-28", 1) == "2024-02-29"


def test_add_days_goes_back_with_a_negative_count() -> None:
    assert add_days("2023-04-14", -14) == "2023-03-31"


def test_add_days_to_a_month_precision_date_is_none() -> None:
    assert add_days("2023-04", 3) is None


def test_later_this_month_is_this_month_and_earlier_this_year_this_year() -> None:
    assert resolve_date("later this month", FRIDAY) == "2023-04"
    assert resolve_date("earlier this year", FRIDAY) == "2023"
