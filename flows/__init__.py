"""newsclean's orchestration: sources, shards, state, duplicates, the Prefect flows and the CLI.

Importing ``flows`` (the CLI does it first) sets how this process hands memory back, before
pyarrow is loaded: a run's flow process reads and writes many short-lived Arrow buffers and numpy
arrays, and with the defaults their freed memory stayed in the allocators, so the peak grew with
the corpus although the live data did not (``benchmarks/cluster_memory.py``):

* ``ARROW_DEFAULT_MEMORY_POOL=system`` (Arrow's documented setting, read when pyarrow loads):
  Arrow's C++ code (the parquet reader's buffers) allocates from the same pool as pyarrow's
  ``pa.set_memory_pool(pa.system_memory_pool())`` in ``flows.flow`` does, not from mimalloc,
  which kept ~50 MiB of freed pages after clustering 100k articles' keys.
* glibc's ``M_MMAP_THRESHOLD`` fixed at 256 KiB: larger blocks are mapped and unmapped, not kept
  in the heap (glibc raises the threshold each time such a block is freed, so without this the
  heap kept the freed buffers of one step through the next ones).

Both only where nothing set them already (the user's environment wins), and the second only on
glibc.
"""

from __future__ import annotations

import ctypes
import os
import sys

MMAP_THRESHOLD = 256 * 1024
_M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter


def _hand_memory_back() -> None:
    os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
    if not sys.platform.startswith("linux") or "MALLOC_MMAP_THRESHOLD_" in os.environ:
        return
    try:
        ctypes.CDLL(None).mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        pass


_hand_memory_back()
