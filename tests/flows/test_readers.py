"""Downstream readers named in the README read the output as the README says (HF ``datasets`` here;
duckdb, polars and pyarrow are covered in test_flow.py)."""

from __future__ import annotations

from pathlib import Path

import pyarrow.dataset as ds
import pytest

from flows.cli import main

datasets = pytest.importorskip("datasets")


@pytest.fixture(scope="module")
def out(seeds_dir_module: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("readers") / "out"
    assert main(["run", str(seeds_dir_module), "--out", str(out), "--crawl-date", "2024-05-03"]) == 0
    return out


@pytest.fixture(scope="module")
def seeds_dir_module() -> Path:
    return Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(autouse=True)
def _offline_hf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_CACHE", str(tmp_path / "hf-cache"))


def test_hf_load_dataset_reads_every_part_file(out: Path) -> None:
    # One schema across all partitions' files, so the plain parquet builder concatenates them; it
    # does not parse Hive directory names, so the partition columns are not among its columns.
    d = datasets.load_dataset("parquet", data_dir=str(out / "articles"), split="train",
                              cache_dir=str(out.parent / "hf-cache"))
    assert d.num_rows == 5
    assert "headline" in d.column_names and "language" not in d.column_names


def test_hf_dataset_from_the_hive_dataset_keeps_the_partition_columns(out: Path) -> None:
    # The README's recipe for HF users who need language / crawl_date.
    table = ds.dataset(out / "articles", partitioning="hive").to_table(filter=ds.field("language") == "en")
    d = datasets.Dataset(table)
    assert d.num_rows == 5
    assert set(d["language"]) == {"en"}
    assert {str(v)[:10] for v in d["crawl_date"]} == {"2024-05-03"}
