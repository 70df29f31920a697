"""The output directory: a Hive-partitioned parquet dataset committed atomically.

Layout of ``OUT/``::

    articles -> current/articles          # what readers open (duckdb, polars, pyarrow, ...)
    _rejects -> current/_rejects          # one row per rejected input, with a reason
    _state   -> current/_state            # what has been processed (incremental runs)
    current  -> _versions/<version>       # swapped atomically at the end of each commit
    _versions/<version>/...               # full dataset trees; unchanged files are hard links
    _staging/<run>/...                    # shard outputs of a running (or crashed) run
    _runs/<run>.json                      # run manifests: started, finished, counts, config
    .lock                                 # one committing run at a time

A commit builds the next version as hard links of the current one plus the run's new files, then
repoints ``current`` with one ``rename``: a reader, or a run killed at any instant, sees either the
old dataset or the new one, never a half-written one. Re-committing files of the same name
replaces them, so re-running the same shards cannot duplicate rows.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os
import re
import shutil
import signal
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from schemas import SCHEMA_VERSION, SCHEMA_VERSION_KEY

ARTICLES = "articles"
REJECTS = "_rejects"
STATE = "_state"
KEEP_VERSIONS = 2  # the current one and the one before it (readers that started earlier)

UNKNOWN = "unknown"
_UNSAFE = re.compile(r"[^\w.\-]")


def partition_value(value: object) -> str:
    """A value made safe as one path component of a ``key=value`` directory.

    It can never escape or split the tree: no ``/``, no ``=``, no leading dot, never empty.

    ``None`` becomes ``unknown``. (Hive's ``__HIVE_DEFAULT_PARTITION__`` null marker breaks
    pyarrow's type inference when every value is null, and pandas' default reader when any is.)

    >>> partition_value("2024-05-03"), partition_value("en"), partition_value(None)
    ('2024-05-03', 'en', 'unknown')
    >>> partition_value("../../etc"), partition_value("a=b/c"), partition_value(".hidden")
    ('etc', 'a_b_c', 'hidden')
    """
    if value is None:
        return UNKNOWN
    s = _UNSAFE.sub("_", str(value)).strip("._") or "unknown"
    s = s[:64]
    # 64 characters may be 256 bytes of UTF-8, past the 255-byte limit of a file name
    while len(s.encode("utf-8")) > 120:
        s = s[:-1]
    return s.rstrip("._")  # a cut may end on a separator: strip it again, so the result is stable


@dataclass(frozen=True)
class OutputDir:
    root: Path

    @property
    def current(self) -> Path:
        return self.root / "current"

    @property
    def articles(self) -> Path:
        return self.root / ARTICLES

    @property
    def rejects(self) -> Path:
        return self.root / REJECTS

    @property
    def state(self) -> Path:
        return self.root / STATE

    @property
    def versions(self) -> Path:
        return self.root / "_versions"

    @property
    def runs(self) -> Path:
        return self.root / "_runs"

    def staging(self, run_id: str) -> Path:
        return self.root / "_staging" / run_id

    def current_version(self) -> Path | None:
        return self.current.resolve() if self.current.is_symlink() else None

    def ensure(self) -> None:
        """Create the layout (idempotent); check it is writable before any work is done."""
        self.root.mkdir(parents=True, exist_ok=True)
        for d in (self.versions, self.runs, self.root / "_staging"):
            d.mkdir(exist_ok=True)
        probe = self.root / f".write-probe-{uuid.uuid4().hex}"
        probe.write_bytes(b"ok")
        probe.unlink()
        for name in (ARTICLES, REJECTS, STATE):
            link = self.root / name
            if not link.is_symlink() and link.exists():
                raise FileExistsError(f"{link} exists and is not newsclean's link; choose another --out")
        if self.current.is_symlink():
            self.link_tables()

    def link_tables(self) -> None:
        """The links ``articles``, ``_rejects`` and ``_state`` into ``current``: made with the first
        commit, so an output whose first run was interrupted has no links to a version that is not
        there (readers failed with FileNotFoundError on them)."""
        for name in (ARTICLES, REJECTS, STATE):
            link = self.root / name
            if not link.is_symlink():
                link.symlink_to(Path("current") / name)

    @contextlib.contextmanager
    def lock(self, hand_over: bool = False) -> Iterator[None]:
        """Exclusive lock: one run commits to an output directory at a time.

        ``hand_over``: the flow this process runs inside the block takes this lock as its own. The
        CLI locks before the flow starts, so a locked output is one line, not a failed flow run
        with Prefect's traceback.
        """
        key = os.path.realpath(self.root / ".lock")
        if key in _HANDED_OVER:
            yield
            return
        with open(self.root / ".lock", "a+b") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as exc:
                raise OutputLocked(f"another newsclean run holds {self.root / '.lock'} (a run or a compaction); "
                                   "try again when it ends") from exc
            if hand_over:
                _HANDED_OVER.add(key)
            try:
                yield
            finally:
                _HANDED_OVER.discard(key)
                fcntl.flock(fh, fcntl.LOCK_UN)


class OutputLocked(RuntimeError):
    """Another process holds the output directory's lock."""


#: Output locks this process holds for the flow it runs (real paths of the lock files).
_HANDED_OVER: set[str] = set()


def write_parquet(table: pa.Table, path: Path, sort_by: str | None = None, rows_per_group: int = 16_384) -> None:
    """Write one parquet file via a temp name + rename, with the schema version in its metadata.

    With ``sort_by``, rows are written in that column's order a row group at a time: a sorted copy
    of a large state table is never held whole beside the table itself.
    """
    meta = dict(table.schema.metadata or {})
    meta[SCHEMA_VERSION_KEY] = SCHEMA_VERSION.encode()
    table = table.replace_schema_metadata(meta)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{uuid.uuid4().hex[:8]}")
    if sort_by is None:
        pq.write_table(table, tmp, compression="zstd", write_statistics=True)
    else:
        order = pc.sort_indices(table, [(sort_by, "ascending")])
        with pq.ParquetWriter(tmp, table.schema, compression="zstd", write_statistics=True) as writer:
            for start in range(0, max(len(order), 1), rows_per_group):
                writer.write_table(table.take(order.slice(start, rows_per_group)))
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)


class PartitionWriter:
    """Tables streamed into ``base/k1=v1/k2=v2/file_name`` files, one parquet writer per partition.

    Partition columns are not stored inside the files (Hive convention): readers take them from
    the path. Rows keep their order within each file; each file carries the schema version and
    appears under its name only when complete (temp name, fsync, rename).
    """

    def __init__(self, base: Path, partition_cols: tuple[str, ...], file_name: str, schema: pa.Schema) -> None:
        self.base, self.cols, self.name = base, tuple(partition_cols), file_name
        meta = {**(schema.metadata or {}), SCHEMA_VERSION_KEY: SCHEMA_VERSION.encode()}
        for c in self.cols:
            schema = schema.remove(schema.get_field_index(c))
        self.schema = schema.with_metadata(meta)
        self.writers: dict[tuple[str, ...], tuple[pq.ParquetWriter, Path, Path]] = {}

    def write(self, table: pa.Table) -> None:
        if table.num_rows == 0:
            return
        keys = [[partition_value(v) for v in table.column(c).to_pylist()] for c in self.cols]
        groups: dict[tuple[str, ...], list[int]] = {}
        for i, key in enumerate(zip(*keys)):
            groups.setdefault(key, []).append(i)
        data = table.drop_columns(list(self.cols)).cast(self.schema)
        for key in sorted(groups):
            if key not in self.writers:
                path = self.base / Path(*(f"{c}={v}" for c, v in zip(self.cols, key))) / self.name
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_name(f".{path.name}.tmp-{uuid.uuid4().hex[:8]}")
                self.writers[key] = (pq.ParquetWriter(tmp, self.schema, compression="zstd", write_statistics=True),
                                     tmp, path)
            self.writers[key][0].write_table(data.take(pa.array(groups[key], pa.int64())))

    def close(self) -> list[Path]:
        paths = []
        for key in sorted(self.writers):
            writer, tmp, path = self.writers[key]
            writer.close()
            with open(tmp, "rb") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, path)
            paths.append(path)
        self.writers = {}
        return paths


def write_partitioned(table: pa.Table, base: Path, partition_cols: tuple[str, ...], file_name: str) -> list[Path]:
    """Split ``table`` by ``partition_cols`` and write ``base/k1=v1/k2=v2/file_name`` files."""
    writer = PartitionWriter(base, partition_cols, file_name, table.schema)
    writer.write(table)
    return writer.close()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _link_tree(src: Path, dst: Path) -> None:
    """Copy a directory tree as hard links (cheap); fall back to copies across filesystems."""

    def link(s: str, d: str) -> None:
        try:
            os.link(s, d)
        except OSError:
            shutil.copy2(s, d)

    shutil.copytree(src, dst, copy_function=link, symlinks=True)


@dataclass
class Commit:
    """The changes one run makes to the dataset, applied by :func:`commit`."""

    #: staged files: (path in staging, path relative to the version root)
    add: list[tuple[Path, str]]
    #: partition directories (relative to the version root) whose files are removed first (backfill)
    replace_partitions: list[str]
    #: dataset file (relative to the version root) -> source paths whose rows are removed from it
    remove_rows: dict[str, set[str]] = field(default_factory=dict)
    #: dataset files (relative to the version root) removed whole (compaction: merged into ``add``)
    delete: list[str] = field(default_factory=list)
    #: a backfill's (since, until): ``remove_rows`` removes only rows of crawl dates in that range;
    #: the other rows of a re-processed input (a JSONL file spanning dates) were not re-processed
    remove_dates: tuple[dt.date, dt.date] | None = None


#: The crash tests' one switch (README, "Tests"), read here only: ``NEWSCLEAN_FAULT=before-swap`` or
#: ``after-swap`` SIGKILLs a run or compaction just before or after its commit point.
FAULT_SWITCH = "NEWSCLEAN_FAULT"


def _fault_point(name: str) -> None:
    """Crash tests only: ``NEWSCLEAN_FAULT=<name>`` SIGKILLs the process here, to hit a commit
    deterministically just before (``before-swap``) or after (``after-swap``) its commit point."""
    if os.environ.get(FAULT_SWITCH) == name:
        os.kill(os.getpid(), signal.SIGKILL)


def commit(out: OutputDir, change: Commit, version_id: str | None = None) -> Path:
    """Apply ``change`` as a new version and switch ``current`` to it atomically."""
    version_id = version_id or uuid.uuid4().hex[:12]
    new = out.versions / f"{version_id}.tmp"
    if new.exists():
        shutil.rmtree(new)
    old = out.current_version()
    if old is not None and old.exists():
        _link_tree(old, new)
    else:
        new.mkdir(parents=True)
    for name in (ARTICLES, REJECTS, STATE):
        (new / name).mkdir(exist_ok=True)
    for rel in change.replace_partitions:
        target = new / rel
        if target.exists():
            shutil.rmtree(target)
    for rel, paths in sorted(change.remove_rows.items()):
        _remove_rows(new / rel, paths, change.remove_dates)
    for rel in change.delete:
        (new / rel).unlink()  # a hard link: the previous version keeps its copy
    for staged, rel in change.add:
        dest = new / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staged, dest)
    final = out.versions / version_id
    os.replace(new, final)
    _fsync_dir(out.versions)
    tmp_link = out.root / f".current-{version_id}"
    if tmp_link.is_symlink():
        tmp_link.unlink()
    tmp_link.symlink_to(Path("_versions") / version_id)
    _fault_point("before-swap")
    os.replace(tmp_link, out.current)  # the commit point
    _fault_point("after-swap")
    out.link_tables()
    _fsync_dir(out.root)
    _collect_garbage(out, keep=final)
    return final


def _remove_rows(path: Path, source_paths: set[str], dates: tuple[dt.date, dt.date] | None = None) -> None:
    """Rewrite one dataset file without the rows of ``source_paths`` (or delete it if none remain);
    with ``dates`` (since, until), only their rows of crawl dates in that range.

    The file is a hard link shared with the previous version: writing a new file and renaming it
    over the link leaves the previous version's copy untouched.
    """
    if not path.exists():
        return
    if dates is not None:
        partition = next((p.split("=", 1)[1] for p in path.parts if p.startswith("crawl_date=")), None)
        if partition is not None and not _in_range(partition, dates):
            return  # a crawl date the backfill did not re-process
    table = pq.read_table(path, partitioning=None)
    remove = pc.is_in(table.column("source_path"), value_set=pa.array(sorted(source_paths), pa.string()))
    if dates is not None and "crawl_date" in table.column_names:
        in_range = pc.and_(pc.greater_equal(table.column("crawl_date"), pa.scalar(dates[0], pa.date32())),
                           pc.less_equal(table.column("crawl_date"), pa.scalar(dates[1], pa.date32())))
        remove = pc.and_(remove, pc.fill_null(in_range, False))
    keep = pc.invert(remove)
    kept = table.filter(keep)
    if kept.num_rows == table.num_rows:
        return
    if kept.num_rows == 0:
        path.unlink()
    else:
        write_parquet(kept, path)


def _in_range(partition: str, dates: tuple[dt.date, dt.date]) -> bool:
    """``crawl_date=<partition>`` is a date from ``dates[0]`` to ``dates[1]`` (``unknown`` is not).

    >>> _in_range("2024-05-02", (dt.date(2024, 5, 1), dt.date(2024, 5, 2))), _in_range(UNKNOWN, (dt.date.min, dt.date.max))
    (True, False)
    """
    try:
        return dates[0] <= dt.date.fromisoformat(partition) <= dates[1]
    except ValueError:
        return False


def _collect_garbage(out: OutputDir, keep: Path) -> None:
    """Remove old versions beyond KEEP_VERSIONS and leftovers of crashed commits."""
    versions = sorted(
        (p for p in out.versions.iterdir() if p.is_dir() and not p.name.endswith(".tmp")),
        key=lambda p: p.stat().st_mtime,
    )
    for p in versions[:-KEEP_VERSIONS]:
        if p != keep:
            shutil.rmtree(p, ignore_errors=True)
    for p in out.versions.glob("*.tmp"):
        shutil.rmtree(p, ignore_errors=True)


def clean_staging(out: OutputDir, keep_run: str | None = None) -> None:
    """Remove staging directories of runs that died before committing."""
    base = out.root / "_staging"
    if base.exists():
        for p in base.iterdir():
            if p.name != keep_run:
                shutil.rmtree(p, ignore_errors=True)
