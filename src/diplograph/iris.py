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
    scripts are kept (IRIs allow them), and so are the vowel signs and other marks on
    them: in "राजेश" the marks are letters of the name, and without them "राजेश" and
    "रोजेश" would be one person. Everything else becomes a hyphen. A name with no letters
    or digits at all gets a short hash so that it still has an identity.
    """
    text = unicodedata.normalize("NFC", _unaccent(unicodedata.normalize("NFKC", name)).casefold())
    kept: list[str] = []
    for char in text:
        if _is_word(char) or (unicodedata.category(char).startswith("M") and kept and kept[-1] != "-"):
            kept.append(char)
        elif not kept or kept[-1] != "-":
            kept.append("-")
    text = "".join(kept).replace("_", "-")
    text = re.sub(r"-{2,}", "-", text).strip("-")
    if not text:
        # Hash the NFKC form, as the letters above are read in it: a name typed composed or
        # decomposed, with a no-break or a plain space, is the same name.
        return "x" + hashlib.sha1(unicodedata.normalize("NFKC", name).encode("utf-8")).hexdigest()[:12]
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


def _is_word(char: str) -> bool:
    return _NOT_WORD.match(char) is None


def check_base_iri(base: str) -> str:
    """The base IRI, ending in '/' or '#', or ValueError when it is not an absolute http(s) IRI."""
    if not re.match(r"^https?://[^\s<>\"{}|\\^`]+$", base):
        raise ValueError(f"{base!r} is not an absolute http(s) IRI")
    return base if base.endswith(("/", "#")) else base + "/"


def _unaccent(text: str) -> str:
    """The text with its Latin letters' accents dropped; other scripts' marks stay (й stays й)."""
    out: list[str] = []
    latin = False
    for char in unicodedata.normalize("NFKD", text):
        if unicodedata.category(char).startswith("M"):
            if latin:
                continue  # an accent on a Latin letter
        else:
            latin = unicodedata.name(char, "").startswith("LATIN")
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


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
        """A node that belongs to this article: ``<article>/statement/s1`` and the like.

        Parts are ids of a facts file: unique there, but any text. An id that is its own slug
        ("s1", "talks-in-oslo") is used as it is; any other gets a hash of itself after its
        slug, so that "S1", "s 1" and "s-1" stay three statements, not one.
        """
        return "/".join([self.article, *(_local_segment(p) for p in parts)])


def _local_segment(part: str) -> str:
    segment = slug(part)
    if segment == part:
        return segment
    digest = hashlib.sha1(part.encode("utf-8")).hexdigest()[:10]
    return f"{segment[:60].rstrip('-')}-{digest}"
