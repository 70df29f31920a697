"""State files: written sorted a row group at a time; read back from older layouts."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from flows.state import INPUTS_SCHEMA, read_inputs, rows_to_replace, split_parts
from flows.store import write_parquet
from schemas import SCHEMA_VERSION, SCHEMA_VERSION_KEY


def test_sorted_write_holds_the_rows_in_order_in_row_groups(tmp_path: Path) -> None:
    keys = [f"k{(i * 7919) % 1000:04d}" for i in range(1000)]
    table = pa.table({"key": keys, "n": list(range(1000))})
    path = tmp_path / "state.parquet"
    write_parquet(table, path, sort_by="key", rows_per_group=300)
    meta = pq.ParquetFile(path).metadata
    assert meta.num_row_groups == 4
    got = pq.read_table(path)
    assert got.column("key").to_pylist() == sorted(keys)
    assert got.select(["key", "n"]).equals(table.sort_by("key"))
    assert got.schema.metadata[SCHEMA_VERSION_KEY] == SCHEMA_VERSION.encode()


def test_sorted_write_keeps_equal_keys_in_their_order_and_writes_empty_tables(tmp_path: Path) -> None:
    table = pa.table({"key": ["b", "a", "b", "a"], "n": [1, 2, 3, 4]})
    write_parquet(table, tmp_path / "t.parquet", sort_by="key", rows_per_group=3)
    assert pq.read_table(tmp_path / "t.parquet").column("n").to_pylist() == [2, 4, 1, 3]
    write_parquet(table.slice(0, 0), tmp_path / "e.parquet", sort_by="key")
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 0


def test_inputs_state_written_with_part_lists_reads_as_joined_parts(tmp_path: Path) -> None:
    # State of 0.1 runs kept each input's dataset files as a list; it must still say which files to replace.
    old = pa.table({
        "source_path": ["a.txt", "b.txt", "c.txt"],
        "sha256": ["1", "2", "3"],
        "articles": [1, 1, 0],
        "rejects": [0, 0, 1],
        "run_id": ["r1", "r1", "r1"],
        "parts": pa.array([["articles/x/part-1.parquet", "_rejects/x/part-1.parquet"],
                           ["articles/x/part-1.parquet"], None],
                          pa.list_(pa.dictionary(pa.int32(), pa.string()))),
    })
    (tmp_path / "state").mkdir()
    pq.write_table(old, tmp_path / "state" / "inputs.parquet")
    replace = rows_to_replace(tmp_path / "state", pa.array(["a.txt", "c.txt"]))
    assert replace == {"articles/x/part-1.parquet": {"a.txt"}, "_rejects/x/part-1.parquet": {"a.txt"}}
    t = read_inputs(tmp_path / "state")
    assert t.schema == INPUTS_SCHEMA
    assert [split_parts(v) for v in t.column("parts").to_pylist()] == [
        ["articles/x/part-1.parquet", "_rejects/x/part-1.parquet"], ["articles/x/part-1.parquet"], []]
