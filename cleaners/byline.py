"""Byline: "By Kim Yoo-chul" -> authors.

A byline sits next to the headline: "By X", "Von X und Y", "Par X", "Por X", "Autor: X", a date
line ending in "von X" / "by X", or a bare name on its own line, possibly glued to a date
("Associated PressApril 28, 2023 GMT"). Fewer authors beat wrong ones: anything that is not
name-shaped (a job title, "Staff", a date, a section name) is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cleaners import dates

# "By X" / "Von: X"; labels such as "Text: X" need their colon ("Interview mit X" is a title).
_BY_PREFIX = re.compile(
    r"^(?:(?:by|written by|words by|von|par|por|escrito por|di|door|av|af|autor|autorin|autor\*in|author)(?: ?: ?| )|"
    r"(?:text|texte|texto|reporter|interview|redacción|reportage|bericht) ?: ?)(?P<names>\S.*)$",
    re.IGNORECASE,
)
# "12. März 2019 von Anna Schmidt", "July 24, 2019 by Amy Motroni", "Posted on ... by LD"
_BY_INSIDE = re.compile(r"(?:^|\s)(?:von|by|par|por|di)(?: ?: ?| )(?P<names>[A-ZÀ-ÖØ-Þ]\S*(?: \S+){0,5})$")
_SPLIT = re.compile(r"\s*(?:,|;|&|/|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bmit\b|\bwith\b)\s*", re.IGNORECASE)
# Where a byline stops being names: a date, a time, a separator, "published", a role.
_TAIL = re.compile(
    r"\s*(?:[|•·∙–—]|\s-\s|\(|\b(?:published|updated|posted|veröffentlicht|aktualisiert|erstellt|am|on|le|el|"
    r"il|publié|publicado|actualizado|follow|folgen|for|für|in|im|auf|at|via|vom|last|ein|eine|from)\b|\d|"
    rf"\b(?:{dates.MONTH_PATTERN})\.? ?\d).*$",
    re.IGNORECASE,
)
_ROLE_WORDS = (
    "staff|reporter|reporters|correspondent|writer|writers|editor|editors|journalist|contributor|"
    "korrespondent|korrespondentin|redakteur|redakteurin|redaktion|volontär|volontärin|autor|autorin|"
    "rédaction|rédacteur|rédactrice|redacción|redactor|redactora|corresponsal|enviado|enviada|"
    "admin|desk|team|news|hours|ago|updated|published|minutes|read|comments|kommentare|share|teilen|mehr|more|"
    "sagt|says|schreibt|writes|foto|photo|bild|quelle|source|home|startseite"
)
_NOT_NAMES = frozenset(_ROLE_WORDS.split("|"))
_GLUED_ROLE = re.compile(rf"(?<=[a-zäöüßéèáíóú])(?=(?:{_ROLE_WORDS.title()})\b)")
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’.\-]*|[A-Z]\.|von|van|de|del|della|der|den|da|di|du|la|le|ten|bin|al)$")
_PARTICLES = frozenset("von van de del della der den da di du la le ten bin al".split())
# Words that open a byline or a label, never a name: "Von X", "By X", "Kommentar von X".
_LEAD_WORDS = frozenset("by von par por mit with and und et y foto photo bild text mehr more alle all".split())
# News agencies and short credits that are real bylines on their own ("Von dpa").
_AGENCY = re.compile(r"^(?:dpa|afp|ap|apa|sda|kna|epd|sid|efe|ansa|reuters|upi|ddp|kyodo|yonhap|ani|pti|ians)$",
                     re.IGNORECASE)


@dataclass(frozen=True)
class Byline:
    index: int | None
    raw: str | None
    authors: list[str] = field(default_factory=list)


def looks_like_name(name: str) -> bool:
    """Two to four capitalized words (name particles allowed), none of them a job title or a time word.

    >>> looks_like_name("Kim Yoo-chul"), looks_like_name("Ludwig van Beethoven"), looks_like_name("Staff Reporter")
    (True, True, False)
    >>> looks_like_name("Hours Ago"), looks_like_name("Redakteurin für Finanzen"), looks_like_name("Kim")
    (False, False, False)
    """
    words = name.split()
    if not 2 <= len(words) <= 4 or len(name) > 45:
        return False
    if words[0].casefold() in _PARTICLES or words[-1] in _PARTICLES or words[0].casefold() in _LEAD_WORDS:
        return False
    if any(w.lower().strip(".") in _NOT_NAMES for w in words):
        return False
    if sum(w.isupper() and len(w) > 1 for w in words) not in (0, len(words)):
        return False  # "MDR SACHSEN-ANHALT Redaktion" mixes an acronym and words
    return all(_NAME_WORD.match(w) for w in words)


def _cut_at_role(part: str) -> str:
    """"Sina Berg Landespolitische Korrespondentin" -> "Sina Berg": a job title ends the name.

    >>> _cut_at_role("Sina Berg Landespolitische Korrespondentin"), _cut_at_role("Kim Yoo-chul")
    ('Sina Berg', 'Kim Yoo-chul')
    """
    words = part.split()
    for k, w in enumerate(words):
        if w.casefold().strip(".,") in _NOT_NAMES or w.casefold().rstrip("e").endswith(("korrespondentin", "redakteurin")):
            kept = words[:k]
            # an adjective before the title ("Landespolitische") goes with it
            while kept and kept[-1].casefold().endswith(("ische", "ischer", "licher", "liche", "ale", "al")):
                kept.pop()
            return " ".join(kept)
    return part


# "Associated PressApril 28, 2023": inline elements glued without a space
_HAS_DIGIT = re.compile(r"\d")  # a glued date needs a digit: without one, skip the costly substitution
_GLUED_DATE = re.compile(rf"(?<=[a-zà-ÿ])(?=(?:{dates.MONTH_PATTERN})\.? ?\d)", re.IGNORECASE)


def _clean_names(text: str, allow_single: bool) -> list[str]:
    text = _GLUED_ROLE.sub(" ", text)
    text = _GLUED_DATE.sub(" ", text) if _HAS_DIGIT.search(text) else text
    text = _TAIL.sub("", text)
    out: list[str] = []
    for part in _SPLIT.split(text):
        part = _cut_at_role(part).strip(" .·|:")
        ok = looks_like_name(part) or (allow_single and _AGENCY.match(part) is not None)
        if ok and part not in out:
            out.append(part)
    return out


def parse_authors(text: str) -> list[str]:
    """Split a byline into author names; anything that is not name-shaped is dropped.

    >>> parse_authors("By Kim Yoo-chul")
    ['Kim Yoo-chul']
    >>> parse_authors("By Jane Doe and John Smith, Staff Writers")
    ['Jane Doe', 'John Smith']
    >>> parse_authors("Von Anna Schmidt und Jörg Meier, dpa")
    ['Anna Schmidt', 'Jörg Meier', 'dpa']
    >>> parse_authors("Von Hanna Berg, Redakteurin für Finanzen"), parse_authors("By Staff")
    (['Hanna Berg'], [])
    >>> parse_authors("Associated PressApril 28, 2023 GMT"), parse_authors("Von Eva MeierKorrespondentin")
    (['Associated Press'], ['Eva Meier'])
    """
    text = text.strip()
    m = _BY_PREFIX.match(text)
    names = m.group("names") if m else text
    return _clean_names(names, allow_single=bool(m))


def looks_like_byline(line: str) -> bool:
    """A line that credits authors: "By X", "Von X und Y", "Autor: X", "12. Mai 2019 von X".

    >>> looks_like_byline("Von Anna Schmidt"), looks_like_byline("By Kim Yoo-chul, Reporter")
    (True, True)
    >>> looks_like_byline("Von Berlin nach Hamburg in zwei Stunden"), looks_like_byline("By the way, it rained")
    (False, False)
    >>> looks_like_byline("Kommentar von Anna Schmidt"), looks_like_byline("Ein Bericht über die Wahl von Anna Schmidt")
    (True, False)
    """
    if len(line) > 160 or len(line.split()) > 18:
        return False
    m = _BY_PREFIX.match(line)
    if m:
        return bool(parse_authors(line))
    m = _BY_INSIDE.search(line)
    if not m:
        return False
    head = line[: m.start()]
    labelled = len(head.split()) <= 3 and not any(ch.isdigit() for ch in head)
    return bool((labelled or dates.dates_in_line(head)) and _clean_names(m.group("names"), True))


_DATE_TAIL = re.compile(r"^(?P<name>[^\d|]{4,45}?)\s*(?:\||[-–—•·/]\s|,\s)?\s*(?=\d|vor \d|published|updated)", re.I)


def bare_name_authors(line: str) -> list[str]:
    """A line that is only a person's name, or a name glued to a date ("Anna Schmidt24.04.2024").

    >>> bare_name_authors("Kim Yoo-chul"), bare_name_authors("Anna Schmidt24.04.2024, 19:35 Uhr")
    (['Kim Yoo-chul'], ['Anna Schmidt'])
    >>> bare_name_authors("Mehr zum Thema"), bare_name_authors("Politik 2024"), bare_name_authors("By Anna Schmidt")
    ([], [], [])
    """
    if len(line) > 90:
        return []
    if looks_like_name(line):
        return [line]
    line = _GLUED_DATE.sub(" ", line) if _HAS_DIGIT.search(line) else line
    m = _DATE_TAIL.match(line)
    if m and dates.looks_like_date_line(line[m.end():]) and looks_like_name(m.group("name").strip(" ,|-")):
        return [m.group("name").strip(" ,|-")]
    if "," in line and line.count(",") <= 4 and len(line) <= 120:
        parts = [p.strip() for p in line.split(",")]
        if all(looks_like_name(p) for p in parts):
            return parts
    return []


def _window(lines: list[str], headline_index: int | None) -> list[int]:
    if headline_index is None:
        return list(range(min(len(lines), 25)))
    after = list(range(headline_index + 1, min(len(lines), headline_index + 13)))
    before = list(range(headline_index - 1, max(-1, headline_index - 4), -1))
    return after + before


def find_byline(lines: list[str], headline_index: int | None = None) -> Byline:
    """The byline next to the headline: an explicit "By ..." line first, else a bare name line."""
    window = _window(lines, headline_index)
    for i in window:
        line = lines[i]
        if looks_like_byline(line):
            m = _BY_INSIDE.search(line) if not _BY_PREFIX.match(line) else None
            authors = _clean_names(m.group("names"), True) if m else parse_authors(line)
            if authors:
                return Byline(i, line, authors)
    for i in window[:10]:
        authors = bare_name_authors(lines[i])
        if authors and (not looks_like_name(lines[i]) or date_nearby(lines, i)):
            return Byline(i, lines[i], authors)
    return Byline(None, None, [])


def date_nearby(lines: list[str], i: int, reach: int = 2) -> bool:
    """A bare name is a byline only when a date stamp sits right next to it: alone, two capitalized
    words are as likely a section, a place or a menu entry.

    >>> date_nearby(["Anna Schmidt", "28.04.2023, 18:16 Uhr"], 0), date_nearby(["Landkreis München", "Sport"], 0)
    (True, False)
    """
    lo, hi = max(0, i - reach), min(len(lines), i + reach + 1)
    return any(j != i and dates.looks_like_date_line(lines[j]) for j in range(lo, hi))
