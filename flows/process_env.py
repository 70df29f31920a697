"""newsclean's writes to ``os.environ``, all here, each for the length of a ``with`` block.

The environment is how settings reach code newsclean does not call itself: Prefect and Dask read
theirs when they are imported, and the processes a run starts (Prefect's server, process-pool and
Dask workers) inherit it. So the CLI quiets Prefect for its command (:func:`flows.cli.main`), the
run points worker processes at its API server (:mod:`flows.api_server`, :mod:`flows.runners`);
each sets what it needs in a block and the block puts the variables back as they were.

One process setting lives here too: :func:`hand_memory_back` (glibc's mmap threshold, set once by the CLI).

One variable is read and never written: ``NEWSCLEAN_FAULT``, the crash tests' switch
(:func:`flows.store.commit`).
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import sys
from collections.abc import Iterator, Mapping

#: Blocks this large or larger are mapped and unmapped by glibc's malloc, not kept in its heap.
MMAP_THRESHOLD = 256 * 1024
_M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter


@contextlib.contextmanager
def environment(updates: Mapping[str, str], keep_set: bool = False) -> Iterator[None]:
    """``updates`` in ``os.environ`` inside the block; afterwards each variable as it was before it.
    With ``keep_set`` a variable already set keeps its value (the user's own settings win).

    >>> with environment({"NEWSCLEAN_EXAMPLE": "1"}):
    ...     os.environ["NEWSCLEAN_EXAMPLE"]
    '1'
    >>> "NEWSCLEAN_EXAMPLE" in os.environ
    False
    """
    before = {name: os.environ.get(name) for name in updates}
    for name, value in updates.items():
        if not (keep_set and before[name] is not None):
            os.environ[name] = value
    try:
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def hand_memory_back() -> None:
    """Fix glibc's ``M_MMAP_THRESHOLD`` at :data:`MMAP_THRESHOLD` for this process (the CLI's, once).

    A run's flow process reads and writes many short-lived Arrow buffers and numpy arrays; glibc
    raises its threshold each time such a block is freed, so without this the heap kept the freed
    buffers of one step through the next and the peak grew with the corpus although the live data
    did not (``benchmarks/cluster_memory.py``). Skipped when the user sets ``MALLOC_MMAP_THRESHOLD_``
    and off glibc (musl has no ``mallopt``).
    """
    if not sys.platform.startswith("linux") or "MALLOC_MMAP_THRESHOLD_" in os.environ:
        return
    try:
        ctypes.CDLL(None).mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)
    except (OSError, AttributeError):
        pass



#: Set (to a logging level name) by the CLI for itself and the processes it starts: the HTML libraries'
#: own log lines ("discarding data: None") are left out at levels below it. Each page's outcome is its
#: record or reject row; those lines told a user nothing to act on. ``-v`` leaves it unset.
LIBRARY_LOG_LEVEL = "NEWSCLEAN_LIBRARY_LOG_LEVEL"
QUIETED_LIBRARIES = ("trafilatura", "htmldate", "courlan", "justext")


def quiet_libraries() -> None:
    """Raise the HTML libraries' loggers to :data:`LIBRARY_LOG_LEVEL` when it is set (CLI, its workers)."""
    level = os.environ.get(LIBRARY_LOG_LEVEL)
    if level:
        import trafilatura.metadata  # noqa: F401 - sets htmldate's level when imported: before ours, not after
        for name in QUIETED_LIBRARIES:
            logging.getLogger(name).setLevel(level)


__all__ = ["LIBRARY_LOG_LEVEL", "QUIETED_LIBRARIES", "environment", "hand_memory_back", "quiet_libraries"]
