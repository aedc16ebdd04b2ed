"""Which words name an event ("met", "held talks", "a summit", "the Joint Commission will sit"),
and whether what they name happened or is planned rather than wished for or spoken of in general:
the first test every sentence's words go through, kept apart from how an event is then read."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..iris import slug
from ..model import MEALS
from ..nlp import DASHES
from ..reference import data_rows, gazetteer
from .context import Context
from .mentions import SINGLE_HEADS, governing_verb

# Verbs under which an event noun is not an event that happened or is planned:
# "restarting talks", "calls for a summit", "create conditions for peace talks".
HYPOTHETICAL = {"restart", "resume", "revive", "call", "urge", "seek", "create", "push", "promote", "support",
                "pave", "propose", "want", "hope", "demand", "reject", "oppose", "refuse", "avoid", "suggest",
                "need", "encourage"}
FUTURE_GOVERNORS = {"invite", "plan", "expect", "schedule", "set", "due", "prepare", "intend", "agree", "pencil"}
HOSTING = {"hold", "have", "host", "attend", "conclude", "begin", "end", "wrap", "open", "chair", "convene",
           "join", "start", "receive", "pay", "make",  # "paid a visit to", "made a call to"
           "co-chair", "co-host", "co-chaire", "co-hoste"}  # (the lemmatizer's 'co-hosted' and 'co-chaired')
MINISTERIAL = {"ministers", "envoys", "diplomats", "officials", "secretaries"}
GATHERING_NOUNS = {"summit", "gathering", "conference", "forum", "session", "meeting", "assembly"}
# What is received when no one is: "received copies of the credentials", "received a letter from X"
THINGS_RECEIVED = {"copy", "credential", "letter", "message", "award", "prize", "medal", "honour", "honor",
                   "degree", "invitation", "assurance", "briefing", "report", "support", "aid", "delivery",
                   "shipment", "dose", "loan", "grant", "approval", "request", "complaint", "note"}
# Plural nouns that tell one event: "held talks", "political consultations will take place"
PLURAL_EVENTS = {"talks", "consultations"}
# Bodies two governments keep together, whose sittings are meetings of the two: "the Joint Commission
# will be held in X", "to convene the Binational Cabinet", "a joint defence commission is to meet"
JOINT_BODIES = {"commission", "committee", "cabinet"}
JOINT_WORDS = {"joint", "binational", "bilateral", "mixed", "intergovernmental", "inter-governmental"}
# Meals (model.MEALS) and audiences are meetings when said to be held with someone: "a working lunch
# with X", "an audience with the President" (not "lunch was served", "told an audience of students")


@lru_cache(maxsize=1)
def triggers() -> dict[tuple[str, str], str]:
    return {(row[0], row[1]): row[2] for row in data_rows("lexicons", "events.tsv")}


def trigger_type(token: Any) -> str | None:
    """The type of event a word reports, if it reports one."""
    if due_in(token):
        return "visit"
    if token.pos_ == "VERB":
        return _verb_trigger(token)
    if token.pos_ in ("NOUN", "PROPN"):
        return _noun_trigger(token)
    return None


def due_in(token: Any) -> bool:
    """'X is due in Victoria tomorrow', 'X is expected in Paris on Monday': a person's arrival in a place
    (not 'is expected to attend', 'is due in court')."""
    if token.lower_ not in ("due", "expected") or token.pos_ not in ("ADJ", "VERB") or any(
            c.dep_ == "xcomp" for c in token.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in (*token.children, *token.head.children)):
        return False
    return any(p.dep_ == "prep" and p.lower_ in ("in", "at") and any(
        o.dep_ == "pobj" and (o.ent_type_ == "GPE" or _known_city(o)) for o in p.children) for p in token.children)


def _known_city(token: Any) -> bool:
    """A proper noun the recogniser mislabelled ('is expected in Copenhagen' read as an organisation)
    that the gazetteer knows as a city or country."""
    if token.pos_ != "PROPN" or not token.is_title:
        return False
    words = token.doc[token.left_edge.i:token.i + 1].text
    words = words[4:] if words.startswith("the ") else words
    return gazetteer().city(words) is not None or gazetteer().country(words) is not None


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
    if kind is None and lemma in ("council", "conference", "meeting") and any(
            c.dep_ in ("compound", "amod") and c.lower_ == "ministerial" for c in token.children):
        return "conference"  # "the organisation's annual Ministerial Council": a gathering of ministers
    if kind is None and lemma == "session" and (members := _members_of_body(token)) is not None:
        # "the 67th Ordinary Session of the X Authority of Heads of State and Government": its leaders' summit
        return "summit" if members.lower_ in ("heads", "leaders") else "conference"
    if kind is None and joint_body(token) and (
            (token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in ("convene", "hold", "reconvene"))
            or (token.dep_ == "nsubj" and token.head.lemma_.lower() in ("convene", "sit", "reconvene"))):
        return "meeting"  # "will convene the Joint Committee in X", "the Binational Cabinet will be held in Y"
    if kind is None and (lemma in MEALS or lemma == "audience") and _held_with_someone(token):
        return "meeting"
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
        return "phone_call" if over_the_phone_with(token) else None
    if kind == "conference" and any(c.lower_ in ("press", "news") for c in token.children):
        return None  # a press conference is where words are said, not a diplomatic gathering
    if kind is not None and _names_a_larger_gathering(token):
        return None  # 'the Pacific Islands [Forum] Leaders Meeting': one gathering, named by its last word
    return kind


def _held_with_someone(token: Any) -> bool:
    """'a working lunch', 'had dinner with X', 'an audience with the President', 'granted him an audience':
    a meal or an audience that two sides hold together."""
    if token.lemma_.lower() in MEALS and any(c.dep_ in ("amod", "compound") and c.lower_ == "working"
                                             for c in token.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
        return True
    if token.lemma_.lower() in MEALS and in_honour_of(token) is not None:
        return True  # "will offer a state dinner in honour of President X"
    verb = token.head
    if token.dep_ != "dobj":
        return False
    if verb.lemma_.lower() in ("have", "hold", "host", "grant", "give") and any(
            c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return True
    return token.lemma_.lower() == "audience" and verb.lemma_.lower() in ("grant", "give") and any(
        c.dep_ == "dative" for c in verb.children)


def in_honour_of(token: Any) -> Any | None:
    """'a dinner in honour of X', 'offered a dinner in honor of X': the one honoured (on the meal or its verb)."""
    for holder in (token, token.head) if token.dep_ == "dobj" else (token,):
        for p in holder.children:
            if p.dep_ == "prep" and p.lower_ == "in":
                for honour in p.children:
                    if honour.dep_ == "pobj" and honour.lower_ in ("honour", "honor"):
                        return next((o for of in honour.children if of.dep_ == "prep" and of.lower_ == "of"
                                     for o in of.children if o.dep_ == "pobj"), None)
    return None


def _names_a_larger_gathering(token: Any) -> bool:
    """A gathering word inside the name of another gathering, which it modifies (both printed as
    a name: 'the Forum meeting' is still the Forum's)."""
    node = token
    while node.dep_ == "compound" and node.head.i != node.i:
        node = node.head
        if (node.lower_ in GATHERING_NOUNS or node.lemma_.lower() in GATHERING_NOUNS) and node.text[:1].isupper():
            return True
    return False


def over_the_phone_with(token: Any) -> bool:
    """'discussed X over the phone with Y', 'agreed by phone with Y to ...': a verb of its own told
    over the phone, with someone (not 'told AFP by phone', an interview)."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("over", "by", "via", "on"):
        return False
    verb = governing_verb(token)
    if verb is None or verb.pos_ != "VERB" or trigger_type(verb) is not None:
        return False  # ("spoke by phone": the verb tells the call)
    return bool(withs_in_clause(verb)) or two_sided_verb(verb) is not None


def two_sided_verb(verb: Any) -> Any | None:
    """'X and his counterpart Y discussed trade over the phone', 'the two ministers agreed by phone to ...':
    the verb whose own subjects are the call's two sides (up from an infinitive: 'discussed ways to lift
    trade ... over the phone'); None for one subject, or 'X and Y told AFP by phone' (an interview)."""
    for _ in range(3):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.tag_ != "VB" \
                or verb.dep_ not in ("relcl", "acl", "xcomp"):
            break
        above = governing_verb(verb)
        if above is None:
            break
        verb = above
    if verb.lemma_.lower() in ("tell", "say", "speak", "talk"):
        return None
    for subject in verb.children:
        if subject.dep_ != "nsubj":
            continue
        if any(c.dep_ == "conj" for c in subject.children):
            return verb
        if subject.lemma_.lower() in ("minister", "leader", "president", "side") and any(
                c.lower_ in ("two", "both") for c in subject.children):
            return verb
    return None


def withs_in_clause(verb: Any) -> list[Any]:
    """The 'with' phrases of a verb's clause, wherever the parse hung them ('discussed the anniversary
    of the genocide over the phone with X': on 'genocide'), not those of a clause under it."""
    found = []
    for t in verb.subtree:
        if t.dep_ != "prep" or t.lower_ != "with":
            continue
        node = t.head
        while node != verb and (node.pos_ not in ("VERB", "AUX") or _reduced_participle(node)) \
                and node.head.i != node.i:
            node = node.head
        if node == verb:
            found.append(t)
    return found


def _reduced_participle(token: Any) -> bool:
    """'the children deported by Russia': a participle that only describes a noun, whose 'with'
    the parse may hang on it though it belongs to the clause's verb ('discussed the return of the
    children deported by Russia with X over the phone')."""
    return token.dep_ == "acl" and token.tag_ == "VBN" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def joint_body(token: Any) -> bool:
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
    body = body if body is not None or not (joint_body(token) or _two_country_name(token)) else token
    # ("the Utopian-Ruritanian Joint Committee", "the Utopian-Ruritanian Policy Consultations")
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
        if _two_country_name(token):
            return "meeting"  # "a Japan-Latvia Foreign Ministers' Meeting": the two countries' ministers meet
        if any(c.lower_ in ("leaders", "leaders'") or c.lower_.startswith("leader") for c in token.subtree) \
                or "heads" in _name_words_before(token):
            return "summit"  # "the APEC Leaders' Meeting": heads of government gather
        return "conference"  # a named gathering: "the G20 Foreign Ministers' Meeting"
    if token.lower_ == "meeting" and any(
            c.dep_ == "amod" and c.lower_ == "ministerial" for c in token.children) and any(
            c.dep_ in ("compound", "nmod") and c.ent_type_ in ("ORG", "EVENT") for c in token.children):
        return "conference"  # "the APEC ministerial meeting" (a "three-way ministerial meeting" is a meeting)
    if token.lower_ in ("talks", "talk", "conversation", "conversations") and any(
            c.dep_ in ("compound", "amod") and c.lower_ in ("phone", "telephone", "telephonic")
            for c in token.children):
        return "phone_call"  # "held phone talks with X", "had a telephone talk with X"
    if token.lower_ == "meeting" and any(
            p.dep_ == "prep" and p.lower_ == "of" and o.dep_ == "pobj" and o.lower_ in MINISTERIAL
            and not _of_the_two(o) and not _from_the_two(token) for p in token.children for o in p.children):
        return "conference"  # "a meeting of Gulf foreign ministers": a ministerial gathering
    if token.lower_ == "meeting" and any(
            p.dep_ == "prep" and p.lower_ == "of" and o.dep_ == "pobj" and o.lower_ in ("heads", "leaders")
            and not any(t.lower_ in ("two", "both") for t in o.subtree) for p in token.children for o in p.children):
        return "summit"  # "the regular meeting of CARICOM heads of government"
    if token.lower_ == "meeting" and _ministers_of_many_hold(token):
        return "conference"  # "foreign ministers from the five Nordic countries ... wrapped up their meeting"
    members = _members_of_body(token)
    if token.lower_ == "meeting" and members is not None:
        # "the meeting of the SCO Council of Heads of State", "... of the SCO Council of Foreign Ministers"
        return "summit" if members.lower_ in ("heads", "leaders") else "conference"
    return "meeting"


def _of_the_two(group: Any) -> bool:
    """'a meeting of senior officials from the two countries': the officials of two sides, who meet
    each other (not a gathering of many)."""
    return any(t.lower_ in ("two", "both") for t in group.subtree)


def _two_country_name(token: Any) -> bool:
    """A capitalised name a meeting word ends that opens with two countries joined by a hyphen
    ('the Japan-Latvia Foreign Ministers' Meeting'; not three, not 'Asia-Pacific')."""
    i = token.i - 1
    while i >= token.sent.start and (token.doc[i].text[:1].isupper() or token.doc[i].text in ("-", "'", "’", *DASHES)):
        i -= 1
    # ("the Bahrain–France Strategic Dialogue": an en dash joins the two as a hyphen does)
    words = ["-" if t.text in DASHES else t.text for t in token.doc[i + 1:token.i]]
    pair: list[str] = []
    for word in words:
        if word == "-" or (pair and pair[-1] == "-"):
            pair.append(word)
        elif len(pair) >= 3:
            break
        else:
            pair = [word]
    if len(pair) != 3:
        return False
    places = gazetteer()
    return all(places.country(w) or places.country_of_demonym(w) for w in (pair[0], pair[2]))


def _ministers_of_many_hold(token: Any) -> bool:
    """'Foreign ministers from the five Nordic countries and 14 African states wrapped up their meeting':
    their own meeting, held by the ministers of more than two countries."""
    if token.dep_ != "dobj" or not any(c.dep_ == "poss" and c.lower_ == "their" for c in token.children):
        return False
    subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in MINISTERIAL:
        return False
    counts = [t for t in subject.subtree if t.like_num or t.lower_ in ("two", "both", "several", "many")]
    return bool(counts) and not any(t.lower_ in ("two", "both") or t.text == "2" for t in counts)


def _from_the_two(token: Any) -> bool:
    """'a meeting of officials from the two countries' (the parse may hang 'from' under 'meeting')."""
    return any(p.dep_ == "prep" and p.lower_ == "from" and _of_the_two(p) for p in token.children)


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


def holding_clauses(noun: Any) -> list[Any]:
    """'the talks he held on that day with X': a relative clause of holding the event noun."""
    return [c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in HOSTING
            and not any(o.dep_ == "dobj" for o in c.children)]


def in_conjoined_clause(token: Any, verb: Any) -> bool:
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
    # ("welcomed the Minister of Foreign Affairs of Ruritania, Paul Kamau": the recogniser may miss
    # the name, but the head of the object is a person's title)
    if any(c.dep_ == "dobj" and (person(c) or c.lower_ in (*SINGLE_HEADS, "counterpart")) for c in token.children):
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
    if verb is not None and verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "invitation" for c in verb.head.children):
        return True  # "renewed his invitation to X to visit Y": the parse may hang the visit on the verb
    # "agreed on Wednesday to set up X, during Y's visit", "have agreed to keep X open, after talks": the
    # event is the time of the agreeing, not planned
    during = token.dep_ == "pobj" and token.head.lower_ in ("during", "amid", "after", "following")
    # ("agreed on Wednesday to expand ..., as X held talks with Y": a verb in the past tense tells its
    # own time, whatever the verb above it plans)
    climb = 0 if verb is not None and verb.tag_ == "VBD" else 2
    for node in [verb, *list(verb.ancestors)[:climb]] if verb is not None else []:
        if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in node.children):
            return True
        if node.dep_ == "ROOT" and node.tag_ == "VB" and any(c.dep_ == "nsubj" for c in node.children) \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            return True  # a headline's "Minister Anna Berg to visit Oslo on Sunday": what is to come
        if during:
            continue
        # "plans a visit", "the summit is scheduled", "agreed to meet"; not "agreed on the first day of a summit"
        if node.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in node.children):
            return True  # "looking forward to meeting X in June"
        if node.lemma_.lower() == "set" and node.pos_ == "VERB" and any(c.dep_ == "dobj" for c in node.children) \
                and not any(c.dep_ == "xcomp" for c in node.children):
            continue  # "where they set the agenda": setting something done, not "is set to meet"
        if node.lemma_.lower() in FUTURE_GOVERNORS and (
                node is not verb or token is verb or token.dep_ in ("nsubj", "nsubjpass", "dobj")
                or (token.head.head == verb and token.head.lower_ in ("for", "to"))):
            return True
    # (not a 'next' told inside a clause of its own in the past: "a courtesy call on X, whom he told
    # that the army would double the slots next year")
    # (nor one told in what a past verb reports: "whom he told that the army would ... next year")
    told = {t.i for c in token.subtree if c != token and (
                (c.dep_ in ("relcl", "ccomp") and c.tag_ == "VBD")
                or (c.dep_ == "ccomp" and c.head == token and token.tag_ == "VBD"))
            for t in c.subtree}
    phrase = " ".join(t.lower_ for t in token.subtree if t.i not in told)
    context = token.doc[max(0, token.i - 3):token.i].text.lower()
    return "ahead of" in context or "upcoming" in phrase or "next" in phrase.split()


def a_noun_event(token: Any) -> bool:
    """'restarting talks', 'ASEAN summits', 'peace talks': nouns that name no event held or planned."""
    if is_hypothetical(token):
        return False
    if token.tag_ in ("NNS", "NNPS") and token.lower_ not in PLURAL_EVENTS:
        return False  # 'ASEAN summits', 'meetings': many events spoken of in general
    return not any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ == "peace" for c in token.children)
