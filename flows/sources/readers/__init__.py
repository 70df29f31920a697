"""Reading: the documents of one input file, streamed as RawDoc (or Reject), by the reader of its format.

* :mod:`~flows.sources.readers.page`: ``.txt``, ``.html`` and any other file: one page per file.
* :mod:`~flows.sources.readers.jsonl`: ``.jsonl`` / ``.ndjson`` (and ``.json`` holding JSON Lines): one page per line.
* :mod:`~flows.sources.readers.warc`: ``.warc``: ``response`` records with an HTML payload.

Each is optionally gzip-compressed (:mod:`~flows.sources.readers.stream`). Nothing here loads a whole
container file into memory: JSONL and WARC are read record by record.
"""

from __future__ import annotations

import dataclasses
import gzip
import zlib
from collections.abc import Iterator

from flows.sources.inputs import InputFile, is_transient
from flows.sources.readers.base import ReadConfig, reject
from flows.sources.readers.jsonl import read_json, read_jsonl
from flows.sources.readers.page import read_page
from flows.sources.readers.stream import TooLarge
from flows.sources.readers.warc import read_warc
from schemas import RawDoc, Reject


def read_file(f: InputFile, cfg: ReadConfig | None = None) -> Iterator[RawDoc | Reject]:
    """Stream the documents of one input file. Never raises for bad content: yields Rejects.

    Documents already yielded before a mid-file error (a truncated gzip, say) are kept; the error
    becomes one Reject for the rest of the file. A container (JSONL, WARC) without any document
    becomes one ``empty`` Reject, so every input file leaves at least one row.

    Transient I/O errors (:data:`TRANSIENT_ERRNOS`, e.g. EIO) are raised instead: the shard task
    is retried with backoff, and if the error persists the run fails and commits nothing.
    Deterministic ones (corrupt gzip, no such file, permission) are Rejects and are not retried.
    """
    cfg = cfg or ReadConfig()
    if f.skip:  # found under an input root but not read: one row that says why
        reason, _, detail = f.skip.partition(": ")
        yield reject(f, reason, detail)
        return
    fmt = f.format
    reader = {"jsonl": read_jsonl, "json": read_json, "warc": read_warc}.get(fmt)
    yielded = 0
    failure: Reject | None = None
    after = None
    try:
        if reader is None:
            for doc in read_page(f, cfg, fmt):
                yielded += 1
                yield doc
        else:
            for doc in reader(f, cfg):
                yielded += 1
                yield doc
    except TooLarge as exc:
        failure = reject(f, "too_large", str(exc))
    except MemoryError:
        failure = reject(f, "too_large", "ran out of memory reading the file")
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        failure = reject(f, "read_error", f"corrupt or truncated compressed data: {exc}")
    except OSError as exc:
        if is_transient(exc):
            raise
        failure = reject(f, "read_error", f"{type(exc).__name__}: {exc}")
    except Exception as exc:  # noqa: BLE001 - e.g. warcio on a non-WARC file
        failure = reject(f, "malformed", f"{type(exc).__name__}: {exc}")
    if failure is not None:
        after = f"after:{yielded}" if yielded else None
        yield dataclasses.replace(failure, source_record=after)
    elif yielded == 0:
        yield reject(f, "empty", f"no documents in this {fmt.upper()} file")


__all__ = ["ReadConfig", "read_file"]
