"""Vocabularies the features read, each written once.

Long word lists are data files in ``cleaners/data/`` (one entry a line, ``#`` starts a comment), read
once by the loaders at the end of this module.

The page-kind cues are words that product, forum, documentation, listing and service pages print and
articles rarely do; a cue is a signal (a share of lines), never a verdict on its own.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

#: Cue name -> a pattern searched in the first 300 characters of each line.
PAGE_KIND_CUES: dict[str, re.Pattern[str]] = {
    "price": re.compile(r"[$€£¥]\s?\d|\d\s?(?:€|eur|usd)\b", re.IGNORECASE),
    "cart": re.compile(r"\b(?:add to (?:cart|basket|bag|wishlist)|buy now|in stock|out of stock|sku|free shipping|"
                       r"checkout|quantity|reviews?\b)", re.IGNORECASE),
    "forum": re.compile(r"\b(?:reply|replies|quote|joined|posts?:|thread|members?|registered|likes?|report post|"
                        r"permalink|#\d+)\b", re.IGNORECASE),
    "docs": re.compile(r"\b(?:parameters?|returns?|example|install(?:ation)?|api|configuration|syntax|documentation|"
                       r"docs|version|usage|arguments?)\b|\(\)|[{};]$", re.IGNORECASE),
    "listing": re.compile(r"\b(?:read more|continue reading|next page|previous page|older posts|newer posts|"
                          r"load more|page \d+ of|showing \d+|results?|filter|sort by|view all)\b", re.IGNORECASE),
    "service": re.compile(r"\b(?:contact us|get (?:a|your) (?:free )?quote|our services|book (?:now|a)|call (?:us|now)|"
                          r"free consultation|request|schedule|appointment|pricing|plans?)\b", re.IGNORECASE),
    "article": re.compile(r"\b(?:by [A-Z][a-z]+|published|updated|min read|minutes? read|posted on|written by|comments?)\b",
                          re.IGNORECASE),
}

#: Pronouns of a page that speaks for itself (service pages), to its reader (products, docs) or reports (news).
WE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
YOU = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)
REPORTED = re.compile(r"\b(?:he|she|they|said|says|told|according)\b", re.IGNORECASE)
#: Characters of code and markup (documentation pages).
CODE = re.compile(r"[(){}\[\]=<>_/\\;]|[a-z][A-Z]")


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of ``words``, longest first (so a longer word wins over its prefix).

    >>> alternation(["jan", "january", "mai"])
    'january|jan|mai'
    """
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# ---------------------------------------------------------------- word lists kept as data files

DATA_DIR = Path(__file__).resolve().parent / "data"


def data_lines(name: str) -> tuple[str, ...]:
    """The entries of ``cleaners/data/<name>``, in file order: one a line, stripped; empty lines and
    lines starting with ``#`` left out."""
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        return tuple(s for s in map(str.strip, fh) if s and not s.startswith("#"))


@functools.lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """First names (Faker's person providers, ~35 locales; see the file's header): a sign that a short
    capitalized line is a person, and where one name ends in a run of names.

    >>> len(first_names()) > 10_000, "Piotr" in first_names(), "April" in first_names()
    (True, True, False)
    """
    return frozenset(data_lines("first_names.txt"))


@functools.lru_cache(maxsize=1)
def ui_phrases() -> frozenset[str]:
    """Interface labels printed as a line of their own (normalized: casefolded words, one space)."""
    return frozenset(data_lines("ui_phrases.txt"))


@functools.lru_cache(maxsize=1)
def role_words() -> tuple[str, ...]:
    """Job titles, desks and page words that are never a word of an author's name, in file order."""
    return data_lines("role_words.txt")


@functools.lru_cache(maxsize=1)
def months_by_language() -> dict[str, dict[str, int]]:
    """Language tag (of the file's third column: "en", "es pt it", ...) -> month name -> month number,
    in file order."""
    out: dict[str, dict[str, int]] = {}
    for row in data_lines("months.tsv"):
        name, month, languages = row.split("\t")
        out.setdefault(languages, {})[name] = int(month)
    return out


@functools.lru_cache(maxsize=1)
def months() -> dict[str, int]:
    """Month name or abbreviation (de/en/es/fr/it/nl/pt, lower case) -> month number, in file order.

    >>> months()["märz"], months()["sept"], months()["dezembro"]
    (3, 9, 12)
    """
    return {name: n for names in months_by_language().values() for name, n in names.items()}
