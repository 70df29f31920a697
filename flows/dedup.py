"""Cluster duplicate articles across the shards of a run and across earlier runs.

Two articles are duplicates when

* their normalized bodies are equal (exact: same ``cleaners.dedup.normalized_body_hash``), or
* they are near duplicates: candidates from MinHash LSH buckets (32 bands of 4 rows) or from an
  equal headline (wire markers stripped), verified by the estimated Jaccard similarity of their
  word 5-gram shingles ``>= NEAR_THRESHOLD`` or, for an equal headline, by the containment of the
  smaller body in the larger ``>= WIRE_CONTAINMENT`` (a wire story's (LEAD) and (2nd LD) versions
  keep the earlier text and add paragraphs: their Jaccard falls as the update grows, their
  containment does not).

Clusters are the connected components of the verified pairs (union-find). The first member in a
deterministic order - crawl date, source path, record, article id - is canonical; members
committed by earlier runs come before this run's. Earlier runs' rows are never rewritten: a new
article matching an old cluster joins it as a duplicate, and the state keeps old rows as they are.

Memory: everything here is columnar (pyarrow, numpy), the union-find parents too; the key columns
are read where they are, through each node's row number (no reordered copy of a table); the state
of old runs is read as 128-byte band-key signatures, not as full MinHash values.
"""

from __future__ import annotations

import heapq
import tempfile
from array import array
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from cleaners.dedup import BANDS, SIGNATURE_BYTES
from flows.state import DEDUP_KEY_SCHEMA, DEDUP_SCHEMA, stage_dedup_state

#: Estimated Jaccard of word 5-gram shingles at or above which two bodies are one story. Unrelated
#: stories, even on the same event, share few 5-grams (J < 0.1); a reprint with a paragraph trimmed
#: or boilerplate changed stays above 0.8. 0.7 leaves room for the estimate's error (about +-0.04
#: with 128 permutations) on both sides.
NEAR_THRESHOLD = 0.7
#: Equal headlines and at least this share of the smaller body's shingles in the larger: a wire update.
WIRE_CONTAINMENT = 0.5
#: In a bucket, each member is compared with at most this many earlier members: a bucket of
#: thousands of near-identical pages costs linear time, and chaining still links them all.
MAX_BUCKET_NEIGHBOURS = 8
_B_BIT_CHANCE = 1 / 256
VERIFY_CHUNK = 5_000  # candidate pairs compared at once (each costs two signature rows: ~1.3 MB a chunk)

CLUSTER_SCHEMA = pa.schema([pa.field("dup_cluster", pa.string()), pa.field("is_duplicate", pa.bool_())])


def _matrix(arr: pa.FixedSizeBinaryArray) -> np.ndarray:
    """The signatures of ``arr`` as an n x SIGNATURE_BYTES uint8 matrix: a view, null rows hold any bytes."""
    data = arr.buffers()[1]
    if data is None:
        return np.zeros((len(arr), SIGNATURE_BYTES), np.uint8)
    return np.frombuffer(data, np.uint8, len(arr) * SIGNATURE_BYTES, arr.offset * SIGNATURE_BYTES) \
        .reshape(-1, SIGNATURE_BYTES)


READ_ROWS = 65_536  # rows of a key column read at a time when streamed (8 MiB of signatures)
_BAND_GROUP = 8  # bands read per pass over the signatures: 32 bytes a node held at once, 4 passes


class _Signatures:
    """The nodes' signatures, streamed from the key files a batch at a time, never held whole
    (SIGNATURE_BYTES a node: the largest column of the clustering): the band keys of a group of
    bands per pass, and full signatures only for the nodes of candidate pairs."""

    def __init__(self, sources: list[Keys], row: np.ndarray) -> None:
        self.sources = sources  # their rows numbered one after the other
        self.row = row  # node i is row row[i]
        self.total = sum(len(k) for k in sources)
        self._group: tuple[int, np.ndarray] | None = None

    def _batches(self) -> Iterator[tuple[int, pa.FixedSizeBinaryArray]]:
        base = 0
        for keys in self.sources:
            for start, arr in keys.iter_column("minhash"):
                yield base + start, arr
            base += len(keys)

    def present(self) -> np.ndarray:
        """Mask of the nodes that have a signature."""
        valid = np.zeros(self.total, bool)
        for start, arr in self._batches():
            valid[start:start + len(arr)] = arr.is_valid().to_numpy(zero_copy_only=False)
        return valid[self.row]

    def band(self, j: int, nodes: np.ndarray) -> np.ndarray:
        """LSH band key ``j`` (the signature's bytes 4j..4j+3, little-endian) of ``nodes``."""
        g = j // _BAND_GROUP
        if self._group is None or self._group[0] != g:
            self._group = None  # the previous group's keys go before the next group's are read
            keys = np.empty((self.total, _BAND_GROUP), "<u4")
            for start, arr in self._batches():
                keys[start:start + len(arr)] = _matrix(arr).view("<u4")[:, g * _BAND_GROUP:(g + 1) * _BAND_GROUP]
            self._group = (g, keys)
        return self._group[1][self.row[nodes], j % _BAND_GROUP]

    def of(self, nodes: np.ndarray) -> np.ndarray:
        """The signatures of ``nodes``, one row each (a copy: keep ``nodes`` small), in one pass."""
        rows = self.row[nodes]
        order = np.argsort(rows)
        sorted_rows = rows[order]
        out = np.empty((len(rows), SIGNATURE_BYTES), np.uint8)
        for start, arr in self._batches():
            lo, hi = np.searchsorted(sorted_rows, [start, start + len(arr)])
            if lo < hi:
                out[order[lo:hi]] = _matrix(arr)[sorted_rows[lo:hi] - start]
        return out


def _file(path: str) -> pq.ParquetFile:
    """A key file, read on this thread: decoded on Arrow's pool threads, the many small reads of
    the streamed clustering left their freed buffers in those threads' malloc arenas, ~50 MiB at
    100k articles that the process kept (benchmarks/cluster_memory.py)."""
    return pq.ParquetFile(path, pre_buffer=False)


class Keys:
    """Duplicate-key rows read one column at a time, never as a whole table: from the parquet files
    the shards staged (and tables, in tests). A column is read when clustering needs it and
    dropped after: at 100k articles the whole table held ~45 MiB in the flow process, as much as
    all the rest of its growth from 10k to 100k documents."""

    def __init__(self, parts: list[pa.Table | str], schema: pa.Schema, spill_dir: str | None = None) -> None:
        self.parts, self.schema, self.spill_dir = parts, schema, spill_dir
        self.sizes = [p.num_rows if isinstance(p, pa.Table) else pq.ParquetFile(p).metadata.num_rows for p in parts]
        self.starts = np.cumsum([0, *self.sizes])[:-1].tolist()  # row number of each part's first row
        self.num_rows = sum(self.sizes)

    def __len__(self) -> int:
        return self.num_rows

    def _part_columns(self, part: pa.Table | str, names: list[str]) -> pa.Table:
        if isinstance(part, pa.Table):
            return part.select(names).cast(pa.schema([self.schema.field(n) for n in names]))
        return pq.read_table(part, columns=names, schema=self.schema, use_threads=False, pre_buffer=False)

    def iter_column(self, name: str, rows: int | None = None) -> Iterator[tuple[int, pa.Array]]:
        """(number of the first row, values) of column ``name``, ``rows`` (READ_ROWS) at a time."""
        rows = rows or READ_ROWS
        for start, part in zip(self.starts, self.parts):
            if isinstance(part, pa.Table):
                col = part.column(name).cast(self.schema.field(name).type)
                for k in range(0, len(col), rows):
                    yield start + k, col.slice(k, rows).combine_chunks()
            else:
                k = 0
                for batch in _file(part).iter_batches(batch_size=rows, columns=[name], use_threads=False):
                    yield start + k, batch.column(0).cast(self.schema.field(name).type)
                    k += batch.num_rows

    def column(self, name: str) -> pa.ChunkedArray:
        chunks = [c for part in self.parts for c in self._part_columns(part, [name]).column(0).chunks]
        return pa.chunked_array(chunks, self.schema.field(name).type)

    def columns(self, names: list[str]) -> pa.Table:
        tables = [self._part_columns(part, names) for part in self.parts]
        return pa.concat_tables(tables) if tables else pa.schema([self.schema.field(n) for n in names]).empty_table()

    def batches(self, rows: int = 16_384) -> Iterator[tuple[int, pa.Table]]:
        """(number of the first row, rows) for all rows in order, ``rows`` at a time per part."""
        start = 0
        for part, size in zip(self.parts, self.sizes):
            if isinstance(part, pa.Table):
                for k in range(0, size, rows):
                    yield start + k, part.slice(k, rows).select(self.schema.names).cast(self.schema)
            else:
                k = 0
                for batch in _file(part).iter_batches(batch_size=rows, use_threads=False):
                    yield start + k, pa.Table.from_batches([batch]).select(self.schema.names).cast(self.schema)
                    k += batch.num_rows
            start += size


def _as_keys(keys: pa.Table | Keys, schema: pa.Schema) -> Keys:
    return keys if isinstance(keys, Keys) else Keys([keys], schema)


def _codes(column: pa.ChunkedArray) -> np.ndarray:
    """Integer codes of a string column, equal for equal strings, -1 for null. Sort ranks: a
    dictionary's hash table would cost ~150 bytes per distinct string."""
    codes = np.asarray(pc.rank(column, tiebreaker="dense").to_numpy(), np.int64)
    codes[~column.is_valid().to_numpy(zero_copy_only=False)] = -1
    return codes


def _first_equal(codes: np.ndarray) -> np.ndarray:
    """For each node, the first node with its code."""
    _, first, inverse = np.unique(codes, return_index=True, return_inverse=True)
    return first[inverse.reshape(-1)]


def _bucket_pairs(keys: np.ndarray, nodes: np.ndarray) -> Iterator[np.ndarray]:
    """Pairs (earlier node, later node) sharing a key; each node meets its nearest earlier members.

    One array per distance in key order (1 to MAX_BUCKET_NEIGHBOURS): when most nodes share
    buckets (templated pages), all distances at once would be MAX_BUCKET_NEIGHBOURS pairs per node,
    the largest arrays of the clustering.
    """
    if len(keys) < 2:
        return
    order = np.lexsort((nodes, keys))
    k, nd = keys[order], nodes[order]
    del order
    for d in range(1, min(MAX_BUCKET_NEIGHBOURS, len(k) - 1) + 1):
        same = k[d:] == k[:-d]
        if same.any():
            yield np.stack([nd[:-d][same], nd[d:][same]], axis=1)


def _verify(pairs: np.ndarray, sig_a: np.ndarray, sig_b: np.ndarray, shingles: np.ndarray,
            headline: np.ndarray) -> np.ndarray:
    """Mask of candidate pairs that are near duplicates (``sig_a``/``sig_b``: their signatures)."""
    a, b = pairs[:, 0], pairs[:, 1]
    agree = (sig_a == sig_b).mean(axis=1)
    jac = np.clip((agree - _B_BIT_CHANCE) / (1 - _B_BIT_CHANCE), 0.0, 1.0)
    sa, sb = shingles[a].astype(float), shingles[b].astype(float)
    smaller = np.maximum(np.minimum(sa, sb), 1.0)
    containment = jac * (sa + sb) / ((1 + jac) * smaller)
    same_headline = (headline[a] >= 0) & (headline[a] == headline[b])
    return (jac >= NEAR_THRESHOLD) | (same_headline & (containment >= WIRE_CONTAINMENT))


class _UnionFind:
    """Union-find whose root is always the smallest node: the canonical member of its component."""

    def __init__(self, n: int) -> None:
        self.parent = array("q", range(n))  # 8 bytes a node; a list of ints costs 36

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra < rb:
            self.parent[rb] = ra
        elif rb < ra:
            self.parent[ra] = rb


_SORT_KEYS = [("order", "ascending"), ("article_id", "ascending")]
#: Above this many rows the canonical order is a merge of sorted runs spilled to disk, not one sort
#: of every row's strings in memory (~130 bytes a row).
SPILL_ROWS = 50_000
_MERGE_ROWS = 1024  # rows of each sorted run read at a time while merging


def _sorted_run(rows: pa.Table | str) -> Iterator[tuple]:
    """(order, article id, row) of a sorted run, in its order, read ``_MERGE_ROWS`` at a time. Keys
    compare as Arrow sorts them: strings by code point (= UTF-8 bytes), nulls last."""
    batches = rows.to_batches(_MERGE_ROWS) if isinstance(rows, pa.Table) \
        else _file(rows).iter_batches(batch_size=_MERGE_ROWS, use_threads=False)
    for batch in batches:
        order, article, row = (batch.column(k).to_pylist() for k in range(3))
        for o, a, r in zip(order, article, row):
            yield o is None, o or "", a is None, a or "", r


def _canonical_rows(keys: Keys, keep: np.ndarray | None = None) -> np.ndarray:
    """Numbers of the rows of ``keys`` (those in ``keep``, if given) in canonical order: order,
    article id, then row.

    A sorted-run merge: each part (a shard's key file) is sorted alone and, when there are
    several, written to ``keys.spill_dir`` as a run of (order, article id, row), then the runs are
    merged a batch of each at a time. The strings of all rows are never in memory at once (at 100k
    articles they were ~13 MiB, the largest array of the clustering)."""
    if len(keys.parts) <= 1 or keys.num_rows <= SPILL_ROWS:  # small: one sort in memory
        rows = pc.sort_indices(keys.columns(["order", "article_id"]), _SORT_KEYS).to_numpy().astype(np.int64)
        return rows if keep is None else rows[keep[rows]]
    runs: list[pa.Table | str] = []
    with tempfile.TemporaryDirectory(prefix=".newsclean-keys-", dir=keys.spill_dir) as spill:
        for k, (part, start) in enumerate(zip(keys.parts, keys.starts)):
            table = keys._part_columns(part, ["order", "article_id"])
            rows = pc.sort_indices(table, _SORT_KEYS).to_numpy().astype(np.int64)
            if keep is not None:
                rows = rows[keep[start + rows]]
            run = table.take(pa.array(rows)).append_column("row", pa.array(start + rows))
            del table
            if isinstance(part, pa.Table):
                runs.append(run)
            else:
                runs.append(str(Path(spill) / f"run-{k}.parquet"))
                pq.write_table(run, runs[-1], compression="none", row_group_size=_MERGE_ROWS)
            del run
        total = int(keep.sum()) if keep is not None else keys.num_rows
        return np.fromiter((key[-1] for key in heapq.merge(*map(_sorted_run, runs))), np.int64, total)


def _new_roots(previous: Keys, old_rows: np.ndarray, current: Keys, new_rows: np.ndarray) -> np.ndarray:
    """The root (canonical node) of each of this run's nodes, in canonical order.

    Nodes 0..n_old-1 are the rows ``old_rows`` of ``previous``, n_old.. the rows ``new_rows`` of
    ``current``: each part in canonical order. The node-ordered arrays built here die on return.
    """
    n_old, n_new = len(old_rows), len(new_rows)

    def column(name: str) -> pa.ChunkedArray:  # both sides' column as one
        return pa.chunked_array(previous.column(name).chunks + current.column(name).chunks,
                                current.schema.field(name).type)

    row = np.concatenate([old_rows, len(previous) + new_rows])  # node i is row row[i] of column(name)
    headline = _codes(column("headline"))[row]
    shingles = np.asarray(column("shingles").fill_null(0).to_numpy(), np.int64)[row]
    sigs = _Signatures([previous, current], row)
    uf = _UnionFind(n_old + n_new)

    # Exact duplicates: every new node joins the first node with its body hash.
    rep = _first_equal(_codes(column("exact"))[row])
    for i in np.nonzero(rep[n_old:] != np.arange(n_old, n_old + n_new))[0]:
        uf.union(int(rep[n_old + i]), n_old + int(i))

    # Near duplicates among the first node of each body hash.
    nodes = np.nonzero((rep == np.arange(len(rep))) & sigs.present())[0]
    if len(nodes) > 1 and (nodes >= n_old).any():
        titled = nodes[headline[nodes] >= 0]
        # One bucket kind at a time, verified in chunks: a corpus of templated pages puts many
        # nodes in one bucket, and all bands' candidates at once would grow with the corpus.
        for j in range(BANDS + 1):
            # (The union order does not matter: a component's root is its smallest node.)
            found = [p[p[:, 1] >= n_old]  # pairs of old nodes were settled by earlier runs
                     for p in (_bucket_pairs(sigs.band(j, nodes).astype(np.int64), nodes) if j < BANDS
                               else _bucket_pairs(headline[titled], titled))]
            pairs = np.concatenate(found) if found else np.empty((0, 2), np.int64)
            del found
            if not len(pairs):
                continue
            ends = np.sort(pairs.ravel())
            ends = ends[np.concatenate(([True], ends[1:] != ends[:-1]))]
            ends_sig = sigs.of(ends)  # one pass over the signatures for this kind's candidates
            for start in range(0, len(pairs), VERIFY_CHUNK):
                chunk = pairs[start:start + VERIFY_CHUNK]
                sig_a = ends_sig[np.searchsorted(ends, chunk[:, 0])]
                sig_b = ends_sig[np.searchsorted(ends, chunk[:, 1])]
                for a, b in chunk[_verify(chunk, sig_a, sig_b, shingles, headline)].tolist():
                    uf.union(a, b)
            del pairs, ends, ends_sig

    return np.fromiter((uf.find(n_old + j) for j in range(n_new)), np.int64, n_new)


#: order (crawl date, source path, record) -> (cluster, duplicate) of an earlier entry a run replaces
Replaced = dict[str, tuple["str | None", "bool | None"]]


def replaced_entries(rows: pa.Table) -> Replaced:
    """The (cluster, duplicate) of earlier state rows (``DEDUP_SCHEMA``) a run replaces, by their order:
    the articles it processes again, usually few."""
    return dict(zip(rows.column("order").to_pylist(),
                    zip(rows.column("cluster").to_pylist(), rows.column("duplicate").to_pylist())))


def _dropped(previous: Keys, keep: np.ndarray | None) -> Replaced:
    """:func:`replaced_entries` of the rows of ``previous`` that ``keep`` leaves out, a batch at a time."""
    if keep is None or keep.all():
        return {}
    out: Replaced = {}
    for start, batch in previous.batches():
        out.update(replaced_entries(batch.filter(pa.array(~keep[start:start + len(batch)]))))
    return out


def _cluster(current: Keys, previous: Keys, replaced: Replaced | None = None) -> tuple[pa.Table, np.ndarray | None]:
    """``dup_cluster``/``is_duplicate`` aligned with ``current``'s rows, and the mask of the rows of
    ``previous`` that stay in the state (None: all). ``replaced``: earlier entries of this run's articles
    the caller left out of ``previous`` (:func:`replaced_entries`). See :func:`assign_clusters`."""
    keep = None  # mask of the rows of previous that stay; None: all
    if len(current) and len(previous):
        # An article re-processed by this run replaces its own earlier entry.
        keep = ~pc.is_in(previous.column("article_id"),
                         value_set=current.column("article_id").combine_chunks()).to_numpy(zero_copy_only=False)
    old_rows, new_rows = _canonical_rows(previous, keep), _canonical_rows(current)
    n_old, n_new = len(old_rows), len(new_rows)
    roots = _new_roots(previous, old_rows, current, new_rows)  # nodes: old_rows, then new_rows

    # Duplicate flags of the new nodes, in canonical order.
    own = roots >= n_old  # a component of this run's articles: named by its canonical member's body hash
    is_dup = roots != n_old + np.arange(n_new)
    joined = np.nonzero(~own)[0]  # rows joining an earlier run's cluster: usually few
    if len(joined):
        # A canonical article processed again (its old entry was dropped above) is canonical
        # again: its duplicates' rows still say so.
        cids = previous.column("cluster").take(old_rows[roots[joined]])
        old_exact = pc.is_in(cids, value_set=previous.column("exact").take(old_rows).combine_chunks()) \
            .to_numpy(zero_copy_only=False)
        new_exact = current.column("exact").take(new_rows[joined]).to_pylist()
        earlier = {**(replaced or {}), **_dropped(previous, keep)}
        reclaimed: set[str] = set()
        for k, (j, cid, order) in enumerate(zip(joined.tolist(), cids.to_pylist(),
                                                current.column("order").take(new_rows[joined]).to_pylist())):
            cluster, was_duplicate = earlier.get(order, (None, None))
            if was_duplicate is not None:  # its earlier entry says whether it was the cluster's original
                canonical_again = cluster == cid and not was_duplicate and cid not in reclaimed
            else:  # new here, or state without the flag: the original's body names the cluster and no earlier
                # article kept has it (with bodies alike, a kept duplicate has it too: the flag tells them apart)
                canonical_again = not old_exact[k] and new_exact[k] == cid and cid not in reclaimed
            if canonical_again:
                reclaimed.add(cid)
            is_dup[j] = not canonical_again

    # Cluster ids in the input's row order, columnar (no Python object per article).
    back = np.argsort(new_rows)  # back[r]: canonical position of the input's row r
    roots, own, is_dup = roots[back], own[back], is_dup[back]
    clusters = current.column("exact").take(new_rows[np.where(own, roots - n_old, 0)])
    if len(joined):
        clusters = pc.if_else(pa.array(own), clusters,
                              previous.column("cluster").take(old_rows[np.where(own, 0, roots)]))
    return pa.table([clusters.cast(pa.string()), pa.array(is_dup)], schema=CLUSTER_SCHEMA), keep


def _state_batches(current: Keys, previous: Keys, assigned: pa.Table,
                   keep: np.ndarray | None) -> Iterator[pa.Table]:
    """The next state's rows (``DEDUP_SCHEMA``), a batch at a time: the rows of ``previous`` that
    stay, then this run's with their cluster."""
    for start, batch in previous.batches():
        if keep is not None:
            batch = batch.filter(pa.array(keep[start:start + len(batch)]))
        yield batch.select(DEDUP_SCHEMA.names).cast(DEDUP_SCHEMA)
    for start, batch in current.batches():
        batch = batch.append_column("cluster", assigned.column("dup_cluster").slice(start, len(batch)))
        batch = batch.append_column("duplicate", assigned.column("is_duplicate").slice(start, len(batch)))
        yield batch.select(DEDUP_SCHEMA.names).cast(DEDUP_SCHEMA)


def assign_clusters(current: pa.Table | Keys, previous: pa.Table | Keys) -> tuple[pa.Table, pa.Table]:
    """Cluster this run's duplicate keys against each other and against earlier runs' state.

    ``current``: rows of ``flows.state.DEDUP_KEY_SCHEMA`` (this run's articles); ``previous``: rows
    of ``DEDUP_SCHEMA``. Returns ``dup_cluster``/``is_duplicate`` aligned with ``current``'s rows
    (:data:`CLUSTER_SCHEMA`), and the next state (``DEDUP_SCHEMA`` columns).

    Memory: neither table is copied whole; columns are read through the row numbers of the nodes.
    (:func:`cluster_staged` writes the state without holding it.)
    """
    current, previous = _as_keys(current, DEDUP_KEY_SCHEMA), _as_keys(previous, DEDUP_SCHEMA)
    assigned, keep = _cluster(current, previous)
    state = pa.concat_tables([DEDUP_SCHEMA.empty_table(), *_state_batches(current, previous, assigned, keep)])
    return assigned, state


def cluster_staged(dedup_paths: list[str | None], previous: pa.Table | Keys, staging: str,
                   replaced: Replaced | None = None) -> tuple[list[str | None], tuple[str, str]]:
    """Cluster the staged per-shard key files; write one cluster file per shard, rows aligned.

    Returns the cluster files (None for shards without articles) and the next dedup state, staged
    here: the earlier state's rows that stay, then this run's, written a batch at a time. The key
    files are read a column at a time (:class:`Keys`), never as one table. ``replaced``: as :func:`_cluster`.
    """
    present = [p for p in dedup_paths if p]
    current = Keys(present, DEDUP_KEY_SCHEMA, spill_dir=str(Path(staging) / "shards"))
    previous = _as_keys(previous, DEDUP_SCHEMA)
    assigned, keep = _cluster(current, previous, replaced)
    out: list[str | None] = []
    start = 0
    for path, rows in zip(dedup_paths, _sizes(dedup_paths, current)):
        if path is None:
            out.append(None)
            continue
        target = Path(staging) / "shards" / (Path(path).name.replace(".dedup.parquet", "") + ".clusters.parquet")
        pq.write_table(assigned.slice(start, rows), target)
        out.append(str(target))
        start += rows
    return out, stage_dedup_state(Path(staging), _state_batches(current, previous, assigned, keep))


def _sizes(paths: list[str | None], keys: Keys) -> list[int]:
    sizes = iter(keys.sizes)
    return [next(sizes) if p else 0 for p in paths]


__all__ = ["CLUSTER_SCHEMA", "NEAR_THRESHOLD", "WIRE_CONTAINMENT", "Keys", "assign_clusters", "cluster_staged",
           "replaced_entries"]
