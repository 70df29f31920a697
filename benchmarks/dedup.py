"""Duplicate keys: ms per page of the numpy MinHash against datasketch's, and the same clusters.

    python benchmarks/dedup.py [--shared DIR] [--sets articles-dev meta-dev] [--repeat 3]

Cleans the dev sets' raw pages (``SHARED/eval/<set>/inputs``), adds to each article two made-up
near duplicates (a reprint missing its last paragraph, and one with a fifth of its words swapped
as in ``benchmarks/throughput.py``) and an exact one (other spacing), then, in this one process
and alternating the sides in each round (best of ``--repeat``):

* the reference: the keys as ``cleaners/dedup.py`` made them with datasketch (main at 564fd73:
  a ``MinHash`` per article, a Python call per shingle);
* ``dedup_key`` per article (the numpy code, one article at a time);
* ``dedup_keys`` over batches of 500 articles (a shard's staging batch).

Prints ms of CPU per page and the ratios, then checks that every key is byte-identical to the
reference and that ``flows.dedup.assign_clusters`` gives the same clusters on both key tables.
Nothing of the dev sets is written anywhere.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
import time
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from throughput import vary_page  # noqa: E402

BATCH = 500


def reference_key(article):
    """The DedupKey of ``cleaners/dedup.py`` at 564fd73 (datasketch), for the comparison."""
    import numpy as np
    from datasketch import MinHash

    from cleaners import dedup

    folded = article.body.casefold()
    words = dedup._TOKEN.findall(folded)
    if words:
        h = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in words), np.uint64, len(words))
        n = min(dedup.SHINGLE_WORDS, len(h))
        mixed = np.zeros(len(h) - n + 1, np.uint64)
        for k in range(n):
            mixed = mixed * np.uint64(1_000_003) + h[k: len(h) - n + 1 + k]
        mixed ^= mixed >> np.uint64(29)
        hashes = np.unique((mixed & np.uint64(0xFFFFFFFF)).astype(np.uint32))
    else:
        hashes = np.empty(0, np.uint32)
    m = MinHash(num_perm=dedup.NUM_PERM, seed=dedup.SEED, scheme="affine32", hashfunc=int)
    if len(hashes):
        m.update_batch(hashes.tolist())
    signature = (m.hashvalues & np.uint32(0xFF)).astype(np.uint8).tobytes()
    body_hash = dedup._words_hash(words if dedup._CJK_CHAR.search(folded) is None else dedup._WORD.findall(folded))
    order = (str(article.crawl_date or ""), article.source_path, article.source_record or "")
    return dedup.DedupKey(article.article_id, article.crawl_date, order, body_hash, signature, int(len(hashes)),
                          dedup.headline_key(article.headline))


def dev_articles(shared: Path, sets: list[str]) -> list:
    from cleaners import clean
    from schemas import Article, RawDoc

    rng = random.Random(0)
    out = []
    for name in sets:
        for p in sorted((shared / "eval" / name / "inputs").glob("*.txt")):
            a = clean(RawDoc(f"{name}/{p.name}", p.read_text(encoding="utf-8", errors="replace")))
            if not isinstance(a, Article):
                continue
            paragraphs = a.body.split("\n")
            out += [a,
                    dataclasses.replace(a, article_id=a.article_id + "-trimmed", source_path=a.source_path + "~1",
                                        body="\n".join(paragraphs[:-1]) if len(paragraphs) > 3 else a.body),
                    dataclasses.replace(a, article_id=a.article_id + "-varied", source_path=a.source_path + "~2",
                                        body=vary_page(a.body, rng)),
                    dataclasses.replace(a, article_id=a.article_id + "-spaced", source_path=a.source_path + "~3",
                                        body=a.body.replace(" ", "  ").upper())]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--sets", nargs="+", default=["articles-dev", "meta-dev"])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)

    import pyarrow as pa

    from cleaners.dedup import dedup_key, dedup_keys
    from flows.dedup import assign_clusters
    from flows.state import DEDUP_KEY_SCHEMA, DEDUP_SCHEMA

    articles = dev_articles(args.shared, args.sets)
    words = sum(len(a.body.split()) for a in articles) / len(articles)
    print(f"{len(articles)} articles ({len(articles) // 4} dev pages cleaned + 3 made-up duplicates each), "
          f"{words:.0f} words each on average")
    sides = {
        "datasketch (564fd73), per article": lambda: [reference_key(a) for a in articles],
        "numpy dedup_key, per article": lambda: [dedup_key(a) for a in articles],
        f"numpy dedup_keys, batches of {BATCH}": lambda: [k for i in range(0, len(articles), BATCH)
                                                          for k in dedup_keys(articles[i:i + BATCH])],
    }
    for fn in sides.values():  # imports, permutations: not timed
        fn()
    best = {name: float("inf") for name in sides}
    keys = {}
    for _ in range(args.repeat):
        for name, fn in sides.items():
            start = time.process_time()
            keys[name] = fn()
            best[name] = min(best[name], time.process_time() - start)
    ref_name = next(iter(sides))
    for name, seconds in best.items():
        print(f"{name:<40} {1000 * seconds / len(articles):7.3f} ms/page  "
              f"{best[ref_name] / seconds:5.2f}x the reference")

    reference = keys[ref_name]
    for name, ks in keys.items():
        same = sum(k == r for k, r in zip(ks, reference))
        print(f"{name:<40} keys identical to the reference: {same}/{len(reference)}")

    def clusters(ks) -> list:
        table = pa.Table.from_pylist([k.to_row() for k in ks], schema=DEDUP_KEY_SCHEMA)
        assigned, _ = assign_clusters(table, DEDUP_SCHEMA.empty_table())
        return list(zip(assigned.column("dup_cluster").to_pylist(), assigned.column("is_duplicate").to_pylist()))

    ref_clusters = clusters(reference)
    for name, ks in keys.items():
        c = clusters(ks)
        print(f"{name:<40} clusters: {len(set(x for x, _ in c))}, duplicates {sum(d for _, d in c)}, "
              f"assignments equal to the reference: {sum(x == y for x, y in zip(c, ref_clusters))}/{len(c)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
