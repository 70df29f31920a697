"""A run SIGKILLed at any point leaves the dataset as before or as after, never half; a re-run
finishes the work with no duplicate and no missing row.

The killed runs are subprocesses of the CLI that talk to the session's Prefect test server (no
ephemeral server to start or to orphan). Commit kills are deterministic, through the
``NEWSCLEAN_FAULT`` hook in ``flows.store.commit``; the mid-shard kill waits for the first staged
shard file.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from flows.cli import main

REPO = Path(__file__).resolve().parents[2]
SHARD_FILES = "6"


def make_corpus(root: Path, n: int = 30) -> None:
    seeds = sorted((REPO / "seeds").glob("*.txt"))
    for i in range(n):
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        day = f"2024-05-{1 + i % 3:02d}"
        p = root / day / f"page-{i:03d}.txt"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f"{text}\nCase {i}: the council meets again on day {i} to review the {i}th proposal in full.\n",
                     encoding="utf-8")
    (root / "2024-05-01" / "empty.txt").write_bytes(b"")
    (root / "2024-05-02" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)


def dataset_rows(out: Path, root: Path) -> tuple[Counter, list[str]] | None:
    """(source path relative to ``root``, source_record, kind) counts and article ids of the committed
    dataset; None if none."""
    prefix = str(root.resolve()) + "/"
    current = out / "current"
    if not current.is_symlink():
        return None
    base = current.resolve()
    keys: Counter = Counter()
    ids: list[str] = []
    for sub, kind in (("articles", "article"), ("_rejects", "reject")):
        for f in (base / sub).rglob("*.parquet"):
            cols = ["source_path", "source_record"] + (["article_id"] if kind == "article" else [])
            for row in pq.read_table(f, columns=cols).to_pylist():
                path = row["source_path"]
                keys[(path[len(prefix):] if path.startswith(prefix) else path, row["source_record"], kind)] += 1
                if kind == "article":
                    ids.append(row["article_id"])
    return keys, ids


def assert_complete(out: Path, root: Path, reference: Counter) -> None:
    got = dataset_rows(out, root)
    assert got is not None
    keys, ids = got
    assert keys == reference, (reference - keys, keys - reference)
    assert max(keys.values()) == 1 and len(ids) == len(set(ids)), "duplicate rows"


def _env(fault: str | None = None) -> dict[str, str]:
    from prefect.settings import PREFECT_API_URL

    env = dict(os.environ, PREFECT_API_URL=str(PREFECT_API_URL.value()), PYTHONPATH=str(REPO))
    env.pop("NEWSCLEAN_FAULT", None)
    if fault:
        env["NEWSCLEAN_FAULT"] = fault
    return env


def _cli(inputs: Path, out: Path, fault: str | None = None, kill_when=None, timeout: float = 180):
    """Run the CLI in its own process group; SIGKILL the group once ``kill_when()`` is true."""
    cmd = [sys.executable, "-m", "flows.cli", "run", str(inputs), "--out", str(out), "--shard-files", SHARD_FILES,
           "--language-backend", "langdetect"]
    proc = subprocess.Popen(cmd, cwd=REPO, env=_env(fault), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            start_new_session=True)
    deadline = time.monotonic() + timeout
    try:
        while proc.poll() is None:
            if kill_when is not None and kill_when():
                os.killpg(proc.pid, signal.SIGKILL)
                break
            if time.monotonic() > deadline:
                raise AssertionError("CLI subprocess did not finish in time")
            time.sleep(0.02)
        proc.wait(timeout=30)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # anything the run left behind in its own group
        except ProcessLookupError:
            pass
    return proc.returncode, proc.stdout.read().decode(errors="replace") if proc.stdout else ""


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Counter]:
    """The corpus (first half and all of it) and the rows of an uninterrupted run over all of it."""
    base = tmp_path_factory.mktemp("crash")
    full = base / "full"
    make_corpus(full)
    half = base / "half"
    shutil.copytree(full, half)
    for p in sorted(half.rglob("page-01*.txt")) + sorted(half.rglob("page-02*.txt")):
        p.unlink()
    out = base / "reference-out"
    assert main(["run", str(full), "--out", str(out), "--shard-files", SHARD_FILES,
                 "--language-backend", "langdetect"]) == 0
    rows = dataset_rows(out, full)
    assert rows is not None
    return half, full, rows[0]


def test_kill_just_before_and_just_after_the_commit_point(reference, tmp_path: Path) -> None:
    half, full, ref = reference
    out, corpus = tmp_path / "out", tmp_path / "corpus"
    shutil.copytree(half, corpus)
    assert main(["run", str(corpus), "--out", str(out), "--shard-files", SHARD_FILES,
                 "--language-backend", "langdetect"]) == 0
    before = dataset_rows(out, corpus)
    assert before is not None and before[0] != ref

    # the crawl grows to the reference's files (an input is its path: the same root, more files)
    shutil.copytree(full, corpus, dirs_exist_ok=True)
    # the new version is complete on disk, `current` not yet swapped: readers still see "before"
    code, log = _cli(corpus, out, fault="before-swap")
    assert code == -signal.SIGKILL, log
    assert dataset_rows(out, corpus) == before

    # swapped, then killed before garbage collection and the manifest: readers see "after"
    code, log = _cli(corpus, out, fault="after-swap")
    assert code == -signal.SIGKILL, log
    assert_complete(out, corpus, ref)

    # the re-run finds nothing left to do and leaves the dataset whole, without leftovers
    assert main(["run", str(corpus), "--out", str(out), "--shard-files", SHARD_FILES,
                 "--language-backend", "langdetect"]) == 0
    assert_complete(out, corpus, ref)
    assert not list((out / "_versions").glob("*.tmp")) and not any((out / "_staging").iterdir())


def test_kill_mid_shard_then_rerun(reference, tmp_path: Path) -> None:
    _, full, ref = reference
    out = tmp_path / "out"

    def shard_staged() -> bool:
        return any((out / "_staging").glob("*/shards/*.parquet")) or any((out / "_staging").glob("*/shards/.*.tmp"))

    code, log = _cli(full, out, kill_when=shard_staged)
    assert code == -signal.SIGKILL, f"the run ended before it could be killed mid-shard:\n{log}"
    assert dataset_rows(out, full) is None  # the first run of this output: "before" is no dataset at all
    # nor links into a version that does not exist (readers failed with FileNotFoundError on them)
    assert not [n for n in ("articles", "_rejects", "_state") if os.path.lexists(out / n)]
    assert main(["run", str(full), "--out", str(out), "--shard-files", SHARD_FILES,
                 "--language-backend", "langdetect"]) == 0
    assert_complete(out, full, ref)
