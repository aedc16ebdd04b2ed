"""Events from verbs and nouns: "met", "held talks", "a meeting with", "will travel to",
"a four-day visit", "on the sidelines of a conference", "last met at the G20 gathering".
The same event mentioned in several sentences becomes one event."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Span

from ..dates import add_days, duration_days, month_of, resolve_date, resolve_range
from ..iris import slug
from ..model import Event
from ..reference import data_rows
from .attendance import companions, gathering_people, people_in
from .context import Context, Parsed
from .mentions import agents, governing_verb, subjects

# Verbs under which an event noun is not an event that happened or is planned:
# "restarting talks", "calls for a summit", "create conditions for peace talks".
HYPOTHETICAL = {"restart", "resume", "revive", "call", "urge", "seek", "create", "push", "promote", "support",
                "pave", "propose", "want", "hope", "demand", "reject", "oppose", "refuse", "avoid", "suggest",
                "need", "encourage"}
RECALLING = {"recall", "remember", "recollect", "evoke"}  # "recalled their meeting in X"
ENDING = {"end", "close", "conclude", "wrap", "finish"}
SAME_DAY = re.compile(r"(?:earlier |later )?(?:that|the same) (?:morning|afternoon|evening|day|night)")
LATER_SAME_DAY = re.compile(r"\b(?:(?:earlier|later) (?:that|the same|in the) (?:morning|afternoon|evening|day)"
                            r"|(?:on )?(?:that|the) same day|^in the (?:afternoon|evening))\b")
# "on Tuesday morning": a weekday with a time of day dates the event like the weekday alone
WEEKDAY_TIME = re.compile(r"(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                          r" (?:morning|afternoon|evening|night)")
# "this afternoon held a telephone conversation": a time of the day of publication
NEXT_DAY = re.compile(r"\b(?:the|on the) (?:following|next) day\b")
TODAY_TIME = re.compile(r"(?:earlier |later )?(?:this (?:morning|afternoon|evening)|tonight|today)")
ANNOUNCING = {"announce", "confirm", "report", "say", "disclose", "reveal", "unveil"}
INVITING = {"invite", "ask", "urge", "encourage"}
DECIDING = {"agree", "decide", "plan", "intend", "promise", "pledge", "vow", "resolve"}
FUTURE_GOVERNORS = {"invite", "plan", "expect", "schedule", "set", "due", "prepare", "intend", "agree"}
HOSTING = {"hold", "have", "host", "attend", "conclude", "begin", "end", "wrap", "open", "chair", "convene",
           "join", "start", "receive", "pay", "make",  # "paid a visit to", "made a call to"
           "co-chair", "co-host", "co-chaire", "co-hoste"}  # (the lemmatizer's 'co-hosted' and 'co-chaired')
# "on the final day of the visit", "on the second day of the summit": a day of an event told before
DAY_OF_EVENT = re.compile(r"\b(first|second|third|fourth|final|last|opening|closing) day of (?:the|his|her|their|"
                          r"this) (?:\w+ )?(visit|trip|tour|summit|conference|talks|meeting|forum)\b", re.IGNORECASE)
ORDINAL_DAYS = {"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3}
# Verbs whose object is a guest: "X receives Y for an official visit" (Y visits)
GUEST_VERBS = {"receive", "host", "welcome", "invite", "greet"}
CLAUSE_DEPS = {"ccomp", "advcl", "conj", "cc", "punct", "parataxis", "relcl", "mark"}
MINISTERIAL = {"ministers", "envoys", "diplomats", "officials", "secretaries"}
MEASURES = {"hour", "day", "week", "round", "minute", "session"}  # "after two rounds of talks"
GATHERING_NOUNS = {"summit", "gathering", "conference", "forum", "session", "meeting", "assembly"}
# What is received when no one is: "received copies of the credentials", "received a letter from X"
THINGS_RECEIVED = {"copy", "credential", "letter", "message", "award", "prize", "medal", "honour", "honor",
                   "degree", "invitation", "assurance", "briefing", "report", "support", "aid", "delivery",
                   "shipment", "dose", "loan", "grant", "approval", "request", "complaint", "note"}
# Plural nouns that tell one event: "held talks", "political consultations will take place"
PLURAL_EVENTS = {"talks", "consultations"}
# "between the two countries", "the energy ministers of the two countries": the story's two countries
# who meet unnamed ('foreign ministers of the bloc will meet in X in May'); a body's meeting is a conference
DELEGATE_BODIES = {"council", "assembly", "conference"}
UNNAMED_DELEGATES = {"minister", "official", "envoy", "diplomat", "delegate", "delegation", "expert",
                     "secretary", *DELEGATE_BODIES}
PAIR_NOUNS = {"countries", "nations", "sides", "governments", "ministries", "states", "parties"}
# A date a deadline or a span's start gives, not the event's day: "a single customs regime by 2027"
NOT_THE_DAY = {"by", "until", "till", "since"}
# Bodies two governments keep together, whose sittings are meetings of the two: "the Joint Commission
# will be held in X", "to convene the Binational Cabinet", "a joint defence commission is to meet"
JOINT_BODIES = {"commission", "committee", "cabinet"}
JOINT_WORDS = {"joint", "binational", "bilateral", "mixed", "intergovernmental", "inter-governmental"}


@lru_cache(maxsize=1)
def triggers() -> dict[tuple[str, str], str]:
    return {(row[0], row[1]): row[2] for row in data_rows("lexicons", "events.tsv")}


def trigger_type(token: Any) -> str | None:
    """The type of event a word reports, if it reports one."""
    if _due_in(token):
        return "visit"
    if token.pos_ == "VERB":
        return _verb_trigger(token)
    if token.pos_ in ("NOUN", "PROPN"):
        return _noun_trigger(token)
    return None


def _due_in(token: Any) -> bool:
    """'X is due in Victoria tomorrow', 'X is expected in Paris on Monday': a person's arrival in a place
    (not 'is expected to attend', 'is due in court')."""
    if token.lower_ not in ("due", "expected") or token.pos_ not in ("ADJ", "VERB") or any(
            c.dep_ == "xcomp" for c in token.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in (*token.children, *token.head.children)):
        return False
    return any(p.dep_ == "prep" and p.lower_ in ("in", "at") and any(
        o.dep_ == "pobj" and o.ent_type_ == "GPE" for o in p.children) for p in token.children)


def _verb_trigger(token: Any) -> str | None:
    table = triggers()
    lemma = token.lemma_.lower()
    kind = table.get(("verb", lemma))
    if kind is None and lemma in ("speak", "talk") and any(  # ('had spoken by phone': 'by' may parse as an agent)
            c.dep_ in ("prep", "agent") and c.lower_ in ("by", "over", "on") and any(
                g.lower_ in ("phone", "telephone", "video") for g in c.children) for c in token.children):
        return "phone_call"
    if kind is None and lemma == "speak" and any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children) \
            and not any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in token.children):
        return "phone_call"  # a readout's "Today, the Prime Minister spoke with President X"
    if kind is None and lemma == "sit" and any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children) \
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
        return "meeting"  # "sat down on Thursday with his counterpart"
    if kind is None and lemma == "call" and _calls_on_someone(token):
        return "meeting"  # "will call on Prime Minister X" (not "called on X to ...")
    if kind is None and lemma == "welcome" and _welcomes_someone(token):
        return "meeting"  # "where he will be welcomed by the Governor-General, Sir X" (not "welcomed the deal")
    if kind is None and lemma == "lead" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("delegation", "mission")
                                                for c in token.children):
        return "visit"  # "will lead a business delegation to Helsinki"
    if kind == "meeting" and lemma == "meet" and _leaders_gather(token):
        return "summit"  # "the leaders of the three countries last met in Seoul": a summit
    if kind == "meeting" and lemma == "host" and (any(
            c.dep_ == "dobj" and c.lower_ in GATHERING_NOUNS for c in token.children)
            or (token.dep_ in ("acl", "relcl") and _of_a_gathering(token.head))):
        return None  # "will host the summit", "a summit hosted by X": the summit is the event
    if kind == "meeting" and lemma == "receive" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in THINGS_RECEIVED for c in token.children):
        return None  # "received copies of the credentials", "received a letter": no one met
    if kind == "meeting" and lemma == "receive" and any(
            c.dep_ == "dobj" and trigger_type(c) == "phone_call" for c in token.children):
        return None  # "received a telephone call from X": the call is the event, not a meeting
    return kind


def _noun_trigger(token: Any) -> str | None:
    table = triggers()
    lemma = token.lemma_.lower()
    kind = table.get(("noun", token.lower_)) or table.get(("noun", lemma))
    if kind is None and lemma == "session" and (_of_commission(token) or _commission_holds(token) is not None):
        return "meeting"  # "the next session of the joint commission will take place in X in July"
    if kind is None and _joint_body(token) and (
            (token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in ("convene", "hold", "reconvene"))
            or (token.dep_ == "nsubj" and token.head.lemma_.lower() in ("convene", "sit", "reconvene"))):
        return "meeting"  # "will convene the Joint Committee in X", "the Binational Cabinet will be held in Y"
    if kind == "meeting":
        return _meeting_noun(token)
    if kind == "phone_call" and token.lower_ in ("call", "calls") and any(
            c.dep_ in ("compound", "amod") and c.lower_ == "courtesy" for c in token.children):
        return "meeting"  # "paid a courtesy call on the President": a visit in person
    if kind == "phone_call" and token.lower_ in ("call", "calls", "conversation"):
        compounds = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod")}
        has_with = any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
        if not compounds & {"phone", "telephone", "video", "telephonic"} and not has_with:
            return None
    if kind == "phone_call" and token.lower_ == "phone":
        return "phone_call" if _over_the_phone_with(token) else None
    if kind == "conference" and any(c.lower_ in ("press", "news") for c in token.children):
        return None  # a press conference is where words are said, not a diplomatic gathering
    return kind


def _over_the_phone_with(token: Any) -> bool:
    """'discussed X over the phone with Y', 'agreed by phone with Y to ...': a verb of its own told
    over the phone, with someone (not 'told AFP by phone', an interview)."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("over", "by", "via", "on"):
        return False
    verb = governing_verb(token)
    if verb is None or verb.pos_ != "VERB" or trigger_type(verb) is not None:
        return False  # ("spoke by phone": the verb tells the call)
    return bool(_withs_in_clause(verb))


def _withs_in_clause(verb: Any) -> list[Any]:
    """The 'with' phrases of a verb's clause, wherever the parse hung them ('discussed the anniversary
    of the genocide over the phone with X': on 'genocide'), not those of a clause under it."""
    found = []
    for t in verb.subtree:
        if t.dep_ != "prep" or t.lower_ != "with":
            continue
        node = t.head
        while node != verb and node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
            node = node.head
        if node == verb:
            found.append(t)
    return found


def _joint_body(token: Any) -> bool:
    """'the Joint Commission', 'a joint defence commission', 'the Binational Cabinet': a body of two governments."""
    return token.lemma_.lower() in JOINT_BODIES and token.pos_ in ("NOUN", "PROPN") and any(
        t.lower_ in JOINT_WORDS for c in token.children if c.dep_ in ("amod", "compound") for t in c.subtree)


def _of_commission(token: Any) -> bool:
    """'a session of the Utopia-Ruritania intergovernmental commission': two governments' own body."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and o.dep_ == "pobj" and o.lemma_.lower() == "commission"
               for p in token.children for o in p.children)


def _commission_holds(token: Any) -> Any | None:
    """'The Utopia-Ruritania Joint Commission ... will hold its next session in X': the commission
    whose session the noun is, as the subject of the verb that holds it."""
    if token.dep_ != "dobj" or token.head.lemma_.lower() not in ("hold", "convene", "have"):
        return None
    return next((s for s in token.head.children if s.dep_ in ("nsubj", "nsubjpass")
                 and s.lemma_.lower() == "commission"), None)


def commission_countries(ctx: Context, token: Any) -> list[str]:
    """'a session of the Utopian-Ruritanian joint commission': the two countries already in the story
    whose names or adjectives join the commission's name with a hyphen (or a dash)."""
    body = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() == "commission"), None)
    body = body if body is not None else _commission_holds(token)
    body = body if body is not None or not _joint_body(token) else token  # "the Utopian-Ruritanian Joint Committee"
    if body is None:
        return []
    pieces = re.split(r"\s*[-\u2013\u2014]\s*", body.doc[body.left_edge.i:body.i].text)
    if len(pieces) != 2:
        return []
    first, second = pieces[0].split(), pieces[1].split()
    found = [_country_among(ctx, [first[i:] for i in range(len(first))]),
             _country_among(ctx, [second[:i] for i in range(len(second), 0, -1)])]
    return [c for c in found if c] if all(found) and found[0] != found[1] else []


def _country_among(ctx: Context, candidates: list[list[str]]) -> str | None:
    """The first run of words naming a country the story already holds."""
    for words in candidates:
        country = ctx.country_of_text(" ".join(words)) if words else None
        if country is not None:
            return slug(country.name) if slug(country.name) in ctx.places else None
    return None


def _meeting_noun(token: Any) -> str:
    """A meeting noun may tell a gathering ('the G20 Foreign Ministers' Meeting', 'a meeting of Gulf
    foreign ministers') or a call ('phone talks')."""
    if token.text[:1].isupper() and token.i > token.sent.start and any(
            c.dep_ in ("compound", "poss", "nmod") and c.text[:1].isupper() for c in token.children) \
            and not any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children) \
            and not (token.dep_ == "dobj" and any(c.dep_ == "prep" and c.lower_ == "with"
                                                  for c in token.head.children)):
        # ("held a Foreign Ministers' Meeting with X": a meeting of two, however capitalised)
        if any(c.lower_ in ("leaders", "leaders'") or c.lower_.startswith("leader") for c in token.subtree) \
                or "heads" in _name_words_before(token):
            return "summit"  # "the APEC Leaders' Meeting": heads of government gather
        return "conference"  # a named gathering: "the G20 Foreign Ministers' Meeting"
    if token.lower_ == "meeting" and any(
            c.dep_ == "amod" and c.lower_ == "ministerial" for c in token.children) and any(
            c.dep_ in ("compound", "nmod") and c.ent_type_ in ("ORG", "EVENT") for c in token.children):
        return "conference"  # "the APEC ministerial meeting" (a "three-way ministerial meeting" is a meeting)
    if token.lower_ in ("talks", "conversation", "conversations") and any(
            c.dep_ in ("compound", "amod") and c.lower_ in ("phone", "telephone", "telephonic")
            for c in token.children):
        return "phone_call"  # "held phone talks with X"
    if token.lower_ == "meeting" and any(
            p.dep_ == "prep" and p.lower_ == "of" and o.dep_ == "pobj" and o.lower_ in MINISTERIAL
            for p in token.children for o in p.children):
        return "conference"  # "a meeting of Gulf foreign ministers": a ministerial gathering
    if token.lower_ == "meeting" and any(
            p.dep_ == "prep" and p.lower_ == "of" and o.dep_ == "pobj" and o.lower_ in ("heads", "leaders")
            and not any(t.lower_ in ("two", "both") for t in o.subtree) for p in token.children for o in p.children):
        return "summit"  # "the regular meeting of CARICOM heads of government"
    members = _members_of_body(token)
    if token.lower_ == "meeting" and members is not None:
        # "the meeting of the SCO Council of Heads of State", "... of the SCO Council of Foreign Ministers"
        return "summit" if members.lower_ in ("heads", "leaders") else "conference"
    return "meeting"


def _name_words_before(token: Any) -> set[str]:
    """The words of the capitalised name a word ends ('the Commonwealth Heads of Government Meeting',
    which the parse may hang under 'Heads ... of')."""
    words: set[str] = set()
    i = token.i - 1
    while i >= token.sent.start and (token.doc[i].text[:1].isupper() or token.doc[i].lower_ in ("of", "and")):
        words.add(token.doc[i].lower_)
        i -= 1
    return words


def _members_of_body(token: Any) -> Any | None:
    """'the meeting of the SCO Council of Foreign Ministers': the members of the named body a gathering is
    of, when they are heads of state or government or ministers of a portfolio (not a cabinet's bare
    'Council of Ministers')."""
    for body in (o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and o.pos_ == "PROPN"):
        for members in (o for p in body.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                        if o.dep_ == "pobj"):
            if members.lower_ in ("heads", "leaders") or (members.lower_ in MINISTERIAL and any(
                    c.dep_ in ("amod", "compound") for c in members.children)):
                return members
    return None


def _leaders_gather(verb: Any) -> bool:
    """'Leaders met', 'the leaders of the bloc met': heads of government, unnamed and uncounted."""
    if any(p.dep_ == "prep" and p.lower_ in ("for", "at") and any(o.lower_ in GATHERING_NOUNS for o in p.children)
           for p in verb.children) or any(c.dep_ == "dobj" for c in verb.children):
        return False  # "leaders met for their annual summit": told by its noun ("met the demands": no gathering)
    return any(c.dep_ == "nsubj" and c.lower_ in ("leaders", "heads") and c.pos_ == "NOUN"
               and not any(t.lower_ in ("two", "both") or t.ent_type_ == "PERSON" for t in c.subtree)
               for c in verb.children)


def _holding_clauses(noun: Any) -> list[Any]:
    """'the talks he held on that day with X': a relative clause of holding the event noun."""
    return [c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in HOSTING
            and not any(o.dep_ == "dobj" for o in c.children)]


def _in_conjoined_clause(token: Any, verb: Any) -> bool:
    """A word under a verb conjoined to ``verb`` ('arrived in X and co-chaired the meeting with Y')."""
    node = token
    while node != verb and node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX") and node.dep_ == "conj" and node.head == verb:
            return True
        node = node.head
    return False


def _of_a_gathering(noun: Any) -> bool:
    """A gathering noun, or the body a gathering is of ('a meeting of the X Authority hosted by Y')."""
    if noun.lower_ in GATHERING_NOUNS:
        return True
    return noun.dep_ == "pobj" and noun.pos_ == "PROPN" and noun.head.lower_ == "of" \
        and noun.head.head.lower_ in GATHERING_NOUNS


def _welcomes_someone(token: Any) -> bool:
    """'X welcomed President Y', 'he was welcomed by X': a person welcomes a person."""
    def person(node: Any) -> bool:
        return node.lower_ in ("he", "she") or any(t.ent_type_ == "PERSON" for t in node.subtree)
    if any(c.dep_ == "dobj" and person(c) for c in token.children):
        return True
    return any(c.dep_ == "nsubjpass" and person(c) for c in token.children) and any(
        c.dep_ == "agent" and any(person(o) for o in c.children) for c in token.children)


def _calls_on_someone(token: Any) -> bool:
    """'will call on Prime Minister X on June 20': a courtesy visit to a named person; not 'called
    on X to stop' (an appeal)."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "on" or any(
            c.dep_ in ("xcomp", "ccomp") for c in token.children):
        return False
    for t in doc[token.i + 2:min(token.i + 8, token.sent.end)]:
        if t.ent_type_ == "PERSON":
            return True
        if t.pos_ in ("VERB", "AUX", "PART") or (t.is_punct and t.text != "-"):
            return False
    return False


def is_hypothetical(token: Any) -> bool:
    """'restarting talks', 'called for a summit': an event wished for, not one that is held.
    ('called for a ceasefire at their summit' is held: the summit is where, not what.)"""
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in HYPOTHETICAL for c in token.children):
        return True
    node = token
    for _ in range(3):
        if node.head.i == node.i:
            return False
        if node.dep_ in ("pobj", "pcomp") and node.head.lower_ in ("toward", "towards"):
            return True  # "work toward holding a summit", "steps towards talks"
        if node.dep_ == "pobj" and (node.head.lower_ in ("at", "in", "on", "during", "after", "before", "as")
                                    or node.head.dep_ == "agent"):
            return False  # ("momentum created by the talks": the talks were held)
        node = node.head
        if node.pos_ == "VERB":
            if node.dep_ == "pcomp" and node.head.lower_ in ("toward", "towards"):
                return True  # "work toward holding a summit"
            return node.lemma_.lower() in HYPOTHETICAL
    return False


def is_future(token: Any) -> bool:
    if token.lower_ == "due" and token.pos_ == "ADJ":
        return True  # "is due in X tomorrow"
    verb = token if token.pos_ in ("VERB", "AUX") else governing_verb(token)
    if verb is not None and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB" \
            and is_future(verb.head.head):
        return True  # "is due to meet X, before travelling to Y"
    if verb is not None and ((verb.lemma_ == "be" and verb.pos_ == "AUX")
                             or (verb.dep_ == "xcomp" and verb.head.lemma_ == "be")) \
            and any(x.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
                    for x in ([verb] if verb.dep_ == "xcomp" else verb.children)):
        return True  # "a joint commission is to meet in X in July": what is arranged
    if verb is not None and verb.dep_ == "acl" and verb.head.lemma_.lower() in ("invitation", "plan", "offer"):
        return True  # "accepted the invitation to make a visit in March"
    # "agreed on Wednesday to set up X, during Y's visit", "have agreed to keep X open, after talks": the
    # event is the time of the agreeing, not planned
    during = token.dep_ == "pobj" and token.head.lower_ in ("during", "amid", "after", "following")
    for node in [verb, *list(verb.ancestors)[:2]] if verb is not None else []:
        if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in node.children):
            return True
        if during:
            continue
        # "plans a visit", "the summit is scheduled", "agreed to meet"; not "agreed on the first day of a summit"
        if node.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in node.children):
            return True  # "looking forward to meeting X in June"
        if node.lemma_.lower() in FUTURE_GOVERNORS and (
                node is not verb or token is verb or token.dep_ in ("nsubj", "nsubjpass", "dobj")
                or (token.head.head == verb and token.head.lower_ in ("for", "to"))):
            return True
    phrase = " ".join(t.lower_ for t in token.subtree)
    context = token.doc[max(0, token.i - 3):token.i].text.lower()
    return "ahead of" in context or "upcoming" in phrase or "next" in phrase.split()


def date_phrases(parsed: Parsed, anchor: Any) -> list[Any]:
    """DATE entities that modify ``anchor`` (a trigger or its clause's verb), nearest first."""
    found = []
    for ent in map(_date_before_comma, parsed.ents):
        if ent.label_ not in ("DATE", "TIME") or ent.sent != anchor.sent or duration_days(ent.text):
            continue
        if ent.label_ == "TIME" and not any(p.fullmatch(ent.text.lower()) for p in (SAME_DAY, WEEKDAY_TIME,
                                                                                   TODAY_TIME)):
            continue
        if parsed.in_quote(ent.start_char):
            continue  # a date inside someone's words dates what they speak of, not the report
        if ent.start > 0 and ent.doc[ent.start - 1].lower_ in NOT_THE_DAY:
            continue  # "committing to a customs regime by 2027", "has not met since 2019"
        node = ent.root
        for _ in range(6):
            if node == anchor:
                found.append(ent)
                break
            if node.head.i == node.i or (node.pos_ in ("VERB", "AUX") and node != ent.root
                                     and node.lower_ not in GATHERING_NOUNS and node.dep_ != "xcomp"):
                break  # ("the summit is expected to bring leaders together from X to Y": through 'to')
            node = node.head
    return sorted(found, key=lambda e: abs(e.root.i - anchor.i))


def _date_before_comma(ent: Any) -> Any:
    """'on Oct. 30, two days after the storm': the recogniser's one DATE holds a day and a span
    after a comma; the day is the part before it."""
    comma = next((t.i for t in ent if t.text == ","), None)
    if ent.label_ != "DATE" or comma is None or comma == ent.start or not duration_days(ent.text):
        return ent
    return Span(ent.doc, ent.start, comma, label=ent.label_)


def clause_anchors(token: Any) -> list[Any]:
    """A trigger and the verbs above it whose dates are its own ('pledged on Monday ..., during
    talks'), up to reported speech or a clause told as later ('and then flew')."""
    anchors = [token]
    node = token
    while node.head.i != node.i and len(anchors) < 4:
        if node.dep_ in ("ccomp", "parataxis"):
            break  # 'said on Friday that X would travel': Friday dates the saying, not the travel
        if node is token and token.pos_ != "VERB" and token.dep_ in ("nsubj", "nsubjpass", "dobj") \
                and token.head.lemma_.lower() in ANNOUNCING:
            break  # 'the visit was announced on Thursday': Thursday dates the announcing
        if node.dep_ == "conj" and any(c.dep_ == "advmod" and c.lower_ in ("then", "later", "afterwards")
                                       for c in node.children):
            break  # 'met X on Tuesday and then flew to Y': the flight is another day
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in DECIDING | INVITING and (token.pos_ == "VERB"
                                                                            or token.dep_ == "dobj"):
            break  # 'agreed on Saturday to hold talks' dates the agreeing ('pledged ..., during talks' does not)
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            anchors.append(node)
    return anchors


def resolve_in_clause(ctx: Context, parsed: Parsed, token: Any, future: bool) -> str | None:
    """The date a clause gives its event: on the word itself, else on the verbs above it
    ('pledged on Monday ..., during talks in Nairobi'), nearest first. A gathering in the
    present tense is to come ('the summit, which opens on June 13')."""
    if _present(token) and parsed.block.kind == "paragraph":
        future = True
    anchors = clause_anchors(token)
    node = anchors[-1]
    present = token.tag_ in ("VBZ", "VBP")
    for anchor in anchors:
        for ent in date_phrases(parsed, anchor):
            resolved = _resolve(ent.text, ctx.published, future, present)
            if resolved:
                return resolved
            if SAME_DAY.fullmatch(ent.text.lower()) and node.dep_ in ("ccomp", "parataxis"):
                # "X said on Wednesday that Y had spoken that morning": the day of the saying
                for said in date_phrases(parsed, node.head):
                    resolved = resolve_date(said.text, ctx.published)
                    if resolved:
                        return resolved
    return None


def _present(verb: Any) -> bool:
    """'the summit opens on Monday', 'which X is co-hosting from 9 June': told in the present."""
    return verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children))


def _resolve(text: str, published: str | None, future: bool, present: bool) -> str | None:
    """A date as a clause's tense reads it: in the present tense ('the summit ends on Friday' in a
    Friday paper) the day named may be today."""
    if present and published and resolve_date(text, published) == published:
        return published
    return resolve_date(text, published, future=future)


def places_under(parsed: Parsed, token: Any, preps: tuple[str, ...], depth: int = 1) -> list[str]:
    """Places in the prepositional phrases of a word ('met ... in Washington'), also those hung
    under its objects ('met with X in Washington') when ``depth`` allows."""
    found = []
    # "travel on to Amman": the 'to' hangs under the particle
    for particle in (c for c in token.children if c.lower_ in ("on", "onward", "onwards", "back")
                     and c.dep_ in ("prep", "prt", "advmod")):
        found.extend(places_under(parsed, particle, preps))
    if depth > 1:
        for child in token.children:
            for obj in child.children if child.dep_ == "prep" else [child] if child.dep_ == "dobj" else []:
                if obj.dep_ in ("pobj", "dobj") and obj.lower_ not in GATHERING_NOUNS:
                    # ("the summit of the X Process, XP, in Tirana": the place may hang on the apposition)
                    for named in [obj, *(c for c in obj.children if c.dep_ == "appos")]:
                        found.extend(places_under(parsed, named, preps, depth - 1))
    # ("in Astana and in Vientiane": the second 'in' is a conjunct of the first)
    for child in (p for c in token.children if c.dep_ == "prep" and c.lower_ in preps
                  for p in [c, *c.conjuncts] if p.lower_ in preps):
        for obj in child.children:
            if obj.dep_ == "pobj":
                for t in [obj, *obj.conjuncts]:
                    entity = parsed.entities.get(t.i)
                    if entity and entity[0] == "place":
                        found.append(entity[1])
                    else:  # "in the Russian city of Kazan"
                        for sub in t.subtree:
                            e = parsed.entities.get(sub.i)
                            if e and e[0] == "place" and _names_the_place(sub, t):
                                found.append(e[1])
                                break
    return found


def _within_phrase(clause: Any, noun: Any) -> bool:
    """A relative clause that describes the noun, hung on it or on its 'of' phrase
    ('a summit of the BRICS group of emerging economies that opens today')."""
    node = clause.head
    for _ in range(6):
        if node == noun:
            return True
        if node.dep_ not in ("pobj", "prep", "compound", "appos") or node.pos_ == "VERB":
            return False
        if node.dep_ == "prep" and node.lower_ in ("before", "after", "ahead", "since", "until"):
            return False  # "talks ..., three days before the conference, which X hosts in Nice": not the talks'
        node = node.head
    return False


def _names_the_place(sub: Any, phrase: Any) -> bool:
    """A place inside a phrase that the phrase is ('the city of Kazan', 'New Delhi'), not one
    it mentions in passing ('talks with the leader of Laos')."""
    node = sub
    for _ in range(4):
        if node == phrase:
            return True
        if node.dep_ not in ("pobj", "compound", "appos") and not (node.dep_ == "prep" and node.lower_ == "of"):
            return False
        node = node.head
    return False


def with_agents(ctx: Context, parsed: Parsed, token: Any, preps: tuple[str, ...] = ("with", "between", "by", "among")
                ) -> list[str]:
    """Who an event or document is 'with' (or 'between', 'by'); a clause after 'with' counts by its
    subject ('with Polish leader Radek Nowak calling for ...')."""
    found: list[str] = []
    # ("talks with X and with Y": the second 'with' is a conjunct of the first)
    # ("hold talks with X and with Y" may hang the second 'with' on the verb, as its conjunct)
    for child in (p for c in token.children if (c.dep_ == "prep" or (c.dep_ == "conj" and c.pos_ == "ADP"))
                  and c.lower_ in preps for p in [c, *c.conjuncts] if p.lower_ in preps):
        for obj in child.children:
            if obj.dep_ == "pobj":
                found.extend(a for a in (agents(ctx, parsed, obj) or people_in(ctx, parsed, obj)) if a not in found)
                # "with his U.S. and Chinese counterparts, A and B": every name of the apposition
                for named in (c for c in obj.children if c.dep_ == "appos"):
                    found.extend(a for a in agents(ctx, parsed, named) if a not in found)
            elif obj.dep_ == "pcomp":
                for subject in (c for c in obj.children if c.dep_ in ("nsubj", "nsubjpass")):
                    found.extend(agents(ctx, parsed, subject))
    return found


def subject_people(ctx: Context, parsed: Parsed, verb: Any) -> list[str]:
    """The people who are the subject of a verb. 'who' is the noun its clause describes ('X, who
    arrived on Thursday'); 'he' or 'she' in a clause under another is that clause's subject when it
    is a person ('X travelled to Y, where he met Z')."""
    found: list[str] = []
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in INVITING:  # "X invited Y to visit Z": Y visits
        invited = [a for c in verb.head.children if c.dep_ == "dobj" for a in agents(ctx, parsed, c, people_only=True)]
        if invited:
            return invited
    if verb.dep_ == "acl" and verb.head.lemma_.lower() == "invitation" and verb.head.dep_ == "dobj" \
            and verb.head.head.lemma_.lower() == "accept":
        return subject_people(ctx, parsed, verb.head.head)  # "X accepted Y's invitation to make a visit"
    if not subjects(verb) and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
        return subject_people(ctx, parsed, verb.head.head)  # "met X, before travelling to Y": X's subject travels
    for subject in subjects(verb):
        if subject.lower_ in ("who", "that") and subject.head.dep_ == "relcl" and subject.head.head.pos_ in (
                "PROPN", "NOUN"):
            subject = subject.head.head
        elif subject.lower_ in ("he", "she"):
            above = _person_above(ctx, parsed, subject)
            if above is not None:
                found.append(above)
                continue
        named = people_in(ctx, parsed, subject)
        if not named and subject.lemma_.lower() in ("delegation", "mission", "team"):
            # "a delegation led by the deputy minister, X, will arrive": its head travels
            named = [p for lead in subject.children if lead.dep_ == "acl" and lead.lemma_.lower() in ("lead", "head")
                     for by in lead.children if by.dep_ == "agent"
                     for o in by.children if o.dep_ == "pobj" for p in people_in(ctx, parsed, o)]
        found.extend(named)
    return found


def _person_above(ctx: Context, parsed: Parsed, pronoun: Any) -> str | None:
    """The one person who is the subject of a verb above a pronoun's clause, in the same sentence."""
    gender = "m" if pronoun.lower_ == "he" else "f"
    for node in pronoun.head.ancestors:
        if node.pos_ not in ("VERB", "AUX"):
            continue
        people = [a for s in subjects(node) if s.lower_ not in ("he", "she", "who", "that")
                  for a in agents(ctx, parsed, s, people_only=True)]
        if len(people) == 1 and ctx.person_gender.get(people[0]) in (None, gender):
            return people[0]
        if people:
            return None
    return None


def where_place(parsed: Parsed, verb: Any) -> list[str]:
    """'travelled to Astana, where he met ...': the place a 'where' clause describes."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return []
    entity = parsed.entities.get(verb.head.i)
    return [entity[1]] if entity and entity[0] == "place" else []


@dataclass
class Reading:
    """What the words around one trigger say of its event, gathered before it is built."""
    attendees: list[str] = field(default_factory=list)
    location: list[str] = field(default_factory=list)
    start: str | None = None  # from a trip or a relative clause, when the clause gives no date
    end: str | None = None
    future: bool = False
    described: bool = False  # start is the date of a clause describing the noun ('which X will host in May')


def _a_noun_event(token: Any) -> bool:
    """'restarting talks', 'ASEAN summits', 'peace talks': nouns that name no event held or planned."""
    if is_hypothetical(token):
        return False
    if token.tag_ in ("NNS", "NNPS") and token.lower_ not in PLURAL_EVENTS:
        return False  # 'ASEAN summits', 'meetings': many events spoken of in general
    return not any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ == "peace" for c in token.children)


class EventFinder:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.mentions: list[tuple[Parsed, Any, Event]] = []  # (block, trigger token, event)
        self.durations: dict[str, int] = {}  # event id -> length in days ("a four-day visit")
        # event id -> the event of the clause it hangs under ("met X before holding talks with Y")
        self.follows: dict[str, str] = {}
        self.past: set[str] = set()  # events first told in the past tense
        self.hostings: list[tuple[Parsed, Any, Event]] = []  # "X hosted Y", "Y was received by X"
        self.summit_bodies: set[str] = set()  # bodies whose meetings are summits ('the OECS Authority')
        self.occasions_before: set[str] = set()  # "they last met in Busan": not the day the story tells

    def run(self) -> None:
        for parsed in self.ctx.blocks:
            if parsed.block.kind not in ("headline", "summary", "paragraph"):
                continue
            for sentence in parsed.doc.sents:
                for token in sentence:
                    if parsed.in_quote(token.idx):
                        continue
                    kind = trigger_type(token)
                    if kind:
                        self.event_at(parsed, token, kind)
                remember_people(self.ctx, parsed, sentence)
        for event in self.ctx.events:
            if event.super_event == event.id:
                event.super_event = None  # a mention of the gathering merged into the gathering itself
        self._settle_gatherings()
        for event in self.ctx.events:
            self._settle_from_others(event)
        for event in self.ctx.events:
            self._visit_to_the_city(event)
        self._news_in_the_dateline_city()
        by_id = {e.id: e for e in self.ctx.events}
        for event in self.ctx.events:
            before = by_id.get(self.follows.get(event.id, ""))
            if before is not None and event.type in ("meeting", "visit") and not event.location \
                    and event.start in (None, before.start):
                # "met Nowak at the ministry before holding talks with ...": the same day, the same city
                event.location, event.start, event.status = before.location, before.start, before.status
        self._date_the_lead()
        for parsed, verb, event in self.hostings:
            if event.location:
                self._hosts_represent_their_country(parsed, verb, event.location)
        for parsed, verb, event in self.hostings:
            if event.location and event.type == "meeting" and verb.pos_ == "VERB":
                self._guests_visit(parsed, verb, event)
        for event in self.ctx.events:
            days = self.durations.get(event.id)
            if days and event.start and len(event.start) == 10 and not event.end:
                event.end = add_days(event.start, days - 1)
            if event.start and self.ctx.published and event.start > self.ctx.published:
                event.status = "scheduled"
            elif event.start and event.status is None:
                event.status = "happened"

    def _settle_gatherings(self) -> None:
        """A gathering with no place is where the story was filed from; it and the meetings on its
        sidelines lend each other their day and place."""
        by_id = {e.id: e for e in self.ctx.events}
        dateline = self.ctx.place_named(self.ctx.page.dateline_place, register=False) \
            if self.ctx.page.dateline_place else None
        for event in self.ctx.events:
            parent = by_id.get(event.super_event or "")
            if parent is not None and not parent.start and event.start:
                parent.start = event.start
            if parent is not None and not parent.location and event.location:
                parent.location = event.location  # (before the dateline: "met in Geneva, on the margins of X")
        for event in self.ctx.events:
            if event.type in ("summit", "conference") and not event.location and dateline in self.ctx.places:
                event.location = dateline  # a gathering the story was filed from
        for event in self.ctx.events:
            parent = by_id.get(event.super_event or "")
            if parent is not None and not event.location and parent.location:
                event.location = parent.location  # a meeting on the sidelines is where the summit is

    def _settle_from_others(self, event: Event) -> None:
        """What an event leaves unsaid, from the one other event of the same person it must be."""
        events = self.ctx.events
        if event.type == "meeting" and not event.location and event.start:
            # "paid a visit to Vilnius on Tuesday ... The two leaders met on Tuesday morning"; "arrived in
            # Tashkent on Monday for a two-day visit ... X received him on Tuesday": a day of the visit
            trips = [e for e in events if e.type == "visit" and e.location and e.start and (
                e.start == event.start or e.start <= event.start <= (e.end or e.start))
                and set(e.attendees) & set(event.attendees)]
            if len(trips) == 1:
                event.location = trips[0].location
        if event.type == "meeting" and not event.start and event.location:
            # "met X in Tehran on Tuesday ... In Tehran, he also held talks with Y": that day
            # (not from another time there: "will be received in Lome" is not "last visited Lome in 2024";
            # "will pay a visit to Togo on Monday ... will be received in Lome": that visit's day)
            dated = {e.start for e in events if e is not event and e.type in ("meeting", "visit") and e.start
                     and (e.location == event.location or self._within(event.location, e.location or ""))
                     and e.status == event.status and set(e.attendees) & set(event.attendees)}
            if len(dated) == 1:
                event.start = dated.pop()
        if event.type == "visit" and event.start and not event.location:
            # "arrived in the capital on Thursday for a one-day visit ... talks in Lilongwe on Thursday"
            met_in = {e.location for e in events if e.type == "meeting" and e.location and e.start
                      and event.start <= e.start <= (event.end or event.start)
                      and set(e.attendees) & set(event.attendees)}
            if len(met_in) == 1:
                event.location = met_in.pop()
        if event.type == "visit" and not event.start and event.location:
            # "on his first visit to Berlin": the day he met people there
            there = [e for e in events if e.type == "meeting" and e.location == event.location
                     and e.start and set(e.attendees) & set(event.attendees)]
            if len(there) == 1:
                event.start, event.status = there[0].start, there[0].status

    def _visit_to_the_city(self, event: Event) -> None:
        """'will pay a visit to Togo on Monday ... will be received in Lome': a visit to a country is to
        the one city of it where its visitor meets people during it."""
        place = self.ctx.places.get(event.location or "")
        if event.type != "visit" or place is None or place.type != "Country" or not event.start:
            return
        cities = {e.location for e in self.ctx.events if e.type == "meeting" and e.location and e.start
                  and event.start <= e.start <= (event.end or event.start) and e.status == event.status
                  and self._within(e.location, place.id) and set(e.attendees) & set(event.attendees)}
        if len(cities) == 1:
            event.location = cities.pop()

    def _the_country(self, verb: Any) -> list[str]:
        """'arrived in the country': the country the story was filed from, in the city it was filed from."""
        ctx = self.ctx
        dateline = ctx.place_named(ctx.page.dateline_place, register=False) if ctx.page.dateline_place else None
        if dateline not in ctx.places or not any(
                p.dep_ == "prep" and p.lower_ in ("in", "to") and any(
                    o.dep_ == "pobj" and o.lower_ == "country" and [c.lower_ for c in o.children] == ["the"]
                    for o in p.children) for p in verb.children):
            return []
        return [dateline] if dateline else []

    def _news_in_the_dateline_city(self) -> None:
        """'Port Louis, 22 May - X received Y at the Ministry this morning. Y is on a working visit to
        Mauritius': a meeting of the story's days placed only in the country of the city the story was
        filed from (or not placed, during a visit there) is in that city."""
        ctx = self.ctx
        city = ctx.places.get(ctx.place_named(ctx.page.dateline_place, register=False) or "") \
            if ctx.page.dateline_place else None
        if city is None or city.type != "City" or not city.contained_in or not ctx.published:
            return
        country = city.contained_in
        for event in ctx.events:
            if event.type not in ("meeting", "visit") or event.id in self.occasions_before or not _near(
                    event.start, ctx.published):
                continue
            if event.location == country and event.type == "meeting":
                event.location = city.id
        for event in ctx.events:
            if event.type == "meeting" and not event.location and _near(event.start, ctx.published) and any(
                    e.type == "visit" and e.location in (city.id, country) and set(e.attendees) & set(event.attendees)
                    and e.start and event.start and e.start <= event.start <= (e.end or e.start) for e in ctx.events):
                event.location = city.id  # a meeting during a visit to the dateline's city or country

    # --- one mention ------------------------------------------------------------------------
    def event_at(self, parsed: Parsed, token: Any, kind: str, *, inherited: list[str] | None = None,
                 as_noun: bool = False) -> Event | None:
        """The event one trigger word reports, merged into the same event already read."""
        verbal = (token.pos_ == "VERB" or _due_in(token)) and not as_noun
        if not verbal and not _a_noun_event(token):
            return None
        referent = None
        if not verbal and kind in ("meeting", "conference") and self._leaders_meeting(token):
            kind = "summit"  # "heads of government adopted X at the close of a meeting of the Authority"
            if not any(p.dep_ == "prep" and p.lower_ == "of" for p in token.children):
                # "The meeting at the hotel brought together ...": the summit just told
                referent = next((e for e in reversed(self.ctx.events) if e.type == "summit"), None)
        if not verbal and token.dep_ in ("appos", "npadvmod") and any(
                p is parsed and (t == token.head or t.head == token.head) for p, t, _ in self.mentions):
            return None  # "held talks with X, their last meeting before ...": the same talks, described
        if not verbal and token.dep_ == "pobj" and token.head.lower_ in ("before", "after", "ahead", "since") \
                and all(c.dep_ in ("det", "poss") for c in token.children):
            return self._refer(parsed, token, kind)  # "before the summit": a time told by the event, not it
        reading = Reading(attendees=list(inherited or []), future=is_future(token))
        if verbal:
            hosted = self._hosted_gathering(parsed, token)
            if hosted is not None:
                return hosted
            if not self._read_verb(parsed, token, kind, reading):
                return None
        elif not self._read_noun(parsed, token, kind, reading):
            return self._refer(parsed, token, kind)  # talks with unnamed officials: no one to record
        super_event = self._super_event(parsed, token, verbal, inherited)
        if super_event is None and not verbal and _separate(token) and not reading.location:
            super_event = self._gathering_told_last(parsed, token, kind)  # "In a separate meeting, X held talks"
        if super_event is not None and not reading.location:
            reading.location = [super_event.location] if super_event.location else []
        attendees = list(dict.fromkeys(a for a in reading.attendees if a))
        start, end, days = self._dates(parsed, token, verbal, reading, super_event)
        if not attendees and not reading.location and start is None:
            return self._refer(parsed, token, kind, end, days)  # "the two-day summit, which ends on Monday"
        if kind in ("summit", "conference") and not verbal and not reading.location and start is None:
            told = self._refer(parsed, token, kind, end, days)  # "the summit was chaired by X"
            if told is not None:
                told.attendees.extend(a for a in attendees if a not in told.attendees)
                return told
        if kind == "meeting" and not attendees and not verbal and (reading.location or start):
            attendees = commission_countries(self.ctx, token)  # "the Utopian-Ruritanian commission"
            if not attendees and (_joint_body(token) or any(_joint_body(o) for p in token.children if p.lower_ == "of"
                                                            for o in p.children)):
                attendees = self._story_countries()  # "the first session of the Joint Commission"
        if kind == "meeting" and not attendees and reading.location and start:
            attendees = self._pair_countries(parsed, token, verbal)  # "consultations between the two countries"
        unnamed = kind == "meeting" and verbal and not attendees and reading.location and start \
            and reading.future and self._unnamed_delegates(parsed, token)
        if unnamed:
            kind = unnamed  # "IGAD foreign ministers are due to meet in X in February": no one named
        elif kind in ("meeting", "phone_call") and not attendees and (verbal or not (reading.location and start)):
            return self._refer(parsed, token, kind)
        if kind == "meeting" and verbal and self._pair_phrase(token, verbal):
            attendees = self._story_countries()  # "the energy ministers of the two countries will meet"
        merged = None
        for people, place in self._occasions(parsed, token, kind, attendees, reading.location):
            if referent is not None:
                referent.location = referent.location or place
                referent.attendees.extend(a for a in people if a not in referent.attendees)
                referent.evidence.append(self.ctx.evidence(parsed, *_clause_span(token, verbal)))
                self.mentions.append((parsed, token, referent))
                merged = referent
                continue
            event = Event(id="", type=kind, name=_event_name(parsed, token, kind), attendees=people,
                          location=place, start=start, end=end,
                          evidence=[self.ctx.evidence(parsed, *_clause_span(token, verbal))])
            published = self.ctx.published
            to_come = start is None or not published or start >= published[:len(start)]  # "later this month"
            event.status = "scheduled" if reading.future and to_come else ("happened" if start else None)
            if super_event is not None:
                event.super_event = super_event.id
                if not super_event.start and event.start:
                    super_event.start = event.start
            merged = self._record(parsed, token, event, days, verbal, reading.future)
        if verbal and kind == "visit" and merged is not None:
            self._purpose_meeting(parsed, token, merged)
        return merged

    def _leaders_meeting(self, token: Any) -> bool:
        """A 'meeting' that is a summit: one of a body ('a meeting of the X Authority') where heads of
        state or government are the subject of its clause, or a later mention of a meeting of that body
        ('the next meeting of the Authority') or of that meeting ('The meeting ... brought together')."""
        if token.lower_ != "meeting":
            return False
        body = next((o.lower_ for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
        if body is not None and body in self.summit_bodies:
            return True
        verb = governing_verb(token)
        if body is not None and verb is not None and any(
                s.lower_ in ("heads", "leaders") and s.pos_ == "NOUN" for s in subjects(verb)):
            self.summit_bodies.add(body)
            return True
        # "The meeting at the hotel brought together ...": the summit told as a meeting just before
        return bool(self.summit_bodies) and body is None and token.dep_ in ("nsubj", "pobj") and any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children) and not any(
            c.dep_ in ("amod", "compound", "poss", "nummod") for c in token.children) and not any(
            c.dep_ == "prep" and c.lower_ in ("with", "between") for c in token.children)

    def _purpose_meeting(self, parsed: Parsed, token: Any, trip: Event) -> None:
        """'will travel to X tomorrow to finalise the programme with Y': the trip's purpose is a
        meeting with Y, there and then."""
        ctx = self.ctx
        for clause in (c for c in token.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                       and any(m.lower_ == "to" for m in c.children if m.dep_ == "aux")):
            if trigger_type(clause) is not None:
                continue  # "travel to X to meet Y": the verb tells its own event
            partners = [a for holder in [clause, *(c for c in clause.children if c.dep_ == "dobj")]
                        for a in with_agents(ctx, parsed, holder, ("with",)) if a in ctx.people]
            visitors = [a for a in subject_people(ctx, parsed, token) if a not in partners]
            if not partners or not visitors:
                continue
            meeting = Event(id="", type="meeting", attendees=visitors + partners, location=trip.location,
                            start=trip.start, end=None, status=trip.status,
                            evidence=[ctx.evidence(parsed, *_clause_span(token, True))])
            self.mentions.append((parsed, clause, self.add(meeting, None, past=trip.id in self.past)))

    def _occasions(self, parsed: Parsed, token: Any, kind: str, attendees: list[str], location: list[str]
                   ) -> list[tuple[list[str], str | None]]:
        """The events one mention tells: who and where. A call is between two, so 'held phone talks
        with X and Y' is a call each; people meet in one city at a time, so 'met X in A and in B'
        is a meeting in each."""
        place = location[0] if location else None
        if kind == "phone_call":
            partners = [a for a in with_agents(self.ctx, parsed, token, ("with",)) if a in self.ctx.people]
            callers = [a for a in attendees if a not in partners]
            if len(partners) >= 2 and len(callers) == 1:
                return [([callers[0], partner], place) for partner in partners]
        holders = [token, *_holding_clauses(token)] if token.pos_ != "VERB" else []
        if kind == "meeting" and any(c.dep_ == "prep" and c.lower_ == "with" and any(
                w.lower_ == "with" for w in c.conjuncts) for h in holders for c in h.children):
            # "talks with X and with Y": a meeting with each, when one person held them
            partners = [a for h in holders for a in with_agents(self.ctx, parsed, h, ("with",)) if a in self.ctx.people]
            hosts = [a for a in attendees if a not in partners]
            if len(partners) >= 2 and len(hosts) == 1:
                return [([hosts[0], partner], place) for partner in partners]
        if kind == "meeting" and token.pos_ == "VERB":
            cities = list(dict.fromkeys(places_under(parsed, token, ("in",))))
            if len(cities) > 1 and all(self.ctx.places[c].type == "City" for c in cities):
                return [(list(attendees), city) for city in cities]
        return [(attendees, place)]

    def _pair_countries(self, parsed: Parsed, token: Any, verbal: bool) -> list[str]:
        """'consultations between the two countries', 'the energy ministers of the two countries will
        meet': the two countries the story is about, when it is about two."""
        return self._story_countries() if self._pair_phrase(token, verbal) else []

    def _unnamed_delegates(self, parsed: Parsed, verb: Any) -> str | None:
        """'ministers responsible for security will meet in X next month': a meeting of people the story
        does not name; a conference when they are of a named organisation ('OECS ministers of
        agriculture', 'the OIC Council of Foreign Ministers'). None when the subject names someone."""
        delegates = named_body = False
        for subject in subjects(verb):
            kinds = {parsed.entities.get(t.i, ("", ""))[0] for t in subject.subtree}
            if "person" in kinds or subject.pos_ == "PRON":
                return None
            # ('OECS ministers': a name the parse leaves untagged; 'IGAD ministers' split in two subjects)
            named_body = named_body or "organization" in kinds or any(
                t is not subject and (t.pos_ == "PROPN" or (t.is_upper and len(t) > 1)) and t.i not in parsed.entities
                for t in subject.subtree)
            if subject.lemma_.lower() in UNNAMED_DELEGATES:
                delegates = True
                named_body = named_body or subject.lemma_.lower() in DELEGATE_BODIES
            elif "organization" not in kinds:
                return None
        if not delegates:
            return None
        return "conference" if named_body else "meeting"

    @staticmethod
    def _pair_phrase(token: Any, verbal: bool) -> bool:
        """The words name those who meet as 'of' or 'between the two countries'."""
        phrases = subjects(token) if verbal else [token]
        if verbal and any(_joint_body(s) for s in phrases):
            return True  # "a joint defence commission is to meet in X in July"
        # ("officials from both countries will meet in X next month")
        return any(t.lower_ in PAIR_NOUNS and any(c.lower_ in ("two", "both") for c in t.children)
                   and t.dep_ == "pobj" and t.head.lower_ in ("between", "of", "among", "from")
                   for phrase in phrases for t in phrase.subtree)

    def _story_countries(self) -> list[str]:
        """The two countries a story is about: those its people act for, else (with) those it names most."""
        ctx = self.ctx
        acting = list(dict.fromkeys(p.represents for p in ctx.people.values() if p.represents))
        if len(acting) == 2:
            return acting
        counts: dict[str, int] = {}
        for parsed in ctx.blocks:
            if parsed.block.kind not in ("headline", "summary", "paragraph"):
                continue
            for i, (kind, ident) in parsed.entities.items():
                place = ctx.places.get(ident) if kind == "place" else None
                if place is not None and place.type == "Country" and parsed.entities.get(i - 1) != (kind, ident):
                    counts[ident] = counts.get(ident, 0) + 1
        ranked = sorted(counts.items(), key=lambda c: -c[1])
        if len(acting) == 1:  # the one country its people act for, and the other it names most
            ranked = [c for c in ranked if c[0] != acting[0]]
            return [acting[0], ranked[0][0]] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else []
        if not acting and len(ranked) >= 2 and (len(ranked) == 2 or ranked[1][1] > ranked[2][1]):
            return [ranked[0][0], ranked[1][0]]
        return []

    def _gathering_told_last(self, parsed: Parsed, token: Any, kind: str) -> Event | None:
        """'On the sidelines of the summit, X held talks with Y. In a separate meeting, Z met W': the
        gathering of the meeting just told, when this one has no day of its own."""
        if resolve_in_clause(self.ctx, parsed, token, False) is not None:
            return None
        by_id = {e.id: e for e in self.ctx.events}
        last = next((e for _p, _t, e in reversed(self.mentions) if e.type == kind), None)
        return by_id.get(last.super_event or "") if last is not None else None

    def _hosted_gathering(self, parsed: Parsed, token: Any) -> Event | None:
        """'X will host Y in Berlin on Friday for a summit of ...': the summit is the event."""
        ctx = self.ctx
        if token.lemma_.lower() != "host":
            return None
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "at")):
            for noun in (o for o in prep.children if o.dep_ == "pobj" and o.lower_ in GATHERING_NOUNS):
                hosts = subject_people(ctx, parsed, token)
                guests = [a for o in token.children if o.dep_ == "dobj"
                          for a in agents(ctx, parsed, o, people_only=True)]
                found = self.event_at(parsed, noun, "summit" if noun.lower_ in ("summit", "gathering")
                                      else "conference", inherited=hosts + guests, as_noun=True)
                if found is not None:
                    found.location = found.location or next(iter(places_under(parsed, token, ("in", "at"))), None)
                    found.start = found.start or resolve_in_clause(ctx, parsed, token, is_future(token))
                    return found
        return None

    def _read_verb(self, parsed: Parsed, token: Any, kind: str, reading: Reading) -> bool:
        """Who and where from a verb ('X met Y in Z', 'will travel to Z'); False when a visit has no place."""
        ctx = self.ctx
        attendees, location = reading.attendees, reading.location
        if kind != "summit":  # ("the leaders met": not the people of the last event told)
            attendees.extend(subject_people(ctx, parsed, token))
            attendees.extend(companions(ctx, parsed, token))  # "X, accompanied by Y, will travel to Z"
        # "X was received by Y": the one who receives is there too ("by the President of the Council, Y")
        attendees.extend(a for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
                         for n in [o, *(x for x in o.children if x.dep_ == "appos")] for a in people_in(ctx, parsed, n))
        if token.dep_ in ("xcomp", "advcl"):  # "will travel to Paris on Thursday to meet Macron"
            trip = next((e for p, t, e in self.mentions if p is parsed and t == token.head and e.type == "visit"),
                        None)
            if trip is not None:
                location.extend([trip.location] if trip.location else [])
                reading.start = trip.start
        for child in token.children:
            if child.dep_ == "dobj":
                if kind == "visit":
                    entity = parsed.entities.get(child.i)
                    if entity and entity[0] == "place":
                        location.append(entity[1])
                    else:
                        location.extend(_place_in_phrase(parsed, child))
                else:
                    attendees.extend(people_in(ctx, parsed, child))
        calling = ("on",) if token.lemma_.lower() == "call" else ()  # "will call on Prime Minister X"
        attendees.extend(a for a in with_agents(ctx, parsed, token, ("with", "between", "by", "among", *calling))
                         if a in ctx.people)
        if kind == "meeting" and len(set(attendees)) == 1:
            attendees.extend(self._partners_before(parsed, token, attendees[0]))
        location.extend(places_under(parsed, token, ("to", "in", "at") if kind == "visit" else ("in", "at"), depth=2))
        location.extend(where_place(parsed, token))
        if kind == "visit" and not location:
            location.extend(self._the_country(token))  # "arrived in the country on Wednesday"
        if kind == "visit" and not location:
            return False
        # "with X" of a verb in the same sentence: "visited Oslo, signing a statement with Nowak".
        if kind == "visit":
            for other in token.subtree:
                # (not in a clause of its own: "will arrive in X and will co-chair a meeting with Y")
                if other != token and other.dep_ != "prep" and not _in_conjoined_clause(other, token) and not (
                        other.dep_ == "dobj" and other.head == token and trigger_type(other) == "meeting"):
                    attendees.extend(a for a in with_agents(ctx, parsed, other, ("with",)) if a in ctx.people)
        return True

    def _partners_before(self, parsed: Parsed, token: Any, person: str) -> list[str]:
        """'X held a call with Y and agreed to meet': who 'meet' is with, from the event of the
        clause it is conjoined to."""
        node = token.head if token.dep_ == "xcomp" else token
        if node.dep_ != "conj":
            return []
        before = node.head
        for p, t, event in self.mentions:
            if p is parsed and (t == before or t.head == before) and person in event.attendees:
                return [a for a in event.attendees if a != person]
        return []

    def _read_noun(self, parsed: Parsed, token: Any, kind: str, reading: Reading) -> bool:
        """Who, where and when from a noun and the verb it hangs under ('held talks with X',
        'a telephone call from X', 'during her visit to Y'); False for talks with no one named."""
        # "a telephone call from X": the caller is the other party of a call
        calling = ("from",) if kind == "phone_call" else ("on",) if token.lower_ in ("call", "calls") else ()
        partners = with_agents(self.ctx, parsed, token, ("with", "between", "by", "among", *calling))
        if _over_the_phone_with(token):  # "discussed X over the phone with Y": 'with' hung anywhere in the clause
            partners.extend(a for w in _withs_in_clause(governing_verb(token)) for a in with_agents(
                self.ctx, parsed, w.head, ("with",)) if a not in partners)
        if kind == "meeting":  # "the talks he held with X": 'with' hung on the clause that describes them
            partners.extend(a for c in _holding_clauses(token) for a in with_agents(self.ctx, parsed, c, ("with",))
                            if a not in partners and a in self.ctx.people)
        if kind == "meeting":  # "the first meeting of the Joint Commission with X": 'with' hung on the body
            partners.extend(a for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                            for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"
                            for a in with_agents(self.ctx, parsed, o, ("with",)) if a not in partners)
        if kind not in ("summit", "conference") and not partners and any(
                c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
            return False  # (a summit "with the trade deal dominating the agenda" is still held)
        verb = governing_verb(token)
        owners = self._noun_people(parsed, token, kind, verb, partners, reading.attendees)
        if verb is not None:
            self._noun_verb(parsed, token, kind, verb, owners, calling, reading)
        self._noun_places(parsed, token, kind, verb, reading)
        self._noun_clause(parsed, token, reading)
        if kind in ("summit", "conference"):  # "the summit, chaired by X", "accompany X to the summit"
            reading.attendees.extend(gathering_people(self.ctx, parsed, token, verb))
        if verb is not None and token.dep_ == "dobj" and token.head == verb and verb.lemma_.lower() == "host":
            reading.location.extend(_host_places(parsed, verb))  # "Bahrain will host next year's summit"
        if kind == "visit" and reading.location:
            self._visitors_from_abroad(parsed, token, reading.attendees, reading.location[0])
        return True

    def _noun_people(self, parsed: Parsed, token: Any, kind: str, verb: Any, partners: list[str],
                     attendees: list[str]) -> list[str]:
        """Those the noun names as its party or owner ('talks with X', 'her visit', 'their meeting');
        returns the owners."""
        ctx = self.ctx
        attendees.extend(a for a in partners if a in ctx.people)
        owners = [a for c in token.children if c.dep_ == "poss" for a in agents(ctx, parsed, c, people_only=True)]
        if kind == "visit" and not owners:  # "the visit of Mr. X to Baghdad on 14 March"
            owners = [a for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj" for a in agents(ctx, parsed, o, people_only=True)]
        if verb is not None and any(c.dep_ == "poss" and c.lower_ == "their" for c in token.children):
            owners.extend(subject_people(ctx, parsed, verb))  # "the leaders recalled their meeting in X"
        if verb is not None and kind == "visit" and token.dep_ == "dobj":  # "prepare a visit to X by Y"
            owners.extend(a for a in with_agents(ctx, parsed, verb, ("by",)) if a in ctx.people)
        if kind in ("meeting", "phone_call") and not owners:  # "the talks he held on that day with X"
            owners = [a for c in _holding_clauses(token) for a in subject_people(ctx, parsed, c)]
        attendees.extend(owners)
        among = any(c.dep_ == "prep" and c.lower_ in ("between", "among") for c in token.children)
        if partners and not among and not any(a in ctx.people and a not in partners for a in attendees):
            # "said ..., during a meeting with his counterpart": the one who met is the subject above.
            for ancestor in token.ancestors:
                if ancestor.pos_ in ("VERB", "AUX"):
                    subject_ids = subject_people(ctx, parsed, ancestor)
                    if subject_ids:
                        attendees.extend(subject_ids)
                        break
        return owners

    def _noun_verb(self, parsed: Parsed, token: Any, kind: str, verb: Any, owners: list[str],
                   calling: tuple[str, ...], reading: Reading) -> None:
        """Who and where from the verb a noun hangs under ('X held talks with Y in Z', 'the summit
        was chaired by X', 'the summit opened in Malabo')."""
        ctx = self.ctx
        attendees, location = reading.attendees, reading.location
        anchor = _measured(token)  # "signed ... after several hours of talks": where 'hours' stands
        if kind == "visit" and anchor.dep_ == "pobj" and anchor.head.lower_ == "for" and anchor.head.head == verb \
                and verb.lemma_.lower() in GUEST_VERBS:
            # "X receives Y for an official visit": the visit is the guest's, not the host's
            attendees.extend(a for o in verb.children if o.dep_ in ("dobj", "nsubjpass")
                             for a in people_in(ctx, parsed, o))
            return
        # "held talks ..., during her first visit to Mexico": the visit is hers, not the subject's
        if not (owners and kind == "visit") and (
                (anchor.dep_ in ("dobj", "nsubj", "nsubjpass") and verb.lemma_.lower() in HOSTING)
                or (anchor.head.dep_ == "prep" and anchor.head.head == verb)):
            attendees.extend(subject_people(ctx, parsed, verb))
            # "discussed aid with Jake Sullivan in a phone call on Monday"
            for holder in [verb, *(c for c in verb.children if c.dep_ == "dobj")]:
                attendees.extend(a for a in with_agents(ctx, parsed, holder, ("with", *calling)) if a in ctx.people)
            if verb.lemma_.lower() == "host":
                for obj in (c for c in verb.children if c.dep_ == "dobj" and c != token):
                    attendees.extend(people_in(ctx, parsed, obj))
                if kind == "meeting" and not attendees:  # "Oman hosted indirect talks between ... negotiators"
                    attendees.extend(a for s in subjects(verb) for a in agents(ctx, parsed, s)
                                     if a in ctx.places and ctx.places[a].type == "Country")
            if kind == "visit":
                location.extend(places_under(parsed, verb, ("to", "in")))
            elif token.dep_ == "dobj":  # "held talks with X at the ministry in Mexico City"
                location.extend(places_under(parsed, verb, ("in", "at"), depth=3))
            elif kind in ("summit", "conference") and token.head.lower_ == "for":
                location.extend(places_under(parsed, verb, ("in", "at")))  # "gathered in X for a summit"
            elif kind == "meeting" and anchor.head.lower_ in ("after", "following", "during"):
                location.extend(places_under(parsed, verb, ("in", "at"), depth=3))  # "signed ... in X after talks"
        if anchor.dep_ == "nsubjpass" and anchor.head == verb and verb.lemma_.lower() in HOSTING:
            # "the summit was chaired by X", "the talks were hosted by Y"
            attendees.extend(a for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
                             for a in people_in(ctx, parsed, o))
        if anchor.dep_ == "dobj" and anchor.head == verb and verb.lemma_.lower() in RECALLING:
            # "recalled their meeting in September in New York": the parse hangs the place on the verb
            location.extend(places_under(parsed, verb, ("in", "at")))
        if anchor.dep_ in ("nsubj", "nsubjpass") and anchor.head == verb:
            # "the summit opened in Malabo", "the summit will be held in Astana" ("the first round of
            # consultations will be held in X": the measure stands where the event would)
            location.extend(places_under(parsed, verb, ("in", "at")))

    def _noun_places(self, parsed: Parsed, token: Any, kind: str, verb: Any, reading: Reading) -> None:
        """Where the noun's own words put it ('talks in X', 'the Oslo meeting', 'a summit opened in
        Malabo'), and the trip it is part of ('visited Berlin for talks with ...')."""
        location = reading.location
        for clause in (c for c in token.children if c.dep_ == "acl" and c.pos_ == "VERB"):
            location.extend(places_under(parsed, clause, ("in", "at")))  # "a summit opened in Malabo"
        location.extend(places_under(parsed, token, ("to", "in", "at") if kind == "visit" else ("in", "at"), depth=2))
        if verb is not None and (token.dep_ == "dobj" or token.head.head == verb):
            location.extend(where_place(parsed, verb))  # "flew to X, where he held talks with Y"
        # "visited Berlin for talks with ...": the talks are where and when the visit is.
        if verb is not None:
            # "visited Tokyo ... and held talks with ...": a conjoined verb shares the trip
            # ("will travel to X on 15 May to take part in the meeting": the trip's purpose is there then)
            trip_verbs = [verb, verb.head] if verb.dep_ in ("conj", "xcomp", "advcl") else [verb]
            # (the trip may be a verb's object: "paid a visit to Vilnius and held talks")
            host_event = next((e for p, t, e in self.mentions if p is parsed and e.type == "visit" and (
                t in trip_verbs or (t.dep_ == "dobj" and t.head in trip_verbs))), None)
            if host_event is not None:
                if host_event.location:
                    location.append(host_event.location)
                reading.start = host_event.start
        if kind in ("meeting", "visit", "phone_call"):
            for child in (c for c in token.children if c.dep_ in ("compound", "amod", "nmod")):
                entity = parsed.entities.get(child.i)
                if entity and entity[0] == "place":
                    location.append(entity[1])  # "the Oslo meeting", "Nairobi talks"

    def _noun_clause(self, parsed: Parsed, token: Any, reading: Reading) -> None:
        """A clause that describes the noun: "the Quad Foreign Ministers' Meeting, which Japan will
        host in Tokyo in July", "the ministerial meeting to be held in Gyeongju on Oct. 28-29"."""
        ctx = self.ctx
        clauses = [c for c in token.subtree if (c.dep_ == "relcl" or (c.dep_ == "acl" and c.pos_ == "VERB"))
                   and _within_phrase(c, token)]
        for clause in clauses[:1]:
            reading.location.extend(places_under(parsed, clause, ("in", "at")))
            if clause.lemma_.lower() == "host":  # "COP30, which Brazil will host": in Brazil, if nowhere else
                reading.location.extend(_host_places(parsed, clause))
            relative = resolve_in_clause(ctx, parsed, clause, is_future(clause))
            span = next((r for ent in date_phrases(parsed, clause) if (r := resolve_range(
                ent.text, ctx.published, future=is_future(clause) or _present(clause)))), None)
            if span is not None and clause.lemma_.lower() not in ENDING:
                reading.start, reading.end = reading.start or span[0], span[1]
            elif clause.lemma_.lower() in ENDING:
                reading.end = relative  # "a summit, which ends on Friday"
            else:
                reading.start = reading.start or relative
            # ("a summit of the Weimar Triangle, a format created in 1991": that date is the format's)
            reading.described = reading.described or ((clause.dep_ == "relcl" or clause.head == token) and (
                bool(span) or any(resolve_date(ent.text, ctx.published) for ent in date_phrases(parsed, clause))))
            reading.future = reading.future or is_future(clause)

    def _visitors_from_abroad(self, parsed: Parsed, token: Any, attendees: list[str], place: str) -> None:
        """No one visits their own country: 'X of Mexico held talks with Y, during her visit to
        Mexico' is Y's visit, when Y is the one other person the sentence names."""
        ctx = self.ctx
        where = ctx.places.get(place)
        country = place if where is not None and where.type == "Country" else (where.contained_in if where else None)
        home = [a for a in attendees if a in ctx.people and ctx.people[a].represents == country]
        if not country or not home:
            return
        abroad = [a for a in attendees if a not in home]
        if not any(a in ctx.people for a in abroad):
            others = {e[1] for t in token.sent if (e := parsed.entities.get(t.i)) and e[0] == "person"
                      and ctx.people[e[1]].represents not in (None, country)}
            if len(others) != 1:
                return
            abroad.extend(others)
        attendees[:] = abroad

    def _super_event(self, parsed: Parsed, token: Any, verbal: bool, inherited: list[str] | None) -> Event | None:
        """'on the sidelines of a conference in X', 'at the G20 gathering in Y': the gathering."""
        holders = self._super_event_nouns(token)
        verb_above = governing_verb(token) if not verbal else None
        if not holders and inherited is None and verb_above is not None and token.head.head == verb_above:
            holders = self._super_event_nouns(verb_above)  # "On the sidelines of the summit, X held talks"
        super_event = None
        if not holders and any(_bare_sidelines(n) for n in (token, verb_above) if n is not None):
            # "Also on the sidelines, X held talks with Y": of the gathering told last as having sidelines
            by_id = {e.id: e for e in self.ctx.events}
            told = next((by_id[e.super_event] for e in reversed(self.ctx.events) if e.super_event in by_id), None)
            return told or next((e for e in reversed(self.ctx.events) if e.type in ("summit", "conference")), None)
        for holder in holders:
            super_kind = "summit" if holder.lower_ in ("summit", "gathering") else "conference"
            if holder.lower_ in ("meeting", "session", "assembly"):
                super_kind = "conference"
            if trigger_type(holder) in ("summit", "conference"):
                super_kind = trigger_type(holder) or super_kind  # "the APEC Leaders' Meeting": a summit
            super_event = self.event_at(parsed, holder, super_kind, inherited=[], as_noun=True)
        return super_event

    def _dates(self, parsed: Parsed, token: Any, verbal: bool, reading: Reading, super_event: Event | None
               ) -> tuple[str | None, str | None, int | None]:
        """Start, end and length in days of the event a trigger reports."""
        ctx, future = self.ctx, reading.future
        start = resolve_in_clause(ctx, parsed, token, future) or reading.start
        if reading.described and reading.start:
            # "reviewed on Monday the preparations for the summit, which X will host in May": the
            # clause that describes the summit dates it, not the verbs above it
            start = next((d for ent in date_phrases(parsed, token)
                          if (d := _resolve(ent.text, ctx.published, future, False))), reading.start)
        # "is paying a state visit to China from April 14 to 17": the range may hang on the verb
        span = next((r for anchor in clause_anchors(token)[:2] for ent in date_phrases(parsed, anchor)
                     if (r := resolve_range(ent.text, ctx.published, future=future))), None)
        if span is not None:
            start = span[0]
        if start is None and _soon_after(token):
            start = month_of(self._previous_date())
        if start is None and LATER_SAME_DAY.search(token.doc[token.sent.start:token.i].text.lower()):
            here = self.ctx.evidence(parsed, token.idx, token.idx + len(token.text)).start
            start = self._previous_date(news=True, before=here)  # "Later in the day, X received Y"
        if start is None:
            start = self._day_of_event(parsed, token, verbal)  # "On the final day of the visit, X will meet Y"
        if start is None and NEXT_DAY.search(token.sent.text.lower()):
            start = self._day_after_last_told(parsed, token)  # "The following day, X will be received by Y"
        if start is None and super_event is not None:
            start = super_event.start
        days = duration_days(_noun_words_before(token).text) if not verbal else _stay_length(token)
        closing = governing_verb(token)
        at_close = token.head.lower_ == "of" and token.head.head.lemma_.lower() in ("close", "end", "conclusion")
        if days and start and len(start) == 10 and (at_close or (closing is not None and (closing.lemma_.lower() in (
                "wrap", "close", "end", "conclude", "finish") or _curtain_down(closing)))):
            # "as they wrapped up a two-day summit on Thursday", "adopted X on Tuesday at the close of a
            # two-day meeting"
            start = add_days(start, 1 - days)
        end = None
        if days and start and len(start) == 10:
            end = add_days(start, days - 1)
        if span is not None:
            end = span[1]
        if reading.end and (not start or reading.end >= start):
            end = reading.end
        return start, end, days

    def _record(self, parsed: Parsed, token: Any, event: Event, days: int | None, verbal: bool,
                future: bool) -> Event:
        """Merge a mention into the events read (or add it), and remember where it was read."""
        if not verbal and _separate(token):
            event.id = "separate"  # marked: never the same as an event already read
        earlier = verbal and any(c.dep_ == "advmod" and c.lower_ == "last" for c in token.children)
        if earlier:
            event.id = "separate"  # "since they last met in Busan": an earlier occasion, not this one
        # "hosted X", "held talks": told as done (a noun only as the object of a past verb of holding)
        told_as_past = token if verbal else _verb_telling_noun(token)
        merged = self.add(event, days, past=told_as_past is not None and told_as_past.tag_ == "VBD" and not future)
        if earlier:
            self.occasions_before.update(e for e in (merged.id, merged.super_event) if e)
        above = self._clause_event_above(parsed, token)
        if above is not None and above is not merged:
            self.follows.setdefault(merged.id, above.id)
        self.mentions.append((parsed, token, merged))
        if (verbal and token.lemma_.lower() in ("host", "receive", "welcome", "call")) or (
                not verbal and merged.type == "meeting" and token.lower_ in ("call", "calls")):
            self.hostings.append((parsed, token, merged))  # settled once the event's place is known
        return merged

    def _hosts_represent_their_country(self, parsed: Parsed, verb: Any, location: str) -> None:
        """'X hosted Y in London', 'Y was received by X in Cairo': the host acts for the country
        the meeting is in, when the article says nothing else about X's country."""
        ctx = self.ctx
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        if verb.lower_ in ("call", "calls") or verb.lemma_.lower() == "call":
            # "paid a courtesy call on President X", "will call on X": X is the one called on
            hosts = [a for a in with_agents(ctx, parsed, verb, ("on",)) if a in ctx.people]
        elif passive:
            hosts = [a for c in verb.children if c.dep_ == "agent" for o in c.children
                     for a in agents(ctx, parsed, o, people_only=True)]
        else:
            hosts = subject_people(ctx, parsed, verb)
        place = ctx.places.get(location)
        country = place.id if place is not None and place.type == "Country" else (
            place.contained_in if place is not None else None)
        for host in hosts:
            if country and not ctx.people[host].represents:
                ctx.people[host].represents = country

    def _guests_visit(self, parsed: Parsed, verb: Any, meeting: Event) -> None:
        """'X received Y in Reykjavik today': a guest from abroad received in a place is visiting it
        (unless a visit of theirs there is told already)."""
        ctx = self.ctx
        guests = [a for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                  for a in agents(ctx, parsed, c, people_only=True)]
        place = ctx.places.get(meeting.location or "")
        country = place.id if place is not None and place.type == "Country" else (
            place.contained_in if place is not None else None)
        hosts = [a for a in meeting.attendees if a not in guests]
        if country is None or not hosts or any(ctx.people[h].represents not in (None, country) for h in hosts):
            return
        for guest in guests:
            if ctx.people[guest].represents == country or any(
                    e.type == "visit" and guest in e.attendees and (not e.start or not meeting.start or (
                        e.start <= meeting.start <= (e.end or e.start)) or e.start == meeting.start)
                    for e in ctx.events):
                continue
            visit = Event(id="", type="visit", attendees=[guest], location=meeting.location, start=meeting.start,
                          end=None, status=meeting.status, evidence=list(meeting.evidence))
            self.add(visit, None, past=meeting.id in self.past)

    def _clause_event_above(self, parsed: Parsed, token: Any) -> Event | None:
        """The event of a verb above the clause of ``token`` ('met X before holding talks with Y'),
        not across reported speech."""
        node = token
        for _ in range(6):
            if node.head.i == node.i or node.dep_ in ("ccomp", "parataxis", "relcl", "conj"):
                return None
            node = node.head
            found = next((e for p, t, e in self.mentions if p is parsed and t == node), None)
            if found is not None:
                return found
        return None

    def _super_event_nouns(self, token: Any) -> list[Any]:
        found: list[Any] = []
        for child in token.children:
            if child.dep_ != "prep" or child.lower_ not in ("at", "on", "during", "in"):
                continue
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                if obj.lower_ in ("sidelines", "margins", "sideline", "margin"):
                    for prep in obj.children:
                        if prep.dep_ == "prep" and prep.lower_ == "of":
                            found.extend(o for o in prep.children if o.dep_ == "pobj"
                                         and o.lower_ in GATHERING_NOUNS | {"summit", "talks"})
                            if not found:
                                found.extend(_gathering_after(prep))
                            if not found:
                                found.extend(_gathering_of_part(prep))
                elif obj.lower_ in GATHERING_NOUNS - {"meeting"}:
                    found.append(obj)
                else:  # "at the Group of 20 gathering": the parse hangs the noun under the name
                    found.extend(t for t in obj.subtree if t != obj and t.lower_ in GATHERING_NOUNS - {"meeting"}
                                 and t.head.head == obj)
        return found

    def _date_the_lead(self) -> None:
        """A story's lead dates its news ('The ministers agreed on Saturday ... Iwaya hosted his
        counterparts in Tokyo'): an event told as done in the first two paragraphs, with no date of
        its own, is of the day the first sentence gives."""
        # (a date line the reader kept as a paragraph, 'Thursday, July 3rd 2025 - 09:14 UTC', tells no news)
        paragraphs = [p for p in self.ctx.blocks if p.block.kind == "paragraph"
                      and any(t.pos_ in ("VERB", "AUX") for t in p.doc)][:2]
        if not paragraphs:
            return
        first = next(iter(paragraphs[0].doc.sents))
        day = next((d for ent in date_phrases(paragraphs[0], first.root)
                    if (d := resolve_date(ent.text, self.ctx.published)) and len(d) == 10), None)
        if day is None or first.root.tag_ != "VBD":
            return
        first_told: dict[str, Parsed] = {}
        for parsed, _token, event in self.mentions:
            first_told.setdefault(event.id, parsed)
        for event in self.ctx.events:
            if not event.start and event.id in self.past and event.type in ("meeting", "visit", "phone_call") \
                    and any(first_told.get(event.id) is p for p in paragraphs):
                event.start = day

    def _within(self, city: str, country: str) -> bool:
        """A city of that country."""
        place, home = self.ctx.places.get(city), self.ctx.places.get(country)
        return place is not None and home is not None and home.type == "Country" and place.contained_in == country

    def _day_of_event(self, parsed: Parsed, token: Any, verbal: bool) -> str | None:
        """'On the final day of the visit, X will travel to Y': that day of the event of that kind the
        clause's subject takes part in (not another's visit told last)."""
        sent = token.sent
        found = DAY_OF_EVENT.search(sent.text)
        if found is None:
            return None
        begin, end = sent.start_char + found.start(), sent.start_char + found.end()
        if begin <= token.idx < end:
            return None  # the event the phrase names is not dated by it
        kind = trigger_type(next((t for t in sent if t.idx >= sent.start_char + found.start(2)), token))
        verb = token if verbal else governing_verb(token)
        people = set(subject_people(self.ctx, parsed, verb)) if verb is not None else set()
        told = [e for e in self.ctx.events if e.type == kind and e.start and len(e.start) == 10]
        told = [e for e in told if people & set(e.attendees)] or ([] if people else told)
        if not told:
            return None
        event, which = told[-1], found.group(1).lower()
        if which in ("final", "last", "closing"):
            return event.end or (add_days(event.start, self.durations[event.id] - 1)
                                 if event.start and event.id in self.durations else None)
        return add_days(event.start, ORDINAL_DAYS.get(which, 0)) if event.start else None

    def _day_after_last_told(self, parsed: Parsed, token: Any) -> str | None:
        """The day after the last day told before this sentence."""
        here = {e.id for p, t, e in self.mentions if p is parsed and t.sent == token.sent}
        for _p, _t, event in reversed(self.mentions):
            if event.id not in here and event.start:
                return add_days(event.start, 1) if len(event.start) == 10 else None
        return None

    def _previous_date(self, news: bool = False, before: int | None = None) -> str | None:
        """The day told last ('soon after'); of the ``news``, for 'Later in the day, ...': not that of an
        earlier occasion told in passing ('they last met on 25 June in X'). With ``before`` (a source
        offset), the event told nearest before it, not the one read last: a lead's talks are read
        after an arrival told 'yesterday' further down, and 'In the afternoon' follows the talks."""
        events = self.ctx.events
        if before is not None:
            mentioned: dict[str, list[int]] = {}
            for parsed, token, event in self.mentions:  # "the session": told again, evidence comes later
                at = self.ctx.evidence(parsed, token.idx, token.idx + len(token.text)).start
                if at is not None:
                    mentioned.setdefault(event.id, []).append(at)

            def told(event: Event) -> int:
                places = [e.start for e in event.evidence if e.start is not None] + mentioned.get(event.id, [])
                return max((at for at in places if at < before), default=-1)
            events = sorted((e for e in events if told(e) >= 0), key=told)
        for event in reversed(events):
            if event.start and not (news and event.id in self.occasions_before):
                return event.start
        return None

    def _refer(self, parsed: Parsed, token: Any, kind: str, end: str | None = None, days: int | None = None
               ) -> Event | None:
        """'the meeting': a definite mention of an event already read; adds its words as evidence,
        and its length or last day when the event has none yet."""
        if not any(c.lower_ in ("the", "this", "that") for c in token.children):
            return None
        for event in reversed(self.ctx.events):
            if event.type == kind:
                self.mentions.append((parsed, token, event))
                if days and days > 1 and event.id not in self.durations:
                    self.durations[event.id] = days
                elif end and event.start and not event.end and end > event.start and not days:
                    event.end = end
                return event
        return None

    # --- merging ------------------------------------------------------------------------------
    def add(self, event: Event, days: int | None, past: bool = False) -> Event:
        separate = event.id == "separate"
        for other in [] if separate else self.ctx.events:
            # "hosted X" (told in the past, undated) is not "is expected to hold talks with X next month"
            if (past and other.status == "scheduled") or (other.id in self.past and event.status == "scheduled"):
                continue
            if _same_event(other, event, self._within):
                if other.location and event.location and self._within(event.location, other.location):
                    other.location = event.location  # "Kuwait hosts summit" ... "summit in Kuwait City"
                _merge(other, event, days)
                if days:
                    self.durations[other.id] = days
                return other
        event.id = f"e{len(self.ctx.events) + 1}"
        if past:
            self.past.add(event.id)
        if days:
            self.durations[event.id] = days
        self.ctx.events.append(event)
        return event


def settle_gathering_attendees(ctx: Context) -> None:
    """'The two presidents met on the sidelines of the summit': they were at a summit whose attendees
    are not named. (Run once the people's countries are settled: those only met on the sidelines
    say nothing of who hosts.)"""
    by_id = {e.id: e for e in ctx.events}
    bare = {e.id for e in ctx.events if e.type in ("summit", "conference") and not e.attendees}
    for event in ctx.events:
        parent = by_id.get(event.super_event or "")
        if parent is not None and parent.id in bare and event.type in ("meeting", "phone_call"):
            parent.attendees.extend(a for a in event.attendees if a not in parent.attendees)


def _same_event(a: Event, b: Event, within: Any = None) -> bool:
    if a.type != b.type:
        return False
    if {a.status, b.status} == {"scheduled", "happened"}:
        return False  # "will meet again": what is announced is not what happened
    dates = not a.start or not b.start or a.start.startswith(b.start) or b.start.startswith(a.start)
    if a.type == "visit" and not dates:
        dates = _inside(a, b) or _inside(b, a)  # "during X's visit ... on Wednesday": a day of the two-day visit
    places = not a.location or not b.location or a.location == b.location or (
        # "will travel to Fiji for a state visit ... will arrive in Suva on Tuesday": one trip
        a.type == "visit" and within is not None and (within(a.location, b.location) or within(b.location, a.location)))
    people = set(a.attendees) & set(b.attendees)
    if a.type in ("summit", "conference"):
        if a.location and b.location and within is not None and (not a.start or not b.start or dates) \
                and (not a.name or not b.name or a.name == b.name) and (
                within(a.location, b.location) or within(b.location, a.location)):
            return True  # the summit a country hosts and the one in its city
        if a.location and b.location:
            return dates and a.location == b.location
        return _overlap(a, b)  # "the summit, which opened on Wednesday": the one already read
    if not (dates and places):
        return False
    if people and len(a.attendees) > 1 and len(b.attendees) > 1 and not (
            set(a.attendees) <= set(b.attendees) or set(b.attendees) <= set(a.attendees)):
        return False  # "met X ..., then went on for talks with Y": one guest each, two meetings
    if people:
        return True
    return not a.attendees or (not b.attendees and bool(a.location and a.location == b.location))


def _near(start: str | None, published: str) -> bool:
    """A day of the story's news: within two days of publication."""
    if not start or len(start) != 10:
        return False
    return abs((dt.date.fromisoformat(start) - dt.date.fromisoformat(published)).days) <= 2


def _overlap(a: Event, b: Event) -> bool:
    """Two dated mentions that can be the same gathering: one's date falls within the other."""
    if not a.start or not b.start:
        return False
    a_end, b_end = a.end or a.start, b.end or b.start
    return a.start[:len(b_end)] <= b_end and b.start[:len(a_end)] <= a_end


def _stay_length(verb: Any) -> int | None:
    """'arrived in Oslo on Tuesday for a two-day visit': the arrival is the start of a stay that long."""
    if trigger_type(verb) != "visit":
        return None
    for noun in (o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children
                 if o.dep_ == "pobj" and trigger_type(o) == "visit"):
        return duration_days(verb.doc[noun.left_edge.i:noun.i + 1].text)
    return None


def _inside(span: Event, day: Event) -> bool:
    """A dated day within an event's first and last day."""
    return bool(span.start and span.end and day.start and len(day.start) == len(span.start) == 10
                and span.start <= day.start <= span.end)


def _merge(into: Event, other: Event, days: int | None) -> None:
    into.attendees.extend(a for a in other.attendees if a not in into.attendees)
    into.location = into.location or other.location
    if not into.end and _inside(other, into):
        into.start, into.end = other.start, other.end  # a day told first, then the whole stay
    if other.start and (not into.start or len(other.start) > len(into.start)
                        or (len(other.start) == len(into.start) and other.start < into.start
                        and into.end and other.start >= into.start[:len(other.start)])):
        into.start = other.start
    if days and into.start and len(into.start) == 10:
        into.end = add_days(into.start, days - 1)
    elif into.end is None and other.end:
        into.end = other.end
    if into.start and into.end and into.end < into.start:
        into.end = None
    into.super_event = into.super_event or other.super_event
    into.name = into.name or other.name
    if other.status == "scheduled" or into.status is None:
        into.status = other.status or into.status
    into.evidence.extend(e for e in other.evidence if e not in into.evidence)


def _host_places(parsed: Parsed, verb: Any) -> list[str]:
    """'Bahrain will host next year's summit': the place that hosts."""
    found = []
    for subject in subjects(verb):
        entity = parsed.entities.get(subject.i)
        if entity and entity[0] == "place":
            found.append(entity[1])
    return found


def _noun_words_before(token: Any) -> Any:
    """The words of a noun's phrase up to it, however the parse hung them ('on the two-day 15th
    Islamic Summit', where '15th' took the preposition): back to a verb, a preposition or punctuation."""
    first = token.left_edge.i
    while first > token.sent.start and token.i - first < 6:
        before = token.doc[first - 1]
        if before.pos_ in ("VERB", "AUX", "ADP", "PUNCT", "SCONJ", "CCONJ", "PRON") and before.text != "-":
            break
        first -= 1
    return token.doc[first:token.i + 1]


def _curtain_down(verb: Any) -> bool:
    """'bringing the curtain down on X', 'drew the curtain on X': the close of X."""
    return verb.lemma_.lower() in ("bring", "draw", "ring") and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "curtain" for c in verb.children)


def _measured(token: Any) -> Any:
    """'several hours of talks', 'two rounds of talks': the measure stands where the event would."""
    if token.head.lower_ == "of" and token.head.head.lemma_.lower() in MEASURES:
        return token.head.head
    return token


def _verb_telling_noun(token: Any) -> Any | None:
    """The verb whose tense tells a noun's event: one of holding it ('held talks'), or one it is the
    time of ('After talks at the palace, the two presidents witnessed ...')."""
    anchor = _measured(token)
    if anchor.dep_ == "dobj" and anchor.head.lemma_.lower() in HOSTING:
        return anchor.head
    if anchor.dep_ == "pobj" and anchor.head.lower_ in ("after", "following", "during") \
            and anchor.head.head.pos_ == "VERB":
        return anchor.head.head
    return None


def _separate(token: Any) -> bool:
    """'a separate meeting', 'another meeting': not the event told before."""
    return any(c.dep_ in ("amod", "det") and c.lower_ in ("separate", "another") for c in token.children)


def _bare_sidelines(token: Any) -> bool:
    """'on the sidelines' with no 'of' phrase after it."""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "at") and any(
        o.dep_ == "pobj" and o.lower_ in ("sidelines", "margins", "sideline", "margin")
        and not any(p.dep_ == "prep" and p.lower_ == "of" for p in o.children) for o in c.children)
        for c in token.children)


def _gathering_of_part(prep: Any) -> list[Any]:
    """'the margins of the high-level segment of the 58th session of the Council': a part of a
    gathering, whose 'of' phrase names the gathering."""
    nodes = [o for o in prep.children if o.dep_ == "pobj"]
    for _ in range(2):
        nodes = [o for n in nodes for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"]
        found = [o for o in nodes if o.lower_ in GATHERING_NOUNS]
        if found:
            return found
    return []


def _gathering_after(prep: Any) -> list[Any]:
    """'the margins of the Asia-Pacific Economic Cooperation (APEC) Leaders' Meeting': a long name
    the parse splits; the gathering is the first gathering noun of the name."""
    for t in prep.doc[prep.i + 1:min(prep.i + 14, prep.sent.end)]:
        if t.text == "," or (t.pos_ in ("VERB", "AUX") and t.dep_ != "amod"):
            return []
        if t.lower_ in GATHERING_NOUNS and t.text[:1].isupper():
            return [t]
    return []


def _soon_after(token: Any) -> bool:
    verb = token if token.pos_ == "VERB" else governing_verb(token)
    if verb is None:
        return False
    words = [c.lower_ for c in verb.children]
    text = " ".join(t.lower_ for t in verb.sent)
    return ("after" in words or "soon" in words or "later" in words) and (
        "soon after" in text or "shortly after" in text or "soon afterwards" in text)


def _place_in_phrase(parsed: Parsed, token: Any) -> list[str]:
    """The place a visited phrase names ('the Russian city of Kazan'), not one it mentions in
    passing ('a shipyard of a company with investments in Viet Nam')."""
    for t in token.subtree:
        entity = parsed.entities.get(t.i)
        if entity and entity[0] == "place" and _names_the_place(t, token):
            return [entity[1]]
    return []


def _event_name(parsed: Parsed, token: Any, kind: str) -> str | None:
    """A named gathering ('Group of 20 gathering', 'ASEAN summit'); meetings stay unnamed."""
    if kind not in ("summit", "conference"):
        return None
    start = _name_start(token)
    if start is None:
        return None
    return parsed.doc[start:token.i + 1].text


def _name_start(token: Any) -> int | None:
    """Where the name before a gathering noun starts: 'the [Group of 20] gathering'."""
    names = [t for t in token.children if t.dep_ in ("compound", "nmod") and t.ent_type_ in ("ORG", "EVENT", "NORP")]
    if names:
        return min(t.left_edge.i for t in names)
    if token.head.dep_ == "prep" and token.head.head.ent_type_ in ("ORG", "EVENT"):
        owner = token.head.head
        if owner.i < token.i:
            return owner.left_edge.i if owner.left_edge.lower_ not in ("the", "a", "an") else owner.left_edge.i + 1
    return None


def _clause_span(token: Any, verbal: bool) -> tuple[int, int]:
    """The characters of the words that report an event: its clause, without other clauses."""
    if not verbal:
        tokens = list(token.subtree)
        start = _name_start(token)
        if start is not None:
            tokens.extend(token.doc[start:token.i])
        head = token.head
        if head.dep_ == "prep" and head.lower_ in ("of",) and head.head.lower_ in ("sidelines", "margins"):
            tokens = list(head.head.subtree)
    else:
        tokens = [token]
        for child in token.children:
            if child.dep_ in CLAUSE_DEPS:
                continue
            tokens.extend(child.subtree)
            if child.dep_ in ("nsubj", "nsubjpass"):
                tokens.append(child.left_edge)
    tokens = [t for t in tokens if not t.is_punct or t.i not in (min(x.i for x in tokens), max(x.i for x in tokens))]
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return start, end


def remember_people(ctx: Context, parsed: Parsed, sentence: Any) -> None:
    """People named in a sentence become the ones "he", "she" and "the minister" refer to next;
    the sentence's subject last, as the likeliest referent."""
    subject_people = []
    for token in sentence:
        entity = parsed.entities.get(token.i)
        if entity and entity[0] == "person" and (token.i + 1 >= sentence.end
                                                 or parsed.entities.get(token.i + 1) != entity):
            if token.dep_ in ("nsubj", "nsubjpass") or token.head.dep_ in ("nsubj", "nsubjpass"):
                subject_people.append(entity[1])
            else:
                ctx.mention(entity[1])
    if not subject_people:
        subject_people = _described_subject(ctx, parsed, sentence)
    for ident in subject_people:
        ctx.mention(ident)
    # "Sikorski visited Berlin for talks with his German counterpart": "his" is the subject's.
    if len(set(subject_people)) == 1:
        for token in sentence:
            if parsed.in_quote(token.idx) or token.lower_ not in ("his", "her", "he", "she", "him", "himself",
                                                                  "herself"):
                continue
            ctx.person_gender.setdefault(subject_people[0], "m" if token.lower_.startswith("h") and
                                         token.lower_ not in ("her", "herself") else "f")
            break


def _described_subject(ctx: Context, parsed: Parsed, sentence: Any) -> list[str]:
    """'The President will hold talks with X ... On Thursday he will travel': a sentence whose subject
    is a described person ('the President', 'the minister') is about that person."""
    for subject in (c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.pos_ in ("NOUN", "PROPN") and any(c.lower_ == "the" for c in subject.children):
            people = agents(ctx, parsed, subject, people_only=True)
            if len(people) == 1:
                return people
    return []
