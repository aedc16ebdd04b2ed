"""Read and write the human-editable facts file (YAML; JSON is read too).

The format is documented in the README ("The facts file"). Reading checks every
field and every cross-reference, and a malformed file fails with the file, line and
field named, e.g. ``facts.yaml:41: events[2].start: '2023-13-45' is not a date``.
"""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path
from typing import Any

import yaml

from .errors import FactsError
from .model import (
    DATE_PATTERN,
    DOCUMENT_TYPES,
    DURATION_PATTERN,
    EVENT_STATUSES,
    EVENT_TYPES,
    MEDIA_KINDS,
    ORGANIZATION_TYPES,
    PLACE_TYPES,
    Article,
    Claim,
    Document,
    Event,
    Evidence,
    Facts,
    Media,
    Organization,
    Person,
    Place,
    Statement,
    is_valid_date,
)

Path_ = tuple[str | int, ...]


class _Reader:
    """Turns the parsed document into Facts, raising FactsError with a line number."""

    def __init__(self, root: yaml.Node | None, source: str) -> None:
        self.root = root
        self.source = source

    # --- locating a field in the YAML text -----------------------------------------
    def line_of(self, path: Path_) -> int | None:
        node = self.root
        line = node.start_mark.line + 1 if node is not None else None
        for step in path:
            if isinstance(node, yaml.MappingNode):
                match = [v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == step]
                if not match:
                    break
                node = match[0]
            elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
                node = node.value[step]
            else:
                break
            line = node.start_mark.line + 1
        return line

    def fail(self, path: Path_, message: str) -> FactsError:
        return FactsError(message, source=self.source, line=self.line_of(path), field=_dotted(path))

    # --- typed getters --------------------------------------------------------------
    def mapping(self, value: Any, path: Path_, allowed: set[str], required: tuple[str, ...] = ()
                ) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(path, f"expected a mapping of fields, found {_kind(value)}")
        for key in value:
            if key not in allowed:
                raise self.fail((*path, str(key)), f"unknown field (allowed: {', '.join(sorted(allowed))})")
        for key in required:
            if value.get(key) in (None, ""):
                raise self.fail((*path, key) if key in value else path, f"the field '{key}' is required")
        return value

    def text(self, value: Any, path: Path_, *, required: bool = False) -> str | None:
        if value is None:
            if required:
                raise self.fail(path, "is required")
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.fail(path, f"expected text, found {_kind(value)}")
        text = str(value)
        if required and not text.strip():
            raise self.fail(path, "must not be empty")
        return text

    def texts(self, value: Any, path: Path_) -> list[str]:
        if value is None:
            return []
        if isinstance(value, str):
            return [value]
        if not isinstance(value, list):
            raise self.fail(path, f"expected a list of text, found {_kind(value)}")
        return [self.text(v, (*path, i), required=True) or "" for i, v in enumerate(value)]

    def choice(self, value: Any, path: Path_, options: tuple[str, ...], default: str | None = None
               ) -> str | None:
        if value is None:
            return default
        if value not in options:
            raise self.fail(path, f"{value!r} is not one of: {', '.join(options)}")
        return str(value)

    def date(self, value: Any, path: Path_) -> str | None:
        if value is None:
            return None
        if isinstance(value, datetime.datetime):
            value = value.date()
        if isinstance(value, datetime.date):
            return str(value.isoformat())
        if isinstance(value, int) and 1000 <= value <= 9999:
            return str(value)
        if not isinstance(value, str) or not is_valid_date(value):
            raise self.fail(path, f"{value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
        return value

    def duration(self, value: Any, path: Path_) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or not DURATION_PATTERN.match(value):
            raise self.fail(path, f"{value!r} is not an ISO 8601 duration such as PT2M or PT3M41S")
        return value

    def flag(self, value: Any, path: Path_) -> bool:
        if value is None:
            return False
        if not isinstance(value, bool):
            raise self.fail(path, f"expected true or false, found {value!r}")
        return value

    def items(self, value: Any, path: Path_) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(path, f"expected a list, found {_kind(value)}")
        return value

    def evidence(self, value: Any, path: Path_) -> list[Evidence]:
        spans = []
        for i, item in enumerate(self.items(value, path)):
            here = (*path, i)
            if isinstance(item, str):
                if not item.strip():
                    raise self.fail(here, "evidence must not be empty")
                spans.append(Evidence(text=item))
                continue
            item = self.mapping(item, here, {"text", "start", "end"}, ("text",))
            start, end = item.get("start"), item.get("end")
            for name, offset in (("start", start), ("end", end)):
                if offset is not None and (isinstance(offset, bool) or not isinstance(offset, int)
                                           or offset < 0):
                    raise self.fail((*here, name), f"{offset!r} is not a character offset (an integer >= 0)")
            if (start is None) != (end is None):
                raise self.fail(here, "give both start and end, or neither")
            if start is not None and end is not None and end < start:
                raise self.fail((*here, "end"), f"end {end} precedes start {start}")
            text = self.text(item["text"], (*here, "text"), required=True) or ""
            if start is not None and end is not None and end - start != len(text):
                raise self.fail(here, f"the span {start}..{end} is {end - start} characters long "
                                      f"but the text has {len(text)}")
            spans.append(Evidence(text=text, start=start, end=end))
        return spans

    # --- sections ---------------------------------------------------------------------
    def facts(self, data: Any) -> Facts:
        data = self.mapping(data, (), {"article", *Facts.SECTIONS}, ("article",))
        facts = Facts(article=self.article(data["article"], ("article",)))
        readers = {"people": self.person, "places": self.place, "organizations": self.organization,
                   "events": self.event, "statements": self.statement, "documents": self.document,
                   "claims": self.claim}
        for section, read in readers.items():
            items = [read(v, (section, i)) for i, v in enumerate(self.items(data.get(section), (section,)))]
            setattr(facts, section, items)
        self.check_references(facts)
        return facts

    def article(self, v: Any, p: Path_) -> Article:
        v = self.mapping(v, p, {"source", "headline", "summary", "publisher", "published", "url",
                                "reading_time", "media", "byline"}, ("source",))
        return Article(
            source=self.text(v.get("source"), (*p, "source"), required=True) or "",
            headline=self.text(v.get("headline"), (*p, "headline")),
            summary=self.texts(v.get("summary"), (*p, "summary")),
            publisher=self.text(v.get("publisher"), (*p, "publisher")),
            published=self.date(v.get("published"), (*p, "published")),
            url=self.text(v.get("url"), (*p, "url")),
            reading_time=self.duration(v.get("reading_time"), (*p, "reading_time")),
            media=[self.media(m, (*p, "media", i)) for i, m in enumerate(self.items(v.get("media"),
                                                                                   (*p, "media")))],
            byline=self.texts(v.get("byline"), (*p, "byline")),
        )

    def media(self, v: Any, p: Path_) -> Media:
        v = self.mapping(v, p, {"kind", "caption", "credit", "title", "duration"}, ("kind",))
        return Media(kind=self.choice(v["kind"], (*p, "kind"), MEDIA_KINDS) or "image",
                     caption=self.text(v.get("caption"), (*p, "caption")),
                     credit=self.text(v.get("credit"), (*p, "credit")),
                     title=self.text(v.get("title"), (*p, "title")),
                     duration=self.duration(v.get("duration"), (*p, "duration")))

    def ident(self, v: dict[str, Any], p: Path_) -> str:
        return self.text(v.get("id"), (*p, "id"), required=True) or ""

    def person(self, v: Any, p: Path_) -> Person:
        v = self.mapping(v, p, {"id", "name", "alternate_names", "title", "other_titles", "represents"},
                         ("id", "name"))
        return Person(id=self.ident(v, p), name=self.text(v["name"], (*p, "name"), required=True) or "",
                      alternate_names=self.texts(v.get("alternate_names"), (*p, "alternate_names")),
                      title=self.text(v.get("title"), (*p, "title")),
                      other_titles=self.texts(v.get("other_titles"), (*p, "other_titles")),
                      represents=self.text(v.get("represents"), (*p, "represents")))

    def place(self, v: Any, p: Path_) -> Place:
        v = self.mapping(v, p, {"id", "name", "type", "alternate_names", "contained_in", "code"},
                         ("id", "name"))
        return Place(id=self.ident(v, p), name=self.text(v["name"], (*p, "name"), required=True) or "",
                     type=self.choice(v.get("type"), (*p, "type"), PLACE_TYPES, "Place") or "Place",
                     alternate_names=self.texts(v.get("alternate_names"), (*p, "alternate_names")),
                     contained_in=self.text(v.get("contained_in"), (*p, "contained_in")),
                     code=self.text(v.get("code"), (*p, "code")))

    def organization(self, v: Any, p: Path_) -> Organization:
        v = self.mapping(v, p, {"id", "name", "type", "alternate_names", "country"}, ("id", "name"))
        return Organization(
            id=self.ident(v, p), name=self.text(v["name"], (*p, "name"), required=True) or "",
            type=self.choice(v.get("type"), (*p, "type"), ORGANIZATION_TYPES, "Organization") or "",
            alternate_names=self.texts(v.get("alternate_names"), (*p, "alternate_names")),
            country=self.text(v.get("country"), (*p, "country")))

    def event(self, v: Any, p: Path_) -> Event:
        v = self.mapping(v, p, {"id", "type", "name", "attendees", "location", "start", "end", "status",
                                "super_event", "evidence"}, ("id", "type"))
        return Event(id=self.ident(v, p), type=self.choice(v["type"], (*p, "type"), EVENT_TYPES) or "",
                     name=self.text(v.get("name"), (*p, "name")),
                     attendees=self.texts(v.get("attendees"), (*p, "attendees")),
                     location=self.text(v.get("location"), (*p, "location")),
                     start=self.date(v.get("start"), (*p, "start")),
                     end=self.date(v.get("end"), (*p, "end")),
                     status=self.choice(v.get("status"), (*p, "status"), EVENT_STATUSES),
                     super_event=self.text(v.get("super_event"), (*p, "super_event")),
                     evidence=self.evidence(v.get("evidence"), (*p, "evidence")))

    def statement(self, v: Any, p: Path_) -> Statement:
        v = self.mapping(v, p, {"id", "speaker", "text", "direct", "addressees", "date", "made_at", "source",
                                "according_to", "evidence"}, ("id", "speaker", "text"))
        return Statement(id=self.ident(v, p), speaker=self.text(v["speaker"], (*p, "speaker"), required=True)
                         or "", text=self.text(v["text"], (*p, "text"), required=True) or "",
                         direct=self.flag(v.get("direct"), (*p, "direct")),
                         addressees=self.texts(v.get("addressees"), (*p, "addressees")),
                         date=self.date(v.get("date"), (*p, "date")),
                         made_at=self.text(v.get("made_at"), (*p, "made_at")),
                         source=self.text(v.get("source"), (*p, "source")),
                         according_to=self.text(v.get("according_to"), (*p, "according_to")),
                         evidence=self.evidence(v.get("evidence"), (*p, "evidence")))

    def document(self, v: Any, p: Path_) -> Document:
        v = self.mapping(v, p, {"id", "type", "name", "authors", "date", "evidence"}, ("id", "type", "name"))
        return Document(id=self.ident(v, p), type=self.choice(v["type"], (*p, "type"), DOCUMENT_TYPES) or "",
                        name=self.text(v["name"], (*p, "name"), required=True) or "",
                        authors=self.texts(v.get("authors"), (*p, "authors")),
                        date=self.date(v.get("date"), (*p, "date")),
                        evidence=self.evidence(v.get("evidence"), (*p, "evidence")))

    def claim(self, v: Any, p: Path_) -> Claim:
        v = self.mapping(v, p, {"id", "text", "evidence"}, ("id", "text"))
        return Claim(id=self.ident(v, p), text=self.text(v["text"], (*p, "text"), required=True) or "",
                     evidence=self.evidence(v.get("evidence"), (*p, "evidence")))

    # --- references between sections --------------------------------------------------
    def check_references(self, facts: Facts) -> None:
        seen: dict[str, Path_] = {}
        for section in Facts.SECTIONS:
            for i, item in enumerate(getattr(facts, section)):
                if item.id in seen:
                    raise self.fail((section, i, "id"), f"the id {item.id!r} is used twice")
                seen[item.id] = (section, i)
        places = {x.id for x in facts.places}
        countries = {x.id for x in facts.places if x.type == "Country"}
        agents = {x.id for x in facts.people} | {x.id for x in facts.organizations}
        events = {x.id for x in facts.events}
        orgs = {x.id for x in facts.organizations}

        def need(ref: str | None, pool: set[str], path: Path_, what: str) -> None:
            if ref is not None and ref not in pool:
                raise self.fail(path, f"{ref!r} is not the id of {what}")

        need(facts.article.publisher, orgs, ("article", "publisher"), "an organization")
        for i, person in enumerate(facts.people):
            need(person.represents, countries, ("people", i, "represents"), "a place of type Country")
        for i, place in enumerate(facts.places):
            need(place.contained_in, places, ("places", i, "contained_in"), "a place")
        for i, org in enumerate(facts.organizations):
            need(org.country, countries, ("organizations", i, "country"), "a place of type Country")
        for i, event in enumerate(facts.events):
            for j, who in enumerate(event.attendees):
                need(who, agents, ("events", i, "attendees", j), "a person or organization")
            need(event.location, places, ("events", i, "location"), "a place")
            need(event.super_event, events, ("events", i, "super_event"), "an event")
            if event.start and event.end and event.end < event.start[:len(event.end)]:
                raise self.fail(("events", i, "end"), f"end {event.end} precedes start {event.start}")
        for i, st in enumerate(facts.statements):
            need(st.speaker, agents | countries, ("statements", i, "speaker"),
                 "a person, organization or country")
            for j, who in enumerate(st.addressees):
                need(who, agents | countries, ("statements", i, "addressees", j),
                     "a person, organization or country")
            need(st.made_at, events, ("statements", i, "made_at"), "an event")
            need(st.according_to, orgs | {d.id for d in facts.documents}, ("statements", i, "according_to"),
                 "an organization or document")
        for i, doc in enumerate(facts.documents):
            for j, who in enumerate(doc.authors):
                need(who, agents | countries, ("documents", i, "authors", j),
                     "a person, organization or country")


def _dotted(path: Path_) -> str:
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    return {dict: "a mapping", list: "a list", str: "text", bool: "true/false", int: "a number",
            float: "a number"}.get(type(value), type(value).__name__)


class _Loader(yaml.SafeLoader):
    """SafeLoader that leaves dates as text: ``2023-13-45`` must be a field error, not a crash."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def parse_facts(text: str, source: str = "facts") -> Facts:
    """Facts from the text of a facts file (YAML or JSON)."""
    try:
        root = yaml.compose(text, Loader=_Loader)
        data = yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        raise FactsError(f"not valid YAML: {error.problem or error}", source=source, line=line) from None
    except yaml.YAMLError as error:
        raise FactsError(f"not valid YAML: {error}", source=source) from None
    if data is None:
        raise FactsError("the facts file is empty", source=source)
    return _Reader(root, source).facts(data)


def read_facts(path: str | Path) -> Facts:
    """Facts from a facts file on disk."""
    from .read import read_text_file

    path = Path(path)
    return parse_facts(read_text_file(path, what="facts file"), source=str(path))


def dump_facts(facts: Facts) -> str:
    """The YAML text of a facts file: fields in model order, stable byte for byte."""
    header = ("# diplograph facts file: review and correct, then `diplograph build --facts`.\n"
              "# Format: see README.md, 'The facts file'. Offsets count characters of the article.\n")
    body = yaml.dump(facts.to_dict(), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    return header + body


def dump_facts_json(facts: Facts) -> str:
    # The reader parses JSON as YAML, which refuses or folds some characters JSON writes raw
    # (DEL, C1 controls, U+2028...): those are written as \u escapes, which both read alike.
    text = json.dumps(facts.to_dict(), ensure_ascii=False, indent=2) + "\n"
    return _NEEDS_ESCAPES.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class _Dumper(yaml.SafeDumper):
    """Block style lists indented under their key, which reads better when editing."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


# Characters PyYAML may write raw but reads back otherwise: NEL and the Unicode line and
# paragraph separators become line breaks, C0/C1 controls and a BOM are refused on reading.
_NEEDS_ESCAPES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")


def _str_presenter(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # Dates stay strings on a round trip: quote what YAML would read back as a date.
    if DATE_PATTERN.match(value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="'")
    # Odd characters in names and quotes: the double-quoted style, the one that escapes them.
    if _NEEDS_ESCAPES.search(value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _str_presenter)
