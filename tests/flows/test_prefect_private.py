"""The private Prefect hooks of flows/prefect_private.py: each fails here first when Prefect changes.
(tests/test_public_apis.py keeps them in that one module.)"""

from __future__ import annotations

import multiprocessing
import time

import pytest
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

from flows import prefect_private


def _children_after(count: int, timeout: float = 60.0) -> int:
    deadline = time.monotonic() + timeout
    while len(multiprocessing.active_children()) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    return len(multiprocessing.active_children())


def test_start_workers_spawns_the_pools_worker_processes_before_any_task() -> None:
    runner = ProcessPoolTaskRunner(max_workers=2)
    with runner:
        prefect_private.start_workers(runner, 2)
        assert _children_after(2) == 2
    assert multiprocessing.active_children() == []


def test_start_workers_never_spawns_more_than_the_runners_max_workers() -> None:
    runner = ProcessPoolTaskRunner(max_workers=1)
    with runner:
        prefect_private.start_workers(runner, 3)
        assert _children_after(1) == 1
        time.sleep(0.5)
        assert len(multiprocessing.active_children()) == 1
    assert multiprocessing.active_children() == []


def test_start_workers_fails_loudly_where_there_is_no_process_pool() -> None:
    with pytest.raises(TypeError, match="prefect_private"):
        prefect_private.start_workers(ThreadPoolTaskRunner(max_workers=1), 1)
    with pytest.raises(TypeError, match="prefect_private"):
        prefect_private.start_workers(ProcessPoolTaskRunner(max_workers=1), 1)  # not entered: no pool yet
