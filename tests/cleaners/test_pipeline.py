"""cleaners/pipeline.py: how many words make an article (Japanese counts its characters), a line of prose."""

from __future__ import annotations

from cleaners import clean
from schemas import Article, RawDoc, Reject

JAPANESE = [
    "東京で新しい橋の建設が始まる",
    "東京都は月曜日、隅田川に新しい橋を建設する計画を発表した。工事は来年春に始まり、三年後に完成する予定だという。",
    "都の担当者によると、新しい橋は歩行者と自転車のための専用道を備え、周辺の交通渋滞を和らげることが期待されている。",
    "地元の住民からは、工事中の騒音や川の環境への影響を心配する声も上がっており、都は説明会を開く方針を示した。",
]


def test_a_japanese_article_has_few_spaces_but_enough_words() -> None:
    record = clean(RawDoc("ja.txt", "\n".join(JAPANESE)))
    assert isinstance(record, Article), record
    assert record.word_count == len(record.body.split()) < 20  # whitespace words, as stored
    assert record.body.startswith("東京都は月曜日")


def test_a_short_english_page_is_no_article() -> None:
    record = clean(RawDoc("en.txt", "Bridge works start\nThe city starts work on a new bridge on Monday."))
    assert isinstance(record, Reject)
    assert record.reason == "no_article"
    words = int(record.detail.split()[0])
    assert words < 20 and record.detail == f"{words} words left after cleaning (< 20)"


def test_a_page_of_short_lines_is_no_article_however_long() -> None:
    """A list of 400 two-word items has words enough, but no sentence: not an article."""
    record = clean(RawDoc("list.txt", "".join(f"item {i}\n" for i in range(400))))
    assert isinstance(record, Reject)
    assert record.reason == "no_article" and record.detail.startswith("no line of prose"), record


def test_an_unsure_model_keeps_the_densest_run_of_its_likeliest_lines() -> None:
    import numpy as np

    from cleaners import decide, lines
    from cleaners.pipeline import decide_lines, page_rules

    page = ["Menu", "Home"] + [f"Sentence number {k} of a story that goes on for a while here." for k in range(6)] + ["Footer"]
    rules = page_rules(page)
    model = decide.line_model()
    unsure = np.array([0.05, 0.05, 0.2, 0.22, 0.25, 0.2, 0.21, 0.2, 0.04])
    verdicts = decide_lines(rules, unsure, model, None, None)
    kept = [i for i, v in enumerate(verdicts) if v.keep]
    assert kept == list(range(2, 8))
    assert {verdicts[i].rule for i in kept} == {"line_model_relative"}
    sure = np.where(unsure > 0.1, 0.9, 0.05)
    assert [v.rule for v in decide_lines(rules, sure, model, None, None)][2] == "line_model"
    assert lines.Verdict(True, "x", "body").p is None


def test_a_batch_gives_each_document_the_record_it_gets_alone() -> None:
    """Rows must not depend on which documents share a batch (shard sizes, runners): the feature table
    is shared by the batch's distinct lines, the models are called once per batch."""
    from pathlib import Path

    from cleaners import clean_batch
    from tests.cleaners.test_html import article_page

    seeds = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
    raws = [RawDoc(str(p), p.read_text(encoding="utf-8")) for p in seeds]
    raws += [RawDoc("/page.html", article_page(), kind="html"), RawDoc("/empty.txt", "\n \n"),
             RawDoc("/ja.txt", "\n".join(JAPANESE))]
    assert len(raws) >= 8
    together = clean_batch(raws)
    assert together == [clean(r) for r in raws]
    assert together[::-1] == clean_batch(raws[::-1])
    assert sum(isinstance(r, Article) for r in together) >= 6
