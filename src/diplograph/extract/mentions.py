"""Who a noun phrase refers to: a named person, organisation or country; a surname; "he";
"the minister"; "the two foreign ministers"; "his Russian counterpart"."""

from __future__ import annotations

import re
from typing import Any

from ..iris import slug
from ..reference import key
from .context import Context, Parsed

GROUP_HEADS = {"ministers", "leaders", "sides", "officials", "presidents", "counterparts", "diplomats",
               "secretaries", "heads", "envoys", "premiers"}
SINGLE_HEADS = {"minister", "secretary", "president", "chancellor", "premier", "ambassador", "envoy",
                "leader", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor"}
PHRASE_BOUNDARY = {"prep", "relcl", "acl", "ccomp", "advcl", "punct", "cc", "conj", "appos", "xcomp", "poss"}


def conjuncts(token: Any) -> list[Any]:
    return [token, *token.conjuncts]


def phrase_tokens(token: Any) -> list[Any]:
    """The tokens of the noun phrase headed by ``token``, not crossing into clauses or preps."""
    out = [token]
    stack = [c for c in token.children if c.dep_ not in PHRASE_BOUNDARY]
    while stack:
        child = stack.pop()
        out.append(child)
        stack.extend(c for c in child.children if c.dep_ not in PHRASE_BOUNDARY)
    return sorted(out, key=lambda t: t.i)


def entity_in_phrase(parsed: Parsed, token: Any) -> tuple[str, str] | None:
    """The entity a noun phrase names; its possessor ('Berg's adviser') is someone else."""
    if token.i in parsed.entities:
        return parsed.entities[token.i]
    # An apposition names the head: "his counterpart, Anna Weber", also after an 'of' phrase:
    # "the secretary-general of the United Nations, Ana Lopes".
    # ('the Minister of National Unity and Civic [Engagement], X': or on the last of a portfolio's words)
    heads = [token, *(c for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj" for c in (o, *o.conjuncts))]
    for head in heads:
        for child in head.children:
            # (the parse may hang that apposition as a conjunct of the 'of' phrase)
            if child.dep_ == "appos" or (child.dep_ == "conj" and head is not token
                                         and child.nbor(-1).text != "and" if child.i else False):
                for t in phrase_tokens(child):
                    if t.i in parsed.entities and parsed.entities[t.i][0] == "person":
                        return parsed.entities[t.i]
    for t in phrase_tokens(token):
        if t.i in parsed.entities:
            return parsed.entities[t.i]
    return _apposed_name(parsed, token)


def _apposed_name(parsed: Parsed, token: Any) -> tuple[str, str] | None:
    """'from the President of the Republic of Chile, H.E. Mr. Luis Rojas': a title, then a comma and
    a name the parser hung elsewhere (a release's long apposition); the name is the title's holder."""
    from ..reference import gazetteer

    # (the head of a title, also one printed in parts: 'the [secretary]-general of its foreign ministry, X')
    words = {w for t in gazetteer().titles for w in re.split(r"[\s-]+", t.lower())} - {"of", "the", "for", "and"}
    if token.lower_ not in words | {"minister"}:
        return None
    # ('the President of [the Republic, X]': the parse may make the name the object of 'of')
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            entity = parsed.entities.get(obj.i)
            start = obj.left_edge.i
            names = [t for t in token.doc[start:obj.i + 1] if t.i in parsed.entities]
            if entity and entity[0] == "person" and names and token.doc[names[0].i - 1].text == ",":
                return entity
    doc, after = token.doc, token.right_edge.i + 1
    if doc[after - 1].text == "," and after - 1 > token.i:
        after -= 1  # (the parse may hang the comma before the name on the title)
    if after >= len(doc) or doc[after].text != ",":
        return None
    for t in doc[after + 1:min(after + 5, len(doc))]:
        entity = parsed.entities.get(t.i)
        if entity is not None:
            return entity if entity[0] == "person" else None
        if t.pos_ != "PROPN":  # only honorifics ('H.E.', 'Mr.') may stand between
            return None
    return None


def agents(ctx: Context, parsed: Parsed, token: Any, *, people_only: bool = False) -> list[str]:
    """Entity ids (people, organisations, countries) a noun phrase and its conjuncts refer to."""
    found: list[str] = []
    for head in conjuncts(token):
        for ident in _agent(ctx, parsed, head, people_only):
            if ident not in found:
                found.append(ident)
    return found


def _agent(ctx: Context, parsed: Parsed, token: Any, people_only: bool) -> list[str]:
    entity = entity_in_phrase(parsed, token)
    if entity:
        kind, ident = entity
        if kind == "person":
            return [ident]
        if people_only:
            return []
        if kind == "organization":
            return [ident]
        if kind == "place":
            place = ctx.places[ident]
            if place.type == "Country":
                return [ident]
            return [place.contained_in] if place.contained_in else []  # 'Beijing says': the government
        return []
    lower = token.lower_
    if lower in ("he", "she", "him", "her"):
        referent = ctx.last_person("m" if lower in ("he", "him") else "f")
        return [referent] if referent else []
    words = {t.lower_ for t in phrase_tokens(token)}
    if lower in GROUP_HEADS and words & {"two", "both", "three"}:
        # "Okabe told the two ministers": the ones told are not the one telling
        teller = [a for s in subjects(token.head) for a in _agent(ctx, parsed, s, True)] \
            if token.dep_ in ("dobj", "dative") else []
        # ("X's press secretary said the two presidents would ...": X is named in the sentence, not yet remembered)
        named = [e[1] for t in token.doc[token.sent.start:token.i]
                 if (e := parsed.entities.get(t.i)) and e[0] == "person"]
        return group(ctx, token, exclude=teller, named=named)
    if lower in GROUP_HEADS and "the" in words and ctx.events:
        # "the leaders signed ...": the people of the event being told (the last one told with people:
        # not the consultations 'between the two ministries' told just before)
        latest = next((e for e in reversed(ctx.events) if any(a in ctx.people for a in e.attendees)), ctx.events[-1])
        return [a for a in latest.attendees if a in ctx.people]
    if lower in ("counterpart",):
        return counterpart(ctx, parsed, token)
    if lower == "counterparts":
        # "his Chinese and South Korean counterparts": one counterpart per country
        adjectives = [a for c in token.children if c.dep_ in ("amod", "compound") for a in [c, *c.conjuncts]]
        found = [p for a in adjectives
                 for p in _counterpart_of(ctx, ctx.country_of_text(a.doc[a.left_edge.i:a.i + 1].text))]
        return found if len(found) == len(adjectives) > 1 else []
    if lower in SINGLE_HEADS and words & {"the"}:
        # 'the chief adviser', 'the Federal President': first the one whose title has those words too
        # ('the prime minister' is not a Deputy Prime Minister)
        printed = _printed_title(ctx, token)
        if printed is not None:
            return [printed]
        modifiers = [c.lower_ for c in token.children if c.dep_ in ("amod", "compound") and c.i < token.i]
        phrase = " ".join([*modifiers, lower])
        for ident in reversed(ctx.recent_people) if modifiers else []:
            title = " ".join(re.findall(r"[\w-]+", (ctx.people[ident].title or "").lower()))
            if re.search(rf"(?<!deputy )(?<!vice )(?<!acting )(?<!assistant )(?<!former )\b{re.escape(phrase)}\b",
                         title):
                return [ident]
        # 'the Icelandic president': one of that country ('the Austrian president' is not the guest)
        nations = [c for c in token.children if c.dep_ == "amod" and c.i < token.i and c.ent_type_ == "NORP"]
        country = ctx.country_of_text(nations[0].text) if len(nations) == 1 else None
        nationals = [i for i in ctx.recent_people if country and ctx.people[i].represents == slug(country.name)]
        for ident in reversed(nationals or ctx.recent_people):
            title = (ctx.people[ident].title or "").lower()
            if country and ctx.people[ident].represents not in (None, slug(country.name)):
                continue
            if (lower in title and title_fits(title, token)) or (lower == "leader" and title):
                return [ident]
        # "Sir Alden Crowe has hosted ... The prime minister welcomed ...": the description is
        # the title of the last person named who has none yet.
        described = " ".join(t.text for t in phrase_tokens(token) if t.lower_ not in ("the", "'s", "’s"))
        untitled = next((i for i in reversed(ctx.recent_people) if not ctx.people[i].title), None)
        if untitled is not None and is_title(described):
            ctx.people[untitled].title = title_case(described)
            return [untitled]
    if not people_only and token.ent_type_ == "NORP":
        country = ctx.country_of_text(token.text)
        if country:
            return [ctx.country(country)]
    return []


RANKS = {"deputy", "vice", "acting", "assistant", "former", "junior"}


def _printed_title(ctx: Context, token: Any) -> str | None:
    """'The President of the Republic underlined ...' where two presidents are named: the one person
    whose title is that whole phrase, not the last one named with its head word."""
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return None
    doc = token.doc
    printed = key(" ".join(t.text for t in doc[token.left_edge.i:token.right_edge.i + 1]
                           if t.i != token.left_edge.i or t.lower_ != "the"))
    holders = [p.id for p in ctx.people.values() if p.title and key(p.title) == printed]
    return holders[0] if len(holders) == 1 else None


def title_fits(title: str, token: Any) -> bool:
    """Whether a person's title can be what 'the <office>' names: the words of office before it ('the
    prime minister', 'the foreign minister') are all in the title, and a deputy is named as one."""
    from ..reference import gazetteer

    office = {w for t in gazetteer().titles for w in re.split(r"[\s-]+", t.lower())} - {"of", "the", "for", "and"}
    words = set(re.findall(r"[\w]+", title.lower()))
    modifiers = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound") and c.i < token.i} & office
    return not modifiers or (modifiers <= words and not words & RANKS - modifiers)


def is_title(text: str) -> bool:
    from .titles import title_patterns

    return bool(title_patterns()["title_only"].match(text))


def title_case(text: str) -> str:
    from .people import title_case as case

    return case(text)


def group(ctx: Context, token: Any, exclude: list[str] | None = None, named: list[str] | None = None) -> list[str]:
    """'the two foreign ministers': the most recently named people that fit the description (``named``:
    those named before it in its own sentence, the most recent)."""
    if named:
        recent = ctx.recent_people
        ctx.recent_people = [*recent, *named]
        try:
            return group(ctx, token, exclude)
        finally:
            ctx.recent_people = recent
    size = 3 if any(t.lower_ == "three" for t in token.children) else 2
    title_words = {t.lower_ for t in token.children if t.dep_ in ("amod", "compound")}
    office = token.lower_[:-1]  # "the two presidents": two people titled President, when two are
    if office in SINGLE_HEADS - {"leader"}:
        titled = _group_of(ctx, size, title_words | {office}, exclude)
        if titled:
            return titled
    if office == "leader" and not title_words:  # "the two leaders": heads of state or government
        leading = _group_of(ctx, size, set(), exclude, leading=True) or _event_group(ctx, size, exclude, True)
        if leading:
            return leading
    return _group_of(ctx, size, title_words, exclude) or _event_group(ctx, size, exclude)


def _event_group(ctx: Context, size: int, exclude: list[str] | None, leading: bool = False) -> list[str]:
    """'The two leaders had spoken by phone in March' (one of them with no title printed), 'the two
    foreign ministers' (one titled otherwise): the people of the last event told with that many, (for
    leaders) one of them a head of state or government."""
    for event in reversed(ctx.events):
        people = [a for a in event.attendees if a in ctx.people and a not in (exclude or [])]
        if len(people) == size and (not leading or any(
                LEADING_TITLES.search((ctx.people[a].title or "").lower()) for a in people)):
            return sorted(people)
    return []


# Formal names of a prime minister's office ('the President of the Government of Spain'): 'the two
# prime ministers' includes its holder.
HEAD_OF_GOVERNMENT = {"president of the government": "prime minister",
                      "president of the council of ministers": "prime minister"}


# Titles of those 'the two leaders' are: heads of state or government, not their deputies
LEADING_TITLES = re.compile(r"\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|head of state"
                            r"|head of government|taoiseach)\b")


def _group_of(ctx: Context, size: int, title_words: set[str], exclude: list[str] | None,
              leading: bool = False) -> list[str]:
    """The ``size`` people last named whose titles hold all the ``title_words`` (or, ``leading``,
    who lead a state or government)."""
    chosen: list[str] = []
    for ident in reversed(ctx.recent_people):
        if ident in (exclude or []):
            continue
        title = (ctx.people[ident].title or "").lower()
        title = HEAD_OF_GOVERNMENT.get(title, title)
        if leading and (not LEADING_TITLES.search(title) or re.search(r"\b(?:vice|deputy)\b", title)):
            continue
        if title_words and not all(w in title for w in title_words if w not in ("two", "both")):
            continue
        if ident not in chosen:
            chosen.append(ident)
        if len(chosen) == size:
            break
    return sorted(chosen) if len(chosen) == size else []


def counterpart(ctx: Context, parsed: Parsed, token: Any) -> list[str]:
    """'his Russian counterpart' (unnamed here): the person of that country named elsewhere."""
    country = None
    for child in token.children:
        if child.dep_ in ("amod", "compound", "poss"):
            found = ctx.country_of_text(child.text)
            if found:
                country = ctx.country(found)
    return _counterpart_of(ctx, country)


def _counterpart_of(ctx: Context, found: Any) -> list[str]:
    """The one person of a country (a Country, or its id) named in the story who fits 'counterpart'."""
    country = found if isinstance(found, str) or found is None else ctx.country(found)
    if country is None:
        return []
    candidates = [p.id for p in ctx.people.values() if p.represents == country]
    if len(candidates) > 1:
        # "his Russian counterpart": the Russian who holds the same office as "his" referent.
        # (the last one named first; if no one of that country holds that office, the one named before:
        # 'X said after talks with his counterpart' just after a headline naming another office holder)
        refs = [ctx.people[i] for i in reversed(ctx.recent_people) if ctx.people[i].represents != country]
        same = [[c for c in candidates if ctx.people[c].title == ref.title] for ref in refs if ref.title]
        candidates = next((found for found in same if found), candidates if not same else [])
    return candidates[:1] if len(candidates) == 1 else []


def subjects(token: Any) -> list[Any]:
    """The subject tokens of the clause of a verb, inherited through xcomp, conj and advcl."""
    seen = 0
    verb = token
    while verb is not None and seen < 6:
        found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found:
            return found
        agent = [c for c in verb.children if c.dep_ == "agent"]
        if agent:
            return [c for a in agent for c in a.children if c.dep_ == "pobj"]
        # ("is due to visit": the subject of 'is', through the adjective)
        if verb.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acl", "relcl", "acomp") and verb.head.i != verb.i:
            if verb.dep_ == "relcl":
                return [verb.head]
            if verb.dep_ in ("acl",) and verb.head.pos_ in ("NOUN", "PROPN"):
                return [verb.head]
            verb = verb.head
            seen += 1
            continue
        break
    return []


def governing_verb(token: Any) -> Any | None:
    """The nearest verb above a token (the clause it belongs to)."""
    node = token
    for _ in range(8):
        if node.head.i == node.i:
            return node if node.pos_ in ("VERB", "AUX") else None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None
