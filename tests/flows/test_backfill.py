"""Backfills re-process exactly their dates: an input outside the range is counted as such, and a
container spanning dates (a JSONL feed) keeps its rows of the other dates; counts add up when
duplicates are dropped."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pyarrow.dataset as ds

from flows.cli import main

REPO = Path(__file__).resolve().parents[2]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))


def _run(*argv: str) -> int:
    return main([*argv, "--language-backend", "langdetect"])


def _manifest(out: Path) -> dict:
    return json.loads(sorted((out / "_runs").glob("*.json"))[-1].read_text())


def test_backfill_says_which_inputs_were_outside_its_range(tmp_path: Path, capsys) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    for day, seed in (("2024-05-01", 0), ("2024-05-02", 1), ("2024-05-09", 2)):
        (raw / day).mkdir(parents=True)
        (raw / day / "page.txt").write_bytes(SEEDS[seed].read_bytes())
    assert _run("backfill", str(raw), "--since", "2024-05-01", "--until", "2024-05-07", "--out", str(out)) == 0
    summary = _manifest(out)["summary"]
    assert (summary["inputs_seen"], summary["inputs_processed"], summary["inputs_outside_range"]) == (3, 2, 1)
    table = " ".join(capsys.readouterr().out.split())
    assert "inputs outside --since..--until (left as they are) │ 1" in table


def test_dropped_duplicates_leave_the_language_counts(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / "in" / name).write_bytes(SEEDS[0].read_bytes())  # the same page three times
    out = tmp_path / "out"
    assert _run("run", str(tmp_path / "in"), "--out", str(out), "--drop-duplicates") == 0
    summary = _manifest(out)["summary"]
    assert summary["articles"] == 1 and summary["languages"] == {"en": 1}


def _feed(path: Path, days: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps({"url": f"https://ex.com/{i}", "text": SEEDS[i].read_text(),
                                        "fetched_at": day}) + "\n" for i, day in enumerate(days)))


def test_a_backfill_keeps_a_containers_rows_of_other_dates(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    _feed(raw / "feed.jsonl", ["2024-05-01", "2024-05-02", "2024-05-03"])
    for partition_by in ("crawl_date,language", "language"):
        out = tmp_path / partition_by.replace(",", "-")
        common = ["--out", str(out), "--partition-by", partition_by]
        assert _run("run", str(raw), *common) == 0
        assert _run("backfill", str(raw), "--since", "2024-05-02", "--until", "2024-05-02", *common) == 0
        assert _run("backfill", str(raw), "--since", "2024-05-02", "--until", "2024-05-02", *common) == 0
        rows = ds.dataset(out / "articles", partitioning="hive").to_table(columns=["url"]).to_pylist()
        assert Counter(r["url"] for r in rows) == {f"https://ex.com/{i}": 1 for i in range(3)}, partition_by
        assert _run("run", str(raw), "--force", *common) == 0  # the input's state still names every file
        rows = ds.dataset(out / "articles", partitioning="hive").to_table(columns=["url"]).to_pylist()
        assert Counter(r["url"] for r in rows) == {f"https://ex.com/{i}": 1 for i in range(3)}, partition_by




def test_what_a_backfill_left_unread_the_next_run_reads_once(tmp_path: Path, capsys) -> None:
    """A backfill reads an undated page and a feed with a record of another date, but cleans only its
    dates: those inputs are not marked processed, so the next run gives every record its one row (the
    feed's record of the backfill's date replaced, not doubled). Found by a new-user pass: the run skipped
    them as processed, and two records never got a row."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    (raw / "2024-05-01").mkdir(parents=True)
    (raw / "2024-05-01" / "page.txt").write_bytes(SEEDS[0].read_bytes())
    (raw / "misc").mkdir()
    (raw / "misc" / "undated.txt").write_bytes(SEEDS[1].read_bytes())
    _feed(raw / "feed.jsonl", ["2024-05-01", "2024-05-03"])
    assert _run("backfill", str(raw), "--since", "2024-05-01", "--until", "2024-05-01", "--out", str(out)) == 0
    summary = _manifest(out)["summary"]
    assert (summary["articles"], summary["documents_outside_range"]) == (2, 2)
    assert "documents of other dates or undated (the next run reads their inputs) │ 2" in \
        " ".join(capsys.readouterr().out.split())
    assert _run("run", str(raw), "--out", str(out)) == 0
    summary = _manifest(out)["summary"]
    assert (summary["inputs_skipped"], summary["inputs_processed"]) == (1, 2)  # the dated page was whole
    rows = ds.dataset(out / "articles", partitioning="hive").to_table(columns=["source_path", "url"]).to_pylist()
    assert Counter((Path(r["source_path"]).name, r["url"]) for r in rows) == {
        ("page.txt", None): 1, ("undated.txt", None): 1, ("feed.jsonl", "https://ex.com/0"): 1,
        ("feed.jsonl", "https://ex.com/1"): 1}
    assert _run("run", str(raw), "--out", str(out)) == 0
    assert _manifest(out)["summary"]["inputs_processed"] == 0  # now every input is processed
