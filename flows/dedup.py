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


class _Signatures:
    """The nodes' signatures, read in place from the column's chunks: a node-ordered copy would be
    the largest array of the step (SIGNATURE_BYTES per article)."""

    def __init__(self, column: pa.ChunkedArray, row: np.ndarray) -> None:
        self.blocks = [_matrix(c) for c in column.chunks]
        self.starts = np.cumsum([0] + [len(c) for c in column.chunks])  # row number of each block's first row
        self.row = row  # node i is row row[i] of the column
        self.valid = column.is_valid().to_numpy(zero_copy_only=False)

    def present(self) -> np.ndarray:
        """Mask of the nodes that have a signature."""
        return self.valid[self.row]

    def band(self, j: int, nodes: np.ndarray) -> np.ndarray:
        """LSH band key ``j`` (the signature's bytes 4j..4j+3, little-endian) of ``nodes``."""
        keys = np.concatenate([b.view("<u4")[:, j] for b in self.blocks] or [np.empty(0, "<u4")])
        return keys[self.row[nodes]]

    def of(self, nodes: np.ndarray) -> np.ndarray:
        """The signatures of ``nodes``, one row each (a copy: keep ``nodes`` small)."""
        rows = self.row[nodes]
        order = np.argsort(rows)  # read the rows block by block
        sorted_rows = rows[order]
        bounds = np.searchsorted(sorted_rows, self.starts)  # sorted_rows[bounds[k]:bounds[k + 1]] are in block k
        out = np.empty((len(rows), SIGNATURE_BYTES), np.uint8)
        for k, block in enumerate(self.blocks):
            if bounds[k] < bounds[k + 1]:
                out[order[bounds[k]:bounds[k + 1]]] = block[sorted_rows[bounds[k]:bounds[k + 1]] - self.starts[k]]
        return out


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


def _verify(pairs: np.ndarray, sigs: _Signatures, shingles: np.ndarray, headline: np.ndarray) -> np.ndarray:
    """Mask of candidate pairs that are near duplicates."""
    a, b = pairs[:, 0], pairs[:, 1]
    agree = (sigs.of(a) == sigs.of(b)).mean(axis=1)
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


def _canonical_rows(table: pa.Table, keep: np.ndarray | None = None) -> np.ndarray:
    """Numbers of the rows of ``table`` (those in ``keep``, if given) in canonical order: order,
    article id, then row (the sort is stable)."""
    rows = pc.sort_indices(table, [("order", "ascending"), ("article_id", "ascending")]).to_numpy().astype(np.int64)
    return rows if keep is None else rows[keep[rows]]


def _new_roots(previous: pa.Table, old_rows: np.ndarray, current: pa.Table, new_rows: np.ndarray) -> np.ndarray:
    """The root (canonical node) of each of this run's nodes, in canonical order.

    Nodes 0..n_old-1 are the rows ``old_rows`` of ``previous``, n_old.. the rows ``new_rows`` of
    ``current``: each part in canonical order. The node-ordered arrays built here die on return.
    """
    n_old, n_new = len(old_rows), len(new_rows)

    def column(name: str) -> pa.ChunkedArray:  # both tables' column as one, without a copy
        return pa.chunked_array(previous.column(name).cast(current.schema.field(name).type).chunks
                                + current.column(name).chunks, current.schema.field(name).type)

    row = np.concatenate([old_rows, len(previous) + new_rows])  # node i is row row[i] of column(name)
    headline = _codes(column("headline"))[row]
    shingles = np.asarray(column("shingles").fill_null(0).to_numpy(), np.int64)[row]
    sigs = _Signatures(column("minhash"), row)
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
            for pairs in _bucket_pairs(sigs.band(j, nodes).astype(np.int64), nodes) if j < BANDS \
                    else _bucket_pairs(headline[titled], titled):
                pairs = pairs[pairs[:, 1] >= n_old]  # pairs of old nodes were settled by earlier runs
                for start in range(0, len(pairs), VERIFY_CHUNK):
                    chunk = pairs[start:start + VERIFY_CHUNK]
                    for a, b in chunk[_verify(chunk, sigs, shingles, headline)].tolist():
                        uf.union(a, b)

    return np.fromiter((uf.find(n_old + j) for j in range(n_new)), np.int64, n_new)


def assign_clusters(current: pa.Table, previous: pa.Table) -> tuple[pa.Table, pa.Table]:
    """Cluster this run's duplicate keys against each other and against earlier runs' state.

    ``current``: rows of ``flows.state.DEDUP_KEY_SCHEMA`` (this run's articles); ``previous``: rows
    of ``DEDUP_SCHEMA``. Returns ``dup_cluster``/``is_duplicate`` aligned with ``current``'s rows
    (:data:`CLUSTER_SCHEMA`), and the next state (``DEDUP_SCHEMA`` columns).

    Memory: neither table is copied whole; columns are read through the row numbers of the nodes.
    """
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
        reclaimed: set[str] = set()
        for k, (j, cid) in enumerate(zip(joined.tolist(), cids.to_pylist())):
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
    assigned = pa.table([clusters.cast(pa.string()), pa.array(is_dup)], schema=CLUSTER_SCHEMA)
    if keep is not None:  # only now: the copy is not held while clustering
        previous = previous.filter(pa.array(keep))
    state = pa.concat_tables([
        previous.select(DEDUP_SCHEMA.names).cast(DEDUP_SCHEMA),
        current.append_column("cluster", assigned.column("dup_cluster")).select(DEDUP_SCHEMA.names).cast(DEDUP_SCHEMA),
    ])
    return assigned, state


def cluster_staged(dedup_paths: list[str | None], previous: pa.Table,
                   staging: str) -> tuple[list[str | None], tuple[str, str]]:
    """Cluster the staged per-shard key files; write one cluster file per shard, rows aligned.

    Returns the cluster files (None for shards without articles) and the next dedup state, staged
    here (``flows.state.stage_dedup_state``): the flow does not hold it until the end of the run.
    """
    tables = [pq.read_table(p, schema=DEDUP_KEY_SCHEMA) if p else None for p in dedup_paths]
    present = [t for t in tables if t is not None]
    current = pa.concat_tables(present) if present else DEDUP_KEY_SCHEMA.empty_table()
    del present
    assigned, state = assign_clusters(current, previous)
    del current, previous  # the state holds their rows (no copy); nothing else of clustering stays
    out: list[str | None] = []
    start = 0
    for path, t in zip(dedup_paths, tables):
        if t is None:
            out.append(None)
            continue
        target = Path(staging) / "shards" / (Path(path).name.replace(".dedup.parquet", "") + ".clusters.parquet")
        pq.write_table(assigned.slice(start, len(t)), target)
        out.append(str(target))
        start += len(t)
    del tables, assigned
    return out, stage_dedup_state(Path(staging), state)


__all__ = ["CLUSTER_SCHEMA", "NEAR_THRESHOLD", "WIRE_CONTAINMENT", "assign_clusters", "cluster_staged"]
