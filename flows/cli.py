"""newsclean: clean raw scraped news pages into parquet article records (run, backfill, serve, compact, inspect).

Exit status: 0 only when every input became an Article or a Reject row and the commit succeeded;
1 when the run failed (nothing committed); 2 for usage errors.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import logging
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

from flows.process_env import LIBRARY_LOG_LEVEL

DESCRIPTION = ("Clean raw scraped news pages (text, HTML, JSONL, WARC; plain or gzipped) into parquet article "
               "records. Commands: run, backfill, serve, compact, inspect, train.")


def _command_environment(verbose: bool) -> dict[str, str]:
    """Settings of Prefect and Dask for one command, unless the environment sets them otherwise:
    read when they are imported, and by the processes the command starts."""
    env = {"PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           # Arrow's C++ code (the parquet reader's buffers) allocates from the system allocator, as
           # pyarrow does in a run (flows.flow.arrow_system_allocator): mimalloc kept ~50 MiB of freed
           # pages after clustering 100k articles' keys. Read when pyarrow loads, after this.
           "ARROW_DEFAULT_MEMORY_POOL": "system"}
    if not verbose:
        # Prefect logs every task run at INFO; on the terminal the progress bar and summary say more.
        env["PREFECT_LOGGING_LEVEL"] = "WARNING"
        # a local Dask cluster logs ~35 INFO lines (scheduler, nannies, workers: they read this too)
        env["DASK_LOGGING__DISTRIBUTED"] = "warning"
        # their ERROR lines too ("Document is empty", "parsed tree length: 0"): each such page is a row
        # (its reject reason, or its text read another way); -v shows them
        env[LIBRARY_LOG_LEVEL] = "CRITICAL"  # (flows.process_env.quiet_libraries)
    return env


def _console(stderr: bool = False):
    """A console that never hard-wraps (off a terminal rich wraps at 80 columns: logs break lines)."""
    from rich.console import Console

    return Console(stderr=stderr, soft_wrap=True, highlight=False)


def _say(console, label: str, message: object, style: str = "red") -> None:
    """``label message`` on one line; ``message`` (paths, page text, exceptions) is never read as markup."""
    from rich.text import Text

    console.print(Text.assemble((label, style), " ", str(message)))


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from exc


#: From this many input files ``--runner auto`` cleans in a process pool. Measured on meta-dev pages (2 cores,
#: threads vs processes, two runs each): 91 files 7.5 vs 7.8 s, 150 files 10.7 vs 10.5 s, 250 files 14.7 vs
#: 12.4 s, 500 files 22.0 vs 16.7 s: the pool's start-up (seconds) pays off from about 150 files.
AUTO_PROCESS_FILES = 200


def auto_runner(files: int, cpus: int) -> str:
    """The task runner ``--runner auto`` means: cleaning is CPU-bound Python, so threads share one core;
    worker processes cost seconds to start, which pays off on runs of :data:`AUTO_PROCESS_FILES` files.

    >>> auto_runner(5, 2), auto_runner(500, 2), auto_runner(500, 1)
    ('thread', 'process', 'thread')
    """
    return "process" if files >= AUTO_PROCESS_FILES and cpus > 1 else "thread"


def _task_runner(args: argparse.Namespace):
    if args.runner == "thread":
        if not args.workers:
            return None  # the flow's own pool: one thread per core
        from prefect.task_runners import ThreadPoolTaskRunner

        return ThreadPoolTaskRunner(max_workers=args.workers)
    if args.runner == "process":
        from flows.runners import PrewarmedProcessPoolTaskRunner

        return PrewarmedProcessPoolTaskRunner(max_workers=args.workers or os.cpu_count(),
                                              language_backend=args.language_backend)
    from prefect_dask import DaskTaskRunner

    if not args.verbose:  # distributed set its own level when imported (DASK_LOGGING__DISTRIBUTED if set first)
        logging.getLogger("distributed").setLevel(logging.WARNING)
    if args.address:
        return DaskTaskRunner(address=args.address)
    return DaskTaskRunner(cluster_kwargs={"n_workers": args.workers or 2, "threads_per_worker": 1,
                                          "processes": True, "dashboard_address": None})


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, not {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {n}")
    return n


def _non_negative_float(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a number, not {value!r}") from None
    if not x >= 0:  # also NaN
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return x


LANGUAGE_HELP = "language identification: fasttext (default; its bundled lite model) or langdetect (seeded)"


def _add_selection(p: argparse.ArgumentParser) -> None:
    p.add_argument("--include", action="append", default=[], metavar="GLOB",
                   help="also read files under a directory input that match GLOB (hidden or non-page files, "
                        "e.g. '*.md'); a GLOB without '/' matches the file name (repeatable)")
    p.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                   help="leave out files that match GLOB; each becomes a 'skipped' reject row (repeatable)")


def _add_row_options(p: argparse.ArgumentParser) -> None:
    """The options that shape the rows, for run, backfill and serve alike."""
    p.add_argument("--language-backend", choices=("fasttext", "langdetect"), default="fasttext",
                   help=LANGUAGE_HELP)
    p.add_argument("--partition-by", type=partition_columns, default="crawl_date,language",
                   help="comma-separated partition columns (default: crawl_date,language)")
    p.add_argument("--jsonl-field", type=jsonl_field, action="append", metavar="KIND=NAME",
                   help="JSONL field holding the text, html, url, date or title of a record, looked up before "
                        "the default names (repeatable), e.g. --jsonl-field text=article_body")
    _add_selection(p)
    p.add_argument("--drop-duplicates", action="store_true", help="write duplicates as rejects, not articles")
    p.add_argument("--articles-only", action="store_true",
                   help="write pages of other kinds (listing, product, forum, documentation, service, collection) "
                        "as 'not_article' rejects instead of rows with their page_kind")
    p.add_argument("--doc-timeout", type=_non_negative_float, default=10.0,
                   help="seconds one document may take to clean; slower ones are rejected as timeout "
                        "(default: 10; 0: no limit)")


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", default="output", help="output directory (default: output/)")
    _add_row_options(p)
    p.add_argument("--crawl-date", type=_date, help="crawl date for inputs that carry none (YYYY-MM-DD)")
    p.add_argument("--shard-files", type=_positive_int,
                   help="input files per shard task (default: about 8 shards, 100 to 2000 files each)")
    p.add_argument("--runner", choices=("auto", "thread", "process", "dask"), default="auto",
                   help="Prefect task runner: auto (default: a process pool from 200 input files on a "
                        "multi-core machine, else threads), thread, process, or dask")
    p.add_argument("--workers", type=_positive_int, help="workers of the process pool or local Dask cluster")
    p.add_argument("--address", type=scheduler_address,
                   help="address of an existing Dask scheduler, e.g. tcp://HOST:8786 (with --runner dask)")
    p.add_argument("-v", "--verbose", action="store_true", help="show Prefect's logs")


def _version() -> str:
    """The installed package's version and its record schema's."""
    from importlib.metadata import PackageNotFoundError, version

    from schemas import SCHEMA_VERSION

    try:
        package = version("newsclean")
    except PackageNotFoundError:  # run from a checkout that is not installed
        package = "(not installed)"
    return f"{package} (schema {SCHEMA_VERSION})"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsclean", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", help="clean inputs (files, directories, globs) into --out")
    p.add_argument("inputs", nargs="+", help="files, directories or globs")
    p.add_argument("--force", action="store_true", help="re-process inputs already in the output")
    _add_common(p)

    p = sub.add_parser("backfill", help="re-process the crawl dates in a range, replacing their partitions")
    p.add_argument("raw_root", help="raw input root laid out as RAW_ROOT/YYYY-MM-DD/...")
    p.add_argument("--since", type=_date, required=True, help="first crawl date to re-process (YYYY-MM-DD)")
    p.add_argument("--until", type=_date, required=True, help="last crawl date to re-process (YYYY-MM-DD, inclusive)")
    _add_common(p)

    p = sub.add_parser("serve", help="serve the incremental flow as a Prefect deployment on a schedule")
    p.add_argument("inputs", nargs="+", help="files, directories or globs; each tick processes their new or "
                                             "changed files")
    p.add_argument("--out", default="output", help="output directory (default: output/)")
    p.add_argument("--cron", default="*/15 * * * *", help="cron schedule (default: every 15 minutes)")
    p.add_argument("--name", default="newsclean-incremental",
                   help="name of the Prefect deployment (default: newsclean-incremental)")
    _add_row_options(p)
    p.add_argument("-v", "--verbose", action="store_true", help="show Prefect's logs")

    p = sub.add_parser("compact", help="merge the small part files of each partition into larger files")
    p.add_argument("--out", default="output", help="output directory (default: output/)")
    p.add_argument("--target-rows", type=int, default=None,
                   help="rows per merged file; files under half of it are merged (default: 50000)")
    p.add_argument("--partition", action="append", metavar="KEY=VALUE",
                   help="only partitions with this key and value, e.g. crawl_date=2024-05-01 (repeatable: "
                        "values of one key are alternatives, different keys must all match)")
    p.add_argument("-v", "--verbose", action="store_true", help="show Prefect's logs")

    p = sub.add_parser("train", add_help=False,
                       help="rebuild the learned models (cleaners/models) from labelled pages, with site-grouped "
                            "cross-validation; `newsclean train --help` for its options")

    p = sub.add_parser("inspect", help="show each line of a file with keep/drop and the rule, then metadata")
    p.add_argument("file", help="one input file (text, HTML, JSONL or WARC, plain or .gz)")
    p.add_argument("--html", action="store_true", help="treat the file as HTML")
    p.add_argument("--jsonl-field", type=jsonl_field, action="append", metavar="KIND=NAME",
                   help="a JSONL field to read as text, html, url, title or date, as run takes it (repeatable)")
    p.add_argument("--crawl-date", type=_date, help="crawl date for a page that carries none (YYYY-MM-DD), as run takes it")
    p.add_argument("--language-backend", choices=("fasttext", "langdetect"), default="fasttext",
                   help=LANGUAGE_HELP)
    return parser


def partition_columns(value: str) -> tuple[str, ...]:
    """``--partition-by``: one or more comma-separated scalar columns of the article schema, each once
    (a usage error else: no column would write no file)."""
    import pyarrow as pa

    from schemas import ARTICLE_SCHEMA

    allowed = [f.name for f in ARTICLE_SCHEMA if not pa.types.is_nested(f.type) and f.name != "body"]
    cols = tuple(c.strip() for c in value.split(",") if c.strip())
    bad = [c for c in cols if c not in allowed]
    if bad or not cols:
        raise argparse.ArgumentTypeError(f"cannot partition by {', '.join(bad) or 'no column'}; choose among "
                                         + ", ".join(allowed))
    if len(set(cols)) < len(cols):
        raise argparse.ArgumentTypeError(f"a column is named twice in {value!r}")
    return cols


def _unreachable(address: str, timeout_s: float = 5.0) -> str | None:
    """Why nothing accepts a connection at a scheduler ``address`` (checked by ``scheduler_address``),
    or None: before the run, in one line, where Dask's client would retry for 30 s and print its
    tracebacks."""
    import socket
    from urllib.parse import urlsplit

    url = urlsplit(address if "://" in address else f"tcp://{address}")
    try:
        socket.create_connection((url.hostname, url.port), timeout=timeout_s).close()
    except OSError as exc:
        return exc.strerror or str(exc) or type(exc).__name__
    return None


def scheduler_address(value: str) -> str:
    """``--address``: a Dask scheduler's address with its port, ``tcp://HOST:PORT`` or ``HOST:PORT``."""
    from urllib.parse import urlsplit

    url = urlsplit(value if "://" in value else f"tcp://{value}")
    try:
        port = url.port
    except ValueError:
        port = None
    if not url.hostname or port is None:
        raise argparse.ArgumentTypeError(f"{value!r} is not a scheduler address with a port, e.g. tcp://HOST:8786")
    return value




def jsonl_field(value: str) -> tuple[str, str]:
    """``--jsonl-field KIND=NAME``: a JSONL record's field holding its text, html, url, date or title."""
    from flows.sources.readers.base import JSONL_FIELD_KINDS

    kind, sep, name = value.partition("=")
    if not sep or kind not in JSONL_FIELD_KINDS or not name:
        raise argparse.ArgumentTypeError(f"expected KIND=NAME with KIND one of {', '.join(JSONL_FIELD_KINDS)}, "
                                         f"e.g. text=article_body; got {value!r}")
    return kind, name


def read_config(fields: list[tuple[str, str]] | None):
    """The reader settings: the named JSONL fields are looked up before the default names."""
    from flows.sources import ReadConfig

    return ReadConfig().with_jsonl_fields(fields)


def _options(args: argparse.Namespace, mode: str):
    from flows.flow import RunOptions

    return RunOptions(out=args.out, mode=mode, since=getattr(args, "since", None), until=getattr(args, "until", None),
                      language_backend=args.language_backend, partition_cols=args.partition_by,
                      shard_files=args.shard_files, drop_duplicates=args.drop_duplicates, crawl_date=args.crawl_date,
                      articles_only=args.articles_only,
                      doc_timeout=args.doc_timeout or None, read=read_config(args.jsonl_field),
                      shards_in_flight=2 * (args.workers or os.cpu_count() or 2), select=_selection(args))


def _selection(args: argparse.Namespace):
    from flows.sources import Selection

    return Selection(tuple(args.include), tuple(args.exclude))


def _run_flow(inputs: list[str], opts, args: argparse.Namespace, server=None) -> int:
    from flows.flow import arrow_system_allocator

    with arrow_system_allocator():  # from the listing on: it lives as long as the run
        return _list_and_run(inputs, opts, args, server)


def _list_and_run(inputs: list[str], opts, args: argparse.Namespace, server=None) -> int:
    """List the inputs (for the progress bar), lock the output, start the workers, run the flow, print the summary."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.table import Table
    from rich.text import Text

    from flows import api_server
    from flows.flow import LayoutChanged, Listing, check_layout, newsclean_flow
    from flows.store import OutputDir, OutputLocked

    console = _console(stderr=True)
    try:
        listing = Listing.of(inputs, opts.out, opts.select)  # for the bar; handed over to the flow below
        total = len(listing.files)
    except OSError as exc:  # missing input, a directory that cannot be listed
        _say(console, "newsclean: error:", exc)
        return 2
    for spec in listing.empty:  # an empty or mistyped directory is not a silent table of zeros
        _say(console, "newsclean: warning:", f"no input files found under {spec}", "yellow")
    out = OutputDir(Path(opts.out))
    try:
        out.ensure()  # fail before any work if --out cannot be written
    except OSError as exc:
        _say(console, f"newsclean: error: cannot write to --out {opts.out}:", exc)
        return 1
    held = contextlib.ExitStack()
    try:  # before the flow: a locked output is one line, not a failed flow run and its traceback
        held.enter_context(out.lock(hand_over=True))
    except OutputLocked as exc:
        _say(console, "newsclean: error:", exc)
        return 1
    try:
        check_layout(out, opts.partition_cols)
    except LayoutChanged as exc:
        held.close()
        _say(console, "newsclean: error:", exc)
        return 2
    flow_fn = newsclean_flow
    if args.runner == "auto":
        args.runner = auto_runner(total, os.cpu_count() or 1)
    runner = _task_runner(args)
    if runner is not None:
        flow_fn = flow_fn.with_options(task_runner=runner)
    if hasattr(runner, "start_workers"):
        # Workers import the shard code while the Prefect server boots (flows/runners.py): as many
        # as there are cores besides the server's; more would only slow the server down.
        runner.start_workers((os.cpu_count() or 1) - 1, env=api_server.env_for_workers(server))
    elif args.runner == "thread" and total and server is not None:
        from flows.runners import warm_up

        # This process cleans: load the models while the server boots. With a server already up
        # (PREFECT_API_URL) there is nothing to overlap: the first document loads them.
        warm_up(opts.language_backend)
    progress = Progress(TextColumn("[bold]cleaning"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
                        TextColumn("{task.fields[documents]} documents"), TimeElapsedColumn(),
                        console=console, transient=True, disable=not console.is_terminal)
    try:
        with progress, _progress_bar(progress, out, total):
            with listing.handed_over(), api_server.using(server):
                summary = flow_fn(inputs, opts)
    except Exception as exc:  # noqa: BLE001 - the CLI reports, it does not dump tracebacks on users
        if _terminated_by(exc):
            raise Terminated() from None
        _say(console, "newsclean: run failed, nothing committed:", f"{type(exc).__name__}: {exc}")
        if args.verbose:
            console.print_exception()
        return 1
    finally:
        held.close()
        if hasattr(runner, "stop_workers"):
            runner.stop_workers()  # those the flow run did not take (it stops its own)
    table = Table(title=f"newsclean {args.command} {summary.run_id}", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    for label, value in summary.rows():
        table.add_row(Text(label), value)
    stdout = _console()
    stdout.print(table)
    stdout.print(Text(f"output: {Path(opts.out) / 'articles'}  (rejects: {Path(opts.out) / '_rejects'})"))
    for warning in summary.warnings:
        _say(console, "newsclean: warning:", warning, "yellow")
    return 0


@contextlib.contextmanager
def _progress_bar(progress, out, total: int) -> Iterator[None]:
    """The bar follows the files (and documents) the shards report as they go, not whole shards:
    they write their counts under ``OUT/_staging`` (flows.shards.ShardProgress), read here."""
    import threading

    from flows.shards import read_progress

    bar = progress.add_task("inputs", total=total, documents=0)
    if progress.disable:
        yield
        return
    done = threading.Event()

    def follow() -> None:
        while not done.wait(0.25):
            files, documents = read_progress(out.root / "_staging")
            progress.update(bar, completed=min(files, total), documents=documents)

    thread = threading.Thread(target=follow, name="newsclean-progress", daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()


INSPECT_PIPED_WIDTH = 400


def cmd_inspect(args: argparse.Namespace) -> int:
    from rich.table import Table
    from rich.text import Text

    from cleaners import CleanConfig, explain, why
    from flows.sources import InputFile, read_file
    from schemas import Article

    console = _console()
    if not console.is_terminal:  # piped (to grep, a file): a page's lines whole, not folded at 80 columns
        console.width = INSPECT_PIPED_WIDTH
    path = Path(args.file)
    if not path.is_file():
        said = "is a directory: inspect reads one file" if path.is_dir() else "no such file"
        _say(_console(stderr=True), "newsclean: error:", f"{path} {said}" if path.is_dir() else f"{said}: {path}")
        return 2
    f = InputFile(str(path.absolute()), path.name, path.stat().st_size, crawl_date=args.crawl_date)
    cfg = CleanConfig(language_backend=args.language_backend)
    # Page text, file names and rule details are shown as they are: Text, never Rich markup
    # (a line holding "[/button]" or "[bold]" is a line of the page).
    for doc in read_file(f, read_config(args.jsonl_field)):
        if not hasattr(doc, "text"):
            console.print(Text(f"REJECT {doc.reason}: {doc.detail}"
                               + (f" ({doc.source_record})" if doc.source_record else "")))
            continue
        if args.html:
            from dataclasses import replace

            doc = replace(doc, kind="html")
        result = explain(doc, cfg)
        table = Table(show_lines=False, title=Text(f"{doc.source_path} {doc.source_record or ''}".strip()))
        table.add_column("#", justify="right")
        table.add_column("verdict")
        table.add_column("why", overflow="fold")
        table.add_column("line", overflow="fold")
        for i, (line, v) in enumerate(zip(result.lines, result.verdicts)):
            style = "green" if v.keep else "dim"
            table.add_row(str(i + 1), "keep" if v.keep else "drop", Text(why(result, i)), Text(line), style=style)
        console.print(table)
        rec = result.record
        if isinstance(rec, Article):
            meta = Table(title="metadata", show_header=False)
            for name in ("headline", "headline_raw", "headline_markers", "authors", "byline_raw", "dateline_place",
                         "dateline_agency", "dateline_date", "dateline_raw", "published_at", "published_at_source",
                         "publisher", "url", "crawl_date", "language", "language_score", "page_kind", "word_count"):
                value = getattr(rec, name)  # a date as a reader prints it; strings quoted (None vs "")
                meta.add_row(name, Text(value.isoformat() if isinstance(value, dt.date) else repr(value)))
            console.print(meta)
        else:
            console.print(Text(f"REJECT {rec.reason}: {rec.detail}"))
    return 0


def cmd_compact(args: argparse.Namespace, server=None) -> int:
    """Merge small part files (flows.compact); print files before/after per dataset."""
    from rich.table import Table

    from flows import api_server, compact
    from flows.store import OutputDir, OutputLocked

    console = _console(stderr=True)
    try:  # usage errors before Prefect starts: exit 2
        if args.target_rows is not None and args.target_rows < 1:
            raise ValueError(f"--target-rows must be at least 1, not {args.target_rows}")
        version = compact.check_output_dir(Path(args.out))
        compact.check_filters(version, compact.parse_partition_filters(args.partition))
    except ValueError as exc:
        _say(console, "newsclean: error:", exc)
        return 2
    held = contextlib.ExitStack()
    try:  # before the flow: a locked output is one line, not a failed flow run and its traceback
        held.enter_context(OutputDir(Path(args.out)).lock(hand_over=True))
    except OutputLocked as exc:
        _say(console, "newsclean: error:", exc)
        return 1
    try:
        with held, api_server.using(server):
            summary = compact.newsclean_compact(args.out, args.target_rows or compact.TARGET_ROWS, args.partition)
    except Exception as exc:  # noqa: BLE001 - the CLI reports, it does not dump tracebacks on users
        _say(console, "newsclean: compaction failed, nothing committed:", f"{type(exc).__name__}: {exc}")
        if args.verbose:
            console.print_exception()
        return 1
    table = Table(title=f"newsclean compact {summary['run_id']}")
    for name in ("dataset", "partitions", "files before", "files after", "rows merged"):
        table.add_column(name, justify="left" if name == "dataset" else "right")
    for row in compact.summary_rows(summary):
        table.add_row(*row)
    _console().print(table)
    return 0


def _missing_inputs(inputs: list[str]) -> list[str]:
    """Inputs that are neither an existing path nor a glob pattern (as ``flows.sources.discover`` tells them)."""
    import glob

    return [i for i in inputs if not Path(i).exists() and not glob.has_magic(i)]


def cmd_serve(args: argparse.Namespace) -> int:
    from prefect.settings import get_current_settings

    from flows.flow import newsclean_incremental

    missing = _missing_inputs(args.inputs)
    if missing:
        print(f"newsclean: error: no such input: {', '.join(missing)}", file=sys.stderr)
        return 2
    if not get_current_settings().api.url:  # Prefect only warns, then serves nothing on a temporary server
        print("newsclean: error: serve needs a Prefect API server: start one (prefect server start) and set "
              "PREFECT_API_URL, e.g. http://127.0.0.1:4200/api", file=sys.stderr)
        return 2
    problem = _serve_problem(args, get_current_settings().api.url)
    if problem:
        print(f"newsclean: error: {problem}", file=sys.stderr)
        return 2
    inputs = [str(Path(i).absolute()) for i in args.inputs]
    # SIGTERM: Prefect's runner cancels a tick under way (its output stays as the last whole run left
    # it), pauses the schedule and returns, as on Ctrl-C
    newsclean_incremental.serve(
        name=args.name, cron=args.cron,
        parameters={"inputs": inputs, "out": str(Path(args.out).absolute()),
                    "language_backend": args.language_backend, "include": args.include,
                    "exclude": args.exclude, "articles_only": args.articles_only,
                    "partition_by": list(args.partition_by), "drop_duplicates": args.drop_duplicates,
                    "doc_timeout": args.doc_timeout or None,
                    "jsonl_fields": [list(pair) for pair in args.jsonl_field or ()]},
    )
    return 0


def _serve_problem(args: argparse.Namespace, api_url: str) -> str | None:
    """Why ``serve`` cannot start, in one line, checked before Prefect would say it in a traceback (a
    schedule it cannot parse, a server it cannot reach) or at every tick (an output of another layout)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.schedules import CronSchedule

    from flows.flow import LayoutChanged, check_layout
    from flows.store import OutputDir

    try:
        CronSchedule(cron=args.cron)
    except ValueError:
        return f"--cron {args.cron!r} is not a cron expression (five fields, e.g. '*/15 * * * *')"
    try:
        check_layout(OutputDir(Path(args.out)), args.partition_by)
    except LayoutChanged as exc:
        return str(exc)
    with get_client(sync_client=True) as client:
        failure = client.api_healthcheck()
    if failure is not None:
        return f"cannot reach the Prefect API server at {api_url}: {type(failure).__name__}: {failure}"
    return None


class Terminated(KeyboardInterrupt):
    """SIGTERM (a scheduler stopping the job, ``kill``): a run ends as on Ctrl-C, exit status 143."""


def _terminate(signum: int, frame: object) -> None:
    # Inside a flow run Prefect's own handler takes SIGTERM first: it records the crash, puts this
    # handler back and sends the signal again, so it lands here once the flow run has ended.
    raise Terminated()


def _terminated_by(exc: BaseException) -> bool:
    """Whether a run's failure is a SIGTERM that reached Prefect in the middle of its own work (its
    TerminationSignal then surfaces inside another error, e.g. one serializing the run's state)."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, Terminated) or type(exc).__name__ == "TerminationSignal" or "TerminationSignal" in str(exc):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def main(argv: list[str] | None = None) -> int:
    from flows.process_env import environment, hand_memory_back, quiet_libraries

    hand_memory_back()
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["train"]:  # its own options (argparse's REMAINDER would not take a leading --option)
        from flows.train import main as train_main

        return train_main(argv[1:])
    args = build_parser().parse_args(argv)
    verbose = getattr(args, "verbose", False)
    if not verbose:  # the CLI's process logs for its user
        # "Still processing items" while Prefect's events drain at exit: nothing a user can act on
        logging.getLogger("EventsWorker").setLevel(logging.ERROR)
    with environment(_command_environment(verbose), keep_set=True):
        quiet_libraries()
        return _command(args)


def _command(args: argparse.Namespace) -> int:
    if args.command == "inspect":
        return cmd_inspect(args)
    if args.command in ("run", "backfill", "compact", "serve") and Path(args.out).exists() \
            and not Path(args.out).is_dir():
        print(f"newsclean: error: --out {args.out} is a file, not a directory", file=sys.stderr)
        return 2
    if getattr(args, "address", None) and args.runner != "dask":
        print("newsclean: error: --address names a Dask scheduler: it needs --runner dask", file=sys.stderr)
        return 2
    if getattr(args, "address", None):
        problem = _unreachable(args.address)
        if problem:
            print(f"newsclean: error: no Dask scheduler answers at {args.address}: {problem}", file=sys.stderr)
            return 1
    if args.command == "serve":
        return cmd_serve(args)
    if args.command == "backfill":
        if args.since > args.until:
            print("newsclean: error: --since is after --until", file=sys.stderr)
            return 2
        if not Path(args.raw_root).is_dir():
            print(f"newsclean: error: no such directory: {args.raw_root}", file=sys.stderr)
            return 2
    # Before the heavy imports: the Prefect server boots on the other core while they run.
    from flows.api_server import EarlyServer

    previous = _on_sigterm(_terminate)
    server = EarlyServer.launch()
    try:
        if args.command == "compact":
            return cmd_compact(args, server)
        if args.command == "backfill":
            return _run_flow([args.raw_root], _options(args, "backfill"), args, server)
        return _run_flow(args.inputs, _options(args, "force" if args.force else "run"), args, server)
    except KeyboardInterrupt as exc:  # Ctrl-C: a run commits at once or not at all, so the output stays whole
        how, status = ("terminated", 143) if isinstance(exc, Terminated) else ("interrupted", 130)
        print(f"\nnewsclean: {how}; the output holds only whole runs (rerun to finish the job)", file=sys.stderr)
        return status
    finally:
        if server is not None:
            server.stop()
        _on_sigterm(previous)


def _on_sigterm(handler):
    """Install ``handler`` for SIGTERM and return the one it replaces (None off the main thread,
    where signals cannot be handled: nothing changes)."""
    try:
        return signal.signal(signal.SIGTERM, handler) if handler is not None else None
    except ValueError:
        return None


if __name__ == "__main__":
    sys.exit(main())
