"""End-to-end: the CLI and the Prefect flow on small inputs written for each case."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import polars as pl
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from flows.cli import main
from flows.flow import newsclean_incremental
from schemas import SCHEMA_VERSION, SCHEMA_VERSION_KEY

ARTICLE = (
    "{title}\n"
    "By Jane Roe\n"
    "SEOUL (Yonhap) -- {lead} announced a new plan for the harbour district on Monday, officials said.\n"
    "The plan covers housing, transport and two new parks along the waterfront, according to the city.\n"
    "Residents will be able to comment on the proposal until the end of next month, the city added.\n"
    "Share on Facebook\n"
    "© 2024 Example News. All rights reserved.\n"
)


def write_article(path: Path, title: str, lead: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(ARTICLE.format(title=title, lead=lead), encoding="utf-8")
    return path


def rows(out: Path, sub: str = "articles") -> list[dict]:
    root = out / sub
    if not any(root.rglob("*.parquet")):
        return []
    return ds.dataset(root, format="parquet", partitioning="hive").to_table().to_pylist()


def _rel(row: dict, root: Path) -> str:
    """A row's source path (the file's real absolute path) relative to ``root``."""
    return Path(row["source_path"]).relative_to(root.resolve()).as_posix()


def parquet_bytes(out: Path) -> dict[str, bytes]:
    base = (out / "current").resolve()
    return {p.relative_to(base).as_posix(): p.read_bytes()
            for p in sorted(base.rglob("*.parquet")) if "_state" not in p.parts}


def test_run_on_seeds_writes_one_article_per_seed(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["run", str(seeds_dir), "--out", str(out)]) == 0
    got = rows(out)
    assert sorted(r["source_path"] for r in got) == sorted(str(p.resolve()) for p in seeds_dir.glob("*.txt"))
    assert all(r["schema_version"] == SCHEMA_VERSION for r in got)
    assert rows(out, "_rejects") == []
    # the schema version is in every file's metadata; the run manifest records the run facts
    for f in (out / "articles").rglob("*.parquet"):
        assert pq.read_schema(f).metadata[SCHEMA_VERSION_KEY] == SCHEMA_VERSION.encode()
    manifests = list((out / "_runs").glob("*.json"))
    assert len(manifests) == 1
    manifest = json.loads(manifests[0].read_text())
    assert manifest["summary"]["articles"] == 5 and manifest["language_backend"] == "fasttext"


def test_downstream_readers_prune_partitions(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["run", str(seeds_dir), "--out", str(out), "--crawl-date", "2024-05-03"]) == 0
    glob = str(out / "articles" / "**" / "*.parquet")
    n = duckdb.sql(f"SELECT count(*) FROM read_parquet('{glob}', hive_partitioning=true) "
                   "WHERE crawl_date = '2024-05-03' AND language = 'en'").fetchall()[0][0]
    assert n == 5
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{glob}', hive_partitioning=true) "
                      "WHERE crawl_date = '2024-05-04'").fetchall()[0][0] == 0
    df = pl.scan_parquet(glob, hive_partitioning=True).filter(pl.col("language") == "en").collect()
    assert df.height == 5 and "Kim Yoo-chul" in df["authors"].explode().to_list()
    table = ds.dataset(out / "articles", format="parquet", partitioning="hive").to_table(
        filter=ds.field("language") == "xx")
    assert table.num_rows == 0


def test_same_inputs_give_byte_identical_files(seeds_dir: Path, tmp_path: Path) -> None:
    assert main(["run", str(seeds_dir), "--out", str(tmp_path / "a")]) == 0
    assert main(["run", str(seeds_dir), "--out", str(tmp_path / "b")]) == 0
    a, b = parquet_bytes(tmp_path / "a"), parquet_bytes(tmp_path / "b")
    assert a and a == b


def test_rerun_is_idempotent(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["run", str(seeds_dir), "--out", str(out)]) == 0
    first = parquet_bytes(out)
    assert main(["run", str(seeds_dir), "--out", str(out)]) == 0  # incremental: nothing new
    assert parquet_bytes(out) == first
    assert main(["run", str(seeds_dir), "--out", str(out), "--force"]) == 0  # re-process: same files replaced
    assert parquet_bytes(out) == first
    assert len(rows(out)) == 5


def test_changed_input_replaces_its_rows(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_article(raw / "a.txt", "City unveils harbour plan", "The mayor")
    write_article(raw / "b.txt", "Council debates harbour plan", "The council")
    assert main(["run", str(raw), "--out", str(out)]) == 0
    write_article(raw / "a.txt", "City revises harbour plan", "The mayor")  # same path, new content
    assert main(["run", str(raw), "--out", str(out)]) == 0
    got = {Path(r["source_path"]).name: r["headline"] for r in rows(out)}
    assert len(rows(out)) == 2
    assert got == {"a.txt": "City revises harbour plan", "b.txt": "Council debates harbour plan"}


def test_forcing_a_subset_does_not_duplicate_rows(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_article(raw / "a.txt", "City unveils harbour plan", "The mayor")
    write_article(raw / "b.txt", "Council debates harbour plan", "The council")
    assert main(["run", str(raw), "--out", str(out)]) == 0
    before = sorted(rows(out), key=lambda r: r["source_path"])
    assert main(["run", str(raw / "a.txt"), "--out", str(out), "--force"]) == 0  # a shard of its own
    after = sorted(rows(out), key=lambda r: r["source_path"])
    assert [{k: v for k, v in a.items() if a[k] != b[k]} for a, b in zip(after, before)] == [{}, {}]
    assert after == before


def test_backfill_replaces_exactly_the_dates_in_range(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_article(raw / "2024-05-01" / "a.txt", "City unveils harbour plan", "The mayor")
    write_article(raw / "2024-05-02" / "b.txt", "Council debates harbour plan", "The council")
    write_article(raw / "2024-05-03" / "c.txt", "Residents weigh in on harbour plan", "A residents group")
    assert main(["run", str(raw), "--out", str(out)]) == 0
    before = {_rel(r, raw): r for r in rows(out)}
    assert set(before) == {"2024-05-01/a.txt", "2024-05-02/b.txt", "2024-05-03/c.txt"}

    # The crawl of 05-02 is redone: one page changed, one page added.
    write_article(raw / "2024-05-02" / "b.txt", "Council approves harbour plan", "The council")
    write_article(raw / "2024-05-02" / "d.txt", "Opposition criticises harbour plan", "The opposition")
    assert main(["backfill", str(raw), "--since", "2024-05-02", "--until", "2024-05-02", "--out", str(out)]) == 0
    after = {_rel(r, raw): r for r in rows(out)}
    assert set(after) == {"2024-05-01/a.txt", "2024-05-02/b.txt", "2024-05-02/d.txt", "2024-05-03/c.txt"}
    assert after["2024-05-02/b.txt"]["headline"] == "Council approves harbour plan"
    for kept in ("2024-05-01/a.txt", "2024-05-03/c.txt"):
        assert after[kept] == before[kept]
    assert len(rows(out)) == 4  # no duplicate rows from the old b.txt

    # Backfilling the same range again changes nothing.
    snapshot = parquet_bytes(out)
    assert main(["backfill", str(raw), "--since", "2024-05-02", "--until", "2024-05-02", "--out", str(out)]) == 0
    assert parquet_bytes(out) == snapshot


def test_incremental_flow_processes_only_new_inputs(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_article(raw / "one.txt", "City unveils harbour plan", "The mayor")
    first = newsclean_incremental(inputs=[str(raw)], out=str(out))
    assert first["inputs_processed"] == 1 and first["articles"] == 1

    write_article(raw / "two.txt", "Council debates harbour plan", "The council")
    second = newsclean_incremental(inputs=[str(raw)], out=str(out))
    assert second["inputs_skipped"] == 1 and second["inputs_processed"] == 1
    assert sorted(r["source_path"] for r in rows(out)) == [str((raw / n).resolve()) for n in ("one.txt", "two.txt")]

    third = newsclean_incremental(inputs=[str(raw)], out=str(out))  # a tick with nothing new
    assert third["inputs_processed"] == 0
    assert len(rows(out)) == 2


def test_every_input_is_an_article_or_a_reject(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_article(raw / "good.txt", "City unveils harbour plan", "The mayor")
    (raw / "empty.txt").write_text("")
    (raw / "menu.txt").write_text("Home\nNews\nSports\nContact\n")
    (raw / "feed.jsonl").write_text(
        json.dumps({"url": "https://example.com/a", "fetched_at": "2024-05-03T10:00:00Z",
                    "text": ARTICLE.format(title="Port reopens after storm", lead="The port authority")})
        + "\nnot json\n")
    assert main(["run", str(raw), "--out", str(out)]) == 0
    arts, rejs = rows(out), rows(out, "_rejects")
    assert len(arts) + len(rejs) == 5  # 3 files + 2 JSONL lines
    assert {r["reason"] for r in rejs} == {"empty", "no_article", "malformed"}
    jsonl_article = next(r for r in arts if r["source_path"].endswith("/feed.jsonl"))
    assert jsonl_article["url"] == "https://example.com/a" and jsonl_article["source_record"] == "line:1"
    assert str(jsonl_article["crawl_date"]) == "2024-05-03"


def test_partition_by_is_configurable(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["run", str(seeds_dir), "--out", str(out), "--partition-by", "language"]) == 0
    dirs = {p.name for p in (out / "articles").iterdir()}
    assert dirs == {"language=en"}


def test_bad_partition_column_is_a_usage_error(seeds_dir: Path, tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exc:  # argparse's usage error: status 2, before anything starts
        main(["run", str(seeds_dir), "--out", str(tmp_path / "x"), "--partition-by", "body"])
    assert exc.value.code == 2
    assert "cannot partition by body" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


@pytest.mark.parametrize(("option", "said"), [
    (["--partition-by", ""], "cannot partition by no column"),  # would write no file, and mark the inputs done
    (["--partition-by", "crawl_date,crawl_date"], "named twice"),
    (["--partition-by", "lines_removed"], "choose among article_id"),  # a struct: no directory name
    (["--runner", "dask", "--address", "notanaddress"], "not a scheduler address with a port"),
])
def test_partition_and_scheduler_options_that_cannot_work_are_usage_errors(seeds_dir: Path, tmp_path: Path, capsys,
                                                                            option: list[str], said: str) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["run", str(seeds_dir), "--out", str(tmp_path / "x"), *option])
    assert exc.value.code == 2 and said in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


def test_a_scheduler_address_without_the_dask_runner_is_refused(seeds_dir: Path, tmp_path: Path, capsys) -> None:
    assert main(["run", str(seeds_dir), "--out", str(tmp_path / "x"), "--address", "tcp://127.0.0.1:8786"]) == 2
    assert "needs --runner dask" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


def test_a_scheduler_address_nothing_answers_at_is_one_line_before_the_run(seeds_dir: Path, tmp_path: Path,
                                                                          capsys) -> None:
    """Found by a new-user pass: 30 s of Dask's retries, then 68 lines and two tracebacks."""
    import socket

    with socket.socket() as sock:  # a port nothing listens on: bound, never listening
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        assert main(["run", str(seeds_dir), "--out", str(tmp_path / "x"), "--runner", "dask",
                     "--address", f"tcp://127.0.0.1:{port}"]) == 1
    err = capsys.readouterr().err
    assert f"no Dask scheduler answers at tcp://127.0.0.1:{port}" in err and "Traceback" not in err
    assert not (tmp_path / "x").exists()


def test_the_cli_lists_the_inputs_once(seeds_dir: Path, tmp_path: Path, monkeypatch) -> None:
    import flows.sources.discovery

    walked: list[str] = []
    walk = flows.sources.discovery._walk
    monkeypatch.setattr(flows.sources.discovery, "_walk", lambda root, *rest: walked.append(root) or walk(root, *rest))
    assert main(["run", str(seeds_dir), "--out", str(tmp_path / "out")]) == 0
    assert walked == [str(seeds_dir)]  # for the progress bar; the flow takes that list
    assert len(rows(tmp_path / "out")) == 5
    assert main(["run", str(seeds_dir), "--out", str(tmp_path / "out")]) == 0  # a second run lists again
    assert walked == [str(seeds_dir)] * 2


def test_missing_input_is_a_clear_error(tmp_path: Path, capsys) -> None:
    assert main(["run", str(tmp_path / "nope"), "--out", str(tmp_path / "out")]) == 2
    assert "input not found" in capsys.readouterr().err


def test_inspect_names_the_rule_for_each_dropped_line(seeds_dir: Path, capsys) -> None:
    seed = next(p for p in sorted(seeds_dir.glob("*.txt")) if p.name.startswith("003"))
    assert main(["inspect", str(seed)]) == 0
    out = capsys.readouterr().out
    assert "share" in out and "headline" in out and "Kim Yoo-chul" in out


def test_output_dir_with_foreign_articles_dir_is_refused(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "articles").mkdir(parents=True)
    assert main(["run", str(seeds_dir), "--out", str(out)]) == 1
    assert not (out / "current").exists()


def _latest_artifact(key: str) -> dict:
    import asyncio

    from prefect.client.orchestration import get_client

    async def read() -> dict:
        # A raw filter request: prefect 3.8's own read_artifacts sends nulls this server version rejects.
        async with get_client() as client:
            response = await client._client.post(
                "/artifacts/filter",
                json={"artifacts": {"key": {"any_": [key]}}, "sort": "CREATED_DESC", "limit": 1, "offset": 0})
            response.raise_for_status()
            return response.json()[0]

    return asyncio.run(read())


def test_run_publishes_its_summary_as_a_prefect_artifact(seeds_dir: Path, tmp_path: Path) -> None:
    assert main(["run", str(seeds_dir), "--out", str(tmp_path / "out")]) == 0
    run_id = json.loads(next((tmp_path / "out" / "_runs").glob("*.json")).read_text())["run_id"]
    artifact = _latest_artifact("newsclean-run-summary")
    assert run_id in artifact["data"]
    assert "| articles written | 5 |" in artifact["data"]



class _Result(dict):
    """A task result that can be watched with a weak reference."""


class _CyclicFuture:
    """Stands in for a Prefect future whose task-run engine and result reference each other."""

    def __init__(self, i: int) -> None:
        self.value = _Result(shard=i, engine=self)

    def result(self) -> _Result:
        return self.value


class _Task:
    @staticmethod
    def submit(i: int) -> _CyclicFuture:
        return _CyclicFuture(i)


def test_results_not_kept_are_freed_as_the_pass_goes() -> None:
    # Pass 1's per-shard line counts are large, and Prefect's engine holds each result in a reference
    # cycle: "not kept" must mean "freed now", not at Python's next full collection.
    import gc
    import weakref

    from flows.flow import _submit_bounded

    alive: list[weakref.ref] = []
    still_alive: list[int] = []  # at each result: how many earlier ones are still in memory

    def on_done(result: _Result) -> None:
        still_alive.append(sum(ref() is not None for ref in alive))
        alive.append(weakref.ref(result))

    gc.disable()  # only the pass's own collections may free the results
    try:
        _submit_bounded(_Task, list(range(6)), lambda i: (i,), on_done=on_done, keep_results=False, limit=2)
        kept = _submit_bounded(_Task, [7], lambda i: (i,), limit=2)
    finally:
        gc.enable()
    assert still_alive == [0] * 6
    assert all(ref() is None for ref in alive)
    assert kept[0]["shard"] == 7  # kept results are returned


def test_another_partition_layout_on_an_existing_output_is_refused(seeds_dir: Path, tmp_path: Path, capsys) -> None:
    """Found by a new-user pass: a rerun with another --partition-by mixed two layouts, and duckdb, polars
    and pandas could no longer read the dataset."""
    from flows.flow import LayoutChanged, check_layout
    from flows.store import OutputDir

    out = tmp_path / "out"
    assert main(["run", str(seeds_dir), "--out", str(out)]) == 0
    capsys.readouterr()
    assert main(["run", str(seeds_dir), "--out", str(out), "--partition-by", "crawl_date", "--force"]) == 2
    assert "is partitioned by crawl_date,language, not crawl_date" in capsys.readouterr().err
    assert {p.name.split("=")[0] for p in (out / "articles").iterdir()} == {"crawl_date"}
    assert {p.name.split("=")[0] for p in next((out / "articles").iterdir()).iterdir()} == {"language"}
    with pytest.raises(LayoutChanged):  # the flows (serve, incremental) refuse it too
        check_layout(OutputDir(out), ("language",))
    check_layout(OutputDir(out), ("crawl_date", "language"))
    check_layout(OutputDir(tmp_path / "new"), ("language",))  # a new output takes any layout


def test_a_rerun_with_other_row_options_says_the_inputs_it_skips_keep_their_rows(seeds_dir: Path, tmp_path: Path,
                                                                                  capsys) -> None:
    """Found by a new-user pass: --articles-only (or --drop-duplicates...) on a rerun silently left the
    rows of the inputs processed before as they were."""
    out = tmp_path / "out"
    assert main(["run", str(seeds_dir), "--out", str(out)]) == 0
    capsys.readouterr()
    assert main(["run", str(seeds_dir), "--out", str(out), "--articles-only", "--drop-duplicates"]) == 0
    said = " ".join(capsys.readouterr().err.split())
    assert "5 inputs processed before keep the rows their earlier options made (this run changes " \
           "--articles-only, --drop-duplicates); --force processes them again" in said
    assert main(["run", str(seeds_dir), "--out", str(out), "--articles-only", "--drop-duplicates"]) == 0
    assert "processed before keep" not in capsys.readouterr().err  # same options as the run before


def test_an_input_excluded_on_a_rerun_keeps_its_rows(seeds_dir: Path, tmp_path: Path) -> None:
    """Found by a new-user pass: a rerun with --exclude replaced an input's article with a skipped row."""
    import pyarrow.dataset as ds

    out = tmp_path / "out"
    assert main(["run", str(seeds_dir), "--out", str(out)]) == 0
    assert main(["run", str(seeds_dir), "--out", str(out), "--exclude", "000*"]) == 0
    names = sorted(Path(p).name for p in
                   ds.dataset(out / "articles", partitioning="hive").to_table(columns=["source_path"]).column(0).to_pylist())
    assert len(names) == 5 and names[0].startswith("000")
    rejects = out / "_rejects"
    assert not rejects.exists() or not ds.dataset(rejects, partitioning="hive").count_rows()
    fresh = tmp_path / "fresh"  # never read before: the excluded file is one skipped row, as always
    assert main(["run", str(seeds_dir), "--out", str(fresh), "--exclude", "000*"]) == 0
    skipped = ds.dataset(fresh / "_rejects", partitioning="hive").to_table(columns=["reason"]).column(0).to_pylist()
    assert skipped == ["skipped"]


def _rows_by_name(out: Path, table: str) -> dict[str, str]:
    path = out / table
    if not path.exists() or not any(path.rglob("*.parquet")):
        return {}
    rows = ds.dataset(path, partitioning="hive").to_table(
        columns=["source_path", "reason"] if table == "_rejects" else ["source_path"]).to_pylist()
    return {Path(r["source_path"]).name: r.get("reason", "article") for r in rows}


def test_a_skipped_entry_the_next_listing_no_longer_gives_loses_its_row(seeds_dir: Path, tmp_path: Path) -> None:
    """Found by a new-user pass: a 'broken symlink' row (or a 'directory cannot be listed' one) stayed
    after the link resolved and its file had an article; a skipped file since removed kept its row too.
    A page that was read and since removed keeps its article, as before."""
    pages = sorted(seeds_dir.glob("*.txt"))
    inputs = tmp_path / "in"
    (inputs / "store").mkdir(parents=True)
    (inputs / pages[0].name).write_text(pages[0].read_text(encoding="utf-8"), encoding="utf-8")
    (inputs / "gone.txt").write_text(pages[2].read_text(encoding="utf-8"), encoding="utf-8")
    (inputs / "link.txt").symlink_to("store/later.txt")  # broken for now
    (inputs / "notes.md").write_text("# notes\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(inputs), "--out", str(out)]) == 0
    assert _rows_by_name(out, "_rejects") == {"link.txt": "skipped", "notes.md": "skipped"}

    (inputs / "store" / "later.txt").write_text(pages[1].read_text(encoding="utf-8"), encoding="utf-8")
    (inputs / "notes.md").unlink()
    (inputs / "gone.txt").unlink()
    assert main(["run", str(inputs), "--out", str(out)]) == 0
    assert _rows_by_name(out, "_rejects") == {}
    assert sorted(_rows_by_name(out, "articles")) == sorted([pages[0].name, "gone.txt", "later.txt"])
    # another input directory's run leaves this one's skipped rows alone
    (inputs / "notes.md").write_text("# notes\n", encoding="utf-8")
    assert main(["run", str(inputs), "--out", str(out)]) == 0
    other = tmp_path / "other"
    other.mkdir()
    (other / pages[3].name).write_text(pages[3].read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["run", str(other), "--out", str(out)]) == 0
    assert _rows_by_name(out, "_rejects") == {"notes.md": "skipped"}


def test_stale_skips_are_the_skipped_and_unlistable_entries_under_the_roots_a_walk_no_longer_gives() -> None:
    import pyarrow as pa

    from flows import state as state_mod

    rows = [("/in", "skip:read_error: directory cannot be listed: Permission denied"),
            ("/in/locked", "skip:read_error: directory cannot be listed: Permission denied"),
            ("/in/a.txt", "ab12"), ("/in/gone.txt", "cd34"),  # read: a removed page keeps its rows
            ("/in/link.txt", "skip:skipped: broken symlink"), ("/in/keep.md", "skip:skipped: not a page"),
            ("/inner/x.md", "skip:skipped: not a page")]  # another root that shares the prefix
    table = pa.Table.from_pylist([{"source_path": p, "sha256": h, "articles": 0, "rejects": 1, "run_id": "r",
                                   "parts": None, "legacy_path": None} for p, h in rows], schema=state_mod.INPUTS_SCHEMA)
    listed = pa.array(["/in/a.txt", "/in/keep.md", "/in/locked/b.txt"])
    assert state_mod.stale_skips(table, ["/in"], listed).to_pylist() == ["/in", "/in/locked", "/in/link.txt"]
    assert state_mod.stale_skips(table, [], listed).to_pylist() == []
