"""The day of an event: the date phrases of its clause, "that same day", "the following day",
"on the final day of the visit", "a two-day visit" and the day of publication. Kept apart because
resolving a clause's date is a question of its own, asked by events, documents and speech alike."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from spacy.tokens import Span

from ..dates import duration_days, resolve_date
from .context import Context, Parsed
from .event_triggers import GATHERING_NOUNS, trigger_type
from .mentions import governing_verb

SAME_DAY = re.compile(r"(?:earlier |later )?(?:that|the same) (?:morning|afternoon|evening|day|night)")
LATER_SAME_DAY = re.compile(r"\b(?:(?:earlier|later) (?:that|the same|in the) (?:morning|afternoon|evening|day)"
                            r"|(?:on )?(?:that|the) same (?:day|morning|afternoon|evening|night)"
                            r"|^in the (?:afternoon|evening))\b")
# "X, who arrived on Tuesday, was received the same evening by Y": after the verb it dates
SAME_DAY_AFTER = re.compile(r"^\W*(?:on |in )?(?:that|the) same (?:day|morning|afternoon|evening|night)\b")
# "That evening, X gave a banquet": the day the sentences before told, whether or not an event was on it
THAT_TIME_OF_DAY = re.compile(r"^\W*(?:that|the same) (?:morning|afternoon|evening|night)\b")
# "on Tuesday morning": a weekday with a time of day dates the event like the weekday alone
WEEKDAY_TIME = re.compile(r"(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                          r" (?:morning|afternoon|evening|night)")
# "this afternoon held a telephone conversation": a time of the day of publication
NEXT_DAY = re.compile(r"\b(?:the|on the) (?:following|next) day\b|\b(?:the|on the) day after(?=\s*[,;.])")
TODAY_TIME = re.compile(r"(?:earlier |later )?(?:this (?:morning|afternoon|evening)|tonight|today)")
ANNOUNCING = {"announce", "confirm", "report", "say", "disclose", "reveal", "unveil"}
INVITING = {"invite", "ask", "urge", "encourage"}
DECIDING = {"agree", "decide", "plan", "intend", "promise", "pledge", "vow", "resolve"}
# "on the final day of the visit", "on the second day of the summit": a day of an event told before
DAY_OF_EVENT = re.compile(r"\b(first|second|third|fourth|final|last|opening|closing) day of (?:the|his|her|their|"
                          r"this) (?:\w+ )?(visit|trip|tour|summit|conference|talks|meeting|forum)\b", re.IGNORECASE)
ORDINAL_DAYS = {"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4}
# 'On the third day, X will travel to Y': a day of the stay told last, the event left unsaid
BARE_DAY_OF_EVENT = re.compile(r"^\W*(?:On|During) the (second|third|fourth|fifth|final|last|closing) day\b(?! of)",
                               re.IGNORECASE)
# A date a deadline or a span's start gives, not the event's day: "a single customs regime by 2027"
NOT_THE_DAY = {"by", "until", "till", "since"}


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
            if node != ent.root and node.pos_ == "NOUN" and node.head.lower_ == "by" \
                    and node.lower_ not in GATHERING_NOUNS and trigger_type(node) is None:
                break  # "the summit was dominated by the exit of X in January": the exit's month
            if node.head.i == node.i or (node.pos_ in ("VERB", "AUX") and node != ent.root
                                     and node.lower_ not in GATHERING_NOUNS and node.dep_ != "xcomp"):
                break  # ("the summit is expected to bring leaders together from X to Y": through 'to')
            node = node.head
    return sorted(found, key=lambda e: abs(e.root.i - anchor.i))


def _date_before_comma(ent: Any) -> Any:
    """'on Oct. 30, two days after the storm': the recogniser's one DATE holds a day and a span
    after a comma; the day is the part before it."""
    comma = next((t.i for t in ent if t.text == ","), None)
    if ent.label_ != "DATE" or comma is None or comma == ent.start:
        return ent
    # ('on November 14, days after X was sworn in': the words after the comma tell no day)
    tail = [t for t in ent if t.i > comma]
    if not duration_days(ent.text) and not (tail and all(t.is_alpha and t.is_lower for t in tail)):
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
        if node is token and token.dep_ == "pobj" and token.head.lower_ == "before" \
                and token.pos_ != "VERB":
            break  # 'will visit Oslo on Sunday before the summit': the summit is another day
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
    if told_in_present(token) and parsed.block.kind == "paragraph":
        future = True
    anchors = clause_anchors(token)
    node = anchors[-1]
    present = token.tag_ in ("VBZ", "VBP")
    coarse = None
    for anchor in anchors:
        for ent in date_phrases(parsed, anchor):
            resolved = resolve_clause_date(ent.text, ctx.published, future, present)
            if resolved and coarse is None and len(resolved) < 10:
                coarse = resolved  # 'this year': a day above it within that year may refine it
                continue
            if resolved and coarse is not None:
                # "On Monday, X was in Y, where he held talks ... this year": the day within the year
                return resolved if resolved.startswith(coarse) and len(resolved) > len(coarse) else coarse
            if resolved:
                return resolved
            if SAME_DAY.fullmatch(ent.text.lower()) and node.dep_ in ("ccomp", "parataxis"):
                # "X said on Wednesday that Y had spoken that morning": the day of the saying
                for said in date_phrases(parsed, node.head):
                    resolved = resolve_date(said.text, ctx.published)
                    if resolved:
                        return resolved
    if coarse is not None:
        return coarse
    for anchor in anchors[:1] if token.pos_ == "VERB" else []:
        # "X today welcomed Y": a bare 'today' the recogniser left unmarked, on the verb itself
        for c in anchor.children:
            if c.dep_ in ("npadvmod", "advmod") and c.lower_ in ("today", "yesterday", "tomorrow") \
                    and not list(c.children) and not parsed.in_quote(c.idx):
                return resolve_date(c.lower_, ctx.published)
    return None


def told_in_present(verb: Any) -> bool:
    """'the summit opens on Monday', 'which X is co-hosting from 9 June': told in the present."""
    return verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children))


def resolve_clause_date(text: str, published: str | None, future: bool, present: bool) -> str | None:
    """A date as a clause's tense reads it: in the present tense ('the summit ends on Friday' in a
    Friday paper) the day named may be today."""
    if present and published and resolve_date(text, published) == published:
        return published
    resolved = resolve_date(text, published, future=future)
    bare = _PART_OF_DAY.sub("", text)
    if resolved is None and bare != text and re.fullmatch(r"[A-Za-z]+day", bare):
        # "Later Thursday, X sat down with Y", "late Monday": that day
        return resolve_date(bare, published, future=future)
    return resolved


# an adverb of the time within a day before a weekday the recogniser took into the date
_PART_OF_DAY = re.compile(r"^(?:later|late|earlier|early)\s+", re.IGNORECASE)


def near_publication(start: str | None, published: str) -> bool:
    """A day of the story's news: within two days of publication."""
    if not start or len(start) != 10:
        return False
    return abs((dt.date.fromisoformat(start) - dt.date.fromisoformat(published)).days) <= 2


def stay_length(verb: Any) -> int | None:
    """'arrived in Oslo on Tuesday for a two-day visit': the arrival is the start of a stay that long."""
    if trigger_type(verb) != "visit":
        return None
    for noun in (o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children
                 if o.dep_ == "pobj" and trigger_type(o) == "visit"):
        return duration_days(verb.doc[noun.left_edge.i:noun.i + 1].text)
    # ('will travel to X on Tuesday for a two-day state visit to Y, the Presidency of the Republic
    # announced': the parse may take 'for' for a conjunction and the visit for the subject of the
    # verb after it; the words still follow the verb)
    doc = verb.doc
    after = next((t for t in doc[verb.i + 1:verb.sent.end] if t.lower_ == "for"), None)
    if after is None or any(t.pos_ == "VERB" for t in doc[verb.i + 1:after.i]):
        return None
    noun = next((t for t in doc[after.i + 1:min(after.i + 7, verb.sent.end)] if t.pos_ == "NOUN"
                 and trigger_type(t) == "visit"), None)
    return duration_days(doc[after.i + 1:noun.i + 1].text) if noun is not None else None


def noun_words_before(token: Any) -> Any:
    """The words of a noun's phrase up to it, however the parse hung them ('on the two-day 15th
    Islamic Summit', where '15th' took the preposition): back to a verb, a preposition or punctuation."""
    first = token.left_edge.i
    while first > token.sent.start and token.i - first < 6:
        before = token.doc[first - 1]
        if before.pos_ in ("VERB", "AUX", "ADP", "PUNCT", "SCONJ", "CCONJ", "PRON") and before.text != "-":
            break
        first -= 1
    return token.doc[first:token.i + 1]


def curtain_down(verb: Any) -> bool:
    """'bringing the curtain down on X', 'drew the curtain on X': the close of X."""
    return verb.lemma_.lower() in ("bring", "draw", "ring") and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "curtain" for c in verb.children)


def soon_after(token: Any) -> bool:
    verb = token if token.pos_ == "VERB" else governing_verb(token)
    if verb is None:
        return False
    words = [c.lower_ for c in verb.children]
    text = " ".join(t.lower_ for t in verb.sent)
    return ("after" in words or "soon" in words or "later" in words) and (
        "soon after" in text or "shortly after" in text or "soon afterwards" in text)
