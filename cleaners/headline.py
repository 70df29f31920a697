"""Headline: find the headline line, strip wire markers and site suffixes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Wire-service update markers that prefix headlines: (LEAD), (2nd LD), (URGENT), (3rd LD), (News Focus)...
_WIRE_MARKER = re.compile(
    r"^\s*\((LEAD|URGENT|UPDATE|UPDATED|\d{1,2}(?:st|nd|rd|th) LD|LD|News Focus|News Analysis|Yonhap Feature|"
    r"Interview|Yonhap Interview|CORRECTED|Correction|BREAKING|FOCUS|ANALYSIS|EXCLUSIVE|WRAPUP(?: \d+)?)"
    r"(?:[ ,][^()\n]{0,40})?\)\s*",
    re.IGNORECASE,
)
# " | Site Name", " - Site Name" at the end of a <title>-like headline (short tail only).
_SITE_SUFFIX = re.compile(r"\s+[|\u2013\u2014-]\s+[^|\u2013\u2014]{2,40}$")


@dataclass(frozen=True)
class Headline:
    index: int | None  # line index in the document, None when not found
    raw: str | None
    clean: str | None
    markers: list[str] = field(default_factory=list)


def strip_wire_markers(title: str) -> tuple[str, list[str]]:
    """Remove leading wire markers, returning the title and the markers in order.

    >>> strip_wire_markers("(2nd LD) N. Korea's Kim heads home")
    ("N. Korea's Kim heads home", ['2nd LD'])
    >>> strip_wire_markers("(LEAD) (URGENT) Fighter jet crashes")
    ('Fighter jet crashes', ['LEAD', 'URGENT'])
    >>> strip_wire_markers("(Not a marker) stays")
    ('(Not a marker) stays', [])
    """
    markers: list[str] = []
    while True:
        m = _WIRE_MARKER.match(title)
        if not m:
            return title.strip(), markers
        markers.append(m.group(0).strip()[1:-1].strip())
        title = title[m.end():]


def strip_site_suffix(title: str, publisher: str | None = None) -> str:
    """Drop a trailing " | Site" / " - Site" when it names the publisher (or looks like a site name).

    >>> strip_site_suffix("Kim to visit Russia | The Straits Times", "The Straits Times")
    'Kim to visit Russia'
    >>> strip_site_suffix("Kim to visit Russia - report", None)
    'Kim to visit Russia - report'
    """
    m = _SITE_SUFFIX.search(title)
    if not m:
        return title
    tail = m.group(0).strip(" |\u2013\u2014-").strip()
    looks_like_site = publisher and tail.lower() == publisher.lower()
    looks_like_site = looks_like_site or bool(re.search(r"\.(com|net|org|co\.\w\w|de|uk)$", tail, re.I))
    return title[: m.start()].strip() if looks_like_site else title


def clean_headline(raw: str, publisher: str | None = None) -> tuple[str, list[str]]:
    title, markers = strip_wire_markers(raw)
    return strip_site_suffix(title, publisher), markers


def _is_headline_like(line: str) -> bool:
    words = line.split()
    if not 3 <= len(words) <= 30 or len(line) > 250:
        return False
    if line.endswith((".", ":", ",")) and not line.endswith("..."):
        return False
    return sum(ch.isalpha() for ch in line) >= 0.6 * len(line.replace(" ", ""))


def find_headline(lines: list[str], title_hint: str | None = None, limit: int = 40) -> Headline:
    """The headline line: the title hint if it is printed, else the first headline-like line
    that is repeated or followed by the article, within the first ``limit`` lines."""
    if title_hint:
        hint = title_hint.strip().casefold()
        for i, line in enumerate(lines[:limit]):
            if line.casefold() == hint:
                clean, markers = clean_headline(line)
                return Headline(i, line, clean, markers)
    for i, line in enumerate(lines[:limit]):
        if _is_headline_like(line):
            clean, markers = clean_headline(line)
            return Headline(i, line, clean, markers)
    return Headline(None, None, None)
