"""Start-up of a run: wall time of ``newsclean run`` on an empty directory and on ``seeds/``.

    python benchmarks/startup.py [--rounds 4] [--compare OTHER/.venv/bin/newsclean]

The empty run is what a run costs before its first document (imports, the temporary Prefect server,
the flow); the seeds run adds five documents (models loading, cleaning, the commit). With
``--compare`` another checkout's ``newsclean`` is timed too, alternating run by run so both see
the same machine load. Each side has its own ``PREFECT_HOME`` (a Prefect upgrade migrates the
database); the first round, which creates it, is a warm-up and is left out of the medians.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NEWSCLEAN = str(Path(sys.executable).with_name("newsclean"))


def timed_run(newsclean: str, inputs: Path, out: Path, prefect_home: Path) -> float:
    env = {**os.environ, "PREFECT_HOME": str(prefect_home)}
    started = time.perf_counter()
    done = subprocess.run([newsclean, "run", str(inputs), "--out", str(out)], env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{newsclean} run {inputs} failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return seconds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=4, help="rounds per side, the first a warm-up (default 4)")
    ap.add_argument("--compare", help="another checkout's newsclean executable, timed alternately")
    args = ap.parse_args(argv)
    sides = {"this checkout": NEWSCLEAN, **({"compared": args.compare} if args.compare else {})}
    times: dict[tuple[str, str], list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="newsclean-startup-") as tmp:
        root = Path(tmp)
        (root / "empty").mkdir()
        for r in range(args.rounds):
            for k, (side, exe) in enumerate(sides.items()):
                for name, inputs in (("empty run", root / "empty"), ("seeds/ (5 documents)", REPO / "seeds")):
                    seconds = timed_run(exe, inputs, root / f"out-{k}-{r}-{name[:5]}", root / f"prefect-{k}")
                    print(f"round {r + 1} {side:14} {name:22} {seconds:6.2f} s{'  (warm-up)' if r == 0 else ''}")
                    if r:
                        times.setdefault((side, name), []).append(seconds)
    print("medians:")
    for (side, name), values in times.items():
        print(f"  {side:14} {name:22} {statistics.median(values):6.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
