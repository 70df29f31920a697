"""cleaners/pipeline.py: how many words make an article (Japanese counts its characters)."""

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
