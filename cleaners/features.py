"""The feature table: every signal the learned decisions read, declared once.

A feature has a name, says what it reads and is computed for a whole batch at once:

* ``line`` features read the line's text alone. They are computed once per *distinct* line of a batch
  (a shard's pages repeat their menus, footers and share rows), as one column per feature.
* ``page`` features read the line together with facts of its page: the page's stop-word list and
  the verdicts of the hand-written rules (:class:`RuleFacts`), which stay in the table as signals.
* ``context`` features read the neighbourhood: windows of lines around it, the page's densest prose
  block, how many end markers came before it. Whole-array (numpy) operations over one page.

:func:`page_matrix` gathers a page's rows (one per line, columns in :data:`NAMES` order); the models in
:mod:`cleaners.decide` were trained on exactly these columns, and the model manifest records the
names so that a table and a model that do not match refuse to load.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from cleaners import dates, headline, lexicon
from cleaners import lines as L


@dataclass(frozen=True)
class Feature:
    name: str
    reads: str  # "line" | "page" | "context"
    doc: str
    compute: Callable[..., np.ndarray]
    categorical: bool = False  # an integer code, not a quantity (LightGBM splits it by category)


LINE_FEATURES: list[Feature] = []
PAGE_FEATURES: list[Feature] = []


def declare(table: list[Feature], reads: str, name: str, doc: str, categorical: bool = False):
    def register(fn: Callable[..., np.ndarray]) -> Callable[..., np.ndarray]:
        table.append(Feature(name, reads, doc, fn, categorical))
        return fn
    return register


def line_feature(name: str, doc: str, categorical: bool = False):
    return declare(LINE_FEATURES, "line", name, doc, categorical)


def page_feature(name: str, doc: str, reads: str = "page", categorical: bool = False):
    return declare(PAGE_FEATURES, reads, name, doc, categorical)


# ---------------------------------------------------------------- rule names as categories

#: The line rules' names (``cleaners.lines.LINE_RULES`` and the end markers) as category codes 1..n.
RULES: tuple[str, ...] = (*(name for name, _, _ in L.LINE_RULES), "end_marker", "related_marker")
RULE_CODE = {name: i + 1 for i, name in enumerate(RULES)}
NO_LINE = len(RULES) + 1  # the rule code of the line before the first and after the last
#: Verdicts of the rule engine (``lines.classify_lines``) as category codes.
VERDICTS: tuple[str, ...] = ("body", "before_body", "after_body", "after_end_marker", "headline",
                             "printed_twice", *RULES)
VERDICT_CODE = {name: i for i, name in enumerate(VERDICTS)}


def rule_codes(names: Sequence[str]) -> list[int]:
    return [RULE_CODE[n] for n in names]


# ---------------------------------------------------------------- line features (text alone)

_URL = re.compile(r"https?://|www\.|\.com\b")
_QUOTES = frozenset("\"“”«»„")
HEAD = 3000  # characters of a line the features look at (a 1 MB line costs what 3,000 characters do)


# Character classes of the Basic Multilingual Plane, as bit flags, for counting a whole batch's characters at
# once (numpy over the code points of every line) instead of one regex scan per line and class. The classes
# are those of Python's re module: \w = alphanumeric or "_", \d = decimal digit, \s = white space.
UPPER, DIGIT, LETTER, PUNCT, WORD, CJK, SEPARATOR = 1, 2, 4, 8, 16, 32, 64
_UPPER_RANGE = re.compile(f"[{lexicon.LATIN_CAPITALS}]")


@functools.cache
def char_classes() -> np.ndarray:
    """uint8 flags for every BMP code point (a character above U+FFFF counts as punctuation: emoji)."""
    flags = np.zeros(0x10000, np.uint8)
    for code in range(0x10000):
        ch = chr(code)
        word = ch.isalnum() or ch == "_"
        f = 0
        if _UPPER_RANGE.match(ch):
            f |= UPPER
        if ch.isdecimal():
            f |= DIGIT
        if word and not ch.isdecimal() and ch != "_":
            f |= LETTER
        if not word and not ch.isspace():
            f |= PUNCT
        if word:
            f |= WORD
        if L._CJK.match(ch):
            f |= CJK
        if ch in "|·»›/•":
            f |= SEPARATOR
        flags[code] = f
    flags[0xFFFF] = PUNCT
    return flags


class CharCounts:
    """Per-line counts of character classes over a batch of lines (their first HEAD characters)."""

    def __init__(self, heads: Sequence[str]) -> None:
        lengths = np.fromiter(map(len, heads), np.int64, len(heads))
        self.ends = np.cumsum(lengths)
        self.starts = self.ends - lengths
        codes = np.frombuffer("".join(heads).encode("utf-32-le", "surrogatepass"), np.uint32)
        self.bmp_codes = np.minimum(codes, 0xFFFF)  # (a character above U+FFFF counts as U+FFFF)
        self.flags = char_classes()[self.bmp_codes]
        #: lines with a character above U+FFFF (whose classes the BMP tables do not give exactly)
        self.astral = self.sum_per_line(codes > 0xFFFF) > 0

    def sum_per_line(self, x: np.ndarray) -> np.ndarray:
        """Sum of ``x`` (one value per character) over the characters of each line (int64)."""
        c = np.concatenate([[0], np.cumsum(x, dtype=np.int64)])
        return c[self.ends] - c[self.starts]

    def count(self, bit: int) -> np.ndarray:
        """Characters of each line with class ``bit``."""
        c = np.concatenate([[0], np.cumsum((self.flags & bit) != 0)])
        return (c[self.ends] - c[self.starts]).astype(np.float64)

    def runs(self, bit: int) -> np.ndarray:
        """Maximal runs of characters of class ``bit`` in each line (``\\w+`` matches for WORD)."""
        inside = (self.flags & bit) != 0
        begins = inside.copy()
        begins[1:] &= ~inside[:-1]
        begins[self.starts[self.starts < len(inside)]] = inside[self.starts[self.starts < len(inside)]]
        c = np.concatenate([[0], np.cumsum(begins)])
        return (c[self.ends] - c[self.starts]).astype(np.float64)


CUES: tuple[str, ...] = tuple(lexicon.PAGE_KIND_CUES)
_CUE_PATTERNS = tuple(lexicon.PAGE_KIND_CUES.values())


CUE_HEAD = 300  # characters of a line the page-kind cues look at


def lines_matching(rx: re.Pattern[str], texts: Sequence[str]) -> np.ndarray:
    """Booleans: does ``rx`` match in each of the ``texts``? One call for the whole batch (Arrow's RE2).

    The same as ``rx.search(text)`` line by line, but for RE2's ASCII word boundary: ``\\b`` next to a
    non-ASCII letter ("By Hlín") is a boundary here, not in Python (20 of 2.4 million cue checks
    on the dev sets' lines differ). 14x faster than ``re`` on a batch of 64 pages' distinct lines.
    """
    if not texts:
        return np.zeros(0, bool)
    found = pc.match_substring_regex(pa.array(texts, pa.large_string()), rx.pattern,
                                     ignore_case=bool(rx.flags & re.IGNORECASE))
    return found.to_numpy(zero_copy_only=False).astype(bool)


#: "not known yet" in a list of line-rule results (None is a result: no rule matches)
UNKNOWN_RULE = ("?", "?")


class LineBatch:
    """Distinct lines of a batch, with what several features share computed once."""

    def __init__(self, lines: Sequence[str], known_rules: Sequence[tuple[str, str] | None] | None = None) -> None:
        self.text = list(lines)
        self.head = [line[:HEAD] for line in self.text]
        #: each line's lines.rules_debris where the caller knows it already (UNKNOWN_RULE where not)
        self.known_rules = known_rules

    def __len__(self) -> int:
        return len(self.text)

    def column(self, fn: Callable[[str], float]) -> np.ndarray:
        return np.fromiter(map(fn, self.head), np.float64, len(self.head))

    @cached_property
    def n_chars(self) -> np.ndarray:
        return np.fromiter(map(len, self.text), np.float64, len(self.text))

    @cached_property
    def chars(self) -> CharCounts:
        return CharCounts(self.head)

    @cached_property
    def words(self) -> list[list[str]]:
        return [h.split() for h in self.head]

    @cached_property
    def cues(self) -> np.ndarray:
        """(lines, cues) booleans: the page-kind cues in each line's first 300 characters (cleaners.lexicon).
        One :func:`lines_matching` call per cue for the whole batch."""
        heads = [h[:CUE_HEAD] for h in self.head]
        return np.column_stack([lines_matching(rx, heads) for rx in _CUE_PATTERNS]).reshape(len(heads), len(CUES))

    @cached_property
    def debris(self) -> list[tuple[str, str] | None]:
        """``lines.rules_debris`` of each line (run only where not known already)."""
        if self.known_rules is None:
            return [L.rules_debris(line) for line in self.text]
        return [L.rules_debris(line) if d is UNKNOWN_RULE else d for line, d in zip(self.text, self.known_rules)]

    @cached_property
    def letters(self) -> np.ndarray:
        return np.maximum(self.chars.count(LETTER), 1.0)


@line_feature("rule", "the first line rule that matches (cleaners.lines), 0 for none", categorical=True)
def _rule(b: LineBatch) -> np.ndarray:
    return np.array([RULE_CODE[d[0]] if d else 0 for d in b.debris], np.float64)


@line_feature("n_chars", "characters")
def _n_chars(b: LineBatch) -> np.ndarray:
    return b.n_chars


@line_feature("log_chars", "log(1 + characters)")
def _log_chars(b: LineBatch) -> np.ndarray:
    return np.log1p(b.n_chars)


@line_feature("n_words", "words, CJK characters counting half a word")
def _n_words(b: LineBatch) -> np.ndarray:
    return b.column(L.count_words)


@line_feature("n_tokens", "runs of word characters")
def _n_tokens(b: LineBatch) -> np.ndarray:
    return b.chars.runs(WORD)


@line_feature("mean_token", "mean length of a token")
def _mean_token(b: LineBatch) -> np.ndarray:
    tokens = b.chars.runs(WORD)
    return np.divide(b.chars.count(WORD), tokens, out=np.zeros(len(b)), where=tokens > 0)


@line_feature("terminal", "ends like a sentence (. ! ? or a closing quote)")
def _terminal(b: LineBatch) -> np.ndarray:
    return np.array([L._TERMINAL.search(t[-2:]) is not None for t in b.text], np.float64)


@line_feature("colon_end", "ends with a colon (a label or a list's lead)")
def _colon_end(b: LineBatch) -> np.ndarray:
    return np.array([t.endswith(":") for t in b.text], np.float64)


@line_feature("title_case", "share of capitalized words")
def _title_case(b: LineBatch) -> np.ndarray:
    return title_case_shares(b)


SPACE, CASED, CAPITAL = 1, 2, 4  # flags of initial_classes()


@functools.cache
def initial_classes() -> np.ndarray:
    """uint8 flags for every BMP code point: SPACE (``str.split()`` splits there), CASED (a letter with a
    case, as :func:`lines.title_case_share` counts them), CAPITAL (an upper-case one of those)."""
    flags = np.zeros(0x10000, np.uint8)
    flags[[c for c in range(0x10000) if chr(c).isspace()]] = SPACE
    cased, upper = L._cased_letters()
    flags[[ord(c) for c in cased if ord(c) < 0x10000]] |= CASED
    flags[[ord(c) for c in upper if ord(c) < 0x10000]] |= CAPITAL
    flags[0xFFFF] = 0  # (stands for every character above U+FFFF: such lines are computed one by one)
    flags.flags.writeable = False
    return flags


def title_case_shares(b: LineBatch) -> np.ndarray:
    """``lines.title_case_share(head.split())`` of every line of the batch, counted over the whole batch's
    characters at once: a word's initial is a non-space character after a space or at the line's start.
    Lines with characters above U+FFFF are computed one by one (the tables cover the BMP)."""
    chars = b.chars
    flags = initial_classes()[chars.bmp_codes]
    inside = (flags & SPACE) == 0
    initial = inside.copy()
    initial[1:] &= ~inside[:-1]
    firsts = chars.starts[chars.starts < len(inside)]
    initial[firsts] = inside[firsts]
    cased = chars.sum_per_line(initial & ((flags & CASED) != 0))
    upper = chars.sum_per_line(initial & ((flags & CAPITAL) != 0))
    shares = np.divide(upper, cased, out=np.zeros(len(b)), where=cased >= 3)
    for i in np.flatnonzero(chars.astral):
        shares[i] = L.title_case_share(b.head[i].split())
    return shares


@line_feature("upper_share", "upper-case letters among letters")
def _upper_share(b: LineBatch) -> np.ndarray:
    return b.chars.count(UPPER) / b.letters


@line_feature("digit_share", "digits among characters")
def _digit_share(b: LineBatch) -> np.ndarray:
    return b.chars.count(DIGIT) / np.maximum(b.n_chars, 1.0)


@line_feature("punct_share", "punctuation among characters")
def _punct_share(b: LineBatch) -> np.ndarray:
    return b.chars.count(PUNCT) / np.maximum(b.n_chars, 1.0)


@line_feature("bullet", "a list item (starts with •)")
def _bullet(b: LineBatch) -> np.ndarray:
    return np.array([t.startswith("•") for t in b.text], np.float64)


@line_feature("separators", "menu separators | · » › / •")
def _separators(b: LineBatch) -> np.ndarray:
    return b.chars.count(SEPARATOR)


@line_feature("url", "holds a URL")
def _url(b: LineBatch) -> np.ndarray:
    return b.column(lambda h: _URL.search(h) is not None)


@line_feature("email", "holds an e-mail address")
def _email(b: LineBatch) -> np.ndarray:
    return b.column(lambda h: "@" in h and L._EMAIL.search(h) is not None)  # (the pattern needs its "@")


@line_feature("cjk_share", "Chinese/Japanese characters among characters")
def _cjk_share(b: LineBatch) -> np.ndarray:
    return b.chars.count(CJK) / np.maximum(b.n_chars, 1.0)


@line_feature("commas", "commas")
def _commas(b: LineBatch) -> np.ndarray:
    return b.column(lambda h: h.count(","))


@line_feature("quote", "holds a quotation mark")
def _quote(b: LineBatch) -> np.ndarray:
    return b.column(lambda h: not _QUOTES.isdisjoint(h))


@line_feature("starts_digit", "starts with a digit")
def _starts_digit(b: LineBatch) -> np.ndarray:
    return b.column(lambda h: h[:1].isdigit())


@line_feature("starts_upper", "starts with an upper-case letter")
def _starts_upper(b: LineBatch) -> np.ndarray:
    return b.column(lambda h: h[:1].isupper())


@line_feature("ellipsis_end", "ends with an ellipsis (a teaser)")
def _ellipsis_end(b: LineBatch) -> np.ndarray:
    return np.array([t.endswith(("…", "...")) for t in b.text], np.float64)


for _k, _cue in enumerate(CUES):
    line_feature(f"cue_{_cue}", f"a {_cue} cue in the first 300 characters (cleaners.lexicon)")(
        lambda b, k=_k: b.cues[:, k].astype(np.float64))


@line_feature("has_date", "a date written in the line (lines under 200 characters)")
def _has_date(b: LineBatch) -> np.ndarray:
    return b.column(lambda h: len(h) < 200 and dates._DIGIT.search(h) is not None and bool(dates.dates_in_line(h)))


def line_table(lines: Sequence[str], known_rules: Sequence[tuple[str, str] | None] | None = None) -> np.ndarray:
    """The line features of each of ``lines`` (give distinct lines: the work is per line); ``known_rules``:
    each line's ``lines.rules_debris`` where known already, else :data:`UNKNOWN_RULE`."""
    batch = LineBatch(lines, known_rules)
    if not len(batch):
        return np.zeros((0, len(LINE_FEATURES)))
    return np.column_stack([f.compute(batch) for f in LINE_FEATURES])


# ---------------------------------------------------------------- page facts


@dataclass(frozen=True)
class RuleFacts:
    """What the hand-written rules decided on a page; the learned decisions read it as features."""

    verdicts: Sequence[L.Verdict]  # lines.classify_lines, with the headline marked
    headline_index: int | None
    byline_index: int | None
    stoplist: frozenset[str]


class PageLineMemo:
    """What the page features compute from a line (and its page's stoplist) alone, once per distinct
    line of a batch of pages: the pages of a site repeat their menus, footers and teasers."""

    def __init__(self) -> None:
        self._value_stop: dict[tuple[str, frozenset[str]], tuple[float, float | None]] = {}
        self._dup_keys: dict[str, str] = {}

    def value_and_stop(self, lines: Sequence[str], stoplist: frozenset[str],
                       found_by_rules: dict[str, tuple[float, float | None]] | None = None) -> list[tuple[float, float | None]]:
        """``lines.value_and_stop`` of each line: its prose value and stop-word share. ``found_by_rules``: what
        the page's rules computed already (``PageRules.line_values``; shares may be ``lines.STOP_UNKNOWN``)."""
        known = self._value_stop
        by_rules = found_by_rules or {}
        out = []
        for line in lines:
            key = (line, stoplist)
            found = known.get(key)
            if found is None:
                found = by_rules.get(line)
                if found is None or found[1] == L.STOP_UNKNOWN:
                    found = L.value_and_stop(line, stoplist)
                known[key] = found
            out.append(found)
        return out

    def dup_keys(self, lines: Sequence[str]) -> list[str]:
        """:func:`dup_key` of each line."""
        known = self._dup_keys
        out = []
        for line in lines:
            key = known.get(line)
            if key is None:
                key = known[line] = dup_key(line)
            out.append(key)
        return out


class Page:
    """One page's lines, their line-feature rows and the rules' facts, for the page features."""

    def __init__(self, lines: Sequence[str], alone: np.ndarray, facts: RuleFacts,
                 memo: PageLineMemo | None = None, line_values: dict[str, tuple[float, float | None]] | None = None) -> None:
        self.lines = lines
        self.n = len(lines)
        self.alone = alone  # (n, len(LINE_FEATURES))
        self.facts = facts
        self.memo = memo or PageLineMemo()  # shared by the pages of a batch
        self.line_values = line_values  # the rules' prose values and stop shares (PageRules.line_values)
        self.index = np.arange(self.n)
        self._masks: dict[tuple[str, ...], np.ndarray] = {}

    def col(self, name: str) -> np.ndarray:
        return self.alone[:, _LINE_INDEX[name]]

    @cached_property
    def value_and_stop(self) -> list[tuple[float, float | None]]:
        return self.memo.value_and_stop(self.lines, self.facts.stoplist, self.line_values)

    @cached_property
    def prose(self) -> np.ndarray:
        """The rules' prose value of each line (``lines.prose_value``: sentences positive)."""
        return np.array([value for value, _ in self.value_and_stop])

    def marker_mask(self, names: tuple[str, ...]) -> np.ndarray:
        """1.0 where the line's rule is one of ``names`` (the page's masks are kept: several features read one)."""
        mask = self._masks.get(names)
        if mask is None:
            mask = self._masks[names] = _rule_lookup(names)[self.rule]
        return mask

    @cached_property
    def prose_mass(self) -> np.ndarray:
        return np.maximum(self.prose, 0.0)

    @cached_property
    def rule(self) -> np.ndarray:
        return self.col("rule").astype(np.int64)

    @cached_property
    def kept_by_rules(self) -> np.ndarray:
        return np.array([v.keep for v in self.facts.verdicts], np.float64)

    @cached_property
    def densest_block(self) -> tuple[int, int]:
        """[start, end) of the run of lines with the largest prose value (non-prose lines cost 1)."""
        return L.max_sum_span(np.where(self.prose > 0, self.prose, -1.0).tolist())

    @cached_property
    def longest(self) -> int:
        return int(np.argmax(self.col("n_chars"))) if self.n else 0


@functools.lru_cache(maxsize=4096)
def _window_bounds(n: int, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(ends, starts, sizes) of the windows i-k..i+k of a page of ``n`` lines (cut at its ends); the
    arrays are shared (read only): pages of the same length ask for the same windows.

    >>> [a.tolist() for a in _window_bounds(3, 1)]
    [[2, 3, 3], [0, 0, 1], [2, 3, 2]]
    """
    i = np.arange(n)
    ends, starts = np.minimum(i + k + 1, n), np.maximum(i - k, 0)
    sizes = ends - starts
    for a in (ends, starts, sizes):
        a.flags.writeable = False
    return ends, starts, sizes


def window_sum(x: np.ndarray, k: int) -> np.ndarray:
    """Sum of ``x`` over lines i-k..i+k (cut at the page's ends).

    >>> window_sum(np.array([1.0, 2.0, 3.0, 4.0]), 1).tolist()
    [3.0, 6.0, 9.0, 7.0]
    """
    ends, starts, _ = _window_bounds(len(x), k)
    c = np.concatenate([[0.0], np.cumsum(x)])
    return c[ends] - c[starts]


def window_mean(x: np.ndarray, k: int) -> np.ndarray:
    """Mean of ``x`` over lines i-k..i+k (cut at the page's ends).

    >>> window_mean(np.array([1.0, 2.0, 3.0, 4.0]), 1).tolist()
    [1.5, 2.0, 3.0, 3.5]
    """
    return window_sum(x, k) / _window_bounds(len(x), k)[2]


def shifted(x: np.ndarray, k: int, fill: float) -> np.ndarray:
    """``x`` of the line k before (k > 0) or after (k < 0); ``fill`` past the page's ends.

    >>> shifted(np.array([1.0, 2.0, 3.0]), 1, -1).tolist(), shifted(np.array([1.0, 2.0, 3.0]), -1, -1).tolist()
    ([-1.0, 1.0, 2.0], [2.0, 3.0, -1.0])
    """
    if not len(x):
        return x
    if k > 0:
        return np.concatenate([np.full(k, fill), x[:-k]])[: len(x)]
    return np.concatenate([x[-k:], np.full(-k, fill)])[: len(x)]


# ---------------------------------------------------------------- page features: the rules' verdicts


@page_feature("verdict", "the rule engine's verdict for the line (lines.classify_lines)", categorical=True)
def _verdict(p: Page) -> np.ndarray:
    return np.array([VERDICT_CODE.get(v.rule, len(VERDICTS)) for v in p.facts.verdicts], np.float64)


@page_feature("rules_keep", "the rule engine keeps the line")
def _rules_keep(p: Page) -> np.ndarray:
    return p.kept_by_rules


@page_feature("stop_share", "stop words of the page's language among the words (-1: no stoplist)")
def _stop_share(p: Page) -> np.ndarray:
    if not p.facts.stoplist:
        return np.full(p.n, -1.0)
    return np.array([s if s is not None else -1.0 for _, s in p.value_and_stop])


@page_feature("prose", "the rules' prose value (sentences positive, link-like lines negative)")
def _prose(p: Page) -> np.ndarray:
    return p.prose


@page_feature("has_stoplist", "the page's language has a stoplist", reads="page")
def _has_stoplist(p: Page) -> np.ndarray:
    return np.full(p.n, float(bool(p.facts.stoplist)))


@page_feature("n_lines", "lines on the page")
def _n_lines(p: Page) -> np.ndarray:
    return np.full(p.n, float(p.n))


# ---------------------------------------------------------------- context features


@page_feature("rel_pos", "position on the page, 0..1", reads="context")
def _rel_pos(p: Page) -> np.ndarray:
    return p.index / max(p.n - 1, 1)


@page_feature("headline_dist", "lines after the rules' headline (-999: none)", reads="context")
def _headline_dist(p: Page) -> np.ndarray:
    h = p.facts.headline_index
    return (p.index - h).astype(np.float64) if h is not None else np.full(p.n, -999.0)


@page_feature("byline_dist", "lines after the rules' byline (-999: none)", reads="context")
def _byline_dist(p: Page) -> np.ndarray:
    b = p.facts.byline_index
    return (p.index - b).astype(np.float64) if b is not None else np.full(p.n, -999.0)


@page_feature("rules_keep_w5", "lines the rules keep among the 11 around", reads="context")
def _rules_keep_w5(p: Page) -> np.ndarray:
    return window_sum(p.kept_by_rules, 5)


@page_feature("rules_keep_w15", "lines the rules keep among the 31 around", reads="context")
def _rules_keep_w15(p: Page) -> np.ndarray:
    return window_sum(p.kept_by_rules, 15)


@page_feature("rules_span_dist", "lines outside the span the rules keep (0 inside)", reads="context")
def _rules_span_dist(p: Page) -> np.ndarray:
    kept = np.flatnonzero(p.kept_by_rules)
    if not len(kept):
        return np.full(p.n, float(p.n))
    lo, hi = kept[0], kept[-1]
    return np.where(p.index < lo, lo - p.index, np.where(p.index > hi, p.index - hi, 0)).astype(np.float64)


@page_feature("prose_w5", "prose value of the 11 lines around", reads="context")
def _prose_w5(p: Page) -> np.ndarray:
    return window_sum(p.prose_mass, 5)


@page_feature("prose_w15", "prose value of the 31 lines around", reads="context")
def _prose_w15(p: Page) -> np.ndarray:
    return window_sum(p.prose_mass, 15)


@page_feature("prose_before", "share of the page's prose above the line", reads="context")
def _prose_before(p: Page) -> np.ndarray:
    c = np.cumsum(p.prose_mass)
    return (c - p.prose_mass) / (c[-1] or 1.0) if p.n else c


@page_feature("prose_after", "share of the page's prose below the line", reads="context")
def _prose_after(p: Page) -> np.ndarray:
    c = np.cumsum(p.prose_mass)
    return (c[-1] - c) / (c[-1] or 1.0) if p.n else c


for _k, _fill in ((1, -9.0), (-1, -9.0)):
    page_feature(f"prose_{'prev' if _k > 0 else 'next'}", f"prose value of the line {'before' if _k > 0 else 'after'}",
                 reads="context")(lambda p, k=_k, fill=_fill: shifted(p.prose, k, fill))
    page_feature(f"rule_{'prev' if _k > 0 else 'next'}", f"line rule of the line {'before' if _k > 0 else 'after'}",
                 reads="context", categorical=True)(lambda p, k=_k: shifted(p.rule.astype(np.float64), k, NO_LINE))
    page_feature(f"words_{'prev' if _k > 0 else 'next'}", f"words of the line {'before' if _k > 0 else 'after'}",
                 reads="context")(lambda p, k=_k: shifted(p.col("n_words"), k, -1.0))


@page_feature("dup_in_page", "times the exact line is on the page", reads="context")
def _dup_in_page(p: Page) -> np.ndarray:
    counts = Counter(p.lines)
    return np.array([counts[line] for line in p.lines], np.float64)


_KEY_NORM = re.compile(r"[\W\d_]+")


def dup_key(line: str) -> str:
    """The line without case, digits and punctuation (``key_dup_in_page`` counts these)."""
    return _KEY_NORM.sub(" ", line[:HEAD].casefold()).strip()


@page_feature("key_dup_in_page", "times the line is on the page, ignoring case, digits and punctuation", reads="context")
def _key_dup_in_page(p: Page) -> np.ndarray:
    keys = p.memo.dup_keys(p.lines)
    counts = Counter(keys)
    return np.array([counts[k] for k in keys], np.float64)


@page_feature("printed_twice", "the same line right before or after (a caption)", reads="context")
def _printed_twice(p: Page) -> np.ndarray:
    return np.array([L.printed_twice(p.lines, i) for i in range(p.n)], np.float64)


#: Line rules that mark the end of an article or the start of a box, counted before and after a line.
MARKERS = {
    "copyright": ("copyright", "legal_notice"),
    "end": ("end_marker",),
    "related": ("related_marker", "inline_link", "teaser"),
    "comment": ("comment_header",),
    "share": ("share_button",),
    "newsletter": ("newsletter", "contact_line", "cookie_notice"),
    "date": ("date_line",),
}


@functools.cache
def _rule_lookup(names: tuple[str, ...]) -> np.ndarray:
    """1.0 at the rule codes of ``names``, 0.0 at every other code (0..NO_LINE): a page's mask is one lookup."""
    lookup = np.zeros(NO_LINE + 1, np.float64)
    lookup[rule_codes(names)] = 1.0
    lookup.flags.writeable = False
    return lookup


def _marker_mask(p: Page, names: tuple[str, ...]) -> np.ndarray:
    """1.0 where the line's rule is one of ``names`` (as ``np.isin(p.rule, rule_codes(names))``)."""
    return p.marker_mask(names)


for _name, _rules in MARKERS.items():
    page_feature(f"{_name}_before", f"{_name} lines above ({', '.join(_rules)})", reads="context")(
        lambda p, r=_rules: (lambda m: np.cumsum(m) - m)(_marker_mask(p, r)))
    page_feature(f"{_name}_after", f"{_name} lines below", reads="context")(
        lambda p, r=_rules: (lambda m: m.sum() - np.cumsum(m))(_marker_mask(p, r)))


@page_feature("markers_since_longest", "share/comment/related/end/newsletter lines between the longest line "
              "and this one (0 above it)", reads="context")
def _markers_since_longest(p: Page) -> np.ndarray:
    m = _marker_mask(p, ("comment_header", "inline_link", "share_button", "end_marker", "related_marker", "newsletter"))
    c = np.cumsum(m)
    return np.where(p.index > p.longest, c - c[p.longest], 0.0) if p.n else c


@page_feature("from_longest", "lines from the longest line, over the page's lines", reads="context")
def _from_longest(p: Page) -> np.ndarray:
    return (p.index - p.longest) / max(p.n, 1)


_WINDOWED = {
    "date": lambda p: (p.rule == RULE_CODE["date_line"]).astype(np.float64),
    "bullet": lambda p: p.col("bullet"),
    "short": lambda p: (p.col("n_words") < 5).astype(np.float64),
    "titled": lambda p: (p.col("title_case") >= 0.6).astype(np.float64),
    "prose": lambda p: (p.prose > 0).astype(np.float64),
}
for _name, _fn in _WINDOWED.items():
    for _k in (3, 8):
        page_feature(f"{_name}_share_w{_k}", f"share of {_name} lines among the {2 * _k + 1} around", reads="context")(
            lambda p, fn=_fn, k=_k: window_mean(fn(p), k))


@page_feature("block_side", "-1 above the densest prose block, 0 inside, 1 below", reads="context")
def _block_side(p: Page) -> np.ndarray:
    s, e = p.densest_block
    return np.where(p.index < s, -1.0, np.where(p.index >= e, 1.0, 0.0))


@page_feature("block_dist", "lines outside the densest prose block (0 inside)", reads="context")
def _block_dist(p: Page) -> np.ndarray:
    s, e = p.densest_block
    return np.where(p.index < s, s - p.index, np.where(p.index >= e, p.index - e + 1, 0)).astype(np.float64)


@page_feature("mass_above_block", "share of the page's prose above the densest block", reads="context")
def _mass_above_block(p: Page) -> np.ndarray:
    s, _ = p.densest_block
    total = p.prose_mass.sum() or 1.0
    return np.full(p.n, p.prose_mass[:s].sum() / total)


@page_feature("mass_below_block", "share of the page's prose below the densest block", reads="context")
def _mass_below_block(p: Page) -> np.ndarray:
    _, e = p.densest_block
    total = p.prose_mass.sum() or 1.0
    return np.full(p.n, p.prose_mass[e:].sum() / total)


def _prose_runs(p: Page) -> np.ndarray:
    prose = (p.prose > 0).astype(np.int64)
    return np.cumsum(np.concatenate([[1], (prose[1:] != prose[:-1]).astype(np.int64)])) if p.n else prose


@page_feature("prose_run_lines", "lines in the run of prose lines holding the line (0: not prose)", reads="context")
def _prose_run_lines(p: Page) -> np.ndarray:
    runs = _prose_runs(p)
    return np.bincount(runs)[runs] * (p.prose > 0) if p.n else p.prose


@page_feature("prose_run_mass", "prose value of the run of lines of the same kind (prose or not)", reads="context")
def _prose_run_mass(p: Page) -> np.ndarray:
    runs = _prose_runs(p)
    return np.bincount(runs, weights=p.prose_mass)[runs] if p.n else p.prose


# ---------------------------------------------------------------- the table

FEATURES: tuple[Feature, ...] = (*LINE_FEATURES, *PAGE_FEATURES)
NAMES: tuple[str, ...] = tuple(f.name for f in FEATURES)
CATEGORICAL: tuple[str, ...] = tuple(f.name for f in FEATURES if f.categorical)
#: What ``cleaners.html.render_lines`` tells of each line of an HTML page, one column each: the share of its
#: characters inside links, the kind of block that holds it (a heading, a paragraph, a list item, a table
#: cell) and the page region around it (navigation, header, footer or aside; article or main).
STRUCTURE_COLUMNS: tuple[str, ...] = ("link_share", "in_heading", "in_paragraph", "in_list_item", "in_table_cell",
                                      "in_page_chrome", "in_article")
#: The HTML line model's columns: the line features, then :func:`cover_columns`, then :func:`structure_columns`.
HTML_NAMES: tuple[str, ...] = (*NAMES, "main_text_cover", "main_text_cover_prev", "main_text_cover_next",
                               "main_text_cover_window", *(f"html_{c}" for c in STRUCTURE_COLUMNS),
                               "html_link_share_prev", "html_link_share_next", "html_link_share_window")
COVER_WINDOW = 5  # lines either side


def cover_columns(cover: np.ndarray) -> np.ndarray:
    """The HTML line model's extra columns from each line's share of word pairs in trafilatura's main text
    (``cleaners.html.main_text_cover``; NaN for a line without words): the line's, the previous and next
    line's, and the mean over the lines within :data:`COVER_WINDOW` (NaN counting 0). Trafilatura keeps
    blocks, so a line amid kept lines is likely kept too (CV body F1 of the HTML model, articles-dev .964 ->
    .968 with the context, wcxb-dev .941 either way).

    >>> cover_columns(np.array([1.0, np.nan, 0.0])).round(2).tolist()
    [[1.0, nan, nan, 0.33], [nan, 1.0, 0.0, 0.33], [0.0, nan, nan, 0.33]]
    """
    n = len(cover)
    prev = np.r_[np.nan, cover[:-1]] if n else cover
    nxt = np.r_[cover[1:], np.nan] if n else cover
    sums = np.r_[0.0, np.cumsum(np.nan_to_num(cover, nan=0.0))]
    index = np.arange(n)
    lo, hi = np.maximum(index - COVER_WINDOW, 0), np.minimum(index + COVER_WINDOW + 1, n)
    return np.column_stack([cover, prev, nxt, (sums[hi] - sums[lo]) / np.maximum(hi - lo, 1)])


def structure_columns(structure: np.ndarray) -> np.ndarray:
    """The HTML line model's columns from the page's markup (``cleaners.html.page_structure``, NaN for a
    line not matched to the rendering): :data:`STRUCTURE_COLUMNS`, then the link share of the previous and
    next line and its mean within :data:`COVER_WINDOW` lines (as :func:`cover_columns`).

    >>> structure_columns(np.array([[1.0, 0, 0, 0, 0, 1, 0], [0.0, 0, 1, 0, 0, 0, 1]]))[:, -3:].round(2).tolist()
    [[nan, 0.0, 0.5], [1.0, nan, 0.5]]
    """
    return np.column_stack([structure, cover_columns(structure[:, 0])[:, 1:]]) if len(structure) else \
        np.zeros((0, len(STRUCTURE_COLUMNS) + 3))
_LINE_INDEX = {f.name: i for i, f in enumerate(LINE_FEATURES)}
assert len(set(NAMES)) == len(NAMES), "a feature name is declared twice"


def page_matrix(lines: Sequence[str], alone: np.ndarray, facts: RuleFacts, memo: PageLineMemo | None = None,
                line_values: dict[str, tuple[float, float | None]] | None = None) -> np.ndarray:
    """Every feature of every line of a page: (lines, len(NAMES)); ``alone`` holds the page's line-feature rows,
    ``memo`` the per-line results of the batch's other pages (give one to all the pages of a batch),
    ``line_values`` the prose values and stop shares the page's rules computed (``PageRules.line_values``)."""
    page = Page(lines, alone, facts, memo, line_values)
    if not page.n:
        return np.zeros((0, len(NAMES)))
    return np.column_stack([alone, *(f.compute(page) for f in PAGE_FEATURES)])


class DistinctLines:
    """Line-feature rows for the lines of many pages, computed once per distinct line."""

    def __init__(self) -> None:
        self._index: dict[str, int] = {}
        self._pending: list[str] = []
        self._pending_rules: list[tuple[str, str] | None] = []
        self._rows: list[np.ndarray] = []

    def add(self, lines: Sequence[str], line_rules: dict[str, tuple[str, str] | None] | None = None) -> np.ndarray:
        """Row numbers of ``lines`` (new lines are queued for :meth:`table`); ``line_rules``: the lines'
        ``lines.rules_debris`` where already known (``PageRules.line_rules``)."""
        index, pending, pending_rules = self._index, self._pending, self._pending_rules
        known = line_rules.get if line_rules is not None else None
        out = np.empty(len(lines), np.int64)
        for k, line in enumerate(lines):
            i = index.get(line)
            if i is None:
                i = index[line] = len(index)
                pending.append(line)
                pending_rules.append(known(line, UNKNOWN_RULE) if known is not None else UNKNOWN_RULE)
            out[k] = i
        return out

    def table(self) -> np.ndarray:
        """The rows of every line added so far (the queued ones computed in one batch)."""
        if self._pending:
            self._rows.append(line_table(self._pending, self._pending_rules))
            self._pending, self._pending_rules = [], []
        if not self._rows:
            return np.zeros((0, len(LINE_FEATURES)))
        if len(self._rows) > 1:
            self._rows = [np.vstack(self._rows)]
        return self._rows[0]


def describe() -> list[tuple[str, str, str]]:
    """(name, reads, doc) of every feature, in column order (``newsclean features``, the README)."""
    return [(f.name, f.reads, f.doc) for f in FEATURES]



# ---------------------------------------------------------------- page-kind features (one row per page)

KIND_FEATURES: list[Feature] = []


def kind_feature(name: str, doc: str):
    return declare(KIND_FEATURES, "page", name, doc)


#: Lines of at most this many words are a page's menus, buttons and headings: the words that say its kind.
KIND_TERM_LINE_WORDS = 6
_KIND_TOKEN = re.compile(r"[^\W\d_]{2,}|\n")  # a word of 2+ letters, or the break between two lines


def kind_terms(lines: Sequence[str]) -> frozenset[str]:
    """The lowercased words and word pairs of a page's short lines (at most :data:`KIND_TERM_LINE_WORDS`
    words; lines as :func:`cleaners.text.split_lines` makes them, one space between words): "add to cart",
    "reply", "read more" say a page's kind whatever its prose says.

    >>> sorted(kind_terms(["Add to cart", "A long line of prose that says nothing about the kind of page"]))
    ['add', 'add to', 'cart', 'to', 'to cart']
    """
    short = "\n".join([line for line in lines if line.count(" ") < KIND_TERM_LINE_WORDS])
    tokens = _KIND_TOKEN.findall(short.lower())
    terms = set(tokens)
    terms.update(map(" ".join, zip(tokens, tokens[1:])))
    return frozenset(term for term in terms if "\n" not in term)


def kind_words_score(terms: frozenset[str], weights: Mapping[str, float]) -> float:
    """The summed weights of the terms ``weights`` knows, over sqrt(1 + how many it knows)."""
    known = sorted([weights[t] for t in terms if t in weights])
    return float(np.sum(known)) / np.sqrt(len(known) + 1.0) if known else 0.0


class PageSummary:
    """A page with its feature rows and the line model's P(body) per line: what page kind reads.

    ``kind_words``: the learned weight of each short-line term (:func:`kind_terms`) for article vs other
    kinds (``models/kind_words.tsv``; empty: the feature reads 0)."""

    def __init__(self, lines: Sequence[str], rows: np.ndarray, p_body: np.ndarray, facts: RuleFacts,
                 threshold: float = 0.5, kind_words: Mapping[str, float] | None = None) -> None:
        self.lines, self.rows, self.p, self.facts = lines, rows, p_body, facts
        self.kind_words = kind_words or {}
        self.n = len(lines)
        self.kept = p_body > threshold

    def col(self, name: str) -> np.ndarray:
        return self.rows[:, _INDEX[name]]

    @cached_property
    def words(self) -> np.ndarray:
        return self.col("n_words")

    @cached_property
    def total_words(self) -> float:
        return float(self.words.sum()) or 1.0

    @cached_property
    def kept_text(self) -> str:
        return " ".join(line[:500] for line, k in zip(self.lines, self.kept) if k)

    @cached_property
    def kept_text_words(self) -> int:
        return max(len(self.kept_text.split()), 1)

    @cached_property
    def kept_runs(self) -> np.ndarray:
        """Lengths of the runs of consecutive kept lines."""
        edges = np.flatnonzero(np.diff(np.concatenate([[0], self.kept.astype(np.int8), [0]])))
        return edges[1::2] - edges[::2] if len(edges) else np.zeros(1)

    @cached_property
    def block(self) -> tuple[int, int]:
        prose = self.col("prose")
        return L.max_sum_span(np.where(prose > 0, prose, -1.0).tolist())

    @cached_property
    def mass(self) -> np.ndarray:
        return np.maximum(self.col("prose"), 0.0)


def _share(mask: np.ndarray) -> float:
    return float(mask.mean()) if len(mask) else 0.0


kind_feature("log_lines", "log(1 + lines)")(lambda s: np.log1p(s.n))
kind_feature("log_words", "log(1 + words)")(lambda s: np.log1p(s.total_words))
kind_feature("kept_share", "share of lines the line model keeps")(lambda s: _share(s.kept))
kind_feature("log_kept_words", "log(1 + words kept)")(lambda s: np.log1p(s.words[s.kept].sum()))
kind_feature("kept_word_share", "share of the words kept")(lambda s: s.words[s.kept].sum() / s.total_words)
kind_feature("mean_p", "mean P(body) of the lines")(lambda s: float(s.p.mean()))
kind_feature("longest_kept_run", "lines in the longest run of kept lines")(lambda s: float(s.kept_runs.max()))
kind_feature("kept_runs", "runs of kept lines (a fragmented page keeps many)")(lambda s: float(len(s.kept_runs)))
kind_feature("rules_keep_share", "share of lines the hand rules keep")(lambda s: float(s.col("rules_keep").mean()))
kind_feature("has_headline", "the rules found a headline")(lambda s: float(s.facts.headline_index is not None))
kind_feature("has_byline", "the rules found a byline")(lambda s: float(s.facts.byline_index is not None))
kind_feature("bullet_share", "share of list items")(lambda s: float(s.col("bullet").mean()))
kind_feature("short_share", "share of lines under 5 words")(lambda s: _share(s.words < 5))
kind_feature("titled_share", "share of title-cased lines")(lambda s: _share(s.col("title_case") >= 0.6))
kind_feature("prose_share", "share of prose lines")(lambda s: _share(s.col("prose") > 0))
kind_feature("date_line_share", "share of date lines")(lambda s: _share(s.col("rule") == RULE_CODE["date_line"]))
kind_feature("block_mass", "share of the prose in the densest block")(
    lambda s: s.mass[s.block[0]:s.block[1]].sum() / (s.mass.sum() or 1.0))
kind_feature("mass_above", "share of the prose above the densest block")(
    lambda s: s.mass[:s.block[0]].sum() / (s.mass.sum() or 1.0))
kind_feature("mass_below", "share of the prose below the densest block")(
    lambda s: s.mass[s.block[1]:].sum() / (s.mass.sum() or 1.0))
kind_feature("first_kept", "position of the first kept line, 0..1 (1: none)")(
    lambda s: float(np.argmax(s.kept)) / s.n if s.kept.any() else 1.0)
kind_feature("last_kept", "position of the last kept line, 0..1 (0: none)")(
    lambda s: float(s.n - 1 - np.argmax(s.kept[::-1])) / s.n if s.kept.any() else 0.0)
kind_feature("log_longest_line", "log(1 + characters of the longest line)")(lambda s: np.log1p(s.col("n_chars").max()))
kind_feature("mean_line_chars", "mean characters per line")(lambda s: float(s.col("n_chars").mean()))
kind_feature("debris_share", "share of CSS, share-button and separator lines")(
    lambda s: _share(np.isin(s.col("rule"), rule_codes(("css", "share_button", "separator")))))
for _cue in lexicon.PAGE_KIND_CUES:
    kind_feature(f"cue_{_cue}", f"share of lines with a {_cue} cue (cleaners.lexicon)")(
        lambda s, c=f"cue_{_cue}": float(s.col(c).mean()))
    kind_feature(f"cue_{_cue}_kept", f"share of kept lines with a {_cue} cue")(
        lambda s, c=f"cue_{_cue}": float(s.col(c)[s.kept].sum()) / max(int(s.kept.sum()), 1))
kind_feature("long_line_words", "share of words in lines of 20 words or more")(
    lambda s: float((s.words * (s.words >= 20)).sum()) / s.total_words)
kind_feature("log_prose_lines", "log(1 + prose lines)")(lambda s: np.log1p((s.col("prose") > 0).sum()))
kind_feature("mean_prose_words", "mean words of a prose line")(
    lambda s: float(s.words[s.col("prose") > 0].mean()) if (s.col("prose") > 0).any() else 0.0)
kind_feature("dated_lines_top", "lines with a date in the top third (at least 10 lines)")(
    lambda s: float(s.col("has_date")[:max(10, s.n // 3)].sum()))
kind_feature("log_dated_lines", "log(1 + lines with a date): forums and listings date every entry")(
    lambda s: np.log1p(s.col("has_date").sum()))
kind_feature("repeated_share", "share of lines printed more than once")(lambda s: _share(s.col("key_dup_in_page") > 1))


@kind_feature("teaser_pairs", "title lines followed by a short summary, per line (listings)")
def _teaser_pairs(s: PageSummary) -> float:
    if s.n < 2:
        return 0.0
    title = (s.words < 12) & (s.col("title_case") >= 0.5)
    summary = (s.col("prose") > 0) & (s.words < 45)
    return float((title[:-1] & summary[1:]).sum()) / s.n


kind_feature("kept_short_share", "share of kept lines under 6 words")(
    lambda s: _share(s.words[s.kept] < 6) if s.kept.any() else 0.0)
kind_feature("question_share", "share of lines ending with a question mark")(
    lambda s: float(np.mean([line.rstrip().endswith("?") for line in s.lines])))
kind_feature("we_rate", "we/our/us per kept word")(lambda s: len(lexicon.WE.findall(s.kept_text)) / s.kept_text_words)
kind_feature("you_rate", "you/your per kept word")(lambda s: len(lexicon.YOU.findall(s.kept_text)) / s.kept_text_words)
kind_feature("reported_rate", "he/she/said/according per kept word")(
    lambda s: len(lexicon.REPORTED.findall(s.kept_text)) / s.kept_text_words)
kind_feature("code_rate", "code characters per kept character")(
    lambda s: len(lexicon.CODE.findall(s.kept_text)) / max(len(s.kept_text), 1))
kind_feature("kept_bullet_share", "share of kept lines that are list items")(
    lambda s: float(s.col("bullet")[s.kept].mean()) if s.kept.any() else 0.0)

kind_feature("kind_words", "the page's short-line words and word pairs, weighed by how much likelier they are on "
             "articles than on other pages (learned: models/kind_words.tsv)")(
    lambda s: kind_words_score(kind_terms(s.lines), s.kind_words))

KIND_NAMES: tuple[str, ...] = tuple(f.name for f in KIND_FEATURES)
_INDEX = {name: i for i, name in enumerate(NAMES)}


def kind_row(summary: PageSummary) -> np.ndarray:
    """The page-kind features of one page."""
    if not summary.n:
        return np.zeros(len(KIND_FEATURES))
    return np.array([float(f.compute(summary)) for f in KIND_FEATURES])


# ---------------------------------------------------------------- headline features (one row per candidate)

HEADLINE_FEATURES: list[Feature] = []


def headline_feature(name: str, doc: str):
    return declare(HEADLINE_FEATURES, "context", name, doc)


class Candidates:
    """A page's headline candidates (the rules' scored lines) with what the headline model reads."""

    def __init__(self, lines: Sequence[str], rows: np.ndarray, p_body: np.ndarray,
                 scored: Sequence[tuple[float, int, dict[str, float]]], rule_index: int | None,
                 threshold: float = 0.5) -> None:
        self.lines, self.rows, self.p, self.scored = lines, rows, p_body, scored
        self.rule_index = rule_index
        self.index = np.array([i for _, i, _ in scored], np.int64)
        self.score = np.array([s for s, _, _ in scored], np.float64)
        kept = np.flatnonzero(p_body > threshold)
        self.first_body = int(kept[0]) if len(kept) else len(lines)


for _signal in headline.SIGNALS:
    headline_feature(f"signal_{_signal}", f"the headline rules' {_signal} signal (cleaners.headline)")(
        lambda c, name=_signal: np.array([signals[name] for _, _, signals in c.scored], np.float64))
headline_feature("hand_score", "the rules' weighted score")(lambda c: c.score)
headline_feature("score_gap", "the rules' score minus the best candidate's")(
    lambda c: c.score - c.score.max() if len(c.score) else c.score)
headline_feature("rank", "rank by the rules' score (0: the rules' choice)")(lambda c: np.arange(len(c.index), dtype=np.float64))
headline_feature("rule_pick", "the line the headline rules pick")(lambda c: (c.index == (c.rule_index if c.rule_index is not None else -1)).astype(np.float64))
headline_feature("p_body", "the line model's P(body) of the line")(lambda c: c.p[c.index])
headline_feature("from_first_body", "lines from the first line the line model keeps")(lambda c: (c.index - c.first_body).astype(np.float64))
headline_feature("rel_pos", "position on the page, 0..1")(lambda c: c.index / max(len(c.lines) - 1, 1))
headline_feature("candidates", "candidates on the page")(lambda c: np.full(len(c.index), float(len(c.index))))
for _k, _f in enumerate(LINE_FEATURES):
    headline_feature(f"line_{_f.name}", f"the line's {_f.name}: {_f.doc}")(lambda c, k=_k: c.rows[c.index, k])

HEADLINE_NAMES: tuple[str, ...] = tuple(f.name for f in HEADLINE_FEATURES)


def headline_rows(candidates: Candidates) -> np.ndarray:
    """The headline features of each candidate of one page."""
    if not len(candidates.index):
        return np.zeros((0, len(HEADLINE_FEATURES)))
    return np.column_stack([f.compute(candidates) for f in HEADLINE_FEATURES])


# ---------------------------------------------------------------- candidate tables (authors, dates)

def declare_line_columns(declare: Callable[[str, str], Callable]) -> None:
    """Declare, in a candidate table, the feature-table row of each candidate's line (``c.rows[c.line]``)
    as one column per line feature, named ``line_<feature>``."""
    for k, f in enumerate(FEATURES):
        declare(f"line_{f.name}", f"the line's {f.name}: {f.doc}")(lambda c, k=k: c.rows[c.line, k])


def candidate_matrix(table: Sequence[Feature], candidates, count: int) -> np.ndarray:
    """The rows of ``count`` candidates of one page: one column per feature of ``table``."""
    if not count:
        return np.zeros((0, len(table)))
    return np.column_stack([f.compute(candidates) for f in table])

