"""Date rules: each with a line it handles and a similar line it must leave alone."""

import datetime as dt
import time

from cleaners import dates as d
from tests.guards import BACKTRACKING_LIMIT_S


def test_numeric_and_named_dates_multilingual():
    assert d.dates_in_line("28.04.2023, 18:16 Uhr") == [dt.date(2023, 4, 28)]
    assert d.dates_in_line("Published April 28, 2023") == [dt.date(2023, 4, 28)]
    assert d.dates_in_line("Aktualisiert am 3. Mai 2024") == [dt.date(2024, 5, 3)]
    assert d.dates_in_line("Publié le 12 janvier 2021") == [dt.date(2021, 1, 12)]
    assert d.dates_in_line("Actualizado el 5 de marzo de 2022") == [dt.date(2022, 3, 5)]
    assert d.dates_in_line("2022-12-07 Wissenschaft") == [dt.date(2022, 12, 7)]
    assert d.dates_in_line("Room 12.3 on floor 4") == []
    assert d.dates_in_line("Mai 2024 war warm") == []  # no day: not a full date


def test_slashed_dates_day_first_unless_impossible():
    assert d.dates_in_line("08/05/2022 02:14") == [dt.date(2022, 5, 8)]
    assert d.dates_in_line("01/23/2020") == [dt.date(2020, 1, 23)]


def test_date_line_versus_sentence_with_date():
    assert d.looks_like_date_line("Erstellt: 28.04.2023, 18:16 Uhr")
    assert d.looks_like_date_line("Updated 5 hours ago")
    assert d.looks_like_date_line("vor 4 Stunden")
    assert not d.looks_like_date_line("The treaty signed on 28 April 2023 changed how the two countries trade.")


def test_published_beats_updated():
    assert d.published_in_line("Aktualisiert: 29.04.2023 | Erstellt: 28.04.2023") == dt.date(2023, 4, 28)
    assert d.published_in_line("Published: 28 Apr 2020. Updated: 30 Apr 2020") == dt.date(2020, 4, 28)
    assert d.published_in_line("Updated 2 May 2021") == dt.date(2021, 5, 2)


def test_render_date_at_page_top_is_not_the_publication_date():
    page = ["Saturday, May 18, 2024", "Home", "Kim to visit Russia", "Kim will go to Russia, officials said."]
    assert d.find_published_date(page, headline_index=2) == (None, None)
    page = ["Home", "Kim to visit Russia", "Saturday, May 18, 2024", "Kim will go to Russia, officials said."]
    assert d.find_published_date(page, headline_index=1) == (dt.date(2024, 5, 18), "text")


def test_date_next_to_headline_wins_over_earlier_page_dates():
    page = ["Archiv 01.01.2020", "Menu", "Kim to visit Russia", "Von Anna Schmidt", "28.04.2023, 18:16 Uhr", "Text"]
    assert d.find_published_date(page, headline_index=2) == (dt.date(2023, 4, 28), "text")


def test_never_after_crawl_date():
    page = ["Kim to visit Russia", "28.04.2023"]
    assert d.find_published_date(page, crawl_date=dt.date(2023, 4, 1), headline_index=0) == (None, None)
    assert d.find_published_date(page, crawl_date=dt.date(2023, 5, 1), headline_index=0)[0] == dt.date(2023, 4, 28)


def test_month_day_for_datelines():
    assert d.parse_month_day("April 15") == "--04-15"
    assert d.parse_month_day("3. Mai") == "--05-03"
    assert d.parse_month_day("Foo 3") is None


def test_adversarial_megabyte_line_is_fast():
    line = "12." * 200_000 + " 2023" + " April" * 50_000
    t0 = time.perf_counter()
    d.dates_in_line(line)
    d.looks_like_date_line(line)
    d.published_in_line(line[:100_000])
    assert time.perf_counter() - t0 < BACKTRACKING_LIMIT_S


def test_nordic_and_dutch_time_stamps_with_a_cue():
    from cleaners import dates
    assert dates.looks_like_date_line("Uppdaterad 15.59 | Publicerad 14.14")
    assert dates.looks_like_date_line("Bijgewerkt 10:15")
    assert not dates.looks_like_date_line("Tor 15:59")


_DATE_LIKE = ["Erstellt: 28.04.2023, 18:16 Uhr", "vor 4 Stunden", "Updated 5 hours ago", "© 2024 Valley News",
              "Posted at 10:45 am", "Room 12.3 on floor 4", "The treaty signed on 28 April 2023 changed trade.",
              "12 Comments", "Published April 28, 2023", "x" * 119 + "1", "x" * 121 + "1", "", "No digit here"]


def test_the_date_line_memo_never_changes_a_verdict():
    """looks_like_date_line keeps its verdicts across pages: a hit gives what a miss computes, in any order."""
    expected = [len(line) <= 120 and any(map(str.isdigit, line)) and d._looks_like_date_line(line)
                for line in _DATE_LIKE]
    d._DATE_LINE_MEMO.clear()
    assert [d.looks_like_date_line(line) for line in _DATE_LIKE] == expected
    assert [d.looks_like_date_line(line) for line in _DATE_LIKE[::-1]][::-1] == expected  # all hits
    d._DATE_LINE_MEMO.clear()
    assert [d.looks_like_date_line(line) for line in _DATE_LIKE[::-1]][::-1] == expected
    assert all(len(line) <= 120 for line in d._DATE_LINE_MEMO)
    d._DATE_LINE_MEMO.clear()


def test_the_date_line_memo_is_bounded(monkeypatch):
    monkeypatch.setattr(d, "DATE_LINE_MEMO_MAX", 3)
    d._DATE_LINE_MEMO.clear()
    for line in _DATE_LIKE * 2:
        d.looks_like_date_line(line)
        assert len(d._DATE_LINE_MEMO) <= 3
    d._DATE_LINE_MEMO.clear()


def test_dates_with_positions_give_the_same_remembered_or_not() -> None:
    from cleaners import memo

    short = "Published 28.04.2023 | Updated 2023-04-29"
    long = short + " " + "x" * d.DATES_MEMO_CHARS  # too long to be remembered: computed each time
    memo.clear_all()
    first = d.dates_with_positions(short)
    assert [d.isoformat() for _, d in first] == ["2023-04-28", "2023-04-29"]
    assert d.dates_with_positions(short) == first and d._DATES_MEMO[short] == first
    assert d.dates_with_positions(long) == first and long not in d._DATES_MEMO
    assert d.dates_with_positions("no digit here") == ()
