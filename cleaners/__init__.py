"""newsclean's cleaners: pure functions from a RawDoc to an Article or a Reject. No I/O here.

The one entry point is :func:`clean`. Each concern lives in its own module: ``text``
(normalization), ``lines`` (keep/drop verdicts), ``headline``, ``byline``, ``dateline``, ``dates``,
``publisher``, ``language`` and ``html``.
"""

from __future__ import annotations

from cleaners import dates, lines, repeated
from cleaners.pipeline import CleanConfig, CleanResult, clean, explain


def clear_memos() -> None:
    """Empty the bounded cross-page memos of per-line results (``lines``, ``dates``, ``repeated``).

    Results never depend on them; benchmarks call this so that a timing starts cold, as a crawl does.
    """
    lines.clear_line_memos()
    dates._DATE_LINE_MEMO.clear()
    repeated._KEY_MEMO.clear()


__all__ = ["CleanConfig", "CleanResult", "clean", "clear_memos", "explain"]
