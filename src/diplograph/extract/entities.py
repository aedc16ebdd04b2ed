"""People and organisations: names from the entity recogniser, job titles and
countries from the words around them ("Indian Foreign Minister Arjun Mehta", "his German
counterpart Anna Weber", "Anna Weber, Germany's foreign minister,")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.tokens import Span

from ..iris import slug
from ..model import Person
from ..nlp import portfolios
from ..reference import data_rows, gazetteer, key
from .context import PARTICLES, Context, Parsed

SMALL_WORDS = {"of", "for", "the", "and", "on", "to", "in"}
ROLE_WORDS = r"counterpart|counterparts|host|leader|head of state|head of government|top diplomat|strongman|" \
             r"military ruler|military leader|junta leader|junta chief|coup leader|" \
             r"officials?|diplomat|envoy|ruler|monarch|opposition leader|successor|predecessor"
CALENDAR_WORDS = {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday",
                  "wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul",
                  "aug", "sep", "sept", "oct", "nov", "dec"}
# Words before an office that name no other office ('European Commissioner for ...', 'Deputy Minister of ...').
PORTFOLIO_OFFICE_PREFIXES = "European|Federal|Deputy|Vice|Assistant|Associate|Junior|Senior|Acting|Chief|Cabinet|" \
                            "State|Under"
# 'Uzbekistan's first president', 'Ruritania's former foreign minister'
SEQUENCE_WORDS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|former|late|new|current|" \
                 "incoming|outgoing|then|transitional|interim|caretaker|newly elected|newly appointed"
# A possessive: "Ruritania's", and after a plural name "the Marshall Islands'" (the apostrophe alone).
POSS = r"(?:['’]s|(?<=s)['’](?!\w))"
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "madam", "senator"}
# Offices printed short before a name ('PM Ana Berg', 'FM Ivo Koré'): matched in capitals only
# ('3 pm' is a time)
OFFICE_ABBREVIATIONS = {"PM", "FM", "DPM"}
# Central Asian patronymic words printed after the father's name and part of the name ('Ana
# Beksultan kyzy', 'Ivo Nurlan uulu')
PATRONYMIC_WORDS = {"uulu", "kyzy", "uly", "ulu", "qizi", "kizi", "ogly", "oglu", "qyzy"}


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    places = gazetteer()
    fixed = _alternation([*places.titles, "Minister"])
    # 'Minister for Trade', 'European Commissioner for Enlargement', 'Minister of State for Europe':
    # an office named by its portfolio, printed in capitals (the portfolio never runs into a name
    # printed after it: the patterns end at the name or at a comma)
    ranks = _alternation(places.ranks)
    word = rf"(?!(?:{ranks})\s)[A-Z][\w'’-]+"  # ('Minister of Commerce and Industry Shri Ravi ...')
    portfolio = rf"(?-i:{word}(?:\s+(?:and\s+|&\s+)?{word}){{0,4}})"
    office = (rf"(?:(?:{PORTFOLIO_OFFICE_PREFIXES})\s+)?(?:Minister|Secretary|Commissioner)(?:\s+of\s+State)?"
              rf"\s+(?:of|for)\s+(?:the\s+)?{portfolio}")
    adjective = _alternation(places.demonym_words + places.country_words)
    # 'Foreign and CARICOM Affairs Minister', 'Home Affairs Minister': an office named by its affairs
    affairs = rf"(?-i:(?!(?:{adjective})\s){word}(?:\s+(?:and\s+|&\s+)?{word}){{0,3}}\s+Affairs\s+Minister)"
    # 'Commerce Adviser', 'Finance and Planning Adviser': a portfolio's adviser (a cabinet rank in
    # some governments; not "Hasina's Adviser")
    adviser = rf"(?-i:(?!(?:{adjective}|{ranks})\s)[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){{0,2}}\s+Advis[eo]r)"
    one = rf"(?:{office}|{affairs}|{adviser}|{fixed})"
    # 'Deputy Prime Minister and Minister for Trade': two offices held by one person
    titles = rf"{one}(?:\s+and\s+(?:{PORTFOLIO_OFFICE_PREFIXES}\s+)?{one})?"
    country = _alternation(places.country_words)
    particles = _alternation([p for p in PARTICLES if p.isalpha()])  # ('Ana Savi de Castro')
    name = r"(?-i:[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|al|bin|de|da|e|van|von|del|dos)){0,5})"
    state = rf"(?P<state_to>(?:the\s+)?)(?P<of>{country})"
    # ('the spokesman of the Beninese government, X')
    government = (rf"(?:the\s+)?(?P<of_adj>{adjective})\s+"
                  rf"(?:government|presidency|(?:foreign\s+)?ministry|cabinet|embassy)\b")
    # ('the Executive Secretary of the Norway-Chile Salmon Initiative, X', 'of the Board (NFB), X')
    body_word = r"(?:[A-Z]|d['’][A-Z])[\w.'’-]*"
    before = (rf"\b(?:(?P<det>his|her|their|its|the)\s+)?(?:(?P<poss>{country}){POSS}\s+|(?P<adj>{adjective})\s+)?"
              rf"(?:(?:{SEQUENCE_WORDS})\s+)?(?:(?P<owner>{titles}){POSS}\s+)?"
              rf"(?:(?P<title>{titles})(?:\s+(?P<prep>of|to|for)\s+(?:{state}|{government}|(?P<body>(?:the\s+)?{body_word}"
              rf"(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?{body_word}){{0,4}}?)(?:\s+\([A-Z][\w.]*\))?"
              rf"(?:\s+of\s+(?:the\s+)?(?P<body_of>{country}))?))?(?:,\s+(?:{titles}|head\s+of\s+(?:state|government)))?"
              rf"|(?P<role>{ROLE_WORDS}))?,?\s+"
              rf"(?:(?:{ranks})\s+)*$")
    after = (rf"^(?:\s*,\s+|[ \t]*\n\s*)(?:the\s+|a\s+|an\s+)?(?:(?P<poss>{country}){POSS}\s+|(?P<adj>{adjective})\s+)?"
             rf"(?:(?P<title>{titles})\b(?:\s+(?:of|for)\s+{state}\b)?|government['’]s\b)")
    after_of = rf"^\s+of\s+(?:the\s+)?(?P<of>{country})\b"  # ('President X of the Central African Republic')
    return {
        "before": re.compile(before, re.I),
        "after": re.compile(after, re.I),
        "after_of": re.compile(after_of),
        # 'X, Minister of Foreign Affairs, Trade and Tourism of the Republic of Y, held ...': the
        # country closing an office printed after the name
        "apposed": re.compile(rf"^\s*,\s+(?:the\s+)?(?:{titles})\b(?P<rest>[^.;]*?)(?:,\s+(?-i:(?=[a-z]))|[.;]|$)",
                              re.I),
        "of_state": re.compile(rf"\bof\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+(?:of\s+)?)*?(?P<of>{country})\b"),
        # ('[Ministers Ana Ruiz] and ...' after 'Prime': a plural title the recogniser took into the name)
        "leading": re.compile(rf"^(?:(?:(?:{titles})s?|{ranks}|{adjective})\s+)+", re.I),
        "title_only": re.compile(rf"^(?:{titles})$", re.I),
        "office_only": re.compile(rf"^(?:(?:{adjective})\s+|(?:{country}){POSS}\s+)?(?:{titles}|{ROLE_WORDS})$", re.I),
        "title_end": re.compile(rf"\b(?:{fixed})$", re.I),
        # (a portfolio's office only before a comma: 'Minister for Trade, Ann Lee'; 'Vice-President of X, Ann Lee')
        "titled_name": re.compile(rf"\b(?:(?:{fixed})s?\s+|(?:{titles})(?:\s+of\s+{state})?,\s+)(?:(?:{ranks})\s+)*"
                                  rf"(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:{particles})\s+)?[A-Z][\w’'-]+){{1,3}})\b"),
        "honorific": re.compile(rf"(?<![\w'’])(?:{ranks})(?=\s)", re.I),
        "honorific_end": re.compile(rf"(?<![\w'’])(?P<h>{ranks})\s+$", re.I),
        "honorifics_only": re.compile(rf"^(?:(?:{ranks}|{titles})\s*)+$", re.I),
        # 'the foreign ministers, A of X and B of Y': each holds the office
        "listed": re.compile(rf"\b(?P<title>{titles})s,\s+(?:[^,.;]+?(?:,\s+|\s+and\s+))?$", re.I),
        # "X, head of Ruritania's Presidential Council": the head of a body, of that body's country
        "head_of": re.compile(rf"^\s*,\s+(?:the\s+)?(?P<lead>head|chairman|chairwoman|chairperson|chair)\s+of\s+"
                              rf"(?:(?P<poss>{country}){POSS}\s+|the\s+(?P<adj>{adjective})\s+|the\s+)?"
                              rf"(?P<body>(?-i:[A-Z][\w'’-]+(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*[A-Z][\w'’-]+)"
                              rf"{{0,6}}))", re.I),
        # 'attended by his counterparts A of X, B of Y and C of Z': each is a counterpart
        "counterparts": re.compile(rf"\bcounterparts,?\s+(?:{name}(?:\s+of\s+(?:the\s+)?{name})?"
                                   rf"(?:,\s+|\s+and\s+))+$", re.I),
        # 'chaired by Prime Ministers A and B': each holds the office ('first' set for the second name)
        # ('Foreign ministers A of X and B': the first with the country printed after the name)
        "plural": re.compile(rf"\b(?P<title>{titles})s\s+(?P<first>{name}(?:\s+of\s+(?:the\s+)?{name})?\s+and\s+)?"
                             rf"(?:(?:{ranks})\s+)*$", re.I),
        # 'the Ruritanian-Osterlich commission': two countries in order
        "pair": re.compile(rf"\b(?P<adj1>{adjective})\s*[-–—]\s*(?P<adj2>{adjective})\b", re.I),
        # "his Chinese and South Korean counterparts, Wang Yi and Cho Tae-yul": one country each, in order
        "respective": re.compile(rf"(?P<adj1>{adjective})\s+and\s+(?P<adj2>{adjective})\s+"
                                 rf"(?:counterparts|(?:{titles})s),\s+(?P<first>[^,]*?\s+and\s+)?$", re.I),
    }


@lru_cache(maxsize=1)
def _country_name_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:the\s+)?(?:{_alternation(gazetteer().country_words)})(?![\w-])")


def country_names(text: str) -> list[Any]:
    """The countries a line names in full ('Republic of Iraq', "The Bahamas' leading newspaper")."""
    found = [gazetteer().country(m.group(0)) for m in _country_name_pattern().finditer(fold(text))]
    return [c for c in found if c is not None]


def fold(text: str) -> str:
    """'Côte d'Ivoire' -> "Cote d'Ivoire": letters without their accents, one for one (the country
    and title patterns are written in the reference data's plain letters; offsets are kept)."""
    import unicodedata

    out = []
    for ch in text:
        plain = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        out.append(plain if len(plain) == 1 else ch)
    return "".join(out)


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
        name += "."  # ('Surangel Whipps Jr.': the suffix keeps its stop)
    name = _patterns()["leading"].sub("", name)
    words = name.split()
    while words and (words[0].lower() in HONORIFICS or words[0] in OFFICE_ABBREVIATIONS):
        words = words[1:]  # ('PM Ana Berg': an office printed short, in capitals only)
    # ('Mishal Al Ahmad Al Jaber Al Sabah': particles do not make a name too long to be one)
    if not words or len([w for w in words if w.lower() not in PARTICLES]) > 6:
        return None
    if all(w.lower().rstrip(".") in CALENDAR_WORDS for w in words):
        return None  # 'Fri Jun': a date line
    if _patterns()["honorifics_only"].match(" ".join(words)):
        return None  # 'Sheikh', 'Dato': an honorific without the name
    places = gazetteer()
    if any(ch.isdigit() for ch in name) or not words[0][:1].isupper():
        return None
    if places.country(name) or places.country_of_demonym(name) or (places.city(name) and len(words) == 1):
        return None
    city = places.city(name) if len(words) > 1 else None
    if city is not None and city.population >= BIG_CITY:
        return None  # 'from [Ho Chi Minh City]', 'to [Kuala Lumpur]': a big city's name is no person's
    if _patterns()["title_only"].match(name):
        return None
    if words[-1].lower() in DOCUMENT_WORDS and len(words) > 1:
        return None  # 'the Apia Declaration': a document named for a place
    return " ".join(words)


# A city this big named in more than one word is never taken for a person's name.
BIG_CITY = 100_000

ROYAL = {"king", "queen", "emir", "sultan", "prince", "princess", "sheikh", "emperor", "empress"}
ROYAL_WORD = re.compile(r"\b(?:" + "|".join(sorted(ROYAL)) + r")\b", re.I)
REGNAL = re.compile(r"^(?:[IVX]+|bin|ibn|Al|al)$")


def _royal_names(parsed: Parsed) -> list[tuple[Any, str]]:
    """'King Mswati III', 'Sultan Haitham bin Tariq': a royal title and the capitalised name after
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
    """'King' in 'King Charles' (inside the mention or just before it)."""
    text = parsed.text
    name_at = ent.start_char + max(0, ent.text.find(name.split()[0]))
    match = re.search(r"\b([A-Z][a-z]+)\s+$", text[max(0, name_at - 12):name_at])
    return match.group(1) if match and match.group(1).lower() in ROYAL else None


def _titled_names(parsed: Parsed) -> list[tuple[Any, str]]:
    """'Minister of Commerce and Industry Shri [Ravi Kumar]': two to four capitalised words after
    a job title that the recogniser left untagged are a name."""
    found: list[tuple[Any, str]] = []
    doc = parsed.doc
    if parsed.block.kind == "headline":
        return found  # ('President Welcomes Delegation': Title Case is no name)
    for match in _patterns()["titled_name"].finditer(fold(parsed.text)):
        span = doc.char_span(match.start("name"), match.end("name"))
        if span is None or any(t.ent_type_ for t in span) or any(
                not (_name_word(t) or _capitalised_function_word(t) or t.lower_ in PARTICLES
                     or (t.text == "-" and not t.whitespace_))
                or t.lower_ in _title_words() or t.lower_ in ORGANIZATION_WORDS for t in span):
            continue
        if span.end < len(doc) and doc[span.end].text[:1].isupper() and doc[span.end].pos_ == "PROPN":
            continue  # a longer run of capitals: a name of something else
        if _in_portfolio_list(parsed, span):
            continue  # 'Minister of Foreign Affairs, [African Cooperation] and Expatriates of X': portfolios
        name = clean_person_name(span.text)
        if name:
            found.append((span, name))
    return found


# Offices named by a portfolio or a posting ('Minister for Trade', 'Commissioner for Human Rights',
# 'Ambassador to Ruritania') that a holder's name may follow with no comma between.
PORTFOLIO_OFFICES = {"minister", "secretary", "commissioner", "ambassador", "envoy", "representative"}


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
                (doc[end].text[:1].isupper() and _letters(doc[end].text) and doc[end].pos_ == "PROPN"
                 and doc[end].ent_type_ not in ("GPE", "LOC", "DATE", "FAC")
                 and doc[end].lower_ not in _title_words() and doc[end].lower_ not in _portfolio_words()
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
    return bool(PORTFOLIO_LIST_TAIL.match(parsed.text[span.end_char:])
                and PORTFOLIO_OFFICE_END.search(parsed.text[max(0, span.start_char - 120):span.start_char]))


def _capitalised_function_word(token: Any) -> bool:
    """'President To Lam': a short word capitalised inside a sentence, after a title, is a name."""
    return bool(token.pos_ in ("ADP", "PART", "DET", "CCONJ", "SCONJ") and token.text[:1].isupper()
                and not token.is_sent_start and token.i > 0 and token.nbor(-1).pos_ == "PROPN")


def _name_word(token: Any) -> bool:
    return bool(token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ not in ("GPE", "NORP", "DATE")
                and not gazetteer().country(token.text))


OPENING_QUOTES = {'"', "“", "‘"}
CLOSING_QUOTES = {'"', "”", "’"}


def _nicknamed(parsed: Parsed) -> list[tuple[Any, str]]:
    """'Prime Minister Philip “Brave” Davis': a nickname in quotation marks inside a name is no
    part of it (the person is Philip Davis)."""
    found: list[tuple[Any, str]] = []
    if not any(q in parsed.text for q in OPENING_QUOTES):
        return found
    doc = parsed.doc
    for token in doc:
        i = token.i
        if token.text not in OPENING_QUOTES or i == 0 or i + 3 >= len(doc):
            continue
        close = next((j for j in range(i + 2, min(i + 4, len(doc))) if doc[j].text in CLOSING_QUOTES), None)
        if close is None or close + 1 >= len(doc) or not all(
                t.text[:1].isupper() and t.is_alpha for t in doc[i + 1:close]) or token.whitespace_:
            continue
        start = i
        while start > 0 and _name_word(doc[start - 1]) and doc[start - 1].lower_ not in _title_words():
            start -= 1
        end = close + 1
        while end < len(doc) and _name_word(doc[end]) and doc[end].lower_ not in _title_words():
            end += 1
        span = doc[start:end]
        if start == i or end == close + 1 or not any(t.ent_type_ == "PERSON" for t in span):
            continue
        name = clean_person_name(" ".join([doc[start:i].text, doc[close + 1:end].text]))
        if name and len(name.split()) <= 4:
            found.append((span, name))
    return found


def find_people(ctx: Context) -> None:
    """Register every person once under the fullest name the article gives."""
    mentions: list[tuple[Parsed, Any, str]] = []
    for parsed in ctx.blocks:
        nicknamed = _nicknamed(parsed)
        mentions.extend((parsed, span, name) for span, name in nicknamed)
        for ent in parsed.ents:
            if any(span.start <= ent.start < span.end or ent.start <= span.start < ent.end for span, _ in nicknamed):
                continue  # (the name around a nickname, found whole)
            if ent.label_ == "ORG" and _mislabelled_person(_whole_name(ent).text):
                pass  # 'Kazakh President Kassym-Jomart Tokayev' taken for an organisation
            elif ent.label_ in MISTAKEN_LABELS and _named_after_title(parsed, _after_comma(ent)):
                ent = _after_comma(ent)  # 'the Vice-President of Ruritania, [Tiémoko Ané Koré]' taken for a place
            elif ent.label_ in MISTAKEN_LABELS and _surname_after_comma(ent) is not None \
                    and _named_after_title(parsed, _surname_after_comma(ent)):
                ent = _surname_after_comma(ent)  # 'his Ruritanian counterpart, Ana Maria [Koré]'
            elif ent.label_ in MISTAKEN_LABELS and _titled_after_name(parsed, ent):
                pass  # '[Ana Berg], Ruritania's Minister for Trade, said': a name with its office after it

            elif ent.label_ != "PERSON":
                continue
            ent = _without_honorific(parsed, _without_title_end(parsed, _whole_name(_without_country(
                _without_verb(parsed, ent)))))
            if ent is None or _continues_organization(ent) or _names_a_feature(ent) or _names_a_group(ent) \
                    or _names_a_building(ent) or _in_portfolio_list(parsed, ent):
                continue
            name = clean_person_name(ent.text)
            if name:
                mentions.append((parsed, ent, name))
        mentions.extend((parsed, span, name) for span, name in _royal_names(parsed))
        mentions.extend((parsed, span, name) for span, name in _titled_names(parsed))
        mentions.extend((parsed, span, name) for span, name in _portfolio_names(parsed))
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
            if _titled(parsed, ent) or royal:
                ident = slug(name)
                # 'King Charles', 'Emperor Naruhito': one name is known with its title too
                also = [f"{royal} {name}"] if royal and len(name.split()) == 1 else []
                ctx.people[ident] = Person(id=ident, name=name, alternate_names=also)
            else:
                if len(name.split()) == 1:
                    skipped.append((parsed, ent, name))
                continue
        parsed.entities.update({i: ("person", ident) for i in range(ent.start, ent.end)})
        describe_person(ctx, parsed, ent, ident)
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


# Members of a body named before them: 'Boko Haram fighters', 'Wagner mercenaries'.
MEMBER_WORDS = {"fighters", "militants", "insurgents", "jihadists", "rebels", "gunmen", "mercenaries", "militiamen",
                "members", "loyalists", "operatives", "commanders"}


def _names_a_group(ent: Any) -> bool:
    """'an attack by [Boko Haram] fighters': a name printed before the members of a body is the
    body's, not a person's."""
    doc = ent.doc
    return bool(ent.end < len(doc) and doc[ent.end].lower_ in MEMBER_WORDS)


def _outermost(mentions: list[tuple[Parsed, Any, str]]) -> list[tuple[Parsed, Any, str]]:
    """Mentions not inside a longer one of the same block ('[Ma]' in '[Ma. Theresa Lazaro]', both found)."""
    return [m for m in mentions if not any(
        o[0] is m[0] and o[1].start <= m[1].start and m[1].end <= o[1].end and len(o[1]) > len(m[1])
        for o in mentions)]


def _without_suffix(name: str) -> list[str]:
    """'Surangel Whipps Jr.' is also printed 'Surangel Whipps'."""
    bare = re.sub(r",?\s+(?:Jr|Sr)\.?$", "", name)
    return [bare] if bare != name and len(bare.split()) > 1 else []


def _possessed_names(ctx: Context) -> None:
    """"Suriname's Geerlings-Simons pledges ...": a surname (or name) printed after a country's
    possessive, in a headline as in the story, is of someone who acts for that country."""
    pattern = re.compile(rf"(?<![\w-])(?:the\s+)?(?P<poss>{_alternation(gazetteer().country_words)}){POSS}\s+"
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
    match = _patterns()["honorific_end"].search(parsed.text[max(0, ent.start_char - 30):ent.start_char])
    return key(match.group("h")) if match else None


def _ranked_names(ctx: Context, mentions: list[tuple[Parsed, Any, str]]) -> dict[tuple[str, str], str]:
    """'Captain Ibrahim Traoré ... Karamoko Traoré ... Captain Traoré': a surname printed after a
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
    """Names the recogniser missed or mislabelled ('Scholz will host ...', 'Baerbock' as ORG):
    a capitalised word that is part of exactly one known person's name refers to that person."""
    for parsed in ctx.blocks:
        for token in parsed.doc:
            if token.i in parsed.entities or token.pos_ not in ("PROPN", "NOUN", "X", "ADJ") \
                    or not token.text[:1].isupper():
                continue
            places = gazetteer()
            # ('Iwaya' as LOC: no place of that name; 'Albanese' as NORP: no nationality of that name)
            if token.ent_type_ in ("GPE", "LOC", "NORP") and (
                    places.country_of_demonym(token.text) or places.city(token.text) or places.country(token.text)
                    or (token.ent_type_ == "NORP" and token.ent_iob_ == "I")):
                continue
            ident = ctx.person_id(token.text)
            if ident and len(ctx.people[ident].name.split()) > 1 and len(token.text) > 2:
                parsed.entities[token.i] = ("person", ident)


@lru_cache(maxsize=1)
def _title_words() -> set[str]:
    places = gazetteer()
    return {w.lower() for t in [*places.titles, *places.ranks] for w in t.split()} | {"the", "of", "and"}


def _whole_name(ent: Any) -> Any:
    """A name the recogniser cut short: 'Antony [J. Blinken]', 'Han [Duck]-soo'."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start > 0:
        before = doc[start - 1]
        if ((before.pos_ == "PROPN" and before.text[:1].isupper() and before.lower_ not in _title_words()
                and not before.ent_type_) or before.ent_type_ == "PERSON") and before.text.rstrip(".").isalpha() \
                and not gazetteer().country_of_demonym(before.text) and not gazetteer().country(before.text) \
                and not (start > 1 and gazetteer().country(doc[start - 2:start].text)):
            start -= 1
        else:
            break
    # ('Ma. [Theresa Lazaro]': a given name printed abbreviated, its stop split off by the tokenizer)
    if start >= 2 and doc[start - 1].text == "." and doc[start - 1].whitespace_ and not doc[start - 2].whitespace_ \
            and _abbreviated_given_name(doc[start - 2]):
        start -= 2
    while end < len(doc):
        after = doc[end]
        if end + 1 < len(doc) and after.text == "-" and not doc[end - 1].whitespace_ \
                and not after.whitespace_ and doc[end + 1].is_alpha:
            end += 2  # 'Han Duck-soo'
        elif (after.pos_ == "PROPN" and after.text[:1].isupper() and _letters(after.text)
              and after.lower_ not in _title_words() and after.ent_type_ in ("", "PERSON")
              and not doc[end - 1].text.endswith((",", ")"))):
            end += 1  # 'Espen Barth [Eide]', "Fiamē Naomi [Mata'afa]"
        elif (after.lower_ in NAME_PARTICLES and end + 1 < len(doc)
              and (doc[end + 1].text[:1].isupper() or doc[end + 1].lower_ in ("der", "den", "de"))):
            end += 1  # 'Ursula von der Leyen' (the word after the particles whatever it was taken for)
            while end < len(doc) and doc[end].lower_ in ("der", "den", "de", "la", "los", "las"):
                end += 1
            if end < len(doc) and doc[end].text[:1].isupper() and _letters(doc[end].text):
                end += 1
                # ('Bendito dos [Santos Freitas]': the rest of the name the particle's word begins)
                while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end - 1].ent_type_ \
                        and doc[end].text[:1].isupper() and _letters(doc[end].text):
                    end += 1
        elif after.text in PATRONYMIC_WORDS and doc[end - 1].text[:1].isupper() and end - start > 1:
            end += 1  # 'Ivo Nurlan [uulu]': a patronymic word is part of the name
        elif after.text in ("Jr.", "Sr.", "Jr", "Sr") and doc[end - 1].text[:1].isupper():
            end += 1  # 'Surangel Whipps [Jr.]': a generational suffix is part of the name
            if end < len(doc) and doc[end].text == "." and not after.whitespace_:
                end += 1
        else:
            break
    return doc[start:end] if (start, end) != (ent.start, ent.end) else ent


# Words that join the parts of a name ('Ursula von der Leyen', 'Bendito dos Santos Freitas', 'Hugo de Zela',
# 'Ana Correia e Silva').
NAME_PARTICLES = {"von", "van", "der", "de", "da", "den", "bin", "al", "dos", "das", "do", "del", "di", "du", "ibn",
                  "e"}
ABBREVIATED_GIVEN = re.compile(r"^(?:Ma|Md|Mohd|Muhd|Wm|Jos|Chas|Geo|Thos|Jas)$")


def _letters(text: str) -> bool:
    """A word of letters, maybe joined by an apostrophe or hyphen ("Mata'afa", "Hu'akavameiliku")."""
    return bool(re.fullmatch(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", text))


def _abbreviated_given_name(token: Any) -> bool:
    """'Ma.' (Maria), 'Md.' (Mohammad): a given name printed short before the rest of a name."""
    return bool(ABBREVIATED_GIVEN.match(token.text)) and (token.i == 0 or not token.nbor(-1).text[:1].isupper()
                                                           or token.nbor(-1).lower_ in _title_words())


ORGANIZATION_WORDS = {"ministry", "council", "department", "office", "agency", "union", "party", "bank", "institute",
                      "commission", "corp", "corp.", "group", "committee", "unit", "forces", "army", "navy", "news",
                      "association", "organization", "organisation", "affairs", "house", "palace", "foundation",
                      "centre", "center", "fund", "academy", "assembly", "company", "corporation", "court",
                      "parliament", "authority"}


def _without_country(ent: Any) -> Any:
    """'[Ana Lopes of Peru]': a name the recogniser ran on into the country printed after it."""
    for token in ent[1:-1]:
        if token.lower_ == "of" and _country_after(ent.doc, token.i + 1) == ent.end:
            return ent.doc[ent.start:token.i]
    return ent


def _without_verb(parsed: Parsed, ent: Any) -> Any:
    """'Vice President [Ana Berg Meets] with ...': a headline's verb, capitalised like every word of
    it, that the recogniser ran into the name before it."""
    end = ent.end
    while end - ent.start > 1 and ent.doc[end - 1].tag_ in ("VBZ", "VBD") and ent.doc[end - 1].dep_ == "ROOT" \
            and parsed.block.kind == "headline":
        end -= 1
    return ent.doc[ent.start:end] if end != ent.end else ent


def _without_title_end(parsed: Parsed, ent: Any) -> Any:
    """'Federal [Councillor Ana Roth]': a name whose first words end a title begun before it is
    the name without them."""
    for k in range(min(3, len(ent) - 1), 0, -1):
        end = ent[k - 1].idx + len(ent[k - 1].text)
        match = _patterns()["title_end"].search(fold(parsed.text[max(0, ent.start_char - 40):end]))
        if match and match.start() < ent.start_char - max(0, ent.start_char - 40):
            return ent.doc[ent.start + k:ent.end]
    return ent


def _without_honorific(parsed: Parsed, ent: Any) -> Any | None:
    """A name whose first words belong to an honorific printed before it ("Dato' [Seri Anwar
    Ibrahim]", split at the apostrophe): the name without them; None when nothing is left."""
    doc = ent.doc
    start = ent.start
    for match in _patterns()["honorific"].finditer(parsed.text, max(0, ent.start_char - 30), ent.end_char + 30):
        if match.start() <= doc[start].idx < match.end():
            while start < ent.end and doc[start].idx < match.end():
                start += 1
    if start == ent.start:
        return ent
    return doc[start:ent.end] if start < ent.end else None


# The last words of a building or institution named after a person ('the Ana Berg International
# Conference Centre', 'the Ivo Koré Memorial Stadium'): not surnames.
BUILDING_WORDS = {"centre", "center", "stadium", "airport", "hospital", "university", "college", "school", "library",
                  "museum", "auditorium", "complex", "terminal", "institute", "foundation", "academy", "arena",
                  "mausoleum", "memorial", "avenue", "boulevard", "highway", "street", "road", "square",
                  "conference", "international"}


# Words a palace or residence is named with before its own name ('Palazzo Vecchio', 'Casa Rosada')
PALACE_WORDS = {"palazzo", "palacio", "palácio", "palais", "palace", "villa", "casa", "schloss", "château",
                "chateau", "quinta", "hotel"}


def _names_a_building(span: Any) -> bool:
    """'the Sir Ana Berg International Conference Centre': a name the recogniser ran on into the
    words of a building or institution named after a person (the last word a building's); 'Palazzo
    Vecchio', 'Villa Madama': a palace taken for a person (the first word a palace's)."""
    return (len(span) > 2 and span[-1].lower_ in BUILDING_WORDS) or (len(span) > 1 and span[0].lower_ in PALACE_WORDS)


def _continues_organization(span: Any) -> bool:
    """'the British Army Training [Unit Kenya]': words after an organisation's name, beginning with
    a word organisations are named with, are the rest of that name."""
    doc = span.doc
    return bool(span.start and doc[span.start - 1].ent_type_ == "ORG" and doc[span.start].lower_ in ORGANIZATION_WORDS)


def _organization_span(ent: Any) -> Any:
    """An organisation's name the recogniser cut before its last words ('... Training [Unit Kenya]')."""
    doc = ent.doc
    start, end = ent.start, ent.end
    # 'the Organisation for Economic Co-operation [and] Development': a name cut after a joining word
    if end < len(doc) and end - start > 1 and doc[end - 1].lower_ in ("and", "of", "for", "&") \
            and doc[end].text[:1].isupper() and doc[end].is_alpha and doc[end].ent_type_ in ("", "ORG"):
        end += 1
        while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "ORG":
            end += 1
    if end < len(doc) and doc[end].lower_ in ORGANIZATION_WORDS and doc[end].text[:1].isupper():
        end += 1
        # (not into a title and the name after it: 'CARICOM Affairs [Minister Ann Lee]')
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and doc[end].is_alpha \
                and doc[end].lower_ not in _title_words() \
                and (doc[end].ent_type_ != "PERSON" or gazetteer().country(doc[end].text)):
            end += 1
    end = _portfolio_list_end(doc, start, end)
    # 'the [SCO Council] of Heads of State', 'the [Council] of Foreign Ministers': a council of whom it gathers
    if end + 1 < len(doc) and doc[end - 1].lower_ in COUNCIL_WORDS and doc[end].lower_ == "of" \
            and doc[end + 1].text[:1].isupper() and doc[end + 1].ent_type_ not in ("GPE", "LOC", "NORP") \
            and doc[end + 1].lower_ in GATHERED_WORDS:
        grown = end + 1
        while grown < len(doc) and ((doc[grown].text[:1].isupper() and doc[grown].is_alpha
                                     and doc[grown].ent_type_ not in ("GPE", "LOC"))
                                    or (doc[grown].lower_ in ("of", "and") and grown + 1 < len(doc)
                                        and doc[grown + 1].text[:1].isupper())):
            grown += 1
        end = grown
    # 'the Office of the [Prime] Minister': a name the recogniser cut inside the title it ends in
    of_the = next((t.i + 2 for t in doc[start:end - 1] if t.lower_ == "of" and doc[t.i + 1].lower_ == "the"), None)
    if of_the is not None and of_the < end and doc[end - 1].text[:1].isupper() \
            and not _patterns()["title_only"].match(doc[of_the:end].text):
        longer = next((k for k in (1, 2) if end + k <= len(doc)
                       and _patterns()["title_only"].match(doc[of_the:end + k].text)), None)
        end += longer or 0
    # 'the Office of the President of [Mongolia]': a name the recogniser cut before its country
    if end < len(doc) and doc[end - 1].lower_ == "of" and doc[end].ent_type_ in ("GPE", "LOC") \
            and doc[end].ent_iob_ == "B":
        end += 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    # 'the Conference on Interaction and ... [in Asia]': a body for some cause in a region (never a
    # body in a city or a country: 'the Ministry of Trade in Oslo')
    elif end + 1 < len(doc) and doc[end].lower_ == "in" and doc[end + 1].ent_type_ == "LOC" \
            and doc[end + 1].ent_iob_ == "B" and any(t.lower_ in ("on", "for") for t in doc[start:end]) \
            and not gazetteer().country(doc[end + 1].text):
        end += 2
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    # 'the Ministry of Foreign Affairs [of Kazakhstan]': a government body's country
    first = doc[start + 1] if doc[start].lower_ == "the" and start + 1 < end else doc[start]
    if first.lower_ in ("ministry", "department", "embassy", "office", "presidency", "government") \
            and end + 1 < len(doc) and doc[end].lower_ == "of":
        country_end = _country_after(doc, end + 1)
        if country_end:
            end = country_end
    # 'Trinidad and [Tobago Chamber of Commerce]': a country named with 'and', cut at it
    for back in (2, 3):
        if start - back >= 0 and doc[start - 1].lower_ == "and" \
                and gazetteer().country(doc[start - back:start + 1].text) and doc[start - back].text[:1].isupper():
            start -= back
            break
    # 'the Cuba–[Nicaragua Intergovernmental Commission]': a body of two countries, cut at the dash
    if start >= 2 and doc[start - 1].text in ("-", "–", "—") and not doc[start - 2].whitespace_ \
            and not doc[start - 1].whitespace_ and gazetteer().country(doc[start - 2].text) \
            and gazetteer().country(doc[start].text):
        start -= 2
    # 'Newsday the Ministry of ...': a name run into the one before it, split at its article
    inner = next((t.i for t in doc[start + 1:end] if t.text == "the" and doc[t.i - 1].text[:1].isupper()
                  and doc[t.i - 1].lower_ not in SMALL_WORDS), None)
    if inner is not None and inner + 1 < end:
        start = inner
    # 'Kiel Institute [for the World Economy]': a body named for what it serves, cut in two
    if doc[end - 1].lower_ in ORGANIZATION_WORDS and end + 2 < len(doc) and doc[end].lower_ in ("for", "of") \
            and doc[end + 1].lower_ == "the" and doc[end + 2].ent_type_ == "ORG":
        end += 3
        while end < len(doc) and doc[end].ent_type_ == "ORG" and doc[end].ent_iob_ == "I":
            end += 1
    if doc[start].lower_ == "the" and start + 1 < end:
        start += 1
    start = _office_holder_before(doc, start, end)
    if start >= 3 and doc[start - 1].lower_ == "the" \
            and doc[start - 2].lower_ in ("for", "of") and doc[start - 3].lower_ in ORGANIZATION_WORDS \
            and doc[start - 3].text[:1].isupper():
        start -= 3
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
            start -= 1
    return doc[start:end] if (start, end) != (ent.start, ent.end) else ent


MINISTRY_HEADS = {"ministry", "department", "secretariat", "directorate", "bureau"}
POSSESSED_BODIES = {"office", "division", "department", "secretariat", "bureau", "unit", "press", "media"}


def _capitalised_run(doc: Any, at: int) -> int:
    """The end of the run of capitalised words at ``at`` that may be one of a ministry's portfolios
    ('Regional Integration', 'Scientific Research'): no person, place or title among them."""
    end = at
    while end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper() \
            and doc[end].ent_type_ not in ("PERSON", "GPE", "NORP", "LOC", "DATE") \
            and not _patterns()["title_only"].match(doc[end].text) and not gazetteer().country(doc[end].text):
        end += 1
    return end


def _portfolio_list_end(doc: Any, start: int, end: int) -> int:
    """'the Ministry of Higher Education [and Scientific Research]', 'the Ministry of Foreign Affairs[,
    Regional Integration and International Trade]': a ministry of several portfolios, which the
    recogniser cuts at the comma or the 'and' between them. A comma continues the name only where
    the list closes with 'and' ('A, B and C'), so an apposition after the name is not taken in."""
    first = doc[start + 1] if doc[start].lower_ == "the" and start + 1 < end else doc[start]
    if first.lower_ not in MINISTRY_HEADS or not any(t.lower_ in ("of", "for") for t in doc[first.i:end]):
        return end
    at = end - 1 if doc[end - 1].text in (",", "and", "&") else end
    grown = at
    while grown < len(doc) and doc[grown].text in (",", "and", "&"):
        run = _capitalised_run(doc, grown + 1)
        if run == grown + 1:
            break
        if doc[grown].text != ",":
            at = grown = run  # (the list closed by 'and' is taken whole)
        else:
            grown = run
    return max(at, end if doc[end - 1].text not in (",", "and", "&") else end - 1)


def _office_holder_before(doc: Any, start: int, end: int) -> int:
    """'the [President's] Media Division', 'the [Prime Minister's] Office': a body named for the
    office it serves, which the recogniser begins after the possessive."""
    if doc[end - 1].lower_ not in POSSESSED_BODIES or start < 2 or doc[start - 1].lower_ not in ("'s", "’s"):
        return start
    back = start - 1
    while back > 0 and doc[back - 1].text[:1].isupper() and doc[back - 1].lower_ in _title_words() \
            and doc[back - 1].lower_ not in SMALL_WORDS:
        back -= 1
    words = doc[back:start - 1].text
    return back if back < start - 1 and _patterns()["title_only"].match(words) else start


COUNCIL_WORDS = {"council", "conference", "assembly", "committee", "meeting"}
# Those a council gathers: 'Council of [Heads] of State', 'of [Foreign] Ministers', 'of [Ministers]'
GATHERED_WORDS = {"heads", "ministers", "foreign", "defence", "defense", "finance", "trade", "economy", "state",
                  "governors", "leaders", "presidents", "senior", "permanent", "deputy", "deputies", "ambassadors"}


def _country_after(doc: Any, at: int) -> int | None:
    """The end of a country's name printed at token ``at`` ('Armenia', 'the Czech Republic'), which
    the recogniser may have left untagged; None when no country is printed there."""
    start = at + 1 if at < len(doc) and doc[at].lower_ == "the" else at
    for end in range(min(len(doc), start + 6), start, -1):
        if doc[start].text[:1].isupper() and gazetteer().country(doc[start:end].text):
            return end
    return None


def _mislabelled_person(text: str) -> bool:
    """An 'organisation' that is a title and a name: '<Nationality> <Title> <Given> <Family>', or a
    rank or style and a name ('Ratu Epeli Vunibola', 'Captain Ana Diaz')."""
    match = _patterns()["leading"].match(text)
    if not match or not (re.search(_patterns()["title_only"].pattern.strip("^$"), match.group(0), re.I)
                         or _patterns()["honorific"].match(match.group(0))):
        return False
    name = text[match.end():].split()
    return 2 <= len(name) <= 4 and all(w[:1].isupper() and w.lower().strip(".") not in ORGANIZATION_WORDS
                                       and w.lower() not in _title_words() for w in name)


def _after_comma(ent: Any) -> Any:
    """'[the Republic of Ruritania, Ana Berg]': the words after a comma the recogniser ran into a name."""
    comma = next((t.i for t in ent if t.text == ","), None)
    return ent.doc[comma + 1:ent.end] if comma is not None and comma + 1 < ent.end else ent


def _surname_after_comma(ent: Any) -> Any | None:
    """'..., Ana Maria [Koré]': a one-word entity ending a run of untagged capitalised words printed
    after a comma, which the recogniser may take for a place or a body: the whole run."""
    whole = _whole_name(ent)
    if len(ent) != 1 or whole.end != ent.end or whole.start == ent.start or whole.start == 0 \
            or ent.doc[whole.start - 1].text != ",":
        return None
    return whole


# What the recogniser may take a name printed beside an office for.
MISTAKEN_LABELS = ("ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "NORP")


def _name_shaped(ent: Any) -> bool:
    """Two to four capitalised words (and the particles between them), none a place, a title or
    a word bodies are named with: the shape of a person's name."""
    places = gazetteer()
    words = [t for t in ent if t.text not in ("-", "'", "’")]
    named = [t for t in words if t.lower_ not in NAME_PARTICLES]
    if not 2 <= len(named) <= 4 or len(words) > 6 or words[0].lower_ in NAME_PARTICLES \
            or key(ent.text) in known_organizations() or places.country(ent.text) \
            or places.city(ent.text) or places.country_of_demonym(ent.text):
        return False
    for token in named:
        lower = token.lower_
        if not token.text[:1].isupper() or not re.match(r"^[^\W\d_][\w'’-]*$", token.text) \
                or lower in ORGANIZATION_WORDS or lower in HOST_WORDS or lower in _title_words() \
                or places.country(token.text) or places.city(token.text) or places.country_of_demonym(token.text):
            return False
    return True


def _titled_after_name(parsed: Parsed, ent: Any) -> bool:
    """'[Ana Berg], Ruritania's Minister for Trade, said': a name the recogniser took for something
    else, printed before a comma and an office (of a country) that closes with a comma or the
    sentence; the office after the name makes it a person's."""
    if not _name_shaped(ent) or (ent.start and parsed.doc[ent.start - 1].text[:1].isupper()
                                 and parsed.doc[ent.start - 1].lower_ not in _title_words()):
        return False
    after = fold(parsed.text[ent.end_char:ent.end_char + 120])
    match = _patterns()["after"].match(after)
    return bool(match and match.group("title")
                and re.match(r"^\s*(?:(?:of|for|responsible\s+for)\s+[^,.;]+)?[,.;]", after[match.end():]))


def _named_after_title(parsed: Parsed, ent: Any) -> bool:
    """A name printed after a title or 'counterpart' ('the Vice-President of X, [A B C]', 'her
    Ruritanian counterpart, [A B C]') that the recogniser took for a place or an organisation:
    two to four capitalised words, none a place, a title or a word bodies are named with."""
    if not _name_shaped(ent):
        return False
    sentence_start = ent.doc[ent.start].sent.start_char
    before = fold(parsed.text[max(sentence_start, ent.start_char - 90):ent.start_char])
    match = _patterns()["before"].search(before)
    role = (match.group("role") or "").lower() if match else ""
    # ('Foreign ministers Ana Berg and [Ivo Koré]': the second of two names under one plural office)
    plural = _patterns()["plural"].search(before)
    return bool(match and (match.group("title") or role.startswith("counterpart")
                           or role in ("successor", "predecessor"))) or bool(plural and plural.group("first"))


def _titled(parsed: Parsed, ent: Any) -> bool:
    before = fold(parsed.text[max(0, ent.start_char - 60):ent.start_char])
    match = _patterns()["before"].search(before)
    return bool(match and match.group("title")) or bool(_patterns()["listed"].search(before)) \
        or bool(_patterns()["plural"].search(before))


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
    # The recogniser may hold the title inside the name ('Spokesperson Matthew Miller').
    name_at = ent.start_char + max(0, ent.text.find(person.name.split()[0]))
    before = fold(text[max(sentence_start, name_at - 90):name_at])
    after = fold(text[ent.end_char:ent.end_char + 90])
    found_country = None
    sent_to = False
    match = _patterns()["before"].search(before)
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
            person.title = _fuller_title(person.title, first + title_case(match.group("title")) + (
                f" to {printed[match.start('state_to'):match.end('of')]}" if sent_to else _of_body(match, printed)))
        found_country = ctx.country_of_text(match.group("adj") or match.group("poss")
                                            or (None if sent_to else match.group("of"))
                                            or match.group("of_adj") or match.group("body_of") or "")
        role = (match.group("role") or "").lower()
        if role.startswith("counterpart"):
            parsed.counterparts.append((ent.start, ident))
        if role in ("officials", "official"):
            found_country = None
        if role in ("successor", "predecessor"):
            _succeeds(ctx, parsed, ent, person)
    listed = _patterns()["listed"].search(before)
    if listed and not person.title:
        person.title = title_case(listed.group("title"))
    if not (match and match.group("role")) and _patterns()["counterparts"].search(before):
        parsed.counterparts.append((ent.start, ident))
    plural = _patterns()["plural"].search(before)
    if plural:
        person.title = person.title or title_case(plural.group("title"))
        pair = _patterns()["pair"].search(fold(sentence.text))
        if pair and not found_country:
            found_country = ctx.country_of_text(pair.group("adj2" if plural.group("first") else "adj1"))
    respective = _patterns()["respective"].search(before)
    if respective:
        found_country = ctx.country_of_text(respective.group("adj2" if respective.group("first") else "adj1"))
        parsed.counterparts.append((ent.start, ident))
    match_after = _patterns()["after"].match(after)
    if match_after:
        if match_after.group("title"):
            # ('X, the federal minister responsible for Canada-Ruritania trade,'): the portfolio spelled out
            remit = RESPONSIBLE_FOR.match(after[match_after.end():])
            person.title = _fuller_title(person.title, title_case(match_after.group("title"))
                                         + (f" responsible for {remit.group('remit')}" if remit else ""))
        found_country = found_country or ctx.country_of_text(match_after.group("adj") or match_after.group("poss")
                                                             or match_after.group("of") or "")
    head_of = _patterns()["head_of"].match(after)
    if head_of and not match_after and not gazetteer().country(head_of.group("body")):
        person.title = _fuller_title(person.title, f"{head_of.group('lead').title()} of the {head_of.group('body')}")
        body_of = _patterns()["of_state"].search(head_of.group("body"))  # ('Presidential Council of Ruritania')
        found_country = found_country or ctx.country_of_text(
            head_of.group("poss") or head_of.group("adj") or (body_of.group("of") if body_of else ""))
    match_of = _patterns()["after_of"].match(after)
    if match_of and not found_country:
        found_country = ctx.country_of_text(match_of.group("of"))
    apposed = _patterns()["apposed"].match(fold(text[ent.end_char:ent.end_char + 200]))
    state = _patterns()["of_state"].search(apposed.group("rest")) if apposed and not found_country else None
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
BODY_WORDS = {"initiative", "board", "cabinet", "senate", "congress", "government", "secretariat"}


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
            or _patterns()["title_only"].match(" ".join(words)) \
            or not (len(words) <= 2 or any(w.lower() in ORGANIZATION_WORDS | HOST_WORDS | BODY_WORDS
                                           or (w.isupper() and len(w) > 1) for w in words)):
        return ""
    return " of the " + " ".join(words)


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
    """'Fahd bin Ali Al Thani': a reigning house's name closing a person's, of its one country."""
    words = re.sub(r"\bAl-", "Al ", name).split()
    code = next((_royal_houses()[key(" ".join(words[-n:]))] for n in (2, 1)
                 if len(words) > n and key(" ".join(words[-n:])) in _royal_houses()), None)
    return gazetteer().country_by_code(code) if code else None


def _honorific_country(before: str) -> Any:
    """"Prime Minister Dato' Seri [name]": an honorific only one country confers."""
    match = _patterns()["honorific_end"].search(before)
    code = _honorific_countries().get(key(match.group('h'))) if match else None
    return gazetteer().country_by_code(code) if code else None


# Offices of international bodies: their holders meet visitors far from any country of their own.
INTERNATIONAL_OFFICES = re.compile(r"^(?:Secretary[- ]General|Deputy Secretary[- ]General|High Representative|"
                                   r"(?:Special )?Envoy|Chair(?:person|man|woman)?|Director[- ]General|"
                                   r"Executive Secretary)(?:\s+of\s+the\s+.+)?$", re.I)


def settle_counterparts(ctx: Context) -> None:
    """'his German counterpart Anna Weber' holds the title of the person it is counterpart to; in a
    story of two countries, the one whose counterpart she is acts for the other country."""
    countries = {p.represents for p in ctx.people.values() if p.represents}
    for parsed in ctx.blocks:
        for token_index, ident in parsed.counterparts:
            person = ctx.people[ident]
            sentence = parsed.doc[token_index].sent
            others = [parsed.entities[i][1] for i in range(sentence.start, token_index)
                      if parsed.entities.get(i, ("", ""))[0] == "person" and parsed.entities[i][1] != ident]
            titled = [o for o in others if ctx.people[o].title]
            if not titled:
                continue
            other = ctx.people[titled[-1]]
            # ('his counterpart, X ... Minister X': the bare office of a later mention is the counterpart's)
            bare = person.title and len(person.title.split()) == 1 and other.title \
                and re.search(rf"\b{re.escape(person.title)}\b", other.title, re.I)
            person.title = other.title if bare else person.title or other.title
            single = any(t.lower_ == "counterpart" for t in parsed.doc[max(0, token_index - 3):token_index])
            if single and len(countries) == 2 and person.represents and not other.represents \
                    and not INTERNATIONAL_OFFICES.match(other.title or ""):
                other.represents = next(c for c in countries if c != person.represents)
    settle_senders(ctx)


MESSAGE_WORDS = {"greeting", "greetings", "regard", "regards", "wish", "wishes", "message", "invitation", "letter"}
CONVEYING_VERBS = {"convey", "pass", "deliver", "extend", "hand", "bring", "transmit"}


def settle_senders(ctx: Context) -> None:
    """'He conveyed the greetings of Prime Minister X', 'handed over a letter from President X':
    the one whose message a person brings acts for the bringer's country."""
    from .mentions import entity_in_phrase, subjects

    for parsed in ctx.blocks:
        for token in parsed.doc:
            if token.lower_ not in MESSAGE_WORDS or token.head.lemma_ not in CONVEYING_VERBS:
                continue
            # ('conveyed greetings [from X]': the parse may hang 'from' on the verb)
            senders = [c for p in [*token.children, *(c for c in token.head.children if c.lower_ == "from")]
                       if p.lower_ in ("of", "from") for o in p.children if o.dep_ == "pobj" for c in (o, *o.conjuncts)]
            # ('..., where he conveyed': 'he' in a clause of the sentence is its subject)
            bringers = [s if s.lower_ not in ("he", "she") else _main_subject_before(s) for s in subjects(token.head)]
            found = [(entity_in_phrase(parsed, s) or _described_before(ctx, parsed, s))
                     if s.lower_ not in ("he", "she") else _sentence_subject_before(ctx, parsed, s)
                     for s in bringers if s is not None]
            country = next((ctx.people[b[1]].represents for b in found if b and b[0] == "person"), None)
            country = country or next((c for c in (_phrase_country(ctx, parsed, s, modifiers_only=True)
                                                    for s in bringers if s is not None) if c), None)
            if country is None:
                continue
            for sender in senders:
                entity = entity_in_phrase(parsed, sender)
                person = ctx.people[entity[1]] if entity and entity[0] == "person" else None
                if person and person.title and not person.represents:
                    person.represents = country


def _main_subject_before(pronoun: Any) -> Any:
    """'the visiting minister was received by X, where he conveyed ...': the subject of the
    sentence's main clause, printed before a pronoun in a clause of it (else the pronoun)."""
    root = pronoun.sent.root
    found = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i
             and c.lower_ not in ("he", "she", "it", "they")]
    return found[0] if found and pronoun.head is not root else pronoun


def _described_before(ctx: Context, parsed: Parsed, token: Any) -> tuple[str, str] | None:
    """'... Popescu ... The Deputy Prime Minister also conveyed': a title with 'the' is the last
    person named before it with that title."""
    from .mentions import phrase_tokens

    words = [t for t in phrase_tokens(token) if t.lower_ != "the"]
    described = " ".join(t.text for t in words).lower()
    if not any(t.lower_ == "the" for t in phrase_tokens(token)) or not _patterns()["title_only"].match(described):
        return None
    found = None
    for block in ctx.blocks:
        for i in sorted(block.entities):
            if block is parsed and i >= token.i:
                return found
            kind, ident = block.entities[i]
            title = (ctx.people[ident].title or "") if kind == "person" else ""
            # ('Deputy Prime Minister and Minister of Foreign Affairs': either office describes the holder)
            if kind == "person" and described in {title.lower(), *(o.lower() for o in re.split(r"\s+and\s+", title))}:
                found = (kind, ident)
        if block is parsed:
            break
    return found


def _sentence_subject_before(ctx: Context, parsed: Parsed, pronoun: Any) -> tuple[str, str] | None:
    """'Mirzoyan informed ... He also conveyed': 'he' at the head of a sentence is the subject of
    the sentence before, when that is a person."""
    from .mentions import entity_in_phrase

    sentence = pronoun.sent
    if sentence.start == 0 or pronoun.i != sentence.start:
        return None
    before = parsed.doc[sentence.start - 1].sent
    subjects = [t for t in before if t.dep_ == "nsubj" and t.head == before.root]
    if len(subjects) != 1:
        return None
    found = entity_in_phrase(parsed, subjects[0])
    if found is None and subjects[0].pos_ == "PROPN":  # (a surname the recogniser took for a nationality)
        ident = ctx.person_id(subjects[0].text)
        found = ("person", ident) if ident else None
    return found if found and found[0] == "person" else None


COMPANION_VERBS = {"represent", "accompany"}
COMPANION_WORD = re.compile(r"represent|accompan", re.I)


def settle_companions(ctx: Context) -> None:
    """'Norway was represented by Foreign Minister X', 'Y, accompanied by Defence Minister X':
    one who stands in for or travels with a country or its leader acts for the same country."""
    from .mentions import entity_in_phrase

    for parsed in ctx.blocks:
        if not COMPANION_WORD.search(parsed.text):
            continue  # most paragraphs: no need to visit every token
        for token in parsed.doc:
            if token.lemma_ not in COMPANION_VERBS:
                continue
            companions = [o for a in token.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            found = [entity_in_phrase(parsed, o) for o in companions]
            people = [ctx.people[e[1]] for e in found if e and e[0] == "person"]
            if not people or not any(p.title and not p.represents for p in people):
                continue
            country = None
            for subject in _represented(token):
                entity = entity_in_phrase(parsed, subject)
                if entity and entity[0] == "place" and ctx.places[entity[1]].type == "Country":
                    country = entity[1]
                elif entity and entity[0] == "person":
                    country = ctx.people[entity[1]].represents
                elif entity is None and subject.text[:1].isupper() \
                        and (named := gazetteer().country(subject.text)) is not None:
                    country = ctx.country(named)  # ('Cameroon' taken for a body)
            if country and _escorted_at_home(ctx, parsed, token, country):
                continue
            for person in [*people, *_on_behalf_of(ctx, parsed, token)]:
                if country and person.title and not person.represents:
                    person.represents = country
    settle_delegations(ctx)


def _on_behalf_of(ctx: Context, parsed: Parsed, verb: Any) -> list[Person]:
    """'X was represented by Y, on behalf of the Head of State, President Z': the one on whose
    behalf another stands in acts for the same country (the first person named after it)."""
    sentence = verb.sent
    for token in sentence:
        if token.lower_ == "behalf" and token.i + 1 < sentence.end and token.nbor(1).lower_ == "of":
            for i in range(token.i + 2, min(sentence.end, token.i + 14)):
                entity = parsed.entities.get(i)
                if entity and entity[0] == "person":
                    return [ctx.people[entity[1]]]
                if parsed.doc[i].text in (";", ".") or (entity and entity[0] != "person"
                                                        and parsed.doc[i].ent_type_ != "ORG"):
                    break
    return []


DELEGATION_WORDS = {"delegation", "delegations", "mission"}
LEADING_VERBS = {"head", "lead", "chair"}


def settle_delegations(ctx: Context) -> None:
    """'his country would send a delegation headed by President X', 'the Ruritanian delegation, led
    by Y', 'X will lead a Ruritanian delegation': one who heads a country's delegation acts for that country."""
    from .mentions import entity_in_phrase, subjects

    for parsed in ctx.blocks:
        if not re.search(r"delegation|mission", parsed.text, re.I):
            continue
        for token in parsed.doc:
            if token.lemma_.lower() not in LEADING_VERBS:
                continue
            led = [c for c in token.children if c.dep_ == "dobj" and c.lower_ in DELEGATION_WORDS]
            if led:  # 'X will lead a Ruritanian delegation to ...'
                delegation = led[0]
                leaders = [c for s in subjects(token) for c in (s, *s.conjuncts)]
            elif token.dep_ == "acl" and token.head.lower_ in DELEGATION_WORDS:  # 'a delegation led by X'
                delegation = token.head
                leaders = [c for a in token.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                           for c in (o, *o.conjuncts)]
            else:
                continue
            found = [entity_in_phrase(parsed, o) for o in leaders]
            people = [ctx.people[e[1]] for e in found if e and e[0] == "person"]
            if not any(p.title and not p.represents for p in people):
                continue
            country = _phrase_country(ctx, parsed, delegation, modifiers_only=True) if led \
                else _delegation_country(ctx, parsed, delegation)
            for person in people:
                if country and person.title and not person.represents:
                    person.represents = country


def _delegation_country(ctx: Context, parsed: Parsed, delegation: Any) -> str | None:
    """Whose a delegation is: its adjective or possessor ('the Peruvian delegation', "Peru's"), else
    the one who sends it or is represented by it ('Peru will send', 'his country would send': the
    country of the one whose words these are)."""
    from .mentions import subjects

    own = _phrase_country(ctx, parsed, delegation, modifiers_only=True)
    if own:
        return own
    verb = delegation.head
    if delegation.dep_ == "pobj" and verb.dep_ == "agent":
        verb = verb.head  # ('Peru will be represented by a delegation headed by ...')
    elif delegation.dep_ != "dobj":
        return None
    for _ in range(3):
        found = subjects(verb)
        if not found:
            return None
        subject = found[0]
        if subject.lower_ in ("country", "government") and any(
                c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their") for c in subject.children):
            # ('his country': the country of the one who says so, the subject of the clause above)
            while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
                verb = verb.head
            if verb.dep_ != "ccomp" or verb.head.i == verb.i:
                return None
            verb = verb.head
            continue
        return _phrase_country(ctx, parsed, subject)
    return None


def _phrase_country(ctx: Context, parsed: Parsed, token: Any, *, modifiers_only: bool = False) -> str | None:
    """The country a noun phrase names or describes: 'Peru', 'the Peruvian foreign minister', a
    person of a known country, "Peru's delegation"."""
    from .mentions import entity_in_phrase, phrase_tokens

    entity = None if modifiers_only else entity_in_phrase(parsed, token)
    if entity and entity[0] == "place" and ctx.places[entity[1]].type == "Country":
        return entity[1]
    if entity and entity[0] == "person":
        return ctx.people[entity[1]].represents
    for word in phrase_tokens(token):
        if word.i < token.i and word.text[:1].isupper() and word.dep_ in ("amod", "nmod", "compound", "poss"):
            country = ctx.country_of_text(word.text) if word.dep_ != "poss" else gazetteer().country(word.text)
            if country is not None:
                return ctx.country(country)
    return None


def _escorted_at_home(ctx: Context, parsed: Parsed, verb: Any, country: str) -> bool:
    """'BERN - ... Tomorrow, President X will visit a laboratory in Basel, accompanied by Federal
    Councillor Y': a visitor taken on to another city of the country the story is filed from goes
    with a host, not with a member of the visitor's own party."""
    home = ctx.home_country()
    if home is None or slug(home.name) == country:
        return False
    for token in verb.sent:
        entity = parsed.entities.get(token.i)
        place = ctx.places.get(entity[1]) if entity and entity[0] == "place" else None
        if place is not None and place.type != "Country" and place.contained_in == slug(home.name) \
                and key(place.name) != key(ctx.page.dateline_place or ""):
            return True
    return False


def _represented(verb: Any) -> list[Any]:
    """Who is represented or accompanied: the passive subject ('Norway was represented by'), the
    noun the participle hangs on ('Y, accompanied by'), or the subject of the clause it joins."""
    from .mentions import subjects

    found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if found:
        return found
    if verb.dep_ == "acl" and verb.head.pos_ in ("PROPN", "NOUN"):
        return [verb.head]
    if verb.dep_ in ("conj", "advcl") and verb.head.i != verb.i:
        return subjects(verb.head)
    return []


@lru_cache(maxsize=1)
def known_organizations() -> dict[str, tuple[str, str]]:
    return {key(row[0]): (row[1], row[2]) for row in data_rows("lexicons", "organizations.tsv")}


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
            if ent.label_ == "PERSON" and _names_a_group(ent) and len(ent) > 1 \
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
            ent = _organization_span(ent)
            while len(ent) > 1 and ent[-1].lower_ in ("on", "in", "at", "to"):
                ent = Span(ent.doc, ent.start, ent.end - 1, label=ent.label_)  # 'the [Ministry ... on] Rijnstraat'
            if parsed.block.kind == "headline" and ent.ent_id_ == "" and not _named_elsewhere(ctx, ent.text):
                continue  # Title Case Headlines Fool The Recogniser: 'Britain Seeks'

            text = re.sub(r"^the\s+", "", ent.text.strip(), flags=re.I)
            text = re.sub(r"['’]s$", "", text).strip()
            if not text or (not text[0].isupper() and ent.ent_id_ != "ministry"):
                continue
            if places.country(text) or places.country_of_demonym(text) or _patterns()["honorifics_only"].match(text) \
                    or _patterns()["honorifics_only"].match(f"His {text}"):
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
            if ent[-1].lower_ in GATHERINGS and key(text) not in known_organizations():
                host = _gathering_host(ent)  # 'the Pacific Islands Forum Foreign Ministers Meeting'
                if host is None:
                    continue  # a named gathering is an event, not an organisation
                ent = host
                text = host.text
            before_title = _patterns()["title_only"].match(following) or (
                _patterns()["title_only"].match(text.split()[-1]) and not re.search(r"\b(?:of|for)\s+the\s", text))
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
            elif _plausible_organization(text):
                government = re.match(r"^(?:Ministry|Department|Office|Embassy|Presidency|Government)\s+of\s+(.+\s+)?"
                                      r"of\s+(?:the\s+)?(?P<c>.+)$|^Government\s+of\s+(?:the\s+)?(?P<g>.+)$", text)
                country = ctx.country_of_text(government.group("c") or government.group("g")) if government else None
                if country is None and re.match(r"^Office\s+of\s+the\s+", text) \
                        and _patterns()["title_only"].match(re.sub(r"^Office\s+of\s+the\s+", "", text)):
                    country = ctx.home_country()  # 'the Office of the Prime Minister', filed from home
                ident = ctx.organization(text, kind="GovernmentOrganization", country=ctx.country(country)) \
                    if country else ctx.organization(text)
            else:
                continue
            if ident:
                parsed.entities.update({i: ("organization", ident) for i in range(ent.start, ent.end)})
        _companies(ctx, parsed)
        _parties(ctx, parsed)


# The last word of a body named after a region, which the recogniser takes for the region's name
LOCATED_BODY_WORDS = {"commission", "council", "organisation", "organization", "agency", "authority", "secretariat"}
# The nouns a company is introduced with: 'the aerospace group Aerovia', 'the national carrier X'
COMPANY_NOUNS = {"group", "company", "firm", "airline", "carrier", "conglomerate", "manufacturer", "maker",
                 "shipbuilder", "giant", "operator", "corporation", "bank", "insurer", "lender"}
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
        if noun.lower_ not in COMPANY_NOUNS or not noun.text.islower() \
                or not any(t.lower_ == "the" for t in doc[max(0, noun.i - 3):noun.i]) \
                or (ent.end < len(doc) and doc[ent.end].text[:1].isupper()):
            continue
        text = ent.text.strip()
        if not text[:1].isupper() or gazetteer().country(text) or ctx.person_id(text) or len(text.split()) > 4:
            continue
        ident = ctx.organization(text)
        parsed.entities.update({i: ("organization", ident) for i in range(ent.start, ent.end)})


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
HOST_WORDS = ORGANIZATION_WORDS | {"forum", "community", "alliance", "league", "organisation", "organization"}


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


DOCUMENT_WORDS = {"statement", "declaration", "agreement", "memorandum", "understanding", "treaty", "communique",
                  "communiqué", "convention", "protocol", "accord", "plan", "framework", "charter"}


# Adjectives of a faith that end no organisation's name ('the Theravada Buddhist tradition').
FAITH_WORDS = {"buddhist", "muslim", "islamic", "christian", "catholic", "orthodox", "hindu", "jewish", "sikh",
               "protestant", "anglican", "evangelical", "sunni", "shia", "shiite"}


def _not_an_organization(ent: Any, text: str, portfolio_words: dict[str, str]) -> bool:
    """What the recogniser takes for an organisation but is a title ('Minister of Foreign Affairs of
    X'), a portfolio ('Foreign Affairs'), a document ('Joint Statement of ...') or the subject of
    one ('Memorandum of Understanding on [Consular Cooperation]')."""
    doc = ent.doc
    if _patterns()["title_only"].match(re.split(r"\s+(?:of|for)\s+", text)[0]):
        return True
    if _patterns()["office_only"].match(text):
        return True  # 'the Beninese Head of State', "Ruritania's head of government": an office
    if any(_patterns()["office_only"].match(doc[ent.start:end].text) and doc[end - 1].text[:1].isupper()
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
    if _names_a_feature(ent):
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


# Offices printed by their initials ('the DPM/FM', 'the PM'): no body.
OFFICE_ABBREVIATIONS = {"PM", "DPM", "FM", "VP", "SG", "DG", "MP", "MEP", "NSA", "CS", "PS"}
OFFICE_HEADS = {"minister", "ministers", "secretary", "commissioner", "ministry", "department", "cabinet"}


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
GEOGRAPHIC_FEATURES = {"river", "lake", "sea", "mountain", "valley", "basin", "desert", "canal", "reservoir",
                       "strait", "gulf", "bay", "peninsula", "delta", "glacier"}


def _names_a_feature(ent: Any) -> bool:
    """'the Amu Darya and Syr Darya rivers', 'the Zambezi River': a name of a river, lake or
    mountains, which the recogniser may take for an organisation."""
    doc = ent.doc
    if ent[-1].lemma_.lower() in GEOGRAPHIC_FEATURES and ent[-1].text[:1].isupper() and len(ent) > 1:
        return True  # 'the Zambezi River'
    if ent.end < len(doc) and doc[ent.end].lemma_.lower() in GEOGRAPHIC_FEATURES:
        return True
    node = ent.root
    for _ in range(3):  # up through 'Syr Darya' -> 'Amu Darya' -> 'rivers'
        if node.dep_ not in ("conj", "compound", "poss", "nmod", "amod") or node.head.i == node.i:
            break
        node = node.head
        if node.i >= ent.end and node.lemma_.lower() in GEOGRAPHIC_FEATURES:
            return True
    return False


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
        if at >= 1 and doc[at].text in ("'s", "’s"):
            at -= 1  # "Djibouti's presidency"
            country = places.country(doc[at].text) if at >= 0 else None
        else:
            country = places.country_of_demonym(doc[at].text) if at >= 0 else None
        owner = doc[at] if at >= 0 else token
        if country is None or not owner.text[:1].isupper() or (
                owner.i in parsed.entities and parsed.entities[owner.i][0] != "place"):
            continue
        ident = ctx.organization(doc[owner.i:token.i + 1].text, kind="GovernmentOrganization",
                                 country=ctx.country(country))
        parsed.entities.update({i: ("organization", ident) for i in range(owner.i, token.i + 1)})


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
        if _patterns()["title_only"].match(doc[back:end].text):
            found = back
    return found


def _presidency_of(ctx: Context, parsed: Parsed, token: Any) -> None:
    """'the Presidency of Ruritania', 'the Presidency of the Republic' (in a story from home: the
    home country's): a head of state's office."""
    doc = parsed.doc
    end = _country_after(doc, token.i + 2)
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
    country = ctx.country_of_text(owner)
    if country is None and owner.lower().strip() in ("the", "foreign", "ministry", ""):
        # "the foreign ministry said", filed from the ministry's capital or printed in its national paper
        country = ctx.home_country() or _outlet_country(ctx)
    if not portfolio or not country:
        return None
    name = f"Ministry of {portfolio} of {country.name}"
    return ctx.organization(name, kind="GovernmentOrganization", alternates=[text], country=ctx.country(country))


def find_publisher(ctx: Context) -> str | None:
    hint = ctx.page.publisher_hint
    if not hint:
        return None
    full, alternates = gazetteer().outlet(hint)
    government = r"\bministry|department|government|secretar[ií]a|secretariat|presidency|state house|office of the\b" \
        r"|^president of the republic\b"  # (a head of state's own site: 'President of the Republic of X')
    kind = "GovernmentOrganization" if re.search(government, full, re.I) else "NewsMediaOrganization"
    return ctx.organization(full, kind=kind, alternates=alternates)
