"""Processing state kept in the output directory (``_state/``), committed with the dataset.

* ``inputs.parquet``: one row per processed input file (path + content hash): what incremental
  runs skip.
* ``line_counts.parquet``: document frequency of short lines seen so far, for corpus-level
  repeated-line removal across runs.
* ``dedup.parquet``: the duplicate keys of committed articles, so clusters hold across runs.
"""

from __future__ import annotations

import glob
import json
import os
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from cleaners.dedup import SIGNATURE_BYTES
from flows.store import write_parquet
from schemas import SCHEMA_VERSION, SCHEMA_VERSION_KEY

INPUTS_SCHEMA = pa.schema([
    pa.field("source_path", pa.string()),
    pa.field("sha256", pa.string()),
    pa.field("articles", pa.int64()),
    pa.field("rejects", pa.int64()),
    pa.field("run_id", pa.string()),
    # dataset files (relative to the version root) that may hold this input's rows, joined by
    # PARTS_SEP; the inputs of one shard share one value, so the column is dictionary-encoded (a
    # nested list<dictionary> column is expanded to plain strings when written, ~24 MiB at 100k)
    pa.field("parts", pa.dictionary(pa.int32(), pa.string())),
    # Outputs written before inputs had an identity unique across roots keyed an input by its path
    # relative to its input root. A row migrated to the absolute identity keeps that relative path
    # here: the rows it made then carry it as their source_path (see migrate_legacy_inputs).
    pa.field("legacy_path", pa.string()),
])
#: The per-input rows a shard stages; the flow adds ``run_id`` and ``parts`` for INPUTS_SCHEMA.
SHARD_INPUTS_SCHEMA = pa.schema([INPUTS_SCHEMA.field(n) for n in ("source_path", "sha256", "articles", "rejects")])
LINE_COUNTS_SCHEMA = pa.schema([pa.field("key", pa.string()), pa.field("docs", pa.int64())])
#: Duplicate keys of one article (cleaners.dedup.DedupKey), staged per shard beside its articles.
DEDUP_KEY_SCHEMA = pa.schema([
    pa.field("article_id", pa.string()),
    pa.field("crawl_date", pa.date32()),
    pa.field("order", pa.string()),
    pa.field("exact", pa.string()),
    pa.field("minhash", pa.binary(SIGNATURE_BYTES)),  # b-bit MinHash = the LSH band keys
    pa.field("shingles", pa.int32()),
    pa.field("headline", pa.string()),
])
#: The state's rows: the keys, the article's cluster and whether it was written as a duplicate (null in
#: state written before the flag was kept: see flows.dedup._cluster).
DEDUP_SCHEMA = pa.schema([*DEDUP_KEY_SCHEMA, pa.field("cluster", pa.string()), pa.field("duplicate", pa.bool_())])
_LINE_COUNT_FLOOR = 2  # lines seen once are not kept: they would grow the state with every page


def _read(path: Path, schema: pa.Schema) -> pa.Table:
    return pq.read_table(path, schema=schema) if path.exists() else schema.empty_table()


PARTS_SEP = "\n"  # never in a dataset file's path (flows.store.partition_value keeps \w . - only)


def read_inputs(state_dir: Path) -> pa.Table:
    path = state_dir / "inputs.parquet"
    if not path.exists():
        return INPUTS_SCHEMA.empty_table()
    t = pq.read_table(path)
    for f in INPUTS_SCHEMA:  # state written by an older version lacks newer columns
        if f.name not in t.column_names:
            t = t.append_column(f, pa.nulls(len(t), f.type))
    parts = t.column("parts")
    if pa.types.is_list(parts.type):  # written as a list of files by 0.1 states
        joined = pc.binary_join(parts.cast(pa.list_(pa.string())), PARTS_SEP)
        t = t.set_column(t.column_names.index("parts"), "parts", pc.dictionary_encode(joined))
    return t.select(INPUTS_SCHEMA.names).cast(INPUTS_SCHEMA)


def parts_column(parts: list[str], rows: int) -> pa.Array:
    """The same dataset files for each of ``rows`` inputs, held once.

    >>> col = parts_column(["a/part-1.parquet", "b/part-1.parquet"], 2)
    >>> [split_parts(v) for v in col.to_pylist()]
    [['a/part-1.parquet', 'b/part-1.parquet'], ['a/part-1.parquet', 'b/part-1.parquet']]
    """
    return pa.DictionaryArray.from_arrays(pa.array(np.zeros(rows, np.int32)),
                                          pa.array([PARTS_SEP.join(parts)], pa.string()))


def split_parts(value: str | None) -> list[str]:
    """The dataset files of one ``parts`` value.

    >>> split_parts("a/part-1.parquet\\nb/part-1.parquet"), split_parts(""), split_parts(None)
    (['a/part-1.parquet', 'b/part-1.parquet'], [], [])
    """
    return value.split(PARTS_SEP) if value else []


def input_keys(source_paths: pa.ChunkedArray | pa.Array, sha256s: pa.ChunkedArray | pa.Array) -> pa.Array:
    """One string per input, its source path and content hash: equal for the same file content.

    >>> input_keys(pa.array(["a/b.txt"]), pa.array(["12ab"])).to_pylist()
    ['a/b.txt\\x0012ab']
    """
    return pc.binary_join_element_wise(source_paths, sha256s, "\x00")  # no path holds a NUL


def _inputs(state: Path | pa.Table) -> pa.Table:
    """The inputs state: a table already read (and migrated), or read from a state directory."""
    return state if isinstance(state, pa.Table) else read_inputs(state)


def processed_inputs(state: Path | pa.Table) -> pa.Array:
    """:func:`input_keys` of every input processed before.

    An arrow array, not a set of ``(path, hash)`` tuples: the state lists every input of every
    earlier run, and as Python tuples of two strings each costs ~250 bytes for the whole run.
    """
    t = _inputs(state)
    keys = input_keys(t.column("source_path"), t.column("sha256"))
    return keys.combine_chunks() if isinstance(keys, pa.ChunkedArray) else keys


def read_inputs_paths(state: Path | pa.Table) -> pa.Array:
    """Source paths of the inputs an earlier run read (not those it only recorded as skipped)."""
    t = _inputs(state)
    paths = t.column("source_path").filter(pc.invert(pc.starts_with(t.column("sha256"), "skip:")))
    return paths.combine_chunks() if isinstance(paths, pa.ChunkedArray) else paths


def stale_skips(state: Path | pa.Table, roots: Sequence[str], listed: pa.Array) -> pa.Array:
    """Source paths of earlier ``skipped`` and unlistable-directory entries at or below the walked
    directories ``roots`` (real paths) that this walk (``listed``: its source paths) no longer finds:
    a directory that can be listed now, a broken symlink that resolves, a skipped file since removed.
    Their rows describe a listing that is gone; the rows of inputs that were read stay (a deleted
    page keeps its article)."""
    t = _inputs(state)
    if not roots or not t.num_rows:
        return pa.array([], pa.string())
    paths = t.column("source_path")
    under = pc.is_in(paths, value_set=pa.array(list(roots), pa.string()))
    for root in roots:
        under = pc.or_(under, pc.starts_with(paths, root.rstrip("/") + "/"))
    stale = pc.and_(pc.and_(pc.starts_with(t.column("sha256"), "skip:"), under),
                    pc.invert(pc.is_in(paths, value_set=listed)))
    found = paths.filter(stale)
    return found.combine_chunks() if isinstance(found, pa.ChunkedArray) else found


def rows_to_replace(state: Path | pa.Table, source_paths: pa.Array) -> dict[str, set[str]]:
    """Dataset file -> the source paths whose earlier rows it holds, for inputs processed again.

    A run that processes an input again (changed content, --force, a backfill) replaces the rows
    the input produced before; without this they would stay beside the new ones. An input migrated
    from a relative path (``legacy_path``) has its older rows under that path: both are removed.
    """
    t = _inputs(state)
    t = t.filter(pc.is_in(t.column("source_path"), value_set=source_paths))
    out: dict[str, set[str]] = {}
    for path, legacy, parts in zip(t.column("source_path").to_pylist(), t.column("legacy_path").to_pylist(),
                                   t.column("parts").to_pylist()):
        for part in split_parts(parts):
            out.setdefault(part, set()).update(p for p in (path, legacy) if p)
    return out


def with_legacy_paths(state: Path | pa.Table, source_paths: pa.Array) -> pa.Array:
    """``source_paths`` and the relative paths their earlier rows carry (inputs migrated from an
    output written with relative paths): every source path the rows of these inputs may hold."""
    t = _inputs(state)
    legacy = t.filter(pc.is_in(t.column("source_path"), value_set=source_paths)).column("legacy_path").drop_null()
    return pa.concat_arrays([source_paths.cast(pa.string()), *(c.cast(pa.string()) for c in legacy.chunks)])


# ---------------------------------------------------------------- outputs written with relative paths


@dataclass
class Migration:
    """What :func:`migrate_legacy_inputs` did: inputs given their absolute identity, and those left
    as they were (their rows are kept; nothing matches or removes them)."""

    migrated: int = 0
    unresolved: int = 0
    example: str | None = None  # a relative path left unresolved, for the warning

    def warning(self) -> str | None:
        if not self.unresolved:
            return None
        return (f"{self.unresolved} input(s) recorded by an older newsclean with paths relative to their input "
                f"root (e.g. {self.example}) match no file with the recorded content (moved, changed or "
                f"deleted); their rows are kept as they are, and processing those files again adds new rows")


def is_legacy(source_paths: pa.Array | pa.ChunkedArray) -> pa.Array:
    """Mask of the source paths written before identities were absolute paths (relative ones).

    >>> is_legacy(pa.array(["page-1.txt", "/data/crawl/page-1.txt"])).to_pylist()
    [True, False]
    """
    mask = pc.invert(pc.starts_with(source_paths, "/"))
    return mask.combine_chunks() if isinstance(mask, pa.ChunkedArray) else mask


def _manifest_inputs(runs_dir: Path, run_id: str | None, cache: dict) -> list[str]:
    """The inputs (files, directories, globs) a run was given, from its manifest; [] if unknown."""
    if run_id not in cache:
        try:
            inputs = json.loads((runs_dir / f"{run_id}.json").read_text()).get("inputs") or []
        except (OSError, ValueError, AttributeError):
            inputs = []
        cache[run_id] = [i for i in inputs if isinstance(i, str)]
    return cache[run_id]


def _candidates(spec: str, rel: str) -> list[str]:
    """Where the file of an input spec (absolute, or relative to the current directory) with this
    relative path would be: ``spec/rel`` for a directory, the file itself, the glob's root + rel."""
    from flows.sources.discovery import _glob_root

    if glob.has_magic(spec):
        return [str(_glob_root(spec) / rel)]
    p = Path(spec)
    if p.is_dir():
        return [str(p / rel)]
    return [spec] if p.name == rel else []


def migrate_legacy_inputs(inputs: pa.Table, runs_dir: Path, current: Iterable[tuple[str, str]] = (),
                          sha256=None) -> tuple[pa.Table, Migration]:
    """``inputs`` (INPUTS_SCHEMA) with rows of relative source paths given their absolute identity.

    Outputs of earlier newsclean versions keyed an input by its path relative to its input root, so
    same-named files of two roots were one input. A relative row is migrated when its path resolves to exactly
    one file whose content hash is the recorded one: first among the inputs its run's manifest
    (``_runs/<run_id>.json``) names, taken as absolute or relative to the current directory; if none
    matches there, among ``current`` (``(rel, path)`` of this run's inputs). Its relative path is
    kept in ``legacy_path``: the dataset rows it made carry it, and replacing the input removes them.

    A row that resolves to no file, to several, or whose relative path several rows share (one
    run's same-named files: their rows cannot be told apart) stays as it is: never matched, never
    removed. Nothing is lost either way.
    """
    from flows.sources import file_sha256, source_identity

    sha256 = sha256 or file_sha256
    mask = is_legacy(inputs.column("source_path"))
    if not pc.any(mask).as_py():
        return inputs, Migration()
    old = inputs.filter(mask)
    paths, shas, runs = (old.column(c).to_pylist() for c in ("source_path", "sha256", "run_id"))
    shared = {p for p, n in Counter(paths).items() if n > 1}
    by_rel: dict[str, list[str]] = {}
    wanted = set(paths)
    for rel, path in current:
        if rel in wanted:
            by_rel.setdefault(rel, []).append(path)
    hashes: dict[str, str] = {}
    manifests: dict = {}

    def matching(candidates: Iterable[str], want: str) -> set[str]:
        found = set()
        for c in candidates:
            if not os.path.isfile(c):
                continue
            real = source_identity(c)
            if real not in hashes:
                hashes[real] = sha256(c)
            if hashes[real] == want:
                found.add(real)
        return found

    new_paths, legacy_paths, migration = [], [], Migration()
    for rel, want, run_id in zip(paths, shas, runs):
        found: set[str] = set()
        if rel not in shared and want and not want.startswith("unreadable:"):
            found = matching((c for spec in _manifest_inputs(runs_dir, run_id, manifests)
                              for c in _candidates(spec, rel)), want)
            if not found:
                found = matching(by_rel.get(rel, ()), want)
        if len(found) == 1:
            new_paths.append(found.pop())
            legacy_paths.append(rel)
            migration.migrated += 1
        else:
            new_paths.append(rel)
            legacy_paths.append(None)
            migration.unresolved += 1
            migration.example = migration.example or rel
    old = old.set_column(old.schema.get_field_index("source_path"), INPUTS_SCHEMA.field("source_path"),
                         pa.array(new_paths, pa.string()))
    old = old.set_column(old.schema.get_field_index("legacy_path"), INPUTS_SCHEMA.field("legacy_path"),
                         pa.array(legacy_paths, pa.string()))
    return pa.concat_tables([inputs.filter(pc.invert(mask)), old]).unify_dictionaries(), migration


def line_counts(state_dir: Path) -> tuple[Counter, int]:
    t = _read(state_dir / "line_counts.parquet", LINE_COUNTS_SCHEMA)
    meta = pq.read_schema(state_dir / "line_counts.parquet").metadata if (state_dir / "line_counts.parquet").exists() else {}
    documents = int((meta or {}).get(b"documents", b"0"))
    return Counter(dict(zip(t.column("key").to_pylist(), t.column("docs").to_pylist()))), documents


class LossyLineCounts:
    """Document frequencies of short lines in bounded memory (lossy counting, Manku & Motwani 2002).

    Most short lines occur once (a caption, a one-line paragraph): counted exactly they grow the
    flow's memory with every page. Here a key is forgotten when it cannot have reached ``error``
    times the documents seen; a kept count is low by at most ``error * documents``. Repeated lines
    need ``min_share`` (1%) of the documents, ten times more than the default error, so none is
    missed; runs below ``1 / error`` documents are counted exactly.
    """

    def __init__(self, counts: Counter | None = None, documents: int = 0, error: float = 0.001) -> None:
        self.counts: Counter = Counter(counts or {})
        self.documents = documents
        self.error = error
        self._missed: dict[str, int] = {}  # key -> most it could have counted before it was (re)inserted

    def add(self, shard_counts: Counter, shard_docs: int) -> None:
        floor = int(self.error * self.documents)  # a key not held has occurred at most this often
        if floor:
            for key in shard_counts.keys() - self.counts.keys():
                self._missed[key] = floor
        self.counts.update(shard_counts)
        self.documents += shard_docs
        limit = int(self.error * self.documents)
        if limit:
            missed = self._missed
            drop = [k for k, n in self.counts.items() if n + missed.get(k, 0) <= limit]
            for k in drop:
                del self.counts[k]
                missed.pop(k, None)


def dedup_index(state_dir: Path) -> pa.Table:
    path = state_dir / "dedup.parquet"
    if not path.exists():
        return DEDUP_SCHEMA.empty_table()
    t = pq.read_table(path)
    # State written before near-duplicate keys existed: those rows still cluster exactly.
    for f in DEDUP_SCHEMA:
        if f.name not in t.column_names:
            t = t.append_column(f, pa.nulls(len(t), f.type))
    return t.select(DEDUP_SCHEMA.names).cast(DEDUP_SCHEMA)


def take_rows(table: pa.Table, rows: np.ndarray) -> pa.Table:
    """``table.take(rows)``, gathered chunk by chunk.

    ``Table.take`` first concatenates all chunks of a table made of many (the state is the
    concatenation of every shard's rows): a full copy of the table for each row group written.
    Here only the rows taken are copied.
    """
    rows = np.asarray(rows, np.int64)
    batches = table.to_batches()
    starts = np.cumsum([0] + [b.num_rows for b in batches], dtype=np.int64)
    chunk = np.searchsorted(starts, rows, side="right") - 1  # the batch of each row
    by_chunk = np.argsort(chunk, kind="stable")
    bounds = np.searchsorted(chunk[by_chunk], np.arange(len(batches) + 1))
    pieces = [batches[k].take(pa.array(rows[by_chunk[bounds[k]:bounds[k + 1]]] - starts[k]))
              for k in range(len(batches)) if bounds[k] < bounds[k + 1]]
    gathered = pa.Table.from_batches(pieces, schema=table.schema).combine_chunks()  # rows grouped by chunk
    return gathered.take(pa.array(np.argsort(by_chunk)))  # back in the order asked for


def write_sorted(table: pa.Table, path: Path, sort_by: str, rows_per_group: int = 16_384) -> None:
    """The file ``flows.store.write_parquet(table, path, sort_by)`` writes, byte for byte, without
    a copy of the whole table when it has many chunks (see :func:`take_rows`)."""
    meta = {**(table.schema.metadata or {}), SCHEMA_VERSION_KEY: SCHEMA_VERSION.encode()}
    table = table.unify_dictionaries().replace_schema_metadata(meta)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{uuid.uuid4().hex[:8]}")
    order = pc.sort_indices(table, [(sort_by, "ascending")]).to_numpy()
    with pq.ParquetWriter(tmp, table.schema, compression="zstd", write_statistics=True) as writer:
        for start in range(0, max(len(order), 1), rows_per_group):
            writer.write_table(take_rows(table, order[start:start + rows_per_group]))
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def stage_dedup_state(staging: Path, batches: Iterable[pa.Table]) -> tuple[str, str]:
    """Write the next dedup state into ``staging``, ``DEDUP_SCHEMA`` rows a batch at a time (in the
    order given: the earlier state's rows, then this run's; a run's order does not depend on the
    runner), never holding it whole; return the (staged path, relative path) pair."""
    path = staging / "state" / "dedup.parquet"
    path.parent.mkdir(parents=True, exist_ok=True)
    schema = DEDUP_SCHEMA.with_metadata({SCHEMA_VERSION_KEY: SCHEMA_VERSION.encode()})
    tmp = path.with_name(f".{path.name}.tmp-{uuid.uuid4().hex[:8]}")
    with pq.ParquetWriter(tmp, schema, compression="zstd", write_statistics=True) as writer:
        for batch in batches:
            if len(batch):
                writer.write_table(batch.select(DEDUP_SCHEMA.names).cast(schema))
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return str(path), "_state/dedup.parquet"


def _carry_parts(new: pa.Table, old: pa.Table, keep) -> pa.Table:
    """``new`` with each input's ``parts`` joined by the files of its ``old`` rows that ``keep`` keeps."""
    kept: dict[str, set[str]] = {}
    for path, parts in zip(old.column("source_path").to_pylist(), old.column("parts").to_pylist()):
        kept.setdefault(path, set()).update(p for p in split_parts(parts) if keep(p))
    if not any(kept.values()):
        return new
    values = [PARTS_SEP.join(sorted(set(split_parts(parts)) | kept.get(path, set())))
              for path, parts in zip(new.column("source_path").to_pylist(), new.column("parts").to_pylist())]
    i = new.schema.get_field_index("parts")
    return new.set_column(i, INPUTS_SCHEMA.field("parts"), pc.dictionary_encode(pa.array(values, pa.string())))


def stage_state(
    state: Path | pa.Table,
    staging: Path,
    inputs: pa.Table,
    run_id: str,
    counts: Counter,
    documents: int,
    carry_parts=None,
    dropped: pa.Array | None = None,
) -> list[tuple[str, str]]:
    """Write the next inputs and line-count state files into ``staging``; return (staged path,
    relative path) pairs. (The dedup state is staged by :func:`stage_dedup_state`.)

    ``state`` is the state directory or the inputs state read (and migrated) from it.
    ``carry_parts(part)``: a file of an input's earlier row that still holds rows of it this run did
    not re-process (a backfill's other dates); it stays in the input's ``parts``. ``dropped``: source
    paths whose entries leave the state (:func:`stale_skips`)."""
    out = []
    old = _inputs(state)
    if dropped is not None and len(dropped):
        old = old.filter(pc.invert(pc.is_in(old.column("source_path"), value_set=dropped)))
    new = inputs.append_column("run_id", pa.repeat(pa.scalar(run_id), len(inputs)))
    new = new.append_column("legacy_path", pa.nulls(len(new), pa.string())).select(INPUTS_SCHEMA.names)
    replaced = pc.is_in(old.column("source_path"), value_set=new.column("source_path").combine_chunks())
    if carry_parts is not None and len(new):
        new = _carry_parts(new, old.filter(replaced), carry_parts)
    table = pa.concat_tables([old.filter(pc.invert(replaced)), new.cast(INPUTS_SCHEMA)])
    path = staging / "state" / "inputs.parquet"
    write_sorted(table, path, sort_by="source_path")
    out.append((str(path), "_state/inputs.parquet"))

    kept = {k: n for k, n in counts.items() if n >= _LINE_COUNT_FLOOR}
    table = pa.Table.from_pydict({"key": sorted(kept), "docs": [kept[k] for k in sorted(kept)]},
                                 schema=LINE_COUNTS_SCHEMA)
    table = table.replace_schema_metadata({b"documents": str(documents).encode()})
    path = staging / "state" / "line_counts.parquet"
    write_parquet(table, path)
    out.append((str(path), "_state/line_counts.parquet"))
    return out
