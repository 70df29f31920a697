"""newsclean's cleaners: pure functions from a RawDoc to an Article or a Reject. No I/O here.

The one entry point is :func:`clean`. Each concern lives in its own module: ``text``
(normalization), ``lines`` (keep/drop verdicts), ``headline``, ``byline``, ``dateline``, ``dates``,
``publisher``, ``language`` and ``html``.
"""

from __future__ import annotations

from cleaners.memo import clear_all as clear_memos  # cold cross-page memos (benchmarks)
from cleaners.pipeline import CleanConfig, CleanResult, clean, explain

__all__ = ["CleanConfig", "CleanResult", "clean", "clear_memos", "explain"]
