"""Publication dates printed in the text."""

from __future__ import annotations

import datetime as dt
import re

from cleaners.lexicon import WEEKDAYS, alternation, months
from cleaners.memo import new_memo, remembered

_MONTHS = months()  # cleaners/data/months.tsv: name -> month number
_MONTH_RE = alternation(list(_MONTHS))
#: alternation of month names and abbreviations (de/en/es/fr/it/nl/pt), for other modules' patterns
MONTH_PATTERN = _MONTH_RE

# Every date pattern needs a digit, every pattern but dd.mm.yy a four-digit year: cheap checks first.
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?:19|20)\d\d")
_ISO = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-/.](?P<m>[01]?\d)[-/.](?P<d>[0-3]?\d)(?!\d)")
_DMY_NUM = re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.\s?(?P<m>[01]?\d)\.\s?(?P<y>(?:19|20)\d\d|\d\d)(?![\d])")
_SLASHED = re.compile(r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d)(?![\d/])")
_MDY_NAME = re.compile(
    rf"\b(?P<mon>{_MONTH_RE})\.? (?P<d>[0-3]?\d)(?:st|nd|rd|th)?,? (?P<y>(?:19|20)\d\d)(?!\d)", re.IGNORECASE
)
_DMY_NAME = re.compile(
    rf"(?<!\d)(?P<d>[0-3]?\d)(?:\.|st|nd|rd|th|er|º)? ?(?:de )?(?P<mon>{_MONTH_RE})\.?,? (?:de )?(?P<y>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
#: Chinese, Japanese and Korean dates: "2025年1月14日", "2019년 4월 13일"
_CJK_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d) ?[年년] ?(?P<m>[01]?\d) ?[月월] ?(?P<d>[0-3]?\d)(?!\d)")
_MONTH_DAY = re.compile(rf"^(?P<mon>{_MONTH_RE})\.? (?P<d>[0-3]?\d)$|^(?P<d2>[0-3]?\d)\.? (?P<mon2>{_MONTH_RE})\.?$",
                        re.IGNORECASE)
_TIME = re.compile(r"(?<!\d)[0-2]?\d[:.h][0-5]\d(?!\d)|\b\d{1,2} ?(?:am|pm|a\.m\.|p\.m\.)", re.IGNORECASE)
_RELATIVE = re.compile(
    r"\b(?:vor \d+ (?:sek|min|std|stunde|tag|woche|monat)|\d+ (?:min(?:ute)?s?|hours?|hrs?|days?|weeks?) ago|"
    r"hace \d+ (?:minuto|hora|día)|il y a \d+ (?:min|heure|jour)|há \d+ (?:minuto|hora|dia))",
    re.IGNORECASE,
)
# Words that label a printed publication date.
_PUBLISHED_CUE = re.compile(
    r"\b(?:published|posted|erstellt|veröffentlicht|erschienen|publié|publicado|publicada|publicación|"
    r"pubblicato|publicerad|publiceret|publisert|gepubliceerd|opublikowano|publikacja|datum|date|stand|am)\b",
    re.IGNORECASE,
)
_UPDATED_CUE = re.compile(
    r"\b(?:updated?|last updated|aktualisiert|akt(?=\.)|geändert|mis à jour|modifié|actualizado|actualización|"
    r"atualizado|aggiornato|uppdaterad|opdateret|oppdatert|bijgewerkt|aktualizacja)\b",
    re.IGNORECASE,
)

#: The cues and stamps of a date line, as the date model reads them (cleaners.pubdate).
PUBLISHED_CUE, UPDATED_CUE, TIME_OF_DAY, RELATIVE_TIME = _PUBLISHED_CUE, _UPDATED_CUE, _TIME, _RELATIVE


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
        year = int(y)
        if year < 100:
            year += 2000
        return dt.date(year, int(m), int(d))
    except ValueError:
        return None


#: line -> dates_with_positions(line), kept across pages for lines of at most DATES_MEMO_CHARS characters: a
#: page reads its date lines two or three times (rules, byline, date candidates) and a site's pages repeat them.
_DATES_MEMO: dict[str, tuple[tuple[int, dt.date], ...]] = new_memo()
DATES_MEMO_MAX = 50_000
DATES_MEMO_CHARS = 200


def dates_with_positions(line: str) -> tuple[tuple[int, dt.date], ...]:
    """Every full date (with a year) in a line with its offset, in order of appearance.

    >>> [d.isoformat() for _, d in dates_with_positions("Erstellt: 28.04.2023, 18:16 Uhr")]
    ['2023-04-28']
    >>> [d.isoformat() for _, d in dates_with_positions("松村太郎2019年04月13日 09時00分 (2019년 4월 14일)")]
    ['2019-04-13', '2019-04-14']
    """
    if not _DIGIT.search(line):
        return ()
    if len(line) > DATES_MEMO_CHARS:
        return _dates_with_positions(line)
    return remembered(_DATES_MEMO, line, DATES_MEMO_MAX, _dates_with_positions, line)


def _dates_with_positions(line: str) -> tuple[tuple[int, dt.date], ...]:
    found: list[tuple[int, dt.date]] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, d: dt.date | None) -> None:
        if d and not any(s < end and start < e for s, e in taken):
            found.append((start, d))
            taken.append((start, end))

    has_year = _YEAR.search(line) is not None
    for rx in (_MDY_NAME, _DMY_NAME) if has_year else ():
        for m in rx.finditer(line):
            add(m.start(), m.end(), _make(m.group("y"), _MONTHS[m.group("mon").lower()], m.group("d")))
    for m in _CJK_DATE.finditer(line) if has_year else ():
        add(m.start(), m.end(), _make(m.group("y"), m.group("m"), m.group("d")))
    for m in _ISO.finditer(line) if has_year else ():
        add(m.start(), m.end(), _make(m.group("y"), m.group("m"), m.group("d")))
    for m in _DMY_NUM.finditer(line):
        add(m.start(), m.end(), _make(m.group("y"), m.group("m"), m.group("d")))
    for m in _SLASHED.finditer(line) if has_year else ():
        a, b = int(m.group("a")), int(m.group("b"))
        # Day first unless the first number cannot be a month... and cannot be a day either.
        d = _make(m.group("y"), a, b) if b > 12 else _make(m.group("y"), b, a)
        add(m.start(), m.end(), d)
    return tuple(sorted(found, key=lambda t: t[0]))


def dates_in_line(line: str) -> list[dt.date]:
    """Every full date (with a year) written in a line, in order of appearance.

    >>> dates_in_line("Published April 28, 2023 at 10:00, updated 2023-04-29")
    [datetime.date(2023, 4, 28), datetime.date(2023, 4, 29)]
    >>> dates_in_line("03.05.2024, 15:47 Uhr"), dates_in_line("12. März 2019 von Anna")
    ([datetime.date(2024, 5, 3)], [datetime.date(2019, 3, 12)])
    >>> dates_in_line("Version 3.5.2024 of the tool"), dates_in_line("Room 12.3")
    ([datetime.date(2024, 5, 3)], [])
    """
    return [d for _, d in dates_with_positions(line)]


#: line -> looks_like_date_line(line), kept across pages: the pages of a site repeat their date-like
#: lines (time stamps, "© 2024" footers, menus with figures), and the verdict depends on the line alone.
#: Emptied when it holds DATE_LINE_MEMO_MAX lines (of at most 120 characters; ~180 bytes a line measured
#: on a crawl, so ~9 MB; a site's hot lines come back within a page after it is emptied).
_DATE_LINE_MEMO: dict[str, bool] = new_memo()
DATE_LINE_MEMO_MAX = 50_000


def looks_like_date_line(line: str) -> bool:
    """A short line that stamps a date or time: "28.04.2023, 18:16 Uhr", "Updated 5 hours ago".

    >>> looks_like_date_line("Erstellt: 28.04.2023, 18:16 Uhr"), looks_like_date_line("vor 4 Stunden")
    (True, True)
    >>> looks_like_date_line("The treaty signed on 28 April 2023 changed how the two countries trade.")
    False
    """
    if len(line) > 120 or not _DIGIT.search(line):  # every date, time and "5 hours ago" has a digit
        return False
    return remembered(_DATE_LINE_MEMO, line, DATE_LINE_MEMO_MAX, _looks_like_date_line, line)


def _looks_like_date_line(line: str) -> bool:
    """:func:`looks_like_date_line` of a line of up to 120 characters with a digit."""
    words = len(line.split())
    if words > 16 or (words >= 8 and line.endswith(".")):
        return False
    return bool(dates_in_line(line) or _RELATIVE.search(line)) or (
        len(line.split()) <= 6 and bool(_TIME.search(line)) and bool(_PUBLISHED_CUE.search(line) or
                                                                      _UPDATED_CUE.search(line))
    )


_DATE_PARTS = re.compile(
    rf"(?<!\w)(?:{_MONTH_RE}|uhr|am|um|vom|on|at|le|el|de|gmt|utc|cet|cest|est|edt|ist|kst)(?!\w)\.?",
    re.IGNORECASE,
)


def is_titled_date_line(line: str) -> bool:
    """A title that happens to contain a date ("Protokoll der Sitzung vom 10. Oktober 2019"), as
    opposed to a date stamp ("Erstellt: 28.04.2023, 18:16 Uhr").

    >>> is_titled_date_line("Protokoll der Vorstandssitzung vom 10. Oktober 2019")
    True
    >>> is_titled_date_line("Erstellt: 28.04.2023, 18:16 Uhr"), is_titled_date_line("Published on 28 April 2023")
    (False, False)
    """
    if _PUBLISHED_CUE.match(line) or _UPDATED_CUE.match(line) or _RELATIVE.search(line):
        return False
    words = re.findall(r"[^\W\d_]{2,}", _DATE_PARTS.sub(" ", line))
    cue = _PUBLISHED_CUE.search(line) or _UPDATED_CUE.search(line)
    return len(words) >= (5 if cue else 3)


def published_in_line(line: str) -> dt.date | None:
    """The publication date of a date line: the one after a "published" cue, else the first date
    that is not labelled as an update.

    >>> published_in_line("Aktualisiert: 29.04.2023 | Erstellt: 28.04.2023")
    datetime.date(2023, 4, 28)
    >>> published_in_line("Published: 28 Apr 2020. Updated: 30 Apr 2020")
    datetime.date(2020, 4, 28)
    >>> published_in_line("Updated 2 May 2021")
    datetime.date(2021, 5, 2)
    """
    found = dates_with_positions(line)
    if not found:
        return None
    labelled: list[tuple[str, dt.date]] = []
    for pos, d in found:
        prefix = line[max(0, pos - 30):pos]
        pub = list(_PUBLISHED_CUE.finditer(prefix))
        upd = list(_UPDATED_CUE.finditer(prefix))
        if pub and (not upd or pub[-1].start() > upd[-1].start()):
            labelled.append(("pub", d))
        elif upd:
            labelled.append(("upd", d))
        else:
            labelled.append(("", d))
    for kind, d in labelled:
        if kind == "pub":
            return d
    for kind, d in labelled:
        if kind == "":
            return d
    return min(d for _, d in labelled)


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


_WEEKDAY_HEADER = re.compile(
    rf"^(?:{'|'.join(WEEKDAYS['en'] + WEEKDAYS['de'] + WEEKDAYS['fr'] + WEEKDAYS['es'])}),? ", re.IGNORECASE)


def is_render_date(lines: list[str], i: int, headline_index: int | None) -> bool:
    """A "Saturday, May 18, 2024" line at the very top of the page, before the headline, is the site's
    today-widget (when the page was rendered), not the article's date.

    >>> is_render_date(["Saturday, May 18, 2024", "Home", "Kim to visit Russia"], 0, 2)
    True
    >>> is_render_date(["Home", "Kim to visit Russia", "Saturday, May 18, 2024"], 2, 1)
    False
    """
    if headline_index is None or i >= headline_index or i > 2:
        return False
    return bool(_WEEKDAY_HEADER.match(lines[i])) and len(lines[i].split()) <= 5


def _ok(d: dt.date | None, crawl_date: dt.date | None) -> bool:
    return d is not None and (crawl_date is None or d <= crawl_date)


def find_published_date(
    lines: list[str], crawl_date: dt.date | None = None, url: str | None = None,
    headline_index: int | None = None, limit: int = 5000,
) -> tuple[dt.date | None, str | None]:
    """The publication date and where it came from; never after the crawl date.

    Date lines next to the headline come first (the article header), then the first date line of
    the page, then the URL.

    >>> page = ["Saturday, May 18, 2024", "Kim to visit Russia", "Kim will go to Russia, it said."]
    >>> find_published_date(page, headline_index=1)
    (None, None)
    >>> find_published_date(["Kim to visit Russia", "Von Anna Schmidt", "28.04.2023, 18:16 Uhr"], headline_index=0)
    (datetime.date(2023, 4, 28), 'text')
    """
    lines = lines[:limit]
    if headline_index is not None:
        near = list(range(headline_index + 1, min(len(lines), headline_index + 16)))
        near += list(range(headline_index - 1, max(-1, headline_index - 5), -1))
        for j in near:
            if is_render_date(lines, j, headline_index) or not looks_like_date_line(lines[j]):
                continue
            d = published_in_line(lines[j])
            if _ok(d, crawl_date):
                return d, "text"
        # a longer header line ("By Tom Davies - Associated Press - Friday, April 28, 2023")
        for j in near[:8]:
            if len(lines[j]) <= 200 and not is_render_date(lines, j, headline_index):
                d = published_in_line(lines[j])
                if _ok(d, crawl_date):
                    return d, "text"
    for j, line in enumerate(lines):
        if looks_like_date_line(line) and not is_render_date(lines, j, headline_index):
            d = published_in_line(line)
            if _ok(d, crawl_date):
                return d, "text"
    d = date_from_url(url)
    if _ok(d, crawl_date):
        return d, "url"
    return None, None
