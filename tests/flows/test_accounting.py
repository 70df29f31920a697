"""Every entry under an input root is accounted for: read, or a ``skipped`` / ``read_error`` Reject
row that says why (hidden, not a page, excluded, not a regular file, a directory that cannot be
listed), and counted in the summary and the run manifest."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from flows.cli import main
from flows.sources import Selection, discover

REPO = Path(__file__).resolve().parents[2]
SEED = sorted((REPO / "seeds").glob("*.txt"))[0].read_bytes()


def _tree(root: Path) -> Path:
    (root / "sub" / ".git").mkdir(parents=True)
    (root / "page.txt").write_bytes(SEED)
    (root / ".hidden.txt").write_bytes(SEED)
    (root / "readme.md").write_text("# Notes\n\nHow this crawl was made.\n")
    (root / "build.py").write_text("print('hello')\n")
    (root / "blob.bin").write_bytes(bytes(range(256)))
    (root / "sub" / ".git" / "config").write_text("[core]\n")
    (root / "sub" / "page-0001").write_bytes(SEED.replace(b"the", b"a"))  # no extension: read, content decides
    os.mkfifo(root / "sub" / "pipe")
    return root


def _rejects(out: Path) -> dict[str, tuple[str, str]]:
    t = ds.dataset(out / "_rejects", partitioning="hive").to_table(columns=["source_path", "reason", "detail"])
    return {Path(r["source_path"]).name: (r["reason"], r["detail"]) for r in t.to_pylist()}


def test_discovery_lists_what_it_leaves_out_and_why(tmp_path: Path) -> None:
    files = discover([str(_tree(tmp_path / "in"))])
    got = {f.rel: f.skip.split(" (")[0] if f.skip else "read" for f in files}
    assert got == {"page.txt": "read", ".hidden.txt": "skipped: hidden file", "readme.md": "skipped: not a page",
                   "build.py": "skipped: not a page", "blob.bin": "skipped: not a page",
                   "sub/.git": "skipped: hidden directory", "sub/page-0001": "read",
                   "sub/pipe": "skipped: not a regular file"}
    chosen = discover([str(tmp_path / "in")], select=Selection(include=("*.md", ".hidden.txt"),
                                                               exclude=("sub/*",)))
    got = {f.rel: f.skip for f in chosen}
    assert got["readme.md"] is None and got[".hidden.txt"] is None
    assert got["sub/page-0001"] == "skipped: excluded by --exclude sub/*"


def test_a_run_reports_each_left_out_file_once(tmp_path: Path, capsys) -> None:
    root, out = _tree(tmp_path / "in"), tmp_path / "out"
    assert main(["run", str(root), "--out", str(out), "--language-backend", "langdetect"]) == 0
    assert ds.dataset(out / "articles", partitioning="hive").count_rows() == 2
    rejects = _rejects(out)
    assert {k: v[0] for k, v in rejects.items()} == {n: "skipped" for n in (
        ".hidden.txt", "readme.md", "build.py", "blob.bin", ".git", "pipe")}
    assert rejects["readme.md"][1] == "not a page (a .md file; --include '*.md' reads it)"
    [manifest] = [json.loads(p.read_text()) for p in (out / "_runs").glob("*.json")]
    assert manifest["summary"]["skipped"] == {"hidden directory": 1, "hidden file": 1, "not a page": 3,
                                              "not a regular file": 1}
    table = " ".join(capsys.readouterr().out.split())
    assert "rejected: skipped │ 6" in table and "not a page │ 3" in table

    # a later tick does not report them again; --include reads one of them, replacing its row
    assert main(["run", str(root), "--out", str(out), "--language-backend", "langdetect",
                 "--include", "*.md"]) == 0
    rejects = _rejects(out)
    assert len(rejects) == 6 and rejects["readme.md"][0] == "no_article"
    assert len(ds.dataset(out / "_rejects", partitioning="hive").to_table()) == 6


def _unlistable(monkeypatch, name: str, error: OSError) -> None:
    """``os.scandir`` of a directory named ``name`` raises ``error`` (chmod 000 does not stop root, who runs CI here)."""
    real_scandir = os.scandir

    def scandir(path=".", *args):
        if isinstance(path, str) and path.endswith(name):
            raise error
        return real_scandir(path, *args)

    monkeypatch.setattr(os, "scandir", scandir)


def test_an_unreadable_subdirectory_is_a_reject_row_and_the_run_goes_on(tmp_path: Path, monkeypatch) -> None:
    root, out = tmp_path / "in", tmp_path / "out"
    (root / "locked").mkdir(parents=True)
    (root / "locked" / "page.txt").write_bytes(SEED)
    (root / "page.txt").write_bytes(SEED)
    _unlistable(monkeypatch, "locked", PermissionError(errno.EACCES, "Permission denied", str(root / "locked")))
    files = discover([str(root)])
    assert [(f.rel, f.skip) for f in files] == [
        ("locked", "read_error: directory cannot be listed: Permission denied"), ("page.txt", None)]
    assert main(["run", str(root), "--out", str(out), "--language-backend", "langdetect"]) == 0
    assert ds.dataset(out / "articles", partitioning="hive").count_rows() == 1
    assert _rejects(out) == {"locked": ("read_error", "directory cannot be listed: Permission denied")}


def test_an_unlistable_directory_named_as_input_is_its_reject_row_not_an_empty_directory(tmp_path: Path,
                                                                                          monkeypatch) -> None:
    (tmp_path / "locked").mkdir()
    _unlistable(monkeypatch, "locked", PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "locked")))
    empty: list[str] = []
    files = discover([str(tmp_path / "locked")], empty=empty)
    assert [f.skip for f in files] == ["read_error: directory cannot be listed: Permission denied"]
    assert empty == []  # the CLI warns "no input files found" only for empty or mistyped directories
    (tmp_path / "really-empty").mkdir()
    discover([str(tmp_path / "really-empty")], empty=empty)
    assert empty == [str(tmp_path / "really-empty")]


def test_a_transient_error_listing_a_directory_still_stops_discovery(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "flaky").mkdir()
    _unlistable(monkeypatch, "flaky", OSError(errno.EIO, "Input/output error", str(tmp_path / "flaky")))
    with pytest.raises(OSError, match="Input/output error"):  # a later run may list it: no row for good
        discover([str(tmp_path)])
