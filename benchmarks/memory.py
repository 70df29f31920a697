"""Peak memory of a newsclean run as the corpus grows: it should stay flat.

    python benchmarks/memory.py 10000 100000 [--repeat 3] [--compare CHECKOUT] [--shared DIR]
                                             [--runner thread|process] [--keep DIR]

For each size, builds that many distinct raw text pages (as ``benchmarks/throughput.py`` does) in a
temp directory, runs the CLI of this checkout on them in a subprocess (``python -m flows.cli`` with
this repository first on ``PYTHONPATH``, not whatever copy the environment's ``newsclean`` script
imports) and reports that subprocess's peak RSS and the peak RSS of its largest child (Prefect's
temporary server, process-pool workers), read with ``psutil`` every 0.2 s, and the kernel's figure
for all waited-for children (``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss``, which is a maximum
over processes, not a sum). Each size runs ``--repeat`` times (default 3; single runs vary by
several MiB); prints each run, the medians, the ratio of the largest size's median peak to the
smallest's (the goal is <= 1.2) and the growth in MiB.

``--compare CHECKOUT`` runs another checkout of newsclean (e.g. ``git worktree add /tmp/base main``)
on the same corpora in the same sitting, alternating with this one run by run, and prints its
figures beside this checkout's: before/after under the same machine load.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import REPO, build_text_corpus  # noqa: E402


def _sample(proc: psutil.Process, peaks: dict[str, int], stop: threading.Event) -> None:
    while not stop.is_set():
        try:
            peaks["cli"] = max(peaks["cli"], proc.memory_info().rss)
            kids = proc.children(recursive=True)
            rss = [k.memory_info().rss for k in kids if k.is_running()]
            peaks["child"] = max([peaks["child"], *rss])
            peaks["tree"] = max(peaks["tree"], peaks["cli"] if not rss else proc.memory_info().rss + sum(rss))
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
        stop.wait(0.2)


def measure(inputs: Path, out: Path, extra: list[str], repo: Path = REPO) -> dict[str, float]:
    env = {"PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300",  # a busy machine starts it slowly
           **os.environ, "PREFECT_LOGGING_LEVEL": "WARNING",
           "PYTHONPATH": os.pathsep.join([str(repo), *filter(None, [os.environ.get("PYTHONPATH")])])}
    start = time.perf_counter()
    popen = subprocess.Popen([sys.executable, "-m", "flows.cli", "run", str(inputs), "--out", str(out), *extra],
                             env=env, cwd=repo,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peaks = {"cli": 0, "child": 0, "tree": 0}
    stop = threading.Event()
    sampler = threading.Thread(target=_sample, args=(psutil.Process(popen.pid), peaks, stop), daemon=True)
    sampler.start()
    _, err = popen.communicate()
    stop.set()
    sampler.join()
    if popen.returncode != 0:
        raise SystemExit(f"newsclean failed ({popen.returncode}): {err[-2000:]}")
    kernel = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # KiB on Linux
    mib = 1024 * 1024
    return {"seconds": time.perf_counter() - start, "cli": peaks["cli"] / mib, "child": peaks["child"] / mib,
            "tree": peaks["tree"] / mib, "kernel": kernel / mib}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", type=int, nargs="+", help="corpus sizes, smallest first (e.g. 10000 100000)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per size and checkout (medians printed)")
    ap.add_argument("--compare", type=Path, help="another newsclean checkout, run alternately on the same corpora")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--runner", choices=("thread", "process"), default="thread")
    ap.add_argument("--keep", type=Path, help="build corpora here and keep them")
    args = ap.parse_args(argv)
    extra = [] if args.runner == "thread" else ["--runner", "process", "--workers", "2"]
    checkouts = {"this": REPO, **({"compared": args.compare.resolve()} if args.compare else {})}

    runs: dict[tuple[str, int], list[dict[str, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="newsclean-mem-") as tmp_name:
        tmp = args.keep or Path(tmp_name)
        for n in args.sizes:
            corpus = tmp / f"text-{n}"
            if not corpus.exists():
                build_text_corpus(n, corpus, args.shared)
            for r in range(args.repeat):
                for name, repo in checkouts.items():
                    out = tmp / f"out-{n}"
                    shutil.rmtree(out, ignore_errors=True)  # a fresh output: an incremental run would skip everything
                    m = measure(corpus, out, extra, repo)
                    runs.setdefault((name, n), []).append(m)
                    print(f"{name:>8} {n:>8} docs  run {r + 1}  {m['seconds']:8.1f} s  {n / m['seconds']:7.1f} docs/s  "
                          f"peak RSS: cli {m['cli']:7.1f} MiB  largest child {m['child']:7.1f} MiB  "
                          f"cli+children {m['tree']:7.1f} MiB", flush=True)
            shutil.rmtree(tmp / f"out-{n}", ignore_errors=True)
    for name, repo in checkouts.items():
        med = {n: {k: statistics.median(m[k] for m in runs[(name, n)]) for k in ("cli", "tree", "seconds")}
               for n in args.sizes}
        print(f"{name} ({repo}): median of {args.repeat}: " + ", ".join(
            f"{n} docs cli {med[n]['cli']:.1f} MiB (cli+children {med[n]['tree']:.1f})" for n in args.sizes))
        if len(args.sizes) > 1:
            n0, n1 = args.sizes[0], args.sizes[-1]
            ratio = med[n1]["cli"] / med[n0]["cli"]
            print(f"{name}: cli peak RSS {n1} vs {n0} docs: {ratio:.2f}x, {med[n1]['cli'] - med[n0]['cli']:+.1f} MiB "
                  f"(goal <= 1.2: {'met' if ratio <= 1.2 else 'NOT met'}); "
                  f"cli+children {med[n1]['tree'] / med[n0]['tree']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
