"""People and organisations: names from the entity recogniser, job titles and
countries from the words around them ("Indian Foreign Minister Arjun Mehta", "his German
counterpart Anna Weber", "Anna Weber, Germany's foreign minister,")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..iris import slug
from ..model import Person
from ..reference import data_rows, gazetteer, key
from .context import PARTICLES, Context, Parsed
from .name_spans import (
    DOCUMENT_WORDS,
    HOST_WORDS,
    MISTAKEN_LABELS,
    NAME_PARTICLES,
    ORGANIZATION_WORDS,
    after_comma,
    continues_organization,
    known_organizations,
    letters,
    mislabelled_person,
    named_after_title,
    names_a_building,
    names_a_feature,
    names_a_group,
    surname_after_comma,
    title_words,
    titled,
    titled_after_name,
    whole_name,
    without_country,
    without_honorific,
    without_title_end,
    without_verb,
)
from .titles import (
    CALENDAR_WORDS,
    HONORIFICS,
    OFFICE_ABBREVIATIONS,
    POSS,
    SMALL_WORDS,
    alternation,
    fold,
    title_patterns,
)


def title_case(title: str) -> str:
    """'foreign minister' -> 'Foreign Minister'; 'secretary of state' -> 'Secretary of State'."""
    if any(c.isupper() for c in title):
        return " ".join(title.split())
    words = title.split()
    return " ".join(w if (w in SMALL_WORDS and i) else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
                    for i, w in enumerate(words))  # ('secretary-general' -> 'Secretary-General')


def clean_person_name(text: str) -> str | None:
    """The name in a PERSON mention, without titles, ranks, honorifics and possessive."""
    name = re.sub(r"['’]s?$", "", " ".join(text.split())).strip(" ,.;:")
    if re.search(r"\s(?:Jr|Sr)$", name) and re.search(r"\s(?:Jr|Sr)\s*\.", text):
        name += "."  # ('Tomas Reyle Jr.': the suffix keeps its stop)
    stripped = title_patterns()["leading"].sub("", name)
    if len(stripped.split()) == 1 and re.search(r"(?:^|\s)Gen\s+" + re.escape(stripped) + "$", name):
        stripped = "Gen " + stripped  # ('Defence Minister Gen Arata': a given name; a rank comes with a full name)
    name = stripped
    words = name.split()
    while words and (words[0].lower() in HONORIFICS or words[0] in OFFICE_ABBREVIATIONS):
        words = words[1:]  # ('PM Ana Berg': an office printed short, in capitals only)
    # ('Faris Al Nayef Al Thamer Al Murran': particles do not make a name too long to be one)
    if not words or len([w for w in words if w.lower() not in PARTICLES]) > 6:
        return None
    if all(w.lower().rstrip(".") in CALENDAR_WORDS for w in words):
        return None  # 'Fri Jun': a date line
    if title_patterns()["honorifics_only"].match(" ".join(words)):
        return None  # 'Sheikh', 'Dato': an honorific without the name
    places = gazetteer()
    if any(ch.isdigit() for ch in name) or not words[0][:1].isupper():
        return None
    if places.country(name) or places.country_of_demonym(name) or (places.city(name) and len(words) == 1):
        return None
    city = places.city(name) if len(words) > 1 else None
    if city is not None and city.population >= BIG_CITY:
        return None  # 'from [Ho Chi Minh City]', 'to [Kuala Lumpur]': a big city's name is no person's
    if title_patterns()["title_only"].match(name):
        return None
    if words[-1].lower() in DOCUMENT_WORDS | PLAN_WORDS and len(words) > 1:
        return None  # 'the Apia Declaration', 'the Osterholm Roadmap': a document or plan named for a place
    return " ".join(words)


# Words that close the name of a plan or programme ('the Osterholm Roadmap', 'the Vardo Agenda')
PLAN_WORDS = {"roadmap", "agenda", "strategy", "programme", "program", "pact", "compact", "consensus", "initiative"}

# A city this big named in more than one word is never taken for a person's name.
BIG_CITY = 100_000

ROYAL = {"king", "queen", "emir", "sultan", "prince", "princess", "sheikh", "emperor", "empress"}
ROYAL_WORD = re.compile(r"\b(?:" + "|".join(sorted(ROYAL)) + r")\b", re.I)
REGNAL = re.compile(r"^(?:[IVX]+|bin|ibn|Al|al)$")


def _royal_names(parsed: Parsed) -> list[tuple[Any, str]]:
    """'King Mlandeni III', 'Sultan Faris bin Saqr': a royal title and the capitalised name after
    it, with a regnal number, which the recogniser often leaves untagged."""
    found: list[tuple[Any, str]] = []
    if not ROYAL_WORD.search(parsed.text):
        return found  # most paragraphs: no need to visit every token
    doc = parsed.doc
    for token in doc:
        if token.lower_ not in ROYAL or not token.text[:1].isupper() or token.i + 1 >= len(doc):
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= 5 and (
                _name_word(doc[end]) or (end > token.i + 1 and REGNAL.match(doc[end].text))):
            end += 1
        while end > token.i + 1 and REGNAL.match(doc[end - 1].text) and doc[end - 1].text in ("bin", "ibn", "Al", "al"):
            end -= 1
        if end == token.i + 1 or any(doc[i].ent_type_ == "PERSON" for i in range(token.i + 1, end)):
            continue  # nothing after the title, or a name the recogniser found already
        span = doc[token.i:end]
        name = clean_person_name(span.text)
        if name and name.lower() not in ROYAL:
            found.append((span, name))
    return found


def _royal_title_before(parsed: Parsed, ent: Any, name: str) -> str | None:
    """'King' in 'King Rudolf' (inside the mention or just before it)."""
    text = parsed.text
    name_at = ent.start_char + max(0, ent.text.find(name.split()[0]))
    match = re.search(r"\b([A-Z][a-z]+)\s+$", text[max(0, name_at - 12):name_at])
    return match.group(1) if match and match.group(1).lower() in ROYAL else None


def _untagged(span: Any) -> bool:
    """No entity of the recogniser's own covers the name, but for one that ran the office's country
    into it ('President of [Ruritania Ana Berg]' tagged as an organisation)."""
    for token in span:
        if token.ent_type_:
            ent = next(e for e in span.doc.ents if e.start <= token.i < e.end)
            if ent.label_ == "PERSON" or ent.start >= span.start or ent.end > span.end:
                return False
    return True


def _titled_names(parsed: Parsed) -> list[tuple[Any, str]]:
    """'Minister of Commerce and Industry Shri [Ravi Kumar]': two to four capitalised words after
    a job title that the recogniser left untagged are a name."""
    found: list[tuple[Any, str]] = []
    doc = parsed.doc
    if parsed.block.kind == "headline":
        return found  # ('President Welcomes Delegation': Title Case is no name)
    folded = fold(parsed.text)
    for match in [*title_patterns()["titled_name"].finditer(folded),
                  *title_patterns()["body_titled_name"].finditer(folded),
                  *title_patterns()["lower_titled_name"].finditer(folded)]:
        span = doc.char_span(match.start("name"), match.end("name"))
        if span is None or not _untagged(span) or any(
                not (_name_word(t) or _capitalised_function_word(t) or t.lower_ in PARTICLES
                     or (t.text == "-" and not t.whitespace_))
                or t.lower_ in title_words() or t.lower_ in ORGANIZATION_WORDS for t in span):
            continue
        if span.end < len(doc) and doc[span.end].text[:1].isupper() and doc[span.end].pos_ == "PROPN":
            continue  # a longer run of capitals: a name of something else
        if _in_portfolio_list(parsed, span):
            continue  # 'Minister of Foreign Affairs, [African Cooperation] and Expatriates of X': portfolios
        name = clean_person_name(span.text)
        if name:
            found.append((span, name))
    return found


# Words that begin a place named after a saint ('Saint John', 'St. Helier'), not a person's name
SAINT_WORDS = {"saint", "st", "st.", "sainte", "ste", "ste."}


def _untagged_name_word(token: Any) -> bool:
    return bool(token.text[:1].isupper() and letters(token.text) and not token.ent_type_
                and token.lower_ not in title_words())


def _untagged_titled_names(parsed: Parsed) -> list[tuple[Any, str]]:
    """'The Honourable [Ana Berg], Minister of Trade, will travel ...': a run of capitalised words
    the recogniser left untagged, printed before a comma and an office, is a name."""
    found: list[tuple[Any, str]] = []
    doc = parsed.doc
    if parsed.block.kind == "headline" or "," not in parsed.text:
        return found
    i = 0
    while i < len(doc):
        if not _untagged_name_word(doc[i]):
            i += 1
            continue
        end = i + 1
        while end < len(doc):
            token = doc[end]
            if _untagged_name_word(token):
                end += 1
            elif end + 1 < len(doc) and _untagged_name_word(doc[end + 1]) and (
                    token.lower_ in NAME_PARTICLES
                    or (token.text == "-" and not token.whitespace_ and not doc[end - 1].whitespace_)):
                end += 2  # 'Ana bint Omar', 'Al-Rami'
            else:
                break
        span = doc[i:end]
        if end < len(doc) and doc[end].text == "," and titled_after_name(parsed, span):
            name = clean_person_name(span.text)
            if name:
                found.append((span, name))
        i = end
    return found


# Offices named by a portfolio or a posting ('Minister for Trade', 'Commissioner for Human Rights',
# 'Ambassador to Ruritania') that a holder's name may follow with no comma between.
PORTFOLIO_OFFICES = {"minister", "secretary", "commissioner", "ambassador", "envoy", "representative",
                     "undersecretary", "under-secretary"}


@lru_cache(maxsize=1)
def _portfolio_words() -> set[str]:
    return {row[0].strip().lower() for row in data_rows("lexicons", "portfolio_words.txt")}


def _portfolio_end(doc: Any, at: int) -> int:
    """The end of the portfolio or country named from token ``at`` ('Trade', 'Foreign Affairs and
    Cooperation', 'the Republic of Ruritania'), or ``at`` when none is."""
    for size in (4, 3, 2, 1):  # a country, however many words its name has
        if at + size <= len(doc) and gazetteer().country(doc[at:at + size].text):
            return at + size
    end = at
    words = _portfolio_words()
    while end < len(doc):
        token = doc[end]
        portfolio_word = token.text[:1].isupper() and token.lower_ in words
        joins = end > at and end + 1 < len(doc) and doc[end + 1].text[:1].isupper() and (
            (token.lower_ in ("and", "&", "of", "the") and doc[end + 1].lower_ in words | {"the"})
            or (token.text == "," and doc[end + 1].lower_ in words))  # ('Foreign Affairs, Trade and Tourism')
        if portfolio_word or joins:
            end += 1
        else:
            break
    return end


def _run_on(doc: Any, at: int, start: int) -> bool:
    """The recogniser's place entity holding token ``at`` began before ``start``: it ran the
    portfolio's region into the name after it ('Minister for [the Middle East Ana Berg]')."""
    return any(e.start < start <= at < e.end for e in doc.ents)


def _portfolio_names(parsed: Parsed) -> list[tuple[Any, str]]:
    """'Minister for Trade [Ana Berg]', 'Commissioner for Human Rights [Ivo Marek]', 'Ambassador to
    Ruritania [Ana Berg]': two to four capitalised words printed straight after an office named by
    its portfolio (words of the portfolio lexicon) or posting are its holder's name, whatever the
    recogniser took them for (a name it ran on from the portfolio, or a 'nationality')."""
    found: list[tuple[Any, str]] = []
    doc = parsed.doc
    if parsed.block.kind == "headline":
        return found
    for token in doc[:-3]:
        if token.lower_ not in PORTFOLIO_OFFICES or not token.text[:1].isupper() \
                or doc[token.i + 1].lower_ not in ("of", "for", "to"):
            continue
        start = token.i + 2
        if doc[start].lower_ == "the":
            start += 1
        begin, start = start, _portfolio_end(doc, start)
        if start == begin or start >= len(doc) or doc[start - 1].text == ",":
            continue
        end = start
        while end < len(doc) and end - start < 6 and (
                (doc[end].text[:1].isupper() and letters(doc[end].text) and doc[end].pos_ == "PROPN"
                 and (doc[end].ent_type_ not in ("GPE", "LOC", "DATE", "FAC") or _run_on(doc, end, start))
                 and doc[end].lower_ not in title_words() and doc[end].lower_ not in _portfolio_words()
                 and not gazetteer().country_of_demonym(doc[end].text) and not gazetteer().country(doc[end].text))
                or (doc[end].text == "-" and not doc[end].whitespace_ and not doc[end - 1].whitespace_
                    and end > start)
                or (doc[end - 1].text == "-" and end > start + 1 and doc[end].is_alpha)):  # ('Min-ha')
            end += 1
        words = [t for t in doc[start:end] if t.text != "-"]
        if not 2 <= len(words) <= 4 or doc[end - 1].text == "-" \
                or (end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha
                    and doc[end].lower_ not in ("of",)):
            continue
        name = clean_person_name(doc[start:end].text)
        if name:
            found.append((doc[start:end], name))
    return found


# The end of a list of portfolios after a comma: '... and Moroccan Expatriates of the Kingdom of X, B'
PORTFOLIO_LIST_TAIL = re.compile(r"^,?\s+(?:and|&)\s+(?:[A-Z][\w'’-]+\s+)+of\s+(?:the\s+)?[A-Z]")
PORTFOLIO_OFFICE_END = re.compile(r"\b(?:Minister|Secretary|Commissioner)\s+(?:of|for)\s+[^,.;]+,\s*$", re.I)


def _in_portfolio_list(parsed: Parsed, span: Any) -> bool:
    """'the Minister of Foreign Affairs, [African Cooperation] and Expatriates of the Kingdom of X':
    capitalised words between a portfolio office's comma and a list closed by 'and ... of' are
    portfolios, not a name."""
    tail = PORTFOLIO_LIST_TAIL.match(parsed.text[span.end_char:])
    # ('the Minister of Trade, Ana Berg, and Ruritania's Minister of State for ...': a second office, of
    # someone else, not a portfolio of the first)
    if tail is None or re.search(rf"{POSS}\s", tail.group(0)) or any(
            w.lower() in OFFICE_WORDS for w in re.findall(r"[\w-]+", tail.group(0))):
        return False
    return bool(PORTFOLIO_OFFICE_END.search(parsed.text[max(0, span.start_char - 120):span.start_char]))


# Words that head an office (a portfolio list holds none of them)
OFFICE_WORDS = {"minister", "secretary", "president", "commissioner", "ambassador", "undersecretary"}


def _without_portfolio(parsed: Parsed, ent: Any) -> Any:
    """'Minister of Economic Development and [Digitalization Ana Berg]': the portfolio's last words,
    which the recogniser ran into the name after them, are the office's."""
    cut = ent.start
    while cut < ent.end - 2 and ent.doc[cut].text[:1].isupper() and ent.doc[cut].lower_ in _portfolio_words():
        cut += 1
    if cut == ent.start:
        return ent
    office = title_patterns()["office_end"].search(fold(parsed.text[:ent.doc[cut - 1].idx + len(ent.doc[cut - 1])]))
    return ent.doc[cut:ent.end] if office else ent


def _capitalised_function_word(token: Any) -> bool:
    """'President To Hanh': a short word capitalised inside a sentence, after a title, is a name."""
    return bool(token.pos_ in ("ADP", "PART", "DET", "CCONJ", "SCONJ") and token.text[:1].isupper()
                and not token.is_sent_start and token.i > 0 and token.nbor(-1).pos_ == "PROPN")


def _name_word(token: Any) -> bool:
    return bool(token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ not in ("GPE", "NORP", "DATE")
                and not gazetteer().country(token.text))


OPENING_QUOTES = {'"', "“", "‘"}
CLOSING_QUOTES = {'"', "”", "’"}


def _nicknamed(parsed: Parsed) -> list[tuple[Any, str]]:
    """'Prime Minister Arthur “Bold” Penrose': a nickname in quotation marks inside a name is no
    part of it (the person is Arthur Penrose)."""
    found: list[tuple[Any, str]] = []
    if not any(q in parsed.text for q in (*OPENING_QUOTES, "'")):
        return found
    doc = parsed.doc
    for token in doc:
        i = token.i
        if token.text not in (*OPENING_QUOTES, "'") or i == 0 or i + 3 >= len(doc):
            continue
        closing = ("'", "’") if token.text == "'" else CLOSING_QUOTES
        close = next((j for j in range(i + 2, min(i + 4, len(doc))) if doc[j].text in closing), None)
        if close is None or close + 1 >= len(doc) or not all(
                t.text[:1].isupper() and t.is_alpha for t in doc[i + 1:close]) or token.whitespace_ \
                or doc[close - 1].whitespace_:
            continue
        start = i
        while start > 0 and _name_word(doc[start - 1]) and doc[start - 1].lower_ not in title_words():
            start -= 1
        end = close + 1
        while end < len(doc) and _name_word(doc[end]) and doc[end].lower_ not in title_words():
            end += 1
        span = doc[start:end]
        # ("Prime Minister Karan Bahadur Thapa 'Sagar' said": a nom de guerre printed after a full name)
        trailing = end == close + 1 and i - start >= 2 and doc[close + 1].text[:1].islower()
        if start == i or (end == close + 1 and not trailing) or not any(t.ent_type_ == "PERSON" for t in span):
            continue
        name = clean_person_name(" ".join([doc[start:i].text, doc[close + 1:end].text]).strip())
        if name and len(name.split()) <= 4:
            found.append((span, name))
    return found


def find_people(ctx: Context) -> None:
    """Register every person once under the fullest name the article gives."""
    mentions: list[tuple[Parsed, Any, str]] = []
    styled: list[tuple[Parsed, Any]] = []
    titled_places: list[tuple[Parsed, Any]] = []
    for parsed in ctx.blocks:
        nicknamed = _nicknamed(parsed)
        mentions.extend((parsed, span, name) for span, name in nicknamed)
        for ent in parsed.ents:
            if any(span.start <= ent.start < span.end or ent.start <= span.start < ent.end for span, _ in nicknamed):
                continue  # (the name around a nickname, found whole)
            if ent.label_ == "ORG" and mislabelled_person(whole_name(ent).text):
                pass  # 'Ruritanian President Karel-Josef Tovarek' taken for an organisation
            elif ent.label_ in ("GPE", "LOC") and mislabelled_person(ent.text, least=1):
                titled_places.append((parsed, ent))  # 'PM Berg, Ruritania's Koré discuss ...': an office
                # and a name taken for a place
            elif ent.label_ in MISTAKEN_LABELS and named_after_title(parsed, after_comma(ent)):
                ent = after_comma(ent)  # 'the Vice-President of Ruritania, [Séraphin Ané Koré]' taken for a place
            elif ent.label_ in MISTAKEN_LABELS and surname_after_comma(ent) is not None \
                    and named_after_title(parsed, surname_after_comma(ent)):
                ent = surname_after_comma(ent)  # 'his Ruritanian counterpart, Ana Maria [Koré]'
            elif ent.label_ in MISTAKEN_LABELS and titled_after_name(parsed, ent):
                pass  # '[Ana Berg], Ruritania's Minister for Trade, said': a name with its office after it

            elif ent.label_ != "PERSON":
                continue
            whole = ent
            ent = without_honorific(parsed, without_title_end(parsed, whole_name(without_country(
                without_verb(parsed, ent)))))
            if ent is None and whole.label_ == "PERSON" and _style_naming(whole.text):
                styled.append((parsed, whole))  # ('Samdech Techo told ...': the style alone)
            ent = _without_portfolio(parsed, ent) if ent is not None else None
            if ent is None or continues_organization(ent) or names_a_feature(ent) or names_a_group(ent) \
                    or names_a_building(ent) or _in_portfolio_list(parsed, ent) or ent[0].lower_ in SAINT_WORDS:
                continue
            name = clean_person_name(ent.text)
            if name:
                mentions.append((parsed, ent, name))
        mentions.extend((parsed, span, name) for span, name in _royal_names(parsed))
        mentions.extend((parsed, span, name) for span, name in _titled_names(parsed))
        mentions.extend((parsed, span, name) for span, name in _portfolio_names(parsed))
        mentions.extend((parsed, span, name) for span, name in _untagged_titled_names(parsed))
    mentions = _headline_names_cut(mentions)
    # Full names first, so that a bare surname never becomes a person of its own.
    mentions = _outermost(mentions)
    for _parsed, _ent, name in sorted(mentions, key=lambda m: -len(m[2].split())):
        if len(name.split()) > 1 and ctx.person_id(name) is None:
            ctx.people[slug(name)] = Person(id=slug(name), name=name, alternate_names=_without_suffix(name))
    mentions.extend(_unrecognised_mentions(ctx, mentions))
    order = {id(parsed): n for n, parsed in enumerate(ctx.blocks)}
    mentions.sort(key=lambda m: (order[id(m[0])], m[1].start))
    ranked = _ranked_names(ctx, mentions)
    skipped: list[tuple[Parsed, Any, str]] = []
    for parsed, ent, name in mentions:
        rank = _rank_before(parsed, ent)
        ident = ranked.get((rank, key(name))) if rank and len(name.split()) == 1 else None
        ident = ident or ctx.person_id(name)
        royal = _royal_title_before(parsed, ent, name)
        if ident is None:
            if titled(parsed, ent) or royal:
                ident = slug(name)
                # 'King Rudolf', 'Emperor Akinori': one name is known with its title too
                also = [f"{royal} {name}"] if royal and len(name.split()) == 1 else []
                ctx.people[ident] = Person(id=ident, name=name, alternate_names=also)
            else:
                if len(name.split()) == 1:
                    skipped.append((parsed, ent, name))
                continue
        parsed.entities.update({i: ("person", ident) for i in range(ent.start, ent.end)})
        _given_style(ctx, parsed, ent, ident)
        describe_person(ctx, parsed, ent, ident)
    for parsed, ent in titled_places:  # (the office too is the person's, no place)
        taken = next((parsed.entities[i] for i in range(ent.start, ent.end) if i in parsed.entities), None)
        if taken is not None and taken[0] == "person":
            parsed.entities.update({i: taken for i in range(ent.start, ent.end)})
    for parsed, ent in styled:
        ident = ctx.person_id(ent.text)
        if ident and not any(i in parsed.entities for i in range(ent.start, ent.end)):
            parsed.entities.update({i: ("person", ident) for i in range(ent.start, ent.end)})
    # ('his Ruritanian counterpart Ivo' ... 'Minister Ivo'): a one-word name known only from a later
    # mention's title is a person where it was printed first too; the words around it describe him
    unrecognised = [m for m in _unrecognised_mentions(ctx, mentions) if len(m[2].split()) == 1
                    and not gazetteer().city(m[2]) and not gazetteer().country(m[2])]
    for parsed, ent, name in [*skipped, *unrecognised]:
        ident = ctx.person_id(name)
        if ident and not any(i in parsed.entities for i in range(ent.start, ent.end)):
            parsed.entities.update({i: ("person", ident) for i in range(ent.start, ent.end)})
            describe_person(ctx, parsed, ent, ident)
    mark_later_mentions(ctx)
    _possessed_names(ctx)


# "the Ruritanian head of state", "the Ruritanian official": a person named before, described by
# nationality and office (no name nor more of an office follows), and the offices each description fits
DESCRIBED_OFFICES = {"head of state": re.compile(r"^(?:President|King|Queen|Emir|Sultan|Emperor)\b"),
                     "head of government": re.compile(r"^(?:Prime Minister|Premier|Chancellor|Head of Government)\b"),
                     "president": re.compile(r"^President\b"),
                     "prime minister": re.compile(r"^Prime Minister\b"),
                     "foreign minister": re.compile(r"\bForeign\b"),
                     "minister": re.compile(r"\bMinister\b"),
                     "official": re.compile(r"")}


def settle_described(ctx: Context) -> None:
    """'Head of Government A met B, President of Osterlich, at the summit, which the Ruritanian
    official attended ...': the nearest person named before a description by nationality and
    office, whose office fits it and who is not printed as another country's, acts for that country."""
    offices = "|".join(sorted(DESCRIBED_OFFICES, key=len, reverse=True))
    adjective = "|".join(re.escape(w) for w in sorted(gazetteer().demonym_words, key=len, reverse=True))
    pattern = re.compile(rf"\b[Tt]he\s+(?P<adj>{adjective})\s+(?P<office>{offices})\b"
                         rf"(?!['’]|\s+(?-i:[A-Z])|\s+(?:of|for|and)\b|\s*,\s*(?-i:[A-Z]))", re.I)
    for at, parsed in enumerate(ctx.blocks):
        for match in pattern.finditer(fold(parsed.text)):
            country = gazetteer().country_of_demonym(match.group("adj"))
            if country is None:
                continue
            fits = DESCRIBED_OFFICES[match.group("office").lower()]
            named: list[str] = []  # (the people named before it, nearest first: this paragraph, the one before)
            for block, end in ((parsed, match.start()), *((ctx.blocks[at - 1], None),)[:1 if at else 0]):
                ids = [block.entities[i][1] for i in sorted(block.entities, reverse=True)
                       if block.entities[i][0] == "person" and (end is None or block.doc[i].idx < end)]
                named.extend(ids)
            home = ctx.country(country)
            # ('Minister A of Ruritania met Minister B. The Ruritanian minister offered ...': one named
            # before as of that country, in an office that fits, is the one described, however near B is)
            if any(ctx.people[i].represents == home and fits.search(ctx.people[i].title or "") for i in named):
                continue
            for ident in dict.fromkeys(named):
                person = ctx.people[ident]
                title = person.title or ""
                if person.represents == home:
                    break  # (one already of that country, however his office is put, is the one described)
                if person.represents not in (None, home) or not title \
                        or INTERNATIONAL_OFFICES.match(title) or not fits.search(title):
                    continue
                person.represents = person.represents or home
                break


def _headline_names_cut(mentions: list[tuple[Parsed, Any, str]]) -> list[tuple[Parsed, Any, str]]:
    """'[Ana Berg Discuss Trade] Agenda': a title-case headline's name that the recogniser ran on
    into the verb after it is the name the story prints, when the story prints it shorter and never
    prints the word after it in a name."""
    told = {name for parsed, _ent, name in mentions if parsed.block.kind != "headline"}
    told_words = {w for name in told for w in name.split()}
    cut = []
    for parsed, ent, name in mentions:
        words = name.split()
        if parsed.block.kind == "headline" and len(words) > 2 and name not in told:
            n = next((n for n in range(len(words) - 1, 1, -1) if " ".join(words[:n]) in told), 0)
            start = next((t.i for t in ent if t.text == words[0]), None)
            if n and words[n] not in told_words and start is not None and start + n <= ent.end \
                    and ent.doc[start:start + n].text == " ".join(words[:n]):
                parsed, ent, name = parsed, ent.doc[start:start + n], " ".join(words[:n])
        cut.append((parsed, ent, name))
    return cut


def _outermost(mentions: list[tuple[Parsed, Any, str]]) -> list[tuple[Parsed, Any, str]]:
    """Mentions not inside a longer one of the same block ('[Ma]' in '[Ma. Luisa Dantes]', both found)."""
    return [m for m in mentions if not any(
        o[0] is m[0] and o[1].start <= m[1].start and m[1].end <= o[1].end and len(o[1]) > len(m[1])
        for o in mentions)]


def _without_suffix(name: str) -> list[str]:
    """'Tomas Reyle Jr.' is also printed 'Tomas Reyle'; 'Mona bint Saad Al-Rami' (a given name, a
    patronymic and a family name) is also printed 'Mona Al-Rami'."""
    bare = re.sub(r",?\s+(?:Jr|Sr)\.?$", "", name)
    also = [bare] if bare != name and len(bare.split()) > 1 else []
    words = name.split()
    if len(words) >= 4 and words[1].lower() in ("bin", "bint", "binti", "ibn") and words[2][:1].isupper():
        also.append(f"{words[0]} {words[-1]}")
    return also


def _possessed_names(ctx: Context) -> None:
    """"Ruritania's Halden-Moors pledges ...": a surname (or name) printed after a country's
    possessive, in a headline as in the story, is of someone who acts for that country."""
    pattern = re.compile(rf"(?<![\w-])(?:the\s+)?(?P<poss>{alternation(gazetteer().country_words)}){POSS}\s+"
                         rf"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}})")
    for parsed in ctx.blocks:
        if "'s " not in parsed.text and "’s " not in parsed.text:
            continue
        for match in pattern.finditer(fold(parsed.text)):
            words = match.group("name").split()
            # ('Peru's Ana Ruiz Ministry': the longest run of the name that is one known person's)
            ident = next((i for n in range(len(words), 0, -1) for i in [ctx.person_id(" ".join(words[:n]))]
                          if i is not None), None)
            country = ctx.country_of_text(match.group("poss"))
            if ident is None or country is None or ctx.people[ident].represents:
                continue
            if key(words[0]) in key(ctx.people[ident].name).split():
                ctx.people[ident].represents = ctx.country(country)


def _rank_before(parsed: Parsed, ent: Any) -> str | None:
    match = title_patterns()["honorific_end"].search(parsed.text[max(0, ent.start_char - 30):ent.start_char])
    return key(match.group("h")) if match else None


def _ranked_names(ctx: Context, mentions: list[tuple[Parsed, Any, str]]) -> dict[tuple[str, str], str]:
    """'Captain Issa Koulé ... Dramane Koulé ... Captain Koulé': a surname printed after a
    rank is the one person of that surname printed with that rank in full."""
    found: dict[tuple[str, str], set[str]] = {}
    for parsed, ent, name in mentions:
        rank = _rank_before(parsed, ent)
        ident = ctx.person_id(name) if rank and len(name.split()) > 1 else None
        if rank and ident:
            found.setdefault((rank, key(name.split()[-1])), set()).add(ident)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def _unrecognised_mentions(ctx: Context, mentions: list[tuple[Parsed, Any, str]]) -> list[tuple[Parsed, Any, str]]:
    """A full name the recogniser missed in one place ('Minister of Foreign Affairs of Viet Nam
    [name]') is still a mention: the words around it may hold the title and country."""
    covered = {(id(parsed), i) for parsed, ent, _name in mentions for i in range(ent.start, ent.end)}
    found = []
    for parsed in ctx.blocks:
        for person in ctx.people.values():
            for match in re.finditer(rf"(?<![\w-]){re.escape(person.name)}(?![\w-])", parsed.text):
                span = parsed.doc.char_span(match.start(), match.end())
                if span is not None and not any((id(parsed), i) in covered for i in range(span.start, span.end)):
                    found.append((parsed, span, person.name))
    return found


def mark_later_mentions(ctx: Context) -> None:
    """Names the recogniser missed or mislabelled ('Vossberg will host ...', 'Kettler' as ORG):
    a capitalised word that is part of exactly one known person's name refers to that person."""
    for parsed in ctx.blocks:
        for token in parsed.doc:
            if token.i in parsed.entities or token.pos_ not in ("PROPN", "NOUN", "X", "ADJ") \
                    or not token.text[:1].isupper():
                continue
            places = gazetteer()
            # ('Kuribe' as LOC: no place of that name; 'Danese' as NORP: no nationality of that name)
            if token.ent_type_ in ("GPE", "LOC", "NORP") and (
                    places.country_of_demonym(token.text) or places.city(token.text) or places.country(token.text)
                    or (token.ent_type_ == "NORP" and token.ent_iob_ == "I")):
                continue
            ident = ctx.person_id(token.text)
            if ident and len(ctx.people[ident].name.split()) > 1 and len(token.text) > 2:
                parsed.entities[token.i] = ("person", ident)


ENVOY_TITLES = re.compile(r"(?:Ambassador|High Commissioner|Special Envoy|Envoy)$", re.I)


def describe_person(ctx: Context, parsed: Parsed, ent: Any, ident: str) -> None:
    """Job title and country from the words around one mention of a person."""
    person = ctx.people[ident]
    text = parsed.text
    sentence = ent.doc[ent.start].sent
    for _ in range(3):  # a sentence split in error inside the words before the name ('Viet Nam | Bui')
        if sentence.start == 0 or ent.doc[sentence.start - 1].text in (".", "!", "?", ":", ";"):
            break
        sentence = ent.doc[sentence.start - 1].sent
    sentence_start = sentence.start_char
    # The recogniser may hold the title inside the name ('Spokesperson Rafael Harlow').
    name_at = ent.start_char + max(0, ent.text.find(person.name.split()[0]))
    before = fold(text[max(sentence_start, name_at - 90):name_at])
    after = fold(text[ent.end_char:ent.end_char + 90])
    found_country = None
    sent_to = False
    match = title_patterns()["before"].search(before)
    if match and (match.group("title") or match.group("role") or match.group("adj") or match.group("poss")):
        if match.group("title"):
            # ('the First Vice Minister of ...': 'first' is part of a deputy's office, not a sequence)
            first = "First " if re.search(r"\bfirst\s+$", before[:match.start("title")], re.I) \
                and re.match(r"(?:Vice|Deputy)\b", match.group("title"), re.I) else ""
            printed = text[max(sentence_start, name_at - 90):name_at]
            # ("Ruritania's Ambassador to Osterlich, X": the country an envoy is sent to is part of the
            # office, not whom he acts for)
            sent_to = bool((match.group("prep") or "").lower() == "to" and match.group("of")
                           and ENVOY_TITLES.match(match.group("title")))
            # (the title as printed, with its accents: 'Tánaiste')
            # ('Senate President X', 'the Estonian Parliament Speaker X': the institution is part of the office)
            title_at = match.start("inst") if match.group("inst") and not match.group("owner") else match.start("title")
            _hold_title(person, first + title_case(
                printed[title_at:match.end("title")] if len(printed) == len(before)
                else match.group("title")) + (
                f" to {printed[match.start('state_to'):match.end('of')]}" if sent_to else _of_body(match, printed)))
            if match.group("title2") and match.group("title2")[:1].isupper():
                # ('Deputy Prime Minister, Minister of Economy X': a second office held too)
                _hold_title(person, title_case(printed[match.start("title2"):match.end("title2")]
                                               if len(printed) == len(before) else match.group("title2")))
        found_country = ctx.country_of_text(match.group("adj") or match.group("poss")
                                            or (None if sent_to else match.group("of"))
                                            or match.group("of_adj") or match.group("body_of")
                                            or match.group("of2") or "")
        if not found_country and match.group("title") and COUNTRYS.search(before[:match.start()]):
            found_country = _country_named_before(ctx, parsed, ent)  # ("... to Mali, the country's president, X")
        role = (match.group("role") or "").lower()
        if role.startswith("counterpart"):
            parsed.counterparts.append((ent.start, ident))
        if role in ("officials", "official"):
            found_country = None
        if role in ("successor", "predecessor"):
            _succeeds(ctx, parsed, ent, person)
    listed = title_patterns()["listed"].search(before)
    if listed and not person.title:
        person.title = title_case(listed.group("title"))
    if not (match and match.group("role")) and title_patterns()["counterparts"].search(before):
        parsed.counterparts.append((ent.start, ident))
    plural = title_patterns()["plural"].search(before)
    if plural:
        person.title = person.title or title_case(plural.group("title"))
        pair = title_patterns()["pair"].search(fold(sentence.text))
        if pair and not found_country:
            found_country = ctx.country_of_text(pair.group("adj2" if plural.group("first") else "adj1"))
    respective = title_patterns()["respective"].search(before)
    if respective:
        found_country = ctx.country_of_text(respective.group("adj2" if respective.group("first") else "adj1"))
        parsed.counterparts.append((ent.start, ident))
    match_after = title_patterns()["after"].match(after)
    if match_after and (match_after.group("title") or "") in LOWER_CASE_OTHER:
        match_after = None  # ('X, a Spanish speaker,': one who speaks Spanish, no office)
    if match_after and match_after.group("title") and re.match(r"\s+(?:(?:[A-Z][\w.'’-]*)\s+)*[A-Z][\w'’-]+(?!\w)",
                                                               after[match_after.end():]) \
            and not re.match(r"\s+(?:of|for|to)\s", after[match_after.end():]):
        match_after = None  # ('Meeting Ambassador X, President Ana Berg said': the next person's office)
    if match_after:
        if match_after.group("title"):
            # ('X, the federal minister responsible for Canada-Ruritania trade,'): the portfolio spelled out
            remit = RESPONSIBLE_FOR.match(after[match_after.end():])
            _hold_title(person, title_case(match_after.group("title"))
                        + (f" responsible for {remit.group('remit')}" if remit else ""))
        found_country = found_country or ctx.country_of_text(match_after.group("adj") or match_after.group("poss")
                                                             or match_after.group("of") or "")
    head_of = title_patterns()["head_of"].match(after)
    if head_of and not match_after and not gazetteer().country(head_of.group("body")):
        _hold_title(person, f"{head_of.group('lead').title()} of the {head_of.group('body')}")
        body_of = title_patterns()["of_state"].search(head_of.group("body"))  # ('Presidential Council of Ruritania')
        found_country = found_country or ctx.country_of_text(
            head_of.group("poss") or head_of.group("adj") or (body_of.group("of") if body_of else ""))
    match_of = title_patterns()["after_of"].match(after)
    if match_of and not found_country:
        found_country = ctx.country_of_text(match_of.group("of"))
    apposed = title_patterns()["apposed"].match(fold(text[ent.end_char:ent.end_char + 200]))
    state = title_patterns()["of_state"].search(apposed.group("rest")) if apposed and not found_country else None
    if state:
        found_country = ctx.country_of_text(state.group("of"))
    if not found_country and person.title:
        found_country = _honorific_country(before) or _office_country(person.title) or _house_country(person.name)
    if not found_country and match and match.group("owner"):
        found_country = _office_country(match.group("owner"))  # "the Taoiseach's spokesman": of the same country
    if not found_country and person.title and re.match(r"foreign ministry spokes", person.title, re.I):
        found_country = ctx.home_country()  # 'the foreign ministry' of the city the story is filed from
    if found_country and not person.represents:
        person.represents = ctx.country(found_country)
    elif not found_country and match and match.group("title") and _unresolved_country(before[:match.start("title")]
                                                                                      + before[match.end("title"):]):
        ctx.abroad.add(person.id)  # ('Congolese PM X', 'the Prime Minister of the Republic of Congo, X')


# Titles that printed in small letters after a name are no office ('X, a fluent French speaker')
LOWER_CASE_OTHER = {"speaker"}


# "the country's [title]": the office of the country the story has just named
COUNTRYS = re.compile(r"\bthe\s+country['’]s\s+$", re.I)


def _country_named_before(ctx: Context, parsed: Parsed, ent: Any) -> Any:
    """The country named last before a mention, in its paragraph or the one before."""
    from .titles import country_names

    at = next(n for n, p in enumerate(ctx.blocks) if p is parsed)
    for text in (parsed.text[:ent.start_char], ctx.blocks[at - 1].text if at else ""):
        found = country_names(text)
        if found:
            return found[-1]
    return None


def _unresolved_country(around: str) -> bool:
    """'Congolese [title]' (a demonym of two countries), '[title] of the Republic of Congo' (a
    state's name the reference data lacks): an office of a country, though not of one known."""
    if re.search(r"\bof\s+(?:the\s+)?(?:Republic|Kingdom|State|Federation|Commonwealth)\s+of\s+(?:the\s+)?[A-Z]",
                 around):
        return True
    word = re.search(r"([A-Z][\w-]+)\s*$", around)
    return bool(word and key(word.group(1)) in gazetteer().ambiguous)


# '... minister responsible for Canada-U.S. trade.': a remit closing at a comma, a semicolon or the
# sentence's end (a full stop before a capital, or the text's end; 'U.S. trade' runs on)
RESPONSIBLE_FOR = re.compile(r"^\s+responsible\s+for\s+(?P<remit>[^,;]+?)(?=\s*[,;]|\.\s+[A-Z\"“]|\.?\s*$)")


# Words bodies are named with besides an organisation's ('the Cabinet of Ministers', 'the Board')
BODY_WORDS = {"initiative", "board", "cabinet", "senate", "congress", "government", "secretariat", "forces", "army",
              "navy", "staff"}


def _of_body(match: re.Match[str], printed: str = "") -> str:
    """' of the ECCAS Commission' in 'the President of the ECCAS Commission, X': the body an office
    printed before a name is of, when it is named as bodies are (not a country: that is whom it acts for)."""
    body = match.group("body")
    if body and len(printed) == len(match.string):  # (as printed, with its accents)
        body = printed[match.start("body"):match.end("body")]
    if not body or not re.match(r"^the\s", body, re.I):
        return ""
    words = re.sub(r"\s+\([^)]*\)$", "", body).split()[1:]
    # (a body's name: a word bodies are named with, an acronym, or a name of its own: 'the Storting',
    # 'the Sejm'; 'the Cabinet of Ministers')
    if not all(w[:1].isupper() or re.match(r"d['’][A-Z]", w) or (w in ("of", "for", "and", "the") and i > 0)
               for i, w in enumerate(words)) or words[-1] in ("of", "for", "and", "the") \
            or gazetteer().country(" ".join(words)) \
            or gazetteer().country_of_demonym(" ".join(words)) or gazetteer().city(" ".join(words)) \
            or any(gazetteer().country_of_demonym(w) for w in words) \
            or title_patterns()["title_only"].match(" ".join(words)) \
            or not (len(words) <= 2 or any(w.lower() in ORGANIZATION_WORDS | HOST_WORDS | BODY_WORDS
                                           or (w.isupper() and len(w) > 1) for w in words)):
        return ""
    # ('Chief Negotiator with the European Union')
    return f" {'with' if (match.group('prep') or '').lower() == 'with' else 'of'} the " + " ".join(words)


def _hold_title(person: Person, found: str) -> None:
    """The title a person is known by (``_fuller_title``), and every other form of an office printed
    for them ('Foreign Minister' in the headline, 'Minister of Foreign Affairs' in the text): a form
    that only repeats words of a kept one ('Minister', 'President') adds nothing."""
    held = person.title
    person.title = _fuller_title(held, found)
    forms = list(dict.fromkeys(f for f in (*person.other_titles, held, found) if f and not _two_offices(f)))
    person.other_titles = [f for f in forms if not any(_restates(f, kept) for kept in (person.title, *forms)
                                                           if kept != f)
                           and f != person.title]


def _two_offices(title: str) -> bool:
    """'Prime Minister and President' read off 'the Prime Minister and President X': the second
    office may be someone else's, so the pair is no further form of one person's title."""
    last = re.split(r"\s+and\s+", title)[-1]
    return last != title and key(last) in {key(t) for t in gazetteer().titles}


def _restates(title: str, kept: str | None) -> bool:
    """'Minister' restates 'Minister of Foreign Affairs'; 'Foreign Minister' does not."""
    return bool(kept) and kept != title and re.search(rf"(?<!\w){re.escape(title)}(?!\w)", kept or "", re.I) is not None


def _fuller_title(held: str | None, found: str) -> str:
    """The title a person is known by: the first printed, unless it is one bare word that a title
    printed later spells out ('Minister' and then 'Minister of Foreign Affairs' or 'Vice Minister of
    Foreign Affairs', 'President' and then 'President of the Commission')."""
    if not held:
        return found
    if len(held.split()) == 1 and len(found.split()) > 1 and re.search(
            rf"^(?:(?:First|Vice|Deputy|Senior|Assistant|Acting)[\s-]+)*{re.escape(held)}\b", found, re.I):
        return found
    # ('Minister of State' in a caption, then 'Minister of State for Foreign Affairs'): its portfolio
    if re.match(rf"{re.escape(held)}\s+(?:of|for)\s+[A-Z]", found, re.I):
        return found
    return held


def _succeeds(ctx: Context, parsed: Parsed, ent: Any, person: Person) -> None:
    """'Ruritania's first president, A, ... his successor, B': B holds A's office, for A's country
    (A: the person named last before, in this paragraph or the one before)."""
    earlier = [parsed.entities[i][1] for i in sorted(parsed.entities) if i < ent.start
               and parsed.entities[i][0] == "person" and parsed.entities[i][1] != person.id]
    if not earlier:
        at = next(n for n, p in enumerate(ctx.blocks) if p is parsed)
        if at:
            before = ctx.blocks[at - 1]
            earlier = [before.entities[i][1] for i in sorted(before.entities) if before.entities[i][0] == "person"]
    if not earlier:
        return
    other = ctx.people[earlier[-1]]
    person.title = person.title or other.title
    person.represents = person.represents or other.represents


@lru_cache(maxsize=1)
def _honorific_countries() -> dict[str, str]:
    rows = data_rows("lexicons", "ranks.txt")
    return {key(row[0]): row[1].strip() for row in rows if len(row) > 1 and row[1].strip()}


@lru_cache(maxsize=1)
def _office_countries() -> dict[str, str]:
    rows = data_rows("lexicons", "titles.txt")
    return {key(row[0]): row[1].strip() for row in rows if len(row) > 1 and row[1].strip()}


def _office_country(title: str) -> Any:
    """'Taoiseach': an office only one country has."""
    code = _office_countries().get(key(title))
    return gazetteer().country_by_code(code) if code else None


@lru_cache(maxsize=1)
def _royal_houses() -> dict[str, str]:
    return {key(row[0]): row[1].strip() for row in data_rows("lexicons", "royal_houses.tsv") if len(row) > 1}


def _house_country(name: str) -> Any:
    """'Salim bin Ali Al Thani': a reigning house's name closing a person's, of its one country."""
    words = re.sub(r"\bAl-", "Al ", name).split()
    code = next((_royal_houses()[key(" ".join(words[-n:]))] for n in (2, 1)
                 if len(words) > n and key(" ".join(words[-n:])) in _royal_houses()), None)
    return gazetteer().country_by_code(code) if code else None


def _style_naming(text: str) -> bool:
    """'Samdech Techo': a style of two or more words that only one country confers, which may
    stand alone for the one it was given to."""
    return len(text.split()) > 1 and key(text) in _honorific_countries()


def _given_style(ctx: Context, parsed: Parsed, ent: Any, ident: str) -> None:
    """'Samdech Techo [Ivo Sen]': the style printed before a name is also a name of that person."""
    match = title_patterns()["honorific_end"].search(parsed.text[max(0, ent.start_char - 60):ent.start_char])
    person = ctx.people[ident]
    if match and _style_naming(match.group("h")) and match.group("h") not in person.alternate_names \
            and not any(match.group("h") in p.alternate_names for p in ctx.people.values()):
        person.alternate_names.append(match.group("h"))


def _honorific_country(before: str) -> Any:
    """"Prime Minister Dato' Seri [name]": an honorific only one country confers."""
    match = title_patterns()["honorific_end"].search(before)
    code = _honorific_countries().get(key(match.group('h'))) if match else None
    return gazetteer().country_by_code(code) if code else None


# ('Chairman of the Presidential Council', 'Director-General of the National Police'): a body of one
# state, whose chair or head acts for it
NATIONAL_BODY_WORDS = r"Presidential|Presidency|Senate|Parliament|National|Government|Cabinet|Council of Ministers|" \
                      r"State Council"
# Offices of international bodies: their holders meet visitors far from any country of their own.
INTERNATIONAL_OFFICES = re.compile(r"^(?:Secretary[- ]General|Deputy Secretary[- ]General|High Representative|"
                                   r"(?:Special )?Envoy|Chair(?:person|man|woman)?|Director[- ]General|"
                                   r"Executive Secretary)"
                                   r"(?:\s+of\s+the\s+(?!.*\b(?:" + NATIONAL_BODY_WORDS + r")\b).+)?$", re.I)


def heads_international_body(title: str | None) -> bool:
    """'Director-General of the OPEC Fund for Development', 'President of the European Commission':
    an office of a body many countries hold (one the organisation lexicon knows), whose holder acts
    for none of them, even in a story filed from one."""
    match = re.search(r"\bof\s+the\s+(.+)$", title or "")
    if match is None:
        return False
    words = match.group(1).split()
    known = known_organizations()
    return any(known.get(key(" ".join(words[:n])), ("", ""))[1] == "Organization" for n in range(len(words), 0, -1))
