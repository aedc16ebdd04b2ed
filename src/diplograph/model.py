"""The facts model: plain, typed, serialisable data between extraction and mapping.

Facts are what a careful reader takes from one article. They are plain data so that
a person can review and correct them (``diplograph extract`` writes them as YAML,
``diplograph build --facts`` reads them back), and so that every later stage
(mapping, validation, writing) depends on this module and nothing upstream.

Entities (people, places, organisations) are referred to by a local ``id`` that is
unique within one facts file; the IRIs they get in the graph are minted from their
names (see ``iris``), so the same person is the same node in every article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar

EVENT_TYPES = ("meeting", "phone_call", "visit", "summit", "conference")
EVENT_STATUSES = ("scheduled", "happened", "cancelled", "postponed")
PLACE_TYPES = ("City", "Country", "Place")
ORGANIZATION_TYPES = ("Organization", "GovernmentOrganization", "NewsMediaOrganization", "NGO",
                      "Corporation", "PoliticalParty")
DOCUMENT_TYPES = ("plan", "proposal", "joint_statement", "declaration", "agreement", "treaty",
                  "communique", "document")
MEDIA_KINDS = ("image", "video")

# A date at day, month or year precision: the precision is the one the article gives.
DATE_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
# An ISO 8601 duration of the kind articles print (reading time, video length).
DURATION_PATTERN = re.compile(r"^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$")


def is_valid_date(value: str) -> bool:
    """True for ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` naming a real calendar date."""
    import datetime

    match = DATE_PATTERN.match(value)
    if not match:
        return False
    year, month, day = match.groups()
    try:
        datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return True


@dataclass
class Evidence:
    """The exact words of the source a fact was read from, and where they are.

    ``start``/``end`` are character offsets (Unicode code points) into the article
    text as read, so that ``text == source[start:end]``. A hand-written facts file may
    give only the words; the builder then locates them in the article.
    """

    text: str
    start: int | None = None
    end: int | None = None


@dataclass
class Media:
    """A photo or video embedded in the page."""

    kind: str
    caption: str | None = None
    credit: str | None = None
    title: str | None = None
    duration: str | None = None  # ISO 8601, e.g. PT3M41S


@dataclass
class Article:
    """The page itself: what it says about itself, apart from the facts of the news."""

    source: str
    headline: str | None = None
    summary: list[str] = field(default_factory=list)
    publisher: str | None = None  # id of an organisation in Facts.organizations
    published: str | None = None
    url: str | None = None
    reading_time: str | None = None  # ISO 8601 duration, e.g. PT2M
    media: list[Media] = field(default_factory=list)
    byline: list[str] = field(default_factory=list)


@dataclass
class Person:
    id: str
    name: str
    alternate_names: list[str] = field(default_factory=list)
    title: str | None = None  # job title as printed: "Foreign Minister"
    # Other forms of the office printed for the same person ("Minister of Foreign Affairs"):
    # readers name an office either way, and schema:jobTitle holds every printed form.
    other_titles: list[str] = field(default_factory=list)
    represents: str | None = None  # id of the country (a Place) the person acts for


@dataclass
class Place:
    id: str
    name: str
    type: str = "Place"
    alternate_names: list[str] = field(default_factory=list)
    contained_in: str | None = None  # id of the containing place (a city's country)
    code: str | None = None  # ISO 3166-1 alpha-2 for countries


@dataclass
class Organization:
    id: str
    name: str
    type: str = "Organization"
    alternate_names: list[str] = field(default_factory=list)
    country: str | None = None  # id of the country it belongs to (a ministry's state)


# Meals that are meetings when held with someone ("a working lunch with X", "a state dinner in honour
# of Y"). A meeting named for one is an occasion of its own: a state dinner is not the same two
# people's talks that day, in the facts or in the graph.
MEALS = frozenset({"breakfast", "lunch", "luncheon", "dinner", "supper", "banquet"})


@dataclass
class Event:
    id: str
    type: str
    name: str | None = None
    attendees: list[str] = field(default_factory=list)
    location: str | None = None
    start: str | None = None
    end: str | None = None
    status: str | None = None
    super_event: str | None = None
    evidence: list[Evidence] = field(default_factory=list)

    def is_meal(self) -> bool:
        """A meeting named for a meal ("State dinner", "Working lunch")."""
        words = (self.name or "").lower().split()
        return self.type == "meeting" and bool(words) and words[-1] in MEALS


@dataclass
class Statement:
    """Something a person, organisation or country said, directly or as reported."""

    id: str
    speaker: str
    text: str
    direct: bool = False
    addressees: list[str] = field(default_factory=list)
    date: str | None = None
    made_at: str | None = None  # id of the event where it was said
    source: str | None = None  # how the article knows: "a Chinese foreign ministry statement"
    according_to: str | None = None  # id of the organisation behind that source
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Document:
    """A plan, proposal, joint statement or agreement the article names."""

    id: str
    type: str
    name: str
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Claim:
    """An assertion the article makes in its own voice (authored by the publisher)."""

    id: str
    text: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Facts:
    """Everything taken from one article."""

    article: Article
    people: list[Person] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    SECTIONS: ClassVar[tuple[str, ...]] = ("people", "places", "organizations", "events",
                                           "statements", "documents", "claims")

    def by_id(self) -> dict[str, Any]:
        """Every identified thing in the facts, by its local id."""
        return {item.id: item for section in self.SECTIONS for item in getattr(self, section)}

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for YAML/JSON: empty values left out so the file reads like prose."""
        plain: dict[str, Any] = _plain(self)
        return plain


def _plain(value: Any) -> Any:
    if hasattr(value, "__dataclass_fields__"):
        out: dict[str, Any] = {}
        for f in fields(value):
            if f.name == "SECTIONS":
                continue
            item = getattr(value, f.name)
            if item is None or item == [] or (f.name == "direct" and item is False):
                continue
            out[f.name] = _plain(item)
        return out
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
