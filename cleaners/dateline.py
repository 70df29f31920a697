"""Dateline: "MOSCOW, April 15 (Yonhap) --" -> place, date, agency."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cleaners.dates import parse_month_day

# PLACE[, Region][, Month Day] [(Agency)] DASH body...
# Place: one to four words in capitals ("SEOUL", "NEW YORK", "Berlin" when followed by an agency).
_DATELINE = re.compile(
    r"^(?P<raw>"
    r"(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ.'’\-]+(?:[ /][A-ZÀ-Þ][A-ZÀ-Þ.'’\-]+){0,3}"
    r"|[A-ZÀ-Þ][\wÀ-ÿ.'’\-]+(?:[ /][A-ZÀ-Þ][\wÀ-ÿ.'’\-]+){0,2}(?=[^()\n]{0,30}\()"
    r"|[A-ZÀ-Þ][a-zß-ÿ]+(?:/[A-ZÀ-Þ][a-zß-ÿ]+){0,2}(?= [\u2013\u2014-] ))"
    r"(?:, (?P<region>[A-Z][\w.]+(?: [A-Z][\w.]+)?))??"
    r"(?:,? (?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2}\.? [^\W\d_]{3,9}\.?))?"
    r"(?: \((?P<agency>[^()\n]{2,40})\))?"
    r" ?(?P<dash>--|-|\u2013|\u2014|:))(?=\s)"  # a dash glued to the next word joins a compound ("EZB-Chef")
    r" ?"
)


@dataclass(frozen=True)
class Dateline:
    raw: str
    place: str
    agency: str | None
    date: str | None  # "--MM-DD": the year is never printed in a dateline
    rest: str  # the paragraph without its dateline


def parse_dateline(paragraph: str) -> Dateline | None:
    """Parse a dateline at the start of a body paragraph.

    >>> d = parse_dateline("MOSCOW, April 15 (Yonhap) -- North Korean leader Kim Jong-un may hold")
    >>> d.place, d.date, d.agency, d.raw, d.rest[:12]
    ('MOSCOW', '--04-15', 'Yonhap', 'MOSCOW, April 15 (Yonhap) --', 'North Korean')
    >>> d = parse_dateline("SEOUL (The Korea Herald/ANN) - North Korean leader Kim Jong-un is likely")
    >>> d.place, d.agency
    ('SEOUL', 'The Korea Herald/ANN')
    >>> parse_dateline("SEOUL \u2013 North Korean leader Kim").place
    'SEOUL'
    >>> parse_dateline("North Korean leader Kim Jong-un said") is None
    True
    >>> d = parse_dateline("BERLIN (dpa) - Die Bundesregierung will das Gesetz noch vor dem Sommer beschließen.")
    >>> d.place, d.agency
    ('BERLIN', 'dpa')
    >>> d = parse_dateline("München/London – Kurz vor der Krönung kommen Zweifel an der Zukunft des Königs auf.")
    >>> d.place, d.agency
    ('München/London', None)
    >>> parse_dateline("Update – neue Zahlen") is None, parse_dateline("Putin: Wir werden nicht nachgeben, sagte er am Montag.") is None
    (True, True)
    >>> parse_dateline("BEIRUT/THE HAGUE, March 7 (Reuters) - An Israeli tank crew killed a reporter").place
    'BEIRUT/THE HAGUE'
    >>> parse_dateline("PARIS, 3 mai (AFP) - Le gouvernement a annoncé lundi une réforme").date
    '--05-03'
    >>> parse_dateline("EZB-Präsidentin Christine Lagarde sagte am Montag, dass die Zinsen steigen.") is None
    True
    """
    m = _DATELINE.match(paragraph)
    if not m:
        return None
    place = m.group("place").strip()
    agency = m.group("agency")
    # Without an agency, only an all-caps place ("SEOUL –") or a place before a spaced dash
    # ("Berlin – Die Regierung ...") counts: "Putin: ..." is not a dateline.
    if not agency and not (place.isupper() and len(place) >= 3) and m.group("dash") not in ("-", "\u2013", "\u2014"):
        return None
    if not agency and not place.isupper() and not _starts_sentence(paragraph[m.end():]):
        return None
    if m.group("dash") == ":" and not agency:
        return None
    rest = paragraph[m.end():].strip()
    if len(rest.split()) < 4:
        return None
    date = parse_month_day(m.group("date")) if m.group("date") else None
    return Dateline(m.group("raw").strip(), place, agency.strip() if agency else None, date, rest)


def _starts_sentence(rest: str) -> bool:
    """The text after a mixed-case place must read as a sentence: capitalized, several words."""
    rest = rest.strip()
    return bool(rest[:1].isupper()) and len(rest.split()) >= 8


def find_dateline(paragraphs: list[str], limit: int = 6) -> tuple[int, Dateline] | None:
    """The dateline in one of the first ``limit`` body paragraphs (a teaser, a caption or a kicker
    the line model keeps can come before the paragraph that opens with it).

    >>> find_dateline(["Kim meets Putin for the second time this year.", "BERLIN (dpa) - Die Regierung hat am Montag beschlossen, dass"])[0]
    1
    >>> find_dateline(["Die Regierung hat am Montag in Berlin beschlossen, dass alles bleibt."]) is None
    True
    """
    for k, paragraph in enumerate(paragraphs[:limit]):
        found = parse_dateline(paragraph)
        if found is not None:
            return k, found
    return None
