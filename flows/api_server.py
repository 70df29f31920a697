"""The temporary Prefect API server of a command-line run, started before the run needs it.

With no API URL configured, Prefect starts a temporary server on the flow's first API call:
it imports the whole server app into the CLI process (~2 s) just to launch it, then waits for the
server process to boot (~2 s more). Here the CLI launches that server as its very first step,
before it imports Prefect: a process running Prefect's own app in its ephemeral mode
(``prefect.server.api.server.create_app(ephemeral=True)``: what Prefect's temporary server runs,
no UI, only the services that record runs), so it boots on the other core while the CLI imports
the cleaners and lists the inputs. The run then points Prefect at it through the documented
``PREFECT_API_URL`` setting.

Nothing changes when an API URL is configured (a real server, ``prefect_test_harness``) or the
ephemeral server is disabled. When the early server does not come up (port taken, crash,
timeout), it is stopped and Prefect's own temporary server (``SubprocessASGIServer``) is started
instead, pointed at the same way: slower, never worse.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

from flows.process_env import environment


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


def serve(port: int) -> None:
    """The server process (``python -m flows.api_server PORT``): Prefect's API app in its
    ephemeral mode on 127.0.0.1:PORT, until terminated. It reads the same environment and Prefect
    profile (database, settings) as the CLI that launched it."""
    import uvicorn
    from prefect.server.api.server import create_app

    uvicorn.run(create_app(ephemeral=True, final=True), host="127.0.0.1", port=port, log_level="error",
                lifespan="on")


#: Prefect settings of the run's server, unless the environment sets them otherwise. Automations
#: (the triggers and actions services) are for a lasting server: on one that stops with the run
#: they only cost its start-up ~0.7 s of CPU (Prefect 3.9), on the core the CLI's imports use.
SERVER_SETTINGS = {"PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED": "false"}


class EarlyServer:
    """A Prefect API server process launched now and waited for later (:meth:`wait`).

    Launching does not import Prefect (~2 s): the server process imports it. :func:`using` checks
    Prefect's settings before the server is used.
    """

    def __init__(self) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}/api"
        self.process: subprocess.Popen | None = subprocess.Popen(
            [sys.executable, "-m", "flows.api_server", str(self.port)],
            env={**SERVER_SETTINGS, **os.environ},  # the user's own settings win
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
def _api_url_everywhere(url: str) -> Iterator[None]:
    """Point this process's Prefect settings, its threads, and processes it spawns at ``url``.

    Three places read it: the environment (worker processes inherit it), this context's settings,
    and Prefect's process-wide settings, which threads started without a copy of this context
    read (the process pool's message forwarder is one: without the URL it starts a second
    temporary server of its own). ``refresh_global_settings_context`` re-reads the latter from
    the environment, on entry and again on exit.

    On its own server a run sends no flow-run heartbeats: they let a lasting server mark crashed
    runs, and this one stops with the run. Their thread sleeps in one-second steps and the flow
    run waits for it to wake before it ends: up to a second at the end of every run.
    """
    from prefect.context import refresh_global_settings_context
    from prefect.settings import PREFECT_API_URL, PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    try:
        with environment({"PREFECT_API_URL": url}):
            refresh_global_settings_context()
            with temporary_settings(updates={PREFECT_API_URL: url, PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
                try:
                    yield
                finally:
                    _drain_prefect_workers()
    finally:
        refresh_global_settings_context()  # from the environment as it was


@contextlib.contextmanager
def using(server: EarlyServer | None) -> Iterator[str | None]:
    """Point this process's Prefect client, its threads, and worker processes it spawns at
    ``server``, or at Prefect's own temporary server if ``server`` did not come up.

    Yields the API URL of the server this block started or took, or None when an API is
    configured (environment, Prefect profile) or the temporary server disabled: Prefect then
    goes its own way, as without this module.
    """
    from prefect.settings import get_current_settings

    settings = get_current_settings()
    if _configured_elsewhere():
        if server is not None:
            server.stop()
        configured = settings.api.url
        if not configured or os.environ.get("PREFECT_API_URL") == str(configured):
            yield None
            return
        # Set in the profile or in this context's settings only (prefect_test_harness): worker
        # processes (process pool, local Dask cluster) read it from their environment, or each
        # starts a temporary server of its own.
        with environment({"PREFECT_API_URL": str(configured)}):
            yield None
        return
    url = server.wait(float(settings.server.ephemeral.startup_timeout_seconds)) if server else None
    fallback = None
    if url is None:
        # The early server never answered: Prefect's own, as its client would start on the first call.
        from prefect.server.api.server import SubprocessASGIServer

        fallback = SubprocessASGIServer(port=_free_port())
        fallback.start()
        url = fallback.api_url
    try:
        with _api_url_everywhere(url):
            yield url
    finally:
        if fallback is not None:
            fallback.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Prefect's API server, ephemeral mode, for one newsclean run")
    parser.add_argument("port", type=int)
    serve(parser.parse_args(argv).port)


if __name__ == "__main__":
    main()
