"""Resolving the dates articles print against the publication date.

A reader of a Friday paper knows "on Thursday" was yesterday and "will travel on Sunday"
is two days ahead; "in early March" is March of this year, at month precision. What
cannot be resolved stays unresolved: a date is never guessed.
"""

from __future__ import annotations

import datetime as dt
import re

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
MONTH_ABBREVIATIONS = {m[:3]: i for i, m in enumerate(MONTHS, start=1)} | {"sept": 9}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30}

_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december|" \
         r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"


def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    if name in MONTHS:
        return MONTHS.index(name) + 1
    return MONTH_ABBREVIATIONS[name[:4] if name.startswith("sept") else name[:3]]


def _year_for(month: int, day: int | None, published: dt.date, future: bool) -> int:
    """The year of a month (and day) printed without one: the nearest one on the right side."""
    year = published.year
    candidate = (month, day or 1)
    now = (published.month, published.day if day else 1)
    if future:
        return year if candidate >= now else year + 1
    return year if candidate <= now else year - 1


def resolve_date(phrase: str, published: str | dt.date | None, *, future: bool = False) -> str | None:
    """The date a phrase names, as YYYY-MM-DD, YYYY-MM or YYYY; None when it cannot be known.

    ``future`` says the clause speaks of what is to come ("will travel on Sunday"): a
    weekday is then the next one after publication, not the last one on or before it.
    """
    if published is None:
        # Only what carries its own year can be known without a publication date.
        if not re.search(r"\b\d{4}\b", phrase):
            return None
        resolved = resolve_date(phrase, dt.date(2000, 1, 1), future=future)
        return resolved if (resolved and not resolved.startswith(("2000", "1999"))) or re.search(
            r"\b(1999|2000)\b", phrase) else None
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    text = " ".join(phrase.lower().replace(",", " ").split())
    text = re.sub(r"^(?:on|in|at|by|during|since|from|until)\s+", "", text)

    if re.fullmatch(r"(earlier\s+)?today|this (morning|afternoon|evening)|tonight", text):
        return published.isoformat()
    if re.fullmatch(r"yesterday|last night", text):
        return (published - dt.timedelta(days=1)).isoformat()
    if text == "tomorrow":
        return (published + dt.timedelta(days=1)).isoformat()

    # "on Tuesday next week", "Tuesday of last week": that weekday of the calendar week after (before) this one
    of_week = re.fullmatch(r"(?:on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: of)? "
                           r"(next|last) week", text)
    if of_week:
        monday = published - dt.timedelta(days=published.weekday())
        week = monday + dt.timedelta(days=7 if of_week.group(2) == "next" else -7)
        return (week + dt.timedelta(days=WEEKDAYS.index(of_week.group(1)))).isoformat()

    weekday = re.fullmatch(r"(last |this |next |on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                           r"( (morning|afternoon|evening|night))?", text)
    if weekday:
        which, name = weekday.group(1), weekday.group(2)
        target = WEEKDAYS.index(name)
        back = (published.weekday() - target) % 7
        ahead = (target - published.weekday()) % 7 or 7
        if which == "this " and back == 0:
            return published.isoformat()  # "this Thursday" in a Thursday paper: today
        if which == "next " or (future and which != "last "):
            return (published + dt.timedelta(days=ahead)).isoformat()
        if which == "last " and back == 0:
            back = 7
        return (published - dt.timedelta(days=back)).isoformat()

    # "November 13 last year", "in March next year": the month and day of that year
    of_year = re.fullmatch(r"(.+?) (last|this|next) year", text)
    if of_year and re.search(_MONTH, of_year.group(1)) and not re.search(r"\b\d{4}\b", of_year.group(1)):
        step = {"last": -1, "this": 0, "next": 1}[of_year.group(2)]
        return resolve_date(f"{of_year.group(1)} {published.year + step}", published)
    # "last November", "next March": the nearest such month before or after publication
    nearest = re.fullmatch(rf"(last|next) {_MONTH}", text)
    if nearest:
        month = _month(nearest.group(2))
        shift = (-1 if month >= published.month else 0) if nearest.group(1) == "last" else (
            1 if month <= published.month else 0)
        return f"{published.year + shift:04d}-{month:02d}"

    # "later this month", "earlier this year": this month or year, at its precision
    text = re.sub(r"^(?:later|earlier|early|late) ((?:this|next|last) (?:month|year))$", r"\1", text)
    relative = re.fullmatch(r"(last|this|next) (month|year)", text)
    if relative:
        step = {"last": -1, "this": 0, "next": 1}[relative.group(1)]
        if relative.group(2) == "year":
            return str(published.year + step)
        month_index = published.year * 12 + published.month - 1 + step
        return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"

    # "February 14", "Feb. 14, 2024", "14 February", "14 February 2024"
    day_month = (re.fullmatch(rf"{_MONTH} (\d{{1,2}})(?:st|nd|rd|th)?(?: (\d{{4}}))?", text)
                 or re.fullmatch(rf"(?:the )?(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MONTH}(?: (\d{{4}}))?", text))
    if day_month:
        groups = day_month.groups()
        if groups[0].isdigit():
            day, month, year = int(groups[0]), _month(groups[1]), groups[2]
        else:
            month, day, year = _month(groups[0]), int(groups[1]), groups[2]
        try:
            resolved_year = int(year) if year else _year_for(month, day, published, future)
            return dt.date(resolved_year, month, day).isoformat()
        except ValueError:
            return None

    # "March", "early March", "mid-March", "late March 2023", "the end of March"
    month_only = re.fullmatch(rf"(?:(?:early|mid|late|the end of|the beginning of|the start of|the middle of)"
                              rf"[\s-]+)?{_MONTH}(?: (\d{{4}}))?", text)
    if month_only:
        month = _month(month_only.group(1))
        year = int(month_only.group(2)) if month_only.group(2) else _year_for(month, None, published, future)
        return f"{year:04d}-{month:02d}"

    return _explicit_year(text)


def resolve_range(phrase: str, published: str | dt.date | None, *, future: bool = False
                  ) -> tuple[str, str] | None:
    """'from June 18 to 20', 'June 18-20', '18 to 20 June', 'Thursday 5 to Friday 6 December',
    'from Oct. 31 to Nov. 1': the first and last day."""
    text = " ".join(phrase.lower().replace(",", " ").split())
    text = re.sub(r"^(?:from|between)\s+", "", text)
    text = re.sub(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+", "", text)
    to = r"\s*(?:to|until|till|through|and|-|–)\s*"
    day = r"(\d{1,2})(?:st|nd|rd|th)?"
    year = r"(?: (\d{4}))?"
    across = (re.fullmatch(rf"{_MONTH} {day}{to}{_MONTH} {day}{year}", text)
              or re.fullmatch(rf"{day} {_MONTH}{to}{day} {_MONTH}{year}", text))
    if across:
        groups = across.groups()
        if groups[0].isdigit():
            first, last = f"{groups[1]} {groups[0]}", f"{groups[3]} {groups[2]}"
        else:
            first, last = f"{groups[0]} {groups[1]}", f"{groups[2]} {groups[3]}"
        return _span(first, last, groups[4], published, future)
    match = (re.fullmatch(rf"{_MONTH} {day}{to}{day}{year}", text)
             or re.fullmatch(rf"{day}{to}{day} {_MONTH}{year}", text))
    if not match:
        return None
    groups = match.groups()
    if groups[0].isdigit():
        first, last, month, year_text = groups[0], groups[1], groups[2], groups[3]
    else:
        month, first, last, year_text = groups
    return _span(f"{month} {first}", f"{month} {last}", year_text, published, future)


def _span(first: str, last: str, year: str | None, published: str | dt.date | None, future: bool
          ) -> tuple[str, str] | None:
    """The two days of a range, the last in the year that puts it after the first."""
    suffix = f" {year}" if year else ""
    start = resolve_date(first + suffix, published, future=future)
    if start is None or len(start) != 10:
        return None
    end = resolve_date(f"{last} {start[:4]}", published)
    if end is None or len(end) != 10:
        return None
    if end < start:  # "from 30 December to 2 January"
        end = resolve_date(f"{last} {int(start[:4]) + 1}", published)
    if end is None or end < start or (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days > 60:
        return None
    return start, end


def _explicit_year(text: str) -> str | None:
    match = re.fullmatch(r"(?:in |early |late |mid-)?(\d{4})", text.strip().lower())
    if match and 1900 <= int(match.group(1)) <= 2100:
        return match.group(1)
    return None


def duration_days(phrase: str) -> int | None:
    """The length of "a four-day visit", "two-day", "a 3-day trip" in days."""
    match = re.search(r"\b(\d{1,2}|" + "|".join(NUMBER_WORDS) + r")[- ]days?\b", phrase.lower())
    if not match:
        return None
    word = match.group(1)
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def add_days(date: str, days: int) -> str | None:
    if len(date) != 10:
        return None
    return (dt.date.fromisoformat(date) + dt.timedelta(days=days)).isoformat()


def month_of(date: str | None) -> str | None:
    return date[:7] if date and len(date) >= 7 else None
