"""What a user reads: clear one-line errors and warnings (never Rich markup, never a traceback, never
hard-wrapped off a terminal), a progress bar that follows files, a line per scheduled tick, help
text for every option."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from flows.cli import build_parser, main
from flows.store import OutputDir

REPO = Path(__file__).resolve().parents[2]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))


def _run(*argv: str) -> int:
    return main([*argv, "--language-backend", "langdetect"])


# ---------------------------------------------------------------- 4, 5: text and paths are not markup


def test_inspect_shows_page_text_as_it_is(tmp_path: Path, capsys) -> None:
    page = tmp_path / "page.txt"
    page.write_text(SEEDS[0].read_text() + "\nClick [/button] to share\nA [bold]x[/bold] line\n")
    assert main(["inspect", str(page), "--language-backend", "langdetect"]) == 0
    out = capsys.readouterr().out
    assert "[/button]" in out and "[bold]x[/bold]" in out


def test_a_path_with_brackets_is_a_path(tmp_path: Path, capsys) -> None:
    assert _run("run", str(tmp_path / "nope[/x].txt"), "--out", str(tmp_path / "o")) == 2
    err = capsys.readouterr().err
    assert "input not found" in err and "nope[/x].txt" in err and "Traceback" not in err
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.txt").write_bytes(SEEDS[0].read_bytes())
    out = tmp_path / "out[/x]" / "o"
    assert _run("run", str(tmp_path / "in"), "--out", str(out)) == 0
    assert f"output: {out / 'articles'}" in capsys.readouterr().out


# ---------------------------------------------------------------- 6: a locked output


def test_a_locked_output_is_one_line_and_status_1(tmp_path: Path, capfd) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.txt").write_bytes(SEEDS[0].read_bytes())
    out = tmp_path / "out"
    out.mkdir()
    capfd.readouterr()
    with OutputDir(out).lock():  # a compaction holds it
        assert _run("run", str(tmp_path / "in"), "--out", str(out)) == 1
    err = [line for line in capfd.readouterr().err.splitlines() if line.strip()]
    assert len(err) == 1 and "another newsclean run holds" in err[0], err


def test_a_tick_on_a_locked_output_does_nothing_and_says_so(tmp_path: Path, capsys) -> None:
    from flows.flow import newsclean_incremental

    (tmp_path / "in").mkdir()
    out = tmp_path / "out"
    out.mkdir()
    with OutputDir(out).lock():
        result = newsclean_incremental(inputs=[str(tmp_path / "in")], out=str(out))
    assert "locked" in result
    assert capsys.readouterr().out.count("newsclean tick: nothing done, another newsclean run holds") == 1


# ---------------------------------------------------------------- 7: no inputs


def test_an_empty_input_directory_is_a_warning_not_a_silent_success(tmp_path: Path, capsys) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.md").write_text("# not a page\n")
    assert _run("run", str(tmp_path / "empty"), "--out", str(tmp_path / "out")) == 0
    assert f"newsclean: warning: no input files found under {tmp_path / 'empty'}" in capsys.readouterr().err


def test_a_tick_with_no_inputs_says_so_and_succeeds(tmp_path: Path, capsys) -> None:
    from flows.flow import newsclean_incremental

    (tmp_path / "empty").mkdir()
    result = newsclean_incremental(inputs=[str(tmp_path / "empty")], out=str(tmp_path / "out"))
    assert result["inputs_seen"] == 0
    assert "no input files found under" in capsys.readouterr().out


# ---------------------------------------------------------------- 9: progress and wrapping


def test_shards_report_progress_file_by_file(tmp_path: Path, monkeypatch) -> None:
    from cleaners import CleanConfig
    from flows import shards
    from flows.sources import ReadConfig, discover, make_shards

    root = tmp_path / "in"
    root.mkdir()
    for i in range(3):
        (root / f"p{i}.txt").write_bytes(SEEDS[i].read_bytes())
    (root / "feed.jsonl").write_text("".join(json.dumps({"text": s.read_text()}) + "\n" for s in SEEDS[3:]))
    seen = []
    real_update = shards.ShardProgress.update

    def update(self, files, documents, final=False):
        seen.append((files, documents))
        real_update(self, files, documents, final)

    monkeypatch.setattr(shards.ShardProgress, "update", update)
    [shard] = make_shards(discover([str(root)]))
    staging = tmp_path / "_staging" / "run"
    shards.clean_shard(shard, str(staging), CleanConfig(language_backend="langdetect"), ReadConfig())
    assert seen == [(0, 0), (1, 2), (2, 3), (3, 4), (4, 5)]  # feed.jsonl (2 documents) first, then p0..p2
    assert shards.read_progress(tmp_path / "_staging") == (4, 5)


def test_output_off_a_terminal_is_never_wrapped(tmp_path: Path, capsys) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.txt").write_bytes(SEEDS[0].read_bytes())
    out = tmp_path / ("a-rather-long-directory-name-" * 3) / "out"
    assert _run("run", str(tmp_path / "in"), "--out", str(out)) == 0
    assert f"output: {out / 'articles'}  (rejects: {out / '_rejects'})\n" in capsys.readouterr().out
    missing = str(tmp_path / ("missing-directory-name-" * 5))
    assert _run("run", missing, "--out", str(out)) == 2
    assert capsys.readouterr().err == f"newsclean: error: input not found: {missing}\n"
    # every input that names nothing, in one line (not the first alone, run after run)
    assert _run("run", str(tmp_path / "in"), missing, str(tmp_path / "nope-*.txt"), "--out", str(out)) == 2
    assert capsys.readouterr().err == \
        f"newsclean: error: 2 inputs not found: {missing}; no file matches {tmp_path / 'nope-*.txt'}\n"


# ---------------------------------------------------------------- 11: serve


def test_a_tick_prints_one_line(tmp_path: Path, capsys) -> None:
    from flows.flow import newsclean_incremental

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.txt").write_bytes(SEEDS[0].read_bytes())
    newsclean_incremental(inputs=[str(tmp_path / "in")], out=str(tmp_path / "out"), language_backend="langdetect")
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("newsclean tick")]
    assert len(lines) == 1
    assert "1 inputs seen, 1 new or changed, 1 articles, 0 rejects" in lines[0] and lines[0].endswith(" s")


@contextlib.contextmanager
def _serving(inputs: Path, out: Path, name: str) -> Iterator[subprocess.Popen]:
    """``newsclean serve`` in a process, once it serves (against the test harness's API server)."""
    from prefect.settings import PREFECT_API_URL

    env = dict(os.environ, PREFECT_API_URL=str(PREFECT_API_URL.value()), PYTHONPATH=str(REPO))
    proc = subprocess.Popen([sys.executable, "-m", "flows.cli", "serve", str(inputs), "--out", str(out),
                             "--cron", "0 0 1 1 *", "--name", name],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        for line in proc.stdout:  # serving once this is printed
            if "is being served" in line or time.monotonic() > deadline:
                break
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()


def test_sigterm_ends_serve_quietly(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    with _serving(tmp_path / "in", tmp_path / "out", "sigterm-test") as proc:
        time.sleep(1)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "never awaited" not in err and "Traceback" not in err, err


def test_sigterm_during_a_tick_cancels_it_pauses_the_schedule_and_leaves_no_traceback(tmp_path: Path) -> None:
    """Found by a new-user pass: SIGTERM while a tick ran printed a 35-line asyncio traceback and left
    the schedule unpaused, so its missed minutes piled up as late runs for the next serve."""
    from prefect.client.orchestration import get_client
    from prefect.deployments import run_deployment

    inputs = tmp_path / "in"
    inputs.mkdir()
    for k in range(300):  # a tick of a minute or more: it is under way when the signal comes
        (inputs / f"{k:03d}.txt").write_text(SEEDS[k % len(SEEDS)].read_text(encoding="utf-8") + f"\nPage {k}.\n")
    out = tmp_path / "out"
    name = f"sigterm-tick-{tmp_path.name}"
    with _serving(inputs, out, name) as proc:
        run_deployment(f"newsclean-incremental/{name}", timeout=0)  # a tick now, not on the schedule
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not list(out.glob("_staging/*/")):
            time.sleep(0.3)
        assert list(out.glob("_staging/*/")), "no tick started"
        time.sleep(2)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "Traceback" not in err, err
    with get_client(sync_client=True) as client:
        assert client.read_deployment_by_name(f"newsclean-incremental/{name}").paused


# ---------------------------------------------------------------- 13: --help


def test_help_names_every_command_and_every_option_says_what_it_does() -> None:
    parser = build_parser()
    top = parser.format_help()
    assert "``" not in top and all(c in top for c in ("run", "backfill", "serve", "compact", "inspect"))
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, p in sub.choices.items():
        missing = [a.dest for a in p._actions if not a.help]
        assert not missing, f"newsclean {name}: no help for {missing}"


def test_version_names_the_package_and_the_schema(capsys) -> None:
    from schemas import SCHEMA_VERSION

    try:
        main(["--version"])
    except SystemExit as exc:
        assert exc.code == 0
    assert capsys.readouterr().out.strip().endswith(f"(schema {SCHEMA_VERSION})")


def test_a_number_option_that_is_no_number_says_so_in_the_users_words(tmp_path: Path, capsys) -> None:
    try:  # found by a new-user pass: "invalid _positive_int value: 'abc'"
        main(["run", str(tmp_path), "--out", str(tmp_path / "o"), "--workers", "abc"])
    except SystemExit as exc:
        assert exc.code == 2
    err = capsys.readouterr().err
    assert "--workers: must be a whole number, not 'abc'" in err and "_positive_int" not in err


def test_inspect_reads_a_feed_with_the_field_names_run_takes(tmp_path: Path, capsys) -> None:
    """Found by a new-user pass: a feed that needs --jsonl-field could not be inspected (the option was
    unknown to inspect, and without it the record was an empty reject)."""
    page = SEEDS[0].read_text(encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"url": "https://ex.com/a", "article_body": page}) + "\n")
    assert main(["inspect", str(feed), "--jsonl-field", "text=article_body", "--crawl-date", "2024-05-01"]) == 0
    out = capsys.readouterr().out
    assert "REJECT" not in out and page.splitlines()[-1].strip()[:40] in out
    assert "crawl_date" in out and "2024-05-01" in out and "datetime.date" not in out


def test_inspect_on_a_directory_says_it_reads_one_file(tmp_path: Path, capsys) -> None:
    assert main(["inspect", str(tmp_path)]) == 2
    assert "is a directory: inspect reads one file" in capsys.readouterr().err


def test_inspect_piped_keeps_lines_whole_and_names_a_rejected_record(tmp_path: Path, capsys) -> None:
    """Found by a new-user pass: piped to grep, inspect folded page lines at 80 columns, and a JSONL file's
    REJECT line did not say which record."""
    long_line = "A body line that runs well past eighty columns, so that a folded table would cut it in two parts."
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": f"Title\n{long_line}"}) + "\n[1]\n")
    assert main(["inspect", str(path)]) == 0
    out = capsys.readouterr().out
    assert any(long_line in line for line in out.splitlines())
    assert "REJECT malformed: JSON list, expected an object (line:2)" in out
    # a paragraph longer than 300 characters is shown to its end (it was cut there, without a mark)
    paragraph = " ".join(f"Sentence {k} of a long paragraph goes on." for k in range(30))
    page = tmp_path / "page.txt"
    page.write_text(f"Title\n{paragraph}\n", encoding="utf-8")
    assert main(["inspect", str(page)]) == 0
    assert "Sentence 29 of a long paragraph goes on." in capsys.readouterr().out
