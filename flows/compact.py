"""Compaction: merge the small part files that incremental runs leave in each partition.

Every run adds one file per shard to each partition it writes, so a flow scheduled every 15
minutes leaves thousands of small files per partition, and every reader pays for each file (an
open, a footer, a scheduling slot) whatever its size. Compaction rewrites them:

* In each partition directory of ``articles/`` and ``_rejects/``, a file with fewer than half
  ``target_rows`` rows is *small*. Two or more small files of the same schema are merged into files
  of ``target_rows`` rows (the last one shorter): files in name order, rows in the order written.
  Larger files stay as they are: rewriting them would cost more than it saves. Files of different
  schemas (a newer schema version) are never merged together.
* ``_state/inputs.parquet`` is rewritten so that each input's ``parts`` name the new files that
  hold its rows: a later ``--force`` or backfill still removes exactly that input's rows.
* Everything lands in one commit (:func:`flows.store.commit`) under the output lock: readers see
  the dataset before or after, never half of it; a crash leaves the previous version.

Afterwards at most one small file per partition and schema remains, so compacting again finds
nothing to do and commits nothing. The same dataset always compacts into the same bytes: the new
files' names and contents depend only on the files merged.

Why 50,000 rows by default: an article is ~2 KB in these zstd parquet files, so an articles file
is ~100 MB, the low end of the 100 MB - 1 GB that DuckDB, Spark and the table formats recommend;
a reject is ~100 bytes. It is not larger because a later ``--force`` of one input rewrites the
whole file that holds its rows in memory (``flows.store._remove_rows``): ~4 KB per article in
Arrow, ~200 MB for a full file. Merging itself streams ``ROWS_PER_GROUP`` rows at a time.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.task_runners import ThreadPoolTaskRunner

from flows.report import new_run_id, write_manifest
from flows.state import INPUTS_SCHEMA, PARTS_SEP, read_inputs, split_parts
from flows.store import (
    ARTICLES,
    REJECTS,
    Commit,
    OutputDir,
    clean_staging,
    commit,
    partition_value,
    write_parquet,
)

TARGET_ROWS = 50_000
ROWS_PER_GROUP = 5_000  # rows per row group of a merged file: a merge holds ~80 MB of 4 KB articles
DATASETS = (ARTICLES, REJECTS)
COMPACTED_PREFIX = "part-compacted-"


@dataclass(frozen=True)
class Merge:
    """Small files of one partition directory, merged into ``<prefix><i>.parquet`` files beside them."""

    partition: str  # directory relative to the version root, e.g. "articles/crawl_date=2024-05-01/language=en"
    files: tuple[str, ...]  # file names in that directory, in name order
    rows: int
    prefix: str  # name of the new files without the ``<i>.parquet`` suffix

    @property
    def paths(self) -> list[str]:
        """The merged files, relative to the version root."""
        return [f"{self.partition}/{name}" for name in self.files]


@dataclass
class CompactSummary:
    run_id: str
    version: str | None
    files_before: dict[str, int]
    files_after: dict[str, int]
    partitions: dict[str, int] = field(default_factory=dict)  # partition directories rewritten, per dataset
    rows_rewritten: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"run_id": self.run_id, "version": self.version, "files_before": self.files_before,
                "files_after": self.files_after, "partitions": self.partitions,
                "rows_rewritten": self.rows_rewritten}


def parse_partition_filters(items: list[str] | None) -> dict[str, set[str]]:
    """``KEY=VALUE`` items as {key: values}: a partition matches when, for every key given, its path
    has that key with one of the values given for it.

    >>> f = parse_partition_filters(["crawl_date=2024-05-01", "crawl_date=2024-05-02", "language=en"])
    >>> {key: sorted(values) for key, values in f.items()}
    {'crawl_date': ['2024-05-01', '2024-05-02'], 'language': ['en']}
    """
    filters: dict[str, set[str]] = {}
    for item in items or ():
        key, sep, value = item.partition("=")
        if not (sep and key.strip() and value.strip()):
            raise ValueError(f"--partition takes KEY=VALUE (e.g. crawl_date=2024-05-01), not {item!r}")
        filters.setdefault(key.strip(), set()).add(partition_value(value.strip()))
    return filters


def _keys(partition: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in partition.split("/") if "=" in part)


def check_output_dir(root: Path) -> Path:
    """The current version of the newsclean dataset in ``root``; ValueError if there is none."""
    if not root.is_dir():
        raise ValueError(f"no such directory: {root}")
    out = OutputDir(root)
    version = out.current_version()
    if not out.versions.is_dir():
        raise ValueError(f"{root} is not a newsclean output directory (no committed dataset in it)")
    if version is None or not version.is_dir():  # a first run is under way, or was interrupted
        raise ValueError(f"{root} has no committed dataset yet: its first run has not finished")
    return version


def partition_dirs(version: Path) -> list[str]:
    """Directories of ``articles/`` and ``_rejects/`` that hold parquet files, relative to ``version``."""
    found = set()
    for dataset in DATASETS:
        for p in (version / dataset).rglob("*.parquet"):
            if not p.name.startswith("."):
                found.add(p.parent.relative_to(version).as_posix())
    return sorted(found)


def _selected(partition: str, filters: dict[str, set[str]] | None) -> bool:
    """Whether a partition directory matches every ``--partition`` key given (all, with none)."""
    keys = _keys(partition)
    return not filters or all(keys.get(k) in values for k, values in filters.items())


def check_filters(version: Path, filters: dict[str, set[str]]) -> None:
    """ValueError for a ``--partition`` key that no partition of the dataset has (a typo), or
    filters that select no partition at all."""
    dirs = partition_dirs(version)
    known = {k for d in dirs for k in _keys(d)}
    unknown = sorted(set(filters) - known)
    if unknown:
        raise ValueError(f"no partition key {', '.join(unknown)} in the dataset "
                         f"(its keys: {', '.join(sorted(known)) or 'none'})")
    if filters and dirs and not any(_selected(d, filters) for d in dirs):
        wanted = ", ".join(f"{k}={v}" for k, values in sorted(filters.items()) for v in sorted(values))
        raise ValueError(f"no partition matches {wanted}")


def plan(version: Path, target_rows: int, filters: dict[str, set[str]] | None = None
         ) -> tuple[list[Merge], dict[str, int]]:
    """The merges compaction makes, and the number of files of each dataset before it.

    Reads only the files' footers (row counts and schemas).
    """
    merges: list[Merge] = []
    files_before = dict.fromkeys(DATASETS, 0)
    for partition in partition_dirs(version):
        if not _selected(partition, filters):
            continue
        names = sorted(p.name for p in (version / partition).glob("*.parquet") if not p.name.startswith("."))
        files_before[partition.split("/", 1)[0]] += len(names)
        small: dict[bytes, list[tuple[str, int]]] = {}  # schema -> its small files, in name order
        for name in names:
            with pq.ParquetFile(version / partition / name) as pf:
                rows = pf.metadata.num_rows
                if 2 * rows < target_rows:
                    small.setdefault(pf.schema_arrow.serialize().to_pybytes(), []).append((name, rows))
        for group in small.values():
            if len(group) < 2:
                continue
            merged = tuple(name for name, _ in group)
            kept = set(names) - set(merged)
            merges.append(Merge(partition, merged, sum(rows for _, rows in group),
                                _new_prefix(partition, merged, kept)))
    return merges, files_before


def _new_prefix(partition: str, merged: tuple[str, ...], kept: set[str]) -> str:
    """A name for the files merged from ``merged``: the same for the same files, none of ``kept``."""
    salt = 0
    while True:
        digest = hashlib.sha256("\n".join([partition, *merged, str(salt)]).encode()).hexdigest()[:16]
        prefix = f"{COMPACTED_PREFIX}{digest}-"
        if not any(name.startswith(prefix) for name in kept):
            return prefix
        salt += 1  # a file of an earlier compaction kept this name: never overwrite it


def _row_groups(paths: list[Path], rows: int) -> Iterator[pa.Table]:
    """The rows of ``paths``, in order, as tables of ``rows`` rows (the last one shorter)."""
    pending: list[pa.RecordBatch] = []
    held = 0
    for path in paths:
        with pq.ParquetFile(path) as pf:
            for batch in pf.iter_batches(batch_size=rows):
                pending.append(batch)
                held += batch.num_rows
                while held >= rows:
                    table = pa.Table.from_batches(pending)
                    yield table.slice(0, rows)
                    rest = table.slice(rows)
                    pending, held = rest.to_batches(), rest.num_rows
    if held:
        yield pa.Table.from_batches(pending)


def merge_files(version: str, merge: Merge, staging: str, target_rows: int) -> list[tuple[str, str, list[str]]]:
    """Write the rows of ``merge.files`` into new files of ``target_rows`` rows under ``staging``.

    Streamed a row group at a time. (``pyarrow.dataset.write_dataset`` would do it in one call, but
    its reader runs ahead of its writer and queues the rows: +300 MB merging 250 MB of articles.)
    Returns (staged path, path relative to the version root, source paths of its rows) per new file.
    """
    paths = [Path(version) / p for p in merge.paths]
    group = min(ROWS_PER_GROUP, target_rows)
    schema = pq.read_schema(paths[0])  # all the same, with the schema version in the metadata
    out: list[tuple[str, str, list[str]]] = []
    writer, rows, sources = None, 0, set()

    def close() -> None:
        writer.close()
        with open(out[-1][0], "rb") as fh:
            os.fsync(fh.fileno())
        out[-1][2].extend(sorted(sources))

    for table in _row_groups(paths, group):
        while table.num_rows:
            if writer is None:
                rel = f"{merge.partition}/{merge.prefix}{len(out)}.parquet"
                staged = Path(staging) / "tree" / rel
                staged.parent.mkdir(parents=True, exist_ok=True)
                writer = pq.ParquetWriter(staged, schema, compression="zstd", write_statistics=True)
                out.append((str(staged), rel, []))
                rows, sources = 0, set()
            part = table.slice(0, target_rows - rows)  # up to the end of this file
            writer.write_table(part, row_group_size=group)
            sources.update(s for s in pc.unique(part.column("source_path")).to_pylist() if s is not None)
            rows += part.num_rows
            table = table.slice(part.num_rows)
            if rows == target_rows:
                close()
                writer = None
    if writer is not None:
        close()
    return out


def repoint_parts(inputs: pa.Table, merged: set[str], holders: dict[str, set[str]]) -> pa.Table:
    """``inputs`` (INPUTS_SCHEMA) with merged files replaced in ``parts`` by the new files that hold
    each input's rows (``holders``: source path -> new files). Inputs sharing a value still share it.
    """
    index: dict[str, int] = {}  # parts value -> its position in the new dictionary
    indices = []
    for path, legacy, value in zip(inputs.column("source_path").to_pylist(), inputs.column("legacy_path").to_pylist(),
                                   inputs.column("parts").to_pylist()):
        parts = split_parts(value)
        if any(p in merged for p in parts):  # rows written before a migration carry the legacy path
            held = holders.get(path, set()) | holders.get(legacy, set())
            value = PARTS_SEP.join(sorted({p for p in parts if p not in merged} | held))
        indices.append(index.setdefault(value or "", len(index)))
    column = pa.DictionaryArray.from_arrays(pa.array(indices, pa.int32()), pa.array(list(index), pa.string()))
    return inputs.set_column(inputs.schema.get_field_index("parts"), INPUTS_SCHEMA.field("parts"), column)


def merge_batch(version: str, merges: list[Merge], staging: str, target_rows: int) -> list[list[tuple[str, str, list[str]]]]:
    """:func:`merge_files` for each merge of a batch."""
    return [merge_files(version, m, staging, target_rows) for m in merges]


# A task per batch of merges, not per merge: a first compaction may rewrite thousands of partitions,
# and thousands of task runs cost seconds and flood Prefect's temporary server as it shuts down.
merge_batch_task = task(merge_batch, name="merge-files", retries=1, retry_delay_seconds=[1])


def run_compaction(out_dir: str = "output", target_rows: int = TARGET_ROWS,
                   partitions: list[str] | None = None) -> CompactSummary:
    """Compact the dataset in ``out_dir``; must run inside a flow. Raises ValueError for bad arguments."""
    if target_rows < 1:
        raise ValueError(f"target_rows must be at least 1, not {target_rows}")
    filters = parse_partition_filters(partitions)
    started = time.time()
    run_id = new_run_id()
    out = OutputDir(Path(out_dir))
    check_output_dir(out.root)
    with out.lock():
        version = check_output_dir(out.root)  # what the last commit left, now that no run can commit
        check_filters(version, filters)
        clean_staging(out)
        staging = out.staging(run_id)
        merges, files_before = plan(version, target_rows, filters)
        size = max(1, -(-len(merges) // (os.cpu_count() or 2)))  # one batch per core
        futures = [merge_batch_task.submit(str(version), merges[i:i + size], str(staging), target_rows)
                   for i in range(0, len(merges), size)]
        written = [new for f in futures for new in f.result()]  # in the order of merges
        summary = CompactSummary(run_id, str(version), files_before, dict(files_before))
        for m, new in zip(merges, written):
            dataset = m.partition.split("/", 1)[0]
            summary.files_after[dataset] += len(new) - len(m.files)
            summary.rows_rewritten[dataset] = summary.rows_rewritten.get(dataset, 0) + m.rows
        for partition in sorted({m.partition for m in merges}):  # two schemas in one directory: one partition
            dataset = partition.split("/", 1)[0]
            summary.partitions[dataset] = summary.partitions.get(dataset, 0) + 1
        if merges:
            merged = {p for m in merges for p in m.paths}
            holders: dict[str, set[str]] = {}
            for new in written:
                for _, rel, sources in new:
                    for s in sources:
                        holders.setdefault(s, set()).add(rel)
            add = [(Path(staged), rel) for new in written for staged, rel, _ in new]
            state = version / "_state" / "inputs.parquet"
            if state.exists():
                staged_state = staging / "state" / "inputs.parquet"
                write_parquet(repoint_parts(read_inputs(state.parent), merged, holders), staged_state,
                              sort_by="source_path")
                add.append((staged_state, "_state/inputs.parquet"))
            summary.version = str(commit(out, Commit(add, [], delete=sorted(merged)), version_id=run_id))
        clean_staging(out)

    write_manifest(out.runs, run_id, started, {
        "command": "compact",
        "options": {"out": out_dir, "target_rows": target_rows, "partitions": sorted(partitions or [])},
        "summary": summary.as_dict(),
    })
    create_markdown_artifact(markdown=summary_markdown(summary), key="newsclean-compact-summary",
                             description=f"newsclean compact {run_id}")
    return summary


def summary_rows(summary: dict) -> list[tuple[str, str, str, str, str]]:
    """(dataset, partitions rewritten, files before, files after, rows merged) per dataset."""
    return [(d, str(summary["partitions"].get(d, 0)), str(summary["files_before"][d]),
             str(summary["files_after"][d]), str(summary["rows_rewritten"].get(d, 0))) for d in DATASETS]


def summary_markdown(summary: CompactSummary) -> str:
    lines = [f"# newsclean compact `{summary.run_id}`", "",
             "| dataset | partitions | files before | files after | rows merged |",
             "|---|---:|---:|---:|---:|"]
    lines += ["| " + " | ".join(row) + " |" for row in summary_rows(summary.as_dict())]
    return "\n".join(lines) + "\n"


@flow(name="newsclean-compact", task_runner=ThreadPoolTaskRunner(max_workers=os.cpu_count() or 2))
def newsclean_compact(out: str = "output", target_rows: int = TARGET_ROWS, partitions: list[str] | None = None) -> dict:
    """Merge the small part files of each partition (``partitions``: ``KEY=VALUE`` filters)."""
    return run_compaction(out, target_rows, partitions).as_dict()


__all__ = ["TARGET_ROWS", "CompactSummary", "Merge", "newsclean_compact", "plan", "run_compaction"]
