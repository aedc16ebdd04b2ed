"""Documents ("a 12-point peace plan released in February", "signing a joint statement with
...") and the article's own claims ("China has never condemned ...")."""

from __future__ import annotations

from typing import Any

from ..dates import resolve_date
from ..model import Claim, Document, Event
from .context import Context, Parsed
from .events import date_phrases, with_agents
from .mentions import agents, governing_verb, subjects
from .speech import speech_verbs

DOCUMENT_NOUNS = {"plan": "plan", "proposal": "proposal", "roadmap": "plan", "declaration": "declaration",
                  "communique": "communique", "communiqué": "communique", "agreement": "agreement",
                  "agreements": "agreement", "accord": "agreement", "pact": "agreement", "treaty": "treaty",
                  "memorandum": "agreement", "mou": "agreement", "deal": "agreement"}
MAKING = {"sign", "release", "issue", "unveil", "announce", "adopt", "publish", "conclude", "ink", "put",
          "present", "agree", "reach", "seal", "witness", "draft"}


def document_type(token: Any) -> str | None:
    lower = token.lower_
    if lower == "statement" and any(c.lower_ == "joint" for c in token.children):
        return "joint_statement"
    kind = DOCUMENT_NOUNS.get(lower)
    if kind == "plan" and not any(c.dep_ in ("compound", "amod", "nummod") for c in token.children):
        return None  # "a plan to ..." is an intention, not a document
    return kind


def find_documents(ctx: Context, events_by_sentence: dict[tuple[int, int], Event]) -> list[Document]:
    documents: list[Document] = []
    for parsed in ctx.blocks:
        if parsed.block.kind != "paragraph":
            continue
        for token in parsed.doc:
            if token.pos_ not in ("NOUN", "PROPN") or parsed.in_quote(token.idx):
                continue
            kind = document_type(token)
            if kind is None:
                continue
            definite = any(c.lower_ in ("the", "this", "that") for c in token.children)
            verb = governing_verb(token)
            made = verb is not None and verb.lemma_.lower() in MAKING
            if definite and (documents or not made):
                continue
            if (not made and not any(c.dep_ == "acl" and c.lemma_.lower() in MAKING for c in token.children)
                    and not any(c.dep_ == "nummod" or "-point" in c.text for c in token.children)):
                continue  # a document is made (signed, released) or counted ('a 12-point plan')
            document = _document(ctx, parsed, token, kind, verb, events_by_sentence)
            if document is not None:
                document.id = f"d{len(documents) + 1}"
                documents.append(document)
    return documents


def _document(ctx: Context, parsed: Parsed, token: Any, kind: str, verb: Any | None,
              events_by_sentence: dict[tuple[int, int], Event]) -> Document | None:
    left = min([token.i, *(c.left_edge.i for c in token.children
                           if c.dep_ in ("compound", "amod", "nummod") or (c.dep_ == "nmod"))])
    right = token.i
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "for", "of") and child.i > token.i:
            right = child.right_edge.i
            break
    name = parsed.doc[left:right + 1].text.strip(" ,")
    authors: list[str] = []
    if verb is not None and verb.lemma_.lower() in MAKING:
        for subject in subjects(verb):
            authors.extend(agents(ctx, parsed, subject))
        authors.extend(with_agents(ctx, parsed, verb, ("with",)))
    authors.extend(with_agents(ctx, parsed, token, ("with", "between")))
    for child in token.children:
        if child.dep_ == "acl":
            for agent in (c for c in child.children if c.dep_ == "agent"):
                authors.extend(a for obj in agent.children for a in agents(ctx, parsed, obj))
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
    date = None
    for anchor in [token, *(c for c in token.children if c.dep_ == "acl"), *([verb] if verb is not None else [])]:
        for ent in date_phrases(parsed, anchor):
            date = resolve_date(ent.text, ctx.published)
            if date:
                break
        if date:
            break
    sentence = token.sent
    if date is None:
        event = events_by_sentence.get((id(parsed), sentence.start))
        if event is not None:
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


def find_claims(ctx: Context) -> list[Claim]:
    """Sentences the article asserts in its own voice about an actor: negated, unattributed,
    unquoted ('China has never condemned ...', 'Modi has not made a bilateral visit ...')."""
    claims: list[Claim] = []
    for parsed in ctx.blocks:
        if parsed.block.kind != "paragraph":
            continue
        for sentence in parsed.doc.sents:
            root = sentence.root
            if any(parsed.in_quote(t.idx) for t in sentence) or "according to" in sentence.text.lower():
                continue
            if any(t.lemma_.lower() in speech_verbs() and t.pos_ == "VERB" for t in sentence):
                continue
            negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in root.children)
            subject = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not negated or not subject:
                continue
            if not any(t.i in parsed.entities for t in subject[0].subtree):
                continue
            evidence = ctx.evidence(parsed, sentence.start_char, sentence.end_char)
            claims.append(Claim(id=f"c{len(claims) + 1}", text=evidence.text, evidence=[evidence]))
    return claims
