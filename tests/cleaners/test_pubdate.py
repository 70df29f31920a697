"""The date model's candidates, features and choice (cleaners.pubdate)."""

from __future__ import annotations

import datetime as dt

import numpy as np

from cleaners import decide, pipeline, pubdate
from schemas import RawDoc

BODY = ("The council said on Monday that a new bridge would be built over the river after years of debate, and "
        "residents welcomed the plan while some asked how much it would cost the city in the end.")
PAGE = ["Home", "News", "A bridge over the river at last", "By Anna Berg", "Published May 3, 2024 · Updated May 5, 2024",
        BODY, "Related: the old bridge closed on 12.01.2020", BODY]


def _candidates(page: list[str], rules_date: dt.date | None = None, crawl: dt.date | None = None) -> pubdate.DateCandidates:
    rows = pipeline.feature_rows([pipeline.page_rules(page)])[0]
    return pubdate.DateCandidates(page, rows, 2, 3, rules_date, crawl)


def test_candidates_are_every_date_near_the_headline_never_after_the_crawl() -> None:
    c = _candidates(PAGE)
    assert [(x.line, x.date, x.rank_in_line) for x in c.items] == [
        (4, dt.date(2024, 5, 3), 0), (4, dt.date(2024, 5, 5), 1), (6, dt.date(2020, 1, 12), 0)]
    assert [x.date for x in _candidates(PAGE, crawl=dt.date(2024, 5, 4)).items] == [dt.date(2024, 5, 3), dt.date(2020, 1, 12)]


def test_date_rows_read_the_cues_before_each_date() -> None:
    c = _candidates(PAGE, rules_date=dt.date(2024, 5, 3))
    rows = pubdate.date_rows(c)
    col = {name: k for k, name in enumerate(pubdate.DATE_NAMES)}
    assert rows.shape == (3, len(pubdate.DATE_NAMES)) and np.isfinite(rows).all()
    assert rows[0, col["published_cue"]] > -99 and rows[1, col["updated_cue"]] > -99 and rows[2, col["updated_cue"]] == -99
    assert rows[:, col["rules_date"]].tolist() == [1, 0, 0]
    assert rows[:, col["days_before_latest"]].tolist() == [2, 0, (dt.date(2024, 5, 5) - dt.date(2020, 1, 12)).days]


def test_choose_date_takes_the_first_ranked_candidate_else_the_rules_date() -> None:
    c = _candidates(PAGE, rules_date=dt.date(2024, 5, 5))
    assert pubdate.choose_date(c, np.array([0.8, -0.1, 0.3])) == dt.date(2024, 5, 3)
    assert pubdate.choose_date(c, np.array([-2.0, -0.1, -0.3])) == dt.date(2024, 5, 5)
    nothing_written = pubdate.DateCandidates(["Title", BODY], np.zeros((2, 90)), 0, None, dt.date(2020, 1, 1))
    assert pubdate.choose_date(nothing_written, np.zeros(0)) == dt.date(2020, 1, 1)  # e.g. the URL's date


def test_the_shipped_date_model_picks_the_published_date_over_the_update() -> None:
    model = decide.date_model()
    assert model.names == pubdate.DATE_NAMES and "cv" in model.info
    record = pipeline.clean(RawDoc("/x/a.txt", "\n".join(PAGE)))
    assert record.published_at == dt.date(2024, 5, 3) and record.published_at_source == "text"


def test_a_page_without_dates_keeps_no_date() -> None:
    page = ["Home", "A bridge over the river at last", BODY, BODY]
    c = pubdate.DateCandidates(page, np.zeros((4, 90)), 1, None, None)
    assert c.items == [] and pubdate.date_rows(c).shape == (0, len(pubdate.DATE_NAMES))
    assert pubdate.choose_date(c, np.zeros(0)) is None
