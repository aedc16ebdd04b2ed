"""Where a printed name begins and ends: the recogniser's entity cut short, run into a title,
a verb, an honorific or an organisation is trimmed or widened to the name itself, and entities
that are not people at all (buildings, features, bodies) are told apart."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..reference import data_rows, gazetteer, key
from .context import Parsed
from .titles import OFFICE_ABBREVIATIONS, PATRONYMIC_WORDS, SMALL_WORDS, fold, title_patterns


@lru_cache(maxsize=1)
def title_words() -> set[str]:
    places = gazetteer()
    return {w.lower() for t in [*places.titles, *places.ranks] for w in t.split()} | {"the", "of", "and"}


def whole_name(ent: Any) -> Any:
    """A name the recogniser cut short: 'Tomas [K. Verlin]', 'Kim [Jae]-won'."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start > 0:
        before = doc[start - 1]
        if ((before.pos_ == "PROPN" and before.text[:1].isupper() and before.lower_ not in title_words()
                and not before.ent_type_) or before.ent_type_ == "PERSON") and before.text.rstrip(".").isalpha() \
                and not gazetteer().country_of_demonym(before.text) and not gazetteer().country(before.text) \
                and not (start > 1 and gazetteer().country(doc[start - 2:start].text)):
            start -= 1
        else:
            break
    # ('Ma. [Luisa Dantes]': a given name printed abbreviated, its stop split off by the tokenizer)
    if start >= 2 and doc[start - 1].text == "." and doc[start - 1].whitespace_ and not doc[start - 2].whitespace_ \
            and _abbreviated_given_name(doc[start - 2]):
        start -= 2
    while end < len(doc):
        after = doc[end]
        if end + 1 < len(doc) and after.text == "-" and not doc[end - 1].whitespace_ \
                and not after.whitespace_ and doc[end + 1].is_alpha:
            end += 2  # 'Kim Jae-won'
        elif (after.pos_ == "PROPN" and after.text[:1].isupper() and letters(after.text)
              and after.lower_ not in title_words() and after.ent_type_ in ("", "PERSON")
              and not doc[end - 1].text.endswith((",", ")"))):
            end += 1  # 'Sven Aske [Lunde]', "Lealā Sina [Tu'ifua]"
        elif (after.lower_ in NAME_PARTICLES and end + 1 < len(doc)
              and (doc[end + 1].text[:1].isupper() or doc[end + 1].lower_ in ("der", "den", "de"))):
            end += 1  # 'Greta von der Aue' (the word after the particles whatever it was taken for)
            while end < len(doc) and doc[end].lower_ in ("der", "den", "de", "la", "los", "las"):
                end += 1
            if end < len(doc) and doc[end].text[:1].isupper() and letters(doc[end].text):
                end += 1
                # ('Aurelio dos [Reis Morais]': the rest of the name the particle's word begins)
                while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end - 1].ent_type_ \
                        and doc[end].text[:1].isupper() and letters(doc[end].text):
                    end += 1
        elif after.text in PATRONYMIC_WORDS and doc[end - 1].text[:1].isupper() and end - start > 1:
            end += 1  # 'Ivo Nurlan [uulu]': a patronymic word is part of the name
        elif after.text in ("Jr.", "Sr.", "Jr", "Sr") and doc[end - 1].text[:1].isupper():
            end += 1  # 'Tomas Reyle [Jr.]': a generational suffix is part of the name
            if end < len(doc) and doc[end].text == "." and not after.whitespace_:
                end += 1
        else:
            break
    return doc[start:end] if (start, end) != (ent.start, ent.end) else ent


# Words that join the parts of a name ('Greta von der Aue', 'Aurelio dos Reis Morais', 'Elio de Lora',
# 'Ana Moreira e Lobo').
NAME_PARTICLES = {"von", "van", "der", "de", "da", "den", "bin", "al", "dos", "das", "do", "del", "di", "du", "ibn",
                  "e", "bint", "binti", "binte"}
ABBREVIATED_GIVEN = re.compile(r"^(?:Ma|Md|Mohd|Muhd|Wm|Jos|Chas|Geo|Thos|Jas)$")


def letters(text: str) -> bool:
    """A word of letters, maybe joined by an apostrophe or hyphen ("Tu'ifua", "Lo'amanaketi")."""
    return bool(re.fullmatch(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", text))


def _abbreviated_given_name(token: Any) -> bool:
    """'Ma.' (Maria), 'Md.' (Mohammad): a given name printed short before the rest of a name."""
    return bool(ABBREVIATED_GIVEN.match(token.text)) and (token.i == 0 or not token.nbor(-1).text[:1].isupper()
                                                           or token.nbor(-1).lower_ in title_words())


ORGANIZATION_WORDS = {"ministry", "council", "board", "department", "office", "agency", "union", "party", "bank",
                      "institute",
                      "commission", "corp", "corp.", "group", "committee", "unit", "forces", "army", "navy", "news",
                      "association", "organization", "organisation", "affairs", "house", "palace", "foundation",
                      "centre", "center", "fund", "academy", "assembly", "company", "corporation", "court",
                      "parliament", "authority"}


def without_country(ent: Any) -> Any:
    """'[Ana Lopes of Peru]': a name the recogniser ran on into the country printed after it."""
    for token in ent[1:-1]:
        if token.lower_ == "of" and country_after(ent.doc, token.i + 1) == ent.end:
            return ent.doc[ent.start:token.i]
    return ent


def without_verb(parsed: Parsed, ent: Any) -> Any:
    """'Vice President [Ana Berg Meets] with ...': a headline's verb, capitalised like every word of
    it, that the recogniser ran into the name before it."""
    end = ent.end
    while end - ent.start > 1 and ent.doc[end - 1].tag_ in ("VBZ", "VBD") and ent.doc[end - 1].dep_ == "ROOT" \
            and parsed.block.kind == "headline":
        end -= 1
    return ent.doc[ent.start:end] if end != ent.end else ent


def without_title_end(parsed: Parsed, ent: Any) -> Any:
    """'Federal [Councillor Ana Roth]': a name whose first words end a title begun before it is
    the name without them."""
    for k in range(min(3, len(ent) - 1), 0, -1):
        end = ent[k - 1].idx + len(ent[k - 1].text)
        match = title_patterns()["title_end"].search(fold(parsed.text[max(0, ent.start_char - 40):end]))
        if match and match.start() < ent.start_char - max(0, ent.start_char - 40):
            return ent.doc[ent.start + k:ent.end]
    return ent


def without_honorific(parsed: Parsed, ent: Any) -> Any | None:
    """A name whose first words belong to an honorific printed before it ("Dato' [Seri Hamzah
    Ridwan]", split at the apostrophe): the name without them; None when nothing is left."""
    doc = ent.doc
    start = ent.start
    for match in title_patterns()["honorific"].finditer(parsed.text, max(0, ent.start_char - 30), ent.end_char + 30):
        if match.group(0) == "Gen" and doc[start].text == "Gen" and ent.end - start == 2 \
                and not (ent.end < len(doc) and doc[ent.end].text[:1].isupper() and letters(doc[ent.end].text)):
            continue  # ('Defence Minister Gen Arata': a given name; the rank is printed with a full name)
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


def names_a_building(span: Any) -> bool:
    """'the Sir Ana Berg International Conference Centre': a name the recogniser ran on into the
    words of a building or institution named after a person (the last word a building's); 'Palazzo
    Vecchio', 'Villa Madama': a palace taken for a person (the first word a palace's)."""
    return (len(span) > 2 and span[-1].lower_ in BUILDING_WORDS) or (len(span) > 1 and span[0].lower_ in PALACE_WORDS) \
        or names_a_gathering(span)


def names_a_gathering(span: Any) -> bool:
    """'the XXIX Ruritanian Summit', 'the Ana Berg Forum': a gathering's name, numbered by a Roman
    numeral before it or ending in a gathering's word, taken for a person."""
    return len(span) > 1 and (span[-1].lower_ in ("summit", "conference", "forum")
                              or bool(re.fullmatch(r"[IVXLC]{3,}", span[0].text)))


def continues_organization(span: Any) -> bool:
    """'the British Army Training [Unit Kenya]': words after an organisation's name, beginning with
    a word organisations are named with, are the rest of that name."""
    doc = span.doc
    return bool(span.start and doc[span.start - 1].ent_type_ == "ORG" and doc[span.start].lower_ in ORGANIZATION_WORDS)


def organization_span(ent: Any) -> Any:
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
                and doc[end].lower_ not in title_words() \
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
            and not title_patterns()["title_only"].match(doc[of_the:end].text):
        longer = next((k for k in (1, 2) if end + k <= len(doc)
                       and title_patterns()["title_only"].match(doc[of_the:end + k].text)), None)
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
        country_end = country_after(doc, end + 1)
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
            and not title_patterns()["title_only"].match(doc[end].text) and not gazetteer().country(doc[end].text):
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
    while back > 0 and doc[back - 1].text[:1].isupper() and doc[back - 1].lower_ in title_words() \
            and doc[back - 1].lower_ not in SMALL_WORDS:
        back -= 1
    words = doc[back:start - 1].text
    return back if back < start - 1 and title_patterns()["title_only"].match(words) else start


COUNCIL_WORDS = {"council", "conference", "assembly", "committee", "meeting"}
# Those a council gathers: 'Council of [Heads] of State', 'of [Foreign] Ministers', 'of [Ministers]'
GATHERED_WORDS = {"heads", "ministers", "foreign", "defence", "defense", "finance", "trade", "economy", "state",
                  "governors", "leaders", "presidents", "senior", "permanent", "deputy", "deputies", "ambassadors"}


def country_after(doc: Any, at: int) -> int | None:
    """The end of a country's name printed at token ``at`` ('Armenia', 'the Czech Republic'), which
    the recogniser may have left untagged; None when no country is printed there."""
    start = at + 1 if at < len(doc) and doc[at].lower_ == "the" else at
    for end in range(min(len(doc), start + 6), start, -1):
        if doc[start].text[:1].isupper() and gazetteer().country(doc[start:end].text):
            return end
    return None


def mislabelled_person(text: str, least: int = 2) -> bool:
    """An 'organisation' that is a title and a name: '<Nationality> <Title> <Given> <Family>', or a
    rank or style and a name ('Ratu Epeli Vunibola', 'Captain Ana Diaz'); a 'place' that is an
    office and one name ('PM Berg') when ``least`` is 1."""
    match = title_patterns()["leading"].match(text)
    if least < 2 and text.split()[0] in OFFICE_ABBREVIATIONS:
        match = re.match(r"^\S+\s+", text)  # ('PM Berg')
    elif not match or not (re.search(title_patterns()["title_only"].pattern.strip("^$"), match.group(0), re.I)
                           or title_patterns()["honorific"].match(match.group(0))):
        return False
    if match is None:
        return False
    if least < 2 and (gazetteer().city(text) or gazetteer().country(text)):
        return False  # ('General Santos': a city named so)
    name = text[match.end():].split()
    return least <= len(name) <= 4 and all(w[:1].isupper() and w.lower().strip(".") not in ORGANIZATION_WORDS
                                       and w.lower() not in title_words() for w in name)


def after_comma(ent: Any) -> Any:
    """'[the Republic of Ruritania, Ana Berg]': the words after a comma the recogniser ran into a name."""
    comma = next((t.i for t in ent if t.text == ","), None)
    return ent.doc[comma + 1:ent.end] if comma is not None and comma + 1 < ent.end else ent


def surname_after_comma(ent: Any) -> Any | None:
    """'..., Ana Maria [Koré]': a one-word entity ending a run of untagged capitalised words printed
    after a comma, which the recogniser may take for a place or a body: the whole run."""
    whole = whole_name(ent)
    if len(ent) != 1 or whole.end != ent.end or whole.start == ent.start or whole.start == 0 \
            or ent.doc[whole.start - 1].text != ",":
        return None
    return whole


# What the recogniser may take a name printed beside an office for.
MISTAKEN_LABELS = ("ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "NORP")


def _name_shaped(ent: Any, most: int = 4) -> bool:
    """Two to four (or ``most``) capitalised words (and the particles between them), none a place,
    a title or a word bodies are named with: the shape of a person's name."""
    places = gazetteer()
    words = [t for t in ent if t.text not in ("-", "'", "’")]
    named = [t for t in words if t.lower_ not in NAME_PARTICLES]
    if not 2 <= len(named) <= most or len(words) > most + 2 or words[0].lower_ in NAME_PARTICLES \
            or key(ent.text) in known_organizations() or places.country(ent.text) \
            or places.city(ent.text) or places.country_of_demonym(ent.text):
        return False
    for n, token in enumerate(named):
        lower = token.lower_
        # ('Ana Maria León': a surname after a given name may be spelt as a town is; a first word may not)
        if not token.text[:1].isupper() or not re.match(r"^[^\W\d_][\w'’-]*$", token.text) \
                or lower in ORGANIZATION_WORDS or lower in HOST_WORDS or lower in title_words() \
                or places.country(token.text) or (places.city(token.text) and n == 0) \
                or places.country_of_demonym(token.text):
            return False
    return True


def titled_after_name(parsed: Parsed, ent: Any) -> bool:
    """'[Ana Berg], Ruritania's Minister for Trade, said': a name the recogniser took for something
    else, printed before a comma and an office (of a country) that closes with a comma or the
    sentence; the office after the name makes it a person's. (A name of five words, as Indonesian
    and Malay names may have, is one when an office follows it.)"""
    if not _name_shaped(ent, most=5) or (ent.start and parsed.doc[ent.start - 1].text[:1].isupper()
                                 and parsed.doc[ent.start - 1].lower_ not in title_words()):
        return False
    after = fold(parsed.text[ent.end_char:ent.end_char + 120])
    match = title_patterns()["after"].match(after)
    return bool(match and match.group("title")
                and re.match(r"^\s*(?:(?:of|for|to|responsible\s+for)\s+[^,.;]+)?[,.;]", after[match.end():]))


def named_after_title(parsed: Parsed, ent: Any) -> bool:
    """A name printed after a title or 'counterpart' ('the Vice-President of X, [A B C]', 'her
    Ruritanian counterpart, [A B C]') that the recogniser took for a place or an organisation:
    two to four capitalised words, none a place, a title or a word bodies are named with."""
    if not _name_shaped(ent):
        return False
    sentence_start = ent.doc[ent.start].sent.start_char
    before = fold(parsed.text[max(sentence_start, ent.start_char - 90):ent.start_char])
    match = title_patterns()["before"].search(before)
    role = (match.group("role") or "").lower() if match else ""
    # ('Foreign ministers Ana Berg and [Ivo Koré]': the second of two names under one plural office)
    plural = title_patterns()["plural"].search(before)
    return bool(match and (match.group("title") or role.startswith("counterpart")
                           or role in ("successor", "predecessor"))) or bool(plural and plural.group("first"))


def titled(parsed: Parsed, ent: Any) -> bool:
    before = fold(parsed.text[max(0, ent.start_char - 60):ent.start_char])
    match = title_patterns()["before"].search(before)
    return bool(match and match.group("title")) or bool(title_patterns()["listed"].search(before)) \
        or bool(title_patterns()["plural"].search(before))


@lru_cache(maxsize=1)
def known_organizations() -> dict[str, tuple[str, str]]:
    return {key(row[0]): (row[1], row[2]) for row in data_rows("lexicons", "organizations.tsv")}

HOST_WORDS = ORGANIZATION_WORDS | {"forum", "community", "alliance", "league", "organisation", "organization"}

DOCUMENT_WORDS = {"statement", "declaration", "agreement", "memorandum", "understanding", "treaty", "communique",
                  "communiqué", "convention", "protocol", "accord", "plan", "framework", "charter"}

GEOGRAPHIC_FEATURES = {"river", "lake", "sea", "mountain", "valley", "basin", "desert", "canal", "reservoir",
                       "strait", "gulf", "bay", "peninsula", "delta", "glacier"}

def names_a_feature(ent: Any) -> bool:
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


# Members of a body named before them: 'Boko Haram fighters', 'Wagner mercenaries'.
MEMBER_WORDS = {"fighters", "militants", "insurgents", "jihadists", "rebels", "gunmen", "mercenaries", "militiamen",
                "members", "loyalists", "operatives", "commanders"}


def names_a_group(ent: Any) -> bool:
    """'an attack by [Boko Haram] fighters': a name printed before the members of a body is the
    body's, not a person's."""
    doc = ent.doc
    return bool(ent.end < len(doc) and doc[ent.end].lower_ in MEMBER_WORDS)
