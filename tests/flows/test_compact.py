"""Compaction (``newsclean compact``, flows.compact): fewer files, the same rows, state that still
lets a later ``--force`` replace exactly one input's rows, one atomic commit, nothing to do twice.

The dataset is made once per module by two incremental runs with one input file per shard (a
part file per input and partition) and copied for each test.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from flows.cli import main
from flows.compact import newsclean_compact, plan, repoint_parts
from flows.state import INPUTS_SCHEMA, parts_column, split_parts
from flows.store import Commit, OutputDir, commit, write_parquet

REPO = Path(__file__).resolve().parents[2]
TARGET = "7"  # every JSONL input holds 3 rows: a file boundary at row 7 cuts one of them in two


def page(i: int, changed: bool = False) -> str:
    """An English news page, different for each ``i``."""
    verb = "postponed" if changed else "approved"
    return (f"Council {verb} harbour plan number {i}\n"
            "By Jane Roe\n"
            f"The city council {verb} the {i}th plan for the harbour district on Monday, officials said.\n"
            f"The plan covers housing, transport and {i} new parks along the waterfront, according to the city.\n"
            "Residents will be able to comment on the proposal until the end of next month, the city added.\n"
            "Several shop owners said they welcomed the decision but worried about the cost of the work.\n"
            "The mayor told reporters that construction would begin early next year if funding is secured.\n"
            "Share on Facebook\n")


def write_feed(path: Path, first: int, changed: bool = False) -> None:
    """A JSONL input of three pages (records ``first`` .. ``first + 2``)."""
    records = [{"url": f"https://example.com/news/{i}", "text": page(i, changed)} for i in range(first, first + 3)]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def write_inputs(raw: Path, batch: int) -> None:
    """Batch 0 or 1 of the inputs: JSONL feeds dated 2024-05-01, text pages 2024-05-02, an empty file."""
    for k, name in enumerate(("feed-a", "feed-b") if batch == 0 else ("feed-c",)):
        write_feed(raw / "2024-05-01" / f"{name}.jsonl", 100 + 10 * (k + 2 * batch))
    for i in range(4 * batch, 4 * batch + 4):
        path = raw / "2024-05-02" / f"page-{i:02d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page(i), encoding="utf-8")
    (raw / "2024-05-01" / f"empty-{batch}.txt").write_bytes(b"")


def run(inputs: str | Path, out: Path, *extra: str) -> int:
    # one worker: langdetect's first detections, racing in two threads, can name another language
    return main(["run", str(inputs), "--out", str(out), "--shard-files", "1", "--language-backend", "langdetect",
                 "--workers", "1", *extra])


def rows(out: Path) -> Counter:
    """Every row of both datasets (partition columns included), as a multiset."""
    got: Counter = Counter()
    for sub in ("articles", "_rejects"):
        for row in ds.dataset(out / sub, format="parquet", partitioning="hive").to_table().to_pylist():
            got[(sub, json.dumps(row, sort_keys=True, default=str))] += 1
    return got


def files(out: Path) -> dict[str, bytes]:
    base = (out / "current").resolve()
    return {p.relative_to(base).as_posix(): p.read_bytes() for p in sorted(base.rglob("*.parquet"))}


def data_files(out: Path) -> list[str]:
    return [rel for rel in files(out) if not rel.startswith("_state/")]


def row_keys(out: Path) -> Counter:
    """(dataset, source_path, source_record) of every row."""
    got: Counter = Counter()
    for sub in ("articles", "_rejects"):
        t = ds.dataset(out / sub, format="parquet", partitioning="hive").to_table(
            columns=["source_path", "source_record"])
        got.update((sub, p, r) for p, r in zip(t.column(0).to_pylist(), t.column(1).to_pylist()))
    return got


def state_parts(out: Path) -> dict[str, list[str]]:
    t = pq.read_table(out / "_state" / "inputs.parquet")
    return {p: split_parts(v) for p, v in zip(t.column("source_path").to_pylist(), t.column("parts").to_pylist())}


@pytest.fixture(scope="module")
def incremental(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``raw/`` inputs and the ``out/`` of two incremental runs over them."""
    base = tmp_path_factory.mktemp("compact")
    write_inputs(base / "raw", 0)
    assert run(base / "raw", base / "out") == 0
    write_inputs(base / "raw", 1)
    assert run(base / "raw", base / "out") == 0
    return base


@pytest.fixture
def copy(incremental: Path, tmp_path: Path) -> Path:
    shutil.copytree(incremental, tmp_path / "c", symlinks=True)
    return tmp_path / "c"


def test_compaction_merges_small_files_and_keeps_every_row(copy: Path) -> None:
    out = copy / "out"
    before_rows, before_files = rows(out), data_files(out)
    schema = pq.read_schema(out / before_files[-1])  # an articles file: same schema and metadata after
    assert main(["compact", "--out", str(out), "--target-rows", TARGET]) == 0
    after_files = data_files(out)
    assert rows(out) == before_rows
    assert len(before_files) == 13 and len(after_files) == 5  # 3 + 8 articles + 2 rejects -> 2 + 2 + 1
    for rel in after_files:
        assert "part-compacted-" in rel and pq.ParquetFile(out / rel).metadata.num_rows <= int(TARGET)
        if rel.startswith("articles/"):
            assert pq.read_schema(out / rel).equals(schema, check_metadata=True)

    # every file that holds an input's rows is among that input's parts; no part is a file gone
    holders: dict[str, set[str]] = {}
    for rel in after_files:
        for path in pq.read_table(out / rel, columns=["source_path"]).column(0).to_pylist():
            holders.setdefault(path, set()).add(rel)
    parts = state_parts(out)
    assert all(holders[p] <= set(parts[p]) for p in holders)
    assert {f for fs in parts.values() for f in fs} <= set(after_files)
    assert any(len(fs) == 2 and all(f.startswith("articles/") for f in fs) for fs in holders.values())

    # downstream readers see the same dataset
    glob = str(out / "articles" / "**" / "*.parquet")
    n = sum(v for (sub, _), v in before_rows.items() if sub == "articles")
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{glob}', hive_partitioning=true) "
                      "WHERE crawl_date = '2024-05-01'").fetchall()[0][0] == 9
    assert pl.scan_parquet(glob, hive_partitioning=True).collect().height == n
    assert len(pd.read_parquet(out / "articles", filters=[("language", "=", "en")])) == n

    manifests = [json.loads(p.read_text()) for p in sorted((out / "_runs").glob("*.json"))]
    assert [m.get("command") for m in manifests] == [None, None, "compact"]
    assert manifests[-1]["summary"]["files_after"] == {"articles": 4, "_rejects": 1}


def test_compacting_is_deterministic_and_idempotent(copy: Path, tmp_path: Path) -> None:
    out, twin = copy / "out", tmp_path / "twin"
    shutil.copytree(out, twin, symlinks=True)
    summary = newsclean_compact(out=str(out), target_rows=int(TARGET))  # the flow, as a deployment runs it
    assert summary["files_before"] == {"articles": 11, "_rejects": 2}
    assert summary["partitions"] == {"articles": 2, "_rejects": 1}
    assert main(["compact", "--out", str(twin), "--target-rows", TARGET]) == 0
    compacted = files(out)
    assert files(twin) == compacted  # same names, same bytes, state included

    version = os.readlink(out / "current")
    again = newsclean_compact(out=str(out), target_rows=int(TARGET))
    assert again["partitions"] == {} and again["files_after"] == again["files_before"]
    assert os.readlink(out / "current") == version and files(out) == compacted


def test_force_after_compaction_replaces_exactly_that_input(copy: Path, incremental: Path) -> None:
    raw, out = incremental / "raw", copy / "out"  # an input is its absolute path: the files the output names
    assert main(["compact", "--out", str(out), "--target-rows", TARGET]) == 0
    keys = row_keys(out)
    split = [p for p, fs in state_parts(out).items() if len([f for f in fs if f.startswith("articles/")]) == 2]
    assert len(split) == 1  # the input whose rows the file boundary cut in two
    name = Path(split[0]).name
    first = {"feed-a.jsonl": 100, "feed-b.jsonl": 110, "feed-c.jsonl": 120}[name]
    original = (raw / "2024-05-01" / name).read_bytes()
    write_feed(raw / "2024-05-01" / name, first, changed=True)
    try:  # named through a glob: the same file, so the same input as the directory runs had
        assert run(f"{raw}/2024-05-0[1]/{name}", out, "--force") == 0
    finally:
        (raw / "2024-05-01" / name).write_bytes(original)  # the other tests' copies name this file too

    assert row_keys(out) == keys  # no row lost, none duplicated
    t = ds.dataset(out / "articles", format="parquet", partitioning="hive").to_table(
        columns=["source_path", "body"]).to_pylist()
    bodies = [r["body"] for r in t if r["source_path"] == split[0]]
    assert len(bodies) == 3 and all("postponed" in b and "approved" not in b for b in bodies)
    assert sum("postponed" in r["body"] for r in t) == 3


def test_partition_filter_compacts_only_matching_partitions(copy: Path) -> None:
    out = copy / "out"
    before = data_files(out)
    assert main(["compact", "--out", str(out), "--target-rows", TARGET, "--partition", "crawl_date=2024-05-02"]) == 0
    after = data_files(out)
    assert [f for f in after if "2024-05-01" in f] == [f for f in before if "2024-05-01" in f]
    assert len([f for f in after if "2024-05-02" in f]) == 2 < len([f for f in before if "2024-05-02" in f])


def _compact_cli(out: Path, fault: str) -> subprocess.CompletedProcess:
    from prefect.settings import PREFECT_API_URL

    env = dict(os.environ, PREFECT_API_URL=str(PREFECT_API_URL.value()), PYTHONPATH=str(REPO),
               NEWSCLEAN_FAULT=fault)
    return subprocess.run([sys.executable, "-m", "flows.cli", "compact", "--out", str(out), "--target-rows", TARGET],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=180)


def test_killed_compaction_leaves_the_previous_version_or_the_next(copy: Path) -> None:
    out = copy / "out"
    before_rows, before_files = rows(out), files(out)
    # the new version is complete on disk but `current` not yet switched: readers see the old one
    proc = _compact_cli(out, "before-swap")
    assert proc.returncode == -signal.SIGKILL, proc.stdout + proc.stderr
    assert files(out) == before_files
    # switched, then killed before clean-up: readers see the compacted dataset, whole
    proc = _compact_cli(out, "after-swap")
    assert proc.returncode == -signal.SIGKILL, proc.stdout + proc.stderr
    assert rows(out) == before_rows and len(data_files(out)) == 5
    compacted = files(out)
    # the next compaction finds nothing to do and clears what the killed ones left
    assert main(["compact", "--out", str(out), "--target-rows", TARGET]) == 0
    assert files(out) == compacted
    assert not list((out / "_versions").glob("*.tmp")) and not any((out / "_staging").iterdir())


def test_bad_output_dirs_and_arguments_are_clear_errors(copy: Path, tmp_path: Path, capsys) -> None:
    out = copy / "out"
    (tmp_path / "plain").mkdir()
    (tmp_path / "plain" / "x.parquet").write_bytes(b"not newsclean")
    assert main(["compact", "--out", str(tmp_path / "missing")]) == 2
    assert main(["compact", "--out", str(tmp_path / "plain")]) == 2
    OutputDir(tmp_path / "started").ensure()  # a first run under way: the layout, no commit yet
    assert main(["compact", "--out", str(tmp_path / "started")]) == 2
    assert main(["compact", "--out", str(out), "--partition", "2024-05-01"]) == 2
    assert main(["compact", "--out", str(out), "--partition", "langauge=en"]) == 2
    assert main(["compact", "--out", str(out), "--partition", "crawl_date=1999-01-01"]) == 2
    assert main(["compact", "--out", str(out), "--target-rows", "0"]) == 2
    err = " ".join(capsys.readouterr().err.split())  # rich wraps lines
    assert "not a newsclean output directory" in err and "no partition key langauge" in err
    assert "has no committed dataset yet: its first run has not finished" in err
    assert "no partition matches crawl_date=1999-01-01" in err
    assert "Traceback" not in err and not (tmp_path / "missing").exists()
    before = files(out)
    with OutputDir(out).lock():  # a run is committing: compaction fails, nothing changes
        assert main(["compact", "--out", str(out), "--target-rows", TARGET]) == 1
    assert "another newsclean run holds" in " ".join(capsys.readouterr().err.split())
    assert files(out) == before


def _table(paths: list[str], extra: bool = False) -> pa.Table:
    cols = {"source_path": paths, "n": list(range(len(paths)))}
    if extra:
        cols["added_in_a_newer_schema"] = ["x"] * len(paths)
    return pa.table(cols)


def test_plan_merges_small_files_of_one_schema_only(tmp_path: Path) -> None:
    out = OutputDir(tmp_path / "out")
    out.ensure()
    staged = tmp_path / "staged"
    part = "articles/crawl_date=2024-05-01"
    tables = {"part-a.parquet": _table(["a"]), "part-b.parquet": _table(["b", "b"]),
              "part-c.parquet": _table(["c"], extra=True), "part-d.parquet": _table(["d"], extra=True),
              "part-e.parquet": _table(["e"] * 5), "part-f.parquet": _table(["f"], extra=True)}
    for name, t in tables.items():
        write_parquet(t, staged / name)
    commit(out, Commit([(staged / n, f"{part}/{n}") for n in tables], []))
    merges, before = plan(out.current_version(), target_rows=10)
    assert before == {"articles": 6, "_rejects": 0}
    # part-e (5 rows, half the target) stays; the other schema's files merge apart from the first's
    assert sorted(m.files for m in merges) == [("part-a.parquet", "part-b.parquet"),
                                               ("part-c.parquet", "part-d.parquet", "part-f.parquet")]
    assert len({m.prefix for m in merges}) == 2
    assert plan(out.current_version(), target_rows=2)[0] == []  # every file is at least half of 2 rows


def test_repoint_parts_replaces_merged_files_with_those_holding_the_rows() -> None:
    shard = ["_rejects/d=1/part-x.parquet", "articles/d=1/part-x.parquet"]
    inputs = pa.table({"source_path": ["/in/a", "/in/b", "/in/c"], "sha256": ["1", "2", "3"], "articles": [1, 1, 1],
                       "rejects": [0, 1, 0], "run_id": ["r"] * 3,
                       "parts": pa.chunked_array([parts_column(shard, 2),
                                                  parts_column(["articles/d=2/part-y.parquet"], 1)]),
                       "legacy_path": [None, "b", None]},  # b's older rows carry its relative path
                      schema=INPUTS_SCHEMA)
    new = repoint_parts(inputs, {"articles/d=1/part-x.parquet"},
                        {"/in/a": {"articles/d=1/part-compacted-0.parquet"},
                         "/in/b": {"articles/d=1/part-compacted-0.parquet"},
                         "b": {"articles/d=1/part-compacted-1.parquet"}})
    assert new.schema == INPUTS_SCHEMA
    assert [split_parts(v) for v in new.column("parts").to_pylist()] == [
        ["_rejects/d=1/part-x.parquet", "articles/d=1/part-compacted-0.parquet"],
        ["_rejects/d=1/part-x.parquet", "articles/d=1/part-compacted-0.parquet",
         "articles/d=1/part-compacted-1.parquet"],
        ["articles/d=2/part-y.parquet"]]  # not merged: the same value as before
    assert len(new.column("parts").chunk(0).dictionary) == 3
