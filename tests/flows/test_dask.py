"""The flow on a local two-worker Dask cluster writes exactly what the default runner writes."""

from __future__ import annotations

import pickle
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from flows.cli import main
from tests import dedup_texts as texts

pytest.importorskip("prefect_dask")


def _inputs(root: Path) -> Path:
    pages = {
        "a/solar.txt": texts.solar_original(), "a/solar_lead.txt": texts.solar_lead(),
        "b/solar_2nd_ld.txt": texts.solar_2nd_ld(), "b/reprint.txt": texts.solar_reprint(),
        "c/other.txt": texts.solar_other(), "c/ferry.txt": texts.ferry(),
        "d/ferry_copy.txt": texts.ferry().upper(), "d/empty.txt": "",
        "e/short.txt": "Breaking: more soon\n",
        "2024-05-07/f/ferry_day.txt": texts.ferry().replace("212", "213"),
    }
    for rel, text in pages.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def _files(out: Path) -> dict[str, bytes]:
    """Every file of the committed version, by path relative to it."""
    version = (out / "current").resolve()
    return {p.relative_to(version).as_posix(): p.read_bytes() for p in sorted(version.rglob("*")) if p.is_file()}


def test_dask_output_equals_single_process_output_byte_for_byte(tmp_path, capfd):
    src = _inputs(tmp_path / "in")
    common = ["run", str(src), "--shard-files", "3"]
    assert main([*common, "--out", str(tmp_path / "thread")]) == 0
    capfd.readouterr()
    assert main([*common, "--out", str(tmp_path / "dask"), "--runner", "dask", "--workers", "2"]) == 0
    err = capfd.readouterr().err
    assert "distributed." not in err and "EventsWorker" not in err, err  # quiet without -v
    thread, dask = _files(tmp_path / "thread"), _files(tmp_path / "dask")
    assert sorted(thread) == sorted(dask)
    assert any(k.startswith("articles/") for k in thread) and any(k.startswith("_rejects/") for k in thread)
    # inputs.parquet names the run that processed each input; run ids differ by design, so that file
    # is compared without them. Every other file - articles, rejects, line counts, duplicate
    # state - must be the same bytes: same shards, same row order, same row groups, same metadata.
    run_state = "_state/inputs.parquet"
    different = [k for k in thread if k != run_state and thread[k] != dask[k]]
    assert different == []
    strip = [c for c in pq.read_schema(tmp_path / "thread" / "current" / run_state).names if c != "run_id"]
    assert (pq.read_table(tmp_path / "thread" / "current" / run_state, columns=strip)
            == pq.read_table(tmp_path / "dask" / "current" / run_state, columns=strip))


def test_task_arguments_pickle(tmp_path):
    """What the flow sends to workers: plain dataclasses, no callbacks, no open handles."""
    from cleaners import CleanConfig
    from flows.shards import clean_shard, count_shard_lines
    from flows.sources import ReadConfig, discover, make_shards

    src = _inputs(tmp_path / "in")
    shard = make_shards(discover([str(src)]), 100)[0]
    staging = tmp_path / "staging"
    counts = count_shard_lines(shard, ReadConfig())
    result = clean_shard(shard, str(staging), CleanConfig(repeated_lines=frozenset({"ab"})), ReadConfig())
    for obj in (shard, ReadConfig(), CleanConfig(), counts, result):
        assert pickle.loads(pickle.dumps(obj)) == obj
    assert len(pickle.dumps(result)) < 10_000  # a result stays small whatever the shard holds
