"""What the readers share: their settings (:class:`ReadConfig`), the Reject of an input file, and the
fields a record carries (its fetch date, URL, first non-empty string among field names)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import email.utils
import re
from collections.abc import Sequence
from dataclasses import dataclass

from flows.sources.inputs import InputFile, safe_str
from schemas import Reject


@dataclass(frozen=True)
class ReadConfig:
    max_doc_bytes: int = 8_000_000  # one document (file, JSONL line, WARC payload) larger than this is too_large
    max_file_bytes: int = 20_000_000_000  # decompressed bytes read from one file before it is cut (gzip bombs)
    #: a gzip file may expand at most this many times its size (text expands 3-20x; a bomb 1000x)...
    max_gzip_ratio: int = 200
    #: ...once past this many decompressed bytes (small, very repetitive files stay readable)
    gzip_ratio_floor: int = 64_000_000
    jsonl_text_fields: tuple[str, ...] = ("text", "content", "raw_text")
    jsonl_html_fields: tuple[str, ...] = ("html", "raw_html")
    jsonl_url_fields: tuple[str, ...] = ("url", "uri", "link")
    jsonl_date_fields: tuple[str, ...] = ("fetched_at", "crawl_date", "date", "timestamp")
    jsonl_title_fields: tuple[str, ...] = ("title", "headline")

    def with_jsonl_fields(self, fields: Sequence[Sequence[str]] | None) -> ReadConfig:
        """These settings with JSONL fields named by ``(kind, name)`` pairs (kind: text, html, url, date or
        title): looked up before the default names, and no longer read as another kind.

        >>> cfg = ReadConfig().with_jsonl_fields([("html", "content")])
        >>> cfg.jsonl_html_fields, "content" in cfg.jsonl_text_fields
        (('content', 'html', 'raw_html'), False)
        """
        claimed = {name for _, name in fields or ()}
        changes = {}
        for kind in JSONL_FIELD_KINDS:
            attr = f"jsonl_{kind}_fields"
            named = tuple(name for k, name in fields or () if k == kind)
            changes[attr] = named + tuple(f for f in getattr(self, attr) if f not in claimed)
        return dataclasses.replace(self, **changes)


#: The kinds of JSONL field a user can name (``--jsonl-field KIND=NAME``).
JSONL_FIELD_KINDS = ("text", "html", "url", "date", "title")


_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|link|div|main|article"
                         r"|section|header|nav|p|span|table|ul|script|style)\b", re.IGNORECASE | re.DOTALL)


def looks_like_html(text: str) -> bool:
    """Whether a document that does not say what it is starts as HTML (a page or a fragment of one):
    the visible text of a page never starts with a tag.

    >>> looks_like_html("<!DOCTYPE html><p>x"), looks_like_html("  <div class='a'>x</div>"), looks_like_html("<3 you")
    (True, True, False)
    """
    return _HTML_START.match(text[:1000]) is not None


def reject(f: InputFile, reason: str, detail: str, record: str | None = None, url: str | None = None,
            crawl_date: dt.date | None = None) -> Reject:
    """The Reject of input ``f`` (or of its ``record``); the file's crawl date unless the record has one."""
    return Reject(f.source_path, reason, safe_str(detail), record, url, crawl_date or f.crawl_date)


#: Epoch numbers above this are milliseconds (as seconds it would be the year 5138).
_EPOCH_MS_FROM = 100_000_000_000


def parse_date(value: object) -> dt.date | None:
    """The UTC date of a record's fetch time: ISO 8601, an HTTP/RSS date, or epoch seconds or milliseconds.

    >>> parse_date("2024-05-03T23:00:00Z"), parse_date(1714730400000), parse_date("Fri, 03 May 2024 10:00:00 GMT")
    (datetime.date(2024, 5, 3), datetime.date(2024, 5, 3), datetime.date(2024, 5, 3))
    """
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if abs(value) >= _EPOCH_MS_FROM else value
        try:
            return dt.datetime.fromtimestamp(float(seconds), tz=dt.timezone.utc).date()
        except (OverflowError, OSError, ValueError):
            return None
    m = re.match(r"^\s*(\d{4})-?(\d{2})-?(\d{2})", value)
    if not m:
        try:  # "Fri, 03 May 2024 10:00:00 GMT" (HTTP Date, RSS pubDate)
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        return (when.astimezone(dt.timezone.utc) if when.tzinfo else when).date()
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def first_str(obj: dict, fields: tuple[str, ...]) -> str | None:
    for name in fields:
        v = obj.get(name)
        if isinstance(v, str) and v.strip():
            return v
    return None


def first_url(obj: dict, fields: tuple[str, ...]) -> str | None:
    url = first_str(obj, fields)
    return safe_str(url.strip()[:4096]) if url else None
