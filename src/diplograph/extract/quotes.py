"""Quotations: the spans a block sets in quotation marks (curly or straight), told apart from
apostrophes and nicknames; the words of a direct quote are found here before anyone is named
as having said them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .context import Parsed

# (German „...“ and ‚...‘, and guillemets «...», set quotations in English text too)
OPENERS = {"“": "”", "‘": "’", '"': '"', "'": "'", "„": "“", "‚": "‘", "«": "»"}
DOUBLE_OPENERS = "“\"„«"  # marks that open a quotation of any length
MARKS = "“”\"„«»"  # double quotation marks, any side


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
                if ch in DOUBLE_OPENERS and i == len(text) - len(text.lstrip()):
                    quotes.append(Quote(parsed, i + 1, len(text), i, len(text), continues=True))
                i += 1
                continue
            if _nickname(text, i, j):
                i = j + 1
                continue
            if inner and (ch in DOUBLE_OPENERS or len(inner.split()) <= 12):
                quotes.append(Quote(parsed, i + 1, j, i, j + 1))
                i = j + 1
                continue
        i += 1
    parsed.quotes = [(q.start, q.end) for q in quotes]
    return quotes


def _nickname(text: str, i: int, j: int) -> bool:
    """'Prime Minister Tomas “Lucky” Reyle': a name or two in capitals between a given name and
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
    return not after.isspace() or text[i] in "“„«"


def _closes(text: str, j: int, opener: str) -> bool:
    after = text[j + 1] if j + 1 < len(text) else " "
    if opener in ("'", "‘", "‚"):
        return not after.isalpha()
    return True


def _holds_quote(text: str) -> bool:
    """'the talks had been "frank and very useful"': reported words that end (or open) with a quotation
    they hold whole, whose marks are theirs."""
    return (text.count('"') % 2 == 0 and text.count('"') > 0 and not (text.startswith('"') and text.endswith('"'))) or (
        text.count("“") == text.count("”") > 0 and not (text.startswith("“") and text.endswith("”")))


def _lead(text: str) -> int:
    return len(text) - len(text.lstrip())


def _sentence_start(doc: Any, char: int) -> int:
    for sentence in doc.sents:
        if sentence.start_char <= char < sentence.end_char:
            return sentence.start_char
    return 0
