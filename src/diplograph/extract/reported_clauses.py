"""Reported speech: the clause that holds what was said ('said that China was willing to ...',
'reiterated its support for ...', 'welcomed the deal'), split from the clauses joined to it and
from a parse that misplaces it, and the subject a trailing 'the ministry said' stands after."""

from __future__ import annotations

from typing import Any

from .context import Parsed
from .speakers import RELATIVE, speech_verbs

TRAILING = {"say", "announce", "report", "state", "confirm", "add"}  # '..., the ministry said.'
NOT_CLAUSE = {"nothing", "something", "anything", "goodbye", "words", "word", "prayer", "prayers", "thanks"}
TELLING = {"tell", "inform", "assure", "brief", "remind", "warn"}
STATING = {"reiterate", "reaffirm", "express", "convey", "underline", "underscore", "emphasise", "emphasize",
           "stress"}
REQUESTING = {"ask", "call"}
URGING = {"urge", "ask", "call", "encourage", "press", "pledge", "vow", "promise", "undertake"}
# Verbs whose object is what is said: 'welcomed the steady improvement in relations', 'thanked
# Kuwait for its care', 'proposed a joint working group'; the words are the verb and what follows
ACTING_WORDS = {"welcome", "thank", "propose", "praise", "commend", "hail", "condemn", "congratulate"}
# ('welcomed his guest', 'thanked him'): an object that is only the one greeted is no saying
GREETED = {"guest", "guests", "counterpart", "counterparts", "visitor", "visitors", "delegation", "delegations",
           "him", "her", "them", "leaders", "ministers", "president", "minister", "everyone", "all", "heads"}


def _stated_object(verb: Any) -> Any | None:
    """What a position is stated as: 'reiterated India's position in favour of dialogue', 'asked for
    Japan's help in ...', 'expressed Thailand's readiness to take part'."""
    lemma = verb.lemma_.lower()
    if verb.tag_ in ("VBG", "VBN") or verb.dep_ in ("acl", "relcl", "advcl"):
        return None  # 'a statement with the president calling for ...': not a saying of its own
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
    if any(c.dep_ == "dobj" and c.ent_type_ == "GPE" for c in verb.children) or any(
            o.dep_ == "pobj" and o.ent_type_ == "GPE" for p in verb.children if p.dep_ == "prep" and p.lower_ == "on"
            for o in p.children):
        return None  # ('urged Ghana to move faster', 'called on Peru to ...': a country asked to act, no words told)
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB" and child.i > verb.i and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return verb
    return None


def _accused_of(verb: Any) -> Any | None:
    """'accused Ruritania of blocking agreement on the budget': what one is accused of doing is the
    words, from the verb in -ing on."""
    if verb.lemma_.lower() != "accuse" or verb.dep_ in ("acl", "relcl", "amod") or verb.tag_ == "VBN":
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            doing = [c for c in prep.children if c.dep_ in ("pcomp", "pobj") and c.tag_ == "VBG"]
            if doing and len(list(doing[0].subtree)) >= 3:
                return doing[0]
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


def _further_clauses(verb: Any, first: Any) -> list[Any]:
    """'told the summit that trade had fallen, and that ministers would meet': a second clause,
    opened by its own 'that', which the parse joins to the speech verb itself."""
    return [c for c in verb.children if c.dep_ == "conj" and c.i > first.i and c.pos_ in ("VERB", "AUX")
            and c.lemma_.lower() not in speech_verbs() and any(m.dep_ == "mark" and m.lower_ == "that"
                                                                for m in c.children)
            and any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)]


def _stranded_infinitive(verb: Any, clause: Any) -> list[Any]:
    """'told his guest that Tehran expected Switzerland, as a neutral country, to help ...': the parse
    may hang the infinitive a verb of the reported clause governs ('expected X to help') on the speech
    verb; 'told him that ...' takes no infinitive of its own, so it and the words before it after the
    clause go on with the clause."""
    doc = clause.doc
    last = clause.right_edge.i
    if clause.dep_ != "ccomp" or not any(c.dep_ == "dobj" and c.i > clause.i for c in clause.children):
        return []
    infinitive = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > last and c.pos_ == "VERB"
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if infinitive is None:
        return []
    between = doc[last + 1:infinitive.left_edge.i]
    # (only an aside between commas: 'as a neutral country')
    if any(not (t.is_punct or any(a.head == verb and a.dep_ == "prep" for a in [t, *t.ancestors]))
           for t in between):
        return []
    return list(doc[last + 1:infinitive.right_edge.i + 1])


def _split_off(tokens: list[Any]) -> list[Any]:
    """'wished to reopen the Porto Leva – Santa Riva crossing to trade.': words the parse split off as
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
    """'Lomé, 8 October 2025 - Adjovi will ...': the words after a dateline the page left in the paragraph."""
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
