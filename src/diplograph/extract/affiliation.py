"""Whom a person acts for, where the words around the name do not say it: the country of a
story filed from home, of a host receiving a visitor, of the other side of a bilateral
meeting, of a national outlet's officials."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from ..iris import slug
from ..model import Person
from ..reference import Country, data_rows, gazetteer, key
from .context import Context
from .people import INTERNATIONAL_OFFICES, heads_international_body


def settle_lead_country(ctx: Context) -> None:
    """'ASTANA – President X will travel ...': the officials who lead a story filed from their
    own capital, with no country printed, act for that country."""
    settle_monarchs(ctx)
    home = ctx.home_country()
    paragraphs = [p for p in ctx.blocks if p.block.kind == "paragraph"]
    if home is None or not paragraphs:
        return
    first = next(iter(paragraphs[0].doc.sents))
    home_id = ctx.country(home)
    # (set abroad: a city of another country, or 'in'/'to' another country; not 'Peru will send aid')
    places = [(t, paragraphs[0].entities[t.i][1]) for t in first
              if paragraphs[0].entities.get(t.i, ("", ""))[0] == "place"]
    abroad = any(p != home_id and ctx.places[p].contained_in != home_id
                 and (ctx.places[p].type != "Country" or t.head.lower_ in ("in", "to", "at"))
                 for t, p in places if p in ctx.places)
    for token in first:
        entity = paragraphs[0].entities.get(token.i)
        # (its subject; anyone else named bare in it, 'after talks with Prime Minister X', unless it is set abroad)
        subject = token.dep_ in ("nsubj", "nsubjpass") or token.head.dep_ in ("nsubj", "nsubjpass")
        if entity and entity[0] == "person" and (subject or not abroad):
            person = ctx.people[entity[1]]
            if person.title and not person.represents and not INTERNATIONAL_OFFICES.match(person.title):
                person.represents = home_id
    settle_receivers(ctx)


def settle_monarchs(ctx: Context) -> None:
    """'Crown Prince X' or 'King Y' with no country printed: of the one monarchy among the countries
    the story names that has that office ('the premier visited the kingdom, where she and Crown
    Prince X signed'); where several such monarchies are named, the one some other person in the
    story acts for, if only one (a monarchy named only in passing acts for nobody)."""
    acting = {ctx.places[p.represents].code or "" for p in ctx.people.values() if p.represents in ctx.places}
    named = {p.code or "" for p in ctx.places.values() if p.type == "Country"} | acting
    for person in ctx.people.values():
        if person.represents or not person.title or person.id in ctx.abroad:
            continue
        offices = {key(t) for t in [person.title, *person.other_titles]}
        realms = [code for code in sorted(named) if offices & _monarchies().get(code, set())]
        if len(realms) > 1:  # several such monarchies named: the one another person in the story acts for
            realms = [code for code in realms if code in acting]
        if len(realms) == 1 and (country := gazetteer().country_by_code(realms[0])) is not None:
            person.represents = ctx.country(country)


def _royal_abroad(person: Person, home_id: str, ctx: Context) -> bool:
    """'Crown Prince X' in a story from a republic's outlet: a royal office the home country does
    not have is another country's."""
    offices = {key(t) for t in [person.title or "", *person.other_titles]}
    royal = set().union(*_monarchies().values())
    home = ctx.places.get(home_id)
    return bool(offices & royal) and not offices & _monarchies().get((home.code if home else None) or "", set())


@lru_cache(maxsize=1)
def _monarchies() -> dict[str, set[str]]:
    return {row[0].strip(): {key(t) for t in row[1].split(",")}
            for row in data_rows("lexicons", "monarchies.tsv") if len(row) > 1}


RECEIVING_VERBS = {"receive", "welcome", "host", "greet"}


def settle_receivers(ctx: Context) -> None:
    """'TUNIS - ... X, of Ruritania, was received by President Y': in a story filed from a country,
    one with no country printed who receives a visitor acting for another country, with no place
    abroad named, acts for the country the story is filed from."""
    from .mentions import entity_in_phrase, subjects

    home = ctx.home_country() if ctx.page.dateline_place else None
    if home is None:
        return
    home_id = ctx.country(home)
    for parsed in ctx.blocks:
        for token in parsed.doc:
            if token.pos_ != "VERB" or token.lemma_.lower() not in RECEIVING_VERBS:
                continue
            hosts = [o for a in token.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            if hosts:  # 'was received by Y'
                guests = [c for c in token.children if c.dep_ == "nsubjpass"] or (
                    subjects(token.head) if token.dep_ == "conj" and token.head.i != token.i else [])
            else:  # 'Y received X'
                hosts = subjects(token)
                guests = [c for c in token.children if c.dep_ == "dobj"]
            found = [entity_in_phrase(parsed, g) for g in guests]
            if not any(g and g[0] == "person" and ctx.people[g[1]].represents not in (None, home_id) for g in found) \
                    and not any(_foreign_described(ctx, g, home_id) for g in guests):
                continue
            abroad = [parsed.entities[t.i][1] for t in token.sent if parsed.entities.get(t.i, ("", ""))[0] == "place"]
            if any(p != home_id and ctx.places[p].contained_in != home_id for p in abroad if p in ctx.places):
                continue
            for host in hosts:
                entity = entity_in_phrase(parsed, host)
                person = ctx.people[entity[1]] if entity and entity[0] == "person" else None
                if person and person.title and not person.represents and not _office_taken(ctx, person, home_id):
                    person.represents = home_id


def _foreign_described(ctx: Context, guest: Any, home_id: str) -> bool:
    """'the Beninese Head of State', 'the Chinese delegation': a guest described by another
    country's adjective."""
    from .mentions import phrase_tokens

    for token in phrase_tokens(guest):
        if token.i < guest.i and token.dep_ in ("amod", "compound") and token.text[:1].isupper():
            country = gazetteer().country_of_demonym(token.text)
            if country is not None and slug(country.name) != home_id:
                return True
    return False


def masthead_country(ctx: Context) -> Country | None:
    """The one country the page's masthead names: its lines above the headline that are no menu
    ('Republic of Iraq' over 'Ministry of Foreign Affairs', "The Bahamas' leading newspaper",
    'Dominica News Online')."""
    from .titles import country_names

    found: set[str] = set()
    for block in ctx.page.blocks:
        if block.kind != "furniture":
            break  # (the headline, a byline or the story: the masthead is above them)
        if "|" in block.text or ">" in block.text or len(block.text.split()) > 8:
            continue  # a menu, a breadcrumb
        # ('THE PRESIDENT OF LATVIA': a line in capitals names its country in capitals)
        text = block.text.title() if block.text.isupper() else block.text
        found |= {c.code for c in country_names(text)}
    return gazetteer().country_by_code(found.pop()) if len(found) == 1 else None


def settle_home_country(ctx: Context, publisher: str | None) -> None:
    """A government's own release ('Ministry of Foreign Affairs, Republic of Korea', 'U.S.
    Department of State') speaks of its own officials without naming their country."""
    org = ctx.organizations.get(publisher or "")
    if org is None or org.type != "GovernmentOrganization":
        return
    # "..., Republic of Korea" after a comma, or a leading "U.S."
    # (or the last 'of' of its name: 'Ministry of Foreign Affairs of the Kingdom of Thailand')
    parts = [p for name in [org.name, *org.alternate_names]
             for p in [*name.split(", "), name.split()[0], re.split(r"\s+of\s+(?:the\s+)?", name)[-1]]]
    home = next((c for c in map(ctx.country_of_text, parts) if c is not None), None)
    home = home or ctx.home_country()  # "Ministry of External Affairs" signed off "New Delhi"
    home = home or masthead_country(ctx)  # 'Republic of Iraq' printed over 'Ministry of Foreign Affairs'
    home = home or _domain_country(ctx.page.url)  # 'Office of the Prime Minister' at 'www.government.no'
    if home is None:
        return
    org.country = org.country or ctx.country(home)
    home_id = ctx.country(home)
    _settle_home_officials(ctx, home_id, lambda person: True)


# Country-code domains sold to anyone (a site there says nothing of its country)
OPEN_DOMAINS = {"io", "tv", "me", "co", "ai", "fm", "ly", "to", "ws", "cc", "la", "gg", "sh", "ac", "am", "nu", "tk"}


def _domain_country(url: str | None) -> Country | None:
    """The country of a government site's country-code domain ('https://www.government.no/...')."""
    match = re.match(r"^[a-z]+://[^/:?#]*\.([a-z]{2})(?:[:/?#]|$)", url or "", re.I)
    code = match.group(1).lower() if match else ""
    if not code or code in OPEN_DOMAINS:
        return None
    return gazetteer().country_by_code("GB" if code == "uk" else code.upper())


def _settle_home_officials(ctx: Context, home_id: str, acting: Callable[[Person], bool]) -> None:
    """The titled people with no country, in the order the story names them, act for the home
    country, except a second holder of an office already held there and one a home official
    invites ('sent an invitation to President X to attend'): a guest is of another country, the
    story's other one when it has one."""
    invited = _invitations(ctx)
    guests = []
    for person in (ctx.people[i] for i in _mention_order(ctx)):
        if not person.title or person.represents or not acting(person) or _office_taken(ctx, person, home_id) \
                or person.id in ctx.abroad or heads_international_body(person.title) \
                or _royal_abroad(person, home_id, ctx):
            continue  # (or printed as another country's: 'the Prime Minister of the Republic of Congo')
        if person.id in invited:
            guests.append(person)
        else:
            person.represents = home_id
    for person in guests:
        hosts = [ctx.people[h] for h in invited[person.id] if h in ctx.people]
        if all(h.represents == home_id for h in hosts):
            others = {p.represents for p in ctx.people.values() if p.represents} - {home_id}
            person.represents = others.pop() if len(others) == 1 else None
        elif any(h.represents not in (None, home_id) for h in hosts):
            person.represents = home_id  # (invited by another country's official: the home one)


INVITATION_VERBS = {"send", "extend", "issue", "deliver", "hand", "convey", "address", "renew", "transmit"}


def _invitations(ctx: Context) -> dict[str, list[str]]:
    """Who is invited by whom: 'X invited Y to ...', 'X sent/extended an invitation to Y', 'an
    invitation from X to Y' (person ids; the invited by the ids of those who invite)."""
    from .mentions import entity_in_phrase, subjects

    found: dict[str, list[str]] = {}

    def people(parsed: Any, tokens: list[Any]) -> list[str]:
        heads = [c for t in tokens for c in (t, *t.conjuncts)]
        return [e[1] for e in (entity_in_phrase(parsed, h) for h in heads) if e and e[0] == "person"]

    for parsed in ctx.blocks:
        if "invit" not in parsed.text.lower():
            continue
        for token in parsed.doc:
            if token.lemma_.lower() == "invite" and token.pos_ == "VERB":
                if any(c.dep_ == "agent" for c in token.children):  # 'Y was invited by X'
                    hosts = [o for a in token.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
                    guests = [c for c in token.children if c.dep_ == "nsubjpass"]
                else:
                    hosts, guests = subjects(token), [c for c in token.children if c.dep_ == "dobj"]
            elif token.lower_ in ("invitation", "invitations"):
                verb = token.head if token.dep_ == "dobj" and token.head.lemma_.lower() in INVITATION_VERBS else None
                preps = [*token.children, *(verb.children if verb is not None else [])]
                # ('an invitation to [President X to attend]': the parse may make the guest the subject of 'attend')
                guests = [o for p in preps if p.lower_ == "to" for c in p.children
                          for o in ([c] if c.dep_ == "pobj" else [s for s in c.children if s.dep_ == "nsubj"])] \
                    or [s for c in token.children if c.dep_ == "acl" for s in c.children if s.dep_ == "nsubj"]
                hosts = [o for p in preps if p.lower_ in ("from", "of") for o in p.children if o.dep_ == "pobj"] \
                    or (subjects(verb) if verb is not None else [])
            else:
                continue
            inviting = people(parsed, hosts)
            invited = people(parsed, guests)
            if token.lower_ in ("invitation", "invitations") and not (inviting and invited):
                inviting, invited = _invitation_in_order(parsed, token)
            for guest in invited:
                if guest not in inviting and inviting:
                    found.setdefault(guest, []).extend(inviting)
    return found


def _invitation_in_order(parsed: Any, token: Any) -> tuple[list[str], list[str]]:
    """'an invitation from [title], X, to President Y': the first person printed after 'from' invites
    the first printed after the 'to' that follows, read in order where the parse has lost the phrases."""
    host = guest = None
    seen_from = seen_to = False
    for t in token.doc[token.i + 1:token.sent.end]:
        entity = parsed.entities.get(t.i)
        if t.lower_ == "from" and host is None:
            seen_from = True
        elif t.lower_ == "to" and host is not None:
            seen_to = True
        elif entity and entity[0] == "person" and seen_from and host is None:
            host = entity[1]
        elif entity and entity[0] == "person" and seen_to and entity[1] != host:
            guest = entity[1]
            break
    return ([host], [guest]) if host and guest else ([], [])


# Offices a country has one holder of at a time: a second 'President' in a release is another country's.
SINGLE_OFFICES = re.compile(r"^(?:President|Prime Minister|Chancellor|Premier|King|Queen|Emir|Sultan|Emperor|"
                            r"Taoiseach|Foreign Minister|Minister of Foreign Affairs|Minister for Foreign Affairs|"
                            r"Foreign Secretary|Secretary of State|External Affairs Minister)$", re.I)


def _office_taken(ctx: Context, person: Person, country: str) -> bool:
    return bool(person.title and SINGLE_OFFICES.match(person.title)) and any(
        p.represents == country and (p.title or "").lower() == (person.title or "").lower()
        for p in ctx.people.values() if p is not person)


def _mention_order(ctx: Context) -> list[str]:
    """Person ids in the order the article first names them (then any never marked in the text)."""
    order: dict[str, None] = {}
    for parsed in ctx.blocks:
        for i in sorted(parsed.entities):
            kind, ident = parsed.entities[i]
            if kind == "person":
                order.setdefault(ident, None)
    return [*order, *(i for i in ctx.people if i not in order)]


def settle_bilateral(ctx: Context) -> None:
    """A story whose officials act for two countries: one of a call or meeting of two who hold the
    same office ('President A and President B spoke by phone'), the one with no country, acts for
    the other country."""
    countries = {p.represents for p in ctx.people.values() if p.represents}
    if len(countries) != 2:
        return
    for event in ctx.events:
        pair = [ctx.people[a] for a in event.attendees if a in ctx.people]
        if len(pair) != 2 or not pair[0].title or (pair[0].title or "").lower() != (pair[1].title or "").lower():
            continue
        known = [p for p in pair if p.represents]
        if len(known) == 1 and not INTERNATIONAL_OFFICES.match(pair[0].title or ""):
            other = next(p for p in pair if not p.represents)
            other.represents = next(c for c in countries if c != known[0].represents)
    settle_pairs(ctx)


OFFICE_WORDS = {"foreign", "defence", "defense", "trade", "finance", "interior", "prime", "president", "vice", "deputy"}


def _same_office(a: str | None, b: str | None) -> bool:
    """'Foreign Affairs Minister' and 'Minister of Foreign Affairs and Cooperation': one office."""
    if not a or not b:
        return False
    words_a, words_b = set(re.split(r"[\s-]+", a.lower())), set(re.split(r"[\s-]+", b.lower()))
    return a.lower() == b.lower() or (words_a & OFFICE_WORDS == words_b & OFFICE_WORDS != set()
                                      and bool(words_a & words_b & {"minister", "secretary", "president"}))


def settle_pairs(ctx: Context) -> None:
    """'signed by Foreign Minister A and Ruritania's Minister of Foreign Affairs, B': in a story of
    two countries, of two holders of one office named together, the one with no country acts for
    the other country."""
    from .mentions import entity_in_phrase

    countries = {p.represents for p in ctx.people.values() if p.represents}
    if len(countries) != 2:
        return
    for parsed in ctx.blocks:
        for token in parsed.doc:
            if token.dep_ != "conj" or token.head.i == token.i:
                continue
            pair = [entity_in_phrase(parsed, token.head), entity_in_phrase(parsed, token)]
            people = [ctx.people[e[1]] for e in pair if e and e[0] == "person"]
            if len(people) != 2 or people[0] is people[1] or not _same_office(people[0].title, people[1].title):
                continue
            known = [p for p in people if p.represents]
            if len(known) == 1 and not INTERNATIONAL_OFFICES.match(people[0].title or ""):
                other = next(p for p in people if not p.represents)
                other.represents = next(c for c in countries if c != known[0].represents)


def _visited_during(ctx: Context, event: Any) -> str | None:
    """'X will arrive in Port Moresby on Tuesday ... will hold talks with Prime Minister Y on
    Wednesday': a meeting with no place, dated within days of a visit one of its people makes,
    is held where that visit goes."""
    if event.type != "meeting" or not event.start:
        return None
    found = {v.location for v in ctx.events
             if v.type == "visit" and v.location and v.start and set(v.attendees) & set(event.attendees)
             and v.start[:10] <= event.start[:10] <= (v.end or _days_after(v.start, 4))[:10]}
    return found.pop() if len(found) == 1 else None


def _days_after(day: str, days: int) -> str:
    import datetime as dt

    try:
        return (dt.date.fromisoformat(day[:10]) + dt.timedelta(days=days)).isoformat()
    except ValueError:
        return day


def settle_hosts(ctx: Context) -> None:
    """'Brandvik went on to Strelsau for talks with Prime Minister X': at a meeting held in a
    country whose side no one yet speaks for, met by visitors who act for other countries, the one
    titled participant with no country is the host, of that country."""
    for event in ctx.events:
        location = event.location or _visited_during(ctx, event)
        if event.type not in ("meeting", "summit") or location not in ctx.places or event.super_event:
            continue  # (on the sidelines of a summit, the place says nothing of who hosts the talks)
        if event.type == "meeting" and any(e.type in ("summit", "conference") and e.location == event.location
                                           for e in ctx.events):
            continue
        place = ctx.places[location]
        country = location if place.type == "Country" else place.contained_in
        people = [ctx.people[a] for a in event.attendees if a in ctx.people]
        if country is None or any(p.represents == country for p in people):
            continue
        named = gazetteer().country_by_code(ctx.places[country].code or "") if country in ctx.places else None
        if event.type == "summit" and (named is None or not ctx._names_country(named)):
            continue  # (a summit in a city of a country the story never names: its host is not in the story)
        if not _visited(ctx, country):
            continue  # ('the two ministers last met in Georgetown, Guyana': both may have come from abroad)
        unknown = [p for p in people if not p.represents]
        if len(unknown) == 1 and unknown[0].title and len(unknown) < len(people) \
                and not INTERNATIONAL_OFFICES.match(unknown[0].title):
            unknown[0].represents = country
    settle_inviters(ctx)


def settle_inviters(ctx: Context) -> None:
    """'X will arrive in Ruritania's capital for a state visit at the invitation of King Y': the one
    at whose invitation a visit is made, with no country printed, acts for the country visited
    (when the visitors act for another)."""
    from .mentions import entity_in_phrase

    visits = {e.location: e for e in ctx.events if e.type == "visit" and e.location in ctx.places}
    for parsed in ctx.blocks:
        for token in parsed.doc:
            if token.lower_ != "invitation" or token.head.lower_ not in ("at", "upon", "on"):
                continue
            hosts = [c for p in token.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
                     for c in (o, *o.conjuncts)]
            named = [parsed.entities[t.i][1] for t in token.sent if parsed.entities.get(t.i, ("", ""))[0] == "place"]
            visited = {ctx.places[p].id if ctx.places[p].type == "Country" else ctx.places[p].contained_in
                       for p in named if p in visits}
            if len(visited) != 1:
                continue
            country = visited.pop()
            visit = next(visits[p] for p in named if p in visits)
            if country is None or any(ctx.people[a].represents in (None, country)
                                      for a in visit.attendees if a in ctx.people):
                continue
            for host in hosts:
                entity = entity_in_phrase(parsed, host)
                person = ctx.people[entity[1]] if entity and entity[0] == "person" else None
                if person and person.title and not person.represents \
                        and not INTERNATIONAL_OFFICES.match(person.title):
                    person.represents = country


def _visited(ctx: Context, country: str) -> bool:
    """A country the story has someone visit, or the one it is filed from: its hosts take part in
    the story's meetings there; at a meeting in any other country, everyone may be a guest."""
    home = ctx.home_country() if ctx.page.dateline_place else None
    if home is not None and slug(home.name) == country:
        return True
    for event in ctx.events:
        place = ctx.places.get(event.location or "")
        if event.type == "visit" and place is not None and country in (place.id, place.contained_in):
            return True
    return False


def settle_national_outlet(ctx: Context) -> None:
    """A national paper or agency with no dateline ('The Japan Times', 'Yonhap') speaks of its own
    country's officials without naming the country: a titled person still without a country, after
    every other rule, acts for the outlet's country when the story has them take part in its events
    (one only mentioned, 'the government of acting President X', may be anyone's)."""
    hint = ctx.page.publisher_hint
    home = gazetteer().outlet_country(hint) if hint else None
    if home is None and hint and key(hint) not in gazetteer().outlets:
        home = masthead_country(ctx)  # ('Dominica News Online', "The Bahamas' leading newspaper")
    dateline = ctx.page.dateline_place
    if home is None and hint and dateline:
        # ('YEREVAN, ... Armenian News Agency': an outlet named for its nation, filed from there)
        home = _outlet_nation(hint)
    if home is None:
        return
    if dateline and hint and key(dateline) in {key(w) for w in hint.split()}:
        dateline = None  # ('NVN – The two Prime Ministers ...' on 'NVN News': the outlet's name, no place)
    filed_at = ctx.home_country() if dateline else None
    if dateline and (filed_at is None or filed_at.code != home.code):
        return  # filed from abroad: the officials named bare may be the host country's
    # ('SEOUL (Yonhap) --': a national agency at home names its own officials bare, taking part or not)
    acting = {a for event in ctx.events for a in event.attendees} | _speakers(ctx)
    _settle_home_officials(ctx, ctx.country(home), lambda person: (
        (filed_at is not None or person.id in acting) and not INTERNATIONAL_OFFICES.match(person.title or "")))


NEWS_WORDS = {"news", "agency", "press", "daily", "times", "post", "herald", "broadcasting", "radio", "television"}


def _outlet_nation(name: str) -> Country | None:
    """The nation an outlet is named for ('Ruritanian News Agency', 'The Daily Ruritanian'): a
    nationality adjective among words of news."""
    words = re.findall(r"[\w'’-]+", name)
    if not {w.lower() for w in words} & NEWS_WORDS:
        return None
    found = {c.code for w in words if w[:1].isupper() and (c := gazetteer().country_of_demonym(w)) is not None}
    return gazetteer().country_by_code(found.pop()) if len(found) == 1 else None


def _speakers(ctx: Context) -> set[str]:
    """The people the story has speak ('X said', 'X, who said', 'Mr X told ...'): like those who
    take part in its events, they act in it."""
    from ..reference import data_rows as rows
    from .mentions import entity_in_phrase, subjects

    verbs = {row[0] for row in rows("lexicons", "speech_verbs.txt")}
    found: set[str] = set()
    for parsed in ctx.blocks:
        for token in parsed.doc:
            if token.pos_ != "VERB" or token.lemma_.lower() not in verbs:
                continue
            for subject in subjects(token):
                entity = entity_in_phrase(parsed, subject)
                if entity and entity[0] == "person":
                    found.add(entity[1])
    return found
