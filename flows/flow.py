"""The Prefect flow: a run of newsclean, step by step, as the data flows.

    list inputs → select the new or changed → shard → count lines (pass 1) → clean (pass 2)
      → cluster duplicates → finalize partitioned files → commit → summary, manifest

:func:`run_pipeline` reads as that picture; each step below it is a function with a docstring.
Shards (thousands of documents) are tasks, never single documents. Only I/O-bound steps retry:
cleaning never raises (a bad document becomes a Reject row), so a retry could only repeat a bug.
What a run's steps share besides their data (its id, options, output and staging directories)
is its :class:`RunContext`, made when the run starts and gone when it ends.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import gc
import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar
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
from flows.dedup import Replaced, cluster_staged, replaced_entries
from flows.report import (
    RunSummary,
    new_run_id,
    previous_run_options,
    summary_markdown,
    write_manifest,
)
from flows.shards import DateRange, ShardResult, clean_shard, count_shard_lines, finalize_shard
from flows.sources import FileList, ReadConfig, Selection, Shard, discover, input_sha256, make_shards
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


class LayoutChanged(ValueError):
    """A run asked for other partition columns than the output's: mixed layouts no reader can read."""


def check_layout(out: OutputDir, partition_cols: Sequence[str]) -> None:
    """Raise :class:`LayoutChanged` when ``out`` holds runs partitioned by other columns."""
    before = (previous_run_options(out.runs) or {}).get("partition_cols")
    if before and tuple(before) != tuple(partition_cols):
        raise LayoutChanged(f"{out.root} is partitioned by {','.join(before)}, not {','.join(partition_cols)}: "
                            f"a dataset of mixed layouts cannot be read; use --partition-by {','.join(before)} "
                            "or another --out")


#: Options that shape the rows an input gives: an input processed before under others keeps its rows.
ROW_OPTIONS = ("articles_only", "drop_duplicates", "language_backend", "crawl_date", "doc_timeout", "read")


def manifest_options(opts: RunOptions) -> dict:
    """The run's options as its manifest records them (JSON values)."""
    return json.loads(json.dumps(asdict(opts), default=str))


def options_changed(before: dict | None, opts: RunOptions) -> list[str]:
    """The options of :data:`ROW_OPTIONS` this run sets otherwise than the run ``before`` did."""
    now = manifest_options(opts)
    return [name for name in ROW_OPTIONS if before is not None and name in before and before[name] != now[name]]


def run_pipeline(inputs: list[str], opts: RunOptions | None = None) -> RunSummary:
    """Clean ``inputs`` into ``opts.out``; must run inside a flow. Returns the run summary."""
    run = RunContext.start(opts or RunOptions())
    with arrow_system_allocator(), run.out.lock():
        check_layout(run.out, run.opts.partition_cols)
        changed = options_changed(previous_run_options(run.out.runs), run.opts)
        run.open_staging()
        listing = list_inputs(inputs, run)
        state, migration = migrate_legacy_state(run, listing.files)
        todo, left = select_inputs(listing.files, run.opts, state)
        shards = make_shards(todo, run.opts.shard_files or auto_shard_files(len(todo)), run.opts.shard_bytes)
        lines = count_repeated_lines(run, shards)  # pass 1
        results = clean_shards(run, shards, lines)  # pass 2
        duplicates = cluster_duplicates(run, results, state)
        staged, inputs_state = finalize_shards(run, results, duplicates)
        version = commit_run(run, staged, inputs_state, state, duplicates, lines, stale_skips(run, inputs, listing, state))
    summary = summarize(run, listing, left, results, duplicates, migration, version)
    if changed and summary.inputs_skipped:
        flags = ", ".join("--jsonl-field" if name == "read" else "--" + name.replace("_", "-") for name in changed)
        summary.warnings.append(f"{summary.inputs_skipped} inputs processed before keep the rows their earlier "
                                f"options made (this run changes {flags}); --force processes them again")
    write_run_manifest(run, inputs, summary, migration, lines)
    show_summary_in_prefect(run, summary)
    return summary


# ---------------------------------------------------------------- what a run holds


@dataclass(frozen=True)
class RunContext:
    """One run of the flow, in the process that runs it: what its steps share besides their data.
    Made by :func:`run_pipeline` as the run starts; it lives as long as the run."""

    opts: RunOptions
    run_id: str
    started: float  # time.time()
    out: OutputDir
    dates: DateRange | None  # a backfill's crawl dates (--since..--until); None for a run

    @classmethod
    def start(cls, opts: RunOptions) -> RunContext:
        """A new run into ``opts.out``, which is created if need be (an error here if it cannot be)."""
        started = time.time()
        out = OutputDir(Path(opts.out))
        out.ensure()
        dates = DateRange(opts.since, opts.until) if opts.mode == "backfill" else None
        return cls(opts, new_run_id(), started, out, dates)

    @property
    def staging(self) -> Path:
        """Where the run's files wait for its commit (``OUT/_staging/<run id>``)."""
        return self.out.staging(self.run_id)

    def open_staging(self) -> None:
        """Leftovers of runs that died are removed, and this run's staging directory is made
        (with the output locked: another run's staging is never removed under it)."""
        clean_staging(self.out)
        self.staging.mkdir(parents=True)


@contextlib.contextmanager
def arrow_system_allocator() -> Iterator[None]:
    """Arrow allocates with the system allocator inside the block (the flow's process, for a run).

    Arrow's default allocator (mimalloc) keeps freed memory in per-thread heaps, and every parquet
    read or write runs on arrow's threads: the flow process, whose tables come and go (dedup keys,
    state, per-input rows), held ~40 MiB more at its peak than with the system allocator, and
    more the larger the run (benchmarks/memory.py). A buffer is freed by the pool that allocated
    it, so switching back afterwards is safe. Worker processes choose for their own lifetime
    (:func:`flows.runners.import_shard_code`).
    """
    before = pa.default_memory_pool()
    pa.set_memory_pool(pa.system_memory_pool())
    try:
        yield
    finally:
        pa.set_memory_pool(before)


@dataclass(frozen=True)
class Listing:
    """A run's input files as discovered, and the inputs under which no file to read was found."""

    inputs: tuple[str, ...]
    out: str  # the output directory, resolved: its own files are never inputs
    files: FileList
    empty: tuple[str, ...] = ()

    @classmethod
    def of(cls, inputs: list[str], out: str | Path, select: Selection) -> Listing:
        """List ``inputs`` (files, directories, globs), leaving out the output directory's own files."""
        empty: list[str] = []
        files = discover(inputs, exclude=[out], select=select, empty=empty)
        return cls(tuple(inputs), str(Path(out).resolve()), files, tuple(empty))

    @contextlib.contextmanager
    def handed_over(self) -> Iterator[None]:
        """Inside the block, a flow run of the same inputs into the same output takes this listing
        instead of listing again (half a second per 100k files). The holder (the CLI, which lists
        for its progress bar) warns about the empty inputs itself; the run's summary does not again.

        Not a flow parameter: Prefect sends parameters to its API with the run and ships them to
        every task; a run's listing holds a row per input file. It is handed over in this process's
        context (a ContextVar) for the block's lifetime, and read once, by :func:`list_inputs`.
        """
        token = _HANDED_OVER.set(self)
        try:
            yield
        finally:
            _HANDED_OVER.reset(token)


_HANDED_OVER: ContextVar[Listing | None] = ContextVar("newsclean_listing_handed_over", default=None)


# ---------------------------------------------------------------- the steps, in the flow's order


def list_inputs(inputs: list[str], run: RunContext) -> Listing:
    """The run's input files: those the caller listed already (:meth:`Listing.handed_over`), else
    discovered here."""
    handed = _HANDED_OVER.get()
    if handed is not None and handed.inputs == tuple(inputs) and handed.out == str(run.out.root.resolve()):
        return dataclasses.replace(handed, empty=())  # its holder said which inputs were empty
    return Listing.of(inputs, run.out.root, run.opts.select)


def migrate_legacy_state(run: RunContext, files: FileList) -> tuple[Path | pa.Table, state_mod.Migration]:
    """The state of the inputs processed before: the state directory, or, when inputs recorded by an
    earlier version under their relative path were given their absolute identity here, the migrated
    inputs table (held for the run only then; else the state is read again where needed)."""
    migrated, migration = state_mod.migrate_legacy_inputs(
        state_mod.read_inputs(run.out.state), run.out.runs, ((f.rel, f.path) for f in files))
    return (migrated if migration.migrated else run.out.state), migration


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
    # An input an earlier run read and this one skips (--exclude, a hidden name now) keeps that run's rows.
    skipped_now = pc.is_valid(todo.column("skip"))
    if pc.any(skipped_now).as_py():
        read_before = pc.is_in(todo.source_paths(), value_set=state_mod.read_inputs_paths(state))
        todo = todo.filter(pc.invert(pc.and_(skipped_now, read_before)))
    return todo, len(files) - len(todo)


def auto_shard_files(n_files: int) -> int:
    """Files per shard: about eight shards (parallelism for the process and Dask runners), each
    large enough to amortize a task's overhead and small enough to bound a task's memory.
    Depends on the input count only, so every machine cuts the same shards.

    >>> auto_shard_files(91), auto_shard_files(2000), auto_shard_files(1_000_000)
    (100, 250, 2000)
    """
    return max(100, min(2000, -(-n_files // 8)))


@dataclass(frozen=True)
class LineCounts:
    """Pass 1's corpus-level line counts (this run's shards + earlier runs' state), and the lines
    repeated on enough documents to be boilerplate."""

    counts: Counter
    documents: int
    repeated: frozenset[str]


def count_repeated_lines(run: RunContext, shards: Sequence[Shard]) -> LineCounts:
    """Pass 1: count each short line's documents over the corpus (a task per shard of text inputs;
    HTML has no raw lines), added to the counts of earlier runs."""
    lossy = state_mod.LossyLineCounts(*state_mod.line_counts(run.out.state))
    # shards are made when asked for, so here as numbers, not a second list
    text_shards = [k for k in range(len(shards)) if any(f.format != "html" for f in shards[k].files)]
    _submit_bounded(count_lines_task, text_shards, lambda k: (shards[k], run.opts.read, run.dates, run.opts.doc_timeout),
                    on_done=lambda r: lossy.add(*r), keep_results=False, limit=run.opts.shards_in_flight)
    repeated = repeated_keys(lossy.counts, lossy.documents, min_docs=run.opts.repeated_min_docs)
    return LineCounts(lossy.counts, lossy.documents, repeated)


def clean_shards(run: RunContext, shards: Sequence[Shard], lines: LineCounts) -> list[ShardResult]:
    """Pass 2: clean each shard and stage its articles, rejects, per-input rows and dedup keys
    (a task per shard; at most ``shards_in_flight`` pending)."""
    opts = run.opts
    clean_cfg = CleanConfig(language_backend=opts.language_backend, repeated_lines=lines.repeated,
                            doc_timeout_s=opts.doc_timeout, articles_only=opts.articles_only)
    return _submit_bounded(clean_shard_task, shards, lambda s: (s, str(run.staging), clean_cfg, opts.read, run.dates),
                           limit=opts.shards_in_flight)


@dataclass(frozen=True)
class Duplicates:
    """The run's duplicate clusters, across shards and runs."""

    cluster_files: list[str | None]  # per shard, rows aligned with its staged articles; None: no articles
    dedup_state: tuple[str, str]  # the next dedup state, staged: (path, path in the version)
    reprocessed: pa.Array  # source paths processed again (changed, --force, backfill)
    count: int  # non-canonical duplicates among this run's articles
    languages: Counter  # and their languages


def cluster_duplicates(run: RunContext, results: list[ShardResult], state: Path | pa.Table) -> Duplicates:
    """Cluster the staged articles' dedup keys with those of earlier runs' articles, minus the
    articles this run replaces."""
    previous = state_mod.dedup_index(run.out.state)
    replaced: Replaced = {}  # the earlier entries of the articles processed again: originals stay originals
    if run.dates is not None:
        # typed: an empty Python list would be a null-typed array, which filter() refuses
        keep = pa.array([d not in run.dates for d in previous.column("crawl_date").to_pylist()], pa.bool_())
        replaced.update(replaced_entries(previous.filter(pc.invert(keep))))
        previous = previous.filter(keep)
    # The per-input rows are read back shard by shard once clustering is done; here only their paths.
    reprocessed = pa.concat_arrays([pa.array([], pa.string()), *(
        pq.read_table(r.inputs_path, columns=["source_path"]).column(0).combine_chunks()
        for r in results if r.inputs_path)])
    # Their earlier articles leave the dataset. A backfill removes only the rows of the dates it
    # re-processes (filtered out above): a JSONL file's other dates keep rows and keys.
    if len(reprocessed) and previous.num_rows and run.dates is None:
        # "order" is "crawl date \x1f source path \x1f record" (cleaners.dedup.DedupKey); rows of
        # a migrated input written before carry its relative path
        paths = pc.list_element(pc.split_pattern(previous.column("order"), "\x1f"), 1)
        gone = pc.is_in(paths, value_set=state_mod.with_legacy_paths(state, reprocessed))
        replaced.update(replaced_entries(previous.filter(gone)))
        previous = previous.filter(pc.invert(gone))
    cluster_files, dedup_state = cluster_staged([r.dedup_path for r in results], previous, str(run.staging), replaced)
    del previous
    count, languages = _count_duplicates(results, cluster_files)
    return Duplicates(cluster_files, dedup_state, reprocessed, count, languages)


def _count_duplicates(results: list[ShardResult], cluster_files: list[str | None]) -> tuple[int, Counter]:
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


def finalize_shards(run: RunContext, results: list[ShardResult],
                    duplicates: Duplicates) -> tuple[list[tuple[str, str]], pa.Table]:
    """Write each shard's partitioned files with its duplicate flags (a task per shard); returns
    the staged files ``(path, path in the version)`` and the processed inputs' state rows with
    the files holding their rows."""
    opts = run.opts
    staged: list[tuple[str, str]] = []
    inputs_with_parts = []
    for result, files_of_shard in zip(results, _submit_bounded(
            finalize_shard_task, list(zip(results, duplicates.cluster_files)),
            lambda rc: (rc[0], str(run.staging), rc[1], opts.partition_cols, opts.drop_duplicates),
            limit=opts.shards_in_flight)):
        staged.extend(files_of_shard)
        if result.inputs_path:
            inputs_of_shard = pq.read_table(result.inputs_path, schema=SHARD_INPUTS_SCHEMA)
            parts = sorted(rel for _, rel in files_of_shard)
            inputs_with_parts.append(inputs_of_shard.append_column(
                "parts", state_mod.parts_column(parts, len(inputs_of_shard))))
    inputs_state = pa.concat_tables([SHARD_INPUTS_SCHEMA.append(state_mod.INPUTS_SCHEMA.field("parts")).empty_table(),
                                     *inputs_with_parts])
    return staged, inputs_state


def stale_skips(run: RunContext, inputs: list[str], listing: Listing, state: Path | pa.Table) -> pa.Array:
    """The earlier skipped and unlistable-directory rows under this run's input directories that its
    listing no longer gives (:func:`flows.state.stale_skips`); none for a backfill, which replaces
    only its dates."""
    if run.dates is not None:
        return pa.array([], pa.string())
    roots = [os.path.realpath(spec) for spec in inputs if os.path.isdir(spec)]
    return state_mod.stale_skips(state, roots, listing.files.source_paths())


def commit_run(run: RunContext, staged: list[tuple[str, str]], inputs_state: pa.Table, state: Path | pa.Table,
               duplicates: Duplicates, lines: LineCounts, stale: pa.Array | None = None) -> Path | None:
    """Stage the next state, then commit: one new version of the output, switched to atomically.
    Inputs processed again replace the rows they made before; a backfill replaces its dates'
    partitions whole; ``stale`` skipped entries lose their rows and their state. Returns the version
    (the current one if the run changed nothing)."""
    opts = run.opts
    stale = pa.array([], pa.string()) if stale is None else stale
    remove_rows = state_mod.rows_to_replace(state, pa.concat_arrays([duplicates.reprocessed.cast(pa.string()),
                                                                     stale.cast(pa.string())]))
    replace = _replaced_partitions(opts, run.dates)
    # a backfill leaves an input's rows of other dates where they are: their files stay in its parts
    carry = (lambda part: not any(part.startswith(r + "/") for r in replace)) if run.dates is not None else None
    staged = [*staged, *state_mod.stage_state(state, run.staging, inputs_state, run.run_id, lines.counts,
                                              lines.documents, carry_parts=carry, dropped=stale),
              duplicates.dedup_state]
    if staged or replace:
        version = commit(run.out, Commit([(Path(s), rel) for s, rel in staged], replace, remove_rows,
                                         remove_dates=(opts.since, opts.until) if run.dates is not None else None),
                         version_id=run.run_id)
    else:
        version = run.out.current_version()
    clean_staging(run.out)
    return version


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


def summarize(run: RunContext, listing: Listing, left: int, results: list[ShardResult], duplicates: Duplicates,
              migration: state_mod.Migration, version: Path | None) -> RunSummary:
    """The run summary: inputs seen and left, the shards' counts, duplicates, warnings."""
    backfill = run.dates is not None
    summary = RunSummary.from_results(run.run_id, len(listing.files), 0 if backfill else left, results,
                                      str(version) if version else None)
    if backfill:
        summary.inputs_outside_range = left
    summary.add_duplicates(duplicates.count, dropped=run.opts.drop_duplicates, languages=duplicates.languages)
    summary.warnings += [f"no input files found under {spec}" for spec in listing.empty]
    if migration.warning():
        summary.warnings.append(migration.warning())
    return summary


def write_run_manifest(run: RunContext, inputs: list[str], summary: RunSummary, migration: state_mod.Migration,
                       lines: LineCounts) -> None:
    """``OUT/_runs/<run id>.json``: the run's inputs, options and summary."""
    opts = run.opts
    write_manifest(run.out.runs, run.run_id, run.started, {
        "inputs": list(inputs),
        "options": manifest_options(opts),
        "language_backend": opts.language_backend,
        "repeated_lines": len(lines.repeated),
        "legacy_inputs": {"migrated": migration.migrated, "unresolved": migration.unresolved},
        "summary": summary.as_dict(),
    })


def show_summary_in_prefect(run: RunContext, summary: RunSummary) -> None:
    """The summary as the flow run's markdown artifact (Prefect's UI shows it)."""
    try:
        create_markdown_artifact(markdown=summary_markdown(summary), key="newsclean-run-summary",
                                 description=f"newsclean run {run.run_id}")
    except Exception as exc:  # noqa: BLE001 - the run is committed; the artifact only shows its summary in the UI
        get_run_logger().warning("run %s committed; its summary artifact was not saved: %s: %s",
                                 run.run_id, type(exc).__name__, exc)


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


# ---------------------------------------------------------------- the flows


# Shard tasks are CPU-bound Python: threads beyond the cores only add shards buffering at once
# (Prefect's default pool is unbounded, so all shards in flight would run together).
newsclean_flow = flow(run_pipeline, name="newsclean", validate_parameters=False,
                      task_runner=ThreadPoolTaskRunner(max_workers=os.cpu_count() or 2))
newsclean_flow.__doc__ = "One-off run or backfill (the CLI's flow); returns the run summary."


@flow(name="newsclean-incremental", task_runner=ThreadPoolTaskRunner(max_workers=os.cpu_count() or 2))
def newsclean_incremental(inputs: list[str], out: str = "output", language_backend: str = "fasttext",
                          include: list[str] | None = None, exclude: list[str] | None = None,
                          articles_only: bool = False, partition_by: list[str] | None = None,
                          drop_duplicates: bool = False, doc_timeout: float | None = 10.0,
                          jsonl_fields: list[list[str]] | None = None) -> dict:
    """The scheduled flow: process only inputs not processed before (by path + content hash).
    The other parameters are the CLI's options of the same names: ``include``/``exclude`` globs,
    ``articles_only``, ``partition_by`` columns, ``drop_duplicates``, ``doc_timeout`` seconds (None: no
    limit) and ``jsonl_fields`` as ``[kind, name]`` pairs (``--jsonl-field KIND=NAME``)."""
    opts = RunOptions(out=out, mode="run", language_backend=language_backend, articles_only=articles_only,
                      select=Selection(tuple(include or ()), tuple(exclude or ())),
                      partition_cols=tuple(partition_by or DEFAULT_PARTITION_COLS), drop_duplicates=drop_duplicates,
                      doc_timeout=doc_timeout, read=ReadConfig().with_jsonl_fields(jsonl_fields))
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


__all__ = ["Listing", "RunContext", "RunOptions", "arrow_system_allocator", "newsclean_flow",
           "newsclean_incremental", "run_pipeline", "tick_line"]
