"""Cluster duplicate articles across the shards of a run and across earlier runs.

Exact duplicates share a normalized-body hash. The first member of a cluster in a deterministic
order (crawl date, source path, record) is canonical; members committed by earlier runs come first.
"""

from __future__ import annotations

import pyarrow as pa

from cleaners.dedup import DedupKey


def assign_clusters(
    keys: list[DedupKey], previous: pa.Table
) -> tuple[dict[str, tuple[str, bool]], list[dict]]:
    """Return article_id -> (cluster id, is_duplicate) for ``keys``, and the state rows to keep."""
    current = {k.article_id for k in keys}
    # An article re-processed by this run replaces its own earlier entry.
    rows = [r for r in previous.to_pylist() if r["article_id"] not in current]
    canonical: dict[str, str] = {}  # exact hash -> cluster id
    for r in sorted(rows, key=lambda r: (r["order"], r["article_id"])):
        canonical.setdefault(r["exact"], r["cluster"])
    out: dict[str, tuple[str, bool]] = {}
    for key in sorted(keys, key=lambda k: (k.order, k.article_id)):
        if key.exact in canonical:
            out[key.article_id] = (canonical[key.exact], True)
        else:
            canonical[key.exact] = key.exact
            out[key.article_id] = (key.exact, False)
        rows.append({"article_id": key.article_id, "crawl_date": key.crawl_date, "order": "\x1f".join(key.order),
                     "exact": key.exact, "cluster": out[key.article_id][0]})
    return out, rows
