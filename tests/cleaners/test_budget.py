"""The per-document time budget: slow cleaning becomes Reject(timeout), in any thread, with no
stray exception left behind."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from cleaners import CleanConfig, clean
from cleaners import text as text_mod
from cleaners.budget import DocTimeout, time_budget
from schemas import RawDoc, Reject


def _spin() -> None:
    while True:
        pass


def _timed(fn, seconds: float) -> tuple[str, float]:
    t = time.perf_counter()
    try:
        with time_budget(seconds):
            fn()
        outcome = "done"
    except DocTimeout:
        outcome = "timeout"
    return outcome, time.perf_counter() - t


def _in_thread(fn, *args):
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(fn, *args).result()


def test_main_thread_python_loop_is_stopped() -> None:
    outcome, took = _timed(_spin, 0.2)
    assert outcome == "timeout" and took < 2


def test_main_thread_catastrophic_regex_is_stopped() -> None:
    # In a fresh interpreter: under pytest-timeout the main thread's alarm is taken, and the budget
    # (rightly) leaves a foreign timer alone and uses the watchdog, which cannot stop a C call.
    code = (
        "import re, time\n"
        "from cleaners.budget import DocTimeout, time_budget\n"
        "t = time.perf_counter()\n"
        "try:\n"
        "    with time_budget(0.2):\n"
        "        re.match(r'(a+)+$', 'a' * 40 + 'b')\n"
        "except DocTimeout:\n"
        "    print('timeout', time.perf_counter() - t)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parents[2])
    outcome, took = proc.stdout.split()
    assert outcome == "timeout" and float(took) < 2, proc.stderr


def test_worker_thread_python_loop_is_stopped() -> None:
    outcome, took = _in_thread(_timed, _spin, 0.2)
    assert outcome == "timeout" and took < 2


def test_fast_work_is_untouched_and_alarm_is_restored() -> None:
    before = signal.getsignal(signal.SIGALRM), signal.getitimer(signal.ITIMER_REAL)[0] > 0
    assert _timed(lambda: sum(range(100)), 5)[0] == "done"
    assert _timed(lambda: sum(range(100)), None)[0] == "done"
    # the handler and whether a timer runs (pytest-timeout's, say) are as they were
    assert (signal.getsignal(signal.SIGALRM), signal.getitimer(signal.ITIMER_REAL)[0] > 0) == before


def test_no_stray_timeout_and_no_deadlock_when_work_ends_at_the_deadline() -> None:
    # budgets about as long as the work (the watchdog polls every 20 ms), so it often fires as the
    # block ends, even inside arm/disarm: the exception must surface inside the caller's try (as a
    # timeout) or not at all, never later, and must not leave the watchdog's lock held
    def many() -> int:
        timeouts = 0
        for i in range(60):
            try:
                with time_budget(0.005 + (i % 6) * 0.005):
                    t = time.perf_counter()
                    while time.perf_counter() - t < 0.02:
                        pass
            except DocTimeout:
                timeouts += 1
        time.sleep(0.1)  # a stray async exception would land here and kill the thread
        return timeouts

    results: list[int] = []
    threads = [threading.Thread(target=lambda: results.append(many()), daemon=True) for _ in range(3)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=60)
    assert not any(th.is_alive() for th in threads), "deadlock"
    assert len(results) == 3  # no thread died of an escaped DocTimeout
    assert all(0 < n < 60 for n in results)  # both outcomes happened


@pytest.mark.parametrize("where", ["main", "thread"])
def test_slow_document_becomes_timeout_reject(monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    def slow_normalize(text: str) -> str:
        time.sleep(0.05)
        _spin()
        return text

    monkeypatch.setattr(text_mod, "normalize_text", slow_normalize)
    cfg = CleanConfig(language_backend="langdetect", doc_timeout_s=0.3)
    raw = RawDoc("slow.txt", "some text " * 50, source_record="line:3")
    t = time.perf_counter()
    result = clean(raw, cfg) if where == "main" else _in_thread(clean, raw, cfg)
    assert isinstance(result, Reject) and result.reason == "timeout", result
    assert result.source_record == "line:3" and "0.3 s" in result.detail
    assert time.perf_counter() - t < 3
