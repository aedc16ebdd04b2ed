"""Read stage: files on disk to text, with failures a user can act on.

Offsets everywhere in diplograph count Unicode code points of the text exactly as
Python's ``Path.read_text`` gives it (UTF-8, universal newlines), which is also how
``check_facts.py`` reads a source, so ``text[start:end]`` is the evidence's words.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import InputError
from .model import Media

DEFAULT_MAX_BYTES = 5_000_000  # a long article is ~100 kB; 5 MB is far past any real page


def _a(noun: str) -> str:
    return ("an " if noun[:1] in "aeiou" else "a ") + noun


def read_text_file(path: str | Path, *, what: str = "article", encoding: str = "utf-8",
                   max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text of ``path``, or an InputError saying in one line why it cannot be had."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such {what} file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not {_a(what)} file")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{path}: {size} bytes is over the {max_bytes}-byte limit for {_a(what)}"
                             " (raise it with --max-bytes)")
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None
    # Anywhere, not just in a first block: a NUL a few pages in would otherwise be read as
    # text and land in names and quotes, and the same bytes would be text or binary by where.
    if b"\x00" in raw:
        raise InputError(f"{path}: looks like a binary file, not a text {what}")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: is not {encoding} text (byte {error.start}); "
                         "give its encoding with --encoding") from None
    except LookupError:
        raise InputError(f"{encoding!r} is not a known text encoding") from None
    # Universal newlines, as Path.read_text does: offsets then match other readers.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{path}: the {what} is empty")
    return text


# --- the page: content set apart from furniture ------------------------------------------------


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
_MONTH = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|" \
         r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?"
DATE_LINES = [
    # April 3(rd), 2024 ('Apr - 3 - 2024': a site's dashes)
    re.compile(rf"^{_WEEKDAY}{_MONTH}(?:\s+|\s*-\s*)(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+|\s*-\s*)(\d{{4}})\b.*$", re.I),
    re.compile(rf"^{_WEEKDAY}(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(\d{{4}})\b.*$", re.I),  # 3(rd) April, 2024
    re.compile(r"^(\d{4})-(\d{2})-(\d{2})\b.*$"),  # 2024-04-03
    re.compile(r"^(\d{4})/(\d{2})/(\d{2})\b.*$"),  # 2024/04/03
    re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})\b.*$"),  # 03.04.2024 (day, month, year)
]
BULLET = re.compile(r"^\s*[•·▪●◦\-\*–]\s+")
# A caption and its credit: '... on Tuesday. Photo: GIS', '... (PHOTO: Ann Lee/Agency)', '... | Credit: X',
# '... in Lima. Photo by Ann Lee', '... (Photo courtesy of the Ministry)', '... on Tuesday. PHOTO | OPM'.
CAPTION = re.compile(r"^(?P<caption>.+?)\s*[\(\[|]?\s*(?:(?:(?:Photo|PHOTO|Photograph|Picture|Image|File photo|"
                     r"FILE PHOTO)s?(?:\s+[Cc]redit)?|Credit|CREDIT|Courtesy)\s*:"
                     r"|(?<=[.)\]|(\[–—-])\s*(?:Photo|PHOTO|Picture|Image|Pic|PIC)s?\s+(?:by|BY|courtesy(?:\s+of)?|COURTESY(?:\s+OF)?)\s"
                     r"|(?<=[.)\]])\s*(?:PHOTO|Photo|PICTURE|Picture)S?\s*\|)"
                     r"\s*(?P<credit>[^()\[\]]{1,80}?)[\)\]]?\s*$")
# '... on the sidelines of the summit on Saturday (Petra photo)': a caption ending with its agency's credit.
CAPTION_AGENCY = re.compile(r"^(?P<caption>.+?)\s*\((?!File\b|FILE\b)"
                            r"(?P<credit>[A-Z][\w&'’./-]*(?:\s+[A-Z][\w&'’./-]*){0,3})"
                            r"\s+(?:photos?|Photos?|PHOTOS?|pic|file photo)\)\.?$")
# A wire photo's credit after its caption: '... on Tuesday. REUTERS/Ann Vale', '... (AP Photo/Ann Vale)'.
CAPTION_WIRE = re.compile(r"^(?P<caption>.+?[.!?)\]])\s*\(?(?P<credit>(?:[A-Z]{2,10}|[A-Z][a-z]+)(?:\s+Photo)?/"
                          r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:/[A-Z][\w'’. -]{1,30})?)\)?$")
# A video's title with its length: 'Minister speaks on the trade deal (1:45)'.
VIDEO_WITH_TIME = re.compile(r"^(?P<title>[A-Z“\"‘'].{8,200}?)\s*[\(\["
                             r"](?P<a>\d{1,2}):(?P<b>\d{2})(?::(?P<c>\d{2}))?[\)\]]$")
# 'Photo: JIS' on a line of its own, printed above the caption of the photo it credits.
CREDIT_LINE = re.compile(r"^(?:Photo|PHOTO|Photograph|Picture|Image)s?(?:\s+[Cc]redit)?\s*:\s*"
                         r"(?P<credit>[^()\[\]]{1,60})$")
# A caption under such a line says who stands where, or what the people in the photo do, in the present:
# 'Minister Ann Vale (right) and ... display the signed accord', not the story's lead ('... signed an accord').
CAPTION_WORDS = re.compile(r"\((?:(?:second|third|2nd|3rd|far|centre|center|front|back)\s+)?"
                           r"(?:right|left|centre|center|L-R|l-r|from left|from right|seated|standing|foreground|"
                           r"background)\)"
                           r"|\b(?:displays?|shakes? hands|pose[sd]? for|greets|welcomes|looks? on|listens?|inspects|"
                           r"exchanges?|chats?|share a light moment|addresses)\b")
BYLINE = re.compile(r"^By\s+(?P<names>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}"
                    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})*)\s*$")
# "By Ann Vale, Staff Reporter, in Lima", "By ANN VALE | Harbour Times Correspondent": a writer and her job.
BYLINE_ROLE = re.compile(r"^By\s+(?P<names>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*(?:,|\||–|—)\s*"
                         r"(?P<role>(?:[A-Z][\w'’.&-]*\s+){0,3}(?:Contributor|Correspondent|Reporter|Writer|Editor|"
                         r"Staff|Journalist|Columnist|Bureau|Desk|Chief|Analyst)s?)"
                         r"(?:\s*,?\s+(?:in|from)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})?\s*$")
# "BERLIN (Reuters) -", "TOKYO, April 3 (Kyodo) --", "WASHINGTON (AP) —"
DATELINE = re.compile(r"^(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{2,40}?)(?:,\s*(?P<region>[A-Z][\w. -]{0,30}?))?"
                      # ('ADDIS ABABA, Ethiopia, March 3 (AP) —': the day after the country)
                      rf"(?:,\s*(?:{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?))?\s*"
                      r"(?:\((?P<agency>[A-Za-z][\w .&-]{1,30})\))?\s*(?:--|[-–—])\s+"
                      r"|^(?P<tplace>[A-Z][\w'’.-]*[a-z](?: [A-Z][\w'’.-]*[a-z]){0,2})(?:,\s*[A-Z0-9][\w. ]{0,30})?\s*"
                      r"\((?P<tagency>[A-Za-z][\w .&-]{1,30})\)\.?\s*(?:--|[-–—])\s+"
                      r"|^(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+)?):\s+(?=[A-Z])")


# '(ANSA) - ROME, MAR 18 - ': the agency first, then the place and the day (the month in capitals).
AGENCY_FIRST = re.compile(r"^\((?P<agency>[A-Za-z][\w .&-]{1,30})\)\s*(?:--|[-–—])\s*"
                          r"(?P<place>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}),\s*"
                          rf"(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})\s*(?:--|[-–—])\s+(?=[A-Z“\"])", re.I)


# Any other dateline before the first sentence: a place, then a day and the agency, ended by a dash, a
# colon or a full stop: 'Valletta, Nov. 16 (XNA): ', 'Lima, Nov 18 (EFE).- ', 'Astana, June 13 /Kazinform/. ',
# 'Bern, 06.06.2025 – ', 'YEREVAN, JUNE 10, ARMENPRESS. ', 'ISLAMABAD: ', 'NEW DELHI, March 12: '.
ANY_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})"
    # ('PORT LEVA, Freedonia, Sep 25, XNA - ': the country or island between the place and the day)
    r"(?:,\s*(?P<region>[A-Z][a-z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})(?=,\s*\S+\s+\d))?"
    rf"(?:,\s*(?P<date>{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?"
    r"|\d{1,2}\.\d{1,2}\.\d{4})(?:\.(?=\s*/))?)?"  # ('November 20. /TASS/.': a stop after the day)
    r"(?:\s*\((?P<agency>[A-Za-z][\w .&-]{1,30})\)|\s*/(?P<slashed>[A-Za-z][\w .&-]{1,30})/"
    r"|,\s*(?P<capsagency>[A-Z][A-Z&-]{2,20}))?"
    r"\s*(?P<end>\.-|--|[-–—:]|\.)\s+(?=[A-Z“\"‘'0-9])", re.I)


def _known_place(text: str) -> bool:
    """'OTTAWA' over a story: a city or capital in capitals ('VGP' is a site's name, not a place)."""
    from .reference import gazetteer

    place = _release_case(text)
    return text.isupper() and bool(gazetteer().city(place) or gazetteer().country_of_capital(place)
                                   or gazetteer().town(place))


def _dateline_place(match: re.Match[str]) -> str:
    """The place of an ``ANY_DATELINE``: 'Lima.- ' (a stop and a dash, as Spanish-language papers end
    one) is Lima."""
    place = _release_case(match.group("place"))
    return place[:-1] if place.endswith(".") and match.group("end") in ("-", "–", "—") else place


def _any_dateline(line: str) -> re.Match[str] | None:
    """A dateline of a known place that ``DATELINE`` and its kin do not read (see ``ANY_DATELINE``):
    a full stop ends one only after the agency; a place alone ('LIMA: ', 'Lima – ') is a city or capital,
    in capitals before a colon."""
    from .reference import gazetteer

    match = ANY_DATELINE.match(line)
    if match is None or not match.group("place")[:1].isupper():
        return None
    agency = match.group("agency") or match.group("slashed") or match.group("capsagency")
    if match.group("end") == "." and not agency:
        return None
    if match.group("capsagency") and not match.group("date"):
        return None
    place = _dateline_place(match)
    if match.group("region") and not (match.group("date") and (gazetteer().country(match.group("region"))
                                                               or gazetteer().town(match.group("region")))):
        return None
    known = gazetteer().city(place) or gazetteer().country_of_capital(place)
    if not known and (match.group("date") or agency):
        known = gazetteer().town(place)
    if not known:
        return None
    if not (match.group("date") or agency) and match.group("end") == ":" and not match.group("place").isupper() \
            and not gazetteer().city(place):
        return None
    return match


# 'Lomé, 8 October 2025 - ': a place and a date before the first sentence.
# ('Capital City, D.C., 21 August 2024. – ': the city's district between them)
PLACE_DATE_DASH = re.compile(r"^(?P<place>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}),"
                             r"(?:\s*[A-Z]\.(?:[A-Z]\.){1,3},)?\s+(?P<date>[\w ,.]{6,30}?)"
                             r"\s*(?:--|[-–—])\s+(?=[A-Z“\"])")


# 'Santo Domingo, D.N. – ', 'Lima – ': a known city (and its district or state) and a dash before the
# first sentence.
PLACE_DASH = re.compile(r"^(?P<place>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})?"
                        r"\s+(?:--|[-–—])\s+(?=[A-Z“\"])")

# 'Havana, Oct 14 (Prensa Latina) Cuban ...': a place, a day and the agency, with no dash.
PLACE_AGENCY = re.compile(r"^(?P<place>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})(?:,\s*[A-Z0-9][\w. ]{0,30})?\s*"
                          r"\((?P<agency>[A-Za-z][\w .&-]{1,30})\)\s+(?=[A-Z“\"])")


PROSE_ENDINGS = (".", "!", "?", "”", '"', "’", "'", ")", ":", "…")


@dataclass
class Block:
    """A run of the page's text with the role it plays on the page."""

    kind: str  # headline, summary, paragraph, caption, video_title, byline, dateline, date, furniture
    start: int
    end: int
    text: str


@dataclass
class Page:
    """An article page as read: its plain text, what is content and what is furniture.

    ``text`` is what extraction reads. For a text file it is the file itself; for HTML it is
    the rendered text and ``offsets[i]`` is the position in the HTML of ``text[i]``, so that
    evidence points into the file as read.
    """

    source: str
    text: str
    blocks: list[Block] = field(default_factory=list)
    headline: str | None = None
    summary: list[str] = field(default_factory=list)
    reading_time: str | None = None
    media: list[Media] = field(default_factory=list)
    publisher_hint: str | None = None
    published: str | None = None
    url: str | None = None
    byline: list[str] = field(default_factory=list)
    dateline_place: str | None = None
    dateline_country: str | None = None  # 'AWAZA, Turkmenistan (AP) —': the country printed after the city
    offsets: list[int] | None = None
    offset_ends: list[int] | None = None  # one past the source characters of each text character

    def content(self, *kinds: str) -> list[Block]:
        kinds = kinds or ("headline", "summary", "paragraph")
        return [b for b in self.blocks if b.kind in kinds]

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in ``text`` to offsets in the source as read."""
        if self.offsets is None:
            return start, end
        if end <= start:
            return self.offsets[start], self.offsets[start]
        ends = self.offset_ends
        return self.offsets[start], (ends[end - 1] if ends is not None else self.offsets[end - 1] + 1)


@lru_cache(maxsize=1)
def furniture_rules() -> list[tuple[str, re.Pattern[str]]]:
    from .reference import data_rows

    rules = []
    for kind, pattern, *_ in data_rows("lexicons", "furniture.tsv"):
        flags = 0 if kind == "furniture" and pattern.startswith("[A-Z") else re.I
        rules.append((kind, re.compile(rf"^(?:{pattern})$", flags)))
    return rules


def parse_date_line(line: str) -> str | None:
    """'April 3, 2024' / '3 April 2024' / '2024-04-03' at the top of a page, as YYYY-MM-DD."""
    for n, pattern in enumerate(DATE_LINES):
        match = pattern.match(line.strip())
        if not match:
            continue
        groups = match.groups()
        try:
            if n == 0:
                month, day, year = MONTHS_INDEX(groups[0]), int(groups[1]), int(groups[2])
            elif n == 1:
                day, month, year = int(groups[0]), MONTHS_INDEX(groups[1]), int(groups[2])
            elif n in (2, 3):
                year, month, day = int(groups[0]), int(groups[1]), int(groups[2])
            else:
                day, month, year = int(groups[0]), int(groups[1]), int(groups[2])
            return _dt.date(year, month, day).isoformat()
        except ValueError:
            return None
    return None


def MONTHS_INDEX(name: str) -> int:
    prefix = name.lower().rstrip(".")[:3]
    for i, month in enumerate(MONTHS, start=1):
        if month.startswith(prefix):
            return i
    raise ValueError(name)


def _duration(minutes: int = 0, seconds: int = 0, hours: int = 0) -> str:
    out = "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    out += f"{seconds}S" if seconds or out == "PT" else ""
    return out


def read_page(text: str, *, offsets: list[int] | None = None, source: str | None = None,
              meta: dict[str, str] | None = None, offset_ends: list[int] | None = None) -> Page:
    """Split a page's text into headline, summary points, paragraphs, captions and furniture."""
    page = Page(source=source if source is not None else text, text=text, offsets=offsets,
                offset_ends=offset_ends)
    meta = meta or {}
    lines: list[tuple[int, int, str]] = []
    position = 0
    for raw in text.split("\n"):
        stripped = raw.strip().lstrip("\ufeff").strip()  # a byte-order mark is not part of a line
        if stripped:
            start = position + raw.index(stripped)
            lines.append((start, start + len(stripped), stripped))
        position += len(raw) + 1

    html = offsets is not None
    headline_norm = " ".join((meta.get("headline") or "").split()).casefold()
    if html and headline_norm:
        # Lines before the page's own headline are navigation and page furniture.
        for i, (_s, _e, line) in enumerate(lines):
            if " ".join(line.split()).casefold() == headline_norm:
                lines = [(s, e, "\x00furniture\x00" + t) for s, e, t in lines[:i]] + lines[i:]
                break
    # where the page's list items start (HTML '<li>'): items under the headline are its points
    list_items = {re.compile(r"\s*").match(text, int(p)).end()  # type: ignore[union-attr]
                  for p in (meta.get("list_items") or "").split(",") if p.isdigit() and int(p) <= len(text)}
    seen_content = False
    expect_video_title: str | None = None
    last_video_title: str | None = None
    ended = False
    credit_above: str | None = None
    signature = _signature(lines)
    for n, (start, end, line) in enumerate(lines):
        if signature is not None and n in signature:
            if n == signature[0]:  # 'Signed / Kobby Darfour / Minister for ...': who signs, and as what
                page.blocks.append(Block("paragraph", start, lines[n + 1][1], text[start:lines[n + 1][1]]))
            continue
        if ended or line.startswith("\x00furniture\x00"):
            page.blocks.append(Block("furniture", start, end, line.removeprefix("\x00furniture\x00")))
            continue
        kind = _classify(line, page, seen_content)
        if seen_content and page.headline is None and not any(b.kind == "paragraph" for b in page.blocks):
            seen_content = False  # the headline was unread: the next headline-like line is it
        if kind == "end":
            # tags, related links: the rest of the page is not the article (a 'Latest news' menu
            # above the story is only a label)
            ended = any(b.kind == "paragraph" for b in page.blocks)
            page.blocks.append(Block("furniture", start, end, line))
            continue
        if html and kind == "paragraph" and not line.rstrip().endswith(PROSE_ENDINGS):
            kind = "furniture"  # menus, tags, share bars, addresses: HTML prose ends a sentence
        if kind == "paragraph" and _navigation(line) is not None and not line.rstrip().endswith(PROSE_ENDINGS):
            kind = "furniture"  # 'Share: Facebook | X | Print' under the story: a bar, not a sentence
        if expect_video_title is not None and not any(rule.match(line) for _k, rule in furniture_rules()):
            page.media.append(Media(kind="video", title=line, duration=expect_video_title))
            last_video_title, expect_video_title = line, None
            page.blocks.append(Block("video_title", start, end, line))
            continue
        if kind == "paragraph" and page.headline is not None and len(line.split()) < 6 \
                and not line.rstrip().endswith(PROSE_ENDINGS):
            kind = "furniture"  # a byline's job line, a section label: not a sentence of the article
        if start in list_items and kind in ("paragraph", "furniture") and page.headline is not None \
                and len(line.split()) >= 5 and _navigation(line) is None and (
                    not any(b.kind == "paragraph" for b in page.blocks) or page.blocks[-1].kind == "summary"):
            kind = "summary"  # '<ul class="highlights"><li>...' under the headline: the story's points
        if kind == "video_time":
            match = furniture_rule_match("video_time", line)
            if match:
                a, b, c = match.groups()
                expect_video_title = (_duration(hours=int(a), minutes=int(b), seconds=int(c)) if c
                                      else _duration(minutes=int(a), seconds=int(b)))
            page.blocks.append(Block("furniture", start, end, line))
            continue
        if last_video_title is not None and line == last_video_title:
            page.blocks.append(Block("furniture", start, end, line))
            continue
        last_video_title = None
        if credit_above is not None:
            credit, credit_above = credit_above, None
            if kind == "paragraph" and len(line) < 400 and CAPTION_WORDS.search(line) \
                    and not re.search(r"\b[a-z]{3,}[.!?]\s+[A-Z“\"]", line):
                # the caption under its credit line ('Photo: JIS' above it): one sentence of what the photo shows
                page.media.append(Media(kind="image", caption=line, credit=credit))
                page.blocks.append(Block("caption", start, end, line))
                continue
        if kind == "credit_line":
            credit_above = CREDIT_LINE.match(line).group("credit").strip()  # type: ignore[union-attr]
            page.blocks.append(Block("furniture", start, end, line))
            continue
        if kind == "video_title":
            video = VIDEO_WITH_TIME.match(line)
            assert video
            a, b, c = video.group("a", "b", "c")
            duration = (_duration(hours=int(a), minutes=int(b), seconds=int(c)) if c
                        else _duration(minutes=int(a), seconds=int(b)))
            title = video.group("title").strip()
            page.media.append(Media(kind="video", title=title, duration=duration))
            page.blocks.append(Block("video_title", start, start + len(title), title))
            continue
        if kind == "caption":
            match = CAPTION.match(line) or CAPTION_AGENCY.match(line) or CAPTION_WIRE.match(line)
            assert match
            caption = match.group("caption").strip().rstrip(" —–|").rstrip()  # ('... Tuesday. — Photo: X')
            page.media.append(Media(kind="image", caption=caption, credit=match.group("credit").strip()))
            page.blocks.append(Block("caption", start, start + len(caption), caption))
            continue
        if kind == "headline":
            page.headline = line
            seen_content = True
        elif kind == "summary":
            bullet = BULLET.match(line)
            offset = bullet.end() - (len(line) - len(line.lstrip())) if bullet else 0
            line = line[offset:].strip()
            start += offset
            end = start + len(line)
            page.summary.append(line)
        elif kind == "paragraph":
            seen_content = True
            # (a deck under the headline, a line that is no sentence, does not count: 'Minister has working
            # dinner with premier' over '(ANSA) - ROME, MAR 18 - ...')
            first_paragraph = not any(b.kind == "paragraph" and b.text.rstrip().endswith(PROSE_ENDINGS)
                                      for b in page.blocks)
            agency_first = AGENCY_FIRST.match(line) if first_paragraph else None
            if agency_first:
                from .reference import gazetteer

                place = _release_case(agency_first.group("place"))
                if gazetteer().city(place) or gazetteer().country_of_capital(place):
                    # '(ANSA) - ROME, MAR 18 - Italy and ...': who filed the story, where and on what day
                    page.dateline_place = page.dateline_place or place
                    page.publisher_hint = page.publisher_hint or agency_first.group("agency").strip()
                    page.blocks.append(Block("dateline", start, start + agency_first.end(),
                                             line[:agency_first.end()]))
                    start += agency_first.end()
                    line = line[agency_first.end():]
                    first_paragraph = False
            dateline = DATELINE.match(line) if first_paragraph else None
            if dateline and dateline.group("city"):
                from .reference import gazetteer

                if not gazetteer().city(dateline.group("city")):
                    dateline = None  # "Analysis: ..." is not a place
            dated = PLACE_DATE_DASH.match(line) if dateline is None and first_paragraph else None
            if dated and parse_date_line(dated.group("date")):
                from .reference import gazetteer

                if gazetteer().city(dated.group("place")) or gazetteer().country_of_capital(dated.group("place")):
                    # 'Lomé, 8 October 2025 - President X will ...': where and when the story was filed
                    page.dateline_place = page.dateline_place or dated.group("place")
                    page.published = page.published or parse_date_line(dated.group("date"))
                    page.blocks.append(Block("dateline", start, start + dated.end(), line[:dated.end()]))
                    start += dated.end()
                    line = line[dated.end():]
                else:
                    dated = None
            else:
                dated = None  # ('Capital City, D.C. – ': no day; a place and a dash, read below)
            placed = PLACE_DASH.match(line) if dateline is None and dated is None and first_paragraph else None
            if placed is None and dateline is None and dated is None and first_paragraph:
                placed = PLACE_AGENCY.match(line)
                if placed and not _an_outlet(placed.group("agency"), page, meta):
                    placed = None  # '(right)', '(OAS)': not the agency the story is from
            if placed:
                from .reference import gazetteer

                if gazetteer().city(placed.group("place")) or gazetteer().country_of_capital(placed.group("place")):
                    page.dateline_place = page.dateline_place or placed.group("place")
                    if placed.groupdict().get("agency") and page.publisher_hint is None:
                        page.publisher_hint = placed.group("agency").strip()  # 'Havana, Oct 14 (Prensa Latina)'
                    page.blocks.append(Block("dateline", start, start + placed.end(), line[:placed.end()]))
                    start += placed.end()
                    line = line[placed.end():]
            if dateline and dateline.group("tplace"):  # "Montevideo (AFP) -"
                page.dateline_place = dateline.group("tplace")
                page.publisher_hint = page.publisher_hint or dateline.group("tagency").strip()
                page.blocks.append(Block("dateline", start, start + dateline.end(), line[:dateline.end()]))
                start += dateline.end()
                line = line[dateline.end():]
            elif dateline and (dateline.group("city") or dateline.group("agency") or dateline.group("region")
                               or _known_place(dateline.group("place").strip())):
                page.dateline_place = (dateline.group("city") or dateline.group("place").strip().title())
                from .reference import gazetteer

                region = gazetteer().country((dateline.group("region") or "").strip())
                page.dateline_country = region.name if region is not None else None
                if dateline.group("agency"):
                    page.publisher_hint = page.publisher_hint or dateline.group("agency").strip()
                page.blocks.append(Block("dateline", start, start + dateline.end(), line[:dateline.end()]))
                start += dateline.end()
                line = line[dateline.end():]
            elif first_paragraph and not (page.blocks and page.blocks[-1].kind == "dateline") \
                    and (other := _any_dateline(line)):
                page.dateline_place = page.dateline_place or _dateline_place(other)
                agency = other.group("agency") or other.group("slashed") or other.group("capsagency")
                if agency:
                    page.publisher_hint = page.publisher_hint or agency.strip()
                numeric = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", other.group("date") or "")
                if numeric:  # '06.06.2025': day, month, year
                    page.published = page.published or f"{numeric[3]}-{int(numeric[2]):02d}-{int(numeric[1]):02d}"
                elif other.group("date"):
                    page.published = page.published or parse_date_line(other.group("date"))
                page.blocks.append(Block("dateline", start, start + other.end(), line[:other.end()]))
                start += other.end()
                line = line[other.end():]
        page.blocks.append(Block(kind, start, end, line))

    _trailing_links(page)
    if page.publisher_hint is None:
        page.publisher_hint = _copyright_holder(page)
    page.headline = meta.get("headline") or page.headline
    page.published = meta.get("published") or page.published
    page.publisher_hint = meta.get("publisher") or page.publisher_hint
    page.url = meta.get("url") or page.url
    return page


COPYRIGHT = re.compile(r"^(?:all rights reserved\.?\s*[,.|-]?\s*)?"  # 'ALL RIGHTS RESERVED © Copyright ANSA'
                       r"(?:(?:©|\(c\)|copyright)\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?P<name>[^©]+?)"
                       r"(?:,?\s+\d{4}(?:\s*[-–]\s*\d{4})?)?"  # '(c) EFE 2025.': the year after the name
                       r"\.?(?:\s*[,.|-]?\s*all rights reserved\.?)?$", re.I)


def _copyright_holder(page: Page) -> str | None:
    """'© 2025 AFP', 'Copyright 2025 The Harbour Times. All rights reserved.' under the story: the
    outlet that publishes it, when the name is a known outlet's (a page with no masthead read)."""
    from .reference import gazetteer, key

    for block in page.blocks:
        match = COPYRIGHT.match(block.text) if block.kind == "furniture" else None
        if match and key(match.group("name")) in gazetteer().outlets:
            return match.group("name").strip()
    return None


def _an_outlet(name: str, page: Page, meta: dict[str, str]) -> bool:
    """A known news outlet, or the outlet the page names as its publisher."""
    from .reference import gazetteer, key

    return key(name) in gazetteer().outlets or any(
        key(name) == key(n) for n in (meta.get("publisher"), page.publisher_hint) if n)


def _headline_shaped(text: str) -> bool:
    """'Kyrgyzstan and Hungary held consultations in Budapest': a linked headline, of a few words
    to a long line, not a sentence (no full stop, at the end or inside)."""
    bare = text.rstrip("\"”’' ")
    if not 3 <= len(text.split()) <= 25 or not (text[:1].isupper() or text[:1] in "\"“‘'"):
        return False
    return not bare.endswith((".", "!", "?", "…", ":")) and not re.search(r"[.!?]\s+[A-Z“\"]", text)


def _trailing_links(page: Page) -> None:
    """The page's last lines as a list of links to other stories ('Other news', 'Related topic',
    'Autres actualités' over headlines): a short heading with no sentence ending, then two or more
    headline-shaped lines, and nothing after them that reads as a sentence. Lines the article
    ends with that are sentences stop the search, so a short last paragraph stays."""
    blocks = page.blocks
    n = len(blocks)
    while n > 0 and (blocks[n - 1].kind != "paragraph" or not blocks[n - 1].text.rstrip().endswith(PROSE_ENDINGS)
                     or _headline_shaped(blocks[n - 1].text)):
        n -= 1  # back over every block that is not a sentence of the article
    if n == 0:
        return
    tail = blocks[n:]
    for i, heading in enumerate(tail):
        if heading.kind not in ("furniture", "paragraph") or len(heading.text.split()) > 6 \
                or heading.text.rstrip().endswith(PROSE_ENDINGS) or not heading.text[:1].isupper():
            continue
        items = [b for b in tail[i + 1:] if b.kind in ("furniture", "paragraph") and _headline_shaped(b.text)]
        if len(items) >= 2 and len(tail) - i - 1 <= 15:
            for block in tail[i:]:
                if block.kind == "paragraph":
                    block.kind = "furniture"
            return


SIGNED = re.compile(r"^(?:signed|sgd\.?)\s*:?$", re.I)
SIGNATORY = re.compile(r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,4}$")


def _signature(lines: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The name and office lines under a release's 'Signed' (their indexes in ``lines``)."""
    for n, (_start, _end, line) in enumerate(lines[:-2]):
        if SIGNED.match(line) and SIGNATORY.match(lines[n + 1][2]) and lines[n + 2][2][:1].isupper() \
                and len(lines[n + 2][2]) < 120 and not lines[n + 2][2].endswith("."):
            return n + 1, n + 2
    return None


def furniture_rule_match(kind: str, line: str) -> re.Match[str] | None:
    for rule_kind, pattern in furniture_rules():
        if rule_kind == kind:
            match = pattern.match(line)
            if match:
                return match
    return None


@lru_cache(maxsize=1)
def _masthead_words() -> frozenset[str]:
    from .reference import data_rows

    return frozenset(row[0].strip() for row in data_rows("lexicons", "masthead_words.txt"))


@lru_cache(maxsize=1)
def _masthead_leading_words() -> frozenset[str]:
    from .reference import data_rows

    return frozenset(row[0].strip() for row in data_rows("lexicons", "masthead_leading_words.txt"))


def _looks_like_masthead(line: str) -> bool:
    """'Gulf News' as a page's first line: a short title-case name ending in an outlet word, or
    starting with one in a language that puts it first ('Agence de Presse Sénégalaise'); a line
    in capitals ('BUENOS AIRES TIMES') is read as printed in name case."""
    words = _release_case(line).split() if line.isupper() else line.split()
    if not (1 < len(words) <= 5 and words[0][:1].isupper()) or words[0] in ("By", "BY"):  # (a byline)
        return False
    small = sum(w in SMALL for w in words)
    if words[0] in _masthead_leading_words():
        return small <= 2 and all(w[:1].isupper() or w in SMALL for w in words)
    return words[-1] in _masthead_words() and all(w[:1].isupper() or w in SMALL for w in words) and small <= 1


# The name of a government body printed as a release's masthead: "Ministry of External Affairs",
# "Secretaría de Relaciones Exteriores", "Office of the Prime Minister".
INSTITUTION = re.compile(r"^(?:(?:The|Le|La|El)\s+)?(?:Ministry|Department|Government|Gouvernement|Gobierno|Governo|"
                         r"Secretar[ií]a|Secretariat|"
                         r"Office|Embassy|Presidency|Minist[eè]re|Ministerio)\s+(?:of|for|de|du|des)\s+"
                         r"(?:the\s+|la\s+|le\s+|l['’])?[A-Z][\w'’ ,.-]{2,70}$")


def _institution(line: str) -> bool:
    """A government body's name as a release's masthead, not the release's first sentence ('The
    Ministry of Foreign Affairs, its spokesperson said, will host ...' is prose)."""
    return bool(INSTITUTION.match(_release_case(line))) and not line.endswith(("!", "?", "”", '"')) \
        and not re.search(r"[a-z]{3,}\.$", line) and len(line.split()) <= 16


def _bilingual_institution(line: str) -> bool:
    """'Government of Freedonia / Gouvernement de la Freedonie': a government's name printed in two
    languages as a release's masthead."""
    parts = [p.strip() for p in line.split(" / ")]
    return len(parts) == 2 and all(_institution(p) for p in parts)


# A government body a release names bare, often in capitals: 'THE PRESIDENCY', 'State House'.
BARE_BODY = re.compile(r"^(?:the\s+)?(?:presidency|state\s+house|prime\s+minister['’]?s\s+office|"
                       r"office\s+of\s+the\s+(?:president|prime\s+minister|vice[- ]president)|"
                       r"(?:ministry|department|office)\s+(?:of|for)\s+[a-z][\w'’ ,.-]{2,60})$", re.I)
SMALL = {"of", "for", "the", "and", "&", "de", "du", "des"}
# A site's domain name printed as its masthead: 'republicoftogo.com', 'www.example-news.co.uk'.
DOMAIN = re.compile(r"^(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]{1,62}(?:\.[A-Za-z0-9-]{2,62})*\.[a-z]{2,12}$")


def _release_case(line: str) -> str:
    """'REPUBLIC OF GHANA' -> 'Republic of Ghana' (a line in capitals as a name is printed)."""
    if not line.isupper():
        return line
    words = line.lower().split()
    return " ".join(w if (w in SMALL and i) else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _government_body(line: str) -> str | None:
    """A release's masthead naming a government body ('THE PRESIDENCY'), as printed in name case,
    or the body and its country ('STATE HOUSE FREEDONIA')."""
    if len(line) > 80 or not (line.isupper() or line[:1].isupper()):
        return None
    if BARE_BODY.match(line):
        return _release_case(line)
    named = re.match(r"^(?:the\s+)?(?:presidency|state\s+house)\s+(?P<country>[\w'’ -]{3,40})$", line, re.I)
    if named:
        from .reference import gazetteer

        if gazetteer().country(_release_case(named.group("country"))):
            return _release_case(line)
    return None


def _state_government(name: str) -> bool:
    """'Government of Freedonia', 'Republic of Freedonia', 'Freedonia': a state's name as a masthead."""
    from .reference import gazetteer

    bare = re.sub(r"^(?:the\s+)?(?:government|republic)\s+of\s+(?:the\s+)?", "", name, flags=re.I)
    return "," not in name and gazetteer().country(bare) is not None


def _breadcrumb(line: str) -> bool:
    """'Press Room / Press Releases', 'Home / News / Politics': a page's place on its site, short
    parts in name case between slashes (no place names: 'Kenya / Uganda' may head a story)."""
    from .reference import gazetteer

    parts = [p.strip() for p in line.split(" / ")]
    return len(parts) >= 2 and all(
        0 < len(p.split()) <= 3 and all(w[:1].isupper() or w.lower() in SMALL for w in p.split())
        and not gazetteer().country(p) and not gazetteer().city(p) for p in parts)


# A place line that carries the date: "Mexico City, March 12, 2025".
PLACE_DATE = re.compile(r"^(?P<place>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}),\s+(?P<date>.{8,30})$")


def _navigation(line: str) -> list[str] | None:
    """'News | Africa | Opinion' / 'Media Center | Press Releases' / 'Press Room > News': short parts
    between bars or arrows are a menu or a breadcrumb, not a headline (a headline with a bar has a
    sentence on one side)."""
    parts = [p.strip() for p in re.split(r" [|>»›] ", line)]  # (a breadcrumb: 'Press Room > News')
    if len(parts) > 1 and all(0 < len(p.split()) <= 4 for p in parts):
        return parts
    return None


def _masthead_like(line: str) -> bool:
    """A short name in title case or capitals ('Harbour Courier'): a masthead when a menu follows it."""
    words = line.split()
    return 1 < len(words) <= 6 and all(w[:1].isupper() or w.lower() in SMALL for w in words) \
        and words[0][:1].isupper() and not line.endswith(PROSE_ENDINGS)


# Words of a page's controls, not a site's name, when one stands on the first line.
UI_WORDS = {"menu", "home", "search", "skip", "close", "login", "log", "main", "navigation", "toggle", "open",
            "sections", "more", "back", "top", "breaking", "live", "latest", "trending", "subscribe"}


def _site_name_over_menu(page: Page) -> bool:
    """The lines above a menu bar are the site's name, alone or with a strapline under it: a short
    name-shaped first line ('Harbour Courier'; one word: 'RNZ', 'KORIER', 'Monitor'), and at most one
    line after it that is no sentence ('Truth every day')."""
    blocks = page.blocks
    if not 1 <= len(blocks) <= 2 or any(b.kind not in ("furniture", "headline") for b in blocks):
        return False
    first = blocks[0].text
    if len(blocks) == 2 and (blocks[1].text.rstrip().endswith(PROSE_ENDINGS) or len(blocks[1].text.split()) > 8
                             or _navigation(blocks[1].text) is not None):
        return False
    if first.casefold() in UI_WORDS or any(rule.match(first) for kind, rule in furniture_rules()
                                           if kind != "furniture" or not rule.pattern.startswith("^(?:[A-Z")):
        return False
    return _masthead_like(first) or bool(re.fullmatch(r"[A-Z]{2,12}|[A-Z][a-z]{2,19}", first))


def _site_title(page: Page) -> str | None:
    """The page's first line over its menu, a site's name and its tagline ('Harbour Courier - Latest
    News and Headlines'): the site's name."""
    from .reference import gazetteer, key

    if len(page.blocks) != 1 or page.blocks[0].kind != "headline":
        return None
    name, dash, _tagline = page.blocks[0].text.partition(" - ")
    if not dash:
        name, dash, _tagline = re.split(r" [|–—] ", page.blocks[0].text, maxsplit=1)[0], " ", ""
    name = name.strip()
    if name != page.blocks[0].text and (key(name) in gazetteer().outlets or _looks_like_masthead(name)):
        return _release_case(name)
    return None


def _unread_headline(page: Page) -> None:
    """The line taken for the headline is page furniture after all (a navigation bar follows it):
    the masthead when it was the page's first line and none was found, else a strapline."""
    block = page.blocks[-1]
    block.kind = "furniture"
    if page.publisher_hint is None and block is page.blocks[0] and _masthead_like(block.text):
        page.publisher_hint = _release_case(block.text)
    elif page.publisher_hint is None and len(page.blocks) == 2 and _site_name_over_menu(page):
        first = page.blocks[0].text  # 'KORIER / The Nation's Daily / Home | News': name, strapline
        page.publisher_hint = first if re.fullmatch(r"[A-Z]{2,6}", first) else _release_case(first)
    page.headline = None


# What parts a page's bar of metadata: 'By Ann Vale | 12 March 2025', 'By Ann Vale · 12 March 2025 · 2 mins read'.
BAR_SEPARATOR = re.compile(r" [|·•] ")
# A labelled field of a page's bar: 'Division : Trade Policy Division', 'Contact: +1-555-0100'.
BAR_FIELD = re.compile(r"^[A-Z][\w.-]*(?: [\w.-]+){0,2}\s*:\s*\S[^.!?]{0,60}$")
# A time of day in a page's bar of metadata: '11:02', '09:41 (GMT+7)', '2.30 pm'.
BAR_TIME = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:GMT|UTC)\s*[+-]?\s*\d{0,2}\)?)?$", re.I)
# 'Porto Leva, 4 October 2025 (XNA)': where the story was filed, on what day, and by which agency.
BAR_PLACE_DATE = re.compile(r"^(?P<place>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}),\s+(?P<date>[\w ,.]{6,30}?)"
                            r"(?:\s*\((?P<agency>[A-Za-z][\w .&-]{1,30})\))?$")


def _bar_metadata(line: str, page: Page) -> bool:
    """'June 18, 2025 | Staff Writer | Reading Time: 3 minutes': a bar of the page's date and reading
    time (the line is furniture, but what it says of the article is kept). True when every part of
    the bar is such metadata and one is a date or a reading time ('Porto Leva, 4 October 2025 (XNA) |
    11:02 | 4 min read'): the line is the story's date line, not a sentence."""
    parts = [p.strip() for p in BAR_SEPARATOR.split(line)]
    every, dated = True, False
    writers: list[str] = []
    outlet: str | None = None
    for part in parts:
        reading = furniture_rule_match("reading_time", part)
        placed = BAR_PLACE_DATE.match(part)
        if outlet is None and not writers and _bar_outlet(part):
            outlet = part  # 'Harbour Times English | Sunday 6 October 2024 - 13:40': the outlet and its day
        elif reading:
            page.reading_time = page.reading_time or _duration(minutes=int(reading.group(1)))
            dated = True
        elif len(part) < 40 and parse_date_line(part):
            page.published = page.published or parse_date_line(part)
            dated = True
        elif placed and parse_date_line(placed.group("date")):
            from .reference import gazetteer

            place = placed.group("place")
            if page.dateline_place is None and (gazetteer().city(place) or gazetteer().country_of_capital(place)
                                                or gazetteer().town(place)):
                page.dateline_place = place
            if placed.group("agency") and page.publisher_hint is None:
                page.publisher_hint = placed.group("agency").strip()
            page.published = page.published or parse_date_line(placed.group("date"))
            dated = True
        elif BYLINE.match(part) and not writers:
            writers = [n.strip() for n in re.split(r",|\band\b|&", BYLINE.match(part).group("names"))  # type: ignore[union-attr]
                       if n.strip()]  # 'By Ann Vale | March 12, 2025'
        elif not (BAR_TIME.match(part) or re.fullmatch(r"(?:Views|Reads|Hits)\s*:?\s*[\d,.]+", part, re.I)
                  or re.fullmatch(r"[\d,.]+\s+(?:Comments?|Views|Reads|Shares)", part, re.I)):
            every = False
    if every and dated:
        page.byline.extend(w for w in writers if w not in page.byline)
        if outlet is not None and page.publisher_hint is None:
            page.publisher_hint = outlet
    return every and dated


def _bar_outlet(part: str) -> bool:
    """A part of a bar of metadata that names the outlet: a known one, or a name shaped like a masthead."""
    from .reference import gazetteer, key

    return key(part) in gazetteer().outlets or (_looks_like_masthead(part) and not BYLINE.match(part)
                                                and part.split()[0].casefold() not in SECTION_WORDS)


# First words of a section's label, not an outlet's name ('World News | 12 March 2025').
SECTION_WORDS = {"world", "local", "business", "latest", "breaking", "top", "national", "international", "sports",
                 "regional", "foreign", "economic", "economy", "political", "politics", "related", "more", "other",
                 "press", "trending", "featured", "recent"}


def _classify(line: str, page: Page, seen_content: bool) -> str:
    if BAR_SEPARATOR.search(line) and not line.endswith(PROSE_ENDINGS) and _bar_metadata(line, page):
        return "date"
    if " | " in line and all(BAR_FIELD.match(part.strip()) for part in line.split(" | ")):
        return "furniture"  # 'Division : Trade Policy Division | Contact : +1-555-0100': the page's fields
    if not seen_content and page.headline is None:
        from .reference import gazetteer, key

        if page.publisher_hint is None and (key(line) in gazetteer().outlets or _looks_like_masthead(line)
                                            or _institution(line) or _bilingual_institution(line)
                                            or (not page.blocks and DOMAIN.match(line))):
            # the masthead ('BUENOS AIRES TIMES' in name case; a known outlet's capitals are its name: 'AFP')
            page.publisher_hint = line if key(line) in gazetteer().outlets \
                else _release_case(line.split(" / ")[0].strip())
            return "furniture"
        if page.publisher_hint is not None and _institution(line) and page.blocks \
                and page.blocks[-1].kind == "furniture" and _state_government(page.publisher_hint):
            # 'Government of Freedonia / Office of the Prime Minister': the state's name printed over
            # the body whose release it is
            page.publisher_hint = _release_case(line)
            return "furniture"
        body = _government_body(line)
        if body and page.publisher_hint is None:
            # 'REPUBLIC OF GHANA / THE PRESIDENCY': the body, of the country printed just above it
            above = next((b.text for b in reversed(page.blocks) if b.kind == "furniture"), None)
            state = above if above and gazetteer().country(_release_case(above)) else None
            page.publisher_hint = f"{body}, {_release_case(state)}" if state else body
            return "furniture"
        if page.publisher_hint is not None and "," not in page.publisher_hint \
                and _government_body(page.publisher_hint) and gazetteer().country(_release_case(line)):
            # 'THE PRESIDENCY / REPUBLIC OF X'; a ministry's name takes its state's after 'of'
            # ('MINISTRY OF FOREIGN AFFAIRS / FREEDONIA': the Ministry of Foreign Affairs of Freedonia)
            joint = " of " if re.match(r"(?:ministry|department)\b", page.publisher_hint, re.I) else ", "
            page.publisher_hint = f"{page.publisher_hint}{joint}{_release_case(line)}"
            return "furniture"
        if _breadcrumb(line):
            return "furniture"  # 'Press Room / Press Releases': where the page sits, over its headline
        parts = _navigation(line)
        if parts is not None:
            if page.publisher_hint is None and INSTITUTION.match(parts[0]):
                page.publisher_hint = parts[0]
            elif page.publisher_hint is None and _site_name_over_menu(page):
                # the page's first line, over its menu (a name in capitals of one word: 'RNZ'), or over
                # its strapline and menu ('Monitor / Truth every day / News | Politics')
                first = page.blocks[0].text
                page.publisher_hint = first if re.fullmatch(r"[A-Z]{2,6}", first) else _release_case(first)
            return "furniture"
    if page.headline is not None and not any(b.kind == "paragraph" for b in page.blocks) \
            and _navigation(line) is not None and not line.endswith(PROSE_ENDINGS):
        under_masthead = len(page.blocks) == 2 and page.blocks[0].kind == "furniture" and page.publisher_hint
        site_title = _site_title(page)
        if site_title is not None and page.publisher_hint is None:
            page.publisher_hint = site_title
            page.blocks[-1].kind = "furniture"
            page.headline = None
        elif page.blocks and page.blocks[-1].kind == "headline" and (
                len(page.blocks[-1].text.split()) <= 6 or under_masthead):
            # a menu right under a short 'headline', or under the line after the masthead: that line
            # was the masthead or its strapline (a breadcrumb under a headline of a sentence's length
            # further down leaves it the headline)
            _unread_headline(page)
        return "furniture"  # a menu or share bar above the story
    for kind, pattern in furniture_rules():
        match = pattern.match(line)
        if not match:
            continue
        if kind == "reading_time":
            page.reading_time = _duration(minutes=int(match.group(1)))
            return "furniture"
        if kind == "publisher":
            page.publisher_hint = match.group(1).strip()
            return "furniture"
        if kind in ("credits", "summary_heading"):
            return "furniture"
        if kind == "furniture" and page.published is None and len(line) < 40 and parse_date_line(line):
            page.published = parse_date_line(line)  # '12.03.2025' (a line of digits and stops)
            return "date"
        return kind
    if page.dateline_place is None and page.headline is not None and not any(
            b.kind == "paragraph" for b in page.blocks) and len(line) < 40 and not line.endswith("."):
        from .reference import gazetteer

        first = line.split(",")[0].strip()
        if first[:1].isupper() and gazetteer().country_of_capital(first):
            page.dateline_place = first  # a place line under the headline: "Ottawa, Ontario"
            return "dateline"
    place_date = PLACE_DATE.match(line)
    if place_date and parse_date_line(place_date.group("date")) and page.dateline_place is None:
        from .reference import gazetteer

        if gazetteer().city(place_date.group("place")) or gazetteer().country_of_capital(place_date.group("place")):
            page.dateline_place = place_date.group("place")  # a release's place and date line
            page.published = page.published or parse_date_line(place_date.group("date"))
            return "date"
    if seen_content and page.dateline_place is None and len(line) < 30 and not line.endswith(PROSE_ENDINGS):
        from .reference import gazetteer

        if gazetteer().country_of_capital(line):
            page.dateline_place = line  # a release signed off with its capital: "New Delhi"
            return "dateline"
    if not seen_content or page.published is None:
        # ('Published on 3 May 2025', '5:12 pm on 17 October 2025': a time before the day)
        date = parse_date_line(re.sub(r"^(?:(?:published|(?:last\s+)?update[sd]?|posted)(?:\s+on)?\s*:?\s*"
                                      r"|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:on\s+|,\s*|\|\s*)?)", "", line,
                                      flags=re.I))
        # ('Wednesday, February 04, 2026 — updated on February 04, 2026 at 07:10 AM': the day, then when
        # the page was last changed)
        if date and len(re.sub(r"\s*[—–|-]\s*(?:last\s+)?(?:updated|modified)\b.*$", "", line, flags=re.I)) < 60:
            page.published = page.published or date
            return "date"
    if page.publisher_hint is None and page.headline is not None \
            and not any(b.kind == "paragraph" for b in page.blocks) and _looks_like_masthead(line):
        page.publisher_hint = line  # the outlet's name under the headline: 'Gulf Online'
        return "furniture"
    role, _comma, outlet = line.rpartition(", ")
    if role and page.publisher_hint is None and _looks_like_masthead(outlet) and not BYLINE.match(line) \
            and not any(b.kind == "paragraph" for b in page.blocks):
        page.publisher_hint = outlet  # a byline's job line: "Political correspondent, BBC News"
        return "furniture"
    run_on = _byline_with_outlet(line)
    if run_on is not None:
        names, outlet = run_on
        page.publisher_hint = page.publisher_hint or outlet  # 'By ANN VALE Associated Press'
        page.byline.extend(names)
        return "byline"
    writer, _comma, day = line.rpartition(", ")
    if writer.startswith("By ") and BYLINE.match(writer) and len(day) < 40 and parse_date_line(day):
        page.published = page.published or parse_date_line(day)  # 'By Ann Vale, 12 March 2025'
        line = writer
    byline = BYLINE_ROLE.match(line) or BYLINE.match(line)
    if byline:
        from .reference import gazetteer, key

        for name in (n.strip() for n in re.split(r",|\band\b|&", byline.group("names")) if n.strip()):
            if key(name) in gazetteer().outlets or _looks_like_masthead(name):
                page.publisher_hint = page.publisher_hint or name  # "By Ann Lee, Baltic News Service"
            else:
                page.byline.append(name)
        return "byline"
    if CREDIT_LINE.match(line):
        return "credit_line"
    if (CAPTION.match(line) or CAPTION_AGENCY.match(line) or CAPTION_WIRE.match(line)) and len(line) < 400:
        return "caption"
    if VIDEO_WITH_TIME.match(line) and not line.rstrip(")]").rstrip("0123456789:").rstrip(" ([").endswith(
            PROSE_ENDINGS):
        return "video_title"  # a video's title with its length, not a sentence
    if BULLET.match(line) and (not any(b.kind == "paragraph" for b in page.blocks) or (page.blocks and (
            page.blocks[-1].kind == "summary" or furniture_rule_match("summary_heading", page.blocks[-1].text)))):
        return "summary"  # the story's points, at its top or under their heading ('Story Highlights')
    # (a headline may end on the words it quotes: 'Minister urges region to "act now"'; a sentence ends
    # its quote with a stop: '... "we will act now."')
    quoted_end = bool(re.search(r"[^\s.!?,;:][”\"]$", line)) and line.count('"') + line.count("“") >= 2
    if not seen_content and page.headline is None and len(line) < 250 \
            and (not line.endswith((".", "”", '"')) or quoted_end):
        if len(line.split()) < 4:
            return "furniture"  # a section label above the headline
        return "headline"
    return "paragraph"


BYLINE_NAMES = re.compile(r"^[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|da|dos|das|do|del|van|von|bin|al|and|AND|&|,))+$")


def _byline_with_outlet(line: str) -> tuple[list[str], str] | None:
    """'By ANN VALE Associated Press', 'By Ann Vale and Tom Lee The Harbour Times': a writer's name
    run on, with no comma, into the name of a known outlet (or, after a name in capitals, of a name
    shaped like a masthead): the writers, and the outlet that publishes the story."""
    from .reference import gazetteer, key

    if not line.startswith("By ") or line.endswith(PROSE_ENDINGS) or len(line) > 120:
        return None
    words = line[3:].split()
    # (the longest outlet name first: 'The Associated Press'; a known outlet before a name shaped like one,
    # so that 'By ANA DA SILVA Associated Press' does not take 'DA SILVA Associated Press')
    for size, shaped in [(n, False) for n in range(min(5, len(words) - 2), 0, -1)] + \
            [(n, True) for n in range(min(5, len(words) - 2), 0, -1)]:
        outlet, names = " ".join(words[-size:]), " ".join(words[:-size]).rstrip(",")
        if not BYLINE_NAMES.match(names):
            continue
        known = key(outlet) in gazetteer().outlets
        if (known and not shaped) or (shaped and names.replace(" ", "").replace("-", "").isupper()
                                      and not outlet.isupper() and _looks_like_masthead(outlet)):
            people = [_release_case(n.strip()) for n in re.split(r",|\band\b|\bAND\b|&", names) if n.strip()]
            if all(len(n.split()) >= 2 for n in people):
                return people, outlet
    return None


def read_article_text(text: str, name: str = "article") -> Page:
    """The page of an article given as text: plain, scraped, or HTML (sniffed)."""
    from .htmlpage import looks_like_html, render_html

    if looks_like_html(text):
        rendered, offsets, ends, meta = render_html(text, name)
        page = read_page(rendered, offsets=offsets, source=text, meta=meta, offset_ends=ends)
        if not page.content("paragraph"):
            raise InputError(f"{name}: the HTML page has no article text")
        return page
    return read_page(text)
