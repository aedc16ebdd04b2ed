"""Places: countries and cities named in the article, found by the recogniser or after a
place word ("in", "to", "visit"), and resolved against the reference data (the most populous
city of a name; a town only where its country is named)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..reference import City, Country, data_rows, gazetteer, key
from .context import Context, Parsed


def find_places(ctx: Context) -> None:
    places = gazetteer()
    if ctx.page.dateline_place:  # 'VIENTIANE, Laos (AP) —': where the story was filed
        _dateline_place(ctx, ctx.page.dateline_place, ctx.page.dateline_country)
    for parsed in ctx.blocks:
        # "the Laotian capital", "the Kenyan capital": the capital city of that country.
        for token in parsed.doc:
            if token.lower_ == "capital" and token.pos_ == "NOUN" and token.i not in parsed.entities:
                owner = [c for c in token.children if c.dep_ in ("amod", "poss", "compound")]
                # (the whole adjective: 'the Costa Rican capital', 'the South African capital')
                country = (ctx.country_of_text(parsed.doc[owner[0].left_edge.i:owner[0].i + 1].text)
                           or ctx.country_of_text(owner[0].text)) if owner else None
                capital = places.capital_of(country.code) if country else None
                if capital:
                    parsed.entities[token.i] = ("place", ctx.city(capital, country))
        ents = list(parsed.ents)
        for n, ent in enumerate(ents):
            if ent.start in parsed.entities and ent.label_ == "GPE" and _a_place_not_the_person(ctx, parsed, ent):
                for i in range(ent.start, ent.end):
                    del parsed.entities[i]  # 'met in Apia', though 'the Apia Declaration' was read as a name
            if ent.label_ == "FAC" and ent.start not in parsed.entities:
                _city_of_an_airport(ctx, parsed, ent)
            if ent.label_ not in ("GPE", "LOC") and not _a_country_misread(ctx, parsed, ent):
                continue
            if ent.start in parsed.entities or _inside_a_longer_name(parsed, ent):
                continue
            # "Tromsø, Norway": the country printed after a city is the city's country.
            following = ents[n + 1] if n + 1 < len(ents) else None
            if (following is not None and following.label_ == "GPE" and following.start == ent.end + 1
                    and parsed.doc[ent.end].text == ","):
                country = places.country(following.text)
                if ent.label_ == "LOC" and ent[-1].lower_ in FEATURE_WORDS:
                    country = None  # 'across Kazakhstan, the Caspian Sea, Azerbaijan': a sea in a list, no town
                if country and (not places.country(ent.text) or _a_place_of(ent.text, country)
                                or _short_form_before_its_country(parsed, ent, following)):
                    # ('Antigua, Guatemala': the town of Guatemala, not the short name of Antigua and Barbuda)
                    ident = ctx.city(ent.text, country)
                    parsed.entities.update({i: ("place", ident) for i in range(ent.start, ent.end)})
                    continue
            if parsed.doc[ent.end:ent.end + 1].text.lower() in ("institute", "university", "airport", "school"):
                continue
            if key(re.sub(r"^the\s+", "", ent.text, flags=re.I)) in _regions():
                continue  # a region ('Africa'), though some town was once called so
            if _a_portfolio(parsed, ent):
                continue  # 'Minister of Commerce and Industries': the portfolio, not the town of Commerce
            surname_of = _surname_of(ctx, parsed, ent)
            if surname_of:  # 'Mr Jordan will travel': the person named so, not the country
                parsed.entities.update({i: ("person", surname_of) for i in range(ent.start, ent.end)})
                continue
            if _called_a_body(parsed, ent):
                continue  # 'a note from Itamaraty, the Brazilian foreign ministry': a ministry named by its seat
            place_id = ctx.place_named(ent.text) or _a_village_of_the_story(ctx, parsed, ent)
            if place_id:
                parsed.entities.update({i: ("place", place_id) for i in range(ent.start, ent.end)})
        _places_after_prepositions(ctx, parsed)


# The last word of a sea's, a river's or a range's name: never a town before its country.
FEATURE_WORDS = {"sea", "ocean", "gulf", "river", "strait", "straits", "mountains", "peninsula", "basin", "desert",
                 "channel", "corridor", "archipelago"}

# What an apposition calls a body of state that is named by its seat ('Itamaraty, the foreign ministry').
BODY_NOUNS = {"ministry", "department", "office", "presidency", "government", "chancellery", "secretariat", "agency"}


def _called_a_body(parsed: Parsed, ent: Any) -> bool:
    """'a note from Itamaraty, the Brazilian foreign ministry': a name that the words after its comma
    call a ministry, an office or a government is that body (named by its building or seat), not a town."""
    doc = parsed.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != "," or doc[ent.end + 1].lower_ not in ("the", "its"):
        return False
    for token in doc[ent.end + 2:ent.end + 7]:
        if token.is_punct:
            return False
        if token.lemma_.lower() in BODY_NOUNS:
            # (not 'In Belmopan, the Government of Belize said': the subject of the sentence)
            return token.dep_ not in ("nsubj", "nsubjpass") and (token.i + 1 == len(doc) or doc[token.i + 1].is_punct)
    return False


def _a_portfolio(parsed: Parsed, ent: Any) -> bool:
    """A ministry's portfolio word ('Commerce', 'Justice') after 'of' or joined to one ('Minister of
    Trade and Commerce'), which the recogniser read as a place: no place, unless a country is so named."""
    from ..nlp import portfolios

    if ent.label_ != "GPE" or not ent.start or gazetteer().country(ent.text):
        return False
    if ent.text.lower() not in portfolios():
        return False
    first = ent.root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.dep_ == "pobj" and first.head.lower_ == "of"


def _city_of_an_airport(ctx: Context, parsed: Parsed, ent: Any) -> None:
    """'arrived at Tallmouth International Airport': an airport named after a city the reference data
    holds is in that city, which the story so names (an airport named after a person is not)."""
    words = [t for t in ent if t.lower_ not in ("the", "international", "airport")]
    if ent[-1].lower_ != "airport" or not words or any(t.pos_ != "PROPN" for t in words) \
            or words[-1].i + 1 != ent.end - 1 - (ent[-2].lower_ == "international"):
        return
    name = parsed.doc[words[0].i:words[-1].i + 1].text
    if gazetteer().city(name) is None or gazetteer().country(name) or ctx.person_id(name):
        return
    place_id = ctx.place_named(name)
    if place_id:
        parsed.entities.update({t.i: ("place", place_id) for t in words})


def _a_village_of_the_story(ctx: Context, parsed: Parsed, ent: Any) -> str | None:
    """'the genocide in Srebrenica', 'a school near Puerto Madryn': a name the recogniser calls a place,
    after a word a place takes, that the reference data holds only as a town or village of one
    country the story names, is that town."""
    if ent.label_ != "GPE" or not ent.start or parsed.doc[ent.start - 1].lower_ not in ("in", "at", "near", "from"):
        return None
    country = ctx.small_place_country(ent.text)
    return ctx.city(ent.text, country) if country is not None else None


# What the recogniser may call a country's bare name: 'a dispute with Benin' (PERSON), 'Samoa will
# host' (ORG).
MISREAD_AS = {"PERSON", "ORG", "NORP", "PRODUCT", "FAC", "WORK_OF_ART", "EVENT", "LAW"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr.", "sir", "dame", "madam"}


def _a_country_misread(ctx: Context, parsed: Parsed, ent: Any) -> bool:
    """A mention that is exactly a country's name ('Benin', 'Burkina Faso', 'the Comoros') which the
    recogniser took for a person or an organisation: the country, unless an honorific goes before
    it ('Mr Jordan') or it is a person's name of the story."""
    if ent.label_ not in MISREAD_AS or any(i in parsed.entities for i in range(ent.start, ent.end)):
        return False
    text = re.sub(r"^the\s+", "", ent.text, flags=re.I)
    if gazetteer().country(text) is None or not text[:1].isupper():
        return False
    before = parsed.doc[ent.start - 1] if ent.start else None
    if before is not None and before.lower_ in HONORIFICS:
        return False
    return ctx.person_id(text) is None


# Words a place takes where something is or lies: 'in Apia', 'between Apia and X' ('to' is left: 'spoke
# to Georgia' may be a person).
PLACE_PREPOSITIONS = {"in", "at", "from", "between", "via", "near"}


def _a_place_not_the_person(ctx: Context, parsed: Parsed, ent: Any) -> bool:
    """'met in Apia' where 'the Apia Declaration' was taken for a person's name: a capital or a
    country, after a word a place takes, that is only a part of the person's name, is the place."""
    taken = parsed.entities.get(ent.start)
    if taken is None or taken[0] != "person" or taken[1] not in ctx.people:
        return False
    if any(parsed.entities.get(i) != taken for i in range(ent.start, ent.end)):
        return False
    if not ent.start or parsed.doc[ent.start - 1].lower_ not in PLACE_PREPOSITIONS:
        return False
    after = parsed.doc[ent.end] if ent.end < len(parsed.doc) else None
    if after is not None and (after.text in ("'s", "’s") or parsed.entities.get(after.i) == taken):
        return False
    person = ctx.people[taken[1]]
    if key(person.name) == key(ent.text):
        return False
    places = gazetteer()
    return bool(places.country(ent.text) or places.country_of_capital(ent.text))


# Particles that carry a longer name on from a place's name: 'the Casa Grande del Pueblo'.
NAME_PARTICLES = {"del", "de", "do", "da", "dos", "das", "di", "du", "des", "de la"}


def _inside_a_longer_name(parsed: Parsed, ent: Any) -> bool:
    """'the Casa Grande del Pueblo', 'the Palacio San Martín de ...': a place's name that a particle
    and a capitalised word carry on is the start of another name (a building's), unless what follows
    is a country ('Santiago de Chile')."""
    doc = parsed.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in NAME_PARTICLES or not doc[ent.end + 1].text[:1].isupper():
        return False
    following = doc[ent.end + 1:min(len(doc), ent.end + 4)]
    return not any(gazetteer().country(following[:n].text) for n in range(1, len(following) + 1))


def _dateline_place(ctx: Context, name: str, country_name: str | None) -> None:
    """The city a story is filed from; with its country printed after it ('AWAZA, Turkmenistan (AP)
    —'), the city of that name in that country, or a town the data does not hold."""
    places = gazetteer()
    country = places.country(country_name) if country_name else None
    if country is None or places.country(name):
        ctx.place_named(name)
        return
    candidates = [c for c in (places.city(name), places.town(name), *places.small_places(name)) if c]
    capital = places.country_of_capital(name)
    if capital is not None:
        candidates.append(City(name, capital.code, 0))
    if candidates and all(c.country != country.code for c in candidates):
        ctx.place_named(name)  # (a place of another country: what was printed after it is some region)
    else:
        ctx.city(name, country)


PLACE_WORDS_BEFORE = {"in", "to", "from", "at", "into", "of", "across", "via", "visit", "visited", "visiting", "visits",
                      "toward", "towards", "near", "the"}


def _a_place_of(name: str, country: Country) -> bool:
    """A city, town or village of that name lies in that country."""
    places = gazetteer()
    return any(c.country == country.code for c in (places.city(name), *places.small_places(name)) if c)


def _short_form_before_its_country(parsed: Parsed, ent: Any, following: Any) -> bool:
    """'met in Antigua, Guatemala, on Friday': a country's short name ('Antigua'), not its own
    name, with another country after it and then no more of a list, is a town of that country."""
    country = gazetteer().country(ent.text)
    if country is None or key(ent.text) in (key(country.name), key(country.name).removeprefix("the ")):
        return False
    doc = parsed.doc
    if ent.start == 0 or doc[ent.start - 1].lower_ not in ("in", "at", "to", "from", "near"):
        return False
    after = doc[following.end] if following.end < len(doc) else None
    if after is None or after.text in (".", ";", ")"):
        return True
    return after.text == "," and not (following.end + 1 < len(doc) and (
        doc[following.end + 1].ent_type_ == "GPE" or doc[following.end + 1].lower_ in ("and", "or")))


def _surname_of(ctx: Context, parsed: Parsed, ent: Any) -> str | None:
    """A place name that is the surname of a person of the article ('Tomás Jordan'), printed
    where no place goes (not after 'in', 'to', 'visit' ...): the person."""
    ident = ctx.person_id(ent.text)
    if ident is None or len(ctx.people[ident].name.split()) < 2 or key(ctx.people[ident].name.split()[-1]) != key(
            ent.text):
        return None
    before = parsed.doc[ent.start - 1] if ent.start else None
    if before is not None and before.lower_ in PLACE_WORDS_BEFORE:
        return None
    return ident


@lru_cache(maxsize=1)
def _regions() -> set[str]:
    return {key(row[0]) for row in data_rows("lexicons", "regions.txt")}


TRAVEL_VERBS = {"travel", "go", "fly", "head", "visit", "arrive", "depart", "leave", "return", "move", "come", "tour"}


NOT_NAMES = {"CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "TIME"}
DATE_WORD = re.compile(r"^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                       r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|"
                       r"Sun)day|Easter|Christmas)\.?$", re.I)


def _country_of_a_city_joined(ctx: Context, parsed: Parsed, anchor: Any) -> Country | None:
    """'toured the ports of Tallport and X': the country of the city of the story that a name is
    joined to by 'and' (the name is then a place only where the data holds it as a town of that country)."""
    taken = parsed.entities.get(anchor.i)
    place = ctx.places.get(taken[1]) if taken is not None and taken[0] == "place" else None
    if place is None or place.type != "City" or place.contained_in is None:
        return None
    country = ctx.places.get(place.contained_in)
    return gazetteer().country_by_code(country.code) if country is not None and country.code else None


def _places_after_prepositions(ctx: Context, parsed: Parsed) -> None:
    """'travel to Bogotá', 'a visit to Vilnius', 'departing for Busan', 'to visit Chiang Mai': the
    recogniser may take a city for a person, an organisation or a building; a name where a
    destination goes that is no one's name and is a known city is the city. A place name the
    reference data does not hold ('will travel to Rukla') is still a town, of a country not known."""
    for token in parsed.doc:
        taken = parsed.entities.get(token.i)
        if (taken is not None and taken[0] != "person") or token.pos_ != "PROPN" or token.ent_type_ in NOT_NAMES \
                or (token.ent_type_ == "DATE" and DATE_WORD.match(token.text)):
            continue  # whatever else the recogniser called it ('in Montevideo' as a date or a product)
        head = token.head
        anchor = token
        while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
            anchor = anchor.head  # 'between Phnom Penh and X', 'to A and X': X where A goes
        joined = anchor is not token and anchor.dep_ == "pobj"  # (only a city the data holds, so joined)
        if joined:
            head = anchor.head
        destination = (anchor.dep_ == "pobj" and (head.lower_ in ("to", "in", "at", "from", "between", "via", "through",
                                                                  "near") or (
            head.lower_ == "for" and head.head.lemma_ in ("depart", "leave", "head", "set", "bind")))) or (
            token.dep_ == "dobj" and head.lemma_ in ("visit", "tour"))
        # 'the ports of X and Y', 'the city of X': a known city, whatever the recogniser took it for
        settlement = anchor.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in SETTLEMENT_NOUNS \
            and not any(c.dep_ in ("amod", "compound", "poss") for c in head.head.children)
        declared = _country_of_place_noun(ctx, token) or _capital_in_apposition(ctx, token)
        # ('the Turkmen resort of Porto Leva', 'Tarawa, the capital of Kiribati')
        country = _country_after_comma(parsed, token) or declared
        if not destination and country is None and anchor is not token and taken is None:
            country = _country_of_a_city_joined(ctx, parsed, anchor)  # 'the ports of Tallport and X'
        if not destination and country is None and not settlement:
            continue
        # ('Ha Long', its 'Ha' tagged an interjection: a word of the same name the recogniser read)
        words = [c for c in token.children if c.dep_ == "compound" and c.i < token.i and (
            c.pos_ == "PROPN" or (c.ent_type_ and c.ent_type_ == token.ent_type_ and c.ent_iob_ == "B"
                                  and c.text[:1].isupper()))]
        start, stop = hyphenated_name(parsed.doc, min([token.i, *(w.i for w in words)]), token.i + 1)
        if any(parsed.entities.get(i) not in (None, taken) for i in range(start, stop)):
            continue
        text = parsed.doc[start:stop].text
        if stop - start > token.i + 1 - min([token.i, *(w.i for w in words)]) \
                and not (gazetteer().city(text) or gazetteer().town(text)):
            continue  # a part of a hyphenated name ('Villers' of 'Villers-Cotterêts') is no place of its own
        if key(text) in _regions() or _called_a_body(parsed, parsed.doc[start:stop]):
            continue
        person = ctx.person_id(text)
        if taken is not None and person is None:
            continue  # (part of a person's name)
        if person is not None and not (destination and _a_small_place_not_a_person(ctx, person, text, head)):
            continue
        if country is not None:  # 'Mindelo, Cape Verde': a city or town of that name in that country
            known = [c for c in (gazetteer().city(text), gazetteer().town(text), *gazetteer().small_places(text))
                     if c and c.country == country.code]
            unlisted = not gazetteer().city(text) and not gazetteer().town(text) and (
                declared is not None or (destination and not joined and _unlisted_place(token, head, text)) or (
                    head.lower_ == "in" and token.dep_ == "pobj" and token.ent_type_ not in ("NORP", "FAC", "PERSON")
                    and not any(c.dep_ == "det" for c in token.children) and key(text) not in _known_organizations()))
            # (a name the data does not hold, where a place goes: 'met in Porto Leva, Turkmenistan')
            place_id = ctx.city(text, country) if known or unlisted else None
        elif settlement and not destination:
            place_id = ctx.place_named(text) if gazetteer().city(text) and not gazetteer().country(text) else None
        elif gazetteer().city(text) or ctx.place_named(text, register=False):  # (a capital, a town of the story)
            place_id = ctx.place_named(text) or _a_city_in_a_list_of_cities(ctx, parsed, token, anchor, text)
        elif destination and _a_town_misread(ctx, token, text):
            place_id = ctx.city(text, ctx.small_place_country(text))
        elif not joined and _unlisted_place(token, head, text):
            place_id = ctx.city(text, ctx.small_place_country(text))  # (a village of the story's country)
        else:
            continue
        if place_id:
            parsed.entities.update({i: ("place", place_id) for i in range(start, stop)})


def _a_city_in_a_list_of_cities(ctx: Context, parsed: Parsed, token: Any, anchor: Any, text: str) -> str | None:
    """'by truck to Port Amber, Lakeside or Walvis Bay': a city the data holds, joined by 'and'/'or'
    to a city already read, is that city (the most populous of the name) even where the story does
    not name its country."""
    if anchor is token or _country_of_a_city_joined(ctx, parsed, anchor) is None:
        return None
    city = gazetteer().city(text)
    return ctx.city(text, gazetteer().country_by_code(city.country)) if city else None


def _a_town_misread(ctx: Context, token: Any, text: str) -> bool:
    """'runs a plant in Vila Serena, in Minas state': a name the recogniser took for an organisation or a
    product, printed where a place goes, that is exactly a town or village of the one country of the
    name the story names, is that town -- not a name with 'the', an abbreviation or a known body."""
    return (token.ent_type_ in ("ORG", "PRODUCT", "WORK_OF_ART") and ctx.small_place_country(text) is not None
            and not text.isupper() and not any(c.dep_ == "det" for c in token.children)
            and key(text) not in _known_organizations())


# Lowercase words inside a hyphenated place name: 'Boulogne-sur-Mer', 'Châlons-en-Champagne'.
HYPHEN_LINKS = {"au", "aux", "en", "sur", "sous", "de", "du", "des", "la", "le", "les", "lès", "am", "an", "der",
                "upon", "on", "in", "y"}


def hyphenated_name(doc: Any, start: int, end: int) -> tuple[int, int]:
    """The tokens of a name printed joined by hyphens with no space ('Villers-Cotterêts', 'Boulogne-sur-Mer'),
    which the tokenizer splits: the span widened over every capitalised part so joined (a lowercase word
    after the hyphen only as a link to a capitalised part: 'Kyiv-controlled' is no name)."""
    def part(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper()

    def link(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].lower_ in HYPHEN_LINKS and not doc[i].whitespace_

    def hyphen(i: int) -> bool:
        return 0 < i < len(doc) and doc[i].text in ("-", "‐") and not doc[i].whitespace_ \
            and not doc[i - 1].whitespace_

    while True:
        if hyphen(end) and part(end + 1):
            end += 2
        elif hyphen(end) and link(end + 1) and hyphen(end + 2) and part(end + 3):
            end += 4
        else:
            break
    while True:
        if hyphen(start - 1) and part(start - 2):
            start -= 2
        elif hyphen(start - 1) and link(start - 2) and hyphen(start - 3) and part(start - 4):
            start -= 4
        else:
            break
    return start, end


# Words that say the name after 'of' is a city, town or village: 'the Turkmen resort of Porto Leva'.
SETTLEMENT_NOUNS = {"city", "town", "village", "resort", "port", "hamlet", "township"}


def _country_of_place_noun(ctx: Context, token: Any) -> Country | None:
    """'the Turkmen resort of Porto Leva', 'the Nepalese town of Santa Riva', "Ruritania's port city of Lake Orla":
    the country of a settlement named after 'of' (a nationality or country before the noun)."""
    if token.dep_ != "pobj" or token.head.lower_ != "of" or token.head.head.lemma_.lower() not in SETTLEMENT_NOUNS:
        return None
    noun = token.head.head
    owners = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss") and c.i < noun.i]
    owners += [o for c in owners if c.pos_ in ("NOUN",) for o in c.children if o.dep_ in ("amod", "poss")]
    for owner in owners:
        country = ctx.country_of_text(owner.text)
        if country is not None and not gazetteer().country_of_capital(owner.text):
            return country
    return None


def _capital_in_apposition(ctx: Context, token: Any) -> Country | None:
    """'Tarawa, the capital of Kiribati', 'Koror, Palau's former capital': the country of a name
    that an apposition calls a country's capital (or a city, town or port of it)."""
    for noun in (c for c in token.children if c.dep_ == "appos" and c.lemma_.lower() in {"capital", *SETTLEMENT_NOUNS}):
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for country in (ctx.country_of_text(o.text) for o in prep.children if o.dep_ == "pobj"):
                if country is not None:
                    return country
        for owner in (c for c in noun.children if c.dep_ in ("poss", "amod", "compound") and c.i < noun.i):
            country = ctx.country_of_text(owner.text)
            if country is not None and not gazetteer().country_of_capital(owner.text):
                return country
    return None


def _a_small_place_not_a_person(ctx: Context, person: str, text: str, head: Any) -> bool:
    """'will travel to Alligator Pond', 'will visit Alligator Pond': a name the recogniser took for a
    person's, with no title, printed where a journey goes and the name of a town or village of a
    country the story names, is that place; the person is dropped and each mention of the name is the place."""
    journey = (head.lower_ == "to" and head.head.lemma_ in JOURNEY_VERBS) or head.lemma_ in ("visit", "tour")
    # ('flights between Bandar Lama and X', 'from Santa Riva': a city or town of a country the story names)
    route = head.lower_ in ("between", "from", "via") and ctx.place_named(text, register=False) is not None
    if not (journey or route or head.lower_ in ("at", "in", "near")) \
            or ctx.people[person].title or key(ctx.people[person].name) != key(text):
        return False  # ('the plant at Puerto Madryn' too: 'at', 'in' or 'near' a town of a country of the story)
    country = ctx.small_place_country(text)
    city = gazetteer().city(text) if country is None else None
    if city is not None:  # ('will travel to Siem Reap': a city the reference data holds, of its country)
        country = gazetteer().country_by_code(city.country)
    if country is None:
        return False
    place_id = ctx.city(text, country)
    for other in ctx.blocks:
        for i, entity in list(other.entities.items()):
            if entity == ("person", person):
                other.entities[i] = ("place", place_id)
    del ctx.people[person]
    return True


# Where a name not in the reference data is still a place: 'travel to X' for a recognised place
# or an unrecognised name; 'met in X', 'their meeting in X', 'talks were held in X' for a place.
JOURNEY_VERBS = {"travel", "fly", "head", "arrive", "depart", "tour", "proceed"}


@lru_cache(maxsize=1)
def _venue_words() -> frozenset[str]:
    """Lemmas of the words that report a meeting ('meet', 'talks', 'summit'), from the events
    lexicon, and the verbs a meeting is held with: 'in X' under one of them is where it was."""
    words = {row[1] for row in data_rows("lexicons", "events.tsv") if row[2] not in ("phone_call",)}
    return frozenset(words | {"hold", "gather", "convene", "sign"})


def _unlisted_place(token: Any, head: Any, text: str) -> bool:
    """A name the reference data does not hold ('Porto Leva', 'Santa Riva City', a small resort or town) that
    the sentence puts where a place goes: after 'to' of a journey ('travelling to X', whatever the
    recogniser took the name for, unless a nationality or a building, an abbreviation, a known
    organisation or a name with 'the'); after 'in' or 'at' of a meeting, held or told ('met in X',
    'recalled their meeting on 6 August in X'), for a name the recogniser took for a place; and a
    place named '<Name> City'. A region the recogniser calls a location is left."""
    if gazetteer().country_of_demonym(text) or gazetteer().country(text) or key(text) in gazetteer().ambiguous:
        return False
    verb = head.head
    if head.lower_ == "to" and verb.lemma_ in TRAVEL_VERBS and token.ent_type_ == "GPE":
        return True
    if head.lower_ == "to" and verb.lemma_ in JOURNEY_VERBS and token.ent_type_ not in ("NORP", "FAC") \
            and not text.isupper() and not any(c.dep_ == "det" for c in token.children) \
            and key(text) not in _known_organizations():
        return True
    if token.ent_type_ != "GPE":
        return False
    if head.lower_ in ("in", "at"):
        word = verb
        if word.ent_type_ == "DATE":  # 'their meeting on 6 August in X': 'in X' may hang on the date
            while word.ent_type_ == "DATE" and word.head.i != word.i:
                word = word.head
            word = word.head if word.pos_ == "ADP" else word
        if word.lemma_ in _venue_words() or any(
                c.dep_ in ("dobj", "nsubjpass", "nsubj") and c.lemma_ in _venue_words() for c in word.children):
            return True
    return head.lower_ in ("in", "at", "to", "from") and re.search(r"\S\s+City$", text) is not None


@lru_cache(maxsize=1)
def _known_organizations() -> frozenset[str]:
    return frozenset(key(row[0]) for row in data_rows("lexicons", "organizations.tsv"))


def _country_after_comma(parsed: Parsed, token: Any) -> Country | None:
    """The country printed after a name and a comma ('Mindelo, Cape Verde,'), not a possessive
    ('X, Brazil's minister')."""
    doc = parsed.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != ",":
        return None
    for end in range(min(len(doc), token.i + 6), token.i + 2, -1):
        country = gazetteer().country(doc[token.i + 2:end].text)
        if country is not None:
            return None if end < len(doc) and doc[end].text in ("'s", "’s") else country
    return None
