"""Authors, learned: which name-shaped spans near the headline are the credited authors.

The byline rules (:mod:`cleaners.byline`) find a byline line and parse names out of it; they miss bylines
that do not look like theirs ("• LEONARDO GARCIA", "Mateusz HabernyFounder at ...", "By: ShawnHymel |
Dec 16") and bare name lines they do not dare take. The author model decides per *candidate name*:

1. candidates: every name-shaped span (:func:`name_spans`) of the lines around the headline, of the
   rules' byline line and of short "by ..." lines anywhere, plus the names the rules' parsers return;
2. one row of :data:`AUTHOR_NAMES` features per candidate: the span's shape (first name, capitals, team
   words), where it is in its line ("by" before it, its share of the line), the line's place (lines from
   the headline, the rules' byline) and the line's own features from the feature table;
3. the page's authors (:func:`choose_authors`): the spans of the best candidate's line that the model
   believes; the rules' names when the best candidate is one of them (they may span two lines), and the
   rules' names alone when the model believes no candidate at all.

Everything here is pure: text and arrays in, names out.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from cleaners import byline, dates, features
from cleaners.features import Feature, declare
from cleaners.lexicon import NAME_PARTICLES, TEAM_WORDS, WEEKDAYS
from cleaners.memo import new_memo, remembered

#: Lines above and below the headline whose spans are candidates (below: 15 and 20 score alike on
#: site-grouped CV; 15 reads a quarter fewer lines).
ABOVE, BELOW = 10, 15
#: Longer lines are prose, not bylines: no candidates from them.
MAX_LINE_CHARS = 300
#: ...or more words than this, unless they start with a "by" label (12 and 25 score alike on CV).
MAX_LINE_WORDS = 12
#: A second name of the byline line needs this share of the best name's probability too.
SECOND_NAME_SHARE = 0.7
#: A "by ..." line anywhere on the page is a candidate line when it is shorter than this.
MAX_BY_LINE_CHARS = 100
#: "by" lines are looked for in the first MAX_PAGE_LINES lines, at most MAX_BY_LINES of them, and names are
#: counted in the first MAX_TEXT_CHARS characters: a hostile page of 100,000 "By X" lines costs what a page does.
MAX_PAGE_LINES, MAX_BY_LINES, MAX_TEXT_CHARS = 5000, 20, 200_000
#: The model must believe a candidate this much to give the page authors: site-grouped CV authors_f1 /
#: no_author_acc on meta-dev .794/.946, wcxb-dev .620/.937 (at 0.4: .794/.922 and .631/.943)...
THRESHOLD = 0.45
#: ...and the rules' names stand alone when it believes no candidate even this much.
RULES_FALLBACK = 0.1

# Separators between the names of a line: punctuation, " - ", and the words that join or introduce names.
_SEPARATOR = re.compile(
    r"\s*(?:[,;|•·/–—:()\[\]{}«»\"“”]|\s-\s|\s(?:and|und|et|y|e|with|mit|&|by|By|BY|von|Von|par|Par|por|Por|from|From)\s)\s*")
_GLUED_CASE = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ][a-zà-ÿ])")  # "HabernyFounder" -> "Haberny Founder"
_TRAILING_DIGITS = re.compile(r"(?<=[^\W\d_])\d+$")  # "Huberty1": a footnote mark
_LABEL = re.compile(r"^(?:written|posted|published|reviewed|edited|updated|story|text|words|photos?|author|autor|auteur|"
                    r"by|von|par|por)\b[\s:]*", re.IGNORECASE)
#: "By: ShawnHymel | ...": the first word after a "by" label, whatever its shape (a handle).
BY_LINE = re.compile(r"^(?:(?:written|posted|published|reviewed|edited|story|text|words|photos?)\s+)?(?:by|von|par|por)\b:?\s*"
                     r"(?P<handle>[^\s,|·•]+)", re.IGNORECASE)
_PARTICLES = NAME_PARTICLES | {"y"}  # and "Ortega y Gasset"
_ROLE_WORDS = byline.NOT_NAMES
_INITIAL = re.compile(r"^[A-Z]\.$")
_DIGIT = re.compile(r"\d")
_BY_WORDS = frozenset("by von par por from author autor".split())
_TIME_WORD = re.compile(rf"^(?:{dates.MONTH_PATTERN}|{'|'.join(w for ws in WEEKDAYS.values() for w in ws)})\.?$", re.IGNORECASE)


def unglue_case(line: str) -> str:
    """A space where a lower-case letter runs into a capitalized word.

    >>> unglue_case("Mateusz HabernyFounder at Acme")
    'Mateusz Haberny Founder at Acme'
    """
    return _GLUED_CASE.sub(" ", line)


def is_name_word(word: str) -> bool:
    """A word a name is made of: capitalized (or in capitals), or an initial; never with a digit.

    >>> [is_name_word(w) for w in ("Anna", "DPA", "J.", "anna", "2024", "McDONALD", "GARCIA")]
    [True, True, True, False, False, True, True]
    """
    return word[:1].isupper() and not _DIGIT.search(word) or bool(_INITIAL.match(word))


def name_runs(segment: str) -> list[str]:
    """The name-shaped spans of one segment of a line: every run of 2-4 name words (and sub-run), a team's
    name ending in a team word, or the segment itself when it is one name word.

    >>> name_runs("LEONARDO GARCIA"), name_runs("Dr Marna van der Merwe")[:2]
    (['LEONARDO GARCIA'], ['Dr Marna', 'Dr Marna van'])
    >>> name_runs("Podium Staff"), name_runs("Reuters"), name_runs("the story of the day")
    (['Podium Staff'], ['Reuters'], [])
    """
    segment = _LABEL.sub("", segment.strip(" .·|:*-"))
    words = [w.strip(".,'’") for w in segment.split()]
    words = [(_TRAILING_DIGITS.sub("", w) or w) if w[-1:].isdigit() else w for w in words]
    out: list[str] = []
    run: list[str] = []

    def close() -> None:
        while run and run[-1].casefold() in _PARTICLES:
            run.pop()
        if len(run) >= 2:
            out.extend(" ".join(run[a:b]) for a in range(len(run)) for b in range(a + 2, min(len(run), a + 4) + 1))
        elif len(run) == 1 and len(words) == 1:
            out.append(run[0])
        run.clear()

    for w in words:
        low = w.casefold()
        if low in TEAM_WORDS and run:
            run.append(w)
            close()
        elif low in _ROLE_WORDS:
            close()
        elif is_name_word(w) or (run and low in _PARTICLES):
            run.append(w)
        else:
            close()
    close()
    return out


def name_spans(line: str) -> list[str]:
    """Every candidate name of a line: the handle after a "by" label, then the name runs of each segment
    (split at separators and joining words), of the line as written and with glued words split.

    >>> name_spans("By Jane Doe and John Smith, Staff Writers")[:3]
    ['Jane', 'Jane Doe', 'John Smith']
    >>> "Mateusz Haberny" in name_spans("Mateusz HabernyFounder at Acme")
    True
    """
    if len(line) > MAX_LINE_CHARS:
        return []
    out: list[str] = []
    m = BY_LINE.match(line)
    if m:
        out.append(m.group("handle").strip(".:"))
    for text in (line, unglue_case(line)) if _GLUED_CASE.search(line) else (line,):
        for segment in _SEPARATOR.split(text):
            out += name_runs(segment)
    return out


def candidate_lines(page: Sequence[str], head: int | None, by: int | None) -> list[int]:
    """Lines whose spans are candidates: around the headline, the rules' byline, short "by ..." lines."""
    h = head if head is not None else 0
    chosen = set(range(max(0, h - ABOVE), min(len(page), h + BELOW + 1)))
    if by is not None:
        chosen.add(by)
    by_lines = (i for i, line in enumerate(page[:MAX_PAGE_LINES]) if len(line) < MAX_BY_LINE_CHARS and BY_LINE.match(line))
    chosen.update(itertools.islice(by_lines, MAX_BY_LINES))
    return sorted(chosen)


@dataclass(frozen=True)
class CandidateLine:
    """A candidate line and what the byline rules make of it (computed once per line)."""

    index: int
    parsed: tuple[str, ...]  # byline.parse_authors
    bare: tuple[str, ...]  # byline.bare_name_authors
    byline_shape: bool  # byline.looks_like_byline
    dated: bool  # a date is written in it
    names: tuple[str, ...]  # its candidate names: name_spans, then the parsers' names, each once

    @classmethod
    def read(cls, page: Sequence[str], i: int) -> CandidateLine:
        return cls(i, *remembered(_READINGS, page[i], 50_000, _reading, page[i]))


_READINGS = new_memo()  # a site's pages repeat their header lines: each distinct line is read once


def _reading(line: str) -> tuple:
    """CandidateLine's fields but the index, which depend on the line's text alone."""
    if len(line) > MAX_LINE_CHARS or (len(line.split()) > MAX_LINE_WORDS and not BY_LINE.match(line)):
        return (), (), False, False, ()
    parsed, bare = tuple(byline.parse_authors(line)), tuple(byline.bare_name_authors(line))
    names = dict.fromkeys(n for n in (s.strip() for s in (*name_spans(line), *parsed, *bare)) if n)
    return parsed, bare, byline.looks_like_byline(line), bool(dates.dates_in_line(line)), tuple(names)


@dataclass
class AuthorCandidates:
    """One page's candidate names (every name of every candidate line) and what the author model reads."""

    page: Sequence[str]
    rows: np.ndarray  # the page's feature table rows (features.NAMES)
    head: int | None
    by: byline.Byline  # the rules' byline

    def __post_init__(self) -> None:
        self.lines = [CandidateLine.read(self.page, i) for i in candidate_lines(self.page, self.head, self.by.index)]
        self.spans = [(cl, name) for cl in self.lines for name in cl.names]
        self.line = np.array([cl.index for cl, _ in self.spans], np.int64)
        self.names = [name for _, name in self.spans]
        self.words = [name.split() for name in self.names]
        self.rules_names = {_fold(a) for a in self.by.authors}
        self._counts: dict[str, int] = {}

    @cached_property
    def text(self) -> str:
        """The page's first MAX_TEXT_CHARS characters (where names are counted)."""
        return "\n".join(self.page[:MAX_PAGE_LINES])[:MAX_TEXT_CHARS]

    def times_written(self, name: str) -> int:
        """How often ``name`` is written on the page (counted once per distinct name)."""
        if name not in self._counts:
            self._counts[name] = self.text.count(name)
        return self._counts[name]

    def each(self, fn) -> np.ndarray:
        """``fn(candidate line, name)`` for every candidate, as a float column."""
        return np.array([float(fn(cl, s)) for cl, s in self.spans], np.float64)

    def each_line(self, fn) -> np.ndarray:
        """``fn(candidate line)`` once per line, repeated for each of its candidates, as a float column."""
        values = np.array([float(fn(cl)) for cl in self.lines], np.float64)
        return np.repeat(values, [len(cl.names) for cl in self.lines])


AUTHOR_FEATURES: list[Feature] = []


def author_feature(name: str, doc: str):
    return declare(AUTHOR_FEATURES, "context", name, doc)


def _fold(name: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", name.casefold()).split())


def _word_before(line: str, name: str) -> str:
    pos = line.find(name)
    before = line[:pos].split() if pos > 0 else []
    return before[-1].casefold().strip(":") if before else ""


author_feature("from_headline", "lines from the headline to the candidate's line")(
    lambda c: (c.line - (c.head if c.head is not None else 0)).astype(np.float64))
author_feature("no_headline", "the page has no headline")(lambda c: np.full(len(c.spans), float(c.head is None)))
author_feature("rel_pos", "position of the line on the page, 0..1")(lambda c: c.line / max(len(c.page), 1))
author_feature("rules_byline_line", "the line is the rules' byline")(
    lambda c: (c.line == (c.by.index if c.by.index is not None else -1)).astype(np.float64))
author_feature("rules_name", "the rules credit this name")(lambda c: c.each(lambda cl, s: _fold(s) in c.rules_names))
author_feature("parsed_byline", "parse_authors takes this name out of the line")(lambda c: c.each(lambda cl, s: s in cl.parsed))
author_feature("parsed_bare", "bare_name_authors takes this name out of the line")(lambda c: c.each(lambda cl, s: s in cl.bare))
author_feature("byline_shape", "the line looks like a byline (byline.looks_like_byline)")(
    lambda c: c.each_line(lambda cl: cl.byline_shape))
author_feature("n_words", "words in the name")(lambda c: np.array([len(w) for w in c.words], np.float64))
author_feature("n_chars", "characters in the name")(lambda c: np.array([len(s) for s in c.names], np.float64))
author_feature("first_name_first", "the name starts with a known first name")(
    lambda c: np.array([float(w[0] in byline.FIRST_NAMES) for w in c.words], np.float64))
author_feature("first_name_any", "a word of the name is a known first name")(
    lambda c: np.array([float(any(x in byline.FIRST_NAMES for x in w)) for w in c.words], np.float64))
author_feature("all_capitalized", "every word of the name is capitalized")(
    lambda c: np.array([float(all(x[:1].isupper() for x in w)) for w in c.words], np.float64))
author_feature("all_caps", "the name is written in capitals")(lambda c: np.array([float(s.isupper()) for s in c.names], np.float64))
author_feature("team_word", "the name has a team word (Team, Staff, Editors)")(
    lambda c: np.array([float(any(x.casefold() in TEAM_WORDS for x in w)) for w in c.words], np.float64))
author_feature("initial", "the name has an initial or an abbreviation")(
    lambda c: np.array([float(any("." in x for x in w)) for w in c.words], np.float64))
author_feature("time_word", "a word of the name is a month or a weekday (\"Tom Talbot October\")")(
    lambda c: np.array([float(any(_TIME_WORD.match(x) for x in w)) for w in c.words], np.float64))
author_feature("repeated_half", "the name is one name written twice (\"Colin Gray Colin Gray\")")(
    lambda c: np.array([float(len(w) % 2 == 0 and w[:len(w) // 2] == w[len(w) // 2:]) for w in c.words], np.float64))
author_feature("name_shape", "byline.looks_like_name: 2-4 capitalized words, none a role or time word")(
    lambda c: np.array([float(byline.looks_like_name(s)) for s in c.names], np.float64))
author_feature("line_chars", "characters in the line")(lambda c: c.each_line(lambda cl: len(c.page[cl.index])))
author_feature("line_words", "words in the line")(lambda c: c.each_line(lambda cl: len(c.page[cl.index].split())))
author_feature("line_share", "the name's share of the line's characters")(
    lambda c: c.each(lambda cl, s: len(s) / max(len(c.page[cl.index]), 1)))
author_feature("starts_line", "the line starts with the name")(lambda c: c.each(lambda cl, s: c.page[cl.index].startswith(s)))
author_feature("position_in_line", "characters before the name in its line")(lambda c: c.each(lambda cl, s: max(c.page[cl.index].find(s), 0)))
author_feature("by_line", "the line starts with a 'by' label")(lambda c: c.each_line(lambda cl: BY_LINE.match(c.page[cl.index]) is not None))
author_feature("by_before", "the word before the name is 'by', 'von', 'author'...")(
    lambda c: c.each(lambda cl, s: _word_before(c.page[cl.index], s) in _BY_WORDS))
author_feature("names_in_line", "candidates of the same line")(lambda c: c.each_line(lambda cl: len(cl.names)))
author_feature("rank_in_line", "the candidate's rank among its line's candidates")(
    lambda c: np.concatenate([np.arange(len(cl.names), dtype=np.float64) for cl in c.lines] or [np.zeros(0)]))
author_feature("on_page", "times the name is written on the page")(lambda c: c.each(lambda cl, s: c.times_written(s)))
author_feature("dated_line", "the line holds a date")(lambda c: c.each_line(lambda cl: cl.dated))
features.declare_line_columns(author_feature)

AUTHOR_NAMES: tuple[str, ...] = tuple(f.name for f in AUTHOR_FEATURES)


def author_rows(c: AuthorCandidates) -> np.ndarray:
    """The author features of each candidate of one page."""
    return features.candidate_matrix(AUTHOR_FEATURES, c, len(c.spans))


def choose_authors(c: AuthorCandidates, p: np.ndarray, threshold: float = THRESHOLD,
                   fallback: float = RULES_FALLBACK) -> tuple[int | None, list[str]]:
    """The byline line and the names the model credits (see the module's docstring), or the rules' when
    the model believes no candidate at all.

    >>> c = AuthorCandidates(["Title", "By Ann Lee", "Text"], np.zeros((3, 90)), 0, byline.Byline(None, None, []))
    >>> choose_authors(c, np.array([0.9 if s == "Ann Lee" else 0.05 for s in c.names]))
    (1, ['Ann Lee'])
    """
    if not len(p) or p.max() < threshold:
        if not len(p) or p.max() < fallback:
            return c.by.index, list(c.by.authors)
        return None, []
    best = int(np.argmax(p))
    line = int(c.line[best])
    if _fold(c.names[best]) in c.rules_names:
        return c.by.index, list(c.by.authors)
    chosen: list[str] = []
    for j in np.argsort(-p, kind="stable"):
        name = c.names[j]
        if c.line[j] != line or p[j] < max(threshold, SECOND_NAME_SHARE * p[best]) or \
                any(_letters(name) in _letters(other) or _letters(other) in _letters(name) for other in chosen):
            continue
        chosen.append(name)
    return line, chosen


def _letters(name: str) -> str:
    """The name's letters and digits, folded: "ShawnHymel" and "Shawn Hymel" are one name."""
    return "".join(ch for ch in name.casefold() if ch.isalnum())
