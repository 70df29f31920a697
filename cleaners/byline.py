"""Byline: "By Kim Yoo-chul" -> authors."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_BY_PREFIX = re.compile(r"^(?:by|written by|von|par|por|di|door|av|af)\s+(?P<names>.+)$", re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*", re.IGNORECASE)
_NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’.\-]*$")
# Words that are never part of a person's name in a byline.
_NOT_NAMES = {"staff", "reporter", "correspondent", "editor", "admin", "news", "desk", "hours", "ago", "updated"}


@dataclass(frozen=True)
class Byline:
    index: int | None
    raw: str | None
    authors: list[str] = field(default_factory=list)


def looks_like_name(name: str) -> bool:
    """Two to four capitalized words, none of them a job title or a time word.

    >>> looks_like_name("Kim Yoo-chul"), looks_like_name("Staff Reporter"), looks_like_name("Hours Ago")
    (True, False, False)
    """
    words = name.split()
    if not 2 <= len(words) <= 4:
        return False
    if any(w.lower().strip(".") in _NOT_NAMES for w in words):
        return False
    return all(_NAME_WORD.match(w) for w in words)


def parse_authors(text: str) -> list[str]:
    """Split a byline into author names; anything that is not name-shaped is dropped.

    >>> parse_authors("By Kim Yoo-chul")
    ['Kim Yoo-chul']
    >>> parse_authors("By Jane Doe and John Smith, Staff Writers")
    ['Jane Doe', 'John Smith']
    """
    m = _BY_PREFIX.match(text.strip())
    names = m.group("names") if m else text
    out: list[str] = []
    for part in _SPLIT.split(names):
        part = part.strip(" .·|")
        if looks_like_name(part) and part not in out:
            out.append(part)
    return out


def find_byline(lines: list[str], start: int = 0, limit: int = 25) -> Byline:
    """The first "By ..." line after ``start`` that yields at least one name."""
    for i in range(start, min(len(lines), start + limit)):
        line = lines[i]
        if len(line) <= 120 and _BY_PREFIX.match(line):
            authors = parse_authors(line)
            if authors:
                return Byline(i, line, authors)
    return Byline(None, None, [])
