"""The input files of a run: what one is (:class:`InputFile`), the run's list of them (:class:`FileList`),
their identity (real absolute path) and content hash, their format, and which I/O errors are worth a retry.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import overload

import pyarrow as pa
import pyarrow.compute as pc

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}  # JSON Lines under another name is read; one JSON document is rejected
WARC_SUFFIXES = {".warc"}


_DATED_DIR = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")

#: OSError numbers worth a retry (the task is retried with backoff): the same read may work later.
#: Anything else (no such file, permission, is a directory, ...) is deterministic: a Reject row.
TRANSIENT_ERRNOS = frozenset({
    errno.EIO, errno.EAGAIN, errno.EINTR, errno.EBUSY, errno.ETIMEDOUT, errno.ESTALE, errno.ENOMEM,
    errno.ENFILE, errno.EMFILE, errno.ECONNRESET, errno.ECONNABORTED, errno.ENETDOWN, errno.ENETUNREACH,
    errno.EHOSTUNREACH, errno.ENOLINK, errno.ECOMM,
})


def is_transient(exc: OSError) -> bool:
    """An I/O error that a retry may fix (EIO, NFS timeouts, too many open files).

    >>> is_transient(OSError(errno.EIO, "I/O error")), is_transient(FileNotFoundError(errno.ENOENT, "gone"))
    (True, False)
    """
    return exc.errno in TRANSIENT_ERRNOS


_SURROGATE = re.compile("[\ud800-\udfff]")


def safe_str(s: str) -> str:
    """``s`` made encodable as UTF-8 (parquet needs it): lone surrogates become U+FFFD.

    File names that are not UTF-8 come from the OS with surrogate escapes; they are shown as
    ``\\xNN`` so the row still says which file it was.

    >>> safe_str("caf\\udce9.txt"), safe_str("a\\ud800b") == "a\\ufffdb", safe_str("plain")
    ('caf\\\\xe9.txt', True, 'plain')
    """
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        pass
    if any("\udc80" <= ch <= "\udcff" for ch in s):
        s = s.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _SURROGATE.sub("\ufffd", s)


def source_identity(path: str) -> str:
    """The identity of an input file: its real absolute path (symlinks resolved, '/'-separated),
    made UTF-8-safe. This is the row's ``source_path`` and the key in ``_state/inputs.parquet``.

    Not the path relative to the input root: two roots (``crawl/2024-05-01``, ``crawl/2024-05-02``)
    hold files of the same relative name, and a root named through a symlink (``latest ->
    2024-05-02``) names other files from one run to the next.

    >>> source_identity("/data/crawl/./2024-05-01//page-1.txt")
    '/data/crawl/2024-05-01/page-1.txt'
    """
    return safe_str(Path(os.path.realpath(path)).as_posix())


@dataclass(frozen=True, slots=True)  # a run may hold a million of them
class InputFile:
    path: str  # absolute path, as the input named it: the file opened to read
    rel: str  # relative to its input root, '/'-separated: the crawl date's directory, the sort order
    size: int
    crawl_date: dt.date | None = None  # from a RAW_ROOT/YYYY-MM-DD/ directory, if any
    sha256: str | None = None  # content hash, once computed (incremental runs hash before cleaning)
    #: the identity (:func:`source_identity`): the row's source_path; from ``path`` when not given
    source_path: str = ""
    #: ``"<reject reason>: <detail>"`` for an entry that is not read (hidden, not a page, not a
    #: regular file, an unreadable directory): its one Reject row
    skip: str | None = None

    def __post_init__(self) -> None:
        if not self.source_path:
            object.__setattr__(self, "source_path", source_identity(self.path))

    @property
    def format(self) -> str:
        return input_format(self.path)


def input_format(path: str) -> str:
    """'text' | 'html' | 'jsonl' | 'warc' from the file name (``.gz`` looked through).

    >>> input_format("a/b.jsonl.gz"), input_format("x.warc.gz"), input_format("p.HTML"), input_format("notes")
    ('jsonl', 'warc', 'html', 'text')
    """
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    suffix = os.path.splitext(name)[1]
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in WARC_SUFFIXES:
        return "warc"
    return "text"


def date_from_path(rel: str) -> dt.date | None:
    """The crawl date of a file laid out as ``YYYY-MM-DD/...`` (the nearest dated directory).

    >>> date_from_path("2024-05-03/site/page.txt"), date_from_path("misc/page.txt")
    (datetime.date(2024, 5, 3), None)
    """
    for part in reversed(rel.split("/")[:-1]):
        m = _DATED_DIR.match(part)
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
    return None


class FileList(Sequence[InputFile]):
    """The input files of a run, sorted, held as columns; an :class:`InputFile` is made on access.

    Why columns: the flow keeps the list of its inputs for the whole run, and a crawl lists
    millions of files. As InputFile objects each file costs ~300 bytes that stay allocated (the
    object, its absolute path and its rel as Python strings, its size as an int): ~30 MiB per
    100k files, the largest part of the flow's memory that grows with the corpus. Here the rels
    are one pyarrow string array, a path is its directory prefix (one shared string for the many
    files of a directory) plus the rel, sizes and dates are arrays: ~50 bytes a file. Shards make
    the InputFile objects of their own files only (:meth:`files`), one shard at a time.
    """

    def __init__(self, table: pa.Table, prefixes: list[str]) -> None:
        self._table = table  # columns of _COLUMNS, one row per file, in discovery order
        self._prefixes = prefixes  # a path is prefixes[prefix] + rel, unless "path" holds it (os.fsencode)

    @classmethod
    def from_rows(cls, rows: Iterable[tuple]) -> FileList:
        """From ``(path, rel, size[, source_path[, skip]])`` rows, in order; the crawl date comes from
        the rel, a missing source path from the path (:func:`source_identity`)."""
        prefix_ids: dict[str, int] = {}
        prefix_col, paths, rels, sizes, dates = array("l"), [], [], array("q"), []
        source_prefix_col, sources, skips = array("l"), [], []
        for row in rows:
            path, rel, size = row[0], row[1], row[2]
            source = row[3] if len(row) > 3 else source_identity(path)
            skips.append(row[4] if len(row) > 4 else None)
            prefix = path[:-len(rel)] if rel and path.endswith(rel) else ""
            prefix_col.append(prefix_ids.setdefault(prefix, len(prefix_ids)))
            # a path that is not a prefix and the rel (a name that is not UTF-8) is held whole, as bytes
            paths.append(None if prefix else os.fsencode(path))
            # the identity is the root's real path + the rel, unless the file is a symlink: held whole
            source_prefix = source[:-len(rel)] if rel and source.endswith(rel) else ""
            source_prefix_col.append(prefix_ids.setdefault(source_prefix, len(prefix_ids)))
            sources.append(None if source_prefix else source)
            rels.append(rel)
            sizes.append(size)
            dates.append(date_from_path(rel))
        table = pa.table([pa.array(prefix_col, pa.int32()), pa.array(paths, pa.binary()),
                          pa.array(source_prefix_col, pa.int32()), pa.array(sources, pa.string()),
                          pa.array(rels, pa.string()), pa.array(sizes, pa.int64()),
                          pa.array(dates, pa.date32()), pa.nulls(len(rels), pa.string()),
                          pa.array(skips, pa.string())], schema=_COLUMNS)
        return cls(table, list(prefix_ids))

    def __len__(self) -> int:
        return self._table.num_rows

    @overload
    def __getitem__(self, i: int) -> InputFile: ...
    @overload
    def __getitem__(self, i: slice) -> list[InputFile]: ...

    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self))
            return self.files(start, stop) if step == 1 else [self[j] for j in range(start, stop, step)]
        n = len(self)
        if not -n <= i < n:
            raise IndexError("file index out of range")
        return self.files(i % n, i % n + 1)[0]

    def __iter__(self) -> Iterator[InputFile]:
        for start in range(0, len(self), _ITER_CHUNK):
            yield from self.files(start, start + _ITER_CHUNK)

    def files(self, start: int, stop: int) -> list[InputFile]:
        """InputFile objects of rows ``start`` to ``stop``."""
        part = self._table.slice(start, max(stop - start, 0)).to_pydict()
        prefixes = self._prefixes
        return [InputFile(os.fsdecode(path) if path is not None else prefixes[prefix] + rel, rel, size, date, sha256,
                          source if source is not None else prefixes[source_prefix] + rel, skip)
                for prefix, path, source_prefix, source, rel, size, date, sha256, skip
                in zip(*(part[c] for c in _COLUMNS.names))]

    def source_paths(self) -> pa.Array:
        """The files' identities (:attr:`InputFile.source_path`), one string array."""
        table = self._table
        prefixes = pa.array(self._prefixes, pa.string()).take(table.column("source_prefix"))
        joined = pc.binary_join_element_wise(prefixes, table.column("rel"), "")
        whole = pc.coalesce(table.column("source"), joined)
        return whole.combine_chunks() if isinstance(whole, pa.ChunkedArray) else whole

    def column(self, name: str) -> pa.ChunkedArray:
        """One column: ``rel``, ``size``, ``crawl_date``, ``sha256`` or ``skip`` (identities: :meth:`source_paths`)."""
        return self._table.column(name)

    def paths(self) -> Iterator[str]:
        return (f.path for f in self)

    def filter(self, mask: pa.Array | pa.ChunkedArray | list[bool]) -> FileList:
        """The files where ``mask`` is true, in order."""
        if isinstance(mask, list):
            mask = pa.array(mask, pa.bool_())
        return FileList(self._table.filter(mask), self._prefixes)

    def with_column(self, name: str, values: pa.Array) -> FileList:
        """``crawl_date`` or ``sha256`` replaced by ``values``."""
        i = self._table.schema.get_field_index(name)
        return FileList(self._table.set_column(i, _COLUMNS.field(name), values), self._prefixes)


_COLUMNS = pa.schema([pa.field("prefix", pa.int32()), pa.field("path", pa.binary()),
                      pa.field("source_prefix", pa.int32()), pa.field("source", pa.string()), pa.field("rel", pa.string()),
                      pa.field("size", pa.int64()), pa.field("crawl_date", pa.date32()),
                      pa.field("sha256", pa.string()), pa.field("skip", pa.string())])
_ITER_CHUNK = 4096


def file_sha256(path: str) -> str:
    """sha256 of the file's bytes as stored (streamed).

    A file that cannot be read for good (gone, no permission) hashes to ``unreadable:ERRNO`` so the
    run goes on (its documents are Reject rows); a transient error is raised, for a retry.
    """
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError as exc:
        if is_transient(exc):
            raise
        return f"unreadable:{errno.errorcode.get(exc.errno or 0, exc.errno)}"
    return h.hexdigest()


def input_sha256(f: InputFile) -> str:
    """What identifies an input's content in the state: its sha256, or for an entry that is not
    read ``skip:<reason: detail>`` (never a hash: reading it later makes it a changed input)."""
    return f"skip:{f.skip}" if f.skip else file_sha256(f.path)
