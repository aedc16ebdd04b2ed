"""What the reading of a page for statements carries from one sentence to the next: the
statements found, the last speaker, the date and block of the scene, the organisation last
heard from. Its own class so that speakers, addressees and occasions can each be a part of
the finder that reads this state."""

from __future__ import annotations

from typing import Any

from ..model import Event, Statement
from .context import Context, Parsed


class PageReading:
    """The state of reading one page for statements, shared by the parts of the finder."""

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
        self.spokesperson_of: str | None = None  # the body 'a spokesperson for ...' last spoke for
        self._kinds: dict[str, str] = {}  # statement id -> the kind of block it was read from
        self.sentence_no = 0  # sentences read so far, over the page
        self.last_said: tuple[int, str] | None = None  # (sentence number, speaker) of the last words read
        self.statement_day: str | None = None  # the day of the statement told last ('in a statement yesterday')
