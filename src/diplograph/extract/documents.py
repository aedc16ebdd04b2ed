"""Documents ("a 12-point peace plan released in February", "signing a joint statement with
...") and the article's own claims ("China has never condemned ...")."""

from __future__ import annotations

import re
from typing import Any

from ..dates import resolve_date
from ..model import Claim, Document, Event
from ..reference import key
from .context import Context, Parsed, on_one_known_day
from .events import date_phrases, remember_people, with_agents
from .mentions import LEADING_TITLES, agents, entity_in_phrase, governing_verb, group, subjects
from .speech import bare_leaders, double_title, lead_day, leaders_organization, recalling, speech_verbs

DOCUMENT_NOUNS = {"plan": "plan", "proposal": "proposal", "roadmap": "plan", "declaration": "declaration",
                  "communique": "communique", "communiqué": "communique", "agreement": "agreement",
                  "agreements": "agreement", "accord": "agreement", "pact": "agreement", "treaty": "treaty",
                  "memorandum": "agreement", "mou": "agreement", "deal": "agreement",
                  # ('signed five memoranda of understanding', 'two MoUs', 'three treaties')
                  "memoranda": "agreement", "memorandums": "agreement", "mous": "agreement",
                  "treaties": "treaty", "accords": "agreement", "declarations": "declaration",
                  # ('signed the Program of Cooperation between the two ministries': a signed programme)
                  "programme": "agreement", "program": "agreement"}
NOT_NAMES = ("deal", "plan", "proposal", "programme", "program")  # ('the World Food Programme' is a body)
EVENT_NOUNS = {"meeting": ("meeting",), "talks": ("meeting",), "summit": ("summit",), "visit": ("visit",),
               "call": ("phone_call",), "conference": ("conference",),
               # ('At the close of the session, X and Y signed': the commission's session told before)
               "session": ("meeting", "conference"), "audience": ("meeting",)}
MAKING = {"sign", "release", "issue", "unveil", "announce", "adopt", "publish", "conclude", "ink", "put",
          "present", "agree", "reach", "seal", "witness", "draft"}


def names_a_document(name: str) -> bool:
    """'Joint Statement of the People's Republic of China and ...', 'Ghana-Chile Investment Agreement':
    a name whose head (before any 'of'/'on' phrase) is a document noun names a document, not an
    organisation (for the organisation finder to skip)."""
    words = name.split()
    for n, word in enumerate(words):
        if word.lower() in ("of", "on", "for", "between") and n:
            words = words[:n]
            break
    head = words[-1].lower().strip(",.") if words else ""
    if head == "statement":
        return len(words) > 1 and words[-2].lower() == "joint"
    return head in DOCUMENT_NOUNS and head not in NOT_NAMES


def document_type(token: Any) -> str | None:
    lower = token.lower_
    if lower == "statement" and any(c.lower_ == "joint" for c in token.children):
        return "joint_statement"
    kind = DOCUMENT_NOUNS.get(lower)
    if lower in ("programme", "program") and not (token.text[:1].isupper() and _name_preps(token)):
        return None  # 'the programme of the visit': only a programme named in capitals is a document
    if kind == "plan" and not any(c.dep_ in ("compound", "amod", "nummod") for c in token.children):
        return None  # "a plan to ..." is an intention, not a document
    return kind


def find_documents(ctx: Context, events_by_sentence: dict[tuple[int, int], Event]) -> list[Document]:
    documents: list[Document] = []
    ctx.recent_people.clear()  # 'the two heads of state': the people named up to here, not at the end
    state = _Reading()
    for parsed in ctx.blocks:
        if parsed.block.kind != "paragraph":
            continue
        for sentence in parsed.doc.sents:
            remember_people(ctx, parsed, sentence)
            state.leaders_org = leaders_organization(parsed, sentence) or state.leaders_org
            state.event = events_by_sentence.get((id(parsed), sentence.start)) or state.event
            if recalling(sentence):
                state.recalled.extend(_told_in(ctx, parsed, sentence))
            if state.event is not None and state.event not in state.told and state.event not in state.recalled:
                # ('recalled their meeting in Bangkok', 'last met in June': not 'the meeting' the
                # story goes on to)
                state.told.append(state.event)
            for token in sentence:
                _read_token(ctx, parsed, token, documents, state, events_by_sentence)
    return documents


class _Reading:
    """What the pass over the page knows so far: the last event told and the bloc whose leaders
    were last named."""

    def __init__(self) -> None:
        self.event: Event | None = None
        self.leaders_org: str | None = None
        self.told: list[Event] = []
        self.recalled: list[Event] = []  # events told first as recalled ('last met in June')


def _read_token(ctx: Context, parsed: Parsed, token: Any, documents: list[Document], state: _Reading,
                events_by_sentence: dict[tuple[int, int], Event]) -> None:
    if token.pos_ not in ("NOUN", "PROPN") or parsed.in_quote(token.idx) or token.dep_ == "compound":
        return
    kind = document_type(token)
    if kind is None:
        return
    definite = any(c.lower_ in ("the", "this", "that") for c in token.children)
    verb = governing_verb(token)
    made = (verb is not None and verb.lemma_.lower() in MAKING) or _signing_of(token)
    named = _proper_name(parsed, token)
    earlier = next((d for d in reversed(documents) if d.type == kind), None)
    if definite and not named and documents:
        # 'The agreement, announced on Monday, ...': the one told before, now dated
        if earlier is not None and earlier.date is None:
            for acl in (c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in MAKING):
                earlier.date = _date(ctx, parsed, acl, None)
            if earlier.date is None and verb is not None and made and _past(verb) and token.dep_ == "nsubjpass":
                # ('... have signed a memorandum ... The agreement was signed on Monday': its day)
                earlier.date = _date(ctx, parsed, token, verb)
        return
    if definite and not named and not made:
        return
    if made and _yet_to_come(token, verb):
        # ('will witness the signing of agreements on ...', 'a deal to be signed', 'are expected to adopt
        # the X Declaration'): not made yet
        return
    if not named and not made and not any(c.dep_ == "acl" and c.lemma_.lower() in MAKING for c in token.children) \
            and not any(c.dep_ == "nummod" or "-point" in c.text for c in token.children):
        return  # a document is made (signed, released), counted ('a 12-point plan') or named
    document = _document(ctx, parsed, token, kind, verb, events_by_sentence, state.recalled, state.told)
    if document is None:
        return
    if named:
        document.name = named
    if not document.authors and (made or _theirs(token)):
        document.authors, from_event = _leaders(ctx, parsed, token, verb, state)
        if from_event and document.date is None and state.event is not None:
            document.date = state.event.start
    borrowed = None
    if made and document.date is not None and len(document.date) < 10 and verb is not None and _done(verb) \
            and _date(ctx, parsed, token, verb) is None:
        # ('At the end of the talks, ... signed' with 'the talks' read as a meeting recalled as of a
        # month: the talks told on a known day come first)
        borrowed, document.date = document.date, None
    if made and document.date is None:
        # 'Following the meeting, the ministers signed ...': the meeting told last
        done = verb is not None and _done(verb)
        for noun in (t for t in token.sent if t.lower_ in EVENT_NOUNS and any(c.lower_ == "the" for c in t.children)):
            # ('At the conclusion of the talks, ... signed': not talks yet to come told since)
            fitting = [e for e in reversed(state.told) if e.type in EVENT_NOUNS[noun.lower_]
                       and not (done and e.status == "scheduled")]
            # ('At the end of the talks, ... signed': the talks held on a known day, not a meeting
            # recalled as of a month, 'first sat down together in February')
            told = next((e for e in fitting if e.start and len(e.start) == 10),
                        fitting[0] if fitting else None)
            if told is None and done:
                # (one told in a sentence whose first event was another: 'arrived on Monday, spent
                # Tuesday at the commission's session')
                told = _told_before(ctx, parsed, token.sent, EVENT_NOUNS[noun.lower_])
            if told is not None:
                document.date = told.start
                break
    if borrowed is not None and (document.date is None or len(document.date) < 10):
        document.date = borrowed
    if made and document.date is None and verb is not None and _done(verb) and any(
            t.lower_ in EVENT_NOUNS for t in token.sent):
        # 'After talks ..., the two presidents witnessed the signing of ...': an undated signing at
        # the story's talks is on the day the lead tells its news on
        document.date = lead_day(ctx)
    if made and document.date is None and verb is not None and _done(verb):
        # 'The two leaders witnessed the signing of ...': signed at the event told last that took
        # place on one known day
        document.date = _signing_day(state, document.authors)
    signed = next((c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in MAKING and c.tag_ == "VBN"
                   and any(a.dep_ == "agent" for a in c.children)), None)
    if not made and document.date is None and signed is not None and document.authors:
        # ('The X Declaration, signed by both Heads of State, commits ...': signed at the event told
        # last that took place on one known day)
        document.date = _signing_day(state, document.authors)
    same = next((d for d in documents if named and key(d.name) == key(named)), None)
    if same is not None:
        # ('adopted the Baghdad Declaration ... In the Baghdad Declaration, ...': one document)
        same.authors = list(dict.fromkeys([*same.authors, *document.authors]))
        same.date = same.date or document.date
        return
    if named and earlier is not None and earlier.name == earlier.name.lower() and token.lower_ in earlier.name:
        # 'leaders signed a declaration ... The leaders signed the Vientiane Declaration': one document
        earlier.name = named
        earlier.authors = list(dict.fromkeys([*document.authors, *earlier.authors]))
        earlier.date = earlier.date or document.date
        return
    document.id = f"d{len(documents) + 1}"
    documents.append(document)


def _signing_day(state: _Reading, authors: list[str]) -> str | None:
    """The day of the event told last that took place on one known day; of those, one all the
    signers attended ('the two women signed ...' at their meeting, not on the day one of them
    arrived, told after it)."""
    days = [e for e in reversed(state.told) if on_one_known_day(e)]
    attended = next((e for e in days if authors and set(authors) <= set(e.attendees)), None)
    told = attended or (days[0] if days else None)
    return told.start if told is not None else None


FUTURE = {"will", "shall", "'ll"}


def _yet_to_come(token: Any, verb: Any | None) -> bool:
    """A making still to come: 'the two leaders will witness the signing of agreements', 'an
    accord to be signed during the visit', 'are expected to sign a deal'."""
    node = verb if verb is not None else token.head
    for _ in range(3):
        if node is None or node.pos_ not in ("VERB", "AUX"):
            return False
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE for c in node.children):
            return True
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children) \
                and node.lemma_.lower() in MAKING and not _past(node):
            return True  # ('to be signed', 'expected to sign')
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _done(verb: Any) -> bool:
    """'signed', 'was signed', 'have signed': a making told as done."""
    return _past(verb) or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have")
                                                      for c in verb.children))


def _past(verb: Any) -> bool:
    """'signed', and the passive 'was signed (by ...)': a making told as done."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were")
                                                            for c in verb.children))


def _told_in(ctx: Context, parsed: Parsed, sentence: Any) -> list[Event]:
    """The events first told in a sentence (their first evidence lies in it)."""
    span = ctx.evidence(parsed, sentence.start_char, sentence.end_char)
    if span.start is None or span.end is None:
        return []
    found = []
    for event in ctx.events:
        starts = [v.start for v in event.evidence if v.start is not None]
        if starts and span.start <= min(starts) < span.end:
            found.append(event)
    return found


def _the_two(ctx: Context, parsed: Parsed, subject: Any) -> list[str]:
    """'X held talks with Y, and the two signed ...': a bare 'the two' (or 'both') are the last
    people named, those of its own sentence first."""
    if subject.lower_ not in ("two", "both", "three") or subject.pos_ not in ("NUM", "PRON", "DET"):
        return []
    if subject.lower_ != "both" and not any(c.lower_ == "the" for c in subject.children):
        return []
    named = [e[1] for t in subject.doc[subject.sent.start:subject.i]
             if (e := parsed.entities.get(t.i)) and e[0] == "person"]
    return group(ctx, subject, named=named)


def _two_of_office(ctx: Context, subject: Any) -> list[str]:
    """'the two foreign ministers signed ...' when their printed titles differ ('Minister of Foreign
    Affairs', 'Minister'): the last two people named whose titles hold the office's head word."""
    if subject.tag_ != "NNS" or not any(c.lower_ in ("two", "both") for c in subject.children):
        return []
    office = subject.lemma_.lower()
    if office not in ("minister", "president", "secretary", "leader", "chancellor", "premier"):
        return []
    titles = {p: (ctx.people[p].title or "").lower() for p in ctx.recent_people}
    found = [p for p in dict.fromkeys(reversed(ctx.recent_people)) if office in titles[p]
             and not (re.match(r"(?:deputy|vice)\b", titles[p]) and " and " not in titles[p])
             and not (office == "minister" and re.fullmatch(r"(?:deputy |vice )?prime minister", titles[p]))][:2]
    return found if len(found) == 2 else []


# Plain words for people ('the two women signed', 'signed by both heads of state')
PEOPLE_NOUNS = {"woman", "man", "head", "counterpart", "official", "envoy", "diplomat", "politician"}


def _two_people(ctx: Context, subject: Any) -> list[str]:
    """'The two women signed ...', '..., signed by both Heads of State': the last people named
    (for heads of state or government, those who lead one)."""
    if subject.tag_ not in ("NNS", "NNPS") or not any(c.lower_ in ("two", "both", "three") for c in subject.children):
        return []
    lemma = subject.lemma_.lower()
    if lemma not in PEOPLE_NOUNS and subject.lower_ not in ("women", "men", "heads"):
        return []
    size = 3 if any(c.lower_ == "three" for c in subject.children) else 2
    if subject.lower_ == "heads":
        leading = [p for p in dict.fromkeys(reversed(ctx.recent_people))
                   if LEADING_TITLES.search((ctx.people[p].title or "").lower())
                   and not re.search(r"\b(?:vice|deputy)\b", (ctx.people[p].title or "").lower())][:size]
        return leading if len(leading) == size else []
    return group(ctx, subject)


OFFICES = {"minister", "president", "secretary", "chancellor", "premier"}


def _the_officials(ctx: Context, subject: Any, told: list[Event] | None) -> list[str]:
    """'At the end of the talks, the ministers signed ...': the people of the event told last (when
    it has two or more, all of them holding that office's word)."""
    if subject.tag_ != "NNS" or subject.lemma_.lower() not in OFFICES or not told \
            or not any(c.lower_ == "the" for c in subject.children) \
            or any(c.dep_ in ("nummod", "amod", "compound", "prep") for c in subject.children):
        return []
    office = subject.lemma_.lower()
    for event in reversed(told):
        people = [a for a in event.attendees if a in ctx.people]
        if event.status == "happened" and len(people) >= 2:
            return people if all(office in (ctx.people[p].title or "").lower() for p in people) else []
    return []


def _theirs(token: Any) -> bool:
    """'their final communique, known as the Kuwait Declaration': a document of a 'their'."""
    node = token
    for _ in range(4):
        if any(c.dep_ == "poss" and c.lower_ == "their" for c in node.children):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


CLOSING = {"wrap", "end", "conclude", "close", "finish"}


def _signing_of(token: Any) -> bool:
    """'attended the signing of a memorandum': made, though the verb is 'attend'; 'wrapped up their
    meeting on Thursday with a joint communiqué': a gathering that closes with a document made it."""
    head = token.head
    if head.dep_ == "prep" and head.lower_ == "with" and head.head.pos_ == "VERB" \
            and head.head.lemma_.lower() in CLOSING and token.dep_ == "pobj":
        return True
    return head.dep_ == "prep" and head.lower_ == "of" and head.head.lemma_.lower() in ("signing", "signature",
                                                                                         "adoption", "release")


def _proper_name(parsed: Parsed, token: Any) -> str | None:
    """A document's own name: 'the Canada-Chile Free Trade Agreement', 'the Vientiane Declaration on
    Maritime Cooperation', 'a Memorandum of Understanding on ...'; None for 'a joint declaration'."""
    if not token.text[:1].isupper() or token.i == token.sent.start:
        return None
    modifiers = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i]
    preps = [c for c in _name_preps(token) if any(o.text[:1].isupper() for o in c.children if o.dep_ == "pobj")]
    if not any(m.text[:1].isupper() for m in modifiers) and not preps:
        return None
    left = min([token.i, *(m.left_edge.i for m in modifiers)])
    while left < token.i and (parsed.doc[left].is_punct or not parsed.doc[left].text[:1].isupper()):
        left += 1
    right = _name_end(preps[0]) if preps else token.i
    doc = parsed.doc
    while right + 2 < len(doc) and doc[right + 1].dep_ == "prep" and doc[right + 1].lower_ in ("on", "for") \
            and doc[right + 1].head.i in (token.i, token.head.i) \
            and any(o.dep_ == "pobj" and o.text[:1].isupper() for o in doc[right + 1].children):
        # ('a Memorandum of Understanding on the Mechanism of ...': the parse may hang the 'on'
        # phrase after the name's own 'of' phrase on the verb)
        right = _name_end(doc[right + 1])
    return doc[left:right + 1].text.strip(" ,")


def _name_preps(token: Any, *, hung_on_verb: bool = True) -> list[Any]:
    """The 'on'/'of'/'for' phrases that go on a document's name: its own, or the one right after it
    that the parse hung on the verb ('signed the Joint Declaration on the Establishment of ...')."""
    own = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "of", "for") and c.i > token.i]
    if own or not hung_on_verb:
        return own
    doc = token.doc
    if token.i + 1 < len(doc):
        after = doc[token.i + 1]
        if after.dep_ == "prep" and after.lower_ in ("on", "of", "for") and after.head.i == token.head.i \
                and token.dep_ in ("dobj", "nsubjpass") and after.head.pos_ == "VERB":
            return [after]
    return []


def _name_end(prep: Any) -> int:
    """The last token of a name's phrase, before a 'by' naming who signed it ('a memorandum on trade
    by Foreign Minister X and ...')."""
    by = next((t for t in prep.subtree if t.dep_ in ("prep", "agent") and t.lower_ == "by" and t.i > prep.i
               and any(o.ent_type_ in ("PERSON", "ORG") for o in t.subtree)), None)
    end = by.i - 1 if by is not None else prep.right_edge.i
    # ('on the Mechanism of Consultations, under which ...': a relative clause is not the name's)
    clause = min((t.left_edge.i for t in prep.subtree if t.dep_ == "relcl" and t.i > prep.i), default=None)
    if clause is not None:
        end = min(end, clause - 1)
    while end > prep.i and prep.doc[end].is_punct:
        end -= 1
    return end


def _leaders(ctx: Context, parsed: Parsed, token: Any, verb: Any | None, state: _Reading) -> tuple[list[str], bool]:
    """'The leaders of ASEAN signed ...', 'the leaders signed ...', 'In their final communique, known as
    ..., the leaders said': the bloc whose leaders were named, else the people of the event told."""
    candidates = [*(subjects(verb) if verb is not None else []), *token.sent]
    for subject in candidates:
        if subject.lower_ not in ("leaders", "heads"):
            continue
        org = leaders_organization(parsed, subject.doc[subject.i:subject.i + 1])
        if org is not None:
            return [org], False
        # ('Arab leaders adopted ...' at a bloc's summit: the bloc's leaders, however described)
        described = all(c.dep_ in ("amod", "cc", "conj", "prep") for c in subject.children) and any(
            c.dep_ == "amod" for c in subject.children)
        if bare_leaders(subject) or (described and state.leaders_org is not None):
            if state.leaders_org is not None:
                return [state.leaders_org], True
            if state.event is not None:
                people = [a for a in state.event.attendees if a in ctx.people]
                if len(people) >= 2:
                    return people, True
    return [], False


def _told_before(ctx: Context, parsed: Parsed, sentence: Any, types: tuple[str, ...]) -> Event | None:
    """The last event of these types told before the sentence that took place on one known day."""
    here = ctx.evidence(parsed, sentence.start_char, sentence.end_char).start or 0

    def told_at(event: Event) -> int:
        return event.evidence[0].start or 0 if event.evidence else here

    before = [e for e in ctx.events if e.type in types and on_one_known_day(e) and told_at(e) < here]
    return max(before, key=told_at) if before else None


def _date(ctx: Context, parsed: Parsed, token: Any, verb: Any | None) -> str | None:
    # ('closed their meeting on Tuesday by adopting the X Declaration': the day of the verb the
    # making is the means of)
    if verb is not None and verb.dep_ == "relcl" and verb.head.ent_type_ == "DATE":
        # ('visited the kingdom in January, when she and X signed ...': the day the clause is of)
        ent = next((e for e in parsed.doc.ents if e.start <= verb.head.i < e.end and e.label_ == "DATE"), None)
        date = resolve_date(ent.text, ctx.published) if ent is not None else None
        if date:
            return date
    means = [verb.head.head] if verb is not None and verb.dep_ == "pcomp" and verb.head.lower_ == "by" \
        and verb.head.head.pos_ == "VERB" else []
    for anchor in [token, *(c for c in token.children if c.dep_ == "acl"), *([verb] if verb is not None else []),
                   *means]:
        # ('signed a memorandum ... and agreed to meet again in January': the day of another verb)
        other = {t.i for c in anchor.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
        for ent in date_phrases(parsed, anchor):
            if ent.start in other:
                continue
            if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "for":
                continue  # ('the Program of Cooperation for 2025-2026': the years it runs, not its day)
            # ('Monday after weeks' read as one date: its first words are the date)
            for text in [ent.text, *(ent[:n].text for n in range(min(3, len(ent) - 1), 0, -1))]:
                date = resolve_date(text, ctx.published)
                if date:
                    return date
    return None


def _document(ctx: Context, parsed: Parsed, token: Any, kind: str, verb: Any | None,
              events_by_sentence: dict[tuple[int, int], Event], recalled: list[Event],
              told: list[Event] | None = None) -> Document | None:
    left = min([token.i, *(c.left_edge.i for c in token.children
                           if c.dep_ in ("compound", "amod", "nummod") or (c.dep_ == "nmod"))])
    right = token.i
    for child in _name_preps(token, hung_on_verb=False):
        if not any(o.ent_type_ in ("DATE", "TIME") for o in child.children if o.dep_ == "pobj"):
            # ('an agreement on Tuesday' is no agreement on a topic)
            right = _name_end(child)
            # 'a memorandum on security and an agreement on flights': two documents, not one name
            other = next((t for t in child.subtree if t.dep_ == "conj" and document_type(t) is not None), None)
            if other is not None:
                right = other.left_edge.i - 1
                while right > child.i and (parsed.doc[right].dep_ == "cc" or parsed.doc[right].is_punct):
                    right -= 1
            break
    name = parsed.doc[left:right + 1].text.strip(" ,")
    authors: list[str] = []
    if verb is not None and verb.lemma_.lower() in MAKING:
        # ('The agreement ... was signed by X and his counterpart, Y': the signers are the agent's)
        signers = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        for subject in signers or subjects(verb):
            if subject.lower_ in ("leaders", "heads") and not any(c.lower_ in ("two", "both", "three")
                                                                 for c in subject.children):
                continue  # the bloc or the people of the event: see _leaders
            if subject.lower_ in ("he", "she"):
                # ('..., when she and X signed ...': the one named before, not X named after)
                later = {e[1] for t in subject.doc[subject.i:subject.sent.end]
                         if (e := parsed.entities.get(t.i)) and e[0] == "person"}
                who = ctx.last_person("m" if subject.lower_ == "he" else "f",
                                      before=[p for p in ctx.recent_people if p not in later])
                authors.extend([who] if who else [])
                authors.extend(a for c in subject.conjuncts for a in agents(ctx, parsed, c))
                continue
            slashed = [double_title(ctx, c) for c in (subject, *subject.conjuncts)]
            if any(slashed):
                # ('the Deputy Prime Minister/Foreign Minister and Foreign Minister X signed')
                authors.extend(a for c, one in zip((subject, *subject.conjuncts), slashed, strict=True)
                               for a in ([one] if one else agents(ctx, parsed, c)))
                continue
            authors.extend(_two_people(ctx, subject) or _the_officials(ctx, subject, told)
                           or agents(ctx, parsed, subject) or _two_of_office(ctx, subject)
                           or _the_two(ctx, parsed, subject))
            # 'A and B's minister, C, signed': the parse may hang C's name on A
            authors.extend(a for c in subject.children if c.dep_ == "appos"
                           for a in agents(ctx, parsed, c) if a in ctx.people)
            for conj in subject.conjuncts:
                # ('X and the Minister of Foreign Affairs of Peru, Y, signed': Y's name hung on 'Peru')
                if (entity_in_phrase(parsed, conj) or ("",))[0] != "person":
                    authors.extend(a for t in conj.subtree if t.dep_ == "appos" and t.i > conj.i
                                   for a in agents(ctx, parsed, t) if a in ctx.people)
        authors.extend(with_agents(ctx, parsed, verb, ("with",)))
    authors.extend(with_agents(ctx, parsed, token, ("with", "between")))
    for child in token.children:
        if child.dep_ == "acl":
            for agent in (c for c in child.children if c.dep_ == "agent"):
                authors.extend(a for obj in agent.children for a in (_two_people(ctx, obj) or agents(ctx, parsed, obj)))
        if child.dep_ == "poss":
            authors = agents(ctx, parsed, child) + authors
    # "China's 'recent appeals' ..., including a 12-point peace plan": the owner of what it is part of.
    if not any(a in ctx.places or a in ctx.organizations for a in authors):
        node = token
        for _ in range(4):
            node = node.head
            owner = [c for c in node.children if c.dep_ == "poss"]
            if owner:
                authors = agents(ctx, parsed, owner[0]) + [a for a in authors if a not in ctx.people]
                break
            if node.head.i == node.i:
                break
    authors = list(dict.fromkeys(authors))
    date = _date(ctx, parsed, token, verb)
    sentence = token.sent
    if date is None:
        event = events_by_sentence.get((id(parsed), sentence.start))
        # (nor 'signed ... and agreed to meet again in January': what is yet to come was not signed at)
        if event is not None and not (event in recalled and not recalling(sentence)) and not (
                event.status == "scheduled" and verb is not None and _past(verb)):
            # ('Following the meeting, ... signed': not the meeting recalled before)
            date = event.start
    span = parsed.doc[left:right + 1]
    clause_start = min([span.start_char, *(s.left_edge.idx for s in subjects(verb))] if verb is not None
                       else [span.start_char])
    if verb is not None and verb.i < span.start:
        clause_start = min(clause_start, verb.idx)
    evidence = ctx.evidence(parsed, clause_start, max(span.end_char, _acl_end(token)))
    return Document(id="", type=kind, name=name, authors=authors, date=date, evidence=[evidence])


def _acl_end(token: Any) -> int:
    ends = [c.right_edge.idx + len(c.right_edge.text) for c in token.children if c.dep_ == "acl"]
    return max(ends) if ends else 0


# ('arrived on Sunday for a three-day visit, the first by a foreign head of state since ...')
# ('..., the first by a foreign head of state since ...', 'The summit was the first hosted by Baghdad since')
# ('It is the first official visit by a sitting president to ... in more than fifteen years')
FIRST_OF_ITS_KIND = re.compile(r"(?:,|\b(?:was|is|will be|would be))\s+the\s+first\b(?:\s+[a-z-]+){0,3}?\s+"
                               r"(?:by|of|between|to|since|in)\b")
# ('according to Peruvian government figures', 'according to official data'): the source of a
# figure, not of words: the sentence stays the article's own
FIGURES_SOURCE = re.compile(r"\baccording to (?:the )?(?:[\w-]+ ){0,3}(?:figures|data|statistics|estimates|census)\b",
                            re.I)


STANDING_VERBS = {"be", "become", "serve", "remain"}


def _standing(ctx: Context, parsed: Parsed, root: Any, subject: Any) -> bool:
    """A country's standing told in the article's voice: 'Norway has served as a guarantor of ...
    for more than a decade', 'The UAE has become one of Serbia's largest investors' (a perfect
    tense, or 'one of' a superlative), the subject a country the story names."""
    if root.lemma_.lower() not in STANDING_VERBS or root.pos_ not in ("VERB", "AUX"):
        return False
    entity = entity_in_phrase(parsed, subject)
    if entity is None or entity[0] != "place" or ctx.places[entity[1]].type != "Country":
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in root.children)
    complement = [c for c in root.children if c.dep_ in ("attr", "acomp", "oprd")
                  or (c.dep_ == "prep" and c.lower_ == "as")]
    if not complement:
        return False
    superlative = any(t.lower_ == "one" and any(c.lower_ == "of" for c in t.children)
                      and any(w.tag_ == "JJS" for w in t.subtree) for c in complement for t in c.subtree)
    return perfect or superlative


# ('the largest private investor', "Canada's third-largest trading partner")
RANKED = re.compile(r"^(?:\w+-)?(?:largest|biggest|greatest|oldest|most|leading|main|top)$", re.I)
# ('about 60 per cent of the world's cocoa', 'more than 80 percent complete')
SHARE = re.compile(r"\b\d[\d.,]*\s*(?:per\s?cent|percent|%)", re.I)
RELATIONS = {"relations", "ties"}
FOUNDING_VERBS = {"establish", "forge", "open"}


def _ranked(ctx: Context, parsed: Parsed, root: Any, subject: Any) -> bool:
    """A country's or organisation's rank told in the article's voice: 'Mexico is Canada's
    third-largest trading partner', 'The group is the largest private investor in ...'."""
    if root.lemma_.lower() != "be":
        return False
    entity = entity_in_phrase(parsed, subject)
    if entity is None or entity[0] not in ("place", "organization"):
        return False
    # ('X is among the largest bilateral donors'): one of the ranked
    among = [o for c in root.children if c.dep_ == "prep" and c.lower_ == "among" for o in c.children
             if o.dep_ == "pobj"]
    return any(_ranked_noun(c) for c in [*(c for c in root.children if c.dep_ == "attr"), *among])


def _made_ranked(parsed: Parsed, root: Any) -> bool:
    """'Some 300 soldiers arrived in April, making Ireland the mission's second largest contributor':
    a rank a country or an organisation is brought to, in a clause on what the sentence tells."""
    for making in (c for c in root.children if c.dep_ == "advcl" and c.lemma_.lower() == "make"):
        for complement in (c for c in making.children if c.dep_ in ("ccomp", "oprd", "dobj")):
            # (the one ranked printed between: 'making [Ireland] the ...', however the parse hangs it)
            owners = [parsed.entities[i] for i in range(making.i + 1, complement.left_edge.i + 2)
                      if i in parsed.entities and i < complement.i]
            if any(o[0] in ("place", "organization") for o in owners) and _ranked_noun(complement):
                return True
    return False


def _ranked_noun(complement: Any) -> bool:
    """'Canada's third-largest trading partner', 'the most visited destination' (a superlative of a
    participle): a noun ranked."""
    if complement.lower_ == "one":  # ('making Ruritania one of the region's ten largest markets')
        return any(_ranked_noun(o) for p in complement.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj")
    determined = any(d.dep_ == "poss" or d.lower_ == "the" for d in complement.children)
    return determined and any(d.dep_ == "amod" and (d.tag_ == "JJS" or RANKED.match(d.text) or any(
        a.dep_ == "advmod" and a.tag_ == "RBS" for a in d.children)) for d in complement.children)


def _founded_relations(parsed: Parsed, root: Any, subject: Any) -> bool:
    """'X and Y established diplomatic relations in 1991': when ties between countries began."""
    if root.lemma_.lower() not in FOUNDING_VERBS or not any(
            c.dep_ == "dobj" and c.lower_ in RELATIONS for c in root.children):
        return False
    return any(parsed.entities.get(t.i, ("",))[0] == "place" for t in subject.subtree) and any(
        e.label_ == "DATE" and re.search(r"\b(?:1[89]|20)\d\d\b", e.text) for e in parsed.ents
        if e.sent == root.sent)


def _record(root: Any, sentence: Any) -> bool:
    """A figure or a record in the article's voice: 'the two countries produce about 60 per cent of
    the world's cocoa', '..., which is now more than 80 percent complete', 'The format has brought
    the ministers together every year since 2001'."""
    if SHARE.search(sentence.text):
        return True
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might", "shall")
           for c in root.children):
        return False
    if any(e.label_ == "MONEY" and e.sent == sentence for e in root.doc.ents):
        return True  # ('Bilateral trade stood at about $860 million in the 2024-25 fiscal year')
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in root.children)
    # (or 'since the financial collapse of 2019': a year that dates what is counted from)
    # ('have soured since the ruling party suspended accession talks in late 2024': a year in the clause)
    return perfect and bool(re.search(r"\bsince\b[^.;:]{0,90}?\b(?:1[89]|20)\d\d\b", sentence.text))


def _past_year(root: Any, sentence: Any, published: str | None) -> bool:
    """A fact of an earlier year told in the past tense: 'exports were suspended in 2019 ..., and the
    ban was lifted in 2023' (a year before the story's own, told as a year alone)."""
    if not _past(root):
        return False
    this_year = int(published[:4]) if published and published[:4].isdigit() else 0
    years = [int(e.text[-4:]) for e in root.doc.ents if e.label_ == "DATE" and e.sent == sentence
             and re.fullmatch(r"(?:(?:in|since) )?(?:1[89]|20)\d\d", e.text)]
    return bool(years) and (not this_year or min(years) < this_year)


def _measured(parsed: Parsed, root: Any, subject: Any, sentence: Any) -> bool:
    """A measure or a count of a country or an organisation in the article's voice: 'X and Y
    share a land border of more than 2,200 kilometres', 'The bloc has 16 member states'."""
    entity = entity_in_phrase(parsed, subject)
    if entity is None or entity[0] not in ("place", "organization"):
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might", "shall") for c in root.children):
        return False
    if any(e.label_ == "QUANTITY" and e.sent == sentence for e in root.doc.ents):
        return True
    # ('has 16 member states', 'comprises 27 countries': a count of what it has, told in the present)
    return root.lemma_.lower() in COUNTING_VERBS and root.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "dobj" and any(n.dep_ == "nummod" and n.like_num for n in c.children) for c in root.children)


COUNTING_VERBS = {"have", "comprise", "number", "count"}
# ('The Security Council voted on Sept. 30 to turn the mission into ...'): a body's decision
DECIDING_VERBS = {"vote", "authorize", "authorise", "ratify"}


def _decided(ctx: Context, parsed: Parsed, root: Any, subject: Any, sentence: Any) -> bool:
    """A decision of an organisation told as done, on a day, in the article's voice: 'The U.N.
    Security Council voted on Sept. 30 to ...' (not the event of a story already told)."""
    if root.lemma_.lower() not in DECIDING_VERBS or not _past(root):
        return False
    entity = entity_in_phrase(parsed, subject)
    if entity is None or entity[0] != "organization":
        return False
    return any(e.label_ == "DATE" and e.sent == sentence for e in root.doc.ents) and not _tells_event(
        ctx, parsed, sentence)


def _tells_event(ctx: Context, parsed: Parsed, sentence: Any) -> bool:
    span = ctx.evidence(parsed, sentence.start_char, sentence.end_char)
    if span.start is None or span.end is None:
        return False
    return any(ev.start is not None and ev.end is not None and ev.start < span.end and span.start < ev.end
               for event in ctx.events for ev in event.evidence)


def _past_year_of_subject(parsed: Parsed, subject: Any, published: str | None) -> bool:
    """A country's past told in a clause on it: 'Costa Rica, which abolished its army in 1948,
    has seen ...' (the year in the clause, before the story's own)."""
    entity = entity_in_phrase(parsed, subject)
    if entity is None or entity[0] != "place":
        return False
    this_year = int(published[:4]) if published and published[:4].isdigit() else 0
    for clause in (c for c in subject.children if c.dep_ == "relcl" and c.tag_ == "VBD"):
        inside = {t.i for t in clause.subtree}
        years = [int(e.text[-4:]) for e in subject.doc.ents if e.label_ == "DATE" and e.start in inside
                 and re.fullmatch(r"(?:(?:in|since) )?(?:1[89]|20)\d\d", e.text)]
        if years and (not this_year or min(years) < this_year):
            return True
    return False


# ('will mark 60 years of diplomatic relations', 'the 50th anniversary of their ties')
ANNIVERSARY = re.compile(r"\b\d+(?:st|nd|rd|th)?\s+(?:years|anniversary)\s+of\s+(?:\w+\s+){0,2}(?:relations|ties)\b",
                         re.I)


def _members(parsed: Parsed, root: Any, subject: Any) -> bool:
    """'Ruritania and Osterlich are both members of the Forum': a membership of a body the countries
    share, in the article's voice."""
    if root.lemma_.lower() != "be" or entity_in_phrase(parsed, subject) is None:
        return False
    if not any(c.dep_ == "conj" for c in subject.children) and not any(c.lower_ == "both" for c in root.children):
        return False  # ('Ruritania is a member of the Union': a plain description; a membership shared is a tie)
    members = [c for c in root.children if c.dep_ == "attr" and c.lemma_.lower() == "member"]
    return any(o.i in parsed.entities and parsed.entities[o.i][0] == "organization"
               for m in members for p in m.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.subtree if o.dep_ in ("pobj", "conj"))


def _anniversary(parsed: Parsed, root: Any, subject: Any, sentence: Any) -> bool:
    """'Ruritania and Osterlich will mark 60 years of diplomatic relations next year': the age of the
    ties of the countries the sentence is about."""
    entity = entity_in_phrase(parsed, subject)
    return entity is not None and entity[0] == "place" and bool(ANNIVERSARY.search(sentence.text))


def find_claims(ctx: Context) -> list[Claim]:
    """Sentences the article asserts in its own voice about an actor: negated, unattributed,
    unquoted ('China has never condemned ...', 'Berg has not made a bilateral visit ...'), or
    telling an event the first of its kind ('..., the first by a foreign head of state since ...')."""
    claims: list[Claim] = []
    for parsed in ctx.blocks:
        if parsed.block.kind != "paragraph":
            continue
        for sentence in parsed.doc.sents:
            root = sentence.root
            if any(parsed.in_quote(t.idx) for t in sentence) or (
                    "according to" in sentence.text.lower() and not FIGURES_SOURCE.search(sentence.text)):
                continue
            if any(t.lemma_.lower() in speech_verbs() and t.pos_ == "VERB" for t in sentence):
                continue
            negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in root.children)
            subject = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
            first = not negated and FIRST_OF_ITS_KIND.search(sentence.text)
            # ('Norway has supported ... and is one of the country's largest donors': a verb joined on)
            verbs = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                             and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children))]
            standing = not (negated or first) and bool(subject) and (any(
                _standing(ctx, parsed, verb, subject[0]) or _ranked(ctx, parsed, verb, subject[0])
                for verb in verbs) or _founded_relations(parsed, root, subject[0]))
            made = not (negated or first or standing) and _made_ranked(parsed, root)
            standing = standing or made
            standing = standing or (not (negated or first) and bool(subject) and (
                _members(parsed, root, subject[0]) or _anniversary(parsed, root, subject[0], sentence)))
            record = not (negated or first or standing) and bool(subject) and (
                _record(root, sentence) or _past_year(root, sentence, ctx.published)
                or _past_year_of_subject(parsed, subject[0], ctx.published)
                or _measured(parsed, root, subject[0], sentence)
                or _decided(ctx, parsed, root, subject[0], sentence))
            if not (negated or first or standing or record) or not subject:
                continue
            if not record and not made \
                    and not any(t.i in parsed.entities for t in (sentence if first else subject[0].subtree)):
                continue
            evidence = ctx.evidence(parsed, sentence.start_char, sentence.end_char)
            claims.append(Claim(id=f"c{len(claims) + 1}", text=evidence.text, evidence=[evidence]))
    return claims
