"""Reading HTML pages: rendered text with a map back to the HTML, and what the page
says about itself in ``<meta>`` tags and JSON-LD (headline, datePublished, publisher).

Evidence offsets must point into the file as read, so the rendered text keeps, for each
character, its position in the HTML; an entity such as ``&amp;`` maps to its first byte.
"""

from __future__ import annotations

import json
import re
from html import unescape
from html.parser import HTMLParser
from typing import Any

from .errors import InputError

BLOCK_TAGS = {"p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
              "figcaption", "figure", "blockquote", "br", "tr", "table", "header", "main", "time", "dd", "dt"}
SKIP_TAGS = {"script", "style", "noscript", "nav", "footer", "aside", "form", "head", "template", "svg",
             "button", "iframe", "select"}
VOID_TAGS = {"br", "img", "meta", "link", "input", "hr", "source", "wbr", "area", "base", "col", "embed"}


class _Renderer(HTMLParser):
    def __init__(self, raw: str) -> None:
        super().__init__(convert_charrefs=False)
        self.raw = raw
        # Where the page marks its article (<article>, else <main>), text outside is furniture.
        lowered = raw.lower()
        self.container = ("article" if re.search(r"<article[\s>]", lowered)
                          else "main" if re.search(r"<main[\s>]", lowered) else None)
        self.inside = 0 if self.container else 1
        self.line_starts = [0]
        for i, ch in enumerate(raw):
            if ch == "\n":
                self.line_starts.append(i + 1)
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.ends: list[int] = []
        self.skip = 0
        self.meta: dict[str, str] = {}
        self.jsonld: list[str] = []
        self.in_jsonld = False
        self.in_title = False
        self.title = ""
        self.h1: str | None = None
        self.in_h1 = False
        self.h1_text = ""
        self.list_items: list[int] = []  # where each <li> of the article starts in the rendered text

    def position(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def newline(self) -> None:
        if self.chars and self.chars[-1] != "\n":
            self.chars.append("\n")
            self.offsets.append(self.position())
            self.ends.append(self.position())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop")
            if key and "content" in values:
                self.meta.setdefault(key.lower(), values["content"])
        if tag == "link" and "canonical" in values.get("rel", "").lower().split() and values.get("href"):
            self.meta.setdefault("canonical", values["href"])  # (the page's own address)
        if tag == "script" and values.get("type", "").lower() == "application/ld+json":
            self.in_jsonld = True
            self.jsonld.append("")  # each script is a JSON document of its own
        if tag == "title":
            self.in_title = True
        if tag == "h1" and self.h1 is None:
            self.in_h1 = True
        if tag in SKIP_TAGS:
            self.skip += 1
        if tag == self.container:
            self.inside += 1
        if tag in BLOCK_TAGS:
            self.newline()
        if tag == "li" and self.inside and not self.skip:
            self.list_items.append(len(self.chars))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in SKIP_TAGS:
            self.skip -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_jsonld = False
        if tag == "title":
            self.in_title = False
        if tag == "h1" and self.in_h1:
            self.in_h1, self.h1 = False, " ".join(self.h1_text.split())
        if tag in SKIP_TAGS and self.skip:
            self.skip -= 1
        if tag == self.container and self.container and self.inside:
            self.inside -= 1
        if tag in BLOCK_TAGS:
            self.newline()

    def emit(self, text: str, start: int, raw_length: int | None = None) -> None:
        if self.in_h1:
            self.h1_text += text
        if self.skip or not self.inside:
            return
        for i, ch in enumerate(text):
            if ch in "\r\n\t":
                ch = " "
            self.chars.append(ch)
            self.offsets.append(start + (i if raw_length is None else 0))
            self.ends.append(start + (i + 1 if raw_length is None else raw_length))

    def handle_data(self, data: str) -> None:
        if self.in_jsonld:
            self.jsonld[-1] += data
            return
        if self.in_title:
            self.title += data
            return
        self.emit(data, self.position())

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};")

    def _reference(self, raw: str) -> None:
        text = unescape(raw)
        if self.in_title:
            self.title += text
            return
        self.emit(text, self.position(), len(raw))


def _publisher_name(publisher: Any, named: dict[str, str]) -> str | None:
    """The publisher's name as JSON-LD gives it: an object with a name, a bare string, a list of
    either, or a reference ('{"@id": "https://example.org/#organization"}') to a node of the page."""
    if isinstance(publisher, list):
        return next((n for n in (_publisher_name(p, named) for p in publisher) if n), None)
    if isinstance(publisher, str):
        return publisher.strip() if publisher.strip() and "://" not in publisher else None
    if isinstance(publisher, dict):
        name = publisher.get("name")
        if isinstance(name, str) and name.strip():
            return name.strip()
        ident = publisher.get("@id")
        return named.get(ident) if isinstance(ident, str) else None
    return None


def _jsonld_facts(blobs: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    documents: list[Any] = []
    for blob in blobs:
        try:
            documents.append(json.loads(blob))
        except json.JSONDecodeError:
            continue  # a broken script on a page is the page's problem, not the article's
    named: dict[str, str] = {}  # the name of every node with an '@id' (a publisher may point to one)

    def index(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                index(item)
        elif isinstance(node, dict):
            if isinstance(node.get("@id"), str) and isinstance(node.get("name"), str) and node["name"].strip():
                named.setdefault(node["@id"], node["name"].strip())
            for value in node.values():
                index(value)

    index(documents)

    def visit(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                visit(item)
            return
        if not isinstance(node, dict):
            return
        kind = node.get("@type", "")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(str(k).endswith("Article") for k in kinds):
            if isinstance(node.get("headline"), str):
                found.setdefault("headline", node["headline"])
            if isinstance(node.get("datePublished"), str):
                found.setdefault("published", node["datePublished"][:10])
            publisher = _publisher_name(node.get("publisher"), named)
            if publisher:
                found.setdefault("publisher", publisher)
            if isinstance(node.get("url"), str):
                found.setdefault("url", node["url"])
        for value in node.values():
            if isinstance(value, dict | list):
                visit(value)

    visit(documents)
    return found


def render_html(raw: str, name: str = "page") -> tuple[str, list[int], list[int], dict[str, str]]:
    """The page's text, the HTML start and end offsets of each character, and its self-description
    (with 'list_items': where each list item of the article starts in the text, comma-separated)."""
    renderer = _Renderer(raw)
    renderer.feed(raw)
    renderer.close()
    text = "".join(renderer.chars)
    offsets = renderer.offsets
    meta = _jsonld_facts(renderer.jsonld)
    m = renderer.meta
    headline = meta.get("headline") or m.get("og:title") or renderer.h1 or " ".join(renderer.title.split())
    published = meta.get("published") or (m.get("article:published_time") or m.get("datepublished")
                                          or m.get("date") or "")[:10]
    publisher = meta.get("publisher") or m.get("og:site_name") or m.get("publisher") or m.get("dc.publisher") \
        or m.get("dcterms.publisher") or m.get("citation_publisher")
    url = meta.get("url") or m.get("og:url") or m.get("canonical")
    list_items = ",".join(str(i) for i in renderer.list_items)
    facts = {k: v for k, v in {"headline": headline, "published": published, "publisher": publisher,
                               "url": url, "list_items": list_items}.items() if v}
    if not text.strip():
        raise InputError(f"{name}: the HTML page has no article text")
    return text, offsets, renderer.ends, facts


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in text[:5000].lower()
                                                            and "</p>" in text.lower())
