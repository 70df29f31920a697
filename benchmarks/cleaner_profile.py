"""Where ``cleaners.clean`` spends its time, and proof that a speed-up of ``cleaners.lines`` changes nothing.

    python benchmarks/cleaner_profile.py DIR [DIR ...] [--snapshot FILE | --compare FILE] [--top N]
                                         [--repeat N] [--no-profile] [--no-clean] [--baseline LINES_PY]

``DIR`` is a gold directory (its ``inputs/*.txt`` are read) or a folder of ``*.txt`` pages. Prints:

* plain timings (no profiler; best of ``--repeat`` runs, wall and CPU time: on a shared machine
  the CPU time is the steadier number) in ms/doc of ``lines.classify_lines`` on fixed inputs, of its
  parts (``line_debris``, ``span_values``, ``guess_stoplist``) and of the full ``cleaners.clean``;
  with ``--baseline OLD_LINES_PY`` (e.g. ``git show HEAD~1:cleaners/lines.py > /tmp/old_lines.py``)
  the same functions of that file too, runs interleaved, so before/after share the machine's load;
* the cumulative ms/doc of each step of ``clean`` (text, headline, lines, byline, dateline, dates,
  publisher, language) and the self time per module, from cProfile;
* cProfile's top entries (by self time) for ``classify_lines`` and for ``clean``.

``--snapshot FILE`` stores, per page, the normalized page lines, the headline index and a hash of
every verdict list (rule names + keep flags) and of the span values; ``--compare FILE`` re-runs
``classify_lines`` on the *stored* lines and headline index (so edits to ``text``/``headline`` do not
count) and reports every page whose verdicts differ. Both also run each page once more with a
corpus-level repeated-line set (lines seen on 3+ pages of the input) to cover that path.
``--compare`` also re-reads each page and checks that ``text.normalize_text`` + ``text.split_lines``
still give the stored lines (a change there is reported as a ``text_lines`` difference).
The snapshot holds page text: keep it outside the repository (e.g. under /tmp).
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import hashlib
import importlib.util
import json
import pstats
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import cleaners.pipeline  # noqa: E402
from cleaners import byline, clean, clear_memos, dateline, dates, headline, language, lines, publisher, text  # noqa: E402
from schemas import RawDoc  # noqa: E402

#: The steps of ``cleaners.pipeline.explain``, as (label, module file, function name) for pstats.
STEPS = [
    ("text.normalize_text", "text.py", "normalize_text"),
    ("text.split_lines", "text.py", "split_lines"),
    ("headline.find_headline", "headline.py", "find_headline"),
    ("lines.classify_lines", "lines.py", "classify_lines"),
    ("byline.find_byline", "byline.py", "find_byline"),
    ("dateline.find_dateline", "dateline.py", "find_dateline"),
    ("publisher.guess_publisher", "publisher.py", "guess_publisher"),
    ("headline.strip_site_suffix", "headline.py", "strip_site_suffix"),
    ("dates.find_published_date", "dates.py", "find_published_date"),
    ("language.detect_language", "language.py", "detect_language"),
]


def input_paths(dirs: Sequence[Path]) -> list[Path]:
    paths: list[Path] = []
    for d in dirs:
        folder = d / "inputs" if (d / "inputs").is_dir() else d
        found = sorted(folder.glob("*.txt"))
        if not found:
            raise SystemExit(f"no *.txt pages in {folder}")
        paths.extend(found)
    return paths


def page_id(path: Path) -> str:
    return f"{path.parent.parent.name}/{path.stem}"


def prepare(paths: Sequence[Path]) -> list[dict]:
    """Fixed inputs of classify_lines: page lines and headline index, computed once."""
    pages = []
    for path in paths:
        raw = path.read_text(encoding="utf-8", errors="replace")
        page = text.split_lines(text.normalize_text(raw))
        head = headline.find_headline(page, None).index if page else None
        pages.append({"id": page_id(path), "lines": page, "headline": head})
    return pages


def corpus_repeated(pages: Sequence[dict], min_pages: int = 3) -> frozenset[str]:
    """line_key of every line seen on ``min_pages`` or more pages: a stand-in corpus boilerplate set."""
    seen: Counter[str] = Counter()
    for p in pages:
        seen.update({lines.line_key(ln) for ln in p["lines"]})
    return frozenset(k for k, n in seen.items() if n >= min_pages)


def verdict_hash(verdicts: Sequence[lines.Verdict]) -> str:
    blob = "\n".join(f"{int(v.keep)}|{v.rule}|{v.kind}" for v in verdicts)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:20]


def values_hash(page: list[str], head: int | None) -> str:
    """The span values (repr of every float), the stoplist guess and the line debris of the page."""
    debris = lines.line_debris(page)
    stop = lines.guess_stoplist(page)
    values = lines.span_values(page, debris)
    blob = repr((values, debris, sorted(stop)[:5], len(stop)))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:20]


def fingerprints(pages: Sequence[dict], repeated: frozenset[str]) -> dict[str, dict[str, str]]:
    out = {}
    for p in pages:
        page, head = p["lines"], p["headline"]
        out[p["id"]] = {
            "verdicts": verdict_hash(lines.classify_lines(page, head)),
            "verdicts_repeated": verdict_hash(lines.classify_lines(page, head, repeated)),
            "values": values_hash(page, head),
        }
    return out


def text_diffs(paths: Sequence[Path], pages: Sequence[dict]) -> list[tuple[str, str]]:
    """(page id, "text_lines") for every stored page whose lines the current text module no longer gives."""
    stored = {p["id"]: p["lines"] for p in pages}
    diffs = []
    for path in paths:
        pid = page_id(path)
        if pid in stored:
            raw = path.read_text(encoding="utf-8", errors="replace")
            if text.split_lines(text.normalize_text(raw)) != stored[pid]:
                diffs.append((pid, "text_lines"))
    return diffs


def load_module(path: Path) -> ModuleType:
    """Another version of cleaners/lines.py, imported under its own name."""
    spec = importlib.util.spec_from_file_location("baseline_lines", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def lines_jobs(mod: ModuleType, pages: Sequence[dict]) -> list[tuple[str, Callable[[], object]]]:
    """(label, run over all pages) for classify_lines and its parts, as implemented in ``mod``."""
    bodies = [(p["lines"], p["headline"]) for p in pages]
    debris = [mod.line_debris(page) for page, _ in bodies]
    return [
        ("lines.classify_lines", lambda: [mod.classify_lines(page, head) for page, head in bodies]),
        ("  lines.line_debris", lambda: [mod.line_debris(page) for page, _ in bodies]),
        ("  lines.span_values", lambda: [mod.span_values(page, d) for (page, _), d in zip(bodies, debris)]),
        ("    lines.guess_stoplist", lambda: [mod.guess_stoplist(page) for page, _ in bodies]),
    ]


def best_of(repeat: int, fns: Sequence[Callable[[], object]]) -> list[tuple[float, float]]:
    """(best wall, best CPU) seconds of each function; the functions take turns in every round."""
    best = [(float("inf"), float("inf"))] * len(fns)
    for _ in range(repeat):
        for k, fn in enumerate(fns):
            clear_memos()  # cold cross-page memos: a crawl passes over each page once
            w0, c0 = time.perf_counter(), time.process_time()
            fn()
            wall, cpu = time.perf_counter() - w0, time.process_time() - c0
            best[k] = (min(best[k][0], wall), min(best[k][1], cpu))
    return best


def timings(pages: Sequence[dict], docs: Sequence[RawDoc], repeat: int, with_clean: bool,
            baseline: ModuleType | None) -> None:
    n = len(pages)
    jobs = lines_jobs(lines, pages)
    old = lines_jobs(baseline, pages) if baseline is not None else []
    print(f"plain timings, best of {repeat}, ms/doc over {n} pages (wall / CPU)"
          + (f"; baseline {baseline.__file__}" if baseline is not None else "") + ":")
    for k, (label, fn) in enumerate(jobs):
        fns = [fn] + ([old[k][1]] if old else [])
        (wall, cpu), *base = best_of(repeat, fns)
        line = f"  {label:<28} {1000 * wall / n:8.3f} / {1000 * cpu / n:7.3f}"
        if base:
            bw, bc = base[0]
            line += f"    baseline {1000 * bw / n:8.3f} / {1000 * bc / n:7.3f}   x{bc / cpu:.2f} (CPU)"
        print(line)
    if with_clean:
        fns: list[Callable[[], object]] = [lambda: [clean(raw) for raw in docs]]
        if baseline is not None:
            fns.append(lambda: with_lines_module(baseline, lambda: [clean(raw) for raw in docs]))
        (wall, cpu), *base = best_of(repeat, fns)
        line = f"  {'cleaners.clean':<28} {1000 * wall / len(docs):8.3f} / {1000 * cpu / len(docs):7.3f}"
        if base:
            bw, bc = base[0]
            line += f"    baseline {1000 * bw / len(docs):8.3f} / {1000 * bc / len(docs):7.3f}   x{bc / cpu:.2f} (CPU)"
        print(line + f"   ({len(docs) / wall:.0f} docs/s wall, one core)")
        step_timings(docs, repeat)


def with_lines_module(mod: ModuleType, fn: Callable[[], object]) -> object:
    """Run ``fn`` with cleaners.pipeline using ``mod`` as its lines module (the baseline's clean())."""
    current = cleaners.pipeline.lines
    cleaners.pipeline.lines = mod  # type: ignore[assignment]
    try:
        return fn()
    finally:
        cleaners.pipeline.lines = current


def step_timings(docs: Sequence[RawDoc], repeat: int) -> None:
    """Plain (no profiler) ms/doc of each step of clean(), each on inputs computed once beforehand."""
    n = len(docs)
    pages = [text.split_lines(text.normalize_text(raw.text)) for raw in docs]
    heads = [headline.find_headline(page, raw.title_hint).index if page else None for raw, page in zip(docs, pages)]
    bodies = []
    for page, head in zip(pages, heads):
        verdicts = lines.classify_lines(page, head) if page else []
        bodies.append([ln for ln, v in zip(page, verdicts) if v.keep])
    cases = [(raw, page, head, body) for raw, page, head, body in zip(docs, pages, heads, bodies) if page]
    steps: list[tuple[str, Callable[[], object]]] = [
        ("text.normalize_text+split", lambda: [text.split_lines(text.normalize_text(r.text)) for r in docs]),
        ("headline.find_headline", lambda: [headline.find_headline(p, r.title_hint) for r, p, _, _ in cases]),
        ("lines.classify_lines", lambda: [lines.classify_lines(p, h) for _, p, h, _ in cases]),
        ("byline.find_byline", lambda: [byline.find_byline(p, h) for _, p, h, _ in cases]),
        ("dateline.find_dateline", lambda: [dateline.find_dateline(b) for _, _, _, b in cases]),
        ("publisher.guess_publisher", lambda: [publisher.guess_publisher(r.url, p) for r, p, _, _ in cases]),
        ("dates.find_published_date",
         lambda: [dates.find_published_date(p, r.crawl_date, r.url, h) for r, p, h, _ in cases]),
        ("language.detect_language", lambda: [language.detect_language("\n\n".join(b)) for _, _, _, b in cases]),
    ]
    print("\nclean() by step, plain timings on fixed inputs (ms/doc, wall / CPU):")
    total = 0.0
    for label, fn in steps:
        try:
            ((wall, cpu),) = best_of(repeat, [fn])
        except Exception as exc:  # noqa: BLE001 - other modules change under us; report, go on
            print(f"  {label:<28} failed: {type(exc).__name__}: {exc}")
            continue
        total += cpu
        print(f"  {label:<28} {1000 * wall / n:8.3f} / {1000 * cpu / n:7.3f}")
    print(f"  {'sum of steps':<28} {'':8}   {1000 * total / n:7.3f}")


def profile(fn: Callable[[], object]) -> pstats.Stats:
    clear_memos()
    prof = cProfile.Profile()
    prof.enable()
    fn()
    prof.disable()
    return pstats.Stats(prof)


def print_top(stats: pstats.Stats, n_docs: int, top: int, title: str) -> None:
    rows = []
    for (file, line, func), (_cc, ncalls, tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        rows.append((tt, ct, ncalls, f"{short(file)}:{line}({func})"))
    rows.sort(reverse=True)
    print(f"\ncProfile top {top} by self time, {title} (ms/doc; profiler overhead included):")
    print(f"  {'self':>8} {'cumul':>8} {'calls/doc':>10}  function")
    for tt, ct, ncalls, name in rows[:top]:
        print(f"  {1000 * tt / n_docs:8.3f} {1000 * ct / n_docs:8.3f} {ncalls / n_docs:10.1f}  {name}")


def short(file: str) -> str:
    path = Path(file)
    if REPO in path.parents:
        return str(path.relative_to(REPO))
    if "site-packages" in path.parts:
        return "/".join(path.parts[path.parts.index("site-packages") + 1:])
    return file if file.startswith("~") or file.startswith("<") else path.name


def print_breakdown(stats: pstats.Stats, n_docs: int) -> None:
    raw = stats.stats  # type: ignore[attr-defined]
    print("\nclean() by step (cumulative ms/doc, cProfile):")
    for label, file, func in STEPS:
        ct = sum(v[3] for (f, _ln, fn), v in raw.items() if fn == func and f.endswith(f"cleaners/{file}"))
        print(f"  {label:<30} {1000 * ct / n_docs:8.3f}")
    by_module: dict[str, float] = defaultdict(float)
    for (file, _ln, _fn), v in raw.items():
        p = Path(file)
        if p.parent.name == "cleaners" and REPO in p.parents:
            key = f"cleaners/{p.name}"
        elif "site-packages" in p.parts:
            key = p.parts[p.parts.index("site-packages") + 1]
        elif file.startswith("~"):
            key = "builtins (re, str, ...) called from the above"
        else:
            key = "stdlib: " + p.name
        by_module[key] += v[2]
    print("\nclean() self time by module (ms/doc, cProfile; builtins are split out, e.g. re.Pattern.match):")
    for key, tt in sorted(by_module.items(), key=lambda kv: -kv[1])[:16]:
        print(f"  {key:<50} {1000 * tt / n_docs:8.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="+", type=Path, help="gold directories (inputs/*.txt) or folders of *.txt")
    group = ap.add_mutually_exclusive_group()
    group.add_argument("--snapshot", type=Path, help="store page lines, headline indexes and verdict hashes")
    group.add_argument("--compare", type=Path, help="compare verdicts with a snapshot (on its stored inputs)")
    ap.add_argument("--top", type=int, default=25, help="cProfile entries to print")
    ap.add_argument("--repeat", type=int, default=3, help="plain timing runs (the best counts)")
    ap.add_argument("--no-profile", action="store_true", help="skip the cProfile sections")
    ap.add_argument("--no-clean", action="store_true", help="time classify_lines only, not cleaners.clean")
    ap.add_argument("--baseline", type=Path, help="another cleaners/lines.py to time side by side")
    a = ap.parse_args(argv)

    paths = input_paths(a.dirs)
    docs = [RawDoc(source_path=p.name, text=p.read_text(encoding="utf-8", errors="replace"), kind="text")
            for p in paths]
    clean(docs[0])  # warm caches: stoplists, the language model

    if a.compare:
        snap = json.loads(gzip.decompress(a.compare.read_bytes()))
        pages = snap["pages"]
        repeated = frozenset(snap["repeated"])
    else:
        pages = prepare(paths)
        repeated = corpus_repeated(pages)

    if a.snapshot or a.compare:
        t0 = time.perf_counter()
        prints = fingerprints(pages, repeated)
        print(f"fingerprints of {len(pages)} pages in {time.perf_counter() - t0:.1f} s")
        if a.snapshot:
            snap = {"pages": pages, "repeated": sorted(repeated), "fingerprints": prints}
            a.snapshot.write_bytes(gzip.compress(json.dumps(snap, ensure_ascii=False).encode("utf-8")))
            print(f"snapshot of {len(pages)} pages written to {a.snapshot}")
        else:
            diffs = [(pid, key) for pid, fp in prints.items() for key, h in fp.items()
                     if snap["fingerprints"].get(pid, {}).get(key) != h]
            diffs += text_diffs(paths, pages)
            for pid, key in diffs[:50]:
                print(f"  DIFF {key:<18} {pid}")
            print(f"compare: {len(diffs)} differences over {len(pages)} pages "
                  f"({sum(len(p['lines']) for p in pages)} lines)")
            if diffs:
                return 1

    baseline = load_module(a.baseline) if a.baseline else None
    timings(pages, docs, a.repeat, not a.no_clean, baseline)
    if a.no_profile:
        return 0

    bodies = [(p["lines"], p["headline"]) for p in pages]
    stats = profile(lambda: [lines.classify_lines(page, head) for page, head in bodies])
    print_top(stats, len(bodies), a.top, "lines.classify_lines")
    if not a.no_clean:
        stats = profile(lambda: [clean(raw) for raw in docs])
        print_breakdown(stats, len(docs))
        print_top(stats, len(docs), a.top, "cleaners.clean")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
