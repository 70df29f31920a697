"""An input is its file's real absolute path: same-named files of two input roots are two inputs
(never one replacing the other), through --force, backfills and incremental ticks; outputs written
when inputs were keyed by their path relative to the root keep working and never lose a row."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from flows.cli import main
from flows.flow import newsclean_incremental
from flows.sources import FileList, discover, make_shards
from flows.state import INPUTS_SCHEMA, migrate_legacy_inputs, parts_column

REPO = Path(__file__).resolve().parents[2]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))  # five different articles


def _crawl(root: Path, day: str, pages: dict[str, int]) -> Path:
    """``root/day/name`` files, each a copy of seed number ``pages[name]``."""
    d = root / day
    d.mkdir(parents=True, exist_ok=True)
    for name, seed in pages.items():
        (d / name).write_bytes(SEEDS[seed].read_bytes())
    return d


def _rows(out: Path) -> list[dict]:
    cols = ["source_path", "source_record", "headline", "crawl_date"]
    return ds.dataset(out / "articles", partitioning="hive").to_table(columns=cols).to_pylist()


def _check(out: Path, expected: dict[str, int]) -> None:
    """The articles are one row per expected file (real path -> seed), with that seed's headline."""
    rows = _rows(out)
    keys = Counter((r["source_path"], r["source_record"]) for r in rows)
    assert max(keys.values()) == 1, f"duplicate rows: {keys.most_common(2)}"
    assert {r["source_path"] for r in rows} == set(expected)
    by_seed = {}
    for r in rows:
        by_seed.setdefault(expected[r["source_path"]], set()).add(r["headline"])
    assert all(len(h) == 1 for h in by_seed.values()) and len(by_seed) == len(set(expected.values()))
    assert not ds.dataset(out / "_rejects", partitioning="hive").count_rows()


def _run(*argv: str) -> int:
    return main([*argv, "--language-backend", "langdetect"])


def test_same_named_files_of_two_roots_stay_four_rows_through_force_backfill_and_a_tick(tmp_path: Path,
                                                                                          monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)  # relative inputs, as the issue ran them
    crawl, out = tmp_path / "crawl", "O"
    _crawl(crawl, "2024-05-01", {"page-1.txt": 0, "page-2.txt": 1})
    _crawl(crawl, "2024-05-02", {"page-1.txt": 2, "page-2.txt": 3})  # same names, other pages
    expected = {str((crawl / d / n).resolve()): s for d, n, s in (
        ("2024-05-01", "page-1.txt", 0), ("2024-05-01", "page-2.txt", 1),
        ("2024-05-02", "page-1.txt", 2), ("2024-05-02", "page-2.txt", 3))}

    assert _run("run", "crawl/2024-05-01", "--out", out, "--crawl-date", "2024-05-01") == 0
    assert _run("run", "crawl/2024-05-02", "--out", out, "--crawl-date", "2024-05-02") == 0
    _check(tmp_path / out, expected)  # 4 rows, not 2
    assert {r["crawl_date"] for r in _rows(tmp_path / out)} == {"2024-05-01", "2024-05-02"}

    assert _run("run", "crawl/2024-05-01", "--out", out, "--crawl-date", "2024-05-01", "--force") == 0
    _check(tmp_path / out, expected)  # replaced its own rows, not the other root's

    # the parent as RAW_ROOT names the same files: the same inputs, replaced in place
    assert _run("backfill", "crawl", "--since", "2024-05-01", "--until", "2024-05-02", "--out", out) == 0
    _check(tmp_path / out, expected)

    _crawl(crawl, "2024-05-02", {"page-3.txt": 4})
    tick = newsclean_incremental(inputs=[str(crawl)], out=str(tmp_path / out), language_backend="langdetect")
    assert (tick["inputs_skipped"], tick["inputs_processed"]) == (4, 1)
    _check(tmp_path / out, {**expected, str((crawl / "2024-05-02" / "page-3.txt").resolve()): 4})


def test_a_root_named_through_a_symlink_is_the_files_it_points_to(tmp_path: Path) -> None:
    crawl, out = tmp_path / "crawl", tmp_path / "out"
    _crawl(crawl, "2024-05-01", {"page-1.txt": 0})
    _crawl(crawl, "2024-05-02", {"page-1.txt": 1})
    latest = crawl / "latest"
    latest.symlink_to("2024-05-01")
    assert _run("run", str(latest), "--out", str(out)) == 0
    latest.unlink()
    latest.symlink_to("2024-05-02")  # the next day: same link, same file name, another page
    assert _run("run", str(latest), "--out", str(out)) == 0
    _check(out, {str((crawl / "2024-05-01" / "page-1.txt").resolve()): 0,
                 str((crawl / "2024-05-02" / "page-1.txt").resolve()): 1})


def test_same_named_files_of_two_roots_are_staged_under_different_part_files(tmp_path: Path) -> None:
    # a commit replaces a dataset file of the same name: a part name from the rels alone would be shared
    a = _crawl(tmp_path, "a", {"page-1.txt": 0})
    b = _crawl(tmp_path, "b", {"page-1.txt": 1})
    [shard_a], [shard_b] = make_shards(discover([str(a)])), make_shards(discover([str(b)]))
    assert shard_a.files[0].rel == shard_b.files[0].rel
    assert shard_a.key != shard_b.key


def test_the_file_list_keeps_each_files_identity_in_its_columns(tmp_path: Path) -> None:
    real = _crawl(tmp_path, "real", {"a.txt": 0, "b.txt": 1})
    (tmp_path / "via").symlink_to(real)
    (real / "c.txt").symlink_to(real / "a.txt")  # a link inside the root: the file it names, once
    files = discover([str(tmp_path / "via")])
    assert [(Path(f.path).parent.name, f.rel, f.source_path) for f in files] == [
        ("via", "a.txt", str((real / "a.txt").resolve())), ("via", "b.txt", str((real / "b.txt").resolve()))]
    assert files.source_paths().to_pylist() == [f.source_path for f in files]
    rows = [("/x/r/p.txt", "p.txt", 1, "/real/r/p.txt"), ("/x/r/q.txt", "q.txt", 1, "/elsewhere/target.txt")]
    assert [(f.path, f.rel, f.size, f.source_path) for f in FileList.from_rows(rows)] == rows


# ------------------------------------------------------------ outputs written with relative paths


def _make_legacy(out: Path, root: Path) -> None:
    """Rewrite a fresh output as newsclean wrote it before identities were absolute: every source
    path relative to its input root, in the rows, the inputs state (without ``legacy_path``) and the
    dedup state; part files named from those paths (a shard key was a hash of its files' rels)."""
    cur = (out / "current").resolve()
    prefix = str(root.resolve()) + "/"

    def rel(col: pa.ChunkedArray) -> pa.Array:
        return pa.array([v.replace(prefix, "") if v else v for v in col.to_pylist()], pa.string())

    def legacy_name(part: str) -> str:
        return part.replace("/part-", "/part-0ld")

    for f in [*(cur / "articles").rglob("*.parquet"), *(cur / "_rejects").rglob("*.parquet")]:
        t = pq.read_table(f, partitioning=None)
        i = t.schema.get_field_index("source_path")
        pq.write_table(t.set_column(i, t.schema.field(i), rel(t.column(i))), legacy_name(str(f)))
        f.unlink()
    t = pq.read_table(cur / "_state" / "inputs.parquet").drop_columns(["legacy_path"])
    t = t.set_column(0, "source_path", rel(t.column("source_path")))
    parts = [legacy_name(v) for v in t.column("parts").cast(pa.string()).to_pylist()]
    t = t.set_column(t.schema.get_field_index("parts"), "parts", pa.array(parts).dictionary_encode())
    pq.write_table(t, cur / "_state" / "inputs.parquet")
    t = pq.read_table(cur / "_state" / "dedup.parquet")
    i = t.schema.get_field_index("order")
    pq.write_table(t.set_column(i, t.schema.field(i), rel(t.column(i))), cur / "_state" / "dedup.parquet")
    assert {r["source_path"] for r in _rows(out)} <= {"page-1.txt", "page-2.txt"}


def test_an_output_written_with_relative_paths_is_migrated_and_never_loses_a_row(tmp_path: Path, monkeypatch,
                                                                                  capsys) -> None:
    monkeypatch.chdir(tmp_path)
    crawl, out = tmp_path / "crawl", tmp_path / "O"
    _crawl(crawl, "2024-05-01", {"page-1.txt": 0, "page-2.txt": 1})
    _crawl(crawl, "2024-05-02", {"page-1.txt": 2, "page-2.txt": 3})
    assert _run("run", "crawl/2024-05-01", "--out", "O", "--crawl-date", "2024-05-01") == 0
    _make_legacy(out, crawl / "2024-05-01")

    # an incremental run finds the recorded files (through the run's manifest): nothing to redo
    assert _run("run", "crawl/2024-05-01", "--out", "O", "--crawl-date", "2024-05-01") == 0
    [manifest] = [json.loads(p.read_text()) for p in sorted((out / "_runs").glob("*.json"))][-1:]
    assert manifest["summary"]["inputs_skipped"] == 2 and manifest["legacy_inputs"] == {"migrated": 2, "unresolved": 0}
    state = pq.read_table(out / "_state" / "inputs.parquet")
    assert sorted(state.column("legacy_path").to_pylist()) == ["page-1.txt", "page-2.txt"]
    assert "warning" not in capsys.readouterr().err

    # the other day's same-named pages are other inputs now: 4 rows
    assert _run("run", "crawl/2024-05-02", "--out", "O", "--crawl-date", "2024-05-02") == 0
    assert len(_rows(out)) == 4
    # re-processing the migrated inputs removes their rows written under the relative paths
    assert _run("run", "crawl/2024-05-01", "--out", "O", "--crawl-date", "2024-05-01", "--force") == 0
    _check(out, {str((crawl / d / n).resolve()): s for d, n, s in (
        ("2024-05-01", "page-1.txt", 0), ("2024-05-01", "page-2.txt", 1),
        ("2024-05-02", "page-1.txt", 2), ("2024-05-02", "page-2.txt", 3))})
    order = pq.read_table(out / "_state" / "dedup.parquet").column("order").to_pylist()
    assert len(order) == 4 and all(o.split("\x1f")[1].startswith("/") for o in order)
    assert pq.read_table(out / "_state" / "inputs.parquet").column("legacy_path").null_count == 4


def test_legacy_rows_that_match_no_file_are_kept_and_said_once(tmp_path: Path, capsys) -> None:
    root, out = _crawl(tmp_path, "crawl", {"page-1.txt": 0, "page-2.txt": 1}), tmp_path / "out"
    assert _run("run", str(root), "--out", str(out)) == 0
    _make_legacy(out, root)
    (root / "page-2.txt").write_bytes(SEEDS[4].read_bytes())  # changed since: not the recorded input
    capsys.readouterr()
    assert _run("run", str(root), "--out", str(out), "--force") == 0
    rows = _rows(out)
    assert sorted(r["source_path"] for r in rows) == sorted(
        ["page-2.txt", str((root / "page-1.txt").resolve()), str((root / "page-2.txt").resolve())])
    warnings = [line for line in capsys.readouterr().err.splitlines() if "warning" in line]
    assert len(warnings) == 1 and "1 input(s)" in warnings[0] and "page-2.txt" in warnings[0]


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_migration_needs_one_file_with_the_recorded_content(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    root = _crawl(tmp_path, "crawl", {"a.txt": 0, "b.txt": 1, "c.txt": 2})
    runs = tmp_path / "_runs"
    runs.mkdir()
    (runs / "r1.json").write_text(json.dumps({"inputs": ["crawl"]}))  # relative to the current directory
    digest = {n: _sha((root / n).read_bytes()) for n in ("a.txt", "b.txt", "c.txt")}
    elsewhere = _crawl(tmp_path, "moved", {"d.txt": 3})
    rows = [("a.txt", digest["a.txt"], "r1"),  # found through r1's manifest
            ("b.txt", "0" * 64, "r1"),  # changed since: left alone
            ("c.txt", digest["c.txt"], "r1"), ("c.txt", digest["c.txt"], "r2"),  # two inputs, one path
            ("d.txt", _sha((elsewhere / "d.txt").read_bytes()), "gone"),  # no manifest: this run's files
            ("/abs/e.txt", "1" * 64, "r1")]  # already an identity
    state = pa.table({"source_path": [r[0] for r in rows], "sha256": [r[1] for r in rows],
                      "articles": [1] * 6, "rejects": [0] * 6, "run_id": [r[2] for r in rows],
                      "parts": parts_column(["articles/part-x.parquet"], 6), "legacy_path": [None] * 6},
                     schema=INPUTS_SCHEMA)
    new, migration = migrate_legacy_inputs(state, runs, [("d.txt", str(elsewhere / "d.txt"))])
    got = dict(zip(new.column("source_path").to_pylist(), new.column("legacy_path").to_pylist()))
    assert got == {str((root / "a.txt").resolve()): "a.txt", "b.txt": None, "c.txt": None,
                   str((elsewhere / "d.txt").resolve()): "d.txt", "/abs/e.txt": None}
    assert (migration.migrated, migration.unresolved) == (2, 3)
    assert new.num_rows == 6 and pc.sum(new.column("articles")).as_py() == 6
    unchanged, none = migrate_legacy_inputs(new.filter(pc.starts_with(new.column("source_path"), "/")), runs)
    assert (none.migrated, none.unresolved) == (0, 0) and unchanged.num_rows == 3
