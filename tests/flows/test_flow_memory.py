"""What keeps the flow's memory flat as the corpus grows: columnar file lists, shards made on
demand, state files written sorted without a copy of the whole table."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from flows.sources import FileList, InputFile, Shard, discover, make_shards
from flows.state import INPUTS_SCHEMA, parts_column, take_rows, write_sorted
from flows.store import write_parquet


def _tree(root: Path, n: int) -> None:
    for i in range(n):
        d = root / ("2024-05-03" if i % 3 else "misc") / f"d{i % 4}"
        d.mkdir(parents=True, exist_ok=True)
        (d / f"p{i:03d}.txt").write_text("x" * (i + 1))


def test_file_list_gives_the_files_a_list_of_input_files_would(tmp_path: Path) -> None:
    _tree(tmp_path / "crawl", 30)
    files = discover([str(tmp_path / "crawl")])
    as_list = list(files)
    assert len(files) == len(as_list) == 30
    assert [f.rel for f in as_list] == sorted(f.rel for f in as_list)
    for f in as_list:
        assert Path(f.path).read_text() == "x" * f.size
        assert f.crawl_date == (dt.date(2024, 5, 3) if f.rel.startswith("2024-05-03/") else None)
    assert files[0] == as_list[0] and files[-1] == as_list[-1] and files[3:7] == as_list[3:7]
    assert files[::10] == as_list[::10]
    with pytest.raises(IndexError):
        files[30]


def test_a_path_that_is_not_its_prefix_and_rel_is_kept_whole(tmp_path: Path) -> None:
    bad = os.fsdecode(b"caf\xe9.txt")  # not UTF-8: the rel shows \xe9, the path keeps the real name
    rows = [(str(tmp_path / "ok.txt"), "ok.txt", 2), (str(tmp_path / bad), "caf\\xe9.txt", 3)]
    files = FileList.from_rows(rows)
    assert [(f.path, f.rel, f.size) for f in files] == rows


def test_shards_of_a_file_list_are_those_of_the_same_files_as_a_list(tmp_path: Path) -> None:
    _tree(tmp_path / "crawl", 50)
    files = discover([str(tmp_path / "crawl")])
    for max_files, max_bytes in ((7, 10**9), (100, 300), (1, 1)):
        columnar, listed = make_shards(files, max_files, max_bytes), make_shards(list(files), max_files, max_bytes)
        assert len(columnar) == len(listed) > 1
        assert list(columnar) == list(listed)
        assert [f for s in columnar for f in s.files] == list(files)  # every file once, in order
        assert all(len(s.files) <= max_files and (len(s.files) == 1 or s.size <= max_bytes) for s in columnar)
    assert make_shards(files, 7)[-1] == Shard(list(files)[49:])


def test_file_list_holds_a_file_in_well_under_the_bytes_of_an_input_file_object(tmp_path: Path) -> None:
    rows = [(f"{tmp_path}/crawl/2024-05-03/site-{i % 50}/page-{i:07d}.txt", f"2024-05-03/site-{i % 50}/page-{i:07d}.txt",
             1000 + i) for i in range(5000)]
    files = FileList.from_rows(rows)
    per_file = files._table.nbytes / len(files)
    assert per_file < 80  # an InputFile with its two strings and its size: ~300 bytes
    assert files[4999] == InputFile(*rows[4999], crawl_date=dt.date(2024, 5, 3))


def test_file_list_columns_can_be_replaced_and_filtered(tmp_path: Path) -> None:
    files = FileList.from_rows([(f"/r/{n}", n, 1) for n in ("a", "2024-01-02/b", "c")])
    dated = files.with_column("crawl_date", pa.array([dt.date(2020, 1, 1)] * 3, pa.date32()))
    hashed = dated.with_column("sha256", pa.array(["h1", "h2", "h3"]))
    kept = hashed.filter([True, False, True])
    assert [(f.rel, f.crawl_date, f.sha256) for f in kept] == [("a", dt.date(2020, 1, 1), "h1"),
                                                               ("c", dt.date(2020, 1, 1), "h3")]
    assert [f.sha256 for f in files] == [None] * 3  # the original is unchanged


def _many_chunks() -> pa.Table:
    rng = np.random.default_rng(0)
    chunks = []
    for k in range(9):  # like the state: one table per shard, each with its own dictionary of parts
        n = int(rng.integers(0, 40))
        chunks.append(pa.table({
            "source_path": [f"p{int(x):05d}" for x in rng.integers(0, 500, n)],
            "sha256": [f"h{k}-{i}" for i in range(n)],
            "articles": pa.array(rng.integers(0, 3, n)),
            "rejects": pa.array(rng.integers(0, 3, n)),
            "run_id": ["r"] * n,
            "parts": parts_column([f"articles/part-{k}.parquet", f"_rejects/part-{k}.parquet"], n),
            "legacy_path": pa.nulls(n, pa.string()),
        }, schema=INPUTS_SCHEMA))
    return pa.concat_tables(chunks)


def test_take_rows_is_table_take() -> None:
    table = _many_chunks().unify_dictionaries()  # as write_sorted has it: one dictionary for all chunks
    rows = np.random.default_rng(1).permutation(len(table))[:50]
    assert take_rows(table, rows).equals(table.take(pa.array(rows)).combine_chunks())
    assert take_rows(table, np.array([], np.int64)).num_rows == 0


def test_sorted_write_of_many_chunks_is_the_file_write_parquet_writes(tmp_path: Path) -> None:
    table = _many_chunks()
    assert table.column("parts").num_chunks > 1
    for rows_per_group in (7, 100, 16_384):
        write_parquet(table, tmp_path / "a.parquet", sort_by="source_path", rows_per_group=rows_per_group)
        write_sorted(table, tmp_path / "b.parquet", sort_by="source_path", rows_per_group=rows_per_group)
        assert (tmp_path / "a.parquet").read_bytes() == (tmp_path / "b.parquet").read_bytes()
    empty = table.slice(0, 0)
    write_parquet(empty, tmp_path / "a.parquet", sort_by="source_path")
    write_sorted(empty, tmp_path / "b.parquet", sort_by="source_path")
    assert (tmp_path / "a.parquet").read_bytes() == (tmp_path / "b.parquet").read_bytes()
    assert pq.read_table(tmp_path / "b.parquet").num_rows == 0


def test_bucket_candidates_come_one_neighbour_distance_at_a_time() -> None:
    from flows.dedup import MAX_BUCKET_NEIGHBOURS, _bucket_pairs

    keys = np.array([7] * 100 + [3, 3], np.int64)  # a bucket of 100 nodes, one of 2, in node order
    nodes = np.arange(102)
    parts = list(_bucket_pairs(keys, nodes))
    assert len(parts) == MAX_BUCKET_NEIGHBOURS
    assert max(len(p) for p in parts) <= len(nodes)  # never all distances' pairs at once
    pairs = {tuple(p) for part in parts for p in part.tolist()}
    assert pairs == {(a, b) for b in range(100) for a in range(max(0, b - MAX_BUCKET_NEIGHBOURS), b)} | {(100, 101)}
    assert list(_bucket_pairs(np.array([1], np.int64), np.array([0]))) == []


def test_the_flow_process_uses_the_system_allocator_for_arrow_during_a_run(
        seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import flows.flow

    before = pa.default_memory_pool().backend_name  # importing the flow chooses nothing
    seen: list[str] = []
    select = flows.flow.select_inputs

    def spy(*args):
        seen.append(pa.default_memory_pool().backend_name)
        return select(*args)

    monkeypatch.setattr(flows.flow, "select_inputs", spy)
    flows.flow.newsclean_incremental(inputs=[str(seeds_dir)], out=str(tmp_path / "out"))
    assert seen == ["system"]
    assert pa.default_memory_pool().backend_name == before  # the run's choice, not the process's for good


def test_processed_inputs_match_on_path_and_hash_together(tmp_path: Path) -> None:
    import pyarrow.compute as pc

    from flows.state import input_keys, processed_inputs

    state = pa.table({"source_path": ["a.txt", "b.txt"], "sha256": ["h1", "h2"], "articles": [1, 1],
                      "rejects": [0, 0], "run_id": ["r", "r"], "parts": parts_column([], 2),
                      "legacy_path": [None, None]}, schema=INPUTS_SCHEMA)
    write_parquet(state, tmp_path / "inputs.parquet")
    done = processed_inputs(tmp_path)
    assert len(processed_inputs(tmp_path / "none")) == 0
    seen = input_keys(pa.array(["a.txt", "a.txt", "b.txt", "h1"]), pa.array(["h1", "h2", "h1", "a.txt"]))
    assert pc.is_in(seen, value_set=done).to_pylist() == [True, False, False, False]
