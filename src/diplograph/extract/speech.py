"""Statements: direct quotes (curly or straight, broken by their attribution, running over
paragraphs, short fragments like called the meeting 'timely') and reported speech ("said
China was willing to ..."), with speaker, addressee, source, event and date."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..dates import resolve_date
from ..iris import slug
from ..model import Event, Evidence, Statement
from ..reference import data_rows, gazetteer, key
from .context import Context, Parsed
from .events import date_phrases, remember_people
from .mentions import SINGLE_HEADS, _event_group, _group_of, agents, governing_verb, subjects, title_fits

OPENERS = {"“": "”", "‘": "’", '"': '"', "'": "'"}
UNDATED = {"previously", "earlier", "repeatedly", "often", "long", "always", "already", "before", "frequently"}
SOURCE_NOT_SPEAKER = {"data", "figure", "figures", "estimate", "estimates", "statistics", "survey", "poll",
                      "count", "tally", "record", "records", "report", "reports"}
TRAILING = {"say", "announce", "report", "state", "confirm", "add"}  # '..., the ministry said.'
NOT_CLAUSE = {"nothing", "something", "anything", "goodbye", "words", "word", "prayer", "prayers", "thanks"}
CONTINUING = {"add", "continue"}
GATHERED = {"leaders", "ministers", "delegates", "participants", "delegations", "summit", "conference"}
TELLING = {"tell", "inform", "assure", "brief", "remind", "warn"}
LEADERS = {"leaders", "heads"}
MEMBERS = {"states", "countries", "nations", "governments"}
ORG_HEADS = {"ministry", "office", "presidency", "department", "embassy", "secretariat", "agency", "commission"}
STATING = {"reiterate", "reaffirm", "express", "convey", "underline", "underscore", "emphasise", "emphasize",
           "stress"}
REQUESTING = {"ask", "call"}
RECALLING = {"recall", "remember"}
URGING = {"urge", "ask", "call", "encourage", "press", "pledge", "vow", "promise", "undertake"}
# Verbs whose object is what is said: 'welcomed the steady improvement in relations', 'thanked
# Kuwait for its care', 'proposed a joint working group'; the words are the verb and what follows
ACTING_WORDS = {"welcome", "thank", "propose", "praise", "commend", "hail", "condemn", "congratulate"}
# ('welcomed his guest', 'thanked him'): an object that is only the one greeted is no saying
GREETED = {"guest", "guests", "counterpart", "counterparts", "visitor", "visitors", "delegation", "delegations",
           "him", "her", "them", "leaders", "ministers", "president", "minister", "everyone", "all", "heads"}
AUDIENCE = {"journalists", "reporters", "press", "media", "newsmen", "audience", "crowd", "lawmakers", "parliament",
            "agency", "newspaper", "daily", "broadcaster", "television", "radio", "channel", "outlet", "magazine"}
HEAD_OF = {"state": ("president", "king", "queen", "emir", "sultan", "monarch"),
           "government": ("prime minister", "premier", "chancellor", "president of the government")}
TITLE_HEADS = {"minister", "president", "secretary", "chancellor", "premier", "taoiseach"}
RELATIVE = {"who", "which", "that"}
NOBODY = ""  # a description that fits no one named: no speaker, rather than the last one titled
STOPWORDS = {"the", "a", "an", "to", "of", "and", "in", "on", "for", "is", "are", "was", "were", "be", "that", "with",
             "has", "have", "had", "it", "its", "by", "as", "at", "this", "their", "will", "would", "should"}


@lru_cache(maxsize=1)
def speech_verbs() -> set[str]:
    return {row[0] for row in data_rows("lexicons", "speech_verbs.txt")}


@dataclass
class Quote:
    parsed: Parsed
    start: int  # doc characters of the words inside the marks
    end: int
    open_at: int  # the opening mark
    close_at: int  # one past the closing mark (or end of block when the quote runs on)
    continues: bool = False  # runs on into the next paragraph
    parts: list[tuple[Parsed, int, int]] = field(default_factory=list)


def find_quotes(parsed: Parsed) -> list[Quote]:
    """Quoted spans in a block: curly or straight marks; a ’ followed by a letter is an apostrophe."""
    text = parsed.text
    quotes: list[Quote] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in OPENERS and _opens(text, i):
            closer = OPENERS[ch]
            j = i + 1
            while j < len(text):
                if text[j] == closer and _closes(text, j, ch):
                    break
                j += 1
            inner = text[i + 1:j].strip()
            if j >= len(text):
                if ch in "“\"" and i == len(text) - len(text.lstrip()):
                    quotes.append(Quote(parsed, i + 1, len(text), i, len(text), continues=True))
                i += 1
                continue
            if _nickname(text, i, j):
                i = j + 1
                continue
            if inner and (ch in "“\"" or len(inner.split()) <= 12):
                quotes.append(Quote(parsed, i + 1, j, i, j + 1))
                i = j + 1
                continue
        i += 1
    parsed.quotes = [(q.start, q.end) for q in quotes]
    return quotes


def _nickname(text: str, i: int, j: int) -> bool:
    """'Prime Minister Philip “Brave” Davis': a name or two in capitals between a given name and
    a surname is a nickname, no quotation."""
    return bool(re.fullmatch(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?", text[i + 1:j])
                and re.search(r"\b[A-Z][\w'’.-]+ $", text[max(0, i - 40):i])
                and re.match(r" [A-Z][\w'’-]+", text[j + 1:j + 40]))


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in "'’":
        return before in " \t([—–-" and after.isalnum()
    if text[i] == "‘":
        return not before.isalnum()
    return not after.isspace() or text[i] == "“"


def _closes(text: str, j: int, opener: str) -> bool:
    after = text[j + 1] if j + 1 < len(text) else " "
    if opener in ("'", "‘"):
        return not after.isalpha()
    return True


def speaker_subjects(verb: Any) -> list[Any]:
    """The subjects of a speech verb; 'X, who said ...': the relative pronoun stands for X."""
    if _said_again(verb):
        return speaker_subjects(verb.head.head)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.pos_ == "VERB" \
            and verb.head.head.i != verb.i:
        # 'X was quoted as saying', 'X was reported as saying': the one quoted
        return speaker_subjects(verb.head.head)
    found = []
    for subject in subjects(verb) or _name_before_aside(verb):
        if subject.lower_ in RELATIVE and subject.head.dep_ == "relcl" and subject.head.head.i != subject.head.i:
            found.append(subject.head.head)
        else:
            found.append(subject)
    return found


def _name_before_aside(verb: Any) -> list[Any]:
    """'Holness, sitting beside his guest, said ...': the parse may hang the name that opens the
    sentence, cut off from the verb by a participle phrase between commas, as a modifier of the
    verb; it is the verb's subject."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "," \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return []
    for child in verb.children:
        # (a name the tagger took for an adverb: 'Otieno, for her part, said')
        named = child.pos_ == "PROPN" or (child.pos_ in ("ADV", "NOUN") and child.text[:1].isupper())
        if child.i >= verb.i or not named or child.dep_ not in ("advcl", "npadvmod", "dep", "nmod", "advmod"):
            continue
        after = child.right_edge.i + 1
        if child.left_edge.i != verb.sent.start or doc[after].text != ",":
            continue
        aside = doc[after + 1:verb.i - 1]
        # ('sitting beside his guest', 'for her part', 'in turn', 'meanwhile')
        opens = len(aside) and (aside[0].tag_ in ("VBG", "VBN") or (aside[0].dep_ == "prep" and len(aside) <= 4)
                                or (len(aside) == 1 and aside[0].pos_ == "ADV"))
        if opens and all(t.head.i in range(aside.start, aside.end) or t.head.i == verb.i for t in aside):
            return [child]
    return []


def _said_again(verb: Any) -> bool:
    """'Mulino said Panama would share data and described the talks as ...': a speech verb with no
    subject of its own, joined to the clause another speech verb reports, is the speaker's second
    saying, not the reported subject's."""
    head = verb.head
    return bool(verb.dep_ == "conj" and verb.lemma_.lower() in speech_verbs()
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
                and head.dep_ == "ccomp" and head.head.i < head.i and head.head.pos_ == "VERB"
                and head.head.lemma_.lower() in speech_verbs())


def leaders_organization(parsed: Parsed, sentence: Any, ctx: Context | None = None) -> str | None:
    """The organisation whose leaders a sentence names: 'Leaders of the Gulf Cooperation Council',
    'ASEAN leaders' (with ``ctx``, also an organisation's name the recogniser left untagged there)."""
    for token in sentence:
        if token.lower_ not in LEADERS:
            continue
        named = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"]
        if not named:
            # ('Leaders and senior officials of the X adopted ...': the 'of' both share)
            named = [o for c in token.conjuncts if c.i > token.i for p in c.children
                     if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        named += [c for c in token.children if c.dep_ in ("compound", "nmod")
                  or (c.dep_ == "npadvmod" and c.i == token.i - 1)]  # ('IGAD leaders adopt ...' misparsed)
        for head in named:
            for t in head.subtree:
                entity = parsed.entities.get(t.i)
                if entity is not None and entity[0] == "organization":
                    return entity[1]
                if ctx is not None and entity is None and t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper():
                    named_org = next((o.id for o in ctx.organizations.values() if key(t.text) in
                                      {key(o.name), *(key(a) for a in o.alternate_names)}), None)
                    if named_org is not None:
                        return named_org
    return None


def bare_leaders(token: Any) -> bool:
    """'the leaders', 'they' as leaders: no number, no name of their own ('the two leaders' are two people)."""
    return token.lower_ in LEADERS and not any((c.dep_ in ("nummod", "compound", "amod", "prep")
                                                and not _of_state(c)) or c.lower_ in ("both", "two", "three")
                                               for c in token.children) \
        and any(c.lower_ in ("the", "their") for c in token.children)


def _of_state(prep: Any) -> bool:
    """'(the Heads) of State (and Government)': the office, not a name of their own."""
    return prep.dep_ == "prep" and prep.lower_ == "of" and prep.head.lower_ == "heads" and all(
        o.lower_ in ("state", "government") for c in prep.children if c.dep_ == "pobj" for o in (c, *c.conjuncts))


def _stated_object(verb: Any) -> Any | None:
    """What a position is stated as: 'reiterated India's position in favour of dialogue', 'asked for
    Japan's help in ...', 'expressed Thailand's readiness to take part'."""
    lemma = verb.lemma_.lower()
    if verb.tag_ in ("VBG", "VBN") or verb.dep_ in ("acl", "relcl", "advcl"):
        return None  # 'a statement with Putin calling for ...': not a saying of its own
    if lemma in STATING:
        objs = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
    elif lemma in REQUESTING:
        objs = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
    else:
        return None
    return objs[0] if objs and len(list(objs[0].subtree)) >= 4 else None


def _urged(verb: Any) -> Any | None:
    """What one is urged or pledged to do: 'urged his fellow leaders to treat climate shocks as a
    threat', 'called on both sides to ...', 'pledged to double aid': the verb stands for the
    words, which are the verb and what follows it ('urged his peers to move ...')."""
    if verb.lemma_.lower() not in URGING:
        return None
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB" and child.i > verb.i and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return verb
    return None


def _verb_phrase(verb: Any, parsed: Parsed) -> Any | None:
    """'welcomed the steady improvement in relations since ...', 'thanked Kuwait for the care shown
    to its workers', 'proposed a joint working group on freight costs': a saying whose object is
    what is said; the statement is the verb with its object and what follows (the verb itself
    stands for the clause)."""
    if verb.lemma_.lower() not in ACTING_WORDS or verb.tag_ in ("VBG", "VBN") \
            or verb.dep_ in ("acl", "relcl", "advcl", "amod", "pcomp", "xcomp"):
        return None
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
    if not objs:
        return None
    obj = objs[0]
    if obj.lower_ in GREETED or obj.ent_type_ == "PERSON" or parsed.entities.get(obj.i, ("", ""))[0] == "person":
        return None  # 'welcomed his guest at the palace', 'welcomed President X'
    if verb.lemma_.lower() == "welcome" and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return None  # 'welcomed thirty heads of state to the conference centre': a host's greeting
    if obj.lemma_.lower() == "thank" or len(_verb_phrase_tokens(verb)) < 4:
        return None
    return verb


def _verb_phrase_tokens(verb: Any) -> list[Any]:
    """The verb and its words after it, to the next clause joined to it ('..., and stressed that')."""
    keep = [verb]
    for child in verb.children:
        if child.i > verb.i and child.dep_ not in ("conj", "cc", "punct", "nsubj", "nsubjpass") \
                and not (child.dep_ == "advcl" and child.tag_ == "VBG"):  # (', saying that ...': words of their own)
            keep.extend(child.subtree)
    keep.sort(key=lambda t: t.i)
    end = keep[-1].i if keep else verb.i
    return [t for t in verb.doc[verb.i:end + 1]]


def _misparsed_clause(verb: Any) -> Any | None:
    """The reported clause a parse took for an object: 'said the two countries aimed to ...' (an
    object with a participle), 'told the minister that Tehran valued ...' (a relative clause)."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
    # 'said in a statement that the leader would ...', 'said in a readout of the meeting that both
    # sides ...': the clause hung on the phrase the saying was in
    # ('said after the talks that Kenya had learnt ...': also the phrase of when it was said)
    inside = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "after", "during", "at")
              and p.i > verb.i
              for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    inside += [o for n in inside for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    for noun in inside:
        for child in noun.children:
            if child.i > noun.i and child.pos_ == "VERB" and child.dep_ in ("relcl", "acl") and _that_marked(child) \
                    and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE for c in child.children):
                return child
    if verb.lemma_.lower() in TELLING and objects:
        # 'told his counterpart on that occasion that ...': the clause hung on the phrase between
        objects += [o for p in verb.children if p.dep_ == "prep" and p.i > objects[0].i
                    for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
    for obj in objects:
        if obj.lower_ in NOT_CLAUSE:
            continue
        for child in obj.children:
            if child.i < obj.i or child.pos_ not in ("VERB", "AUX"):
                continue  # ('informed his counterpart that Armenia was ready': the clause's verb is 'was')
            if verb.lemma_.lower() == "say" and child.pos_ == "VERB" and child.dep_ == "acl" \
                    and child.tag_ in ("VBD", "VBN") \
                    and not any(t.is_punct for t in obj.doc[obj.i:child.i]):
                return obj
            if verb.lemma_.lower() in TELLING and child.dep_ in ("relcl", "acl") and _that_marked(child) and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE for c in child.children):
                return child
    return None


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", key(text)) if w not in STOPWORDS}


class SpeechFinder:
    def __init__(self, ctx: Context, event_mentions: list[tuple[Parsed, Any, Event]]) -> None:
        self.ctx = ctx
        self.statements: list[Statement] = []
        self.event_mentions = event_mentions
        self.previous_speaker: str | None = None
        self.context_date: str | None = None
        self.context_block: Parsed | None = None
        self.speaker_context: dict[str, tuple[str, Event | None]] = {}
        self.leaders_org: str | None = None  # 'Leaders of the Gulf Cooperation Council ...'
        self.last_organization: str | None = None  # the organisation last reported as speaking
        self._kinds: dict[str, str] = {}  # statement id -> the kind of block it was read from
        self.sentence_no = 0  # sentences read so far, over the page
        self.last_said: tuple[int, str] | None = None  # (sentence number, speaker) of the last words read
        self.statement_day: str | None = None  # the day of the statement told last ('in a statement yesterday')

    # --- the pass over the page ---------------------------------------------------------------
    def run(self) -> list[Statement]:
        ctx = self.ctx
        ctx.recent_people.clear()
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
            if re.fullmatch(r"\s*,?\s*[^“”\"]{1,60}?\b(said|says|added|told [^,]{1,40}|continued)\s*[,:]?\s*", gap):
                texts.append(parsed.text[after[0].start:after[0].end].strip())
                spans.append((parsed, after[0].open_at, after[0].close_at))
                handled.add(id(after[0]))
        text = " ".join(t.strip() for t in texts)
        for part_parsed, s, e in reversed(quote.parts):
            text = part_parsed.text[s:e].strip() + " " + text
        for speaker in _joint(self.ctx, speakers):
            statement = self.statement(parsed, speaker, text, direct=True, verb=verb, anchor=first_inside,
                                       spans=[*[(p, s - 1, e) for p, s, e in quote.parts], *spans],
                                       attribution=verb)
        if statement:
            self.previous_speaker = speakers[0]

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

    def speaker(self, parsed: Parsed, token: Any) -> list[str]:
        """Who a subject refers to; 'the leaders' of a bloc's summit speak for the bloc."""
        if self.leaders_org is not None and bare_leaders(token):
            return [self.leaders_org]
        if token.lower_ in ("he", "she"):
            named = self.sentence_speaker(parsed, token)
            if named is not None:
                return [named]
            # '... Secretary Ruiz said. He added that ...': the one who spoke in the sentence before
            # ('added', 'continued' go on with the last words whatever gender was guessed)
            gender = "m" if token.lower_ == "he" else "f"
            if self.last_said is not None and self.last_said[0] == self.sentence_no - 1 \
                    and self.last_said[1] in self.ctx.people \
                    and (self.ctx.person_gender.get(self.last_said[1]) in (None, gender)
                         or token.head.lemma_.lower() in CONTINUING):
                return [self.last_said[1]]
        if token.lower_ == "they":
            return self.they(parsed, token)
        national = self.national_title(token)
        if national is not None:
            return [national] if national != NOBODY else []
        own = self.own_minister(parsed, token) or self.double_title(token) or self.own_title_holder(token)
        if own is not None:
            return [own]
        holders = self.their_office_holders(parsed, token)
        if holders:
            return holders
        found = agents(self.ctx, parsed, token)
        if not found and token.lower_ == "government":
            return self.government(parsed, token)
        if not found and token.lower_ == "governments" and any(c.lower_ in ("two", "both") for c in token.children):
            return self.two_governments()
        if not found and self.leaders_org is not None and _members(token):
            return [self.leaders_org]  # 'the member states pledged to ...'
        if not found and token.lower_ in ("statement", "readout", "communique", "communiqué") and token.dep_ == "nsubj":
            # 'A statement from Soto's office said ...': who the statement is from
            source = [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("from", "by", "of")
                      for o in p.children if o.dep_ == "pobj"]
            if source:
                return self.speaker(parsed, source[0])
            if token.lower_ != "statement" and self.leaders_org is not None \
                    and any(c.lower_ == "the" for c in token.children):
                return [self.leaders_org]  # ('The final communiqué called for ...': the bloc's summit's)
        if not found and token.lower_ == "office" and not any(c.lower_ == "the" for c in token.children):
            office = self.persons_office(parsed, token)
            if office is not None:
                return [office]
        if not found and token.lower_ == "statement" and any(c.lower_ == "the" for c in token.children) \
                and self.last_organization is not None:
            return [self.last_organization]  # '..., the statement added': the office whose statement it is
        if not found and token.lower_ in ORG_HEADS and any(c.lower_ == "the" for c in token.children) \
                and not any(c.dep_ in ("amod", "compound", "poss", "nmod", "prep") for c in token.children):
            named = self.organization_told(parsed, token, token.lower_)
            return [named] if named is not None else []
        if found or any(c.dep_ in ("det", "poss") for c in token.children):
            return found
        ctx = self.ctx
        if token.lower_ in TITLE_HEADS:
            # a readout's bare 'Prime Minister thanked ...': the last person named with that title
            title = " ".join([*(c.lower_ for c in token.children if c.dep_ == "compound" and c.i < token.i),
                              token.lower_])
            for ident in reversed(ctx.recent_people):
                if (ctx.people[ident].title or "").lower() == title:
                    return [ident]
        if token.pos_ == "PROPN" and token.ent_type_ not in ("NORP", "DATE"):
            # 'Berlin says ...': the government of the capital's country
            place = ctx.places.get(ctx.place_named(token.text, register=False) or "")
            if place is not None:
                return [place.id] if place.type == "Country" else [place.contained_in] if place.contained_in else []
        if token.pos_ == "PROPN" and token.ent_type_ == "NORP" and ctx.country_of_text(token.text) is None \
                and not any(c.dep_ == "compound" for c in token.children):
            # a known person's surname the recogniser took for a nationality ('Mulino said ...')
            person = ctx.person_id(token.text)
            if person is not None:
                return [person]
        if token.pos_ == "PROPN" and token.ent_type_ in ("ORG", "PERSON", "") and not found:
            # a known person's (hyphenated) surname the recogniser took for an organisation
            # ('Persad-Bissessar said'), printed as a name of theirs
            name = parsed.doc[token.left_edge.i:token.i + 1].text
            person = ctx.person_id(name) if re.fullmatch(r"[A-Z][\w'’-]+", name) else None
            if person is not None:
                return [person]
        if token.pos_ in ("ADV", "NOUN") and token.text[:1].isupper() and token.i == token.sent.start \
                and re.fullmatch(r"[A-Z][\w'’-]+", token.text) and not found:
            # ('Otieno, for her part, said': a known surname the tagger took for an adverb)
            person = ctx.person_id(token.text)
            if person is not None:
                return [person]
        return []

    def two_governments(self) -> list[str]:
        """'In the joint statement the two governments commit to ...': the countries of the two people
        last named together (the people of the last event told with two), when they are two."""
        ctx = self.ctx
        people = _event_group(ctx, 2, None) or _group_of(ctx, 2, set(), None)
        countries = list(dict.fromkeys(c for p in people if (c := ctx.people[p].represents)))
        return countries if len(countries) == 2 else []

    def they(self, parsed: Parsed, token: Any) -> list[str]:
        """'The Prime Minister and the President discussed Venezuela. They reiterated that ...': the
        people the sentence before was about, when it was about two or more."""
        sentences = list(parsed.doc.sents)
        here = next((n for n, s in enumerate(sentences) if s.start <= token.i < s.end), 0)
        if here == 0:
            return []
        before = sentences[here - 1].root
        people = [a for s in subjects(before) for a in agents(self.ctx, parsed, s, people_only=True)]
        return people if len(set(people)) >= 2 else []

    def addressee(self, parsed: Parsed, token: Any, speaker: str) -> list[str]:
        """Who was told: never the teller. 'received X and told him that ...': 'him' is the last
        other person named in the sentence, else before it; 'informed the Minister': the last other
        person with that title."""
        ctx = self.ctx
        if token.lower_ in ("him", "her"):
            gender = "m" if token.lower_ == "him" else "f"
            named = [ident for t in token.sent if t.i < token.i for kind, ident in [parsed.entities.get(t.i, ("", ""))]
                     if kind == "person" and ident != speaker]
            others = [p for p in ctx.recent_people if p != speaker]
            referent = ctx.last_person(gender, before=[*others, *named])
            return [referent] if referent else []
        national = self.national_title(token)
        if national == NOBODY:
            return []
        if national is not None and national != speaker:
            return [national]  # 'told the Algerian minister': that country's minister, not the last one named
        if token.lower_ in ("host", "guest", "visitor") and (any(c.dep_ == "poss" for c in token.children) or (
                token.lower_ == "visitor" and any(c.lower_ == "the" for c in token.children))):
            return self.host(parsed, speaker, guest=token.lower_ != "host")
        if token.lower_ == "head" and any(c.lower_ == "the" for c in token.children):
            office = next((o.lower_ for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                           for o in p.children if o.dep_ == "pobj" and o.lower_ in HEAD_OF), None)
            if office is not None:
                # 'informed the head of state that ...': the other head of state named last
                return [p for p in reversed(ctx.recent_people) if p != speaker and any(
                    w in (ctx.people[p].title or "").lower() for w in HEAD_OF[office])][:1]
        # ('his Senegalese counterpart': the one of that country who holds the speaker's office, before
        # the last of that country named)
        found = self.counterpart_by_office(token, speaker) if token.lower_ == "counterpart" else []
        found = found or [a for a in agents(ctx, parsed, token) if a != speaker]
        if not found and token.lower_ in TITLE_HEADS and any(c.lower_ == "the" for c in token.children):
            found = [p for p in reversed(ctx.recent_people) if p != speaker
                     and token.lower_ in (ctx.people[p].title or "").lower()
                     and title_fits(ctx.people[p].title or "", token)][:1]
        return found

    def host(self, parsed: Parsed, speaker: str, guest: bool = False) -> list[str]:
        """'assured his host that ...', 'told his guest that ...': the one other person, named
        already, at the speaker's meeting told so far; else the speaker's counterpart (the one other
        person named so far who holds the speaker's office for another country); else, of a visit,
        the one there of the country visited (for a guest, the one visiting)."""
        ctx = self.ctx
        events = list(reversed(self.events_so_far(parsed)))
        meetings = [others for event in events if speaker in event.attendees and event.type != "visit"
                    for others in [[a for a in event.attendees if a != speaker and a in ctx.people]]
                    if len(others) == 1]
        # (not one named only further down, whom the event was merged with: 'was received by X')
        named = next((others for others in meetings if others[0] in ctx.recent_people), None)
        if named is not None:
            return named
        own = ctx.people.get(speaker)
        if own is not None and own.title:
            office = _office_words(own.title)
            same = [p for p in dict.fromkeys(reversed(ctx.recent_people)) if p != speaker and ctx.people[p].title
                    and _office_words(ctx.people[p].title or "") == office
                    and (ctx.people[p].represents != own.represents or own.represents is None)]
            if len(same) == 1:
                return same
        if guest:
            for event in events:
                visitors = [a for a in event.attendees if a != speaker and a in ctx.people]
                if event.type == "visit" and speaker not in event.attendees and visitors:
                    return visitors[:1]
        if meetings:
            return meetings[0]
        for event in events:
            place = ctx.places.get(event.location or "")
            country = place.contained_in if place is not None and place.type != "Country" else event.location
            if speaker in event.attendees and event.type == "visit" and country:
                found = [p for p in reversed(ctx.recent_people) if p != speaker
                         and ctx.people[p].represents == country and ctx.people[p].title]
                return found[:1]
        return []

    def counterpart_by_office(self, token: Any, speaker: str) -> list[str]:
        """'Mirzoyan informed his Georgian counterpart': of that country's people, the one whose
        office is the speaker's, however printed ('Foreign Minister', 'Minister of Foreign Affairs')."""
        ctx = self.ctx
        countries = [ctx.country_of_text(c.text) for c in token.children if c.dep_ in ("amod", "compound")]
        country = next((slug(c.name) for c in countries if c is not None), None)
        own = ctx.people.get(speaker)
        if country is None or own is None or not own.title:
            return []
        office = _office_words(own.title)
        found = [p.id for p in ctx.people.values() if p.represents == country and p.id != speaker
                 and p.title and _office_words(p.title) == office]
        if not found and not any(p.represents == country and p.title for p in ctx.people.values()):
            # (no official of that country known: the one of the same office whose country the
            # story leaves untold)
            found = [p.id for p in ctx.people.values() if p.represents is None and p.id != speaker
                     and p.title and _office_words(p.title) == office]
        return found if len(found) == 1 else []

    def organization_told(self, parsed: Parsed, token: Any, word: str) -> str | None:
        """'..., the ministry said': the organisation that spoke last, if it is one, else the
        one named last before, whose name has that word."""
        orgs = self.ctx.organizations
        if self.last_organization in orgs and word in key(orgs[self.last_organization].name).split():
            return self.last_organization
        found = None
        for block in self.ctx.blocks:
            for i, (kind, ident) in sorted(block.entities.items()):
                if block is parsed and i >= token.i:
                    break
                if kind == "organization" and ident in orgs and word in key(orgs[ident].name).split():
                    found = ident
            if block is parsed:
                break
        return found

    def their_office_holders(self, parsed: Parsed, token: Any) -> list[str]:
        """'Algeria and Tunisia will ..., their foreign ministers said': of each country named before
        in the sentence, the one person holding that office."""
        ctx = self.ctx
        if token.lemma_.lower() not in TITLE_HEADS or token.lower_ == token.lemma_.lower() \
                or not any(c.dep_ == "poss" and c.lower_ == "their" for c in token.children):
            return []
        office = _office_words(" ".join([*(c.lower_ for c in token.children if c.dep_ in ("amod", "compound")
                                           and c.i < token.i), token.lemma_.lower()]))
        countries = list(dict.fromkeys(
            ident for t in token.sent if t.i < token.i for kind, ident in [parsed.entities.get(t.i, ("", ""))]
            if kind == "place" and ident in ctx.places and ctx.places[ident].type == "Country"))
        found = []
        for country in countries:
            holders = [p.id for p in ctx.people.values() if p.represents == country and p.title
                       and office <= _office_words(p.title)]
            if len(holders) != 1:
                return []
            found.extend(holders)
        return found if len(found) >= 2 else []

    def persons_office(self, parsed: Parsed, token: Any) -> str | None:
        """'Mwangi's office said ...': the office of the person's post (the Office of the President of
        Kenya), else of the person."""
        ctx = self.ctx
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None or any(c.dep_ in ("amod", "compound") for c in token.children):
            return None
        people = agents(ctx, parsed, owner, people_only=True)
        if len(people) != 1:
            return None
        person = ctx.people[people[0]]
        printed = parsed.doc[owner.left_edge.i:token.i + 1].text
        country = ctx.places.get(person.represents or "")
        if person.title and country is not None and re.fullmatch(r"(?:President|Prime Minister|Vice President)",
                                                                  person.title):
            return ctx.organization(f"Office of the {person.title} of {country.name}", kind="GovernmentOrganization",
                                    alternates=[printed], country=country.id)
        return ctx.organization(f"Office of {person.name}", kind="GovernmentOrganization", alternates=[printed])

    def own_minister(self, parsed: Parsed, token: Any) -> str | None:
        """'..., the Minister said' on a ministry's own page: the ministry's minister, the one of
        that portfolio the page names first (not the last 'Prime Minister' named)."""
        ctx = self.ctx
        if token.text != "Minister" or [c.lower_ for c in token.children] != ["the"]:
            return None
        ministry = _publishing_ministry(ctx)
        if ministry is None:
            return None
        portfolio = re.match(r"Ministry of (.+?)(?: of (?:the )?[A-Z].*)?$", ministry.name)
        if portfolio is None:
            return None
        office = _office_words(f"Minister of {portfolio.group(1)}")
        order = {ident: n for n, ident in enumerate(dict.fromkeys(
            ident for block in ctx.blocks for _i, (kind, ident) in sorted(block.entities.items())
            if kind == "person"))}
        holders = sorted((p for p in ctx.people.values() if p.title and office <= _office_words(p.title)
                          and p.id in order and (ministry.country is None or p.represents in (None, ministry.country))),
                         key=lambda p: order[p.id])
        return holders[0].id if holders else None

    def double_title(self, token: Any) -> str | None:
        return double_title(self.ctx, token)

    def own_title_holder(self, token: Any) -> str | None:
        """'The Prime Minister recalled ...' where two prime ministers are named: the bare title is
        the one of the page's own country, else the one the story names first (its own leader,
        told first), not the last one named."""
        ctx = self.ctx
        if token.lower_ not in TITLE_HEADS or not any(c.lower_ == "the" for c in token.children) \
                or any(c.dep_ not in ("det", "compound") for c in token.children if c.i < token.i) \
                or any(c.dep_ in ("prep", "appos", "amod") for c in token.children):
            return None
        title = " ".join([*(c.lower_ for c in token.children if c.dep_ == "compound" and c.i < token.i),
                          token.lower_])
        order = {ident: n for n, ident in enumerate(dict.fromkeys(
            ident for block in ctx.blocks if block.block.kind == "paragraph"
            for _i, (kind, ident) in sorted(block.entities.items()) if kind == "person"))}
        holders = sorted((p for p in ctx.people.values() if (p.title or "").lower() == title and p.id in order),
                         key=lambda p: order[p.id])
        if len(holders) < 2:
            return None
        home = ctx.home_country() or (gazetteer().outlet_country(ctx.page.publisher_hint)
                                      if ctx.page.publisher_hint else None)
        if home is not None:
            mine = [p for p in holders if p.represents == slug(home.name)]
            return mine[0].id if len(mine) == 1 else None
        return holders[0].id

    def national_title(self, token: Any) -> str | None:
        """'The Malaysian Foreign Minister informed ...': the one person of that country with that
        title, the last named first."""
        ctx = self.ctx
        if token.lower_ not in (*TITLE_HEADS, "leader") or not any(c.lower_ == "the" for c in token.children):
            return None
        # ('The Guatemalan foreign minister': the parse may take the demonym for a noun modifier)
        countries = [ctx.country_of_text(c.text) for c in token.children if c.dep_ in ("amod", "compound", "nmod")
                     and c.i < token.i and c.text[:1].isupper()]
        found = [slug(c.name) for c in countries if c is not None]  # (an id, not a new place)
        if len(found) != 1:
            return None
        # ('the Kenyan leader': that country's head of state or government)
        offices = (*HEAD_OF["state"], *HEAD_OF["government"]) if token.lower_ == "leader" else (token.lower_,)
        people = [p for p in dict.fromkeys(reversed(ctx.recent_people)) if ctx.people[p].represents == found[0]
                  and any(o in (ctx.people[p].title or "").lower() for o in offices)
                  and not (token.lower_ == "leader"
                           and re.search(r"\b(?:deputy|vice)\b", (ctx.people[p].title or "").lower()))]
        if not people and token.lower_ == "leader":
            # ('Niger's military ruler General X ... The Nigerien leader said': one who leads with no
            # formal title; never that country's minister)
            untitled = [p for p in dict.fromkeys(reversed(ctx.recent_people)) if not ctx.people[p].title
                        and ctx.people[p].represents in (found[0], None)]
            mine = [p for p in untitled if ctx.people[p].represents == found[0]]
            people = mine or (untitled if len(untitled) == 1 else [])
            if not people:
                return NOBODY
        return people[0] if people else None

    def government(self, parsed: Parsed, token: Any, scope: Any | None = None) -> list[str]:
        """A government no organisation names speaks for its country: 'the Japanese government',
        'the government in Skopje', 'the government of Ghana'; a bare 'the government' is the one of
        the country the story is filed from."""
        ctx = self.ctx
        for child in token.children:
            if child.dep_ in ("amod", "compound", "poss"):
                country = ctx.country_of_text(child.text)
                if country is not None:
                    return [ctx.country(country)]
            if child.dep_ == "prep" and child.lower_ in ("of", "in") and child.i > token.i:
                for obj in (o for o in child.children if o.dep_ == "pobj"):
                    found = [a for a in agents(ctx, parsed, obj) if a in ctx.places]
                    if found:
                        return found[:1]
                    country = ctx.country_of_text(obj.text)
                    if country is not None:
                        return [ctx.country(country)]
                return []
        for t in (scope or [])[token.i - scope.start + 1 if scope is not None else 0:]:
            # ('a statement from the government in Skopje': the parse may hang the place on 'statement')
            entity = parsed.entities.get(t.i)
            if entity is not None and entity[0] == "place":
                return agents(ctx, parsed, t)[:1]
        if any(c.lower_ == "the" for c in token.children) and not any(
                c.dep_ in ("amod", "compound", "poss", "prep") for c in token.children):
            # (else the country of a national paper: 'the Government said' in an Irish paper)
            home = ctx.home_country() or (gazetteer().outlet_country(ctx.page.publisher_hint)
                                          if ctx.page.publisher_hint else None)
            return [ctx.country(home)] if home is not None else []
        return []

    def sentence_speaker(self, parsed: Parsed, pronoun: Any) -> str | None:
        """'Rabuka said the visit reflected a bond, which he described as ...': a pronoun deep in
        the words of a speaker named in the same sentence is that speaker."""
        gender = "m" if pronoun.lower_ == "he" else "f"
        for verb in pronoun.ancestors:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in speech_verbs() or verb.i == pronoun.head.i:
                continue
            for subject in speaker_subjects(verb):
                if subject.pos_ == "PRON" or subject.i > pronoun.i:
                    continue
                people = agents(self.ctx, parsed, subject, people_only=True)
                if len(people) == 1 and self.ctx.person_gender.get(people[0]) in (None, gender):
                    return people[0]
        return None

    def reporter(self, parsed: Parsed, verb: Any) -> Any:
        """'X said Beijing ... urged countries not to “stir up trouble”': when the inner speaker is
        the country the outer speaker acts for, the words are the outer speaker's."""
        inner = [a for s in speaker_subjects(verb) for a in agents(self.ctx, parsed, s)]
        if not inner or not all(a in self.ctx.places for a in inner):
            return verb
        for outer in verb.ancestors:
            if outer.pos_ != "VERB" or outer.lemma_.lower() not in speech_verbs() or parsed.in_quote(outer.idx):
                continue
            people = [a for s in speaker_subjects(outer) for a in agents(self.ctx, parsed, s)
                      if a in self.ctx.people]
            if people and all(self.ctx.people[people[0]].represents == a for a in inner):
                return outer
            break
        return verb

    # --- reported speech ------------------------------------------------------------------------
    def reported(self, parsed: Parsed, sentence: Any) -> None:
        for token in sentence:
            if token.pos_ not in ("VERB",) or token.lemma_.lower() not in speech_verbs():
                continue
            if parsed.in_quote(token.idx):
                continue
            # (a clause whose verb is quoted, 'said that Abidjan was "honoured and ready"', is still
            # reported speech when its subject is not)
            clauses = [c for c in token.children if c.dep_ == "ccomp" and not all(
                parsed.in_quote(t.idx) for t in c.subtree if not t.is_punct and t.dep_ != "mark")]
            speaker_tokens = speaker_subjects(token)
            if not clauses:
                clauses = [c for c in [_misparsed_clause(token), _stated_object(token), _urged(token),
                                       _verb_phrase(token, parsed)]
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
        if clause is token and text.count('"') % 2:
            # ('urged them not to "stir up trouble."': the mark closes after the full stop)
            if not re.match(r'[.,;]?"', parsed.text[end:end + 2]):
                return
            text += '"'
        if text.count("“") != text.count("”"):
            return
        quoted = sum(b - a for a, b in parsed.quotes if start <= a and b <= end)
        if quoted > 0.6 * (end - start):
            return  # 'said China was “an advocate ...”': the quote itself is the statement
        span_start = min(t.idx for t in [*(s.left_edge for s in speaker_tokens), token, *tokens])
        for speaker in _joint(self.ctx, speakers):
            self.statement(parsed, speaker, text, direct=False, verb=token, anchor=token,
                           spans=[(parsed, span_start, end)], attribution=token)

    def relative(self, parsed: Parsed, verb: Any, speaker_tokens: list[Any]) -> bool:
        """'the railway, which Haimbe told lawmakers last month would need financing from ...': a
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
        """'Tokayev will travel to Budapest on Monday, the foreign ministry said in a statement.':
        the parse hangs the attribution on the clause it reports; the words are all before it."""
        doc = parsed.doc
        if verb.lemma_.lower() not in TRAILING or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
            return
        if verb.dep_ in ("conj", "parataxis") and verb.head.i < verb.i and len(speaker_tokens) == 1 \
                and speaker_tokens[0].head.i == verb.i and speaker_tokens[0].i < verb.i:
            subject = speaker_tokens[0]
        elif _said_last(verb, sentence) and _subject_before(verb):
            # '..., his Ivorian counterpart, Alassane Ouattara, the Presidency of the Republic announced on
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
        if speaker is None:
            # 'according to a statement from the government in Skopje'
            government = next((t for t in phrase if t.lower_ == "government"), None)
            found = self.government(parsed, government, phrase) if government is not None else []
            speaker = found[0] if found else None
        said_before = None
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
            text = text.strip("“”\"").strip()
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
            for child in telling.children:
                if child.dep_ in ("dobj", "dative") and telling.lemma_.lower() in ("tell", "assure", "inform"):
                    addressees.extend(self.addressee(parsed, child, speaker))
            date = self.own_date(parsed, attribution) or self.in_the_statement(attribution) \
                or self.announced_day(parsed, attribution, text)
            if date is None and any(e.label_ == "DATE" for e in date_phrases(parsed, attribution)):
                undated = True  # 'said last week': a day the story does not give
            if not previously:
                made_at = self.occasion(parsed, attribution, speaker) or self.event_of(parsed, attribution, speaker)
                if made_at is not None and date is None and _on_that_occasion(attribution):
                    date = made_at.start
            if date is None and made_at is None and not previously and not undated:
                date = self.scene_date(parsed, attribution, speaker)
        reporting = attribution if attribution is not None else anchor
        sentence = reporting.sent if reporting is not None else None
        if sentence is not None:
            source, according = self.according_to(parsed, sentence)
            if made_at is None and not previously and not (undated and attribution is not None
                                                            and attribution.dep_ == "relcl"):
                # (not 'X is to meet Y, who has said ...': the words of a relative clause said
                # some time before are not said at the sentence's event)
                made_at = self.event_of(parsed, sentence.root, speaker, sentence=sentence)
        if made_at is None and not previously and telling is not None and any(
                c.dep_ in ("dobj", "dative") and c.lower_ in GATHERED and any(d.lower_ == "the" for d in c.children)
                for c in telling.children):
            # 'Kos told the leaders that ...': said to the gathering of leaders told last
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
        if made_at is not None:
            undated = False
        if date is None and made_at is not None and not undated:
            date = made_at.start
        continued = attribution is None and speaker == self.previous_speaker
        if date is None and not undated and (continued or (attribution is not None and _past(attribution))):
            # "…,” Wang said, according to the readout.': when he last spoke, unless told otherwise;
            # else at the latest event he took part in; else on the day of publication.
            earlier = self.speaker_context.get(speaker)
            # Words are said at meetings, calls and summits more than "at" a visit.
            candidates = [e for e in reversed(self.events_so_far(parsed, recent=2)) if speaker in e.attendees
                          and e.status == "happened" and e.start and len(e.start) == 10]
            current = next((e for e in candidates if e.type != "visit"), candidates[0] if candidates else None)
            lead = self.lead_event()
            lead_day = lead.start if lead is not None else self.lead_day()
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
            told = telling is not None and telling.lemma_.lower() in TELLING and any(
                c.dep_ in ("dobj", "dative") and c.lower_ not in AUDIENCE for c in telling.children) and not any(
                c.dep_ in ("dobj", "dative") and c.lower_ in SINGLE_HEADS and any(d.lower_ == "the" for d in c.children)
                for c in telling.children)
            if len(others) == 1 and (told or (made_at.type == "phone_call" and not audience)):
                addressees = others  # on a call between two, what one says is said to the other
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

    def announced_day(self, parsed: Parsed, verb: Any, text: str) -> str | None:
        """'The agreement, announced on Monday ..., “...,” Misri told reporters': words told in a
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

    def learn_gender(self, parsed: Parsed, verb: Any, speaker: str) -> None:
        """'Holness, sitting beside his guest, said ...': a 'his' or 'her' outside the quotes of a
        sentence whose only person is the speaker is the speaker's (for the 'she said' that follows)."""
        ctx = self.ctx
        if speaker not in ctx.people or speaker in ctx.person_gender:
            return
        sentence = verb.sent
        named = {ident for t in sentence for kind, ident in [parsed.entities.get(t.i, ("", ""))] if kind == "person"}
        if named != {speaker}:
            return
        pronoun = next((t for t in sentence if t.lower_ in ("his", "her", "he", "she", "him", "himself", "herself")
                        and not parsed.in_quote(t.idx)), None)
        if pronoun is not None:
            ctx.person_gender[speaker] = "f" if pronoun.lower_ in ("her", "she", "herself") else "m"

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

    def statement_told(self, parsed: Parsed, sentence: Any) -> str | None:
        """'..., the Office said in a statement yesterday': the day of the statement told."""
        for token in sentence:
            if token.lower_ == "statement" and any(c.lower_ in ("a", "an") for c in token.children):
                verb = governing_verb(token)
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
        """'..., Persad-Bissessar said in the statement': the statement told before, and its day."""
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
            if any(o.lower_ == "statement" and any(d.lower_ == "the" for d in o.children)
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
            if mention_parsed is first and event.status == "happened" and event.start and len(event.start) == 10 \
                    and event.type != "visit" and not event.end:
                return event
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

    def own_date(self, parsed: Parsed, verb: Any) -> str | None:
        return own_date(self.ctx, parsed, verb)

    def scene_date(self, parsed: Parsed, verb: Any, speaker: str) -> str | None:
        """'Albares struck a firmer tone in an interview on Wednesday. “…,” he said.': the sentence
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
                return event
        for token in span:
            if token.lower_ in ("meeting", "talks", "call", "visit", "summit", "conference") and any(
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

    def recalled(self, event: Event) -> bool:
        """Whether an event was first told in a sentence that recalls it ('last met on 25 June')."""
        first = next(((p, t) for p, t, e in self.event_mentions if e is event), None)
        return first is not None and recalling(first[1].sent)

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


def double_title(ctx: Context, token: Any) -> str | None:
    """'the Deputy Prime Minister/Foreign Minister recalled ...': a double title printed with a
    slash names the one who holds its first office (the parse makes the second the head)."""
    doc = token.doc
    slash = next((c for c in token.children if c.text == "/" and c.i < token.i), None)
    first = next((c for c in token.children if c.dep_ in ("nmod", "compound", "appos") and slash is not None
                  and c.i < slash.i and c.lower_ in TITLE_HEADS), None)
    if first is None or slash is None:
        return None
    office = " ".join(t.lower_ for t in doc[first.left_edge.i:first.i + 1] if t.dep_ != "det")
    for ident in reversed(ctx.recent_people):
        title = " ".join(re.findall(r"[\w-]+", (ctx.people[ident].title or "").lower()))
        if re.search(rf"(?<!deputy )(?<!vice )\b{re.escape(office)}\b", title):
            return ident
    return None


def _publishing_ministry(ctx: Context) -> Any | None:
    """The ministry whose own page the story is, if it is one."""
    hint = ctx.page.publisher_hint
    if not hint:
        return None
    full, _alternates = gazetteer().outlet(hint)
    org = ctx.organizations.get(slug(full))
    return org if org is not None and org.name.startswith("Ministry of ") else None


def _holds_quote(text: str) -> bool:
    """'the talks had been "frank and very useful"': reported words that end (or open) with a quotation
    they hold whole, whose marks are theirs."""
    return (text.count('"') % 2 == 0 and text.count('"') > 0 and not (text.startswith('"') and text.endswith('"'))) or (
        text.count("“") == text.count("”") > 0 and not (text.startswith("“") and text.endswith("”")))


def _joint(ctx: Context, speakers: list[str]) -> list[str]:
    """'X and his counterpart Y said that ...', 'the two leaders said': words said jointly are each
    speaker's; otherwise the first speaker found is the one."""
    unique = list(dict.fromkeys(speakers))
    if len(unique) > 1 and (all(s in ctx.people for s in unique) or all(
            s in ctx.places and ctx.places[s].type == "Country" for s in unique)):
        return unique  # (or 'the two governments commit to ...': each country's)
    return unique[:1]


def _that_marked(clause: Any) -> bool:
    """A clause opened by 'that' as a conjunction: its mark, or a 'that' the parse made an object
    of a verb that has an object already ('that Kenya intended to open an embassy')."""
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return True
    # (or its subject, beside the clause's own: 'told the summit [that] trade had fallen')
    first = clause.left_edge
    return first.lower_ == "that" and first.dep_ in ("dobj", "nsubj") and any(
        c.dep_ in ({"dobj"} if first.dep_ == "dobj" else {"nsubj", "nsubjpass"}) and c.i != first.i
        for c in first.head.children)


BODY_HEADS = {"presidency", "mansion", "house", "palace", "office", "council", "ministry", "secretariat",
              "chancellery", "cabinet", "government", "department", "commission", "embassy"}


def speaking_bodies(ctx: Context, blocks: list[Parsed]) -> None:
    """'..., the Executive Mansion said', 'the Presidency of the Council announced', 'the foreign
    ministry said': a body no one has named as an organisation, which speaks, is one; its name is
    then read as it wherever printed."""
    from .entities import _patterns

    titles = _patterns()["title_only"]
    # (the head of a title, however qualified: 'the Federal President', 'the Malaysian Foreign Minister')
    title_words = {w for t in gazetteer().titles for w in re.split(r"[\s-]+", t.lower())} \
        - {"of", "the", "for", "and", "ministry", "cabinet"}
    named: dict[str, tuple[str, list[str]]] = {}  # printed name -> (organisation, its words)
    for parsed in blocks:
        for verb in parsed.doc:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in speech_verbs() or parsed.in_quote(verb.idx):
                continue
            for subject in [c for c in verb.children if c.dep_ == "nsubj"] + _subject_before(verb):
                words = _body_words(parsed, subject)
                if not words or any(t.i in parsed.entities for t in words):
                    continue
                printed = " ".join(t.text for t in words)
                if subject.lower_ == "ministry":
                    ident = _unnamed_ministry_of(ctx, words) or ""
                elif printed[:1].isupper():
                    if titles.match(printed) or subject.lower_ in title_words or ctx.person_id(printed) \
                            or ctx.country_of_text(printed) or key(printed) in gazetteer().outlets:
                        continue
                    kind = "GovernmentOrganization" if subject.lower_ in BODY_HEADS else "Organization"
                    ident = ctx.organization(printed, kind=kind)
                else:
                    continue
                if ident:
                    named[printed] = (ident, [t.lower_ for t in words])
    for parsed in ctx.blocks:
        for ident, words in named.values():
            for t in parsed.doc:
                span = parsed.doc[t.i:t.i + len(words)]
                if [w.lower_ for w in span] == words and not any(w.i in parsed.entities for w in span):
                    parsed.entities.update({w.i: ("organization", ident) for w in span})


def _body_words(parsed: Parsed, subject: Any) -> list[Any]:
    """The name of a body a subject gives: 'the [Executive Mansion]', 'the [Presidency of the Council]',
    'the [foreign ministry]'; none for a person, a place, a title or a lone word."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) \
            or subject.ent_type_ in ("PERSON", "GPE", "NORP", "DATE"):
        return []
    words = [t for t in subject.subtree if t.i <= subject.i and t.dep_ != "det"]
    if any(t.dep_ in ("poss", "case", "nummod") or t.is_punct for t in words) \
            or len(words) != subject.i - words[0].i + 1:
        return []
    if subject.text[:1].isupper():
        if not all(t.text[:1].isupper() for t in words):
            return []
        doc = subject.doc
        end = subject.i + 1
        # ('the Presidency of the Council': its 'of' phrase, in capitals, is its name's)
        while end + 2 < len(doc) and doc[end].lower_ == "of" and doc[end].head.i == subject.i \
                and doc[end + 1].lower_ == "the" and doc[end + 2].text[:1].isupper() and doc[end + 2].pos_ == "PROPN":
            end += 3
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                end += 1
        words = list(doc[words[0].i:end])
        return words if len(words) >= 2 and (subject.pos_ == "PROPN" or subject.lower_ == "ministry") else []
    return words if subject.lower_ == "ministry" and len(words) == 2 else []


def _unnamed_ministry_of(ctx: Context, words: list[Any]) -> str | None:
    """'the foreign ministry' with no country told: the ministry of that portfolio, of the country
    the story is filed from when known."""
    from ..nlp import portfolios

    portfolio = portfolios().get(words[0].lower_)
    if portfolio is None:
        return None
    home = ctx.home_country()
    if home is not None:
        return ctx.organization(f"Ministry of {portfolio} of {home.name}", kind="GovernmentOrganization",
                                alternates=[" ".join(t.text for t in words)], country=ctx.country(home))
    return ctx.organization(f"Ministry of {portfolio}", kind="GovernmentOrganization",
                            alternates=[" ".join(t.text for t in words)])


def _further_clauses(verb: Any, first: Any) -> list[Any]:
    """'told the summit that trade had fallen, and that ministers would meet': a second clause,
    opened by its own 'that', which the parse joins to the speech verb itself."""
    return [c for c in verb.children if c.dep_ == "conj" and c.i > first.i and c.pos_ in ("VERB", "AUX")
            and c.lemma_.lower() not in speech_verbs() and any(m.dep_ == "mark" and m.lower_ == "that"
                                                                for m in c.children)
            and any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)]


def _split_off(tokens: list[Any]) -> list[Any]:
    """'wished to reopen the Al-Qaim – Albu Kamal crossing to trade.': words the parse split off as
    a sentence of their own, with no verb, after a sentence with no full stop, go on with the clause
    that ends the sentence before."""
    last = tokens[-1]
    sentence = last.sent
    doc = last.doc
    if last.i < sentence.end - 3 or sentence.end >= len(doc) or any(
            t.text in (".", "!", "?", "\"", "”", ";") for t in doc[last.i + 1:sentence.end]):
        return tokens
    rest = doc[sentence.end].sent
    if any(t.pos_ in ("VERB", "AUX") or t.is_space or t.text in ("\"", "“", "”") for t in rest) \
            or rest[-1].text not in (".", "!", "?"):
        return tokens
    extended = [*tokens, *doc[last.i + 1:rest.end]]
    while extended and extended[-1].is_punct:
        extended.pop()
    return extended


def _joined_clauses(clause: Any) -> list[Any]:
    """'said the damage ran into billions and that his government would press ...': a second
    reported clause, opened by its own 'that' and with its own subject, which the parse joins to
    the first clause."""
    return [c for c in clause.children if c.dep_ == "conj" and c.i > clause.i and c.pos_ in ("VERB", "AUX")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            and any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)]


def _said_last(verb: Any, sentence: Any) -> bool:
    """The last verb of its sentence, with only its own words ('on Thursday', 'in a statement') after it."""
    return all(t.is_punct or (t.pos_ not in ("VERB", "AUX") and verb in t.ancestors)
               for t in verb.doc[verb.i + 1:sentence.end] if not t.is_space)


def _after_dateline(tokens: list[Any]) -> list[Any]:
    """'Lomé, 8 October 2025 - Talon will ...': the words after a dateline the page left in the paragraph."""
    dash = next((n for n, t in enumerate(tokens[:12]) if t.text in ("-", "–", "—") and t.whitespace_
                 and t.i > 0 and t.nbor(-1).whitespace_), None)
    if dash is None or tokens[0].ent_type_ not in ("GPE", "LOC", "PERSON", "ORG") \
            or not any(t.ent_type_ == "DATE" for t in tokens[:dash]):
        return tokens
    return tokens[dash + 1:]


def _subject_before(verb: Any) -> list[Any]:
    """'..., the Presidency of the Republic announced' parsed with no subject: the noun phrase
    written right before the verb (through its 'of' phrases)."""
    if verb.i == 0:
        return []
    node = verb.doc[verb.i - 1]
    if node.pos_ not in ("NOUN", "PROPN"):
        return []
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN", "PROPN"):
        node = node.head.head
    return [node] if any(c.lower_ == "the" for c in node.children) else []


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


def _members(token: Any) -> bool:
    """'the member states', 'the member countries': a bloc's members as one."""
    return token.lower_ in MEMBERS and any(c.lower_ == "member" for c in token.children) \
        and any(c.lower_ == "the" for c in token.children)


def _office_words(title: str) -> set[str]:
    """The words that make an office, in any order: 'Minister of Foreign Affairs' = 'Foreign Minister'."""
    return {w for w in re.findall(r"[a-z]+", title.lower()) if w not in ("of", "the", "for", "affairs", "and")}


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


def own_date(ctx: Context, parsed: Parsed, verb: Any) -> str | None:
    """The date a verb's clause gives it."""
    # "Speaking to reporters on Tuesday, Lula said ...": the participle's date is the saying's.
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
    sentence = next(iter(first.doc.sents))
    root = sentence.root
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
            "conversation": ("phone_call", "meeting")}.get(word, ())


def _lead(text: str) -> int:
    return len(text) - len(text.lstrip())


def _sentence_start(doc: Any, char: int) -> int:
    for sentence in doc.sents:
        if sentence.start_char <= char < sentence.end_char:
            return sentence.start_char
    return 0
