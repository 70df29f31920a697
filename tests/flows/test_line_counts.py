"""flows/state.py LossyLineCounts: repeated-line counts in bounded memory."""

from __future__ import annotations

from collections import Counter

from cleaners.repeated import repeated_keys
from flows.state import LossyLineCounts


def _shard(first_doc: int, docs: int) -> Counter:
    """Per-document line keys of a shard: a footer on every page, a menu on 2% of pages, and
    two lines no other page has."""
    c: Counter = Counter()
    for d in range(first_doc, first_doc + docs):
        c.update({"footer", f"unique-{d}-a", f"unique-{d}-b"})
        if d % 50 == 0:
            c["menu"] += 1
    return c


def test_small_runs_are_counted_exactly():
    lossy = LossyLineCounts()
    for start in range(0, 900, 100):
        lossy.add(_shard(start, 100), 100)
    assert lossy.documents == 900 and len(lossy.counts) == 2 + 2 * 900


def test_frequent_lines_survive_and_memory_stays_bounded():
    lossy, exact = LossyLineCounts(), Counter()
    for start in range(0, 50_000, 2000):
        shard = _shard(start, 2000)
        lossy.add(shard, 2000)
        exact.update(shard)
        assert len(lossy.counts) <= 2 + 2 * 2000  # one shard's singletons at most, never the run's
    assert lossy.counts["footer"] == exact["footer"]
    assert exact["menu"] - lossy.counts["menu"] <= 0.001 * lossy.documents
    assert repeated_keys(lossy.counts, lossy.documents) == repeated_keys(exact, 50_000) == {"footer", "menu"}


def test_counts_of_earlier_runs_are_the_starting_point():
    lossy = LossyLineCounts(Counter({"footer": 10}), documents=10)
    lossy.add(Counter({"footer": 3, "new": 1}), 3)
    assert lossy.counts == Counter({"footer": 13, "new": 1}) and lossy.documents == 13
