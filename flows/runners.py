"""Prefect's process-pool task runner, with worker processes that can start before the flow run.

A worker process of ``ProcessPoolTaskRunner`` is spawned when the flow submits its first task, and
then spends about two seconds importing Prefect, pyarrow and the cleaners before its first page.
The flow itself starts only once the CLI's Prefect server is up (another two seconds), so those
imports came one after the other. :meth:`PrewarmedProcessPoolTaskRunner.start_workers` starts the
pool while the server boots: its workers import the shard code on start (the runner's
``initializer``), and the flow run then uses that pool, already started, instead of a new one.

Nothing else changes: tasks, their context, logs and events go through Prefect's runner as before;
a runner whose workers were not started early behaves as ``ProcessPoolTaskRunner`` does. Starting
them needs the one private hook of :mod:`flows.prefect_private`; the rest is the runner's public
API (``initializer``, ``duplicate``, entering and exiting it).
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import signal
import sys
import threading
from collections.abc import Iterator, Mapping
from typing import Any

from prefect.task_runners import ProcessPoolTaskRunner

from flows import prefect_private
from flows.process_env import environment, quiet_libraries


@contextlib.contextmanager
def ctrl_c_held() -> Iterator[None]:
    """Hold Ctrl-C (SIGINT blocked in this thread, delivered when the block ends): the worker processes and
    threads started in the block begin with it blocked, so a Ctrl-C on the terminal, which signals the
    whole process group, reaches the CLI alone, even while a worker is still starting (Python's own
    start-up included). See :func:`import_shard_code`. Elsewhere than POSIX, nothing."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _ignore_ctrl_c() -> None:
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def warm_up(language_backend: str = "fasttext") -> None:
    """Load what the first document of a process would wait for: the learned decisions' models
    (LightGBM and its imports: ~1.6 s, pandas and scipy.sparse among them), the index of jusText's
    stoplists (~1 s) and fastText's language model (0.6 s). (langdetect's profiles are left to load on first use: its seeding is done there.)
    Called where the Prefect server boots meanwhile: worker processes as they start, the CLI
    process itself when it cleans (thread runner)."""
    from cleaners import decide, lines
    from cleaners.language import detect_language

    decide.line_model()
    decide.kind_model()
    lines.guess_stoplist(["a sentence to index the stoplists"])  # jusText's 100 stoplists: ~1 s
    if language_backend == "fasttext":
        detect_language("a sentence to load the language model", "fasttext")


def import_shard_code(language_backend: str = "fasttext") -> None:
    """Worker initializer: import what a shard task needs and load the language model, so the
    first task does not wait for them; let arrow allocate with the system allocator for the
    worker's lifetime (as the flow's process does for a run: :func:`flows.flow.arrow_system_allocator`);
    and end the worker without the interpreter's teardown (:func:`_exit_without_teardown`).

    A failure here is left for the task to meet again and report as a task failure: an
    initializer that raises only breaks the pool, with a less helpful message.

    The worker ignores SIGINT. Ctrl-C on a terminal signals the whole process group, workers
    included: interrupted mid-task, they crashed their tasks with tracebacks, then took the next
    queued ones against the run's server, already stopped, while the CLI waited for them at exit
    (forever). The CLI alone handles the interrupt and shuts the pool down, as on a SIGINT sent to it
    alone: workers start with SIGINT blocked (:func:`ctrl_c_held`) and ignore it from here on.
    """
    _ignore_ctrl_c()  # a worker started without ctrl_c_held (another runner's pool) ignores it from here
    atexit.register(_exit_without_teardown)  # before the imports: runs after the handlers they register
    try:
        import prefect.plugins
        import prefect.task_engine  # noqa: F401 - runs each task in the worker
        import pyarrow as pa

        import flows.flow  # noqa: F401 - the tasks, the shard code and the cleaners

        quiet_libraries()
        pa.set_memory_pool(pa.system_memory_pool())  # before the first task's tables
        prefect.plugins.load_prefect_collections()  # Prefect does it when a task's context is made
        warm_up(language_backend)
    except Exception:  # noqa: BLE001, S110 - see above
        pass


def _exit_without_teardown() -> None:
    """The worker's last exit handler to run: flush the log handlers and streams, then end.

    The pool's shutdown waits for its workers to end, and a worker spends 0.3-1 s of the run's
    end freeing its modules and objects one by one (memos, models, Prefect, dask), which the
    operating system does at once. By now the pool has shut the worker down: its results and
    Prefect's messages went out through multiprocessing's queues, flushed before exit handlers
    run; the handlers the imports registered have run. Of those registered before (Python's
    own), logging's is called here and multiprocessing's has run when the worker finished.
    Never call this in a process that must report its own exit status.
    """
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(0)


class PrewarmedProcessPoolTaskRunner(ProcessPoolTaskRunner):
    """``ProcessPoolTaskRunner`` whose workers import the shard code as they start, and can be
    started before the flow run with :meth:`start_workers` (stopped by :meth:`stop_workers` if the
    flow run never takes them)."""

    def __init__(self, max_workers: int | None = None, language_backend: str = "fasttext", **kwargs: Any) -> None:
        if "initializer" not in kwargs:
            kwargs.update(initializer=import_shard_code, initargs=(language_backend,))
        super().__init__(max_workers=max_workers, **kwargs)
        self._early: PrewarmedProcessPoolTaskRunner | None = None  # started, not yet taken by a flow run
        self._entered_early = False

    def start_workers(self, count: int, env: Mapping[str, str] | None = None) -> None:
        """Start a pool of this configuration and ``count`` of its worker processes now (the others
        start as tasks come, as usual); the next flow run of this runner uses it. ``env``:
        environment variables the workers start with (set in this process while they are spawned)."""
        if self._early is not None or count < 1:
            return
        early = self.duplicate()
        early.__enter__()
        early._entered_early = True
        self._early = early
        with environment(env or {}), ctrl_c_held(), contextlib.suppress(TypeError):
            # TypeError: a Prefect release changed the pool (its test says so): workers start with the tasks
            prefect_private.start_workers(early, count)

    def stop_workers(self) -> None:
        """Stop workers started early that no flow run took (the flow run stops those it takes)."""
        early, self._early = self._early, None
        if early is not None:
            early._entered_early = False
            early.__exit__(None, None, None)

    def submit(self, *args: Any, **kwargs: Any) -> Any:
        # The pool starts its processes, and Prefect its threads that submit to the pool, as tasks come.
        with ctrl_c_held():
            return super().submit(*args, **kwargs)

    def duplicate(self) -> PrewarmedProcessPoolTaskRunner:
        # Prefect enters a duplicate of the flow's runner for each flow run: hand over the early pool.
        if self._early is not None:
            early, self._early = self._early, None
            return early
        return super().duplicate()

    def __enter__(self) -> PrewarmedProcessPoolTaskRunner:
        if self._entered_early:  # already started by start_workers
            self._entered_early = False
            return self
        return super().__enter__()

    def __getstate__(self) -> dict[str, Any]:
        # Prefect pickles the flow, and so its runner, into each task's context: not the early pool.
        state = self.__dict__.copy()
        state["_early"] = None
        return state


__all__ = ["PrewarmedProcessPoolTaskRunner", "ctrl_c_held", "import_shard_code", "warm_up"]
