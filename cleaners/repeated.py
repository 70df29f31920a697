"""Corpus-level repeated lines (CCNet's idea): a short line printed on many pages is boilerplate.

The flow counts, per run (and across runs, in the output's state), in how many documents each
short line occurs; lines at or above a threshold are handed to the cleaner as
``CleanConfig.repeated_lines``. Only short lines are counted: a long prose line shared by many
pages is a syndicated or duplicated article, which is the duplicate detector's business.
"""

from __future__ import annotations

import hashlib
import re

from cleaners.lines import Verdict
from cleaners.memo import new_memo, remembered
from cleaners.text import split_lines

MAX_WORDS = 12  # longer lines are never treated as repeated boilerplate
_DIGITS = re.compile(r"\d+")


#: line -> line_key(line), kept across documents: the pages of a site repeat the same short lines (the
#: very lines counted here), and the key depends on the line alone. Lines of up to KEY_MEMO_MAX_LEN
#: characters only; emptied when it holds KEY_MEMO_MAX lines (~190 bytes a line measured on a crawl, so
#: ~10 MB; a site's hot lines come back within a page after it is emptied).
_KEY_MEMO: dict[str, str] = new_memo()
KEY_MEMO_MAX = 50_000
KEY_MEMO_MAX_LEN = 300


def line_key(line: str) -> str:
    """A short hash of the line, case-folded with digits folded (so "© 2023" == "© 2024").

    >>> line_key("Most Popular") == line_key("most  popular"), line_key("© 2023 X") == line_key("© 2024 X")
    (True, True)
    """
    if len(line) > KEY_MEMO_MAX_LEN:
        return _line_key(line)
    return remembered(_KEY_MEMO, line, KEY_MEMO_MAX, _line_key, line)


def _line_key(line: str) -> str:
    norm = _DIGITS.sub("0", " ".join(line.casefold().split()))
    return hashlib.blake2b(norm.encode("utf-8"), digest_size=8).hexdigest()


def is_countable(line: str) -> bool:
    """Lines short enough to be boilerplate candidates.

    >>> is_countable("Sign up for our newsletter"), is_countable("word " * 30)
    (True, False)
    >>> is_countable(" ".join(["word"] * 12)), is_countable(" ".join(["word"] * 13)), is_countable(" ")
    (True, False, False)
    """
    return 0 < len(line.split(None, MAX_WORDS)) <= MAX_WORDS  # a longer line splits no further than this


def document_line_keys(text: str) -> set[str]:
    """The keys of a document's countable lines, each once (document frequency, not term frequency).

    Counting skips ftfy's repair (the cleaner's costliest step, done again in the cleaning pass):
    a line whose bytes needed repair just does not count as repeated.
    """
    return {line_key(ln) for ln in split_lines(text) if is_countable(ln)}


def repeated_keys(doc_counts: dict[str, int], documents: int, min_docs: int = 5, min_share: float = 0.01) -> frozenset[str]:
    """Keys occurring in at least ``min_docs`` documents and ``min_share`` of all documents.

    >>> sorted(repeated_keys({"a": 9, "b": 2}, documents=100))
    ['a']
    """
    floor = max(min_docs, int(documents * min_share))
    return frozenset(k for k, n in doc_counts.items() if n >= floor)


def drop_repeated_lines(page: list[str], verdicts: list[Verdict], repeated: frozenset[str]) -> list[Verdict]:
    """Drop kept lines that are corpus-level boilerplate (rule ``repeated_line``, kind ``repeated``).

    >>> keep = Verdict(True, "body", "body")
    >>> [v.rule for v in drop_repeated_lines(["Sign up now", "Kim met Putin."], [keep, keep],
    ...                                      frozenset({line_key("sign up now")}))]
    ['repeated_line', 'body']
    """
    out = list(verdicts)
    for i, (line, v) in enumerate(zip(page, verdicts)):
        if v.keep and is_countable(line) and line_key(line) in repeated:
            out[i] = Verdict(False, "repeated_line", "repeated")
    return out
