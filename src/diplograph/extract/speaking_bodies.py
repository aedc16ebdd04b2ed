"""Speaking bodies: a presidency, a palace, a ministry that issues words ('the Presidency said'),
made an organisation of the page before speakers are resolved, so that its words have a
speaker."""

from __future__ import annotations

import re
from typing import Any

from ..iris import slug
from ..reference import gazetteer, key
from .context import Context, Parsed
from .reported_clauses import _subject_before
from .speakers import speech_verbs

BODY_HEADS = {"presidency", "mansion", "house", "palace", "office", "council", "ministry", "secretariat",
              "chancellery", "cabinet", "government", "department", "commission", "embassy"}


def speaking_bodies(ctx: Context, blocks: list[Parsed]) -> None:
    """'..., the Executive Mansion said', 'the Presidency of the Council announced', 'the foreign
    ministry said': a body no one has named as an organisation, which speaks, is one; its name is
    then read as it wherever printed."""
    from ..nlp import portfolios
    from .organizations import _generic_ministry, _unnamed_ministry
    from .titles import title_patterns

    titles = title_patterns()["title_only"]
    # (the head of a title, however qualified: 'the Federal President', 'the Malaysian Foreign Minister')
    title_words = {w for t in gazetteer().titles for w in re.split(r"[\s-]+", t.lower())} \
        - {"of", "the", "for", "and", "ministry", "cabinet"}
    named: dict[str, tuple[str, list[str]]] = {}  # printed name -> (organisation, its words)
    for parsed in blocks:
        for verb in parsed.doc:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in speech_verbs() or parsed.in_quote(verb.idx):
                continue
            for subject in [c for c in verb.children if c.dep_ == "nsubj"] + _subject_before(verb):
                words = _body_words(parsed, subject) or _spokespersons_ministry(subject)
                if words and words[-1].lower_ == "ministry" and subject.lower_ != "ministry":
                    if not any(t.i in parsed.entities for t in words):
                        ident = _unnamed_ministry_of(ctx, words) or ""
                        if ident:
                            named[" ".join(t.text for t in words)] = (ident, [t.lower_ for t in words])
                    continue
                if not words or any(t.i in parsed.entities for t in words):
                    continue
                printed = " ".join(t.text for t in words)
                if subject.lower_ == "ministry" and not printed[:1].isupper():
                    ident = _unnamed_ministry_of(ctx, words) or ""
                elif printed[:1].isupper():
                    if titles.match(printed) or subject.lower_ in title_words or ctx.person_id(printed) \
                            or ctx.country_of_text(printed) or key(printed) in gazetteer().outlets:
                        continue
                    kind = "GovernmentOrganization" if subject.lower_ in BODY_HEADS else "Organization"
                    if " of " in printed and _generic_ministry(printed, portfolios()):
                        # ('the Ministry of Foreign Affairs said': the home country's, none when unknown)
                        ident = _unnamed_ministry(ctx, printed, portfolios()) or ""
                    else:
                        ident = ctx.organization(printed, kind=kind)
                else:
                    continue
                if ident:
                    named[printed] = (ident, [t.lower_ for t in words])
    for parsed in blocks:
        for ministry in parsed.doc:
            found = _national_ministry(ctx, parsed, ministry)
            if found is not None:
                named[found[0]] = found[1]
    for parsed in ctx.blocks:
        for ident, words in named.values():
            for t in parsed.doc:
                span = parsed.doc[t.i:t.i + len(words)]
                if [w.lower_ for w in span] == words and not any(w.i in parsed.entities for w in span):
                    parsed.entities.update({w.i: ("organization", ident) for w in span})


def _body_words(parsed: Parsed, subject: Any) -> list[Any]:
    """The name of a body a subject gives: 'the [Executive Mansion]', 'the [Presidency of the Council]',
    'the [foreign ministry]'; none for a person, a place, a title or a lone word."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) \
            or subject.ent_type_ in ("PERSON", "GPE", "NORP", "DATE"):
        return []
    words = [t for t in subject.subtree if t.i <= subject.i and t.dep_ != "det"]
    if any(t.dep_ in ("poss", "case", "nummod") or t.is_punct for t in words) \
            or len(words) != subject.i - words[0].i + 1:
        return []
    if subject.text[:1].isupper():
        if not all(t.text[:1].isupper() for t in words):
            return []
        doc = subject.doc
        end = subject.i + 1
        # ('the Presidency of the Council': its 'of' phrase, in capitals, is its name's)
        while end + 2 < len(doc) and doc[end].lower_ == "of" and doc[end].head.i == subject.i \
                and doc[end + 1].lower_ == "the" and doc[end + 2].text[:1].isupper() and doc[end + 2].pos_ == "PROPN":
            end += 3
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                end += 1
        if end == subject.i + 1 and subject.lower_ == "ministry" and end + 1 < len(doc) and doc[end].lower_ == "of" \
                and doc[end].head.i == subject.i and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper():
            # ('the Ministry of Foreign Affairs confirmed': its portfolio, in capitals, is its name's)
            end += 1
            while (end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()) or (
                    end + 1 < len(doc) and doc[end].lower_ == "and" and doc[end + 1].text[:1].isupper()):
                end += 1
        words = list(doc[words[0].i:end])
        return words if len(words) >= 2 and (subject.pos_ == "PROPN" or subject.lower_ == "ministry") else []
    return words if subject.lower_ == "ministry" and len(words) == 2 else []


def _spokespersons_ministry(subject: Any) -> list[Any]:
    """'A defence ministry spokeswoman said ...': the ministry a spokesperson speaks for, printed
    before them ('defence ministry'), in lower case, its portfolio and 'ministry'."""
    from .speakers import SPOKESPEOPLE

    if subject.lemma_.lower() not in SPOKESPEOPLE:
        return []
    ministry = next((c for c in subject.children if c.dep_ == "compound" and c.lower_ == "ministry"
                     and c.i == subject.i - 1), None)
    if ministry is None:
        return []
    words = [t for t in ministry.subtree if t.i <= ministry.i]
    if len(words) != 2 or not words[0].is_lower or words[0].dep_ != "compound":
        return []
    return words


def _unnamed_ministry_of(ctx: Context, words: list[Any]) -> str | None:
    """'the foreign ministry' with no country told: the ministry of that portfolio, of the country
    the story is filed from when known."""
    from ..nlp import portfolios

    portfolio = portfolios().get(words[0].lower_)
    if portfolio is None:
        return None
    home = ctx.home_country()
    if home is not None:
        return ctx.organization(f"Ministry of {portfolio} of {home.name}", kind="GovernmentOrganization",
                                alternates=[" ".join(t.text for t in words)], country=ctx.country(home))
    return ctx.organization(f"Ministry of {portfolio}", kind="GovernmentOrganization",
                            alternates=[" ".join(t.text for t in words)])


def _national_ministry(ctx: Context, parsed: Parsed, ministry: Any) -> tuple[str, tuple[str, list[str]]] | None:
    """'according to the Kenyan ministry', 'a statement released by the Peruvian ministry', 'the
    Chilean ministry said': a ministry told by its country alone, which speaks. It is the ministry of
    that country the page already names, if one; else one of its own, as printed."""
    if ministry.lower_ != "ministry" or parsed.in_quote(ministry.idx) or ministry.i in parsed.entities:
        return None
    left = [c for c in ministry.children if c.i < ministry.i]
    if [c.lower_ for c in left if c.dep_ == "det"] != ["the"] or len(left) != 2:
        return None
    adjective = next((c for c in left if c.dep_ in ("amod", "compound") and c.i == ministry.i - 1), None)
    if adjective is None or not adjective.text[:1].isupper():
        return None
    country = gazetteer().country_of_demonym(adjective.text)
    if country is None:
        return None
    head = ministry.head
    according = head.i > 0 and ministry.doc[head.i - 1].lower_ == "according"
    speaks = (ministry.dep_ == "nsubj" and head.lemma_.lower() in speech_verbs()) or (
        ministry.dep_ == "pobj" and head.lower_ == "to" and according
    ) or (ministry.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in ("release", "issue"))
    if not speaks:
        return None
    printed = f"{adjective.text} ministry"
    place = slug(country.name) if slug(country.name) in ctx.places else None
    known = [o for o in ctx.organizations.values() if o.country == place and key(o.name).startswith("ministry")]
    if len(known) == 1:
        ident = ctx.organization(known[0].name, alternates=[printed])
    else:
        ident = ctx.organization(printed, kind="GovernmentOrganization", country=place)
    return printed, (ident, [adjective.lower_, "ministry"])
