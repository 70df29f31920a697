"""Text normalization before any rule runs: repair mojibake, drop invisible characters."""

from __future__ import annotations

import re
import unicodedata

import ftfy
from ftfy.fixes import fix_c1_controls

# C0/C1 control characters except tab and newline; they never carry article text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Zero-width and bidi formatting characters that scrapers leave inside words.
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# The runs of _SPACES that are not already one plain space: a space followed by more, or a run that
# starts with another space character. Replacing only these with " " gives _SPACES.sub(" ", ...).
_SPACES_TO_FIX = re.compile(
    r" [ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000][ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]*"
)
# _CONTROL and _INVISIBLE in one class: both are deleted, so one pass gives the same text as two.
_DELETED = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u00ad]"
)

_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,  # raw text may legitimately contain "&amp;" in prose about HTML
    uncurl_quotes=False,  # curly quotes are article text, keep them byte-for-byte
    fix_latin_ligatures=False,
    fix_character_width=False,
    normalization="NFC",
    explain=False,
)


# UTF-8 read as Latin-1/cp1252 leaves a lead byte (Â..ô) followed by what a continuation byte
# (0x80-0xBF) becomes in those code pages. Text without such a pair has no mojibake for ftfy to
# fix, and this one regex pass costs far less than ftfy's own checks.
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160"
    "\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]"
)
_C1 = re.compile("[\u0080-\u009f]")


def might_be_mojibake(text: str) -> bool:
    """Cheap pre-check before ftfy.

    >>> might_be_mojibake("Kim\\u00e2\\u20ac\\u2122s visit"), might_be_mojibake("Gewinnabschöpfung für Bäume")
    (True, False)
    """
    return not text.isascii() and _MOJIBAKE_HINT.search(text) is not None


def normalize_text(text: str) -> str:
    """Repair mojibake (ftfy) and cp1252 C1 punctuation, drop control and zero-width chars, unify line ends.

    >>> normalize_text("Kim\\u00e2\\u20ac\\u2122s visit\\r\\nnext\\u200b line\\x00")
    'Kim’s visit\\nnext line'
    >>> normalize_text("Album \\x84Brave New Woman\\x93.")
    'Album „Brave New Woman“.'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if might_be_mojibake(text):
        text = ftfy.fix_text(text, config=_FTFY_CONFIG)
    elif _C1.search(text):
        text = fix_c1_controls(text)  # cp1252 quotes and dashes that arrived as C1 code points
    text = _DELETED.sub("", text)  # = _INVISIBLE.sub("", _CONTROL.sub("", text))
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text


def normalize_line(line: str) -> str:
    """Collapse runs of spaces inside a line and trim it.

    >>> normalize_line("  \\u2022  Facebook\\u00a0 share button ")
    '• Facebook share button'
    """
    return _SPACES.sub(" ", line).strip()


def split_lines(text: str) -> list[str]:
    """Normalized, trimmed lines; blank lines are dropped (they carry no verdict).

    Each line is :func:`normalize_line` of the raw line: space runs never hold a newline, so the runs
    are collapsed in one pass over the text, and only the runs that are not already a single " ".

    >>> split_lines("  Title\\u00a0 here \\n\\n\\t\\nbody  text\\u3000 ")
    ['Title here', 'body text']
    """
    return list(filter(None, map(str.strip, _SPACES_TO_FIX.sub(" ", text).split("\n"))))
