"""Publication dates printed in the text."""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    # en
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    # de
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7,
    "oktober": 10, "okt": 10, "dezember": 12, "dez": 12,
    # fr / es (common forms)
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}
_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))

_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\b")
_DMY_NUM = re.compile(r"\b(?P<d>[0-3]?\d)\.\s?(?P<m>[01]?\d)\.\s?(?P<y>(?:19|20)\d\d)\b")
_MDY_NAME = re.compile(
    rf"\b(?P<mon>{_MONTH_RE})\.? (?P<d>[0-3]?\d)(?:st|nd|rd|th)?,? (?P<y>(?:19|20)\d\d)\b", re.IGNORECASE
)
_DMY_NAME = re.compile(
    rf"\b(?P<d>[0-3]?\d)(?:\.|st|nd|rd|th)? (?:de )?(?P<mon>{_MONTH_RE})\.?,? (?:de )?(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(rf"^(?P<mon>{_MONTH_RE})\.? (?P<d>[0-3]?\d)$|^(?P<d2>[0-3]?\d)\.? (?P<mon2>{_MONTH_RE})\.?$",
                        re.IGNORECASE)


def parse_month_day(text: str) -> str | None:
    """"April 15" -> "--04-15" (ISO 8601 without a year: the dateline never says which).

    >>> parse_month_day("April 15"), parse_month_day("3. Mai"), parse_month_day("Foo 3")
    ('--04-15', '--05-03', None)
    """
    m = _MONTH_DAY.match(text.strip())
    if not m:
        return None
    mon = _MONTHS[(m.group("mon") or m.group("mon2")).lower()]
    day = int(m.group("d") or m.group("d2"))
    if not 1 <= day <= 31:
        return None
    return f"--{mon:02d}-{day:02d}"


def _make(y: str, m: int | str, d: str) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def dates_in_line(line: str) -> list[dt.date]:
    """Every full date (with a year) written in a line, in order of appearance.

    >>> dates_in_line("Published April 28, 2023 at 10:00, updated 2023-04-29")
    [datetime.date(2023, 4, 28), datetime.date(2023, 4, 29)]
    >>> dates_in_line("03.05.2024, 15:47 Uhr")
    [datetime.date(2024, 5, 3)]
    """
    found: list[tuple[int, dt.date]] = []
    for rx in (_ISO, _DMY_NUM):
        for m in rx.finditer(line):
            d = _make(m.group("y"), m.group("m"), m.group("d"))
            if d:
                found.append((m.start(), d))
    for rx in (_MDY_NAME, _DMY_NAME):
        for m in rx.finditer(line):
            d = _make(m.group("y"), _MONTHS[m.group("mon").lower()], m.group("d"))
            if d:
                found.append((m.start(), d))
    return [d for _, d in sorted(found, key=lambda t: t[0])]


_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>[01]?\d)[/-](?P<d>[0-3]?\d)(?:/|\b)")


def date_from_url(url: str | None) -> dt.date | None:
    """A date in the URL path.

    >>> date_from_url("https://example.com/news/2023/04/28/story.html")
    datetime.date(2023, 4, 28)
    """
    if not url:
        return None
    m = _URL_DATE.search(url)
    return _make(m.group("y"), m.group("m"), m.group("d")) if m else None


def find_published_date(
    lines: list[str], crawl_date: dt.date | None = None, url: str | None = None, limit: int = 40
) -> tuple[dt.date | None, str | None]:
    """The publication date and where it came from; never after the crawl date.

    Looks at the first ``limit`` lines (where bylines and date stamps live), then the URL.
    """
    for line in lines[:limit]:
        if len(line) > 200:
            continue
        for d in dates_in_line(line):
            if crawl_date is None or d <= crawl_date:
                return d, "text"
    d = date_from_url(url)
    if d and (crawl_date is None or d <= crawl_date):
        return d, "url"
    return None, None
