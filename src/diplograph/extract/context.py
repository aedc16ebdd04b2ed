"""What extraction knows while it reads one article: the parsed blocks, the entities found so
far, and how a mention (a name, a surname, "he", "the two ministers") resolves to them."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from ..iris import slug
from ..model import Event, Evidence, Organization, Person, Place
from ..read import Block, Page
from ..reference import City, Country, gazetteer, key, saint_forms

PRONOUNS = {"he", "she", "him", "her"}
# ('Duarte Moreira e Lobo': the Portuguese 'e' joins two surnames)
PARTICLES = {"da", "de", "del", "der", "di", "e", "van", "von", "bin", "al", "el", "la", "le", "dos", "du", "ibn", "jr",
             "jr.", "sr.", "ii", "iii"}


def index_sentences(doc: Any) -> None:
    """Make ``doc.sents``, ``token.sent`` and ``span.sent`` look sentences up in a list made once.

    Without these hooks spaCy walks the document for every call, and the rules ask for the
    sentence of a token many times per mention: extraction grew with the square of a paragraph's
    length. The sentences are the parser's, unchanged; only the way to find them differs.
    """
    sentences = list(doc.sents)
    starts = [sentence.start for sentence in sentences]
    doc.user_hooks["sents"] = lambda _doc: iter(sentences)
    doc.user_token_hooks["sent"] = lambda token: sentences[bisect_right(starts, token.i) - 1]
    doc.user_span_hooks["sent"] = lambda span: sentences[bisect_right(starts, span.start) - 1]


def on_one_known_day(event: Event) -> bool:
    """An event that took place on one day the article gives in full: the day that words said and
    documents signed at it, with no day of their own, are dated by."""
    return event.status == "happened" and bool(event.start) and len(event.start or "") == 10 \
        and (not event.end or event.end == event.start)


@dataclass
class Parsed:
    """One block of the page and its spaCy parse (offsets of the doc start at ``block.start``)."""

    block: Block
    doc: Any
    entities: dict[int, tuple[str, str]] = field(default_factory=dict)  # token index -> (kind, id)
    counterparts: list[tuple[int, str]] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)  # doc character spans inside quotes

    def __post_init__(self) -> None:
        index_sentences(self.doc)

    @cached_property
    def text(self) -> str:
        """The block's text as parsed. spaCy's ``Doc.text`` joins every token on each call."""
        return str(self.doc.text)

    @cached_property
    def ents(self) -> tuple[Any, ...]:
        """The recogniser's entities, made once: ``Doc.ents`` builds new spans on each call."""
        return tuple(self.doc.ents)

    def in_quote(self, char: int) -> bool:
        return any(a <= char < b for a, b in self.quotes)

    def char(self, index: int) -> int:
        return self.block.start + index

    def span_offsets(self, span: Any) -> tuple[int, int]:
        return self.block.start + span.start_char, self.block.start + span.end_char


TOWN = 5_000  # the reference data's towns; below this, villages
SMALL_CITY = 300_000  # a city smaller than this may give way to a town of the story's country
MID_CITY = 100_000  # a city smaller than this is not taken where its country goes unnamed


@dataclass
class Context:
    page: Page
    published: str | None
    blocks: list[Parsed] = field(default_factory=list)
    people: dict[str, Person] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    recent_people: list[str] = field(default_factory=list)  # person ids, most recent last
    person_gender: dict[str, str] = field(default_factory=dict)
    abroad: set[str] = field(default_factory=set)  # person ids printed as another, unresolved country's

    # --- evidence ----------------------------------------------------------------------------
    def evidence(self, parsed: Parsed, start: int, end: int) -> Evidence:
        """Evidence for ``doc`` characters start..end, in the coordinates of the source as read."""
        text = self.page.text
        a, b = parsed.char(start), parsed.char(end)
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        s, e = self.page.to_source(a, b)
        return Evidence(text=self.page.source[s:e], start=s, end=e)

    # --- places ------------------------------------------------------------------------------
    def country(self, country: Country, printed: str | None = None) -> str:
        """The country's place id; a name printed otherwise ('Viet Nam') is kept as another name."""
        ident = slug(country.name)
        if ident not in self.places:
            self.places[ident] = Place(id=ident, name=country.name, type="Country", code=country.code)
        place = self.places[ident]
        if printed and key(printed) != key(place.name) and key(printed) not in {key(a) for a in
                                                                               place.alternate_names}:
            place.alternate_names.append(printed)
        return ident

    def city(self, name: str, country: Country | None) -> str:
        ident = slug(name)
        if ident in self.places and self.places[ident].type == "Country":
            ident = f"{ident}-city"
        if ident not in self.places:
            self.places[ident] = Place(id=ident, name=name, type="City",
                                       contained_in=self.country(country) if country else None)
        elif country and not self.places[ident].contained_in:
            self.places[ident].contained_in = self.country(country)
        return ident

    def place_named(self, text: str, *, register: bool = True) -> str | None:
        """The place a GPE mention names: a country, else a city (the most populous of the name)."""
        places = gazetteer()
        name = re.sub(r"^the\s+", "", text.strip(), flags=re.I)
        whole = name  # "St George's": a city whose name ends in 's, not the possessive of 'St George'
        name = re.sub(r"['’]s$", "", name)
        if whole != name and not places.country(name) and (
                places.city(whole) or places.country_of_capital(whole) or places.town(whole)):
            name = whole
        country = places.country(name)
        if country:
            return self.country(country, printed=name) if register else slug(country.name)
        if text.strip().startswith("The ") and places.city(text.strip()):
            name = text.strip()  # 'The Hague': the article is part of the city's name
        city = self._of_a_named_country(name, places.city(name)) or self._capital_or_town(name)
        if city and places.city_by_alternate_only(name) and not self._names_country(
                places.country_by_code(city.country)):  # ('Black River': once Lorain's name; a town of Jamaica)
            # ('St. James' is Vũng Tàu's old name, but a parish in a story of Jamaica): an old or foreign
            # name of a city whose country the story does not name is that city only if it is a large one
            # ('Seville') and the name no saint's (saints name parishes and towns the world over)
            if not self._small_place(name) and (city.population < SMALL_CITY or len(saint_forms(name)) > 1):
                return None
            city = self._small_place(name) or city
        if city is None and re.search(r"\s+City$", name):  # 'Djibouti City': a capital named as its country
            country = places.country(re.sub(r"\s+City$", "", name))
            city = places.city(country.name) if country and places.capital_of(country.code) == country.name else None
        if city:
            if not register:
                return slug(name)
            return self.city(name, places.country_by_code(city.country))
        return None

    def _of_a_named_country(self, name: str, city: City | None) -> City | None:
        """Of the places a name may be, the one in a country the story names: a capital ('Victoria'
        where Seychelles is written of, not the larger Victoria of Hong Kong), or a town where the
        most populous place of the name is no large city ('Copacabana' in a story of Bolivia). The
        most populous stays where its own country is named, or nothing else is."""
        places = gazetteer()
        if city is None or self._names_country(places.country_by_code(city.country)):
            return city
        capital = places.country_of_capital(name)
        if capital is not None and capital.code != city.country and self._names_country(capital):
            return City(name, capital.code, 0)
        if city.population >= SMALL_CITY:
            return city
        # (a town before a village: 'Queenstown' in a story of New Zealand and Australia is the
        # town of 10,000, not the village of 2,000)
        small = places.small_places(name)
        for kind in ([c for c in small if c.population >= TOWN], small):
            others = {c.country: c for c in kind if c is not None and c.country != city.country
                      and self._names_country(places.country_by_code(c.country))}
            if others:
                return next(iter(others.values())) if len(others) == 1 else city
        if city.population < MID_CITY:
            # (a border crossing named after a village of the story's countries, which shares its name with
            # a city of 60,000 in a third country): a city too small to be known abroad, of a country the
            # story does not name, is more likely a place of the story's countries the data does not hold
            return None
        return city

    def _capital_or_town(self, name: str) -> City | None:
        """A capital too small for the cities table ('Port of Spain'), or a town of a country the
        story names ('Katima Mulilo' where Namibia or Namibians are written of)."""
        places = gazetteer()
        capital = places.country_of_capital(name)
        if capital:
            return City(name, capital.code, 0)
        town = places.town(name)
        if town is None:
            return None
        country = places.country_by_code(town.country)
        return town if country and self._names_country(country) else None

    def _small_place(self, name: str) -> City | None:
        """The town or village of that name in the one country of its name the story names."""
        places = gazetteer()
        found = [c for c in places.small_places(name) if self._names_country(places.country_by_code(c.country))]
        return found[0] if len(found) == 1 else None

    def small_place_country(self, name: str) -> Country | None:
        """The country of a place the reference data holds only as a town or village (Black River,
        Jamaica), where the story names that country and no other country with a place so named."""
        found = self._small_place(name)
        return gazetteer().country_by_code(found.country) if found else None

    def _names_country(self, country: Country | None) -> bool:
        if country is None:
            return False
        places = gazetteer()
        words = [country.name, *(d for d in places.demonym_words if places.country_of_demonym(d) == country)]
        return any(re.search(rf"\b{re.escape(w)}\b", self.page.text) for w in words)

    def home_country(self) -> Country | None:
        """The country of the city the story is filed from ('ASTANA –', 'Ottawa, Ontario')."""
        place = gazetteer()
        if not self.page.dateline_place:
            return None
        country = place.country(self.page.dateline_country or "") or place.country_of_capital(self.page.dateline_place)
        if country is None:
            city = place.city(self.page.dateline_place)
            country = place.country_by_code(city.country) if city else None
        return country

    def country_of_text(self, text: str) -> Country | None:
        """'Chinese', 'China', "China's", 'Beijing' (as the government) -> China."""
        places = gazetteer()
        name = re.sub(r"['’]s$", "", text.strip())
        name = re.sub(r"^the\s+", "", name, flags=re.I)
        return places.country_of_demonym(name) or places.country(name) or places.country_of_capital(name)

    # --- people ------------------------------------------------------------------------------
    def person_id(self, name: str) -> str | None:
        """The person a name refers to: a full name, or a surname/given name of a known person."""
        ident = slug(name)
        if ident in self.people:
            return ident
        wanted = key(name)
        for person in self.people.values():
            if key(person.name) == wanted or wanted in {key(a) for a in person.alternate_names}:
                return person.id
        if wanted.startswith("gen ") and len(wanted.split()) == 2:
            # ('Gen Koroma' after 'Gen Ade Koroma': the rank before a known surname; 'Gen' is a given
            # name only before a surname no one else has)
            known = self.person_id(name.split(None, 1)[1])
            if known:
                return known
        tokens = [t for t in wanted.replace(".", " ").split() if t not in PARTICLES]
        # ('Al-Mutlaq' is also 'Mutlaq': a particle joined by a hyphen, as in the names below)
        tokens = [t.split("-", 1)[1] if t.split("-", 1)[0] in PARTICLES and "-" in t else t for t in tokens]
        if not tokens:
            return None
        candidates = []
        for person in self.people.values():
            parts = [p for p in key(person.name).replace(".", " ").split() if p not in PARTICLES]
            # 'al-Badri' is also 'Badri': a particle joined by a hyphen
            parts = [p.split("-", 1)[1] if p.split("-", 1)[0] in PARTICLES and "-" in p else p for p in parts]
            if (len(tokens) == 1 and tokens[0] in parts) or (len(tokens) > 1 and (
                    tokens == parts[-len(tokens):]
                    or (len(parts) > 1 and (tokens[:len(parts)] == parts or parts[:len(tokens)] == tokens)))):
                candidates.append(person.id)  # 'Vascal' / 'Ignacio Vascal' / 'Ignacio Vascal Puig'
            elif len(tokens) > 1 and len(tokens) == len(parts) and any(len(t) == 1 for t in tokens[:-1]) and all(
                    t == p or (len(t) == 1 and p.startswith(t)) for t, p in zip(tokens, parts, strict=True)):
                candidates.append(person.id)  # 'G. Batbold' / 'G.Batbold' is 'Ganbold Batbold': an initial
        if len(candidates) == 1:
            return candidates[0]
        if len(tokens) == 1:
            # 'Ali' is Ali bin Said before Said bin Ali: a name's own first or last part, not a patronymic
            own = [c for c in candidates if tokens[0] in self._name_ends(self.people[c].name)]
            if len(own) == 1:
                return own[0]
        for recent in reversed(self.recent_people):
            if recent in candidates:
                return recent
        return candidates[0] if candidates else None

    @staticmethod
    def _name_ends(name: str) -> tuple[str, str]:
        parts = [p for p in key(name).replace(".", " ").split() if p not in PARTICLES]
        return (parts[0], parts[-1]) if parts else ("", "")

    def mention(self, person_id: str) -> None:
        if self.recent_people and self.recent_people[-1] == person_id:
            return
        self.recent_people.append(person_id)

    def last_person(self, gender: str | None = None, before: list[str] | None = None) -> str | None:
        for ident in reversed(before if before is not None else self.recent_people):
            if gender is None or self.person_gender.get(ident) in (None, gender):
                return ident
        return None

    def organization(self, name: str, *, kind: str = "Organization", alternates: list[str] | None = None,
                     country: str | None = None) -> str:
        ident = slug(name)
        if ident not in self.organizations:
            self.organizations[ident] = Organization(id=ident, name=name, type=kind, country=country)
        org = self.organizations[ident]
        for alt in alternates or []:
            if key(alt) != key(org.name) and key(alt) not in {key(a) for a in org.alternate_names}:
                org.alternate_names.append(alt)
        return ident
