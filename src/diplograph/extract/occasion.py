"""The occasion and date of words: the event a statement was made at (the talks, the call, the
visit the page tells of) and the day it was said, from the verb's own date, the scene the
sentence is set in, or the day of the story's lead. Words recalled from an earlier event keep
that event's day."""

from __future__ import annotations

import re
from typing import Any

from ..dates import resolve_date
from ..model import Event
from .context import Context, Parsed, on_one_known_day
from .events import date_phrases
from .mentions import governing_verb
from .page_reading import PageReading
from .reported_clauses import TRAILING, _subject_before
from .speakers import ORG_HEADS, speech_verbs

UNDATED = {"previously", "earlier", "repeatedly", "often", "long", "always", "already", "before", "frequently"}
RECALLING = {"recall", "remember"}
# ('said after the signing ceremony', 'at the signing'): the occasion of a signing told before
CEREMONY = {"ceremony", "signing"}
RELEASES = {"statement", "readout", "communique", "communiqué"}  # what an office releases, on its own day


def _past(verb: Any) -> bool:
    """'said', 'was quoted': told in the past tense."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children))


def _on_that_occasion(verb: Any | None) -> bool:
    """'told his counterpart on that occasion that ...', 'said on the occasion', 'During that call,
    X assured ...'."""
    return _occasion_word(verb) is not None


def _occasion_word(verb: Any | None) -> str | None:
    """The word of the occasion a verb's words are told at: 'occasion', or the event noun of
    'during that call', 'at that meeting'."""
    if verb is None:
        return None
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ not in ("on", "at", "during", "in"):
            continue
        for o in p.children:
            if o.dep_ != "pobj" or any(d.dep_ == "prep" for d in o.children):
                continue
            if o.lower_ == "occasion" and p.lower_ in ("on", "at") \
                    and any(d.lower_ in ("that", "the", "this") for d in o.children):
                return "occasion"
            if o.lower_ in ("call", "meeting", "talks", "conversation", "summit") \
                    and any(d.lower_ == "that" for d in o.children):
                return o.lower_
    return None


def recalling(sentence: Any) -> bool:
    """A sentence that recalls an earlier event: 'recalled their meeting ...', 'last met on ...'."""
    return any(t.pos_ == "VERB" and (t.lemma_.lower() in RECALLING or any(
        c.dep_ == "advmod" and c.lower_ == "last" for c in t.children)) for t in sentence)


def own_date(ctx: Context, parsed: Parsed, verb: Any) -> str | None:
    """The date a verb's clause gives it."""
    # "Speaking to reporters on Tuesday, Brandvik said ...": the participle's date is the saying's.
    anchors = [verb, *(c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG")]
    for ent in (e for anchor in anchors for e in date_phrases(parsed, anchor)):
        resolved = resolve_date(ent.text, ctx.published)
        if resolved:
            return resolved
    # "On Thursday, Mehta also stressed ...": a date fronting the sentence.
    for ent in parsed.ents:
        if ent.label_ == "DATE" and ent.sent == verb.sent and ent.start < verb.i and ent.root.head == verb:
            resolved = resolve_date(ent.text, ctx.published)
            if resolved:
                return resolved
    return None


def lead_day(ctx: Context) -> str | None:
    """The day the story's lead tells its news on ('X and Y agreed on Wednesday to ...'): the
    date of the first paragraph's main verb, when it is past."""
    # (a date line or a photo credit is no lead)
    # (nor is a line with no full stop, a headline the page left among the paragraphs)
    first = next((p for p in ctx.blocks if p.block.kind == "paragraph" and sum(t.is_alpha for t in p.doc) >= 8
                  and p.text.rstrip()[-1:] in ".!?\"”’"), None)
    if first is None:
        return None
    # (past a dateline the page left in the paragraph: 'CITY, November 20. /AGENCY/.' has no verb)
    sentence = next((s for s in first.doc.sents if any(t.pos_ in ("VERB", "AUX") for t in s)), None)
    if sentence is None:
        return None
    root = sentence.root
    # ('X ended a visit on Wednesday, a correspondent reported': the news is what is reported)
    reported = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i and c.tag_ in ("VBD", "VBN")]
    if root.lemma_.lower() in TRAILING and len(reported) == 1:
        root = reported[0]
    if root.pos_ not in ("VERB", "AUX") or root.tag_ not in ("VBD", "VBN"):
        return None
    date = own_date(ctx, first, root)
    for ent in (e for e in first.ents if date is None and e.label_ == "DATE" and e.sent == sentence):
        # ('held a meeting with X on June 19')
        if governing_verb(ent.root) == root or _of_the_talks(ent.root) or _after_the_talks(ent):
            date = resolve_date(ent.text, ctx.published)
    if date is None or len(date) != 10 or (ctx.published and date > ctx.published):
        return None
    return date


def _of_the_talks(token: Any) -> bool:
    """'agreed to keep the border open ..., after talks in Lilongwe on Thursday': a date of the talks
    the news came out of is the lead's, wherever the parse hangs them."""
    node = token
    for _ in range(6):
        if node.head.i == node.i or node.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
        if node.lower_ in ("talks", "meeting", "summit", "call", "conversation") and node.dep_ == "pobj" \
                and node.head.lower_ in ("after", "following", "during", "at"):
            return True
    return False


def _after_the_talks(ent: Any) -> bool:
    """'..., following talks between X and Y in Dhaka yesterday.': a date printed right after the
    phrase of the talks the news came out of is theirs, wherever the parse hangs it."""
    return any(token.lower_ in ("talks", "meeting", "summit", "call", "conversation") and token.dep_ == "pobj"
               and token.head.lower_ in ("after", "following", "during", "at") and token.right_edge.i + 1 == ent.start
               for token in ent.sent)


def _timing_verb(verb: Any | None) -> Any | None:
    """The verb whose tense and date tell when words were said: a participle's head ('said ...,
    warning that', 'welcomed the deal, calling it'), else the verb itself."""
    if verb is not None and verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.pos_ == "VERB":
        return verb.head.head  # 'was quoted as saying'
    if verb is not None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") \
            and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX") and verb.head.tag_ != "VBG":
        return verb.head
    return verb


def _types_for(word: str) -> tuple[str, ...]:
    return {"meeting": ("meeting",), "talks": ("meeting",), "call": ("phone_call",), "visit": ("visit",),
            "summit": ("summit",), "conference": ("conference",),
            "conversation": ("phone_call", "meeting"), "session": ("meeting", "conference")}.get(word, ())


class OccasionAndDate(PageReading):
    """Finding when, and at which event, words on this page were said."""

    def announced_day(self, parsed: Parsed, verb: Any, text: str) -> str | None:
        """'The agreement, announced on Monday ..., “...,” Talvik told reporters': words told in a
        sentence about a thing announced on a day were told that day; 'X has announced an agreement
        ...' is dated by a later 'The agreement, announced on Monday'."""
        def day_of(block: Parsed, sentence: Any, nouns: set[str] | None) -> str | None:
            for t in sentence:
                if t.lemma_.lower() != "announce" or t.dep_ != "acl" or t.tag_ != "VBN" or block.in_quote(t.idx):
                    continue
                if nouns is not None and t.head.lower_ not in nouns:
                    continue
                for ent in date_phrases(block, t):
                    # ('Monday after weeks' read as one date: its first words are the date)
                    for printed in [ent.text, *(ent[:n].text for n in range(min(3, len(ent) - 1), 0, -1))]:
                        day = resolve_date(printed, self.ctx.published)
                        if day and len(day) == 10:
                            return day
            return None

        if verb.lemma_.lower() in ("tell", "say") and _past(verb):
            day = day_of(parsed, verb.sent, None)
            if day is not None:
                return day
        if verb.lemma_.lower() == "announce" and any(c.dep_ == "aux" and c.lower_ in ("has", "have")
                                                     for c in verb.children):
            words = set(re.findall(r"[a-z]+", text.lower())) & {"agreement", "deal", "accord", "plan", "decision"}
            seen = False
            for block in self.ctx.blocks:
                seen = seen or block is parsed
                if seen and words:
                    for sentence in block.doc.sents:
                        if block is parsed and sentence.start <= verb.i:
                            continue
                        day = day_of(block, sentence, words)
                        if day is not None:
                            return day
        return None

    def occasion(self, parsed: Parsed, verb: Any, speaker: str) -> Event | None:
        """'X told Y on that occasion that ...': the event told last before the sentence, one the
        speaker was at if any was."""
        if not _on_that_occasion(verb):
            return None
        order = {id(p): n for n, p in enumerate(self.ctx.blocks)}
        here = (order[id(parsed)], verb.sent.start)
        before = [event for mention_parsed, token, event in self.event_mentions
                  if (order[id(mention_parsed)], token.i) < here and event.status != "scheduled" and event.start]
        word = _occasion_word(verb)
        if word != "occasion":
            before = [e for e in before if e.type in _types_for(word or "")]
        if not before:
            return None
        return next((e for e in reversed(before) if speaker in e.attendees), before[-1])

    def ceremony_day(self, parsed: Parsed, verb: Any | None) -> str | None:
        """'..., the minister said after the signing ceremony': the day of the signing told last
        before (its own day, the day of the event told in its sentence, or of 'the session' it
        closed), not the day the story leads with."""
        if verb is None or not any(
                o.dep_ == "pobj" and o.lower_ in CEREMONY and any(d.lower_ == "the" for d in o.children)
                for p in verb.children if p.dep_ == "prep" and p.lower_ in ("after", "at", "during", "following")
                for o in p.children):
            return None
        last = None
        for block in self.ctx.blocks:
            for t in block.doc:
                if block is parsed and t.i >= verb.sent.start:
                    break
                if t.lemma_.lower() == "sign" and t.pos_ == "VERB" and _past(t) and not block.in_quote(t.idx):
                    last = (block, t)
            if block is parsed:
                break
        if last is None:
            return None
        block, signed = last
        day = own_date(self.ctx, block, signed)
        if day is not None:
            return day if len(day) == 10 else None
        sentence = signed.sent
        for _p, t, event in self.event_mentions:
            if _p is block and sentence.start <= t.i < sentence.end and on_one_known_day(event):
                return event.start
        # ('At the close of the session, X and Y signed ...': the session told before)
        for token in sentence:
            if token.lower_ in ("meeting", "talks", "session", "summit", "conference") \
                    and any(c.lower_ in ("the", "this") for c in token.children):
                told = [e for e in self.events_so_far(block) if e.type in _types_for(token.lower_)
                        and on_one_known_day(e) and not self.recalled(e)]
                if told:
                    return told[-1].start
        return None

    def statement_told(self, parsed: Parsed, sentence: Any) -> str | None:
        """'..., the Office said in a statement yesterday': the day of the statement told."""
        for token in sentence:
            if token.lower_ in RELEASES and any(c.lower_ in ("a", "an") for c in token.children):
                # ('according to a readout released by the Office on Wednesday': the day it was released)
                released = [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"]
                verb = released[0] if released else governing_verb(token)
                day = self.own_date(parsed, verb) if verb is not None else None
                if day is not None and len(day) == 10:
                    return day
        for token in sentence:
            # '..., the Presidency of the Republic announced on Thursday': an office's own statement
            if token.pos_ == "VERB" and token.lemma_.lower() in TRAILING and not parsed.in_quote(token.idx) \
                    and any(s.lower_ in ORG_HEADS or parsed.entities.get(s.i, ("",))[0] == "organization"
                            for s in [*(c for c in token.children if c.dep_ == "nsubj"), *_subject_before(token)]):
                day = self.own_date(parsed, token)
                if day is not None and len(day) == 10:
                    return day
        return None

    def in_the_statement(self, verb: Any) -> str | None:
        """'..., Ramsaran-Dove said in the statement': the statement told before, and its day."""
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
            if any(o.lower_ in RELEASES and any(d.lower_ == "the" for d in o.children)
                   for o in prep.children if o.dep_ == "pobj"):
                return self.statement_day
        return None

    def day_within(self, event: Event, lead: str | None) -> str | None:
        """The day words were said at an event: a stay of several days ('a two-day visit') is not
        its first day but the day the story tells its news on, the day last told, or today, when
        that falls within it."""
        if event.type != "visit" or not event.end or event.end == event.start or not event.start:
            return event.start
        for day in (lead, self.context_date, self.ctx.published):
            if day is not None and len(day) == 10 and event.start <= day <= event.end:
                return day
        return event.start

    def lead_event(self) -> Event | None:
        """The event the story opens with: the first dated one read in its first paragraph."""
        first = next((p for p in self.ctx.blocks if p.block.kind == "paragraph"), None)
        for mention_parsed, _token, event in self.event_mentions:
            if mention_parsed is first and on_one_known_day(event) and event.type != "visit":
                return event
            if mention_parsed is first and event.status != "scheduled" and event.type in ("summit", "conference") \
                    and not event.start and event.end and len(event.end) == 10:
                return event  # ('the summit, which ended in X on Sunday evening': its last day)
        return None

    def lead_day(self) -> str | None:
        return lead_day(self.ctx)

    def events_so_far(self, parsed: Parsed, recent: int | None = None) -> list[Event]:
        """Events mentioned in the blocks read up to and including this one (only the last
        ``recent`` blocks when given), in reading order."""
        order = {id(p): n for n, p in enumerate(self.ctx.blocks)}
        here = order[id(parsed)]
        first = here - recent if recent is not None else -1
        seen: list[Event] = []
        for mention_parsed, _token, event in self.event_mentions:
            if first <= order[id(mention_parsed)] <= here and event not in seen:
                seen.append(event)
        return seen

    def own_date(self, parsed: Parsed, verb: Any) -> str | None:
        return own_date(self.ctx, parsed, verb)

    def scene_date(self, parsed: Parsed, verb: Any, speaker: str) -> str | None:
        """'Varela struck a firmer tone in an interview on Wednesday. “…,” he said.': the sentence
        before, about the same speaker, dates the words."""
        sentences = list(parsed.doc.sents)
        here = next((n for n, s in enumerate(sentences) if s.start <= verb.i < s.end), 0)
        if here == 0:
            return None
        root = sentences[here - 1].root
        if not any(parsed.entities.get(t.i) == ("person", speaker) for c in root.children
                   if c.dep_ == "nsubj" for t in c.subtree):
            return None
        for ent in (e for e in parsed.ents if e.label_ == "DATE" and e.sent == root.sent):
            if parsed.in_quote(ent.start_char) or any(a.pos_ in ("VERB", "AUX") and a != root
                                                      for a in ent.root.ancestors):
                continue  # a date of the clause's own verb only
            resolved = resolve_date(ent.text, self.ctx.published)
            if resolved:
                return resolved
        return None

    def undated(self, parsed: Parsed, verb: Any | None) -> bool:
        """'has previously said', 'says' (present), 'has called': no date can be given."""
        if verb is None:
            return False
        words = {c.lower_ for c in verb.children if c.dep_ in ("advmod", "aux", "npadvmod")}
        if words & UNDATED:
            return True
        if parsed.block.kind in ("headline", "summary"):
            return False
        if verb.tag_ in ("VBZ", "VBP"):
            return True
        return any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)

    def event_of(self, parsed: Parsed, verb: Any, speaker: str, sentence: Any | None = None) -> Event | None:
        """The event a statement was made at: named in its sentence ('during the meeting') or,
        in headline and summary, the article's main event when the speaker took part in it."""
        span = sentence or verb.sent
        # What is reported ('said he had discussed aid in a call on Monday') is not where it was said;
        # 'said ..., during a meeting' is, wherever the parse hangs the 'during'.
        # (nor is an event inside words another speech verb of the sentence reports: 'recalled their
        # meeting and agreed that the commission should meet in July')
        reported = {t.i for v in [verb, *(t for t in span if t.lemma_.lower() in speech_verbs() and t.pos_ == "VERB")]
                    for c in v.children if c.dep_ == "ccomp" for t in c.subtree}
        # (words said already, 'said' or 'has said', were not said at what is yet to come)
        said_before = _past(verb) or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had")
                                                                 for c in verb.children))
        for mention_parsed, token, event in self.event_mentions:
            if said_before and event.status == "scheduled":
                continue
            recalled = governing_verb(token)
            if recalled is not None and recalled.lemma_.lower() in RECALLING:
                continue  # 'recalled their meeting in March, and agreed that ...': a past event, not this one
            if mention_parsed is parsed and span.start <= token.i < span.end and speaker in event.attendees \
                    and (token.i not in reported or token.head.lower_ == "during"):
                if self._recalled_by_the(token, event, span):
                    continue
                return event
        for token in span:
            if token.i in reported and token.head.lower_ not in ("during", "at"):
                continue  # ('agreed that X would visit to co-chair the fifth meeting': what is reported)
            if token.lower_ in ("meeting", "talks", "call", "visit", "summit", "conference", "session") and any(
                    c.lower_ in ("the", "this") for c in token.children):
                # "said at a news conference after the talks": the talks last told that took place
                # (nor one first told as recalled: 'last met on 25 June' is not 'the meeting')
                told = [e for e in reversed(self.events_so_far(parsed)) if e.status != "scheduled"
                        and not self.recalled(e)]
                # (in the body, an event not told yet, unless it has no mention of its own, is not 'the
                # talks'; a headline or summary tells of the story's events before the body does)
                mentioned = {id(e) for _p, _t, e in self.event_mentions} \
                    if parsed.block.kind == "paragraph" else set()
                for event in [*told, *(e for e in self.ctx.events if id(e) not in mentioned
                                       and (not said_before or e.status != "scheduled"))]:
                    if speaker in event.attendees and event.type in _types_for(token.lower_):
                        return event
        return None

    def referred_day(self, parsed: Parsed, verb: Any) -> str | None:
        """'Opening the session, X said ...', 'X said at the end of the meeting': words said at 'the'
        event told before are said on its day, even when the speaker is not known to be one of its
        attendees (only an event of one known day that took place)."""
        heads = [verb, *(c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG")]
        for token in verb.sent:
            if token.lower_ not in ("meeting", "talks", "session", "summit", "conference") \
                    or not any(c.lower_ in ("the", "this") for c in token.children) \
                    or not any(a in heads for a in [token.head, token.head.head, token.head.head.head]) \
                    or governing_verb(token) not in heads:
                continue
            told = [e for e in self.events_so_far(parsed) if e.type in _types_for(token.lower_)
                    and e.status == "happened" and e.start and len(e.start) == 10
                    and e.end in (None, e.start) and not self.recalled(e)
                    # (told by that same word: 'the closing session' of a summit is not a meeting told before)
                    and any(re.search(rf"\b{token.lower_}\b", ev.text.lower()) for ev in e.evidence)
                    and not any(c.dep_ == "amod" for c in token.children)]
            if told:
                return told[-1].start
        return None

    def _recalled_by_the(self, token: Any, event: Event, span: Any) -> bool:
        """'after the talks' read as a meeting the page first told as recalled ('had last met on 12
        April'): in a sentence that recalls nothing, 'the talks' are the story's own, not that one."""
        return any(c.lower_ in ("the", "this") for c in token.children) and self.recalled(event) \
            and not recalling(span)

    def recalled(self, event: Event) -> bool:
        """Whether an event was first told in a sentence that recalls it ('last met on 25 June')."""
        first = next(((p, t) for p, t, e in self.event_mentions if e is event), None)
        return first is not None and recalling(first[1].sent)
