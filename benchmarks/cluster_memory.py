"""Peak memory of the duplicate clustering step alone, as the number of articles grows.

    python benchmarks/cluster_memory.py 10000 100000 [--repeat 3] [--compare CHECKOUT] [--shards 8]

``benchmarks/memory.py`` measures whole runs, and a run of 100k pages takes over an hour on a
loaded 2-core machine; the clustering step (``flows.dedup.cluster_staged``: the part of the flow
process whose memory grew with the corpus) takes seconds. For each size this script writes that
many synthetic duplicate keys as per-shard key files (paths and ids shaped like a run's, 10% near
duplicates of an earlier article, 5% exact ones), then, in a fresh process that has imported the
flow as the CLI does and read a parquet file once, measures the peak RSS above that process's
resident size while ``cluster_staged`` clusters them and stages the state (``psutil`` every 5 ms).

``--compare CHECKOUT`` measures another checkout (e.g. main) on the same key files, alternating
run by run; medians of ``--repeat`` runs, and the growth from the smallest size to the largest.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
#: The environment as given (older checkouts set memory settings in ``os.environ`` when ``flows`` was
#: imported; a compared checkout must not inherit them).
ENV = dict(os.environ)

CHILD = r"""
import os, sys, threading, time
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")  # as the CLI's command environment sets it
try:
    from flows.process_env import hand_memory_back  # as the CLI does first
    hand_memory_back()
except ImportError:  # an older checkout: importing flows did it
    pass
import flows.flow  # noqa: F401 - the flow process's settings (memory pool, allocator)
import psutil
import pyarrow.parquet as pq
from flows.dedup import cluster_staged
from flows.state import DEDUP_SCHEMA

paths, staging = sys.argv[1:-1], sys.argv[-1]
pq.read_table(paths[0])  # parquet's one-time start-up: a run has read and written parquet long before
proc = psutil.Process()
base = peak = proc.memory_info().rss
stop = threading.Event()

def sample():
    global peak
    while not stop.is_set():
        peak = max(peak, proc.memory_info().rss)
        time.sleep(0.005)

t = threading.Thread(target=sample, daemon=True)
t.start()
start = time.perf_counter()
cluster_staged(paths, DEDUP_SCHEMA.empty_table(), staging)
seconds = time.perf_counter() - start
stop.set()
t.join()
peak = max(peak, proc.memory_info().rss)
print(base, peak, seconds)
"""


def write_keys(n: int, shards: int, root: Path) -> list[str]:
    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq

    sys.path.insert(0, str(REPO))
    from flows.state import DEDUP_KEY_SCHEMA

    rng = np.random.default_rng(n)
    (root / "shards").mkdir(parents=True, exist_ok=True)
    paths = []
    per = n // shards
    for s in range(shards):
        sig = rng.integers(0, 256, (per, 128), dtype=np.uint8)
        near = rng.random(per) < 0.10
        src = rng.integers(0, per, per)
        sig[near] = sig[src[near]]
        sig[near, :8] = rng.integers(0, 256, (int(near.sum()), 8), dtype=np.uint8)  # a few bytes differ
        exact = np.array([f"{rng.integers(0, 2**63):032x}" for _ in range(per)], dtype=object)
        same = rng.random(per) < 0.05
        exact[same] = exact[src[same]]
        ids = [f"{rng.integers(0, 2**63):032x}" for _ in range(per)]
        table = pa.table({
            "article_id": ids, "crawl_date": pa.nulls(per, pa.date32()),
            "order": [f"\x1f/tmp/newsclean-mem-x1y2z3/text-{n}/{(s * per + i) // 1000:04d}/page-{s * per + i:07d}.txt\x1f"
                      for i in range(per)],
            "exact": exact.tolist(), "minhash": pa.array(list(map(bytes, sig)), pa.binary(128)),
            "shingles": pa.array(rng.integers(50, 900, per), pa.int32()),
            "headline": [f"{rng.integers(0, 2**60):016x}" for _ in range(per)]}, schema=DEDUP_KEY_SCHEMA)
        paths.append(str(root / "shards" / f"shard-{s:03d}.dedup.parquet"))
        pq.write_table(table, paths[-1])
    return paths


def measure(repo: Path, paths: list[str], staging: Path) -> tuple[float, float, float]:
    env = {**ENV, "PYTHONPATH": os.pathsep.join([str(repo), *filter(None, [ENV.get("PYTHONPATH")])])}
    out = subprocess.run([sys.executable, "-c", CHILD, *paths, str(staging)], env=env, cwd=repo,
                         capture_output=True, text=True, check=True).stdout.split()
    base, peak, seconds = int(out[0]), int(out[1]), float(out[2])
    return base / 2**20, (peak - base) / 2**20, seconds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sizes", type=int, nargs="+")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--shards", type=int, default=8)
    ap.add_argument("--compare", type=Path, help="another newsclean checkout, measured alternately")
    args = ap.parse_args(argv)
    checkouts = {"this": REPO, **({"compared": args.compare.resolve()} if args.compare else {})}
    growth: dict[tuple[str, int], list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="newsclean-clmem-") as tmp:
        for n in args.sizes:
            paths = write_keys(n, args.shards, Path(tmp) / str(n))
            for r in range(args.repeat):
                for name, repo in checkouts.items():
                    base, grew, seconds = measure(repo, paths, Path(tmp) / str(n))
                    growth.setdefault((name, n), []).append(grew)
                    print(f"{name:>8} {n:>8} keys  run {r + 1}: process {base:6.1f} MiB, clustering peak "
                          f"+{grew:6.1f} MiB, {seconds:5.2f} s", flush=True)
    for name in checkouts:
        med = {n: statistics.median(growth[(name, n)]) for n in args.sizes}
        print(f"{name}: median peak above the process, " + ", ".join(f"{n} keys +{m:.1f} MiB" for n, m in med.items())
              + (f"; {args.sizes[-1]} vs {args.sizes[0]}: {med[args.sizes[-1]] - med[args.sizes[0]]:+.1f} MiB"
                 if len(args.sizes) > 1 else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
