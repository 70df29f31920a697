"""Bounded memos of per-line results kept across pages: a site's pages repeat their lines.

A memo holds results that depend on the line text alone, so a hit returns exactly what a miss
would compute, whatever pages came before. A full memo is emptied and refilled (a site's hot lines
come back within a page). Every memo made here is emptied by :func:`clear_all` (benchmarks time
cold memos; tests start clean).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

_ALL: list[dict] = []
_UNSEEN = object()


def new_memo() -> dict:
    """An empty memo, registered for :func:`clear_all`."""
    memo: dict = {}
    _ALL.append(memo)
    return memo


def remembered(memo: dict, key: Hashable, limit: int, compute: Callable[..., Any], *args: Any) -> Any:
    """``memo[key]``, computed as ``compute(*args)`` on a miss; the memo is emptied at ``limit`` entries.

    >>> m = new_memo()
    >>> remembered(m, "a", 1, str.upper, "a"), remembered(m, "b", 1, str.upper, "b"), list(m)
    ('A', 'B', ['b'])
    """
    value = memo.get(key, _UNSEEN)
    if value is _UNSEEN:
        if len(memo) >= limit:
            memo.clear()
        value = memo[key] = compute(*args)
    return value


def clear_all() -> None:
    """Empty every memo (results never depend on them)."""
    for memo in _ALL:
        memo.clear()
