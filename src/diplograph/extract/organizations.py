"""Organisations: ministries, commissions, companies and parties named in the text or implied
("the commerce ministry" of the home country), and the publisher from what the page says."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from spacy.tokens import Span

from ..nlp import portfolios
from ..reference import data_rows, gazetteer, key
from .context import Context, Parsed
from .name_spans import (
    DOCUMENT_WORDS,
    HOST_WORDS,
    ORGANIZATION_WORDS,
    country_after,
    known_organizations,
    names_a_feature,
    names_a_group,
    organization_span,
)
from .titles import CALENDAR_WORDS, OFFICE_ABBREVIATIONS, SMALL_WORDS, country_names, title_patterns


def _commissions(ctx: Context) -> None:
    """'the European Commissioner for Enlargement ... the Commission would present': a commissioner's
    commission (a known one) is named by the title; 'the Commission' printed bare afterwards is it."""
    commissions = {}
    for person in ctx.people.values():
        match = re.match(r"^(.+?)\s+Commissioner\b", person.title or "")
        known = known_organizations().get(key(f"{match.group(1)} Commission")) if match else None
        if known:
            commissions[known[0]] = ctx.organization(known[0], kind=known[1])
    if len(commissions) != 1:
        return
    ident = next(iter(commissions.values()))
    for parsed in ctx.blocks:
        for token in parsed.doc:
            if token.text == "Commission" and token.i and token.nbor(-1).lower_ == "the" \
                    and token.i not in parsed.entities and (token.i + 1 == len(parsed.doc)
                                                            or token.nbor(1).lower_ not in ("of", "for", "on")):
                parsed.entities[token.i] = ("organization", ident)


def find_organizations(ctx: Context) -> None:
    words = portfolios()
    places = gazetteer()
    _commissions(ctx)
    for parsed in ctx.blocks:
        _presidencies(ctx, parsed)
        _spelled_out(ctx, parsed)
        _spokespersons_ministries(ctx, parsed, words)
        for ent in parsed.ents:
            cut = next((i - 1 for i in range(ent.start + 1, ent.end) if i in parsed.entities
                        and ent.doc[i - 1].text == ","), None)
            if ent.label_ == "PERSON" and names_a_group(ent) and len(ent) > 1 \
                    and not any(i in parsed.entities for i in range(ent.start, ent.end)):
                group = ctx.organization(ent.text)  # 'an attack by [Boko Haram] fighters'
                parsed.entities.update({i: ("organization", group) for i in range(ent.start, ent.end)})
                continue
            if ent.label_ == "ORG" and ent.start not in parsed.entities and cut is not None:
                # '[the Government of Ruritania, Ana Berg]': the name after the comma is a person's
                ent = Span(ent.doc, ent.start, cut, label=ent.label_)
            if ent.label_ in ("LOC", "FAC") and ent[-1].lower_ in LOCATED_BODY_WORDS and len(ent) > 2:
                ent = Span(ent.doc, ent.start, ent.end, label="ORG")  # 'the Indian Ocean Tuna Commission'
            if ent.label_ != "ORG" or any(i in parsed.entities for i in range(ent.start, ent.end)):
                continue
            ent = organization_span(ent)
            ent = _second_portfolio(parsed, ent, words)
            while len(ent) > 1 and ent[-1].lower_ in ("on", "in", "at", "to"):
                ent = Span(ent.doc, ent.start, ent.end - 1, label=ent.label_)  # 'the [Ministry ... on] Rijnstraat'
            if parsed.block.kind == "headline" and ent.ent_id_ == "" and not _named_elsewhere(ctx, ent.text):
                continue  # Title Case Headlines Fool The Recogniser: 'Britain Seeks'

            text = re.sub(r"^the\s+", "", ent.text.strip(), flags=re.I)
            text = re.sub(r"['’]s$", "", text).strip()
            if not text or (not text[0].isupper() and ent.ent_id_ != "ministry"):
                continue
            honorifics_only = title_patterns()["honorifics_only"]
            if places.country(text) or places.country_of_demonym(text) or honorifics_only.match(text) \
                    or honorifics_only.match(f"His {text}"):
                continue  # (or 'H.E.', or 'His [Royal Highness]', taken for an organisation)
            if text.lower() in CALENDAR_WORDS and ent.end < len(parsed.doc) \
                    and parsed.doc[ent.end].like_num:
                continue  # ('ROME, MAR 18': a dateline's month)
            if places.country_of_capital(text):  # 'Berlin says', tagged as an organisation
                place_id = ctx.place_named(text)
                if place_id:
                    parsed.entities.update({i: ("place", place_id) for i in range(ent.start, ent.end)})
                continue
            following = parsed.doc[ent.end].text if ent.end < len(parsed.doc) else ""
            if following.lower() in GATHERINGS and key(text) not in known_organizations():
                ent = parsed.doc[ent.start:ent.end + 1]  # 'the [CARICOM Heads of Government] meeting'
            named = [t.lower_ for t in ent if t.lower_ != "the"]
            if "ministerial" in named and set(named) <= GATHERING_WORDS | {"council"} \
                    and key(text) not in known_organizations():
                continue  # 'the organisation's annual Ministerial Council': its ministers' gathering
            if ent[-1].lower_ in GATHERINGS and key(text) not in known_organizations():
                host = _gathering_host(ent)  # 'the Pacific Islands Forum Foreign Ministers Meeting'
                if host is None:
                    continue  # a named gathering is an event, not an organisation
                ent = host
                text = host.text
            before_title = title_patterns()["title_only"].match(following) or (
                title_patterns()["title_only"].match(text.split()[-1]) and not re.search(r"\b(?:of|for)\s+the\s", text))
            if ent.ent_id_ != "ministry" and key(text) not in known_organizations() and (
                    ctx.person_id(text) or before_title):
                continue  # a surname, or the words before a title ('Indian External Affairs Minister')
            if _not_an_organization(ent, text, words):
                continue
            if _generic_ministry(text, words):
                ident = _unnamed_ministry(ctx, text, words, ent)
            elif ent.ent_id_ == "ministry":
                ident = _ministry(ctx, text, words)
            elif key(text) in known_organizations():
                name, kind = known_organizations()[key(text)]
                ident = ctx.organization(name, kind=kind, alternates=[text])
                parent = _parent_body(name)
                if parent is not None:  # 'the United Nations General Assembly': an organ of the United Nations
                    ctx.organization(parent[0], kind=parent[1])
            elif _plausible_organization(text):
                government = re.match(r"^(?:Ministry|Department|Office|Embassy|Presidency|Government)\s+of\s+(.+\s+)?"
                                      r"of\s+(?:the\s+)?(?P<c>.+)$|^Government\s+of\s+(?:the\s+)?(?P<g>.+)$", text)
                country = ctx.country_of_text(government.group("c") or government.group("g")) if government else None
                if country is None and re.match(r"^Office\s+of\s+the\s+", text) \
                        and title_patterns()["title_only"].match(re.sub(r"^Office\s+of\s+the\s+", "", text)):
                    country = ctx.home_country()  # 'the Office of the Prime Minister', filed from home
                ident = ctx.organization(text, kind="GovernmentOrganization", country=ctx.country(country)) \
                    if country else ctx.organization(text)
            else:
                continue
            if ident:
                parsed.entities.update({i: ("organization", ident) for i in range(ent.start, ent.end)})
        _companies(ctx, parsed)
        _parties(ctx, parsed)


@cache
def _parent_bodies() -> dict[str, str]:
    """A body's organ that names the body itself ('the UN General Assembly' speaks as the United
    Nations): the organ's canonical name -> the body's (the lexicon's optional fourth column)."""
    return {row[1]: row[3] for row in data_rows("lexicons", "organizations.tsv") if len(row) > 3 and row[3]}


def _parent_body(name: str) -> tuple[str, str] | None:
    """The known body an organ belongs to ('Freedonian Union Assembly' -> 'Freedonian Union'), and its type."""
    parent = _parent_bodies().get(name)
    return known_organizations().get(key(parent)) if parent else None


# The last word of a body named after a region, which the recogniser takes for the region's name
LOCATED_BODY_WORDS = {"commission", "council", "organisation", "organization", "agency", "authority", "secretariat"}
# The nouns a company is introduced with: 'the aerospace group Aerovia', 'the national carrier X'
COMPANY_NOUNS = {"group", "company", "firm", "airline", "carrier", "conglomerate", "manufacturer", "maker",
                 "shipbuilder", "giant", "operator", "corporation", "bank", "insurer", "lender", "utility",
                 "broadcaster", "producer", "miner", "developer", "contractor"}
# The last word of a party's or alliance's name: 'the Greens and Farmers Alliance'
PARTY_WORDS = {"party", "alliance", "front", "movement", "coalition"}


def _companies(ctx: Context, parsed: Parsed) -> None:
    """'the aerospace group Aerovia', 'the state airline Aerorutas': a name right after a company's
    noun (which the recogniser may take for a person's or a place's) is a company's."""
    doc = parsed.doc
    for ent in parsed.ents:
        if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP") or ent.start < 2 \
                or any(i in parsed.entities for i in range(ent.start, ent.end)):
            continue
        noun = doc[ent.start - 1]
        acronym = len(ent) == 1 and ent.text.isupper() and ent.text.isalpha() and len(ent.text) >= 2
        if noun.lower_ not in COMPANY_NOUNS or not noun.text.islower() \
                or not (acronym or any(t.lower_ == "the" for t in doc[max(0, noun.i - 3):noun.i])) \
                or (ent.end < len(doc) and doc[ent.end].text[:1].isupper()):
            continue
        text = ent.text.strip()
        if not text[:1].isupper() or gazetteer().country(text) or ctx.person_id(text) or len(text.split()) > 4:
            continue
        ident = ctx.organization(text)
        parsed.entities.update({i: ("organization", ident) for i in range(ent.start, ent.end)})
    for token in doc:
        # 'An ACME spokesperson declined to comment': letters before the one who speaks for them;
        # 'a unit of state utility ACME': after a company's noun
        if token.i < 1 or token.i + 1 >= len(doc) or token.i in parsed.entities \
                or not (token.text.isupper() and token.is_alpha and 2 <= len(token.text) <= 6) \
                or gazetteer().country(token.text) or ctx.person_id(token.text):
            continue
        before, after = doc[token.i - 1], doc[token.i + 1]
        if not ((before.lower_ in ("a", "an", "the") and after.lower_ in SPOKESPERSON_WORDS - {"statement", "source"})
                or (before.lower_ in COMPANY_NOUNS and before.text.islower() and not after.text[:1].isupper())):
            continue
        ident = ctx.organization(token.text)
        parsed.entities[token.i] = ("organization", ident)


def _second_portfolio(parsed: Parsed, ent: Any, words: dict[str, str]) -> Any:
    """'the [Ministry of Industry] and Trade': a ministry's name the recogniser cut at the 'and'
    between its two portfolios."""
    doc = parsed.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in ("and", "&") \
            or not any(t.lower_ in ("ministry", "department") for t in ent) \
            or ent[-1].lower_ not in words or not doc[ent.end + 1].text[:1].isupper() \
            or doc[ent.end + 1].lower_ not in words or ent.end + 1 in parsed.entities:
        return ent
    return Span(doc, ent.start, ent.end + 2, label=ent.label_)


def _parties(ctx: Context, parsed: Parsed) -> None:
    """'Ana Berg of the Greens and Farmers Alliance': a run of capitalised words after 'the'
    ending in a party's word, that the recogniser cut into a people's and a place's name."""
    doc = parsed.doc
    for token in doc:
        if token.lower_ not in PARTY_WORDS or not token.text[:1].isupper() or token.i in parsed.entities \
                or (token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper()):
            continue
        start = token.i
        while start > 0 and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in ("and", "of", "for")) \
                and doc[start - 1].i not in parsed.entities:
            start -= 1
        while start < token.i and doc[start].lower_ in ("and", "of", "for"):
            start += 1
        if start == 0 or doc[start - 1].lower_ != "the" or token.i - start < 2 \
                or not any(t.lower_ == "and" for t in doc[start:token.i]):
            continue  # (only a name the recogniser cut at its 'and': one whole name it finds itself)
        text = doc[start:token.i + 1].text
        ident = ctx.organization(text)
        parsed.entities.update({i: ("organization", ident) for i in range(start, token.i + 1)})


GATHERINGS = {"meeting", "summit", "conference", "forum", "dialogue", "talks"}
# The words that name a gathering after the body that holds it: '<body> Foreign Ministers Meeting'.
GATHERING_WORDS = GATHERINGS | {"foreign", "defence", "defense", "trade", "finance", "economic", "ministers",
                                "ministers'", "ministerial", "leaders", "leaders'", "heads", "of", "state", "and",
                                "government", "annual", "special", "extraordinary", "'", "’"}


def _gathering_host(ent: Any) -> Any | None:
    """The body a named gathering is of: 'the [Pacific Islands Forum] Foreign Ministers Meeting',
    'the [ASEAN] Defence Ministers' Meeting' (a known name, an acronym, or a name ending as bodies'
    names end), when the rest is only the gathering's words."""
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    for end in range(ent.end - 1, start, -1):
        rest = ent.doc[end:ent.end]
        if not all(t.lower_ in GATHERING_WORDS for t in rest):
            break
        head = ent.doc[start:end]
        last = head[-1]
        if key(head.text) in known_organizations() or (len(head) == 1 and head.text.isupper() and len(head.text) > 1) \
                or (len(head) > 1 and last.lower_ in HOST_WORDS and all(t.text[:1].isupper() for t in head)):
            return head
    return None


# Adjectives of a faith that end no organisation's name ('the Theravada Buddhist tradition').
FAITH_WORDS = {"buddhist", "muslim", "islamic", "christian", "catholic", "orthodox", "hindu", "jewish", "sikh",
               "protestant", "anglican", "evangelical", "sunni", "shia", "shiite"}


def _not_an_organization(ent: Any, text: str, portfolio_words: dict[str, str]) -> bool:
    """What the recogniser takes for an organisation but is a title ('Minister of Foreign Affairs of
    X'), a portfolio ('Foreign Affairs'), a document ('Joint Statement of ...') or the subject of
    one ('Memorandum of Understanding on [Consular Cooperation]')."""
    doc = ent.doc
    if title_patterns()["title_only"].match(re.split(r"\s+(?:of|for)\s+", text)[0]):
        return True
    if re.match(r"^(?:Mr|Mrs|Ms|Mme|Mlle|Miss|Madam|Madame)\.?\s+[A-Z][\w'’-]*$", text):
        return True  # 'told Mrs Berg-Vos that ...': a woman named with her honorific, not a body
    if re.split(r"\s+(?:of|for|on)\s+", text)[0].split()[-1].lower() in office_heads():
        return True  # 'the Special Representative on X', 'the Undersecretary of X': an office, not a body
    if title_patterns()["office_only"].match(text):
        return True  # 'the Beninese Head of State', "Ruritania's head of government": an office
    if any(title_patterns()["office_only"].match(doc[ent.start:end].text) and doc[end - 1].text[:1].isupper()
           for end in range(ent.end + 1, min(ent.end + 3, len(doc)) + 1)):
        return True  # 'the [Ruritanian Economy] Secretary X': an office the recogniser cut short
    if key(text) in {key(w) for pair in portfolio_words.items() for w in pair}:
        return True
    if any(t.lower_ in DOCUMENT_WORDS for t in ent):
        return True
    if re.fullmatch(r"[A-Za-z]{2,}-\d+", text):
        return True  # 'the COVID-19 pandemic', 'MERS-2': a disease or a model, not a body ('G-20' is one letter)
    words = [t for t in ent if t.lower_ != "the"]
    if ent.start and doc[ent.start - 1].lower_ == "between" and any(t.lower_ == "and" for t in ent) \
            and not any(t.lower_ in ORGANIZATION_WORDS | HOST_WORDS for t in ent):
        return True  # 'the bridge between [Holna and Brodno]': two places, not one body
    if len(words) > 2 and words[0].lower_ in ("program", "programme") and words[1].lower_ in ("of", "for", "on"):
        return True  # 'the Program of Cooperation between ...': a document's title
    if words and words[0].lower_ in ("ministries", "departments", "governments"):
        return True  # 'the Ministries of Foreign Affairs of A and B': two bodies, none named
    if names_a_feature(ent):
        return True
    if _in_portfolio(ent) or _post_nominal(ent) or text in OFFICE_ABBREVIATIONS:
        return True
    if words and words[-1].lower_ in ("of", "for", "and", "the", "&"):
        return True  # 'the [Supreme Patriarch of the] Mohanikaya order': a name cut short, no body's
    if words and words[-1].lower_ in FAITH_WORDS:
        return True  # 'the [Theravada Buddhist] tradition': a faith's adjective, not a body
    if words and words[-1].lower_ in BYLINE_ROLES:
        return True  # 'By Ann Lee, FPA Contributor': the writer's job on the byline
    # ('the Agreement on [the Joint Management of ...]', 'the Declaration on Peace, Security and
    # [Cross-Border Trade]': the subject of a document, or the last of its subjects)
    start = ent.start - 1 if ent.start and doc[ent.start - 1].lower_ == "the" else ent.start
    while start > 2 and (doc[start - 1].text in (",", "&") or doc[start - 1].lower_ == "and") \
            and doc[start - 2].text[:1].isupper():
        start -= 2
        while start > 1 and doc[start - 1].text[:1].isupper() and doc[start - 1].lower_ not in DOCUMENT_WORDS:
            start -= 1
    if start > 1 and doc[start - 1].lower_ in ("on", "of") and doc[start - 2].lower_ in DOCUMENT_WORDS:
        return True
    return _in_document_title(ent)


@cache
def office_heads() -> frozenset[str]:
    return frozenset(row[0].strip().lower() for row in data_rows("lexicons", "office_heads.txt"))


def _in_document_title(ent: Any) -> bool:
    """'a Memorandum of Understanding on Cooperation in Higher Education and [Scientific Research]': the
    last words of a document's title printed in capitals (a known body or an acronym is still one)."""
    doc = ent.doc
    if key(ent.text) in known_organizations() or ent.text.isupper() \
            or any(t.lower_ in ORGANIZATION_WORDS | HOST_WORDS for t in ent):
        return False
    at = ent.start - 1
    while at > 0 and ent.start - at < 16 and (doc[at].lower_ in ("of", "on", "in", "for", "and", "the", ",", "&")
                                               or (doc[at].text[:1].isupper() and doc[at].is_alpha)):
        if doc[at].lower_ in DOCUMENT_WORDS and doc[at].text[:1].isupper():
            return doc[at + 1].lower_ in ("on", "of", "for", "in")
        at -= 1
    return False


OFFICE_HEADS = {"minister", "ministers", "secretary", "commissioner", "ministry", "department", "cabinet", "commander",
                "chief"}


def _in_portfolio(ent: Any) -> bool:
    """'the Minister of Foreign Affairs, [Regional Integration and International Trade]', 'the Minister of
    [External Relations]', 'Minister of Foreign Affairs and [International Cooperation of the Republic
    of X]': the rest of an office's portfolio, which the recogniser took for a body (a name with a
    word bodies are named with, 'the World Bank', is one)."""
    doc = ent.doc
    if key(ent.text) in known_organizations() or any(t.lower_ in ORGANIZATION_WORDS | HOST_WORDS
                                                     and t.lower_ != "affairs" for t in ent):
        return False
    at = ent.start - 1
    if at >= 0 and doc[at].lower_ == "the" and at >= 1 and doc[at - 1].lower_ in ("of", "for"):
        at -= 1  # ('Minister for [the Environment]')
    if at < 1 or doc[at].lower_ not in ("of", "for", "and", "&", ","):
        return False
    while at >= 0 and (doc[at].lower_ in ("and", "&", ",") or (doc[at].text[:1].isupper() and doc[at].is_alpha
                                                                and doc[at].lower_ not in OFFICE_HEADS)):
        at -= 1  # (back over the portfolio's words printed before: 'Foreign Affairs, ')
    if at >= 0 and doc[at].lower_ == "the" and at >= 1 and doc[at - 1].lower_ in ("of", "for"):
        at -= 1
    return at >= 1 and doc[at].lower_ in ("of", "for") and doc[at - 1].lower_ in OFFICE_HEADS \
        and doc[at - 1].text[:1].isupper()


def _post_nominal(ent: Any) -> bool:
    """'Dr the Hon. X, [GCSK], FRCP': letters of an order or degree printed after a name, no body."""
    doc = ent.doc
    if len(ent) != 1 or not ent.text.isupper() or key(ent.text) in known_organizations() or ent.start < 2 \
            or doc[ent.start - 1].text != ",":
        return False
    at = ent.start - 2
    while at >= 1 and doc[at].text.isupper() and doc[at].is_alpha and doc[at - 1].text == ",":
        at -= 2  # (after other letters: 'X, GCSK, [FRCP]')
    return doc[at].ent_type_ == "PERSON" or (doc[at].pos_ == "PROPN" and doc[at].ent_iob_ == "O"
                                             and doc[at].text[:1].isupper() and not doc[at].text.isupper()
                                             and at >= 1 and doc[at - 1].pos_ == "PROPN")


BYLINE_ROLES = {"contributor", "correspondent", "reporter", "writer", "editor", "columnist", "stringer"}



def _spelled_out(ctx: Context, parsed: Parsed) -> None:
    """'the Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation (BIMSTEC)':
    a body's name spelled out before its acronym in brackets is one name, however the recogniser cut
    it; the acronym is the name it goes by, the long one another."""
    doc = parsed.doc
    for token in doc:
        acronym = token.text
        if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 10) or token.i < 2 \
                or doc[token.i - 1].text != "(" or token.i + 1 >= len(doc) or doc[token.i + 1].text != ")" \
                or key(acronym) in known_organizations() or token.i in parsed.entities:
            continue
        start = token.i - 1
        while start > 0 and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in ("of", "for", "and", "on")
                             or doc[start - 1].text == "-") and not doc[start - 1].is_sent_start:
            start -= 1
        while start < token.i - 1 and not doc[start].text[:1].isupper():
            start += 1
        span = doc[start:token.i - 1]
        capitals = "".join(c for t in span for c in t.text if c.isupper())
        if len(span) < 2 or not capitals or capitals[0] != acronym[0] or not _subsequence(acronym, capitals) \
                or any(i in parsed.entities for i in range(span.start, span.end)) \
                or not any(t.lower_ in ORGANIZATION_WORDS | HOST_WORDS | {"initiative", "cooperation", "partnership"}
                           for t in span):
            continue
        ident = ctx.organization(acronym, alternates=[span.text])
        parsed.entities.update({i: ("organization", ident) for i in [*range(span.start, span.end), token.i]})


def _subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(c in letters for c in short)


def _presidencies(ctx: Context, parsed: Parsed) -> None:
    """'a statement from the Nigerian presidency', "Djibouti's presidency", 'the Czech presidential
    office', "the Slovak president's office", "the Fijian Prime Minister's Office": a head of state's
    or government's office, of that country."""
    places = gazetteer()
    doc = parsed.doc
    for token in doc:
        if token.i == 0 or token.i in parsed.entities:
            continue
        if token.text == "Presidency" and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "of":
            _presidency_of(ctx, parsed, token)
            continue
        at = token.i - 1
        if token.lower_ == "office" and doc[at].lower_ == "presidential":
            at -= 1
        elif token.lower_ == "office" and at >= 1 and doc[at].text in ("'s", "’s") \
                and doc[at - 1].lower_ == "president":
            at -= 2
        elif token.text == "Office" and at >= 1 and doc[at].text in ("'s", "’s") \
                and _title_start(doc, at) is not None:
            at = _title_start(doc, at) - 1  # "the Fijian Prime Minister's Office"
        elif token.lower_ != "presidency":
            continue
        elif _a_term(token):
            continue  # 'before the end of Ruritania's presidency' (of a council): a term of office, no body
        if at >= 1 and doc[at].text in ("'s", "’s"):
            at -= 1  # "Djibouti's presidency"
            country = places.country(doc[at].text) if at >= 0 else None
        else:
            country = places.country_of_demonym(doc[at].text) if at >= 0 else None
        owner = doc[at] if at >= 0 else token
        if country is None and token.lower_ == "office" and at >= 0 and doc[at].lower_ == "the" \
                and doc[at + 1].text[:1].isupper():
            # "the Prime Minister's Office in Ruritania's capital", "the Prime Minister's Office" in a story
            # filed from home: that country's
            owner = doc[at + 1]
            country = _country_printed_after(doc[owner.i:token.i + 1]) or ctx.home_country()
            if country is None:
                continue
        if country is None or not owner.text[:1].isupper() or (
                owner.i in parsed.entities and parsed.entities[owner.i][0] != "place"):
            continue
        ident = ctx.organization(doc[owner.i:token.i + 1].text, kind="GovernmentOrganization",
                                 country=ctx.country(country))
        parsed.entities.update({i: ("organization", ident) for i in range(owner.i, token.i + 1)})


# What a presidency that is a term of office, not a body, hangs on: 'during its presidency', 'the end of'.
TERM_WORDS = {"during", "under", "before", "after", "until", "throughout", "end", "start", "beginning", "course",
              "half", "term", "months", "year"}


def _a_term(token: Any) -> bool:
    """'before the end of Ruritania's presidency', 'during its presidency': the presidency is a term."""
    head = token.head
    if head.lower_ == "of" and head.head.i != head.i:
        head = head.head
    return token.dep_ == "pobj" and head.lower_ in TERM_WORDS


SPOKESPERSON_WORDS = {"spokesperson", "spokesman", "spokeswoman", "official", "officials", "statement", "source"}


def _spokespersons_ministries(ctx: Context, parsed: Parsed, words: dict[str, str]) -> None:
    """'A defence ministry spokeswoman said', 'a commerce ministry official': a ministry printed bare,
    before the one speaking for it (the home country's, or the national paper's)."""
    doc = parsed.doc
    for token in doc:
        if token.lower_ != "ministry" or token.i < 2 or token.i + 1 >= len(doc) \
                or doc[token.i + 1].lower_ not in SPOKESPERSON_WORDS or doc[token.i - 2].lower_ not in ("a", "an"):
            continue
        portfolio = doc[token.i - 1]
        if portfolio.lower_ not in words or any(i in parsed.entities for i in (portfolio.i, token.i)):
            continue
        ident = _unnamed_ministry(ctx, doc[portfolio.i:token.i + 1].text, words)
        if ident:
            parsed.entities.update({i: ("organization", ident) for i in (portfolio.i, token.i)})


def _title_start(doc: Any, end: int) -> Any:
    """Where the longest office printed just before doc[end] begins ('[Prime Minister]'s'), or None."""
    found = None
    for back in range(end - 1, max(0, end - 5) - 1, -1):
        if not doc[back].text[:1].isupper():
            break
        if title_patterns()["title_only"].match(doc[back:end].text):
            found = back
    return found


def _presidency_of(ctx: Context, parsed: Parsed, token: Any) -> None:
    """'the Presidency of Ruritania', 'the Presidency of the Republic' (in a story from home: the
    home country's): a head of state's office."""
    doc = parsed.doc
    end = country_after(doc, token.i + 2)
    country = gazetteer().country(doc[token.i + 2:end].text) if end else None
    if end is None and doc[token.i + 2].lower_ == "the" and token.i + 3 < len(doc) \
            and doc[token.i + 3].text in ("Republic", "Council", "Government", "Confederation"):
        # ('the Presidency of the Council (of Ministers)': a head of government's office)
        end = token.i + 4
        if doc[token.i + 3].text == "Council" and end + 1 < len(doc) and doc[end].lower_ == "of" \
                and doc[end + 1].text == "Ministers":
            end += 2
        country = ctx.home_country() or _outlet_country(ctx)
    if end is None or any(i in parsed.entities and parsed.entities[i][0] != "place" for i in range(token.i, end)):
        return
    ident = ctx.organization(doc[token.i:end].text, kind="GovernmentOrganization",
                             country=ctx.country(country) if country else None)
    parsed.entities.update({i: ("organization", ident) for i in range(token.i, end)})


def _outlet_country(ctx: Context) -> Any:
    hint = ctx.page.publisher_hint
    return gazetteer().outlet_country(hint) if hint else None


def _generic_ministry(text: str, words: dict[str, str]) -> bool:
    """'Ministry of Foreign Affairs', 'the Defence Ministry': a ministry named by its portfolio alone,
    which every country has ('Ministry of Foreign and CARICOM Affairs' names one)."""
    generic = {key(f"{kind} of {p}") for p in {*words, *words.values()} for kind in ("Ministry", "Department")} \
        | {key(f"{p} {kind}") for p in {*words, *words.values()} for kind in ("Ministry", "Department")}
    return key(text) in generic


def _unnamed_ministry(ctx: Context, text: str, words: dict[str, str], ent: Any = None) -> str | None:
    """A ministry printed with no country: the publisher when it is the one publishing, else the
    ministry of the city it is printed in ('the Ministry of Foreign Affairs in Havana'), else of
    the country the story is filed from; none when none is known."""
    hint = ctx.page.publisher_hint
    if hint and key(gazetteer().outlet(hint)[0]) == key(text):
        return ctx.organization(gazetteer().outlet(hint)[0], kind="GovernmentOrganization")
    home = _country_printed_after(ent) if ent is not None else None
    home = home or ctx.home_country() or _outlet_country(ctx)  # (or the national paper's: 'the commerce ministry')
    if hint and home is not None:  # ('the Foreign Ministry' in a release of the foreign ministry of the home country)
        full = gazetteer().outlet(hint)[0]
        if re.match(r"^(?:the\s+)?(?:Ministry|Department)\b", full, re.I) \
                and any(c.code == home.code for c in country_names(full)) \
                and _portfolio(full, words) == _portfolio(text, words):
            return ctx.organization(full, kind="GovernmentOrganization", alternates=[text], country=ctx.country(home))
    portfolio = next((words[w] for w in sorted(words, key=len, reverse=True) if re.search(rf"\b{w}\b", text, re.I)),
                     None)
    if home is None or portfolio is None:
        return None
    return ctx.organization(f"Ministry of {portfolio} of {home.name}", kind="GovernmentOrganization",
                            alternates=[text], country=ctx.country(home))


def _portfolio(text: str, words: dict[str, str]) -> str | None:
    return next((words[w] for w in sorted(words, key=len, reverse=True) if re.search(rf"\b{w}\b", text, re.I)), None)


def _country_printed_after(ent: Any) -> Any:
    """'the Ministry of Foreign Affairs [in Havana]': the country of a place printed right after a body."""
    doc, places = ent.doc, gazetteer()
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "in" or doc[ent.end + 1].ent_type_ != "GPE":
        return None
    end = ent.end + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    name = doc[ent.end + 1:end].text
    city = places.city(name)
    return places.country(name) or places.country_of_capital(name) or (
        places.country_by_code(city.country) if city else None)


def _named_elsewhere(ctx: Context, text: str) -> bool:
    """A headline's name printed in the story on its own, not as the end of a longer name ('[Joint
    Committee]' in the headline, 'the Ruritanian-Osterlich Higher Joint Committee' in the story)."""
    for parsed in ctx.blocks:
        if parsed.block.kind == "headline":
            continue
        for found in re.finditer(re.escape(text), parsed.text):
            word = re.search(r"(\S+)[ \t]*$", parsed.text[max(0, found.start() - 40):found.start()])
            if word is None or not word.group(1)[:1].isupper() or word.group(1) in ("The", "A", "An"):
                return True
    return False


def _plausible_organization(text: str) -> bool:
    outlets = gazetteer().outlets
    if key(text) in outlets:
        return False  # an outlet named in the text is a source, not an actor
    words = text.split()
    if len(words) == 1 and not (text.isupper() and len(text) >= 2) and not re.search(r"[a-z]{2}[A-Z]", text):
        return False  # a lone capitalised word ('Readout', 'Cabinet') is rarely an organisation's name ('SkyLink' is)
    # (a ministry of several portfolios has a long name: 'Ministry of Foreign Affairs, Regional
    # Integration and International Trade of Mauritius')
    longest = 14 if words[0] in ("Ministry", "Department") else 8
    return len(words) <= longest and not text.isdigit() and all(w[:1].isupper() or w.lower() in SMALL_WORDS
                                                                or w == "&" for w in words)  # ('Mitsui & Co.')


def _ministry(ctx: Context, text: str, words: dict[str, str]) -> str | None:
    """"China's defence ministry" -> 'Ministry of Defence of China' (as printed kept as another name)."""
    lowered = text.lower()
    portfolio = next((words[w] for w in sorted(words, key=len, reverse=True) if re.search(rf"\b{w}\b", lowered)),
                     None)
    owner = re.split(r"\s+(?=" + "|".join(sorted(words, key=len, reverse=True)) + r"\b)|\s+ministry", text,
                     flags=re.I)[0]
    two = re.search(r"\bministry\s+of\s+(\w+)\s+(?:and|&)\s+(\w+)$", lowered)
    if two and two.group(1) in words and two.group(2) in words:
        portfolio = f"{words[two.group(1)]} and {words[two.group(2)]}"  # ('Ministry of Industry and Trade')
    country = ctx.country_of_text(owner)
    if country is None and owner.lower().strip() in ("the", "foreign", "ministry", ""):
        # "the foreign ministry said", filed from the ministry's capital or printed in its national paper
        country = ctx.home_country() or _outlet_country(ctx)
    if not portfolio and country and re.fullmatch(r"\S+\s+ministry", text):
        return _ministry_named_before(ctx, text, country)
    if not portfolio or not country:
        return None
    name = f"Ministry of {portfolio} of {country.name}"
    return ctx.organization(name, kind="GovernmentOrganization", alternates=[text], country=ctx.country(country))


def _ministry_named_before(ctx: Context, text: str, country: Any) -> str | None:
    """'the Ruritanian ministry': the ministry of that country the story has named, or, where the story
    names ministries of one portfolio only (its defence ministers' talks), that country's ministry of it."""
    owner = ctx.country(country)
    named = [o for o in ctx.organizations.values() if re.match(r"^Ministry\s+of\s+", o.name)]
    own = [o for o in named if o.country == owner]
    if len(own) == 1:
        return ctx.organization(own[0].name, alternates=[text])
    portfolios = {m.group(1) for o in named if (m := re.match(r"^Ministry\s+of\s+(.+?)\s+of\s+", o.name))}
    if own or len(portfolios) != 1:
        return None
    return ctx.organization(f"Ministry of {portfolios.pop()} of {country.name}", kind="GovernmentOrganization",
                            alternates=[text], country=owner)


def find_publisher(ctx: Context) -> str | None:
    hint = ctx.page.publisher_hint
    if not hint:
        return None
    full, alternates = gazetteer().outlet(hint)
    government = r"\bministry|department|government|secretar[ií]a|secretariat|presidency|state house|office of the\b" \
        r"|^president of the republic\b"  # (a head of state's own site: 'President of the Republic of X')
    kind = "GovernmentOrganization" if re.search(government, full, re.I) else "NewsMediaOrganization"
    return ctx.organization(full, kind=kind, alternates=alternates)
