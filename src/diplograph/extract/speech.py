"""Statements: direct quotes (curly or straight, broken by their attribution, running over
paragraphs, short fragments like called the meeting 'timely') and reported speech ("said
China was willing to ..."), with speaker, addressee, source, event and date.

This module is the pass over the page and the building of each statement; the parts it reads
with live beside it: quotes.py (the quoted spans), reported_clauses.py (what reported speech
says), speakers.py, addressees.py and occasion.py (who said it, to whom, at which event and on
which day), speaking_bodies.py (presidencies and ministries that speak)."""

from __future__ import annotations

import re
from datetime import date as calendar_day
from datetime import timedelta
from typing import Any

from ..model import Event, Evidence, Statement
from ..reference import gazetteer, key
from .addressees import AddresseeResolution
from .context import Context, Parsed
from .events import date_phrases, remember_people
from .mentions import SINGLE_HEADS
from .occasion import UNDATED, _on_that_occasion, _past, _timing_verb, lead_day, recalling
from .quotes import MARKS, Quote, _holds_quote, _lead, _sentence_start, find_quotes
from .reported_clauses import (
    TELLING,
    TRAILING,
    _accused_of,
    _after_dateline,
    _further_clauses,
    _joined_clauses,
    _misparsed_clause,
    _said_last,
    _split_off,
    _stated_object,
    _stranded_infinitive,
    _subject_before,
    _urged,
    _verb_phrase,
    _verb_phrase_tokens,
)
from .speakers import (
    _said_again,
    bare_leaders,
    double_title,
    leaders_organization,
    reported_modal,
    reports_words,
    speaker_subjects,
    speech_verbs,
)
from .speaking_bodies import speaking_bodies

# the names the rest of the package reads statements with (documents.py, extract/__init__.py)
__all__ = ["SpeechFinder", "bare_leaders", "double_title", "find_quotes", "lead_day",
           "leaders_organization", "recalling", "speech_verbs"]

# 'on the eve of the visit': the kinds of event the noun names
EVE_OF = {"visit": ("visit",), "trip": ("visit",), "talks": ("meeting",), "meeting": ("meeting",),
          "summit": ("summit",), "conference": ("conference", "summit"), "call": ("phone_call",)}
SOURCE_NOT_SPEAKER = {"data", "figure", "figures", "estimate", "estimates", "statistics", "survey", "poll",
                      "count", "tally", "record", "records", "report", "reports"}
GATHERED = {"leaders", "ministers", "delegates", "participants", "delegations", "summit", "conference",
            "heads"}  # ('told the heads of state')
AUDIENCE = {"journalists", "reporters", "press", "media", "newsmen", "audience", "crowd", "lawmakers", "parliament",
            "agency", "newspaper", "daily", "broadcaster", "television", "radio", "channel", "outlet", "magazine"}
ADDRESSING = {"tell", "assure", "inform", "brief"}  # verbs whose object is the one told
STOPWORDS = {"the", "a", "an", "to", "of", "and", "in", "on", "for", "is", "are", "was", "were", "be", "that", "with",
             "has", "have", "had", "it", "its", "by", "as", "at", "this", "their", "will", "would", "should"}


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", key(text)) if w not in STOPWORDS}


class SpeechFinder(AddresseeResolution):
    """The statements of one page: direct quotes and reported speech, each with its speaker (from
    SpeakerResolution), addressee (AddresseeResolution) and occasion and day (OccasionAndDate)."""

    # --- the pass over the page ---------------------------------------------------------------
    def run(self) -> list[Statement]:
        ctx = self.ctx
        ctx.recent_people.clear()
        self.source_body: tuple[str, str | None] | None = None  # the body 'a source at ...' spoke for, and when
        blocks = [p for p in ctx.blocks if p.block.kind in ("headline", "summary", "paragraph")]
        speaking_bodies(ctx, blocks)
        quotes = {id(p): find_quotes(p) for p in blocks}
        pending: Quote | None = None
        for parsed in blocks:
            block_quotes = quotes[id(parsed)]
            if pending is not None:
                if block_quotes and block_quotes[0].open_at == _lead(parsed.text):
                    first = block_quotes[0]
                    first.parts = [*pending.parts, (pending.parsed, pending.start, pending.end)]
                else:
                    pending = None
            handled: set[int] = set()
            sentences = list(parsed.doc.sents)
            remembered = 0
            # Sentence by sentence, so that "he" means the last person named before it.
            for n, sentence in enumerate(sentences):
                self.sentence_no += 1
                self.source_body = self.sources_body(parsed, sentence) or self.source_body
                for quote in block_quotes:
                    if not sentence.start_char <= max(quote.start, quote.close_at - 1) < sentence.end_char:
                        continue
                    if quote.continues:
                        pending = quote
                        continue
                    if id(quote) in handled:
                        continue
                    handled.add(id(quote))
                    self.direct(parsed, quote, block_quotes, handled)
                before = len(self.statements)
                self.leaders_org = leaders_organization(parsed, sentence, ctx) or self.leaders_org
                self.reported(parsed, sentence)
                if len(self.statements) == before:
                    self.according(parsed, sentence)
                self.statement_day = self.statement_told(parsed, sentence) or self.statement_day
                remember_people(ctx, parsed, sentence)
                remembered = n + 1
            for sentence in sentences[remembered:]:
                remember_people(ctx, parsed, sentence)
            if pending is not None and pending.parsed is not parsed:
                pending = None
        return self.dedupe()

    # --- direct quotes --------------------------------------------------------------------------
    def direct(self, parsed: Parsed, quote: Quote, all_quotes: list[Quote], handled: set[int]) -> None:
        doc = parsed.doc
        words = parsed.text[quote.start:quote.end].strip()
        words = words.rstrip()
        open_token = doc.char_span(quote.open_at, quote.open_at + 1, alignment_mode="expand")
        first_inside = open_token[0] if open_token is not None else None
        full = bool(quote.open_at == _sentence_start(doc, quote.open_at) or len(words.split()) >= 8 or quote.parts)
        verb, speaker_tokens = self.attribution(parsed, quote, full)
        speakers: list[str] = []
        if verb is not None:
            speakers = [a for s in speaker_tokens for a in self.speaker(parsed, s)]
        if verb is None:
            # '“...,” according to Otieno.': the one the quote is attributed to
            speakers = self.according_to_after(parsed, quote)
        known_date = None
        if not speakers and verb is None and self.source_body is not None and re.search(
                r"\baccording to (?:the|that|this) (?:same )?(?:official )?sources?\s*,?\s*$",
                parsed.text[_sentence_start(doc, quote.open_at):quote.open_at]):
            # 'an official source at the Presidential Office said today ... The visit, according to the
            # source, "..."': the body the source spoke for, on the day it spoke
            speakers, known_date = [self.source_body[0]], self.source_body[1]
        if not speakers and verb is None and full and self.previous_speaker \
                and _sentence_start(doc, quote.open_at) == quote.open_at:
            speakers = [self.previous_speaker]  # a quote that goes on after '..., he said.'
        if not speakers:
            return
        texts = [words]
        spans = [(parsed, quote.open_at, quote.close_at)]
        # "“A,” she said, “B.”": the quote resumes right after its attribution.
        after = [q for q in all_quotes if q.open_at > quote.close_at and (id(q) not in handled or q is quote)
                 and q is not quote]
        if verb is not None and after and full:
            gap = parsed.text[quote.close_at:after[0].open_at]
            # ('“A,” he said at the ceremony, “B.”' is one quotation; '“A,” he told reporters. “B.”' two)
            if re.fullmatch(r"\s*,?\s*[^“”\".]{1,60}?\b(said|says|added|told|continued)\b[^“”\".!?]{0,50}?"
                            r"\s*[,:]?\s*", gap):
                texts.append(parsed.text[after[0].start:after[0].end].strip())
                spans.append((parsed, after[0].open_at, after[0].close_at))
                handled.add(id(after[0]))
        text = " ".join(t.strip() for t in texts)
        for part_parsed, s, e in reversed(quote.parts):
            text = part_parsed.text[s:e].strip() + " " + text
        # ('“We compete for the same visitors,” he said': the comma inside the marks is the sentence's)
        text = re.sub(r"\s*[,;:]+$", "", text)
        for speaker in _joint(self.ctx, speakers):
            statement = self.statement(parsed, speaker, text, direct=True, verb=verb, anchor=first_inside,
                                       spans=[*[(p, s - 1, e) for p, s, e in quote.parts], *spans],
                                       attribution=verb, known_date=known_date)
        if statement:
            self.previous_speaker = speakers[0]

    def sources_body(self, parsed: Parsed, sentence: Any) -> tuple[str, str | None] | None:
        """'an official source at the Presidential Office said today': the organisation an unnamed
        source speaks for, and the day the verb it is the subject of gives."""
        for token in sentence:
            if token.lemma_.lower() != "source":
                continue
            body = next((ident for p in token.children if p.dep_ == "prep" and p.lower_ in ("at", "in", "from", "of")
                         for o in p.children if o.dep_ == "pobj" for t in o.subtree
                         for kind, ident in [parsed.entities.get(t.i, ("", ""))] if kind == "organization"), None)
            if body is None:
                continue
            # ('..., an official source at the Office said today': the parse may hang the verb elsewhere)
            verb = next((t for t in sentence if t.i > token.i and t.pos_ == "VERB"
                         and t.lemma_.lower() in speech_verbs()), None)
            if verb is None:
                continue
            return body, (self.own_date(parsed, verb) if verb is not None else None)
        return None

    def according_to_after(self, parsed: Parsed, quote: Quote) -> list[str]:
        """'“...,” according to Otieno.': the person (or body) named right after the quote."""
        match = re.match(r"\s*,?\s*according to\s+", parsed.text[quote.close_at:quote.close_at + 40])
        if match is None:
            return []
        span = parsed.doc.char_span(quote.close_at + match.end(), quote.close_at + match.end() + 1,
                                    alignment_mode="expand")
        if span is None:
            return []
        token = span[0]
        while token.dep_ in ("compound", "det", "amod") and token.head.i > token.i:
            token = token.head
        return self.speaker(parsed, token)

    def attribution(self, parsed: Parsed, quote: Quote, full: bool) -> tuple[Any | None, list[Any]]:
        """The speech verb that reports a quote, and its subject tokens."""
        doc = parsed.doc
        inside = [t for t in doc if quote.start <= t.idx < quote.end]
        if not inside:
            return None, []
        # A fragment: the nearest speech verb above it ('calls the meeting ‘timely’').
        if not full:
            node = inside[0]
            for _ in range(14):
                if node.pos_ == "VERB" and node.lemma_.lower() in speech_verbs() and not (
                        quote.start <= node.idx < quote.end):
                    return self.reporter(parsed, node), speaker_subjects(self.reporter(parsed, node))
                if node.head.i == node.i:
                    break
                node = node.head
            return None, []
        # "X told Y that they should “...”, the ministry said": the speech verb the quote hangs
        # under, before it, reports it; the sentence's last 'said' reports the telling.
        node = inside[0]
        for _ in range(8):
            if node.head.i == node.i:
                break
            node = node.head
            if node.pos_ == "VERB" and node.lemma_.lower() in speech_verbs() and node.idx < quote.open_at \
                    and node.dep_ in ("ccomp", "parataxis") and speaker_subjects(node):
                return node, speaker_subjects(node)
        sentence = inside[-1].sent
        candidates = [t for t in sentence if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in speech_verbs()
                      and not (quote.start <= t.idx < quote.end)]
        candidates.sort(key=lambda t: (0 if t.idx >= quote.end else 1, abs(t.idx - quote.end)))
        for verb in candidates:
            found = speaker_subjects(verb)
            if found:
                return verb, found
        first = inside[0].sent
        if first != sentence:
            for t in first:
                if t.pos_ == "VERB" and t.lemma_.lower() in speech_verbs() and t.idx < quote.start:
                    return t, speaker_subjects(t)
        return None, []

    # --- reported speech ------------------------------------------------------------------------
    def reported(self, parsed: Parsed, sentence: Any) -> None:
        for token in sentence:
            # ('pointed out that ...' reports words; 'pointed to the port' does not)
            if token.pos_ not in ("VERB",) or not reports_words(token):
                continue
            if parsed.in_quote(token.idx) or reported_modal(token):
                continue
            # (a clause whose verb is quoted, 'said that Abidjan was "honoured and ready"', is still
            # reported speech when its subject is not)
            clauses = [c for c in token.children if c.dep_ == "ccomp" and not all(
                parsed.in_quote(t.idx) for t in c.subtree if not t.is_punct and t.dep_ != "mark")]
            speaker_tokens = speaker_subjects(token)
            if not clauses:
                clauses = [c for c in [_misparsed_clause(token), _stated_object(token), _urged(token),
                                       _accused_of(token), _verb_phrase(token, parsed)]
                           if c is not None and not parsed.in_quote(c.idx)][:1]
                if clauses and clauses[0] is token and self.reporter(parsed, token) is not token:
                    continue  # ('Li said Beijing was willing ... and urged ...': the words Li reports)
            if not clauses:
                if not self.relative(parsed, token, speaker_tokens):
                    self.trailing(parsed, sentence, token, speaker_tokens)
                continue
            speakers = [a for s in speaker_tokens for a in self.speaker(parsed, s)]
            if not speakers:
                continue
            for clause in [clauses[0], *(c for c in [*_further_clauses(token, clauses[0]), *_joined_clauses(clauses[0])]
                                         if not parsed.in_quote(c.idx))]:
                self.reported_clause(parsed, token, clause, speaker_tokens, speakers)

    def reported_clause(self, parsed: Parsed, token: Any, clause: Any, speaker_tokens: list[Any],
                        speakers: list[str]) -> None:
        """One clause a speech verb reports, as the speaker's statement."""
        again = {t.i for c in clause.children if c.dep_ == "conj" and (_said_again(c) or c in _joined_clauses(clause))
                 for t in [*c.subtree, *(x for x in clause.children if x.dep_ == "cc" and x.i < c.i)]}
        # (in text order: a subtree is walked in tree order, which a crossing parse makes differ)
        if clause is token:
            tokens = _verb_phrase_tokens(token)  # 'welcomed the progress made', 'urged his peers to ...'
        else:
            tokens = _after_dateline(sorted((t for t in clause.subtree if (t.dep_ != "mark" or t.head != clause)
                                             and t.i not in again), key=lambda t: t.i))
            tokens += [t for t in _stranded_infinitive(token, clause) if t.i not in again]
        while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in ("and", "but")):
            tokens.pop()
        while tokens and (tokens[0].is_punct or tokens[0].lower_ == "that"
                          or (tokens[0].lower_ == "to" and tokens[0].head == clause)):
            tokens.pop(0)
        if len(tokens) < 3:
            return
        tokens = _split_off(tokens)
        # ('..., according to a statement from Villa Somalia': the source, not the words)
        according = next((n for n, t in enumerate(tokens) if n and t.lower_ == "according" and n + 1 < len(tokens)
                          and tokens[n + 1].lower_ == "to" and tokens[n - 1].text == ","), None)
        if according is not None and according >= 4:
            tokens = tokens[:according - 1]
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        text = parsed.text[start:end]
        for opener, closer in (("“", "”"), ("‘", "’")):
            if text.count(opener) > text.count(closer) and parsed.text[end:end + 1] == closer:
                end += 1
                text += closer
        if text.count('"') % 2 and parsed.text[end:end + 1] == '"':
            end += 1  # ('the talks had been "frank and very useful".')
            text += '"'
        elif clause is not token and text.count('"') % 2 and parsed.text[end:end + 2] == '."':
            text += '"'  # ('the talks had been "frank and very useful."': the mark closes after the full stop)
        if clause is token and text.count('"') % 2:
            # ('urged them not to "stir up trouble."': the mark closes after the full stop)
            if not re.match(r'[.,;]?"', parsed.text[end:end + 2]):
                return
            text += '"'
        if text.count("“") != text.count("”"):
            return
        quoted = sum(b - a for a, b in parsed.quotes if start <= a and b <= end)
        if quoted > 0.6 * (end - start):
            # 'said China was “an advocate ...”': the quote itself is the statement; but 'told the
            # session that the region could no longer wait "for money ..."': a whole clause before the
            # quote is the speaker's words too
            head = _unquoted_head(parsed, tokens, start, end)
            if head is None:
                return
            tokens = head
            end = tokens[-1].idx + len(tokens[-1].text)
            text = parsed.text[start:end]
        span_start = min(t.idx for t in [*(s.left_edge for s in speaker_tokens), token, *tokens])
        for speaker in _joint(self.ctx, speakers):
            self.statement(parsed, speaker, text, direct=False, verb=token, anchor=token,
                           spans=[(parsed, span_start, end)], attribution=token)

    def relative(self, parsed: Parsed, verb: Any, speaker_tokens: list[Any]) -> bool:
        """'the railway, which Mwansa told lawmakers last month would need financing from ...': a
        speech verb in a relative clause whose words follow it, opened by a modal or a verb in the
        past, and are about what the relative pronoun stands for."""
        doc = parsed.doc
        if verb.dep_ != "relcl" or verb.lemma_.lower() not in ("say", "tell") or not any(
                c.lower_ in ("which", "that") and c.i < verb.i for c in verb.children):
            return False
        start = verb.right_edge.i + 1
        end = verb.sent.end
        if start >= end or doc[start].tag_ != "MD":
            return False
        head = next((t for t in doc[start:end] if t.pos_ in ("VERB", "AUX") and t.tag_ != "MD"), None)
        if head is None:
            return False
        tokens = [t for t in doc[start:end] if t.i >= start and (t == head or head in t.ancestors or t.head == head)]
        tokens = [t for t in doc[start:max(t.i for t in tokens) + 1]]
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        speakers = [a for s in speaker_tokens for a in self.speaker(parsed, s)]
        if len(tokens) < 3 or not speakers or any(parsed.in_quote(t.idx) for t in tokens):
            return False
        begin, finish = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        for speaker in _joint(self.ctx, speakers):
            self.statement(parsed, speaker, parsed.text[begin:finish], direct=False, verb=verb, anchor=verb,
                           spans=[(parsed, min(verb.idx, *(s.left_edge.idx for s in speaker_tokens)), finish)],
                           attribution=verb)
        return True

    def trailing(self, parsed: Parsed, sentence: Any, verb: Any, speaker_tokens: list[Any]) -> None:
        """'Tovarek will travel to Strelsau on Monday, the foreign ministry said in a statement.':
        the parse hangs the attribution on the clause it reports; the words are all before it."""
        doc = parsed.doc
        if verb.lemma_.lower() not in TRAILING or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
            return
        if verb.dep_ in ("conj", "parataxis") and verb.head.i < verb.i and len(speaker_tokens) == 1 \
                and speaker_tokens[0].head.i == verb.i and speaker_tokens[0].i < verb.i:
            subject = speaker_tokens[0]
        elif _said_last(verb, sentence) and _subject_before(verb):
            # '..., his Ivorian counterpart, Koffi Adjovi, the Presidency of the Republic announced on
            # Thursday.': however the parse hangs it, a body named right before the sentence's last verb,
            # after a comma, is who says the words before that comma
            subject = _subject_before(verb)[0]
        else:
            return
        comma = subject.left_edge.i - 1
        if comma <= sentence.start or doc[comma].text != ",":
            return
        tokens = _after_dateline([t for t in doc[sentence.start:comma] if not t.is_space])
        while tokens and tokens[0].is_punct:
            tokens.pop(0)
        if len(tokens) < 4 or any(parsed.in_quote(t.idx) for t in tokens):
            return
        speakers = self.speaker(parsed, subject)
        if not speakers:
            return
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        for speaker in _joint(self.ctx, speakers):
            self.statement(parsed, speaker, parsed.text[start:end], direct=False, verb=verb, anchor=verb,
                           spans=[(parsed, start, verb.idx + len(verb.text))], attribution=verb)

    def according(self, parsed: Parsed, sentence: Any) -> None:
        """'The two leaders discussed trade, according to the Qatar News Agency.': with no speech
        verb, the sentence is reported speech of the organisation it is attributed to; 'according to
        the statement' is the organisation whose statement was last reported."""
        doc = parsed.doc
        according = next((t for t in sentence if t.lower_ == "according" and t.i + 1 < sentence.end
                          and doc[t.i + 1].lower_ == "to"), None)
        if according is None or any(parsed.in_quote(t.idx) for t in sentence):
            return
        to = doc[according.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if not objs or objs[0].lemma_.lower() in SOURCE_NOT_SPEAKER:
            return
        phrase = doc[objs[0].left_edge.i:objs[0].right_edge.i + 1]
        speaker = next((ident for t in phrase for kind, ident in [parsed.entities.get(t.i, ("", ""))]
                        if kind == "organization"), None)
        said_before = None
        if speaker is None:
            # 'according to a statement from the government in Skopje'
            government = next((t for t in phrase if t.lower_ == "government"), None)
            found = self.government(parsed, government, phrase) if government is not None else []
            speaker = found[0] if found else None
        if speaker is None and objs[0].lower_ in ("him", "her") and self.last_said is not None \
                and self.last_said[1] in self.ctx.people:
            # ('The Ambassador said that ... According to him, ...': the one who spoke last)
            speaker = self.last_said[1]
            said_before = self.speaker_context.get(speaker, (None, None))[0]
        if speaker is None and objs[0].pos_ in ("PROPN", "NOUN"):
            # 'According to the Romanian minister, Bucharest will host ...': a person the phrase names
            people = [p for p in self.speaker(parsed, objs[0]) if p in self.ctx.people]
            speaker = people[0] if len(people) == 1 else None
        if speaker is None and objs[0].lower_ == "statement" and any(c.lower_ == "the" for c in objs[0].children):
            speaker = self.last_organization
            said_before = self.speaker_context.get(speaker or "", (None, None))[0]
        if speaker is None:
            return
        words = [t for t in sentence if not t.is_space]
        first, last = min(according.i, *(t.i for t in phrase)), phrase.end - 1
        if last >= words[-1].i - 1:  # '..., according to X.'
            tokens = [t for t in words if t.i < first]
        elif first == words[0].i:  # 'According to X, ...'
            tokens = [t for t in words if t.i > last]
        else:
            return
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        while tokens and tokens[0].is_punct:
            tokens.pop(0)
        if len(tokens) < 4 or not any(t.pos_ in ("VERB", "AUX") for t in tokens):
            return
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        self.statement(parsed, speaker, parsed.text[start:end], direct=False, verb=None, anchor=tokens[0],
                       spans=[(parsed, sentence.start_char, sentence.end_char)], attribution=None,
                       known_date=said_before)

    # --- building one statement -----------------------------------------------------------------
    def statement(self, parsed: Parsed, speaker: str, text: str, *, direct: bool, verb: Any | None,
                  anchor: Any | None, spans: list[tuple[Parsed, int, int]], attribution: Any | None,
                  known_date: str | None = None) -> Statement | None:
        ctx = self.ctx
        text = text.strip()
        if direct or not _holds_quote(text):
            text = text.strip(MARKS).strip()
        if not text:
            return None
        addressees: list[str] = []
        source = according = None
        date = known_date
        made_at: Event | None = None
        telling = attribution
        # '..., Rama said, warning that ...', 'welcomed the deal, calling it “...”': a participle is
        # said when the verb it hangs on was.
        attribution = _timing_verb(attribution)
        undated = self.undated(parsed, attribution)
        previously = attribution is not None and bool(
            {c.lower_ for c in attribution.children if c.dep_ in ("advmod", "npadvmod")} & UNDATED)
        if telling is not None:
            # ('briefed his guest on ..., and underlined that ...': the one briefed is the one told)
            addressing = [telling, *([telling.head] if telling.dep_ == "conj" and telling.head.pos_ == "VERB"
                                     and telling.head.lemma_.lower() in ADDRESSING else [])]
            for told in addressing:
                for child in told.children:
                    if child.dep_ in ("dobj", "dative") and told.lemma_.lower() in ADDRESSING:
                        addressees.extend(self.addressee(parsed, child, speaker))
            date = self.eve_of(attribution, speaker) or self.own_date(parsed, attribution) \
                or self.in_the_statement(attribution) \
                or self.announced_day(parsed, attribution, text) or self.ceremony_day(parsed, attribution)
            if date is None and (self.to_an_outlet(telling) or self.same_interview(telling, speaker)):
                # ('X, who arrived on Friday, told Arab News that ...': an interview the story gives
                # no day for, held at none of the events told; nor are the words that go on from it:
                # '"...," he said', 'The diplomat added that ...')
                previously = undated = True
                self.interviewed.add(speaker)
            else:
                self.interviewed.discard(speaker)
            if date is None and any(e.label_ == "DATE" for e in date_phrases(parsed, attribution)):
                undated = True  # 'said last week': a day the story does not give
            if not previously:
                made_at = self.occasion(parsed, attribution, speaker) or self.event_of(parsed, attribution, speaker)
                if made_at is not None and date is None and _on_that_occasion(attribution):
                    date = made_at.start
            if date is None and made_at is None and not previously and not undated:
                date = self.scene_date(parsed, attribution, speaker) or self.referred_day(parsed, attribution)
        reporting = attribution if attribution is not None else anchor
        sentence = reporting.sent if reporting is not None else None
        if sentence is not None:
            source, according = self.according_to(parsed, sentence)
            if made_at is None and not previously and not (undated and attribution is not None
                                                            and attribution.dep_ == "relcl"):
                # (not 'X is to meet Y, who has said ...': the words of a relative clause said
                # some time before are not said at the sentence's event)
                made_at = self.event_of(parsed, sentence.root, speaker, sentence=sentence)
        if telling is not None and (made_at is None or (made_at.type not in ("summit", "conference") and any(
                c.dep_ in ("dobj", "dative") and any(d.lower_ == "fellow" for d in c.children)
                for c in telling.children))) and not previously and any(
                c.dep_ in ("dobj", "dative") and c.lower_ in GATHERED
                and any(d.lower_ in ("the", "fellow") for d in c.children)
                and not any(d.lower_ in ("press", "news") for d in c.children)  # ('told the press conference')
                for c in telling.children):
            # 'Kos told the leaders that ...', 'told fellow ministers that ...': said to the gathering
            # of leaders told last, more than at talks of two that day
            # (else, one told only further down: the gathering the story is about comes first)
            order = {id(p): n for n, p in enumerate(self.ctx.blocks)}
            here = (order[id(parsed)], telling.sent.start)
            before = [e for p, t, e in self.event_mentions if (order[id(p)], t.i) < here]
            gatherings = [e for e in [*reversed(before), *self.ctx.events]
                          if e.type in ("summit", "conference") and e.status != "scheduled"]
            made_at = gatherings[0] if gatherings else None
        if made_at is None and addressees and not previously:
            # (an event told only further down is not the one the words were said at)
            shared = [e for e in self.events_so_far(parsed) if speaker in e.attendees
                      and all(a in e.attendees for a in addressees)
                      and not (telling is not None and _past(telling) and e.status == "scheduled")]
            # (words told to one person are told at the talks of the two, more than at the summit
            # both attend)
            shared.sort(key=lambda e: (set(e.attendees) != {speaker, *addressees},
                                       e.type in ("summit", "conference")))
            made_at = shared[0] if shared else None
            first = next((p for p in ctx.blocks if p.block.kind == "paragraph"), None)
            if made_at is None and parsed is first and telling is not None and date is None and (
                    not undated or telling.tag_ == "VBN"):
                # 'X has told her Peruvian counterpart that ...' in the lead: the one meeting of the
                # two the story goes on to tell
                later = [e for e in ctx.events if set(e.attendees) == {speaker, *addressees}
                         and e.status == "happened" and e.start and len(e.start) == 10]
                made_at = later[0] if len(later) == 1 else None
        if made_at is not None:
            undated = False
        if date is None and made_at is not None and not undated:
            # (a gathering the story gives only the day it ended on, 'the summit, which ended on
            # Sunday': words said at it are dated to that day)
            date = made_at.start or (made_at.end if made_at.type in ("summit", "conference") else None)
        continued = attribution is None and speaker == self.previous_speaker
        if date is None and not undated and (continued or (attribution is not None and _past(attribution))):
            # "…,” Wang said, according to the readout.': when he last spoke, unless told otherwise;
            # else at the latest event he took part in; else on the day of publication.
            earlier = self.speaker_context.get(speaker)
            # Words are said at meetings, calls and summits more than "at" a visit.
            candidates = [e for e in reversed(self.events_so_far(parsed, recent=2)) if speaker in e.attendees
                          and e.status == "happened" and e.start and len(e.start) == 10
                          and not self.recalled(e)]  # (not 'had last met on 12 April': a past meeting)
            current = next((e for e in candidates if e.type != "visit"), candidates[0] if candidates else None)
            lead = self.lead_event()
            lead_day = (lead.start or lead.end) if lead is not None else self.lead_day()
            if earlier is not None:
                date, made_at = earlier[0], made_at or earlier[1]
            elif current is not None:
                date, made_at = self.day_within(current, lead_day), made_at or current
            elif lead_day is not None and not continued:
                date = lead_day  # the story's own event: what is said in it is said there and then
            elif not continued:
                date = ctx.published
        if date is not None and made_at is not None and made_at.start and made_at.start != date and not (
                made_at.end and len(date) == 10 and made_at.start <= date <= made_at.end):
            made_at = None
        if date is not None and made_at is None and not previously:
            made_at = next((e for e in ctx.events if speaker in e.attendees and e.start == date), None)

        audience = telling is not None and any(c.dep_ in ("dobj", "dative") and c.lower_ in AUDIENCE
                                               for c in telling.children)
        if made_at is not None and not addressees:
            others = [a for a in made_at.attendees if a != speaker and a in ctx.people]
            # (not one told by a title no one there holds: 'told the chief adviser' at a meeting of ministers)
            # (nor one who 'told the summit': the gathering, not the one other there)
            told = telling is not None and telling.lemma_.lower() in TELLING and any(
                c.dep_ in ("dobj", "dative") and c.lower_ not in AUDIENCE | GATHERED
                for c in telling.children) and not any(
                c.dep_ in ("dobj", "dative") and c.lower_ in SINGLE_HEADS and any(d.lower_ == "the" for d in c.children)
                for c in telling.children)
            if len(others) == 1 and (told or (made_at.type == "phone_call" and not audience)):
                addressees = others  # on a call between two, what one says is said to the other
        addressees = list(dict.fromkeys(addressees))  # ('briefed her guest ... and informed her that ...')
        evidence = [self.span_evidence(p, s, e) for p, s, e in spans]
        statement = Statement(id=f"s{len(self.statements) + 1}", speaker=speaker, text=text, direct=direct,
                              addressees=addressees, date=date, made_at=made_at.id if made_at else None,
                              source=source, according_to=according, evidence=evidence)
        statement_block = parsed.block.kind
        if telling is not None:
            self.learn_gender(parsed, telling, speaker)
        if speaker in ctx.organizations:
            self.last_organization = speaker
        self.statements.append(statement)
        self.last_said = (self.sentence_no, speaker)
        self._kinds[statement.id] = statement_block
        if date:
            self.context_date, self.context_block = date, parsed
            self.speaker_context[speaker] = (date, made_at)
        return statement

    def eve_of(self, verb: Any, speaker: str) -> str | None:
        """'On the eve of the visit, X told ...': the day before the event named, when the story
        gives its day (the speaker's own event of that kind, else the one such event told)."""
        noun = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "at")
                     for e in p.children if e.dep_ == "pobj" and e.lower_ == "eve"
                     for q in e.children if q.dep_ == "prep" and q.lower_ == "of"
                     for o in q.children if o.dep_ == "pobj"), None)
        kind = EVE_OF.get(noun.lemma_.lower()) if noun is not None else None
        if kind is None:
            return None
        dated = [e for e in self.ctx.events if e.type in kind and e.start and len(e.start) == 10]
        own = [e for e in dated if speaker in e.attendees]
        found = own or dated
        if len({e.start for e in found}) != 1 or not found[0].start:
            return None
        return (calendar_day.fromisoformat(found[0].start) - timedelta(days=1)).isoformat()

    @property
    def interviewed(self) -> set[str]:
        """The speakers whose last words were told to a news outlet, undated."""
        found: set[str] = self.__dict__.setdefault("_interviewed", set())
        return found

    def same_interview(self, verb: Any, speaker: str) -> bool:
        """Words that go on, in the next sentences, from words told to an outlet by the same speaker,
        told to no one else."""
        return speaker in self.interviewed and self.last_said is not None and self.last_said[1] == speaker \
            and self.sentence_no - self.last_said[0] <= 3 and not any(
                c.dep_ in ("dobj", "dative") for c in verb.children)

    def to_an_outlet(self, verb: Any) -> bool:
        """'told Arab News', 'told TASS', 'told Reuters': words told to a news outlet, the page's
        own or one the outlets lexicon knows."""
        names = set(gazetteer().outlets)
        hint = self.ctx.page.publisher_hint
        if hint:
            full, alternates = gazetteer().outlet(hint)
            names |= {key(n) for n in (hint, full, *alternates)}
        if any(c.dep_ == "prep" and c.lower_ in ("after", "following", "during", "at", "before", "on")
               for c in verb.children):
            return False  # ('told ERR News after the meeting': an occasion that dates it)
        return verb.lemma_.lower() in ADDRESSING and any(
            key(verb.doc[c.left_edge.i:c.i + 1].text) in names or key(c.text) in names
            # ('told the Daily Courier': the outlet's name without its article)
            or key(" ".join(t.text for t in verb.doc[c.left_edge.i:c.i + 1] if t.dep_ != "det")) in names
            for c in verb.children if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN")

    def span_evidence(self, parsed: Parsed, start: int, end: int) -> Evidence:
        text = parsed.text
        end = min(end, len(text))
        while end > start and text[end - 1] in " ,;:":
            end -= 1
        # a sentence-final period belongs to the words
        if end < len(text) and text[end] == "." and text[end - 1] not in ".”\"":
            end += 1
        if start < 0:
            start = 0
        return self.ctx.evidence(parsed, start, end)

    def according_to(self, parsed: Parsed, sentence: Any) -> tuple[str | None, str | None]:
        for token in sentence:
            if token.lower_ == "according" and token.i + 1 < len(parsed.doc) and parsed.doc[token.i + 1].lower_ == "to":
                to = parsed.doc[token.i + 1]
                objs = [c for c in to.children if c.dep_ == "pobj"]
                if not objs:
                    continue
                phrase = parsed.doc[objs[0].left_edge.i:objs[0].right_edge.i + 1]
                org = None
                for t in phrase:
                    entity = parsed.entities.get(t.i)
                    if entity and entity[0] == "organization":
                        org = entity[1]
                        break
                return phrase.text, org
        return None, None

    # --- a headline or summary point that restates the body is not a second statement -------
    def dedupe(self) -> list[Statement]:
        body = [s for s in self.statements if self._kinds.get(s.id) == "paragraph"]
        kept: list[Statement] = []
        for statement in self.statements:
            if self._kinds.get(statement.id) in ("headline", "summary") and any(
                    _restates(statement, other) for other in body):
                continue
            if any(_same(statement, other) for other in kept):
                continue
            kept.append(statement)
        for n, statement in enumerate(kept, start=1):
            statement.id = f"s{n}"
        return kept


def _joint(ctx: Context, speakers: list[str]) -> list[str]:
    """'X and his counterpart Y said that ...', 'the two leaders said': words said jointly are each
    speaker's; otherwise the first speaker found is the one."""
    unique = list(dict.fromkeys(speakers))
    if len(unique) > 1 and (all(s in ctx.people for s in unique) or all(
            s in ctx.places and ctx.places[s].type == "Country" for s in unique)):
        return unique  # (or 'the two governments commit to ...': each country's)
    return unique[:1]


def _restates(short: Statement, body: Statement) -> bool:
    a, b = key(short.text), key(body.text)
    if a in b:
        return True
    words_a, words_b = _content_words(a), _content_words(b)
    if not words_a or not words_b:
        return False
    overlap = len(words_a & words_b) / min(len(words_a), len(words_b))
    return overlap >= 0.5 and short.direct == body.direct


def _same(a: Statement, b: Statement) -> bool:
    return a.speaker == b.speaker and a.direct == b.direct and key(a.text) == key(b.text)


def _unquoted_head(parsed: Parsed, tokens: list[Any], start: int, end: int) -> list[Any] | None:
    """The words of a reported clause before the quotation that ends it, when they are a clause of
    their own ('the region could no longer wait' of 'the region could no longer wait "for money
    ..."'): a subject and a verb, four words at least, the quote running to the clause's end."""
    first = min((a for a, b in parsed.quotes if start <= a and b <= end), default=None)
    if first is None or not all(parsed.in_quote(t.idx) or t.is_punct or t.idx < first for t in tokens):
        return None
    head = [t for t in tokens if t.idx < first]
    while head and head[-1].is_punct:
        head.pop()
    if len([t for t in head if t.is_alpha]) < 4:
        return None
    verbs = [t for t in head if t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG"]
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c in head for v in verbs for c in v.children):
        return None
    return head
