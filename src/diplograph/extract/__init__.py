"""Extract stage: an article's text to its facts.

Reading order matters: entities first (so "Mehta" and "he" resolve to "Arjun Mehta"), then events
(so statements can say where they were made), then statements, documents and claims. Each
step is rules over spaCy's parse, driven by the lexicons and reference data in ``data/``.
"""

from __future__ import annotations

from ..model import Article, Event, Facts
from ..read import read_article_text
from .affiliation import (
    settle_bilateral,
    settle_home_country,
    settle_hosts,
    settle_lead_country,
    settle_national_outlet,
)
from .context import Context, Parsed
from .counterparts import settle_companions, settle_counterparts
from .documents import find_claims, find_documents
from .events import EventFinder, settle_gathering_attendees
from .organizations import find_organizations, find_publisher
from .people import find_people, settle_described
from .places import find_places
from .speech import SpeechFinder, find_quotes

READ_KINDS = ("headline", "summary", "paragraph", "caption")


def extract(text: str, *, source: str = "article.txt", published: str | None = None) -> Facts:
    """The facts of one article. ``published`` (YYYY-MM-DD) anchors relative dates; without it
    the page's own date is used, and relative dates stay unresolved when there is none."""
    from ..nlp import pipeline

    page = read_article_text(text, source)
    published = published or page.published
    blocks = [b for b in page.blocks if b.kind in READ_KINDS]
    nlp = pipeline()
    ctx = Context(page=page, published=published,
                  blocks=[Parsed(block, doc) for block, doc in zip(blocks, nlp.pipe(b.text for b in blocks),
                                                                   strict=True)])
    find_people(ctx)
    find_places(ctx)
    find_organizations(ctx)
    settle_counterparts(ctx)
    settle_companions(ctx)
    publisher = find_publisher(ctx)
    settle_home_country(ctx, publisher)
    settle_lead_country(ctx)
    for parsed in ctx.blocks:
        find_quotes(parsed)

    events = EventFinder(ctx)
    events.run()
    # A meeting, call or visit with no one in it is not a fact the graph can hold (the shapes
    # forbid it): drop it, and what pointed at it.
    kept = [e for e in ctx.events if e.attendees or e.type in ("summit", "conference")]
    dropped = {e.id for e in ctx.events} - {e.id for e in kept}
    for event in kept:
        if event.super_event in dropped:
            event.super_event = None
    ctx.events = kept
    events.mentions = [m for m in events.mentions if m[2].id not in dropped]
    settle_hosts(ctx)
    settle_national_outlet(ctx)
    settle_bilateral(ctx)
    settle_described(ctx)
    statements = SpeechFinder(ctx, events.mentions).run()
    settle_gathering_attendees(ctx)  # (words said at the sidelines stay at the meeting)
    by_sentence: dict[tuple[int, int], Event] = {}
    for parsed, token, event in events.mentions:
        by_sentence.setdefault((id(parsed), token.sent.start), event)
    documents = find_documents(ctx, by_sentence)
    claims = find_claims(ctx) if publisher else []

    article = Article(source=source, headline=page.headline, summary=page.summary, publisher=publisher,
                      published=published, url=page.url, reading_time=page.reading_time, media=page.media)
    return Facts(article=article,
                 people=sorted(ctx.people.values(), key=lambda p: p.id),
                 places=sorted(ctx.places.values(), key=lambda p: p.id),
                 organizations=sorted(ctx.organizations.values(), key=lambda o: o.id),
                 events=ctx.events, statements=statements, documents=documents, claims=claims)
