"""Compaction of a dataset made by many small incremental runs: files, seconds, a reader's query.

    python benchmarks/compact.py RUNS [--pages P] [--days D] [--target-rows N] [--shared DIR] [--keep DIR]

Makes RUNS batches of P distinct raw text pages (``throughput.vary_page`` of the dev-set inputs
and seeds) spread over D crawl dates, and runs ``newsclean run`` after each batch, as a
scheduled flow would every 15 minutes (incremental: only the new pages). Then times ``newsclean
compact`` and prints the files per dataset before and after, and the time DuckDB takes to scan the
articles (count, sum of word counts, best of 5) before and after. All in this process (one
Prefect server): run it with ``PYTHONPATH`` at the checkout to measure.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from throughput import load_pages, vary_page  # noqa: E402


def data_files(out: Path) -> dict[str, int]:
    return {sub: sum(1 for _ in (out / sub).rglob("*.parquet")) for sub in ("articles", "_rejects")}


def scan_seconds(out: Path) -> float:
    import duckdb

    sql = (f"SELECT count(*), sum(word_count) FROM read_parquet('{out}/articles/**/*.parquet', "
           "hive_partitioning=true)")
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        duckdb.sql(sql).fetchall()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", type=int)
    ap.add_argument("--pages", type=int, default=20, help="new pages per run (default 20)")
    ap.add_argument("--days", type=int, default=2, help="crawl dates the pages are spread over (default 2)")
    ap.add_argument("--target-rows", type=int, help="passed to newsclean compact")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--keep", type=Path, help="build here and keep it (default: a temp dir)")
    args = ap.parse_args()

    from flows.cli import main as newsclean

    pages, rng = load_pages(args.shared), random.Random(0)
    with contextlib.ExitStack() as stack:
        base = args.keep or Path(stack.enter_context(tempfile.TemporaryDirectory()))
        raw, out = base / "raw", base / "out"
        start = time.perf_counter()
        for run in range(args.runs):
            for i in range(args.pages):
                n = run * args.pages + i
                path = raw / f"2024-05-{1 + n % args.days:02d}" / f"run{run:04d}-page{i:04d}.txt"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(vary_page(pages[n % len(pages)], rng), encoding="utf-8")
            with contextlib.redirect_stdout(io.StringIO()):
                if newsclean(["run", str(raw), "--out", str(out), "--language-backend", "langdetect"]) != 0:
                    raise SystemExit(f"run {run} failed")
        print(f"{args.runs} runs of {args.pages} pages: {time.perf_counter() - start:.1f} s")
        before, scan_before = data_files(out), scan_seconds(out)
        start = time.perf_counter()
        extra = ["--target-rows", str(args.target_rows)] if args.target_rows else []
        with contextlib.redirect_stdout(io.StringIO()):
            if newsclean(["compact", "--out", str(out), *extra]) != 0:
                raise SystemExit("compact failed")
        seconds = time.perf_counter() - start
        after, scan_after = data_files(out), scan_seconds(out)
        for sub in before:
            print(f"{sub}: {before[sub]} files -> {after[sub]}")
        print(f"compact: {seconds:.2f} s (in-process, Prefect server already up)")
        print(f"duckdb scan of articles: {1000 * scan_before:.1f} ms -> {1000 * scan_after:.1f} ms")


if __name__ == "__main__":
    main()
