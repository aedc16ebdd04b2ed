"""Reference data at run time: countries, nationality adjectives, capitals, cities, outlets,
job titles. The TSVs under ``data/reference`` are generated from open datasets by
``scripts/make_reference_data.py``; the lexicons under ``data/lexicons`` are kept by hand.
Lookups ignore case and collapse whitespace.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from .resources import data_file

# Romanian s and t with a comma below ('Timișoara', 'Constanța', as Romanian is written now) and with a
# cedilla ('Iaşi', as older fonts and much of the reference data write them) are one letter.
_COMMA_BELOW = str.maketrans("șțȘȚ", "şţŞŢ")


def key(text: str) -> str:
    return " ".join(text.replace("’", "'").translate(_COMMA_BELOW).split()).casefold()


def plain_key(text: str) -> str | None:
    """The key of a name printed with marks the reference data's spelling lacks ('Rīga' -> 'riga'),
    or None when it has none."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", key(text)) if not unicodedata.combining(c))
    return plain if plain != key(text) else None


_SAINT = re.compile(r"(?<![\w.])(?:Saint|St\.?)(?=\s)")


def saint_forms(text: str) -> list[str]:
    """A place name with 'Saint' in all the ways it is printed: 'Saint Lucia', 'St Lucia',
    'St. Lucia' (the reference data has one or two of them)."""
    if not _SAINT.search(text):
        return [text]
    return list(dict.fromkeys([text, *(_SAINT.sub(form, text) for form in ("Saint", "St", "St."))]))


def data_rows(*parts: str) -> list[list[str]]:
    """The tab-separated rows of a data file, comments left out (and, for the generated
    reference files, their header row): the one reader of every lexicon and table."""
    lines = data_file(*parts).read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    return rows[1:] if parts[0] == "reference" else rows  # generated files carry a header row


@dataclass(frozen=True)
class Country:
    code: str
    name: str


@dataclass(frozen=True)
class City:
    name: str
    country: str  # ISO 3166-1 alpha-2
    population: int


class Gazetteer:
    """All reference lookups, loaded once per process."""

    @cached_property
    def countries(self) -> dict[str, Country]:
        return {row[0]: Country(row[0], row[1]) for row in data_rows("reference", "countries.tsv")}

    @cached_property
    def ambiguous(self) -> set[str]:
        return {key(row[0]) for row in data_rows("reference", "ambiguous.tsv")}

    @cached_property
    def _country_names(self) -> dict[str, str]:
        names: dict[str, str] = {}
        for row in data_rows("reference", "countries.tsv"):
            code, name, official = row[0], row[1], row[2]
            variants = [v for v in (row[5].split("|") if len(row) > 5 else []) if v]
            for text in (form for t in (name, official, *variants) for form in saint_forms(t)):
                names.setdefault(key(text), code)
                if key(text).startswith("the "):
                    names.setdefault(key(text)[4:], code)
        return {k: v for k, v in names.items() if k not in self.ambiguous}

    @cached_property
    def _demonyms(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for row in data_rows("reference", "countries.tsv"):
            for demonym in (f for d in (row[4].split("|") if len(row) > 4 else []) for f in saint_forms(d)):
                if demonym and key(demonym) not in self.ambiguous:
                    found.setdefault(key(demonym), row[0])
        return found

    @cached_property
    def _capitals(self) -> dict[str, str]:
        return {key(form): row[1] for row in data_rows("reference", "capitals.tsv")
                for form in saint_forms(row[0]) if key(row[0]) not in self.ambiguous}

    @cached_property
    def _cities(self) -> dict[str, City]:
        best: dict[str, City] = {}
        alternates: dict[str, City] = {}
        for row in data_rows("reference", "cities.tsv"):
            city = City(row[0], row[1], int(row[2] or 0))
            for form in saint_forms(city.name):
                if key(form) not in best or best[key(form)].population < city.population:
                    best[key(form)] = City(form, city.country, city.population)
            for alt in (f for a in (row[4].split("|") if len(row) > 4 else []) for f in saint_forms(a)):
                if alt and (key(alt) not in alternates or alternates[key(alt)].population < city.population):
                    alternates[key(alt)] = City(alt, row[1], city.population)
        for name, city in alternates.items():
            best.setdefault(name, city)
        return best

    @cached_property
    def _towns(self) -> dict[str, City]:
        best: dict[str, City] = {}
        for row in data_rows("reference", "towns.tsv"):
            town = City(row[0], row[1], int(row[2] or 0))
            names = [row[0], *(row[4].split("|") if len(row) > 4 else [])]  # (the name, its other names)
            for name in (f for n in names for f in saint_forms(n)):
                if name and (key(name) not in best or best[key(name)].population < town.population):
                    best[key(name)] = City(name, town.country, town.population)
        return best

    @cached_property
    def _city_own_names(self) -> set[str]:
        """The keys of cities' own names (and their 'Saint' forms), not their alternates."""
        return {key(form) for row in data_rows("reference", "cities.tsv") for form in saint_forms(row[0])}

    def city_by_alternate_only(self, text: str) -> bool:
        """The name is only some city's other name ('Black River', once Lorain, Ohio)."""
        return key(text) in self._cities and key(text) not in self._city_own_names

    @cached_property
    def _villages(self) -> dict[str, list[City]]:
        return _places_by_name("villages.tsv", alternate_column=3)

    def small_places(self, text: str) -> list[City]:
        """Every town and village (1,000 to 50,000 people) of that name, one per country: only
        to say which country a place the story names is in, where the story names that country."""
        found: dict[str, City] = {}
        for place in [*self._villages.get(key(text), []), *self._all_towns.get(key(text), [])]:
            if place.country not in found or found[place.country].population < place.population:
                found[place.country] = place
        return list(found.values())

    @cached_property
    def _all_towns(self) -> dict[str, list[City]]:
        return _places_by_name("towns.tsv", alternate_column=4)

    def town(self, text: str) -> City | None:
        """A town (5,000 to 50,000 people) of that name: to be taken only where its country is
        the story's ('Katima Mulilo' in a story about Namibia), so many small names are no risk."""
        return self._towns.get(key(text))

    @cached_property
    def multiword_places(self) -> list[str]:
        """Place names of several words as printed (countries and their variants, capitals, cities,
        towns), and hyphenated countries and capitals: the recogniser splits them ('Port' + 'Spain',
        'Trinidad' + 'Tobago Chamber', 'Guinea' + '-' + 'Bissau'). (Hyphenated cities and towns are
        left out: 'Al-Kut'-like names are also people's names.)"""
        found = {w for w in self.country_words if " " in w or "-" in w}  # ('Guinea-Bissau': three tokens)
        found |= {f for row in data_rows("reference", "capitals.tsv") if " " in row[0] or "-" in row[0]
                  for f in saint_forms(row[0])}
        for name in ("cities.tsv", "towns.tsv"):
            found |= {f for row in data_rows("reference", name) if " " in row[0] and "," not in row[0]
                      for f in saint_forms(row[0])}
        # (and as printed without the data's diacritics: 'Port Élan' is also written 'Port Elan')
        found |= {plain for w in found if (plain := _without_accents(w)) != w}
        return sorted(w for w in found if key(w) not in self.ambiguous and w[:1].isupper())

    def country(self, text: str) -> Country | None:
        """A country by any of its names: 'Russian Federation', 'the U.S.', 'UK'."""
        code = self._country_names.get(key(text))
        return self.countries[code] if code else None

    def country_of_demonym(self, text: str) -> Country | None:
        """The country of a nationality adjective: 'Chinese' -> China; ambiguous ones -> None."""
        code = self._demonyms.get(key(text))
        return self.countries[code] if code else None

    def country_of_capital(self, text: str) -> Country | None:
        code = self._capitals.get(key(text)) or self._capitals.get(plain_key(text) or "")
        return self.countries[code] if code else None

    def city(self, text: str) -> City | None:
        """The most populous city of that name (or alternate spelling; or, for a capital, spelled
        without the marks the story prints: 'Rīga', where 'Léon' is a man's name and no city's)."""
        plain = plain_key(text) or ""
        return self._cities.get(key(text)) or (self._cities.get(plain) if plain in self._capitals else None)

    @cached_property
    def _capital_of(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for row in data_rows("reference", "countries.tsv"):
            capital = row[3].split("|")[0] if len(row) > 3 else ""
            if capital:
                found[row[0]] = capital
        return found

    def capital_of(self, code: str) -> str | None:
        """The capital city of a country ('the Laotian capital' -> Vientiane)."""
        return self._capital_of.get(code)

    def country_by_code(self, code: str) -> Country | None:
        return self.countries.get(code)

    @cached_property
    def demonym_words(self) -> list[str]:
        """Every nationality adjective, longest first (for building patterns)."""
        return sorted({d for d in self._demonym_surface()}, key=lambda d: (-len(d), d))

    def _demonym_surface(self) -> set[str]:
        found = set()
        for row in data_rows("reference", "countries.tsv"):
            for demonym in (f for d in (row[4].split("|") if len(row) > 4 else []) for f in saint_forms(d)):
                if demonym and key(demonym) not in self.ambiguous:
                    found.add(demonym)
        return found

    @cached_property
    def country_words(self) -> list[str]:
        """Every country name and variant as printed, longest first."""
        found = set()
        for row in data_rows("reference", "countries.tsv"):
            for text in (f for t in (row[1], *(v for v in (row[5].split("|") if len(row) > 5 else []) if v))
                         for f in saint_forms(t)):
                if key(text) not in self.ambiguous and text.isascii():
                    found.add(text[4:] if text.startswith("the ") else text)
        return sorted(found, key=lambda d: (-len(d), d))

    @cached_property
    def outlets(self) -> dict[str, tuple[str, list[str]]]:
        table = {}
        for row in data_rows("lexicons", "outlets.tsv"):
            alternates = [a for a in (row[2].split("|") if len(row) > 2 else []) if a]
            table[key(row[0])] = (row[1], alternates)
        return table

    @cached_property
    def outlet_countries(self) -> dict[str, str]:
        """A national outlet's country (ISO code), from the fourth column where it is given."""
        return {key(row[0]): row[3] for row in data_rows("lexicons", "outlets.tsv") if len(row) > 3 and row[3]}

    def outlet_country(self, name: str) -> Country | None:
        code = self.outlet_countries.get(key(name))
        return self.country_by_code(code) if code else None

    def outlet(self, name: str) -> tuple[str, list[str]]:
        """The full name and other names of a news outlet named on a page."""
        full, alternates = self.outlets.get(key(name), (name, []))
        others = sorted({a for a in [*alternates, name] if key(a) != key(full)})
        return full, others

    @cached_property
    def titles(self) -> list[str]:
        return _lines("titles.txt")

    @cached_property
    def ranks(self) -> list[str]:
        return _lines("ranks.txt")


def _lines(name: str) -> list[str]:
    return [row[0].strip() for row in data_rows("lexicons", name)]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


def _places_by_name(file: str, alternate_column: int) -> dict[str, list[City]]:
    """Towns or villages under each key of their name, their other names and the 'Saint' forms of
    them: one table's rows (name, country, population, ..., other names joined by '|')."""
    found: dict[str, list[City]] = {}
    for row in data_rows("reference", file):
        others = row[alternate_column].split("|") if len(row) > alternate_column else []
        for name in {f for n in (row[0], *others) if n for f in saint_forms(n)}:
            found.setdefault(key(name), []).append(City(name, row[1], int(row[2] or 0)))
    return found


def _without_accents(text: str) -> str:
    """'Cāle Bāzār' -> 'Cale Bazar': a name's letters without their diacritics."""

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
