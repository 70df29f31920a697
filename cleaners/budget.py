"""A per-document time budget: cleaning that runs past it is stopped with :class:`DocTimeout`.

Two mechanisms, because Prefect runs tasks in worker threads and only the main thread gets signals:

* main thread: ``SIGALRM`` from ``signal.setitimer``. The handler raises between bytecodes and
  also inside a long-running regex (``re`` checks for signals while it backtracks).
* any other thread: one watchdog thread per process raises ``DocTimeout`` in the late thread with
  ``PyThreadState_SetAsyncExc``. It lands at that thread's next Python bytecode, so a single long
  C call (one regex, one lxml parse) finishes first; the size budget (``CleanConfig.max_chars``)
  and linear rules bound those.

Either way the exception may surface on leaving the ``with`` block (the budget ran out just as the
work finished), so callers catch it around the whole block::

    try:
        with time_budget(10):
            result = work()
    except DocTimeout:
        result = None

``DocTimeout`` is a ``BaseException`` so that libraries' ``except Exception`` cannot swallow it; and
if one does, leaving the block raises it anyway.

Like Ctrl-C, an asynchronous exception can land anywhere in a slow document's code; code that
takes a Python-level lock by hand (``acquire()`` then ``try``) could leave it held. The cleaners
are pure functions without such locks, and only documents already over budget get one.
"""

from __future__ import annotations

import contextlib
import ctypes
import itertools
import os
import signal
import threading
import time
from collections.abc import Iterator


class DocTimeout(BaseException):
    """The document's time budget ran out."""


def _set_async_exc(thread_id: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc else None)


class _Watchdog:
    """One daemon thread that raises DocTimeout in threads whose deadline has passed.

    The late thread may receive the exception at any bytecode, also inside :meth:`arm` or
    :meth:`disarm`; so those take only a C lock with ``with`` (acquired and registered for release
    in one step: an exception cannot land between the two) and never a Python-level Condition or
    Event, whose ``__enter__`` could be interrupted holding its lock. The watchdog polls instead
    of being notified.
    """

    POLL_S = 0.02

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._armed: dict[int, tuple[float, int]] = {}  # token -> (deadline, thread id)
        self._fired: set[int] = set()
        self._tokens = itertools.count(1)
        self._pid = -1

    def _ensure_thread(self) -> None:
        if self._pid != os.getpid():  # first use, or a forked child (threads do not survive fork)
            self._armed.clear()
            self._fired.clear()
            self._pid = os.getpid()
            threading.Thread(target=self._run, name="newsclean-doc-watchdog", daemon=True).start()

    def arm(self, seconds: float) -> int:
        with self._lock:
            self._ensure_thread()
            token = next(self._tokens)
            self._armed[token] = (time.monotonic() + seconds, threading.get_ident())
            return token

    def disarm(self, token: int) -> bool:
        """Stop watching; True if the deadline had passed (then no stray exception stays pending)."""
        with self._lock:
            self._armed.pop(token, None)
            fired = token in self._fired
            if fired:
                self._fired.discard(token)
                _set_async_exc(threading.get_ident(), None)  # clear it if it has not landed yet
            return fired

    def _run(self) -> None:
        while True:
            time.sleep(self.POLL_S)
            now = time.monotonic()
            with self._lock:
                for token, (deadline, thread_id) in list(self._armed.items()):
                    if deadline <= now:
                        del self._armed[token]
                        self._fired.add(token)
                        _set_async_exc(thread_id, DocTimeout)


_WATCHDOG = _Watchdog()


def _raise_timeout(signum: int, frame: object) -> None:
    raise DocTimeout()


def _can_use_alarm() -> bool:
    return (threading.current_thread() is threading.main_thread()
            and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.SIG_IGN, None)
            and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0))


@contextlib.contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise DocTimeout in this thread if the block runs longer than ``seconds`` (None/0: no limit)."""
    if not seconds or seconds <= 0:
        yield
        return
    if _can_use_alarm():
        previous = signal.signal(signal.SIGALRM, _raise_timeout)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            try:
                signal.setitimer(signal.ITIMER_REAL, 0)
            finally:  # even if the alarm fires right here, the old handler comes back
                signal.signal(signal.SIGALRM, previous)
        return
    token = _WATCHDOG.arm(seconds)
    fired = False
    try:
        yield
    finally:
        fired = _WATCHDOG.disarm(token)
    if fired:
        raise DocTimeout()


__all__ = ["DocTimeout", "time_budget"]
