"""Text normalization before any rule runs: repair mojibake, drop invisible characters."""

from __future__ import annotations

import re
import unicodedata

import ftfy

# C0/C1 control characters except tab and newline; they never carry article text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Zero-width and bidi formatting characters that scrapers leave inside words.
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")

_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,  # raw text may legitimately contain "&amp;" in prose about HTML
    uncurl_quotes=False,  # curly quotes are article text, keep them byte-for-byte
    fix_latin_ligatures=False,
    fix_character_width=False,
    normalization="NFC",
    explain=False,
)


def normalize_text(text: str) -> str:
    """Repair mojibake (ftfy), drop control and zero-width characters, unify line ends.

    >>> normalize_text("Kim\\u00e2\\u20ac\\u2122s visit\\r\\nnext\\u200b line\\x00")
    'Kim’s visit\\nnext line'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = ftfy.fix_text(text, config=_FTFY_CONFIG)
    text = _INVISIBLE.sub("", text)
    return unicodedata.normalize("NFC", text)


def normalize_line(line: str) -> str:
    """Collapse runs of spaces inside a line and trim it.

    >>> normalize_line("  \\u2022  Facebook\\u00a0 share button ")
    '• Facebook share button'
    """
    return _SPACES.sub(" ", line).strip()


def split_lines(text: str) -> list[str]:
    """Normalized, trimmed lines; blank lines are dropped (they carry no verdict)."""
    out = []
    for raw in text.split("\n"):
        line = normalize_line(raw)
        if line:
            out.append(line)
    return out
