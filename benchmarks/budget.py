"""What a text page costs, stage by stage, against the CPU budget of "10x jusText's docs/s".

    python benchmarks/budget.py [N] [--shared DIR] [--cpus C] [--target 10]

Builds N raw text pages exactly as ``benchmarks/throughput.py`` does (recombined dev-set pages and
seeds; nothing is kept), then times in this one process, on the same pages:

* jusText on the lines (as ``throughput.py`` part b): the reference, ms of CPU per page;
* each stage of newsclean's per-page work, in the order a shard runs it:
  read the file, pass 1's line keys for repeated-line removal, normalize + split, the cleaning
  rules (headline, line rules, byline, dateline, dates, publisher: ``clean()`` minus the other
  stages it contains), language id, the duplicate-detection key (MinHash), and turning the
  records into parquet.

A goal of ``--target`` times jusText's docs/s on ``--cpus`` CPUs leaves
``cpus * jusText_ms / target`` ms of CPU per page for everything. The script prints that budget
next to the sum of the stages *without* the cleaning rules: if those alone exceed the budget, no
speed-up of the rules can reach the goal. This is a lower bound on the real cost (no Prefect, no
worker start-up, no finalize/commit), so the real pipeline is further from the goal, not closer.
CPU time (``time.process_time``) per stage, best of ``--repeat`` passes.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from throughput import build_text_corpus, corpus_files  # noqa: E402

BATCH = 64  # pages per clean_batch call, as flows/shards.py cleans them


def cpu_ms_per_item(fn: Callable, items: list, repeat: int) -> float:
    """Best-of-``repeat`` CPU milliseconds per item of ``fn(item)`` over all items.

    The cleaners' per-line memos are emptied before each pass: a pass sees the pages once, as a run
    does, not with every line already remembered from the pass before.
    """
    from cleaners import memo

    best = float("inf")
    for _ in range(repeat):
        memo.clear_all()
        start = time.process_time()
        for item in items:
            fn(item)
        best = min(best, time.process_time() - start)
    return 1000 * best / max(1, len(items))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, nargs="?", default=1000, help="pages to generate (default 1000)")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--cpus", type=int, default=os.cpu_count() or 1, help="CPUs the goal is set on")
    ap.add_argument("--target", type=float, default=10.0, help="the goal, in times jusText's docs/s")
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args(argv)

    import html

    import justext
    import pyarrow as pa
    import pyarrow.parquet as pq

    from cleaners import CleanConfig, clean_batch, dedup, language, pipeline, repeated, text
    from flows.shards import BATCH_ROWS
    from flows.sources import ReadConfig, discover, read_file
    from schemas import ARTICLE_SCHEMA, Article

    with tempfile.TemporaryDirectory(prefix="newsclean-budget-") as tmp:
        root = build_text_corpus(args.n, Path(tmp) / "corpus", args.shared)
        files = list(discover([str(root)]))
        raws = [doc for f in files for doc in read_file(f, ReadConfig())]
        pages = [p.read_text(encoding="utf-8") for p in corpus_files(root)]
    config = CleanConfig(doc_timeout_s=None)
    batches = [raws[k:k + BATCH] for k in range(0, len(raws), BATCH)]
    records = [r for batch in batches for r in clean_batch(batch, config)]
    articles = [r for r in records if isinstance(r, Article)]
    bodies = [a.body for a in articles]
    print(f"{len(raws)} generated pages, {len(articles)} articles; CPU time, best of {args.repeat}, one process")

    stoplist = justext.get_stoplist("English")

    def run_justext(page: str) -> None:
        doc = "<html><body>" + "".join(f"<p>{html.escape(ln)}</p>" for ln in page.split("\n") if ln.strip()) + \
              "</body></html>"
        "\n".join(p.text for p in justext.justext(doc, stoplist) if not p.is_boilerplate)

    def to_parquet(batch: list[Article]) -> None:
        sink = io.BytesIO()
        pq.write_table(pa.Table.from_pylist([a.to_row() for a in batch], schema=ARTICLE_SCHEMA), sink,
                       compression="zstd")

    def normalize_split(r) -> None:
        text.split_lines(text.normalize_text(r.text))

    def detect(body: str) -> None:
        language.detect_language(body, config.language_backend)

    per_doc = len(articles) / max(1, len(raws))  # stages that run on articles only, per page
    article_batches = [articles[k:k + BATCH_ROWS] for k in range(0, len(articles), BATCH_ROWS)]
    stages = {
        "read the file (decode, provenance)": cpu_ms_per_item(lambda f: list(read_file(f, ReadConfig())), files,
                                                              args.repeat),
        "pass 1: line keys (repeated lines)": cpu_ms_per_item(lambda r: repeated.document_line_keys(r.text), raws,
                                                              args.repeat),
        "normalize + split lines": cpu_ms_per_item(normalize_split, raws, args.repeat),
        "language id": cpu_ms_per_item(detect, bodies, args.repeat) * per_doc,
        # in batches of a shard's articles, as flows/shards.py computes them
        "duplicate key (MinHash)": cpu_ms_per_item(dedup.dedup_keys, article_batches, args.repeat)
        * len(article_batches) / max(1, len(raws)),
        "records to parquet": cpu_ms_per_item(to_parquet, [articles], args.repeat) / max(1, len(raws)),
    }
    pages_lines = [text.split_lines(text.normalize_text(r.text)) for r in raws]
    rules = [pipeline.page_rules(p) for p in pages_lines if p]
    rule_batches = [rules[k:k + BATCH] for k in range(0, len(rules), BATCH)]
    clean_ms = cpu_ms_per_item(lambda b: clean_batch(b, config), batches, args.repeat) * len(batches) / len(raws)
    stages["rules (headline candidates, line verdicts, byline)"] = cpu_ms_per_item(
        pipeline.page_rules, [p for p in pages_lines if p], args.repeat) * len(rules) / max(1, len(raws))
    stages["feature table (per distinct line of 64 pages)"] = cpu_ms_per_item(
        pipeline.feature_rows, rule_batches, args.repeat) * len(rule_batches) / len(raws)
    # clean_batch runs normalize/split, the rules, the features and language id itself: the rest is the
    # models (line, headline, page kind) and the other fields (dateline, dates, publisher, the record)
    stages["cleaning rules (models, dates, dateline, record)"] = max(
        0.0, clean_ms - stages["normalize + split lines"] - stages["language id"]
        - stages["rules (headline candidates, line verdicts, byline)"] - stages["feature table (per distinct line of 64 pages)"])
    justext_ms = cpu_ms_per_item(run_justext, pages, args.repeat)

    budget = args.cpus * justext_ms / args.target
    print(f"\njusText: {justext_ms:.2f} ms/page = {1000 / justext_ms:.0f} docs/s on 1 CPU")
    print(f"goal {args.target:g}x jusText on {args.cpus} CPUs = {args.target * 1000 / justext_ms:.0f} docs/s"
          f" -> budget {budget:.2f} ms of CPU per page for everything\n")
    width = max(map(len, stages))
    for name, ms in stages.items():
        print(f"  {name:<{width}}  {ms:6.2f} ms/page")
    cleaning = ("rules (", "feature table", "cleaning rules")
    rest = sum(ms for name, ms in stages.items() if not name.startswith(cleaning))
    total = sum(stages.values())
    print(f"  {'all stages':<{width}}  {total:6.2f} ms/page -> at best {args.cpus * 1000 / total:.0f} docs/s"
          f" = {args.cpus * justext_ms / total:.2f}x jusText")
    print(f"  {'all stages but the cleaning (rules, features, models)':<{width}}  {rest:6.2f} ms/page -> at best"
          f" {args.cpus * 1000 / rest:.0f} docs/s = {args.cpus * justext_ms / rest:.2f}x jusText")
    verdict = "exceed" if rest > budget else "fit in"
    print(f"\nWithout any cleaning, the other stages {verdict} the budget ({rest:.2f} vs {budget:.2f} ms/page)"
          f"; the cleaning would have {max(0.0, budget - rest):.2f} ms/page left.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
