"""Per-shard work, plain functions (no Prefect here): the flow wraps each as a task.

A shard is processed in two passes over its files:

1. :func:`count_shard_lines` - document frequency of short lines, for corpus-level
   repeated-line removal (CCNet's idea: a line on many pages is boilerplate).
2. :func:`clean_shard` - read, clean, stage the records as parquet, return counts and the
   duplicate-detection keys. :func:`finalize_shard` then adds the duplicate columns and writes
   the staged records into the Hive-partitioned tree of the run.
"""

from __future__ import annotations

import datetime as dt
import os
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute  # noqa: F401 - pa.compute
import pyarrow.parquet as pq

from cleaners import CleanConfig, clean_batch
from cleaners import repeated as repeated_lines
from cleaners.budget import DocTimeout, time_budget
from cleaners.dedup import dedup_keys
from flows.sources import ReadConfig, Shard, input_sha256, read_file, skip_kind
from flows.state import DEDUP_KEY_SCHEMA, SHARD_INPUTS_SCHEMA
from flows.store import ARTICLES, REJECTS, PartitionWriter, write_partitioned
from schemas import (
    ARTICLE_SCHEMA,
    DEFAULT_PARTITION_COLS,
    REJECT_PARTITION_COLS,
    REJECT_SCHEMA,
    Article,
    RawDoc,
    Reject,
)

# Rows buffered before a parquet row group is written: bounds memory per shard, and up to
# SHARDS_IN_FLIGHT shards buffer at once. Staged files are rewritten by finalize_shard, so
# their row-group size does not reach the dataset.
BATCH_ROWS = 500
# Articles read per step when finalizing: a row group of the dataset's files holds at most this many.
FINALIZE_ROWS = 1000


@dataclass(frozen=True)
class DateRange:
    since: dt.date
    until: dt.date

    def __contains__(self, d: object) -> bool:
        return isinstance(d, dt.date) and self.since <= d <= self.until


@dataclass
class ShardResult:
    shard_key: str
    articles_path: str | None
    rejects_path: str | None
    # Per input file (source path, sha256, counts), staged as parquet (flows.state.SHARD_INPUTS_SCHEMA):
    # a run of a million files must not hold a million dicts in the flow.
    inputs_path: str | None = None
    input_count: int = 0
    articles: int = 0
    rejects: Counter = field(default_factory=Counter)  # by reason
    removed: Counter = field(default_factory=Counter)  # lines removed by kind
    languages: Counter = field(default_factory=Counter)
    crawl_dates: set = field(default_factory=set)
    skipped: Counter = field(default_factory=Counter)  # entries not read, by why ("hidden file", ...)
    urls: Counter = field(default_factory=Counter)  # articles' url from the "input" (record, WARC) or the "page"
    # Duplicate keys are staged beside the articles (row for row), not carried here: the flow
    # holds every shard's result until the end, so a result must not grow with its documents.
    dedup_path: str | None = None
    documents_outside_range: int = 0  # backfill: documents of other crawl dates, or undated, not read


#: The hash a backfill records for an input it read only part of (records of other dates, or undated):
#: no file has it, so the next run reads the input again and its rows replace the backfill's.
PARTLY_PROCESSED = "partly processed by a backfill"


def _docs(shard: Shard, read_cfg: ReadConfig, dates: DateRange | None, skip_html_files: bool = False,
          left: Counter | None = None):
    """The shard's documents; a backfill's (``dates``) only those of its crawl dates, the others counted
    per input in ``left``."""
    for f in shard.files:
        if skip_html_files and f.format == "html":
            continue
        for doc in read_file(f, read_cfg):
            if dates is not None and doc.crawl_date not in dates:
                if left is not None:
                    left[f.source_path] += 1
                continue  # backfill: only the crawl dates being replaced
            yield f, doc


def count_shard_lines(shard: Shard, read_cfg: ReadConfig, dates: DateRange | None = None,
                      doc_timeout_s: float | None = 10.0) -> tuple[Counter, int]:
    """Pass 1: in how many documents of this shard each short line occurs; and how many documents.

    A document that is too slow or breaks the line counter is left out of the counts (pass 2 turns
    it into a Reject); it must not stop the run.
    """
    counts: Counter = Counter()
    documents = 0
    # An HTML file holds one HTML document and no raw text lines: not read here at all.
    for _, doc in _docs(shard, read_cfg, dates, skip_html_files=True):
        if isinstance(doc, RawDoc) and doc.kind == "text":
            try:
                with time_budget(doc_timeout_s):
                    keys = repeated_lines.document_line_keys(doc.text)
            except (DocTimeout, Exception):  # noqa: BLE001
                continue
            documents += 1
            counts.update(keys)
    return counts, documents


class _Buffer:
    """Rows buffered and flushed as row groups of one staged parquet file.

    Rows go to a temp file renamed on close: a retried task (after a transient read error) never
    shares its file with the failed attempt's writer, which pyarrow still closes when collected.
    """

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self.path, self.schema, self.rows, self.writer, self.count = path, schema, [], None, 0
        self.tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")

    def add(self, row: dict) -> None:
        self.rows.append(row)
        self.count += 1
        if len(self.rows) >= BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        if self.writer is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.writer = pq.ParquetWriter(self.tmp, self.schema, compression="zstd")
        self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
        self.rows = []

    def close(self) -> str | None:
        self.flush()
        if self.writer is None:
            return None
        self.writer.close()
        os.replace(self.tmp, self.path)
        return str(self.path)


class ShardProgress:
    """A shard's progress for the CLI's bar (files and documents done), in ``staging/progress/<key>``:
    a file, not a callback, so it reaches the CLI from worker processes and Dask workers too.
    Rewritten at most every ``interval`` seconds, atomically."""

    def __init__(self, staging: str | Path, key: str, interval: float = 0.2) -> None:
        self.path = Path(staging) / "progress" / key
        self.interval, self.last = interval, 0.0

    def update(self, files: int, documents: int, final: bool = False) -> None:
        now = time.monotonic()
        if not final and now - self.last < self.interval:
            return
        self.last = now
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{uuid.uuid4().hex[:8]}.tmp")
        tmp.write_text(f"{files} {documents}\n")
        os.replace(tmp, self.path)


def read_progress(staging_root: str | Path) -> tuple[int, int]:
    """Files and documents done by the shards of the runs staged under ``staging_root`` (``OUT/_staging``)."""
    files = documents = 0
    for p in Path(staging_root).glob("*/progress/*"):
        if p.name.startswith("."):
            continue
        try:
            f, d = p.read_text().split()
        except (OSError, ValueError):  # replaced or removed while read
            continue
        files, documents = files + int(f), documents + int(d)
    return files, documents


def _add_keys(keys: _Buffer, articles: list[Article]) -> None:
    """Stage the duplicate keys of ``articles`` (then forgotten), one row each, in their order."""
    for key in dedup_keys(articles):
        keys.add(key.to_row())
    articles.clear()


#: Documents cleaned together (cleaners.clean_batch): features once per distinct line of the batch and
#: one call of each model. Larger batches share more lines; this many pages hold a few MB of text.
CLEAN_BATCH_DOCS = 64


def _cleaned(docs, clean_cfg: CleanConfig):
    """(file, document, record) for each document read, cleaned in batches; a read Reject passes through."""
    batch: list = []

    def flush():
        raws = [doc for _, doc in batch if isinstance(doc, RawDoc)]
        records = iter(clean_batch(raws, clean_cfg))
        for f, doc in batch:
            yield f, doc, (next(records) if isinstance(doc, RawDoc) else doc)
        batch.clear()

    for f, doc in docs:
        batch.append((f, doc))
        if len(batch) >= CLEAN_BATCH_DOCS:
            yield from flush()
    yield from flush()


def clean_shard(
    shard: Shard,
    staging: str,
    clean_cfg: CleanConfig,
    read_cfg: ReadConfig,
    dates: DateRange | None = None,
) -> ShardResult:
    """Pass 2: every document of the shard becomes one staged Article or Reject row."""
    base = Path(staging) / "shards"
    arts = _Buffer(base / f"{shard.key}.articles.parquet", ARTICLE_SCHEMA)
    rejs = _Buffer(base / f"{shard.key}.rejects.parquet", REJECT_SCHEMA)
    keys = _Buffer(base / f"{shard.key}.dedup.parquet", DEDUP_KEY_SCHEMA)
    # A backfill re-processes part of an input (a JSONL file's dates in range): its part files get
    # names of their own, never those of the files that keep the input's other rows.
    key = shard.key if dates is None else f"{shard.key}-{dates.since:%Y%m%d}-{dates.until:%Y%m%d}"
    result = ShardResult(key, None, None)
    per_file: dict[str, Counter] = {}
    progress = ShardProgress(staging, shard.key)
    documents = 0
    left: Counter = Counter()  # a backfill's documents of other dates (or undated), per input
    # Duplicate keys are computed a batch of articles at a time (whole-array MinHash), in row order.
    keyless: list[Article] = []
    for f, doc, record in _cleaned(_docs(shard, read_cfg, dates, left=left), clean_cfg):
        if f.source_path not in per_file:
            progress.update(len(per_file), documents)  # the files before this one are done
        documents += 1
        counts = per_file.setdefault(f.source_path, Counter())
        result.crawl_dates.add(record.crawl_date)
        if isinstance(record, Article):
            arts.add(record.to_row())
            result.articles += 1
            counts["articles"] += 1
            result.removed.update({k: v for k, v in record.lines_removed.items() if v})
            result.languages[record.language] += 1
            if record.url:  # the input's (a JSONL field, WARC-Target-URI), else the page's canonical/og:url
                result.urls["input" if doc.url else "page"] += 1
            keyless.append(record)
            if len(keyless) >= BATCH_ROWS:
                _add_keys(keys, keyless)
        else:
            assert isinstance(record, Reject)
            rejs.add(record.to_row())
            result.rejects[record.reason] += 1
            if record.reason == "skipped":
                result.skipped[skip_kind(record.detail)] += 1
            counts["rejects"] += 1
    _add_keys(keys, keyless)
    progress.update(len(shard.files), documents, final=True)
    result.articles_path, result.rejects_path, result.dedup_path = arts.close(), rejs.close(), keys.close()
    inputs = _Buffer(base / f"{shard.key}.inputs.parquet", SHARD_INPUTS_SCHEMA)
    for f in shard.files:
        c = per_file.pop(f.source_path, Counter())
        done = not left[f.source_path]  # a backfill that left some of its documents has not processed it
        inputs.add({"source_path": f.source_path, "sha256": (f.sha256 or input_sha256(f)) if done else PARTLY_PROCESSED,
                    "articles": c["articles"], "rejects": c["rejects"]})
    result.inputs_path, result.input_count = inputs.close(), inputs.count
    result.documents_outside_range = sum(left.values())
    return result


def finalize_shard(
    result: ShardResult,
    staging: str,
    clusters_path: str | None,
    partition_cols: tuple[str, ...] = DEFAULT_PARTITION_COLS,
    drop_duplicates: bool = False,
) -> list[tuple[str, str]]:
    """Add ``dup_cluster``/``is_duplicate`` and write the shard's rows into partition directories.

    ``clusters_path`` holds ``dup_cluster``/``is_duplicate`` for the staged articles, row for row
    (``flows.dedup.cluster_staged``). With ``drop_duplicates`` the
    non-canonical members become Reject rows (reason ``duplicate``) instead of articles.
    Returns ``(staged file, path relative to the dataset version)`` pairs for the commit.
    """
    tree = Path(staging) / "tree"
    name = f"part-{result.shard_key}.parquet"
    out: list[tuple[str, str]] = []
    dropped: list[dict] = []
    if result.articles_path:
        # Streamed a row group at a time: a shard's articles are never all in memory at once.
        staged = pq.ParquetFile(result.articles_path)
        clusters = pq.read_table(clusters_path)
        if len(clusters) != staged.metadata.num_rows:
            raise RuntimeError(f"shard {result.shard_key}: {len(clusters)} cluster rows for "
                               f"{staged.metadata.num_rows} articles")
        writer = PartitionWriter(tree / ARTICLES, partition_cols, name, ARTICLE_SCHEMA)
        start = 0
        for batch in staged.iter_batches(batch_size=FINALIZE_ROWS):
            table = pa.Table.from_batches([batch]).cast(ARTICLE_SCHEMA)
            part = clusters.slice(start, len(table))
            start += len(table)
            is_dup = part.column("is_duplicate").combine_chunks()
            table = table.set_column(table.schema.get_field_index("dup_cluster"),
                                     ARTICLE_SCHEMA.field("dup_cluster"), part.column("dup_cluster"))
            table = table.set_column(table.schema.get_field_index("is_duplicate"),
                                     ARTICLE_SCHEMA.field("is_duplicate"), is_dup)
            if drop_duplicates:
                for row in table.filter(is_dup).select(
                        ["source_path", "source_record", "url", "crawl_date", "dup_cluster"]).to_pylist():
                    cluster = row.pop("dup_cluster")
                    dropped.append(Reject(**row, reason="duplicate", detail=f"member of duplicate cluster {cluster}")
                                   .to_row())
                table = table.filter(pa.compute.invert(is_dup))
            writer.write(table)
        for p in writer.close():
            out.append((str(p), p.relative_to(tree).as_posix()))
    rejects = pq.read_table(result.rejects_path, schema=REJECT_SCHEMA) if result.rejects_path else None
    if dropped:
        extra = pa.Table.from_pylist(dropped, schema=REJECT_SCHEMA)
        rejects = extra if rejects is None else pa.concat_tables([rejects, extra])
    if rejects is not None:
        for p in write_partitioned(rejects, tree / REJECTS, REJECT_PARTITION_COLS, name):
            out.append((str(p), p.relative_to(tree).as_posix()))
    return out


__all__ = ["DateRange", "ShardProgress", "ShardResult", "clean_shard", "count_shard_lines", "finalize_shard",
           "read_progress"]
