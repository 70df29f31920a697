"""The temporary Prefect API server of a command-line run, started before the run needs it.

With no ``PREFECT_API_URL`` configured, Prefect starts a temporary server itself
(``prefect.server.api.server.SubprocessASGIServer``) on the flow's first API call. That costs a
CLI run about 3.5 s before any page is cleaned: importing the whole server app into the CLI
process (~1.3 s) just to launch it, then waiting for the server process to boot (~2 s). Here the
CLI launches the same server process, with the same command and environment as Prefect's, as its
very first step, so the server boots on the other core while the CLI imports the cleaners and
lists the inputs; the run then points Prefect at it with ``PREFECT_API_URL``.

Nothing changes when an API URL is configured (a real server, ``prefect_test_harness``) or the
ephemeral server is disabled. When the early server does not come up (port taken, crash,
timeout), it is stopped and the run falls back to Prefect's own start-up: slower, never worse.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib.util
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

#: Environment Prefect gives its own temporary server (``SubprocessASGIServer._run_uvicorn_command``).
SERVER_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}


def _die_with_parent() -> None:
    """In the server process before it starts (Linux): end it when the CLI dies, even by SIGKILL,
    since being outside the CLI's process group it would otherwise outlive it. Elsewhere nothing.
    Linux sends the signal when the *thread* that started the server ends: launch it from the main
    thread (the CLI does), never from a short-lived one."""
    if _PRCTL is not None:
        _PRCTL(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _libc_prctl():
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True).prctl  # loaded here: nothing is loaded between fork and exec
    except (OSError, AttributeError):
        return None


_PRCTL = _libc_prctl()


def _free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class EarlyServer:
    """A Prefect API server process launched now and waited for later (:meth:`wait`).

    Launching does not import Prefect (0.7 s): the server process reads the same environment and
    Prefect profile as this one. :func:`using` checks Prefect's settings before the server is used.
    """

    def __init__(self) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}/api"
        app_dir = os.path.dirname(importlib.util.find_spec("prefect").submodule_search_locations[0])
        self.process: subprocess.Popen | None = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--app-dir", app_dir,
             "--factory", "prefect.server.api.server:create_app", "--host", "127.0.0.1",
             "--port", str(self.port), "--log-level", "error", "--lifespan", "on"],
            env={**os.environ, **SERVER_ENV},
            # Its own process group: Ctrl-C on the terminal interrupts the CLI, which then stops the
            # server after the run has reported; the server must not die first, mid-run.
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )

    @classmethod
    def launch(cls) -> EarlyServer | None:
        """Launch a server unless the environment names an API (a profile's is checked by :func:`using`)."""
        if os.environ.get("PREFECT_API_URL"):
            return None
        try:
            return cls()
        except OSError:  # no free port, cannot spawn: Prefect's own start-up will report it
            return None

    def wait(self, timeout: float) -> str | None:
        """The server's API URL once it answers ``/health``; None (and stopped) if it never does."""
        import httpx

        deadline = time.monotonic() + timeout
        with httpx.Client() as client:
            while self.process is not None and self.process.poll() is None and time.monotonic() < deadline:
                with contextlib.suppress(httpx.HTTPError):
                    if client.get(f"{self.url}/health", timeout=2).status_code == 200:
                        return self.url
                time.sleep(0.05)
        self.stop()
        return None

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None


def _configured_elsewhere() -> bool:
    """Whether Prefect's settings (environment, profile) name an API or disable the temporary server."""
    from prefect.settings import get_current_settings

    settings = get_current_settings()
    return bool(settings.api.url) or not settings.server.ephemeral.enabled


def env_for_workers(server: EarlyServer | None) -> dict[str, str]:
    """Environment for worker processes started before :func:`using` is entered: the API URL the
    run will use, as :func:`using` decides: a configured one (environment, profile, or settings
    of this context, which a new process would not see), else ``server``'s; else nothing."""
    from prefect.settings import get_current_settings

    configured = get_current_settings().api.url
    if configured:
        return {"PREFECT_API_URL": str(configured)}
    if server is None or _configured_elsewhere():
        return {}
    return {"PREFECT_API_URL": server.url}


def _drain_prefect_workers() -> None:
    """Send the logs and events Prefect still queues, as ``prefect_test_harness`` does before it
    stops its server; otherwise they are lost with an 'Error logging to API' message."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all(timeout=5)
    EventsWorker.drain_all(timeout=5)


@contextlib.contextmanager
def using(server: EarlyServer | None) -> Iterator[str | None]:
    """Point this process's Prefect client, its threads, and worker processes it spawns at ``server``.

    Yields the API URL in use, or None when Prefect is left to find or start its own: no server,
    an API URL configured in the Prefect profile, the ephemeral server disabled, or a server that
    did not come up.

    Three places need the URL: the environment (worker processes inherit it), this context's
    settings, and Prefect's process-wide settings, which threads started without a copy of this
    context read: the process pool's message forwarder is one, and without the URL it starts a
    second temporary server of its own.

    On its own server a run sends no flow-run heartbeats: they let a lasting server mark crashed
    runs, and this one stops with the run. Their thread sleeps in one-second steps and the flow
    run waits for it to wake before it ends: up to a second at the end of every run.
    """
    import prefect.context
    from prefect.settings import (
        PREFECT_API_URL,
        PREFECT_FLOWS_HEARTBEAT_FREQUENCY,
        get_current_settings,
        temporary_settings,
    )

    settings = get_current_settings()
    if server is not None and _configured_elsewhere():
        server.stop()
        server = None
    url = server.wait(float(settings.server.ephemeral.startup_timeout_seconds)) if server else None
    if url is None:
        yield None
        return
    before = os.environ.get("PREFECT_API_URL")
    process_wide = prefect.context.GLOBAL_SETTINGS_CONTEXT
    os.environ["PREFECT_API_URL"] = url
    try:
        prefect.context.refresh_global_settings_context()  # re-read from the environment
        with temporary_settings(updates={PREFECT_API_URL: url, PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
            try:
                yield url
            finally:
                _drain_prefect_workers()
    finally:
        prefect.context.GLOBAL_SETTINGS_CONTEXT = process_wide
        if before is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = before
