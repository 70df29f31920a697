"""Publication date, learned: which date written on the page is the article's.

The date rules (:func:`cleaners.dates.find_published_date`) take the first date line near the headline.
They go wrong where a page prints several dates (an update stamp, a related story's date, the date of a
comment, an event date in a teaser). The date model decides per *candidate date*:

1. candidates: every full date written in the lines around the headline (:data:`ABOVE`, :data:`BELOW`)
   and in the page's date lines, but for the site's "today" widget above the headline
   (:func:`dates.is_render_date`);
2. one row of :data:`DATE_NAMES` features per candidate: the line's place (lines from the headline and the
   byline), its cues ("Published", "Updated", a time, a relative time), the date's place among the page's
   dates (latest, earliest, how often it is written) and the line's features from the feature table;
3. the page's date (:func:`choose_date`): the candidate the model ranks first (a LambdaRank model: the page's
   candidates are ranked against each other), else the rules' date when the page writes none.

Pure: text and arrays in, a date out.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from cleaners import dates, features
from cleaners.features import Feature, declare

ABOVE, BELOW = 10, 30
#: Longer lines are prose: a date in them is what the story is about.
MAX_LINE_CHARS = 300


@dataclass(frozen=True)
class DateCandidate:
    line: int
    offset: int  # characters before the date in its line
    date: dt.date
    rank_in_line: int  # 0: the first date of its line


def candidate_lines(page: Sequence[str], head: int | None) -> list[int]:
    """Lines whose dates are candidates: around the headline, and every date line of the page.

    >>> candidate_lines(["Home", "Title", "May 3, 2024", "Text"] + ["x"] * 60 + ["Posted 4 May 2024"], 1)
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 64]
    """
    h = head if head is not None else 0
    near = set(range(max(0, h - ABOVE), min(len(page), h + BELOW + 1)))
    near.update(i for i, line in enumerate(page[:5000]) if dates.looks_like_date_line(line))
    return sorted(near)


class DateCandidates:
    """One page's candidate dates and what the date model reads about them."""

    def __init__(self, page: Sequence[str], rows: np.ndarray, head: int | None, by_index: int | None,
                 rules_date: dt.date | None, crawl_date: dt.date | None = None) -> None:
        self.page, self.rows, self.head, self.by_index, self.rules_date = page, rows, head, by_index, rules_date
        self.items: list[DateCandidate] = []
        for i in candidate_lines(page, head):
            if len(page[i]) > MAX_LINE_CHARS or dates.is_render_date(page, i, head):  # type: ignore[arg-type]
                continue  # prose, or the site's today widget above the headline
            found = dates.dates_with_positions(page[i])
            for rank, (offset, d) in enumerate(found):
                if crawl_date is None or d <= crawl_date:  # never a date after the crawl
                    self.items.append(DateCandidate(i, offset, d, rank))
        self.line = np.array([c.line for c in self.items], np.int64)
        self.ordinal = np.array([c.date.toordinal() for c in self.items], np.float64)
        self.times_written = Counter(c.date for c in self.items)
        self.per_line = Counter(c.line for c in self.items)  # candidates of each line

    def each(self, fn) -> np.ndarray:
        """``fn(candidate)`` for every candidate, as a float column."""
        return np.array([float(fn(c)) for c in self.items], np.float64)

    def prefix(self, c: DateCandidate, reach: int = 30) -> str:
        line = self.page[c.line]
        return line[max(0, c.offset - reach):c.offset]


DATE_FEATURES: list[Feature] = []


def date_feature(name: str, doc: str):
    return declare(DATE_FEATURES, "context", name, doc)


def _after_last(cue, text: str) -> float:
    found = list(cue.finditer(text))
    return float(found[-1].end()) - len(text) if found else -99.0


date_feature("from_headline", "lines from the headline to the date's line")(
    lambda c: (c.line - (c.head if c.head is not None else 0)).astype(np.float64))
date_feature("no_headline", "the page has no headline")(lambda c: np.full(len(c.items), float(c.head is None)))
date_feature("from_byline", "lines from the rules' byline (99: none)")(
    lambda c: (c.line - c.by_index).astype(np.float64) if c.by_index is not None else np.full(len(c.items), 99.0))
date_feature("rel_pos", "position of the line on the page, 0..1")(lambda c: c.line / max(len(c.page), 1))
date_feature("rules_date", "the rules' publication date")(lambda c: c.each(lambda d: d.date == c.rules_date))
date_feature("date_line", "the line is a date stamp (dates.looks_like_date_line)")(
    lambda c: c.each(lambda d: dates.looks_like_date_line(c.page[d.line])))
date_feature("titled", "the line is a title holding a date (dates.is_titled_date_line)")(
    lambda c: c.each(lambda d: dates.is_titled_date_line(c.page[d.line])))
date_feature("published_cue", "characters from a 'published' cue before the date (-99: none)")(
    lambda c: c.each(lambda d: _after_last(dates.PUBLISHED_CUE, c.prefix(d))))
date_feature("updated_cue", "characters from an 'updated' cue before the date (-99: none)")(
    lambda c: c.each(lambda d: _after_last(dates.UPDATED_CUE, c.prefix(d))))
date_feature("published_in_line", "the date is the one dates.published_in_line takes from the line")(
    lambda c: c.each(lambda d: dates.published_in_line(c.page[d.line]) == d.date))
date_feature("time_in_line", "the line holds a time of day")(lambda c: c.each(lambda d: dates.TIME_OF_DAY.search(c.page[d.line]) is not None))
date_feature("relative_in_line", "the line holds a relative time ('5 hours ago')")(
    lambda c: c.each(lambda d: dates.RELATIVE_TIME.search(c.page[d.line]) is not None))
date_feature("offset", "characters before the date in its line")(lambda c: c.each(lambda d: d.offset))
date_feature("rank_in_line", "0 for the line's first date")(lambda c: c.each(lambda d: d.rank_in_line))
date_feature("dates_in_line", "dates in the line")(
    lambda c: c.each(lambda d: c.per_line[d.line]))
date_feature("line_chars", "characters in the line")(lambda c: c.each(lambda d: len(c.page[d.line])))
date_feature("times_written", "candidates with the same date")(lambda c: c.each(lambda d: c.times_written[d.date]))
date_feature("days_before_latest", "days before the latest candidate date")(
    lambda c: c.ordinal.max() - c.ordinal if len(c.items) else c.ordinal)
date_feature("days_after_earliest", "days after the earliest candidate date")(
    lambda c: c.ordinal - c.ordinal.min() if len(c.items) else c.ordinal)
date_feature("candidates", "candidate dates on the page")(lambda c: np.full(len(c.items), float(len(c.items))))
date_feature("order", "rank of the candidate in page order")(lambda c: np.arange(len(c.items), dtype=np.float64))
features.declare_line_columns(date_feature)

DATE_NAMES: tuple[str, ...] = tuple(f.name for f in DATE_FEATURES)


def date_rows(c: DateCandidates) -> np.ndarray:
    """The date features of each candidate of one page."""
    return features.candidate_matrix(DATE_FEATURES, c, len(c.items))


def choose_date(c: DateCandidates, scores: np.ndarray) -> dt.date | None:
    """The candidate the model ranks first; the rules' date (which may come from the URL) when the page
    writes no candidate.

    >>> c = DateCandidates(["Title", "May 3, 2024", "Updated May 5, 2024"], np.zeros((3, 90)), 0, None, None)
    >>> choose_date(c, np.array([1.2, -0.4])), choose_date(c, np.array([-1.0, 0.3]))
    (datetime.date(2024, 5, 3), datetime.date(2024, 5, 5))
    """
    if not len(scores):
        return c.rules_date
    return c.items[int(np.argmax(scores))].date
