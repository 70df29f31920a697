"""Throughput of newsclean against a floor and two baselines, on one generated corpus.

    python benchmarks/throughput.py N [--html-n M] [--shared DIR] [--skip-process] [--keep DIR] [--html-only]

Builds N raw text pages in a temp directory by recombining the dev-set inputs
(``SHARED/eval/articles-dev/inputs``) and the repo's seeds: every page is a real page with about a
fifth of the words of its longer lines swapped for other words of the same page, so no two
documents are identical and boilerplate lines still repeat across pages. Nothing generated is kept
(unless ``--keep``), nothing of the dev set lands in the repository. Then times, on those pages:

a. the floor: read every file, write the raw text to parquet with pyarrow, nothing else;
b. jusText on the lines (each line one ``<p>``, English stoplist), one process;
c. newsclean end to end: the CLI with default settings, and with ``--runner process --workers 2``;
d. HTML: newsclean on M ``.html.gz`` pages (the dev set's, replicated) against bare
   ``trafilatura.extract`` on the same HTML, one process;
e. language identification, ms per document: fasttext against langdetect, on the cleaned bodies.

Prints docs/s and the ratios. Wall-clock times of whole commands: the CLI's figures include its
start-up (Prefect's temporary server, imports), printed separately from an empty run.
``--html-only`` runs part d alone (plus the empty run), ``--repeat R`` times, alternating the two
sides so both see the same machine load, and prints each round and the medians.
"""

from __future__ import annotations

import argparse
import gzip
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

NEWSCLEAN = str(Path(sys.executable).with_name("newsclean"))
_WORD = re.compile(r"[^\W\d_]{3,}")
SWAP_SHARE = 0.2  # share of the words of a long line replaced: pages differ, yet stay prose
FILES_PER_DIR = 1000


def load_pages(shared: Path) -> list[str]:
    paths = sorted((shared / "eval" / "articles-dev" / "inputs").glob("*.txt")) + sorted((REPO / "seeds").glob("*.txt"))
    if not paths:
        raise SystemExit(f"no input pages under {shared}/eval/articles-dev/inputs or {REPO}/seeds")
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths]


def vary_page(page: str, rng: random.Random) -> str:
    """The page with words of its longer lines swapped for other words of the page."""
    vocab = _WORD.findall(page) or ["news"]
    out = []
    for line in page.split("\n"):
        words = line.split(" ")
        if len(words) >= 6:
            for i in range(len(words)):
                if rng.random() < SWAP_SHARE and _WORD.fullmatch(words[i]):
                    words[i] = rng.choice(vocab)
            line = " ".join(words)
        out.append(line)
    return "\n".join(out)


def build_text_corpus(n: int, root: Path, shared: Path, seed: int = 0) -> Path:
    """``n`` distinct raw text pages under ``root`` (FILES_PER_DIR per directory)."""
    pages = load_pages(shared)
    rng = random.Random(seed)
    for i in range(n):
        d = root / f"{i // FILES_PER_DIR:04d}"
        if i % FILES_PER_DIR == 0:
            d.mkdir(parents=True, exist_ok=True)
        (d / f"page-{i:07d}.txt").write_text(vary_page(pages[i % len(pages)], rng), encoding="utf-8")
    return root


def build_html_corpus(n: int, root: Path, shared: Path) -> Path:
    """``n`` gzipped HTML pages under ``root``: the dev set's pages, replicated."""
    paths = sorted((shared / "eval" / "articles-dev" / "html").glob("*.html.gz"))
    if not paths:
        raise SystemExit(f"no HTML pages under {shared}/eval/articles-dev/html")
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (root / f"page-{i:07d}.html.gz").write_bytes(paths[i % len(paths)].read_bytes())
    return root


def corpus_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def time_floor(files: list[Path], out: Path) -> float:
    """Read every file and write the raw text to one parquet file; nothing else."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    start = time.perf_counter()
    schema = pa.schema([("path", pa.string()), ("text", pa.string())])
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        for i in range(0, len(files), 2000):
            batch = files[i:i + 2000]
            texts = [p.read_text(encoding="utf-8", errors="replace") for p in batch]
            writer.write_table(pa.table({"path": [str(p) for p in batch], "text": texts}, schema=schema))
    return time.perf_counter() - start


def time_justext(files: list[Path]) -> float:
    import html

    import justext

    stoplist = justext.get_stoplist("English")
    start = time.perf_counter()
    for p in files:
        text = p.read_text(encoding="utf-8", errors="replace")
        doc = "<html><body>" + "".join(f"<p>{html.escape(ln)}</p>" for ln in text.split("\n") if ln.strip()) + \
              "</body></html>"
        paragraphs = justext.justext(doc, stoplist)
        "\n".join(p.text for p in paragraphs if not p.is_boilerplate)
    return time.perf_counter() - start


def time_trafilatura(files: list[Path]) -> float:
    import trafilatura

    start = time.perf_counter()
    for p in files:
        trafilatura.extract(gzip.decompress(p.read_bytes()).decode("utf-8", errors="replace"))
    return time.perf_counter() - start


def time_cli(inputs: Path, out: Path, *extra: str) -> float:
    env = {**os.environ, "PREFECT_LOGGING_LEVEL": "WARNING"}
    start = time.perf_counter()
    proc = subprocess.run([NEWSCLEAN, "run", str(inputs), "--out", str(out), *extra], env=env,
                          capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"newsclean failed ({proc.returncode}):\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    return elapsed


def time_languages(files: list[Path], limit: int = 300) -> dict[str, float]:
    """ms per document of each language backend on cleaned bodies (models loaded before timing)."""
    from cleaners import clean
    from cleaners.language import BACKENDS, detect_language
    from schemas import Article, RawDoc

    bodies = []
    for p in files[:limit]:
        rec = clean(RawDoc(p.name, p.read_text(encoding="utf-8", errors="replace")))
        if isinstance(rec, Article):
            bodies.append(rec.body)
    out = {}
    for backend in BACKENDS:
        detect_language(bodies[0], backend)
        start = time.perf_counter()
        for b in bodies:
            detect_language(b, backend)
        out[backend] = (time.perf_counter() - start) / len(bodies) * 1000
    return out


def line(label: str, docs: int, seconds: float, extra: str = "") -> str:
    return f"{label:<44} {docs:>7} docs {seconds:8.2f} s {docs / seconds:9.1f} docs/s  {extra}"


def html_only(html_n: int, args: argparse.Namespace) -> int:
    """Part d alone, ``args.repeat`` rounds of (trafilatura, newsclean): medians of each side."""
    import statistics

    with tempfile.TemporaryDirectory(prefix="newsclean-bench-") as tmp_name:
        tmp = args.keep or Path(tmp_name)
        html_files = corpus_files(build_html_corpus(html_n, tmp / "html", args.shared))
        empty = tmp / "empty"
        empty.mkdir(exist_ok=True)
        startup = time_cli(empty, tmp / "out-empty")
        print(f"corpus: {len(html_files)} HTML pages; {os.cpu_count()} CPUs; newsclean start-up {startup:.2f} s")
        trafs, ncs = [], []
        for r in range(args.repeat):
            trafs.append(time_trafilatura(html_files))
            ncs.append(time_cli(tmp / "html", tmp / f"out-html-{r}"))
            print(f"round {r + 1}: trafilatura {len(html_files) / trafs[-1]:.1f} docs/s, newsclean "
                  f"{len(html_files) / ncs[-1]:.1f} docs/s = {trafs[-1] / ncs[-1]:.2f}x", flush=True)
    hn, traf, nc_html = len(html_files), statistics.median(trafs), statistics.median(ncs)
    print(line("(d) bare trafilatura.extract, 1 process", hn, traf, "(median)"))
    print(line("(d) newsclean run on the HTML (default)", hn, nc_html,
               f"= {traf / nc_html:.2f}x trafilatura ({traf / max(nc_html - startup, 1e-9):.2f}x without start-up)"))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of text pages")
    ap.add_argument("--html-n", type=int, help="number of HTML pages (default: n / 4)")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--skip-process", action="store_true", help="skip the --runner process run")
    ap.add_argument("--keep", type=Path, help="build the corpus here and keep it")
    ap.add_argument("--html-only", action="store_true", help="part d only (HTML: newsclean vs trafilatura)")
    ap.add_argument("--repeat", type=int, default=1, help="rounds of part d with --html-only (medians printed)")
    args = ap.parse_args(argv)
    html_n = args.html_n if args.html_n is not None else max(1, args.n // 4)
    if args.html_only:
        return html_only(html_n, args)

    with tempfile.TemporaryDirectory(prefix="newsclean-bench-") as tmp_name:
        tmp = args.keep or Path(tmp_name)
        text_dir = build_text_corpus(args.n, tmp / "text", args.shared)
        html_dir = build_html_corpus(html_n, tmp / "html", args.shared)
        files = corpus_files(text_dir)
        html_files = corpus_files(html_dir)
        mb = sum(p.stat().st_size for p in files) / 1e6
        print(f"corpus: {len(files)} text pages ({mb:.1f} MB), {len(html_files)} HTML pages; {os.cpu_count()} CPUs")

        empty = tmp / "empty"
        empty.mkdir()
        startup = time_cli(empty, tmp / "out-empty")
        floor = time_floor(files, tmp / "floor.parquet")
        jt = time_justext(files)
        nc = time_cli(text_dir, tmp / "out-thread")
        nc_proc = None if args.skip_process else time_cli(text_dir, tmp / "out-process", "--runner", "process",
                                                         "--workers", "2")
        traf = time_trafilatura(html_files)
        nc_html = time_cli(html_dir, tmp / "out-html")
        langs = time_languages(files)

    n, hn = len(files), len(html_files)
    print(f"newsclean start-up (empty run): {startup:.2f} s")
    print(line("(a) floor: read + write raw parquet", n, floor))
    print(line("(b) jusText on the lines, 1 process", n, jt))
    print(line("(c) newsclean run (default)", n, nc, f"= {jt / nc:.2f}x jusText, floor/newsclean {nc / floor:.0f}x"))
    if nc_proc:
        print(line("(c) newsclean run --runner process -w 2", n, nc_proc, f"= {jt / nc_proc:.2f}x jusText"))
    best = min(t for t in (nc, nc_proc) if t)
    net = best - startup
    print(line("(c) best, start-up subtracted", n, net, f"= {jt / net:.2f}x jusText"))
    print(line("(d) bare trafilatura.extract, 1 process", hn, traf))
    print(line("(d) newsclean run on the HTML (default)", hn, nc_html,
               f"= {traf / nc_html:.2f}x trafilatura ({traf / max(nc_html - startup, 1e-9):.2f}x without start-up)"))
    print("(e) language id ms/doc: " + ", ".join(f"{k} {v:.2f}" for k, v in langs.items()))
    goal_text = (n / best) / (n / jt) >= 10
    print(f"goals: text >= 10x jusText: {'met' if goal_text else 'NOT met'} ({jt / best:.2f}x); "
          f"HTML no slower than trafilatura: {'met' if nc_html <= traf else 'NOT met'} ({traf / nc_html:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
