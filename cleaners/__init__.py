"""newsclean's cleaners: pure functions from a RawDoc to an Article or a Reject. No I/O here.

The entry points are :func:`clean` and its batch form :func:`clean_batch` (a shard's pages at once:
the feature table is computed once per distinct line, the line model called once). Each concern
lives in its own module: ``text`` (normalization), ``features`` (the feature table), ``decide`` (the
learned decisions), ``lines`` (the hand-written line rules, features of the line model), ``headline``,
``byline``, ``dateline``, ``dates``, ``publisher``, ``language`` and ``html``.
"""

from __future__ import annotations

from cleaners.memo import clear_all as clear_memos  # cold cross-page memos (benchmarks)
from cleaners.pipeline import CleanConfig, CleanResult, clean, clean_batch, explain, explain_batch, why

__all__ = ["CleanConfig", "CleanResult", "clean", "clean_batch", "clear_memos", "explain", "explain_batch", "why"]
