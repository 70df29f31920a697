"""What a new user runs into: inputs and options the README does not show, each with a clear
error (exit 2 for usage) or a reject row that says what was wrong."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from flows.sources import InputFile, discover, read_file
from schemas import Reject


def _read(path: Path) -> list:
    return list(read_file(InputFile(str(path), path.name, path.stat().st_size)))


def test_a_warc_name_on_a_file_that_is_not_warc_is_one_quiet_reject(tmp_path: Path, capfd) -> None:
    page = tmp_path / "page.warc"
    page.write_text("Council approves budget\nBy Jane Smith\n\nThe council approved the budget on Monday.\n")
    rows = _read(page)
    assert [(r.reason, r.source_record) for r in rows] == [("malformed", None)]
    assert "not a WARC file" in rows[0].detail
    out, err = capfd.readouterr()
    assert "WARC-Target-URI" not in out + err  # warcio did not parse the text lines as records


def test_an_empty_warc_is_still_an_empty_reject(tmp_path: Path) -> None:
    (tmp_path / "none.warc").write_bytes(b"")
    assert [r.reason for r in _read(tmp_path / "none.warc")] == ["empty"]


def test_a_jsonl_record_with_other_field_names_says_which_fields_it_has_and_which_are_read(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"link": "https://ex.com/a", "article_body": "Text of the story."}) + "\n")
    [row] = _read(feed)
    assert row.reason == "empty"
    assert "article_body" in row.detail and "link" in row.detail  # what the record has
    assert "text" in row.detail and "html" in row.detail  # what the reader looks for
    feed.write_text(json.dumps({"text": ["A paragraph.", "Another."]}) + "\n")
    [row] = _read(feed)
    assert row.reason == "empty" and "string" in row.detail  # it has a text field, but not a string


def test_a_quoted_glob_that_matches_nothing_is_an_error_like_a_missing_path(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text("A page.\n")
    with pytest.raises(FileNotFoundError, match="no file matches"):
        discover([str(tmp_path / "*.jsonl")])
    assert [f.rel for f in discover([str(tmp_path / "*.txt")])] == ["page.txt"]


REPO = Path(__file__).resolve().parents[2]


def test_backfill_into_a_fresh_output_dir(tmp_path: Path) -> None:
    from flows.cli import main

    seeds = sorted((REPO / "seeds").glob("*.txt"))
    for date, seed in zip(("2024-05-01", "2024-05-02", "2024-05-09"), seeds):
        (tmp_path / "raw" / date).mkdir(parents=True)
        (tmp_path / "raw" / date / seed.name).write_bytes(seed.read_bytes())
    out = tmp_path / "out"
    argv = ["backfill", str(tmp_path / "raw"), "--since", "2024-05-01", "--until", "2024-05-07", "--out", str(out)]
    assert main(argv) == 0
    dates = sorted(p.name for p in (out / "articles").iterdir())
    assert dates == ["crawl_date=2024-05-01", "crawl_date=2024-05-02"]


def test_drop_duplicates_summary_counts_what_was_written(tmp_path: Path) -> None:
    from flows.cli import main

    seed = sorted((REPO / "seeds").glob("*.txt"))[0].read_bytes()
    (tmp_path / "in").mkdir()
    for name in ("a.txt", "b.txt"):
        (tmp_path / "in" / name).write_bytes(seed)  # the same page twice
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "in"), "--out", str(out), "--drop-duplicates"]) == 0
    [manifest] = [json.loads(p.read_text()) for p in (out / "_runs").glob("*.json")]
    written = ds.dataset(out / "articles", partitioning="hive").count_rows()
    rejected = ds.dataset(out / "_rejects", partitioning="hive").count_rows()
    assert (written, rejected) == (1, 1)
    assert (manifest["summary"]["articles"], manifest["summary"]["rejects"]) == (1, {"duplicate": 1})
    assert manifest["summary"]["duplicates"] == 1


def test_a_prefect_api_error_after_the_commit_does_not_report_the_committed_run_as_lost(
        tmp_path: Path, monkeypatch, capsys) -> None:
    from flows.cli import main

    def api_gone(*args, **kwargs):
        raise ConnectionError("[Errno 111] Connection refused")

    monkeypatch.setattr("prefect.artifacts.create_markdown_artifact", api_gone)
    monkeypatch.setattr("flows.flow.create_markdown_artifact", api_gone, raising=False)
    out = tmp_path / "out"
    status = main(["run", str(REPO / "seeds"), "--out", str(out)])
    assert ds.dataset(out / "articles", partitioning="hive").count_rows() == 5  # committed
    assert "nothing committed" not in capsys.readouterr().err
    assert status == 0


def test_ctrl_c_on_the_terminal_does_not_reach_the_temporary_prefect_server(monkeypatch) -> None:
    import os

    from flows.api_server import EarlyServer

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    server = EarlyServer.launch()
    assert server is not None
    try:
        assert os.getpgid(server.process.pid) != os.getpgid(0)  # a terminal signals its foreground group
    finally:
        server.stop()


def test_a_jsonl_with_other_field_names_can_be_read_by_naming_the_field(tmp_path: Path) -> None:
    from flows.cli import main

    seed = sorted((REPO / "seeds").glob("*.txt"))[0].read_text()
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"link": "https://ex.com/a", "article_body": seed}) + "\n")
    out = tmp_path / "out"
    assert main(["run", str(feed), "--out", str(out), "--jsonl-field", "text=article_body",
                 "--jsonl-field", "url=link"]) == 0
    [row] = ds.dataset(out / "articles", partitioning="hive").to_table().to_pylist()
    assert row["url"] == "https://ex.com/a"


def test_a_jsonl_field_option_that_is_not_kind_equals_name_is_a_usage_error(tmp_path: Path) -> None:
    from flows.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["run", str(tmp_path), "--out", str(tmp_path / "out"), "--jsonl-field", "body"])
    assert exc.value.code == 2


@pytest.mark.parametrize("fetched_at", [1714730400, 1714730400000, "Fri, 03 May 2024 10:00:00 GMT", "2024-05-03T10:00Z"])
def test_a_jsonl_fetch_time_in_the_common_formats_gives_the_crawl_date(tmp_path: Path, fetched_at) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"url": "https://ex.com/a", "text": "A page.", "fetched_at": fetched_at}) + "\n")
    [doc] = _read(feed)
    assert str(doc.crawl_date) == "2024-05-03"  # epoch milliseconds and HTTP dates too, not crawl_date=unknown


def test_a_json_file_is_read_as_json_lines_or_rejected_never_cleaned_as_one_text_page(tmp_path: Path) -> None:
    records = [{"url": f"https://ex.com/{i}", "text": f"Story {i}.", "fetched_at": "2024-05-03"} for i in range(3)]
    lines = tmp_path / "feed.json"  # JSON Lines under a .json name
    lines.write_text("".join(json.dumps(r) + "\n" for r in records))
    assert [(d.source_record, d.text) for d in _read(lines)] == [(f"line:{i + 1}", f"Story {i}.") for i in range(3)]
    array = tmp_path / "articles.json"  # one JSON document: an array of records, pretty-printed
    array.write_text(json.dumps(records, indent=2))
    [row] = _read(array)
    assert isinstance(row, Reject) and row.reason == "malformed" and "JSON Lines" in row.detail


def test_out_set_to_the_input_directory_still_reads_the_inputs_and_never_the_output(tmp_path: Path) -> None:
    from flows.cli import main

    seed = sorted((REPO / "seeds").glob("*.txt"))[0].read_bytes()
    (tmp_path / "page.txt").write_bytes(seed)
    for _ in range(2):  # the second run finds the first run's files beside the page
        assert main(["run", str(tmp_path), "--out", str(tmp_path), "--force"]) == 0
        assert [f.rel for f in discover([str(tmp_path)], exclude=[tmp_path])] == ["page.txt"]
    assert ds.dataset(tmp_path / "articles", partitioning="hive").count_rows() == 1


def test_an_earlier_output_inside_the_input_tree_is_not_read_as_input(tmp_path: Path) -> None:
    from flows.cli import main

    (tmp_path / "page.txt").write_bytes(sorted((REPO / "seeds").glob("*.txt"))[0].read_bytes())
    assert main(["run", str(tmp_path), "--out", str(tmp_path / "out1")]) == 0
    # a second output elsewhere: out1's parquet files and manifests are not pages
    assert [f.rel for f in discover([str(tmp_path)], exclude=[tmp_path / "out2"])] == ["page.txt"]


@pytest.mark.parametrize("option", [["--workers", "-2", "--runner", "process"], ["--shard-files", "0"],
                                    ["--doc-timeout", "-1"], ["--doc-timeout", "nan"]])
def test_a_negative_worker_count_or_size_is_a_usage_error(tmp_path: Path, option) -> None:
    from flows.cli import main

    (tmp_path / "page.txt").write_text("A page.\n")
    with pytest.raises(SystemExit) as exc:
        main(["run", str(tmp_path / "page.txt"), "--out", str(tmp_path / "out"), *option])
    assert exc.value.code == 2


def test_ctrl_c_during_a_run_is_one_line_and_status_130(tmp_path: Path, monkeypatch, capsys) -> None:
    import flows.flow
    from flows.cli import main

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(flows.flow, "run_pipeline", interrupted)
    monkeypatch.setattr(flows.flow.newsclean_flow, "fn", interrupted)
    status = main(["run", str(REPO / "seeds"), "--out", str(tmp_path / "out"), "--runner", "thread"])
    err = capsys.readouterr().err
    assert status == 130
    assert "interrupted" in err and "Traceback" not in err


def _signal_a_process_pool_run_mid_way(tmp_path: Path, send) -> tuple[int, str]:
    """Start ``newsclean run`` on 400 pages with two worker processes (minutes of cleaning), call
    ``send(pid)`` once both workers clean, and return the CLI's exit status and stderr."""
    import os
    import signal
    import subprocess
    import sys
    import time

    import psutil

    inputs = tmp_path / "in"
    inputs.mkdir()
    seeds = sorted((REPO / "seeds").glob("*.txt"))
    for k in range(400):
        seed = seeds[k % len(seeds)]
        (inputs / f"{k:03d}-{seed.name}").write_text(seed.read_text(encoding="utf-8") + f"\nPage {k}.\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env.update(PYTHONPATH=str(REPO), PREFECT_HOME=str(tmp_path / "prefect-home"))
    cli = subprocess.Popen([sys.executable, "-m", "flows.cli", "run", str(inputs), "--out", str(tmp_path / "out"),
                            "--runner", "process", "--workers", "2"], cwd=REPO, env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True, start_new_session=True,
                           preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # a terminal's job
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and cli.poll() is None:  # until both workers clean
            workers = [p for p in psutil.Process(cli.pid).children() if "multiprocessing" in " ".join(p.cmdline())]
            if len(workers) >= 2:
                break
            time.sleep(0.2)
        assert cli.poll() is None, "the run ended before it could be signalled"
        time.sleep(1.0)
        send(cli.pid)
        _, err = cli.communicate(timeout=60)
    finally:
        if cli.poll() is None:
            os.killpg(cli.pid, signal.SIGKILL)
    return cli.returncode, err


def test_ctrl_c_on_the_terminal_during_a_process_pool_run_ends_it_in_one_line(tmp_path: Path) -> None:
    """Ctrl-C on a terminal signals the whole process group: the pool's workers too. They once crashed
    their tasks with pages of tracebacks, then ran queued tasks against the stopped server while the CLI
    waited for them at exit, forever."""
    import os
    import signal

    status, err = _signal_a_process_pool_run_mid_way(tmp_path, lambda pid: os.killpg(pid, signal.SIGINT))
    assert status == 130, err
    assert "interrupted" in err and "Traceback" not in err, err


def test_html_libraries_log_lines_stay_out_of_a_run_but_for_verbose(tmp_path: Path, capfd) -> None:
    import logging

    from flows.cli import main
    from flows.process_env import QUIETED_LIBRARIES

    page = tmp_path / "in" / "deep.html"
    page.parent.mkdir()
    prose = "The council met on Monday to discuss the new bridge over the river. " * 20
    page.write_text("<html><body>" + "<div>" * 20_000 + f"<p>{prose}</p>" + "</div>" * 20_000 + "</body></html>")
    (page.parent / "empty.html").write_text("<html><body></body></html>")  # lxml/trafilatura log ERROR lines
    (page.parent / "plain.html.gz").write_bytes(gzip.compress(prose.encode()))  # text, no markup
    levels = {name: logging.getLogger(name).level for name in QUIETED_LIBRARIES}
    try:
        for k, verbose in enumerate(([], ["-v"])):
            for name in levels:  # as in a new process (an earlier run in this one may have raised them)
                logging.getLogger(name).setLevel(logging.NOTSET)
            assert main(["run", str(page.parent), "--out", str(tmp_path / f"out{k}"), "--runner", "thread",
                         *verbose]) == 0
            out, err = capfd.readouterr()
            if not verbose:
                assert "discarding data" not in out + err  # trafilatura's, on a page nested too deep
                assert "ERROR" not in out + err and "Document is empty" not in out + err, out + err
            # (whether the process's logging prints them with -v depends on its handlers: the levels say it)
            assert {logging.getLogger(name).level for name in levels} == \
                {logging.NOTSET if verbose else logging.CRITICAL}
    finally:
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


def test_serve_checks_its_inputs_and_its_api_server_before_serving(tmp_path: Path, capsys) -> None:
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.cli import main

    assert main(["serve", str(tmp_path / "nope"), "--out", str(tmp_path / "out")]) == 2
    assert "no such input" in capsys.readouterr().err
    with temporary_settings(restore_defaults={PREFECT_API_URL}):  # no server configured
        assert main(["serve", str(tmp_path), "--out", str(tmp_path / "out")]) == 2
    assert "needs a Prefect API server" in capsys.readouterr().err


def test_serve_refuses_in_one_line_what_prefect_would_fail_on_later(tmp_path: Path, seeds_dir: Path, capsys,
                                                                    monkeypatch) -> None:
    """Found by a new-user pass: a bad --cron was a pydantic traceback, an unreachable server two httpx
    tracebacks, and an output of another layout a LayoutChanged traceback at every tick."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    import flows.flow
    from flows.cli import main

    served: list = []
    monkeypatch.setattr(flows.flow.newsclean_incremental, "serve", lambda **kw: served.append(kw))
    out = tmp_path / "out"
    assert main(["serve", str(seeds_dir), "--out", str(out), "--cron", "every 5 min"]) == 2
    assert "--cron 'every 5 min' is not a cron expression" in capsys.readouterr().err
    with temporary_settings({PREFECT_API_URL: "http://127.0.0.1:9/api"}):  # nothing listens on port 9
        assert main(["serve", str(seeds_dir), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "cannot reach the Prefect API server at http://127.0.0.1:9/api" in err and "Traceback" not in err
    assert main(["run", str(seeds_dir), "--out", str(out), "--partition-by", "language"]) == 0
    capsys.readouterr()
    assert main(["serve", str(seeds_dir), "--out", str(out)]) == 2  # default layout: crawl_date,language
    assert "is partitioned by language, not crawl_date,language" in capsys.readouterr().err
    assert not served
    assert main(["serve", str(seeds_dir), "--out", str(out), "--partition-by", "language"]) == 0
    assert len(served) == 1


def test_serve_hands_the_row_options_to_its_flow_and_the_flow_applies_them(tmp_path: Path, seeds_dir: Path,
                                                                             monkeypatch) -> None:
    """Found by a new-user pass: serve had no --partition-by, --drop-duplicates, --doc-timeout or
    --jsonl-field, so served data could not match a customised run."""
    import json as json_

    import pyarrow.dataset as ds

    import flows.flow
    from flows.cli import main

    served: dict = {}
    monkeypatch.setattr(flows.flow.newsclean_incremental, "serve", lambda **kw: served.update(kw))
    # serve() is stubbed: the test harness's server answers serve's health check, nothing is served
    assert main(["serve", str(seeds_dir), "--out", str(tmp_path / "out"), "--partition-by", "language",
                 "--drop-duplicates", "--doc-timeout", "0", "--jsonl-field", "text=body"]) == 0
    params = served["parameters"]
    assert (params["partition_by"], params["drop_duplicates"], params["doc_timeout"], params["jsonl_fields"]) == \
        (["language"], True, None, [["text", "body"]])
    json_.dumps(params)  # a deployment's parameters are JSON
    feed = tmp_path / "in" / "feed.jsonl"
    feed.parent.mkdir()
    page = next(seeds_dir.glob("*.txt")).read_text(encoding="utf-8")
    feed.write_text(json_.dumps({"url": "https://ex.com/a", "body": page}) + "\n")
    params = {**params, "inputs": [str(feed)], "out": str(tmp_path / "out")}
    assert flows.flow.newsclean_incremental(**params)["articles"] == 1
    assert [p.name for p in (tmp_path / "out" / "articles").iterdir()] == ["language=en"]
    assert ds.dataset(tmp_path / "out" / "articles", partitioning="hive").count_rows() == 1


def test_sigterm_ends_a_run_in_one_line_as_ctrl_c_does(tmp_path: Path) -> None:
    """Found by a new-user pass: SIGTERM (a scheduler stopping a job) ended a process-pool run with
    status -15, or now and then with Prefect's traceback and "run failed"."""
    import os
    import signal

    # the CLI alone, as `kill PID` or a scheduler's stop does
    status, err = _signal_a_process_pool_run_mid_way(tmp_path, lambda pid: os.kill(pid, signal.SIGTERM))
    assert status == 143, err
    assert "terminated" in err and "Traceback" not in err and "run failed" not in err, err
    assert not (tmp_path / "out" / "current").exists()  # nothing committed: a first run ends whole or not at all
