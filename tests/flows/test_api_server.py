"""The CLI's early Prefect server: used when nothing else is configured, never left behind."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import prefect.context
import psutil
import pyarrow.dataset as ds
import pytest
from prefect.settings import PREFECT_API_URL, PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

from flows import api_server
from flows.api_server import EarlyServer

REPO = Path(__file__).resolve().parents[2]


class FakeServer:
    def __init__(self, url: str | None) -> None:
        self.url, self.stopped, self.waited = url, False, False

    def wait(self, timeout: float) -> str | None:
        self.waited = True
        return self.url

    def stop(self) -> None:
        self.stopped = True


def test_a_configured_api_wins_and_the_early_server_is_stopped():
    # The session's test harness has set PREFECT_API_URL, as a user's profile could.
    fake = FakeServer("http://127.0.0.1:9/api")
    before = os.environ.get("PREFECT_API_URL")
    with api_server.using(fake) as url:
        assert url is None
        assert os.environ.get("PREFECT_API_URL") == before
        assert PREFECT_FLOWS_HEARTBEAT_FREQUENCY.value() is not None  # a lasting server keeps its heartbeats
    assert fake.stopped


def test_without_a_configured_api_prefect_and_workers_are_pointed_at_the_server():
    fake = FakeServer("http://127.0.0.1:9/api")
    before = os.environ.get("PREFECT_API_URL")
    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        assert PREFECT_API_URL.value() is None
        process_wide = prefect.context.GLOBAL_SETTINGS_CONTEXT
        with api_server.using(fake) as url:
            assert url == fake.url
            assert PREFECT_API_URL.value() == fake.url
            assert os.environ["PREFECT_API_URL"] == fake.url  # what worker processes inherit
            # A thread started without this context (as Prefect's process-pool message forwarder is)
            seen: list[str | None] = []
            thread = threading.Thread(target=lambda: seen.append(PREFECT_API_URL.value()))
            thread.start()
            thread.join()
            assert seen == [fake.url]
            # no heartbeats to a server that stops with the run (their thread delays the run's end)
            assert PREFECT_FLOWS_HEARTBEAT_FREQUENCY.value() is None
        assert PREFECT_API_URL.value() is None
        assert PREFECT_FLOWS_HEARTBEAT_FREQUENCY.value() is not None
        assert prefect.context.GLOBAL_SETTINGS_CONTEXT is process_wide
    assert os.environ.get("PREFECT_API_URL") == before
    assert fake.waited and not fake.stopped


def test_a_server_that_dies_is_given_up_and_prefect_starts_its_own():
    server = object.__new__(EarlyServer)
    server.url = "http://127.0.0.1:9/api"
    server.process = subprocess.Popen([sys.executable, "-c", "raise SystemExit(3)"])  # as uvicorn on a taken port
    assert server.wait(timeout=20) is None
    assert server.process is None
    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        with api_server.using(FakeServer(None)) as url:
            assert url is None
            assert PREFECT_API_URL.value() is None


def test_workers_started_before_the_server_is_up_get_the_api_url_the_run_will_use():
    fake = FakeServer("http://127.0.0.1:9/api")
    harness = PREFECT_API_URL.value()  # the session's test server: a configured API, in settings only
    assert harness and harness != fake.url
    assert api_server.env_for_workers(fake) == {"PREFECT_API_URL": harness}
    assert api_server.env_for_workers(None) == {"PREFECT_API_URL": harness}
    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        assert api_server.env_for_workers(fake) == {"PREFECT_API_URL": fake.url}
        assert api_server.env_for_workers(None) == {}


@pytest.mark.parametrize("runner", ["auto", "process"])
def test_cli_without_prefect_config_runs_on_its_own_server_and_leaves_nothing_behind(tmp_path, seeds_dir, runner):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env.update(PYTHONPATH=str(REPO), PREFECT_HOME=str(tmp_path / "prefect-home"))
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "flows.cli", "run", str(seeds_dir), "--out", str(out), "-v",
                             "--runner", runner],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)
    try:
        output, _ = proc.communicate(timeout=120)
        assert proc.returncode == 0, output
        assert "Error logging to API" not in output
        assert ds.dataset(out / "articles", format="parquet", partitioning="hive").count_rows() == 5
        # The workers ran in the CLI's process group; nothing of the group may outlive the CLI, but
        # for multiprocessing's resource tracker: it exits by itself once the CLI is gone (a second
        # or two later). The server ran in a group of its own: it must be gone too.
        deadline = time.monotonic() + (10 if runner == "process" else 0)
        while True:
            try:
                os.killpg(proc.pid, 0)
                alive = True
            except ProcessLookupError:
                alive = False
            if not alive or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        assert not alive, "the CLI left a process (a worker) running"
        assert not _processes_with_prefect_home(tmp_path / "prefect-home"), "the CLI left its Prefect server running"
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _processes_with_prefect_home(home) -> list:
    """Processes whose environment names ``home`` as PREFECT_HOME (the run's server and workers)."""
    found = []
    for p in psutil.process_iter():
        with contextlib.suppress(psutil.Error):
            if p.environ().get("PREFECT_HOME") == str(home):
                found.append(p)
    return found


def test_the_server_ends_with_a_cli_that_is_killed(tmp_path):
    """The server runs in its own process group (Ctrl-C must not stop it mid-run); a CLI killed with
    SIGKILL cannot stop it, so the server ends with its parent (Linux: PR_SET_PDEATHSIG)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("parent-death signal is Linux-only")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env.update(PYTHONPATH=str(REPO), PREFECT_HOME=str(tmp_path / "prefect-home"))
    code = ("import sys, time; from flows.api_server import EarlyServer; s = EarlyServer.launch(); "
            "print(s.process.pid, flush=True); time.sleep(600)")
    cli = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, text=True)
    server = psutil.Process(int(cli.stdout.readline()))
    try:
        assert os.getpgid(server.pid) != os.getpgid(cli.pid)
        cli.kill()
        cli.wait()
        server.wait(timeout=30)  # raises psutil.TimeoutExpired if the server outlives the CLI
    finally:
        with contextlib.suppress(psutil.Error):
            server.kill()
