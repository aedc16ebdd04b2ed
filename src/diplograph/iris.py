"""Minting IRIs: stable across articles and runs, safe for any name.

Shared things (people, places, organisations, dated events) get IRIs from what they
are, not from where they were read, so graphs of different articles merge by union:
``person/anna-weber`` is the same node whoever reports on him. Things that belong to
one article (its statements, annotations, media) live under the article's IRI.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import cache

DEFAULT_BASE_IRI = "https://w3id.org/diplograph/id/"

_NOT_WORD = re.compile(r"[^\w]+", re.UNICODE)


def slug(name: str) -> str:
    """A lowercase, hyphenated IRI segment for a name, stable and safe for any script.

    Latin letters lose their accents ("Šefčovič" -> "sefcovic"); letters of other
    scripts are kept (IRIs allow them); everything else becomes a hyphen. A name with
    no letters or digits at all gets a short hash so that it still has an identity.
    """
    text = "".join(_unaccent(c) for c in unicodedata.normalize("NFKC", name)).casefold()
    text = _NOT_WORD.sub("-", text).replace("_", "-").strip("-")
    text = re.sub(r"-{2,}", "-", text)
    if not text:
        return "x" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]
    return text[:80].rstrip("-")


@cache
def _name_variants() -> dict[str, str]:
    from .reference import data_rows

    canonical: dict[str, str] = {}
    for row in data_rows("lexicons", "name_variants.tsv"):
        for variant in row[1].split(","):
            canonical[variant.strip()] = row[0]
    return canonical


def person_key(name: str) -> str:
    """The IRI segment of a person: the name's slug with each word in its canonical spelling.

    Transliterations of one name ("Sergei"/"Sergey", lexicon ``name_variants.tsv``) give one
    IRI, so two articles that spell a minister differently name the same node. Nothing else is
    folded: "S. Ivanov" and "Sergey Ivanov" stay apart, as the article does not make them one.
    """
    variants = _name_variants()
    return "-".join(variants.get(word, word) for word in slug(name).split("-"))


def check_base_iri(base: str) -> str:
    """The base IRI, ending in '/' or '#', or ValueError when it is not an absolute http(s) IRI."""
    if not re.match(r"^https?://[^\s<>\"{}|\\^`]+$", base):
        raise ValueError(f"{base!r} is not an absolute http(s) IRI")
    return base if base.endswith(("/", "#")) else base + "/"


def _unaccent(char: str) -> str:
    """A Latin letter without its accents; letters of other scripts as they are (й stays й)."""
    parts = unicodedata.normalize("NFKD", char)
    if parts and unicodedata.name(parts[0], "").startswith("LATIN"):
        return "".join(c for c in parts if not unicodedata.combining(c))
    return char


class Minter:
    """Mints the IRIs of one article's graph under a base IRI."""

    def __init__(self, base: str = DEFAULT_BASE_IRI, article_slug: str = "article") -> None:
        self.base = check_base_iri(base)
        self.article = f"{self.base}article/{slug(article_slug)}"

    def person(self, name: str) -> str:
        return f"{self.base}person/{person_key(name)}"

    def country(self, name: str) -> str:
        return f"{self.base}country/{slug(name)}"

    def city(self, name: str, country: str | None) -> str:
        if country:
            return f"{self.base}city/{slug(country)}/{slug(name)}"
        return f"{self.base}city/{slug(name)}"

    def place(self, name: str) -> str:
        return f"{self.base}place/{slug(name)}"

    def organization(self, name: str) -> str:
        return f"{self.base}organization/{slug(name)}"

    def event(self, kind: str, date: str, key_parts: list[str]) -> str:
        """A dated event is shared: same kind, date, place and attendees, same IRI."""
        digest = hashlib.sha1("\n".join(sorted(key_parts)).encode("utf-8")).hexdigest()[:10]
        return f"{self.base}event/{slug(kind)}/{date}/{digest}"

    def local(self, *parts: str) -> str:
        """A node that belongs to this article: ``<article>/statement/s1`` and the like."""
        return "/".join([self.article, *(slug(p) for p in parts)])
