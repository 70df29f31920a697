"""The CLI's early Prefect server: used when nothing else is configured, never left behind."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pyarrow.dataset as ds
import pytest
from prefect.settings import PREFECT_API_URL, PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

from flows import api_server

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
        # set in Prefect's settings only: worker processes read it from their environment
        assert os.environ.get("PREFECT_API_URL") == PREFECT_API_URL.value() != fake.url
        assert PREFECT_FLOWS_HEARTBEAT_FREQUENCY.value() is not None  # a lasting server keeps its heartbeats
    assert os.environ.get("PREFECT_API_URL") == before
    assert fake.stopped


def _in_a_fresh_process(tmp_path: Path, code: str) -> None:
    """Run ``code`` in a Python process without a configured API (Prefect's process-wide settings
    are that process's own there: in this one the session's test harness set them)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env.update(PYTHONPATH=str(REPO), PREFECT_HOME=str(tmp_path / "prefect-home"))
    proc = subprocess.run([sys.executable, "-c", code], env=env, cwd=REPO, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


USING_A_SERVER = """
import os, threading
from prefect.settings import PREFECT_API_URL, PREFECT_FLOWS_HEARTBEAT_FREQUENCY
from flows import api_server

class FakeServer:
    url, waited, stopped = "http://127.0.0.1:9/api", False, False
    def wait(self, timeout):
        self.waited = True
        return self.url
    def stop(self):
        self.stopped = True

def seen_by_a_thread():
    seen = []
    thread = threading.Thread(target=lambda: seen.append(PREFECT_API_URL.value()))
    thread.start()
    thread.join()
    return seen[0]

fake = FakeServer()
assert PREFECT_API_URL.value() is None and "PREFECT_API_URL" not in os.environ
with api_server.using(fake) as url:
    assert url == fake.url
    assert PREFECT_API_URL.value() == fake.url
    assert os.environ["PREFECT_API_URL"] == fake.url  # what worker processes inherit
    # a thread started without this context (as Prefect's process-pool message forwarder is)
    assert seen_by_a_thread() == fake.url
    # no heartbeats to a server that stops with the run (their thread delays the run's end)
    assert PREFECT_FLOWS_HEARTBEAT_FREQUENCY.value() is None
assert PREFECT_API_URL.value() is None and seen_by_a_thread() is None
assert PREFECT_FLOWS_HEARTBEAT_FREQUENCY.value() is not None
assert "PREFECT_API_URL" not in os.environ
assert fake.waited and not fake.stopped
"""


def test_without_a_configured_api_prefect_and_workers_are_pointed_at_the_server(tmp_path):
    _in_a_fresh_process(tmp_path, USING_A_SERVER)


DEAD_SERVER = """
import os, subprocess, sys, httpx
from prefect.settings import PREFECT_API_URL
from flows import api_server
from flows.api_server import EarlyServer

server = object.__new__(EarlyServer)
server.url = "http://127.0.0.1:9/api"
server.process = subprocess.Popen([sys.executable, "-c", "raise SystemExit(3)"])  # as on a taken port
assert server.wait(timeout=20) is None
assert server.process is None
with api_server.using(server) as url:  # Prefect's own temporary server instead
    assert url and url != server.url
    assert PREFECT_API_URL.value() == url == os.environ["PREFECT_API_URL"]
    assert httpx.get(url + "/health").status_code == 200
try:
    httpx.get(url + "/health")
    raise AssertionError("Prefect's temporary server outlived the block")
except httpx.ConnectError:
    pass
assert PREFECT_API_URL.value() is None
"""


def test_a_server_that_dies_is_given_up_and_prefects_own_is_used_instead(tmp_path):
    _in_a_fresh_process(tmp_path, DEAD_SERVER)


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
