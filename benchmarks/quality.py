"""Body quality of newsclean on a gold directory (word-4-gram shingle P/R/F1).

    python benchmarks/quality.py GOLD_DIR [--html] [--shared DIR] [--worst N] [--keep PRED.jsonl]

Runs ``cleaners.clean`` on every ``GOLD_DIR/inputs/*.txt`` (or ``GOLD_DIR/html/*.html.gz`` with
``--html``), writes the predictions as JSONL ``{"id", "body"}`` (a Reject is an empty body) and scores
them with the shared scorer (``score.py``/``metrics.py`` from ``SHARED/tools``; SHARED defaults to
``../shared`` next to the repository root). Prints the table line and the worst pages by F1.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from cleaners import clean  # noqa: E402
from flows.sources import decode_bytes  # noqa: E402
from schemas import Article, RawDoc  # noqa: E402


def load_scorer(shared: Path) -> ModuleType:
    """Import ``SHARED/tools/score.py`` (it puts its own folder on sys.path for ``metrics``)."""
    path = shared / "tools" / "score.py"
    if not path.is_file():
        raise SystemExit(f"scorer not found: {path} (use --shared)")
    spec = importlib.util.spec_from_file_location("newsclean_shared_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_inputs(gold_dir: Path, use_html: bool) -> list[tuple[str, RawDoc]]:
    """(page id, RawDoc) for every input of the gold directory, sorted by id."""
    docs = []
    if use_html:
        for path in sorted((gold_dir / "html").glob("*.html.gz")):
            page_id = path.name[: -len(".html.gz")]
            text = decode_bytes(gzip.decompress(path.read_bytes()))  # as flows.sources reads a page
            docs.append((page_id, RawDoc(source_path=path.name, text=text, kind="html")))
    else:
        for path in sorted((gold_dir / "inputs").glob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            docs.append((path.stem, RawDoc(source_path=path.name, text=text, kind="text")))
    return docs


def predict(docs: list[tuple[str, RawDoc]]) -> tuple[list[dict[str, str]], Counter[str]]:
    """Predictions, and how many pages became a Reject for each reason."""
    preds, rejects = [], Counter()
    for page_id, raw in docs:
        record = clean(raw)
        if isinstance(record, Article):
            preds.append({"id": page_id, "body": record.body})
        else:
            preds.append({"id": page_id, "body": ""})
            rejects[f"{record.reason}: {record.detail[:80]}" if record.reason == "error" else record.reason] += 1
    return preds, rejects


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("--html", action="store_true", help="clean html/*.html.gz instead of inputs/*.txt")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared directory")
    ap.add_argument("--worst", type=int, default=10, help="how many worst pages to list")
    ap.add_argument("--keep", type=Path, help="also write the predictions JSONL here")
    a = ap.parse_args(argv)

    scorer = load_scorer(a.shared)
    docs = read_inputs(a.gold_dir, a.html)
    if not docs:
        raise SystemExit(f"no inputs under {a.gold_dir}")
    t0 = time.perf_counter()
    preds, rejects = predict(docs)
    seconds = time.perf_counter() - t0

    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
        for p in preds:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
        pred_path = Path(f.name)
    try:
        gold = scorer.load_gold(str(a.gold_dir))
        summary, per_page = scorer.score(gold, scorer.load_predictions(str(pred_path)))
        if a.keep:
            a.keep.write_text(pred_path.read_text(encoding="utf-8"), encoding="utf-8")
    finally:
        pred_path.unlink()

    name = "newsclean_html" if a.html else "newsclean_text"
    scorer.print_table(scorer.split_label(str(a.gold_dir)), [(name, summary)])
    print(f"{len(docs)} pages cleaned in {seconds:.2f}s")
    for reason, count in rejects.most_common():
        print(f"  rejected {count}: {reason}")
    worst = sorted(per_page.items(), key=lambda kv: kv[1]["f1"])[: a.worst]
    print(f"worst {len(worst)} pages by F1:")
    for page_id, s in worst:
        p = "  -  " if s["precision"] is None else f"{s['precision']:.3f}"
        r = "  -  " if s["recall"] is None else f"{s['recall']:.3f}"
        print(f"  {s['f1']:.3f}  P={p} R={r}  {page_id}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
