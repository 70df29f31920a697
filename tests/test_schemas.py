"""schemas: the parquet rows of an Article and a Reject hold every field, as ``dataclasses.asdict`` gives."""

from __future__ import annotations

import dataclasses
import datetime as dt

from schemas import REMOVED_KINDS, Article, Reject


def _article() -> Article:
    return Article(
        article_id="a1", source_path="x/1.txt", source_record=None, url="https://example.com/a",
        crawl_date=dt.date(2024, 5, 3), publisher="Example", headline="Talks go on", headline_raw="Talks go on (LEAD)",
        headline_markers=["LEAD"], authors=["Kim Min-ji", "Lee Joon"], byline_raw="By Kim Min-ji and Lee Joon",
        dateline_place="SEOUL", dateline_agency="Yonhap", dateline_date="--05-03", dateline_raw="SEOUL, May 3 (Yonhap) --",
        published_at=dt.date(2024, 5, 3), published_at_source="text", language="en", language_score=0.98,
        page_kind="article",
        body="The talks went on.", word_count=4, content_sha256="0" * 64, lines_total=9, lines_kept=1,
        lines_removed={"nav": 3, "share": 2},
    )


def test_article_row_is_asdict_with_every_removed_kind():
    article = _article()
    expected = dataclasses.asdict(article)
    expected["lines_removed"] = {k: article.lines_removed.get(k, 0) for k in REMOVED_KINDS}
    row = article.to_row()
    assert row == expected
    assert list(row) == [f.name for f in dataclasses.fields(Article)]  # column order too


def test_article_row_lists_are_copies():
    article = _article()
    row = article.to_row()
    row["authors"].append("Someone Else")
    row["headline_markers"].clear()
    row["lines_removed"]["nav"] = 0
    assert article.authors == ["Kim Min-ji", "Lee Joon"]
    assert article.headline_markers == ["LEAD"]
    assert article.lines_removed["nav"] == 3


def test_reject_row_is_asdict():
    reject = Reject("x/2.txt", "no_article", "3 words left", "line:4", "https://example.com/b", dt.date(2024, 5, 4))
    assert reject.to_row() == dataclasses.asdict(reject)
    assert list(reject.to_row()) == [f.name for f in dataclasses.fields(Reject)]
