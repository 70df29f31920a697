"""Corpus-level repeated lines: a short line printed on many pages of a run is boilerplate."""

from __future__ import annotations

from pathlib import Path

import pyarrow.dataset as ds

from flows.cli import main

SHARED = "This story was produced with support from the Example Foundation."
RARE = "The harbour office will publish the full minutes on its website."
TOPICS = ["harbour", "railway", "airport", "library", "stadium", "hospital", "bridge"]


def page(topic: str, extra: str) -> str:
    return (
        f"Council approves {topic} plan\n"
        f"The city council approved a new plan for the {topic} on Monday after a long debate in the chamber.\n"
        f"{extra}\n"
        f"The plan for the {topic} covers funding, staffing and a timetable for the works, officials said.\n"
        f"Residents can comment on the {topic} proposal until the end of next month, the city added.\n"
    )


def test_line_on_many_pages_is_dropped_rare_line_kept(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    for i, topic in enumerate(TOPICS):
        (raw / f"{topic}.txt").write_text(page(topic, SHARED if i < 6 else RARE))
    (raw / "extra.txt").write_text(page("museum", RARE))
    assert main(["run", str(raw), "--out", str(out)]) == 0
    rows = ds.dataset(out / "articles", partitioning="hive").to_table().to_pylist()
    assert len(rows) == 8
    for r in rows:
        assert SHARED not in r["body"]
    assert sum(RARE in r["body"] for r in rows) == 2
    assert sum(r["lines_removed"]["repeated"] for r in rows) == 6
