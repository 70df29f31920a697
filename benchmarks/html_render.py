"""Rendering HTML to lines: lexbor (selectolax) replayed into the renderer against html.parser, side by side.

    python benchmarks/html_render.py [HTML_DIR ...] [--repeat 3]

Renders every page of the HTML directories (default: ``../shared/eval/articles-dev/html`` and
``../shared/eval/wcxb-dev/html``; ``.html`` or ``.html.gz``) both ways in this one process, alternating
page by page so both see the same machine load, and prints CPU ms per page for each (best of
``--repeat`` passes), their ratio, and on how many pages the two give the same lines.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from cleaners import html  # noqa: E402


def load(dirs: list[Path]) -> list[str]:
    pages = []
    for d in dirs:
        for path in sorted(d.glob("*.htm*")):
            data = path.read_bytes()
            pages.append((gzip.decompress(data) if path.suffix == ".gz" else data).decode("utf-8", "replace"))
    return pages


def rendered(page: str, lexbor: bool) -> list[str]:
    saved = html._Lexbor
    if not lexbor:
        html._Lexbor = None
    try:
        return html.render_lines(page)[0]
    finally:
        html._Lexbor = saved


def main() -> int:
    shared = REPO.parent / "shared" / "eval"
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", type=Path, default=[shared / "articles-dev" / "html", shared / "wcxb-dev" / "html"])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if html._Lexbor is None:
        raise SystemExit("selectolax is not installed: nothing to compare")
    pages = load(args.dirs)
    if not pages:
        raise SystemExit(f"no .html/.html.gz pages under {', '.join(map(str, args.dirs))}")
    best = {True: float("inf"), False: float("inf")}
    for _ in range(args.repeat):
        spent = {True: 0.0, False: 0.0}
        for page in pages:
            for lexbor in (True, False):
                t = time.process_time()
                rendered(page, lexbor)
                spent[lexbor] += time.process_time() - t
        best = {k: min(best[k], v) for k, v in spent.items()}
    same = sum(rendered(p, True) == rendered(p, False) for p in pages)
    lex, parser = (1000 * best[k] / len(pages) for k in (True, False))
    print(f"{len(pages)} pages, CPU per page, best of {args.repeat}")
    print(f"  html.parser          {parser:6.2f} ms")
    print(f"  lexbor (selectolax)  {lex:6.2f} ms   {parser / lex:.2f}x faster")
    print(f"  same lines on {same} of {len(pages)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
