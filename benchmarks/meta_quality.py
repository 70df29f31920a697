"""Metadata quality on a gold directory: headline, authors, published date, dateline.

Runs ``cleaners.explain`` on every ``DIR/inputs/*.txt`` (and on the bundled seeds), writes the
predictions as JSONL and prints the tables of ``tools/score_meta.py``.

    .venv/bin/python benchmarks/meta_quality.py                 # meta-dev + seeds
    .venv/bin/python benchmarks/meta_quality.py --where lang=en # ... and the English pages apart
    .venv/bin/python benchmarks/meta_quality.py --shared /path/to/shared --out /tmp/preds

The crawl date is not given to the cleaner: a text input carries no URL or crawl date, so the
product must not lean on one here either (the gold's ``crawl_date`` stays on the scorer's side).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from cleaners import explain  # noqa: E402
from schemas import Article, RawDoc  # noqa: E402


def predict(path: Path) -> dict:
    raw = RawDoc(source_path=path.name, text=path.read_text(encoding="utf-8", errors="replace"))
    rec = explain(raw).record
    pred: dict = {"id": path.stem, "headline": None, "authors": [], "published": None,
                  "dateline_place": None, "dateline_agency": None}
    if isinstance(rec, Article):
        pred.update(headline=rec.headline, authors=rec.authors,
                    published=rec.published_at.isoformat() if rec.published_at else None,
                    dateline_place=rec.dateline_place, dateline_agency=rec.dateline_agency)
    else:
        pred["reject"] = rec.reason
    return pred


def run(inputs: list[Path], out: Path) -> float:
    t0 = time.perf_counter()
    with out.open("w", encoding="utf-8") as f:
        for p in inputs:
            f.write(json.dumps(predict(p), ensure_ascii=False) + "\n")
    return time.perf_counter() - t0


def score(scorer: Path, gold: Path, pred: Path, extra: list[str]) -> None:
    subprocess.run([sys.executable, str(scorer), str(gold), "--pred", str(pred), *extra], check=True)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared dir (eval/, tools/)")
    ap.add_argument("--split", default="meta-dev", help="split under SHARED/eval")
    ap.add_argument("--out", type=Path, default=REPO / "output" / "meta_quality", help="where predictions go")
    ap.add_argument("--by", default="source", help="extra grouping passed to score_meta (empty: none)")
    ap.add_argument("--where", action="append", default=[], metavar="KEY=VALUE",
                    help="also score only the gold pages whose field KEY equals VALUE (repeatable), e.g. lang=en")
    args = ap.parse_args(argv)

    split = args.shared / "eval" / args.split
    scorer = args.shared / "tools" / "score_meta.py"
    args.out.mkdir(parents=True, exist_ok=True)
    extra = ["--by", args.by] if args.by else []

    inputs = sorted((split / "inputs").glob("*.txt"))
    pred = args.out / f"{args.split}.preds.jsonl"
    secs = run(inputs, pred)
    print(f"## {args.split}: {len(inputs)} pages in {secs:.1f}s -> {pred}")
    score(scorer, split, pred, extra)
    for cond in args.where:
        print(f"\n## {args.split}, only {cond}")
        score(scorer, split, pred, ["--by", "", "--where", cond])

    seeds_gold = split / "seeds-gold.jsonl"
    if seeds_gold.exists():
        seeds_pred = args.out / "seeds.preds.jsonl"
        secs = run(sorted((REPO / "seeds").glob("*.txt")), seeds_pred)
        print(f"\n## seeds: {secs:.1f}s -> {seeds_pred}")
        score(scorer, seeds_gold, seeds_pred, [])


if __name__ == "__main__":
    main()
