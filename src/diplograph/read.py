"""Read stage: files on disk to text, with failures a user can act on.

Offsets everywhere in diplograph count Unicode code points of the text exactly as
Python's ``Path.read_text`` gives it (UTF-8, universal newlines), which is also how
``check_facts.py`` reads a source, so ``text[start:end]`` is the evidence's words.
"""

from __future__ import annotations

from pathlib import Path

from .errors import InputError

DEFAULT_MAX_BYTES = 5_000_000  # a long article is ~100 kB; 5 MB is far past any real page


def read_text_file(path: str | Path, *, what: str = "article", encoding: str = "utf-8",
                   max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text of ``path``, or an InputError saying in one line why it cannot be had."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such {what} file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a {what} file")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{path}: {size} bytes is over the {max_bytes}-byte limit for an {what}"
                             " (raise it with --max-bytes)")
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None
    if b"\x00" in raw[:8192]:
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
