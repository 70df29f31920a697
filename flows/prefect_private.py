"""Every use newsclean makes of Prefect beyond its public API, in one place.

Each hook here has a test in ``tests/flows/test_prefect_private.py`` that fails loudly when a
Prefect release changes what it relies on; the rest of the code base uses Prefect's public API only
(``grep -rn "prefect_private" flows`` lists the callers).

One hook today: starting the worker processes of a ``ProcessPoolTaskRunner`` before its first
task. The runner spawns a worker when a task is submitted and no worker is idle, and a worker then
spends about two seconds importing Prefect, pyarrow and the cleaners before its first page. Prefect
has no public call to start them earlier; :func:`start_workers` submits a no-op to the runner's
process pool (``ProcessPoolTaskRunner._executor``, a ``concurrent.futures.ProcessPoolExecutor``
made when the runner is entered), which spawns a worker per submission, up to the runner's
``max_workers``. Should the hook break, a run is only slower: its workers start with its first tasks.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor

from prefect.task_runners import ProcessPoolTaskRunner


def start_workers(runner: ProcessPoolTaskRunner, count: int) -> None:
    """Spawn up to ``count`` worker processes of the entered ``runner`` now (each runs the runner's
    ``initializer`` as it starts). Raises TypeError when the runner has no process pool where this
    hook expects one (a Prefect release changed it)."""
    executor = getattr(runner, "_executor", None)
    if not isinstance(executor, ProcessPoolExecutor):
        raise TypeError(f"{type(runner).__name__}._executor is {type(executor).__name__}, not a "
                        "ProcessPoolExecutor: Prefect's process pool runner changed (flows/prefect_private.py)")
    for _ in range(count):
        executor.submit(os.getpid)


__all__ = ["start_workers"]
