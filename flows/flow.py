"""The Prefect flow: discover -> shard -> count lines -> clean -> cluster duplicates -> commit.

Shards (thousands of documents) are tasks, never single documents. Only I/O-bound steps retry:
cleaning never raises (a bad document becomes a Reject row), so a retry could only repeat a bug.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.task_runners import ThreadPoolTaskRunner

from cleaners import CleanConfig
from cleaners.repeated import repeated_keys
from flows import state as state_mod
from flows.dedup import cluster_staged
from flows.report import RunSummary, new_run_id, summary_markdown, write_manifest
from flows.shards import DateRange, ShardResult, clean_shard, count_shard_lines, finalize_shard
from flows.sources import FileList, ReadConfig, Selection, discover, input_sha256, make_shards
from flows.state import SHARD_INPUTS_SCHEMA
from flows.store import (
    ARTICLES,
    REJECTS,
    Commit,
    OutputDir,
    OutputLocked,
    clean_staging,
    commit,
    partition_value,
)
from schemas import DEFAULT_PARTITION_COLS

# Arrow's default allocator (mimalloc) keeps freed memory in per-thread heaps, and every parquet
# read or write runs on arrow's threads: the flow process, whose tables come and go (dedup keys,
# state, per-input rows), held ~40 MiB more at its peak than with the system allocator, and
# more the larger the run (benchmarks/memory.py). Set on import, before the first arrow buffer.
pa.set_memory_pool(pa.system_memory_pool())
SHARDS_IN_FLIGHT = 4  # bounds memory: results of at most this many shards are pending at once

count_lines_task = task(count_shard_lines, name="count-lines", retries=2, retry_delay_seconds=[1, 5])
clean_shard_task = task(clean_shard, name="clean-shard", retries=2, retry_delay_seconds=[1, 5])
finalize_shard_task = task(finalize_shard, name="finalize-shard", retries=2, retry_delay_seconds=[1, 5])


@dataclass
class RunOptions:
    out: str = "output"
    mode: str = "run"  # "run" (skip inputs already processed), "force" (re-process), "backfill"
    since: dt.date | None = None
    until: dt.date | None = None
    language_backend: str = "fasttext"
    partition_cols: tuple[str, ...] = DEFAULT_PARTITION_COLS
    shard_files: int | None = None  # input files per shard; None: auto_shard_files(number of inputs)
    shards_in_flight: int = SHARDS_IN_FLIGHT
    shard_bytes: int = 64_000_000
    drop_duplicates: bool = False
    articles_only: bool = False  # pages of another kind become not_article rejects
    repeated_min_docs: int = 5
    crawl_date: dt.date | None = None  # for inputs whose crawl date is not in their path or record
    doc_timeout: float | None = 10.0  # seconds per document; slower ones become Reject(reason="timeout")
    read: ReadConfig = field(default_factory=ReadConfig)
    select: Selection = field(default_factory=Selection)  # --include / --exclude globs


def auto_shard_files(n_files: int) -> int:
    """Files per shard: about eight shards (parallelism for the process and Dask runners), each
    large enough to amortize a task's overhead and small enough to bound a task's memory.
    Depends on the input count only, so every machine cuts the same shards.

    >>> auto_shard_files(91), auto_shard_files(2000), auto_shard_files(1_000_000)
    (100, 250, 2000)
    """
    return max(100, min(2000, -(-n_files // 8)))


def _submit_bounded(fn, items: list, make_args: Callable, on_done: Callable | None = None,
                    keep_results: bool = True, limit: int = SHARDS_IN_FLIGHT) -> list:
    """Submit ``fn`` for each item with at most ``limit`` pending; results in order.

    ``on_done`` sees each result in order; with ``keep_results=False`` results are not kept after it
    and are freed at once: Prefect's task-run engine holds each result in a reference cycle, so
    without a collection the results of a pass (pass 1's line counts: ~5 MiB a shard) pile up until
    Python's occasional full collection, and the flow's peak memory grows with the corpus.
    """
    results: list = [None] * len(items)
    pending: dict[int, object] = {}

    def collect(i: int) -> None:
        result = pending.pop(i).result()
        if on_done:
            on_done(result)
        if keep_results:
            results[i] = result
        else:
            del result
            gc.collect()  # ~70 ms with 100k inputs listed, against seconds of work per shard

    for i, item in enumerate(items):
        pending[i] = fn.submit(*make_args(item))
        if len(pending) >= limit:
            collect(min(pending))
    for i in sorted(pending):
        collect(i)
    return results


def select_inputs(files: FileList, opts: RunOptions, state: Path | pa.Table) -> tuple[FileList, int]:
    """Inputs this run processes, and how many it leaves: already processed (by identity + hash;
    ``state``: the state directory, or its inputs table), or for a backfill dated outside its range."""
    if opts.crawl_date:
        files = files.with_column("crawl_date", pc.fill_null(files.column("crawl_date"), opts.crawl_date))
    if opts.mode == "backfill":
        # Dated directories outside the range are skipped unread; undated containers (JSONL/WARC)
        # are read and filtered by their records' fetch dates.
        rng = DateRange(opts.since, opts.until)
        todo = files.filter([d is None or d in rng for d in files.column("crawl_date").to_pylist()])
        return todo, len(files) - len(todo)
    if opts.mode == "force":
        return files, 0
    done = state_mod.processed_inputs(state)
    if not len(done):
        return files, 0
    # The hash is kept with the file: the shard records it in the state without reading the file again.
    files = files.with_column("sha256", pa.array([input_sha256(f) for f in files], pa.string()))
    keys = state_mod.input_keys(files.source_paths(), files.column("sha256"))
    todo = files.filter(pc.invert(pc.is_in(keys, value_set=done)))
    return todo, len(files) - len(todo)


def _replaced_partitions(opts: RunOptions, dates: DateRange | None) -> list[str]:
    """The partition directories a backfill replaces whole: its crawl dates' (articles only when
    partitioned by crawl date first; rejects always are)."""
    replace: list[str] = []
    if dates is None:
        return replace
    day = opts.since
    while day <= opts.until:
        d = partition_value(day.isoformat())
        if opts.partition_cols and opts.partition_cols[0] == "crawl_date":
            replace.append(f"{ARTICLES}/crawl_date={d}")
        replace.append(f"{REJECTS}/crawl_date={d}")
        day += dt.timedelta(days=1)
    return replace


def _duplicates(results: list[ShardResult], cluster_files: list[str | None]) -> tuple[int, Counter]:
    """How many staged articles are non-canonical duplicates, and their languages (with
    --drop-duplicates they are rejects, not articles: the summary's languages leave them out)."""
    count, languages = 0, Counter()
    for result, path in zip(results, cluster_files):
        if not path:
            continue
        is_dup = pq.read_table(path, columns=["is_duplicate"]).column(0)
        n = pc.sum(is_dup).as_py() or 0
        if n:
            count += n
            langs = pq.read_table(result.articles_path, columns=["language"]).column(0).filter(is_dup)
            languages.update(langs.to_pylist())
    return count, languages


#: Progress callbacks of the calling process (the CLI's progress bar). Not a flow parameter: Prefect
#: ships the flow run's parameters to every Dask worker with each task, and a callback holding a
#: terminal's lock cannot be pickled (nor should it run there).
_progress_callbacks: list[Callable[[int], None]] = []


@contextlib.contextmanager
def reporting_progress(callback: Callable[[int], None]) -> Iterator[None]:
    """Call ``callback(number of inputs)`` in this process as shards finish, while inside the block."""
    _progress_callbacks.append(callback)
    try:
        yield
    finally:
        _progress_callbacks.remove(callback)


#: Input lists made before the flow started (the CLI lists them for its progress bar), by inputs
#: and output directory. Not a flow parameter: Prefect sends parameters to its API with the run.
_listed_inputs: dict[tuple[tuple[str, ...], str], FileList] = {}


def _listing_key(inputs: list[str], out: Path) -> tuple[tuple[str, ...], str]:
    return tuple(inputs), str(out.resolve())


@contextlib.contextmanager
def listed_inputs(inputs: list[str], out: str | Path, files: FileList) -> Iterator[None]:
    """Inside the block, a run of ``inputs`` into ``out`` takes ``files`` as its inputs instead of
    listing them again (``discover(inputs, exclude=[out])``, half a second per 100k files)."""
    key = _listing_key(inputs, Path(out))
    _listed_inputs[key] = files
    try:
        yield
    finally:
        _listed_inputs.pop(key, None)


def run_pipeline(inputs: list[str], opts: RunOptions | None = None,
                 progress: Callable[[int], None] | None = None) -> RunSummary:
    """Clean ``inputs`` into ``opts.out``; must run inside a flow. Returns the run summary."""
    opts = opts or RunOptions()
    progress = progress or (_progress_callbacks[-1] if _progress_callbacks else None)
    started = time.time()
    run_id = new_run_id()
    out = OutputDir(Path(opts.out))
    out.ensure()
    with out.lock():
        clean_staging(out)
        staging = out.staging(run_id)
        staging.mkdir(parents=True)
        files = _listed_inputs.get(_listing_key(inputs, out.root))
        empty: list[str] = []
        if files is None:
            files = discover(inputs, exclude=[out.root], select=opts.select, empty=empty)
        # Outputs written with relative source paths: their inputs get their absolute identity first.
        migrated, migration = state_mod.migrate_legacy_inputs(
            state_mod.read_inputs(out.state), out.runs, ((f.rel, f.path) for f in files))
        # the state is read again where needed, unless migrated here: held for the run only then
        state: Path | pa.Table = migrated if migration.migrated else out.state
        del migrated
        todo, skipped = select_inputs(files, opts, state)
        shards = make_shards(todo, opts.shard_files or auto_shard_files(len(todo)), opts.shard_bytes)
        dates = DateRange(opts.since, opts.until) if opts.mode == "backfill" else None

        # Pass 1: corpus-level line counts (this run + earlier runs' state).
        lossy = state_mod.LossyLineCounts(*state_mod.line_counts(out.state))
        # HTML has no raw lines; shards are made when asked for, so here as numbers, not a second list
        text_shards = [k for k in range(len(shards)) if any(f.format != "html" for f in shards[k].files)]
        _submit_bounded(count_lines_task, text_shards, lambda k: (shards[k], opts.read, dates, opts.doc_timeout),
                        on_done=lambda r: lossy.add(*r), keep_results=False, limit=opts.shards_in_flight)
        counts, documents = lossy.counts, lossy.documents
        boiler = repeated_keys(counts, documents, min_docs=opts.repeated_min_docs)
        clean_cfg = CleanConfig(language_backend=opts.language_backend, repeated_lines=boiler,
                                doc_timeout_s=opts.doc_timeout, articles_only=opts.articles_only)

        # Pass 2: clean and stage.
        results: list[ShardResult] = _submit_bounded(
            clean_shard_task, shards, lambda s: (s, str(staging), clean_cfg, opts.read, dates),
            on_done=(lambda r: progress(r.input_count)) if progress else None, limit=opts.shards_in_flight)

        # Duplicates across shards and runs, then the partitioned files.
        previous = state_mod.dedup_index(out.state)
        if dates is not None:
            # typed: an empty Python list would be a null-typed array, which filter() refuses
            keep = pa.array([d not in dates for d in previous.column("crawl_date").to_pylist()], pa.bool_())
            previous = previous.filter(keep)
        # The per-input rows are read back shard by shard once clustering is done; here only their paths.
        reprocessed = pa.concat_arrays([pa.array([], pa.string()), *(
            pq.read_table(r.inputs_path, columns=["source_path"]).column(0).combine_chunks()
            for r in results if r.inputs_path)])
        # Their earlier articles leave the dataset below. A backfill removes only the rows of the
        # dates it re-processes (filtered out above): a JSONL file's other dates keep rows and keys.
        if len(reprocessed) and previous.num_rows and dates is None:
            # "order" is "crawl date \x1f source path \x1f record" (cleaners.dedup.DedupKey); rows of
            # a migrated input written before carry its relative path
            paths = pc.list_element(pc.split_pattern(previous.column("order"), "\x1f"), 1)
            previous = previous.filter(pc.invert(pc.is_in(
                paths, value_set=state_mod.with_legacy_paths(state, reprocessed))))
        cluster_files, dedup_state = cluster_staged([r.dedup_path for r in results], previous, str(staging))
        del previous
        duplicates, duplicate_languages = _duplicates(results, cluster_files)
        staged: list[tuple[str, str]] = []
        inputs_with_parts = []
        for result, files_of_shard in zip(results, _submit_bounded(
                finalize_shard_task, list(zip(results, cluster_files)),
                lambda rc: (rc[0], str(staging), rc[1], opts.partition_cols, opts.drop_duplicates),
                limit=opts.shards_in_flight)):
            staged.extend(files_of_shard)
            if result.inputs_path:
                inputs_of_shard = pq.read_table(result.inputs_path, schema=SHARD_INPUTS_SCHEMA)
                parts = sorted(rel for _, rel in files_of_shard)
                inputs_with_parts.append(inputs_of_shard.append_column(
                    "parts", state_mod.parts_column(parts, len(inputs_of_shard))))
        inputs_state = pa.concat_tables([SHARD_INPUTS_SCHEMA.append(state_mod.INPUTS_SCHEMA.field("parts")).empty_table(),
                                         *inputs_with_parts])
        # Inputs processed again (changed, --force, backfill) replace the rows they made before.
        remove_rows = state_mod.rows_to_replace(state, reprocessed)
        replace = _replaced_partitions(opts, dates)
        # a backfill leaves an input's rows of other dates where they are: their files stay in its parts
        carry = (lambda part: not any(part.startswith(r + "/") for r in replace)) if dates is not None else None
        staged.extend(state_mod.stage_state(state, staging, inputs_state, run_id, counts, documents,
                                            carry_parts=carry))
        staged.append(dedup_state)
        if staged or replace:
            version = commit(out, Commit([(Path(s), rel) for s, rel in staged], replace, remove_rows,
                                         remove_dates=(opts.since, opts.until) if dates is not None else None),
                             version_id=run_id)
        else:
            version = out.current_version()
        clean_staging(out)

    summary = RunSummary.from_results(run_id, len(files), skipped if dates is None else 0, results,
                                      str(version) if version else None)
    if dates is not None:
        summary.inputs_outside_range = skipped
    summary.add_duplicates(duplicates, dropped=opts.drop_duplicates, languages=duplicate_languages)
    summary.warnings += [f"no input files found under {spec}" for spec in empty]
    if migration.warning():
        summary.warnings.append(migration.warning())
    write_manifest(out.runs, run_id, started, {
        "inputs": list(inputs),
        "options": {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in asdict(opts).items()},
        "language_backend": opts.language_backend,
        "repeated_lines": len(boiler),
        "legacy_inputs": {"migrated": migration.migrated, "unresolved": migration.unresolved},
        "summary": summary.as_dict(),
    })
    try:
        create_markdown_artifact(markdown=summary_markdown(summary), key="newsclean-run-summary",
                                 description=f"newsclean run {run_id}")
    except Exception as exc:  # noqa: BLE001 - the run is committed; the artifact only shows its summary in the UI
        get_run_logger().warning("run %s committed; its summary artifact was not saved: %s: %s",
                                 run_id, type(exc).__name__, exc)
    return summary


# Shard tasks are CPU-bound Python: threads beyond the cores only add shards buffering at once
# (Prefect's default pool is unbounded, so all shards in flight would run together).
newsclean_flow = flow(run_pipeline, name="newsclean", validate_parameters=False,
                      task_runner=ThreadPoolTaskRunner(max_workers=os.cpu_count() or 2))
newsclean_flow.__doc__ = "One-off run or backfill (the CLI's flow); returns the run summary."


@flow(name="newsclean-incremental", task_runner=ThreadPoolTaskRunner(max_workers=os.cpu_count() or 2))
def newsclean_incremental(inputs: list[str], out: str = "output", language_backend: str = "fasttext",
                          include: list[str] | None = None, exclude: list[str] | None = None,
                          articles_only: bool = False) -> dict:
    """The scheduled flow: process only inputs not processed before (by path + content hash);
    ``include``/``exclude``: globs of files to read or leave out (the CLI's --include/--exclude);
    ``articles_only``: pages of other kinds become not_article rejects."""
    opts = RunOptions(out=out, mode="run", language_backend=language_backend, articles_only=articles_only,
                      select=Selection(tuple(include or ()), tuple(exclude or ())))
    started = time.monotonic()
    try:
        summary = run_pipeline(inputs, opts)
    except OutputLocked as exc:  # a compaction (or a long run) holds the output: the next tick catches up
        print(f"newsclean tick: nothing done, {exc}", flush=True)
        return {"locked": str(exc)}
    for warning in summary.warnings:
        print(f"newsclean tick: warning: {warning}", flush=True)
    print(tick_line(summary, time.monotonic() - started), flush=True)
    return summary.as_dict()


def tick_line(summary: RunSummary, seconds: float) -> str:
    """The one line a scheduled tick prints (``newsclean serve`` shows its flow runs' output).

    >>> s = RunSummary("r1", inputs_seen=12, inputs_skipped=10, inputs_processed=2, articles=3)
    >>> tick_line(s, 4.25)
    'newsclean tick r1: 12 inputs seen, 2 new or changed, 3 articles, 0 rejects, 4.2 s'
    """
    return (f"newsclean tick {summary.run_id}: {summary.inputs_seen} inputs seen, {summary.inputs_processed} new or "
            f"changed, {summary.articles} articles, {sum(summary.rejects.values())} rejects, {seconds:.1f} s")


__all__ = ["RunOptions", "listed_inputs", "newsclean_flow", "newsclean_incremental", "reporting_progress",
           "run_pipeline", "tick_line"]
