"""Faults around the run: transient read errors are retried, persistent ones fail the run; a full
disk or an unwritable --out fails with a clear message, a non-zero exit and nothing committed."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from flows import flow as flow_mod
from flows import shards as shards_mod
from flows.cli import main
from flows.sources.readers import stream

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    for p in sorted((REPO / "seeds").glob("*.txt"))[:3]:
        (root / p.name).write_bytes(p.read_bytes())
    return root


@pytest.fixture
def no_retry_delay(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("count_lines_task", "clean_shard_task", "finalize_shard_task"):
        monkeypatch.setattr(flow_mod, name, getattr(flow_mod, name).with_options(retry_delay_seconds=0))


def _run(inputs: Path, out: Path, *extra: str) -> int:
    return main(["run", str(inputs), "--out", str(out), "--language-backend", "langdetect", *extra])


def _eio_on(monkeypatch: pytest.MonkeyPatch, name: str, times: int) -> list[int]:
    """``open_binary`` fails with EIO for the file ``name``, the first ``times`` calls."""
    real, calls = stream.open_binary, [0]

    def flaky(path: str, *args, **kwargs):
        if Path(path).name == name:
            calls[0] += 1
            if calls[0] <= times:
                raise OSError(errno.EIO, "Input/output error")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(stream, "open_binary", flaky)
    return calls


def test_transient_read_error_is_retried(inputs: Path, tmp_path: Path, monkeypatch, no_retry_delay) -> None:
    name = sorted(p.name for p in inputs.iterdir())[0]
    calls = _eio_on(monkeypatch, name, times=1)
    out = tmp_path / "out"
    assert _run(inputs, out) == 0
    assert calls[0] >= 3  # failed once, then read by the retried count pass and by the clean pass
    assert (out / "current").is_symlink()


def test_persistent_read_error_fails_the_run_and_commits_nothing(inputs: Path, tmp_path: Path, monkeypatch,
                                                                  no_retry_delay, capsys) -> None:
    name = sorted(p.name for p in inputs.iterdir())[0]
    calls = _eio_on(monkeypatch, name, times=10**6)
    out = tmp_path / "out"
    assert _run(inputs, out) == 1
    assert calls[0] == 3  # the first try and two retries, then the run stops
    assert not (out / "current").exists()
    assert "nothing committed" in " ".join(capsys.readouterr().err.split())


def test_disk_full_fails_cleanly_and_keeps_the_previous_dataset(inputs: Path, tmp_path: Path, monkeypatch,
                                                                no_retry_delay, capsys) -> None:
    out = tmp_path / "out"
    assert _run(inputs, out) == 0
    before = (out / "current").resolve()
    files_before = sorted(p.relative_to(before) for p in before.rglob("*"))

    class FullDisk:
        def __init__(self, *args, **kwargs) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shards_mod.pq, "ParquetWriter", FullDisk)
    assert _run(inputs, out, "--force") == 1
    err = " ".join(capsys.readouterr().err.split())  # rich wraps long lines
    assert "No space left on device" in err and "nothing committed" in err
    assert (out / "current").resolve() == before
    assert sorted(p.relative_to(before) for p in before.rglob("*")) == files_before


@pytest.mark.parametrize("where", ["under_a_file", "is_a_file", "foreign_articles"])
def test_unwritable_out_is_a_clear_error(inputs: Path, tmp_path: Path, capsys, where: str) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("not a directory")
    out = {"under_a_file": blocker / "out", "is_a_file": blocker, "foreign_articles": tmp_path / "foreign"}[where]
    if where == "foreign_articles":
        (out / "articles").mkdir(parents=True)  # someone else's data: never written over
    if where == "is_a_file":  # a usage error, found before anything starts
        assert _run(inputs, out) == 2
        assert "is a file, not a directory" in capsys.readouterr().err
    else:
        assert _run(inputs, out) == 1
        err = " ".join(capsys.readouterr().err.split())
        assert "cannot write to --out" in err and "Traceback" not in err
    assert blocker.read_text() == "not a directory"
