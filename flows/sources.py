"""Sources: discover input files, shard them, and stream their documents as RawDoc (or Reject).

Supported inputs (each optionally gzip-compressed, ``.gz``):

* ``.txt`` and any other text file: one raw scraped page per file.
* ``.html`` / ``.htm``: one HTML page per file.
* ``.jsonl`` / ``.ndjson``: one page per line, ``{"url", "text" | "html", "fetched_at", ...}``.
* ``.json``: read as JSONL when its first line is a JSON object; one JSON document (an array of
  records) is one ``malformed`` reject, never cleaned as a text page.
* ``.warc``: ``response`` records with an HTML payload (read with warcio, streaming).

Nothing here loads a whole container file into memory: JSONL and WARC are read record by record.
Every document read becomes a RawDoc or, when it cannot be read or decoded, a Reject with a reason.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email.utils
import errno
import fnmatch
import glob
import gzip
import hashlib
import io
import json
import os
import re
import stat
import zlib
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import overload

import pyarrow as pa
import pyarrow.compute as pc
from charset_normalizer import from_bytes

from schemas import RawDoc, Reject

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}  # JSON Lines under another name is read; one JSON document is rejected
WARC_SUFFIXES = {".warc"}

#: Where a newsclean output directory keeps its files (flows.store; its other entries are symlinks
#: into ``_versions``, never walked). Only these are left out when ``--out`` sits in (or is) an input.
OUTPUT_DIRS = ("_versions", "_staging", "_runs")

#: An output directory's own files beside them: its lock, and the temp names of a commit in progress.
OUTPUT_TEMP_PREFIXES = (".current-", ".write-probe-")

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


@dataclass(frozen=True)
class ReadConfig:
    max_doc_bytes: int = 8_000_000  # one document (file, JSONL line, WARC payload) larger than this is too_large
    max_file_bytes: int = 20_000_000_000  # decompressed bytes read from one file before it is cut (gzip bombs)
    #: a gzip file may expand at most this many times its size (text expands 3-20x; a bomb 1000x)...
    max_gzip_ratio: int = 200
    #: ...once past this many decompressed bytes (small, very repetitive files stay readable)
    gzip_ratio_floor: int = 64_000_000
    jsonl_text_fields: tuple[str, ...] = ("text", "content", "raw_text")
    jsonl_html_fields: tuple[str, ...] = ("html", "raw_html")
    jsonl_url_fields: tuple[str, ...] = ("url", "uri", "link")
    jsonl_date_fields: tuple[str, ...] = ("fetched_at", "crawl_date", "date", "timestamp")
    jsonl_title_fields: tuple[str, ...] = ("title", "headline")


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


@dataclass
class Shard:
    """A group of input files processed by one task."""

    files: list[InputFile] = field(default_factory=list)

    @property
    def key(self) -> str:
        # From the identities, not the rels: two roots' same-named files must not share a part file
        # name (a commit replaces a file of the same name).
        h = hashlib.sha256()
        for f in self.files:
            h.update(f.source_path.encode("utf-8", "surrogateescape") + b"\0")
        return h.hexdigest()[:16]

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)


# ---------------------------------------------------------------- discovery


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


def _is_hidden(rel: str) -> bool:
    return any(part.startswith(".") for part in rel.split("/"))


#: Extensions of files that are not pages (code, documentation, data, media, archives): a directory's
#: or a glob's files of these kinds are left out as ``skipped`` rows unless ``--include`` names them.
#: Files of other extensions, or none, are read: their content decides (``binary`` rejects).
NON_PAGE_SUFFIXES = frozenset({
    ".md", ".markdown", ".rst", ".adoc", ".tex", ".py", ".pyc", ".ipynb", ".js", ".mjs", ".ts", ".css", ".scss",
    ".sh", ".bash", ".bat", ".ps1", ".c", ".h", ".cc", ".cpp", ".hpp", ".java", ".class", ".jar", ".go", ".rs",
    ".rb", ".pl", ".lua", ".r", ".sql", ".toml", ".yaml", ".yml", ".ini", ".cfg", ".conf", ".env", ".lock",
    ".log", ".csv", ".tsv", ".xml", ".parquet", ".arrow", ".feather", ".avro", ".orc", ".db", ".sqlite",
    ".pkl", ".pickle", ".npy", ".npz", ".pt", ".bin", ".dat", ".exe", ".dll", ".so", ".o", ".a", ".whl",
    ".zip", ".tar", ".tgz", ".bz2", ".xz", ".zst", ".7z", ".rar", ".png", ".jpg", ".jpeg", ".gif", ".webp",
    ".svg", ".ico", ".bmp", ".tif", ".tiff", ".pdf", ".doc", ".docx", ".odt", ".xls", ".xlsx", ".ppt", ".pptx",
    ".mp3", ".mp4", ".m4a", ".wav", ".flac", ".ogg", ".webm", ".avi", ".mov", ".mkv", ".woff", ".woff2",
    ".ttf", ".otf", ".eot",
})


def _suffix(name: str) -> str:
    """The extension that names a file's kind, ``.gz`` looked through, lower case.

    >>> _suffix("a/README.md"), _suffix("feed.jsonl.gz"), _suffix("page-0001"), _suffix(".bashrc")
    ('.md', '.jsonl', '', '')
    """
    name = name.rsplit("/", 1)[-1].lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return os.path.splitext(name)[1]


def _glob_match(rel: str, pattern: str) -> bool:
    """A pattern with a ``/`` matches the path below the input root, one without it the file name.

    >>> _glob_match("2024-05-01/notes.md", "*.md"), _glob_match("a/b.txt", "a/*"), _glob_match("a/b.txt", "b*")
    (True, True, True)
    """
    return fnmatch.fnmatchcase(rel if "/" in pattern else rel.rsplit("/", 1)[-1], pattern)


@dataclass(frozen=True)
class Selection:
    """Which files found under an input root are read: ``--exclude`` globs first, then ``--include``
    globs, then the default (hidden files and :data:`NON_PAGE_SUFFIXES` are left out)."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    def includes(self, rel: str) -> bool:
        return any(_glob_match(rel, p) for p in self.include)

    def skip(self, rel: str, hidden: bool) -> str | None:
        """Why a file is left out, as ``"skipped: <why>"``; None to read it.

        >>> Selection().skip("notes/readme.md", False), Selection(include=("*.md",)).skip("readme.md", False)
        ("skipped: not a page (a .md file; --include '*.md' reads it)", None)
        >>> Selection(exclude=("draft-*",)).skip("draft-1.txt", False), Selection().skip(".x.txt", True)
        ('skipped: excluded by --exclude draft-*', 'skipped: hidden file (--include reads it)')
        """
        for pattern in self.exclude:
            if _glob_match(rel, pattern):
                return f"skipped: excluded by --exclude {pattern}"
        if self.includes(rel):
            return None
        if hidden:
            return "skipped: hidden file (--include reads it)"
        suffix = _suffix(rel)
        if suffix in NON_PAGE_SUFFIXES:
            return f"skipped: not a page (a {suffix} file; --include '*{suffix}' reads it)"
        return None


def skip_kind(detail: str) -> str:
    """The kind of a ``skipped`` row's detail, for counts: the words before any parenthesis.

    >>> skip_kind("not a page (a .md file; --include '*.md' reads it)"), skip_kind("hidden file")
    ('not a page', 'hidden file')
    """
    return detail.split(" (", 1)[0]


#: (path, rel, size, identity, skip): one entry found under an input root; ``skip`` is
#: ``"<reject reason>: <detail>"`` for an entry that is not read (a Reject row says so), else None.
Entry = tuple[str, str, int, str, "str | None"]


def _entry(full: str, abs_path: str, rel: str, link_path: str, real_root: str, select: Selection) -> Entry | None:
    """What one directory entry is as an input; None for a directory or a file that vanished.

    ``link_path`` is the entry's own real location (its directory's real path + its name): the
    identity of what is not read, and of a regular file; a symlink's is its target's.
    """
    try:
        st = os.lstat(full)
    except OSError:
        return None  # gone since it was listed
    identity = link_path
    if stat.S_ISLNK(st.st_mode):
        try:
            target = os.path.realpath(full, strict=True)
            st = os.stat(full)
        except (OSError, RuntimeError) as exc:
            why = "symlink loop" if getattr(exc, "errno", None) == errno.ELOOP else "broken symlink"
            return abs_path, rel, 0, link_path, f"skipped: {why}"
        if not _below(target, real_root):
            return abs_path, rel, 0, link_path, "skipped: symlink outside the input root (not followed)"
        if stat.S_ISDIR(st.st_mode):
            return None  # a directory inside the root: its files are listed where they are
        identity = target
    if stat.S_ISDIR(st.st_mode):
        return None
    if not stat.S_ISREG(st.st_mode):
        return abs_path, rel, 0, link_path, "skipped: not a regular file (a FIFO, socket or device)"
    return abs_path, rel, st.st_size, identity, select.skip(rel, rel.rsplit("/", 1)[-1].startswith("."))


def _walk(root: str, select: Selection = Selection()) -> Iterator[Entry]:
    """The entries below root, sorted: regular files to read, and what is not read with why.

    Hidden directories are one ``skipped`` entry each (not walked, unless ``--include`` names
    them); symlinks are not followed out of the root; FIFOs, sockets and devices are not files
    (reading them could block forever). A directory that cannot be listed is one ``read_error``
    entry and the walk goes on (a transient error, EIO say, is raised: the run fails, a later one
    lists it). Strings and one ``lstat`` per file, no ``Path`` objects: a crawl lists millions of
    files, and the garbage of per-file objects stays in the process's memory for the rest of the run.
    """
    real_root = os.path.realpath(root)
    abs_root = os.path.abspath(root)
    unlistable: list[OSError] = []

    def failed_dirs() -> Iterator[Entry]:
        while unlistable:
            exc = unlistable.pop()
            if isinstance(exc, OSError) and is_transient(exc):
                raise exc
            where = exc.filename or root
            rel = os.path.relpath(where, root).replace(os.sep, "/")
            yield (os.path.abspath(where), safe_str(rel if rel != "." else os.path.basename(abs_root)), 0,
                   os.path.realpath(where), f"read_error: directory cannot be listed: {exc.strerror or exc}")

    for dirpath, dirnames, filenames in os.walk(root, followlinks=False, onerror=unlistable.append):
        yield from failed_dirs()
        if _is_output_dir(dirpath, dirnames):  # a newsclean output: its files are not pages, nor its lock
            dirnames[:] = [d for d in dirnames if d not in OUTPUT_DIRS]
            filenames = [f for f in filenames if f != ".lock" and not f.startswith(OUTPUT_TEMP_PREFIXES)]
        rel_dir = os.path.relpath(dirpath, root)
        prefix = "" if rel_dir == "." else rel_dir.replace(os.sep, "/") + "/"
        real_dir = os.path.realpath(dirpath)  # symlinked directories are not walked: one per directory
        walk = []
        for name in sorted(dirnames):
            full = os.path.join(dirpath, name)
            if os.path.islink(full):  # not walked: inside the root its files are listed where they are
                found = _entry(full, os.path.join(abs_root, prefix + name), prefix + name,
                               os.path.join(real_dir, name), real_root, select)
                if found:
                    yield found
            elif name.startswith(".") and not select.includes(prefix + name):
                yield (os.path.join(abs_root, prefix + name), prefix + name, 0, os.path.join(real_dir, name),
                       "skipped: hidden directory (not read; --include it to read it)")
            else:
                walk.append(name)
        dirnames[:] = walk
        for name in sorted(filenames):
            found = _entry(os.path.join(dirpath, name), os.path.join(abs_root, prefix + name), prefix + name,
                           os.path.join(real_dir, name), real_root, select)
            if found:
                yield found
    yield from failed_dirs()


def _glob_entries(spec: str, select: Selection) -> list[Entry]:
    """The entries a glob names (directories left out); rels relative to its fixed prefix."""
    root = _glob_root(spec)
    real_root = os.path.realpath(root)
    names = sorted(glob.glob(spec, recursive=True))
    if not names:  # a typo in a quoted glob is not an empty crawl
        raise FileNotFoundError(f"input not found: no file matches {spec}")
    found = []
    for m in names:
        rel = Path(m).relative_to(root).as_posix()
        link_path = os.path.join(os.path.realpath(os.path.dirname(m) or "."), os.path.basename(m))
        entry = _entry(m, os.path.abspath(m), rel, link_path, real_root, select)
        if entry and entry[4] is None and _is_hidden(rel):
            entry = (*entry[:4], select.skip(rel, True))
        if entry:
            found.append(entry)
    return found


def _is_output_dir(dirpath: str, dirnames: list[str]) -> bool:
    """A newsclean output directory: ``_versions/`` and the ``current`` symlink (flows.store)."""
    return "_versions" in dirnames and os.path.islink(os.path.join(dirpath, "current"))


def _below(path: str, root: str) -> bool:
    """``path`` is ``root`` or inside it (both absolute, normalized).

    >>> _below("/a/b/c", "/a/b"), _below("/a/bc", "/a/b"), _below("/a/b", "/a/b")
    (True, False, True)
    """
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _glob_root(pattern: str) -> Path:
    parts = Path(pattern).parts
    fixed = []
    for part in parts:
        if glob.has_magic(part):
            break
        fixed.append(part)
    return Path(*fixed) if fixed else Path(".")


def discover(inputs: Iterable[str], exclude: Iterable[str | Path] = (), select: Selection | None = None,
             empty: list[str] | None = None) -> FileList:
    """Files named by ``inputs`` (files, directories walked recursively, or globs), sorted, unique.

    ``rel`` is relative to the directory given (or the file's parent, or a glob's fixed prefix);
    ``source_path``, the file's identity, is its real absolute path (:func:`source_identity`).
    Every entry found under a directory or by a glob is listed: what is not read (hidden files and
    directories, non-page files, ``select``'s exclusions, symlinks out of the root, FIFOs, an
    unreadable directory) carries a ``skip`` that becomes its Reject row. A file named itself is
    always read. Files of an ``exclude`` output directory (:data:`OUTPUT_DIRS`; the output sits
    inside an input directory, or is one) are not inputs: a run must not read back its own
    parquet files and manifests. ``empty`` receives the inputs under which no file to read was found
    (an empty or mistyped directory, a glob that names only files left out).
    """
    select = select or Selection()
    excluded = [str(Path(e).resolve() / name) for e in exclude for name in OUTPUT_DIRS]
    seen: dict[str, Entry] = {}  # identity -> entry: a file named twice is one input
    for spec in inputs:
        p = Path(spec)
        found: Iterable[Entry]
        if p.is_dir():
            found = _walk(spec, select)
        elif p.is_file():
            found = [(str(p.absolute()), p.name, p.stat().st_size, str(p.resolve()), None)]
        elif glob.has_magic(spec):
            found = _glob_entries(spec, select)
        else:
            raise FileNotFoundError(f"input not found: {spec}")
        readable = False
        for path, rel, size, real, skip in found:
            if any(_below(real, e) for e in excluded):
                continue
            readable = readable or skip is None
            if real not in seen:
                seen[real] = (path, safe_str(rel), size, safe_str(real), skip)  # real: already resolved
        if not readable and empty is not None:
            empty.append(spec)
    listed = sorted(seen.values(), key=lambda f: (f[1], f[0]))
    del seen
    return FileList.from_rows(listed)


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


class ShardList(Sequence[Shard]):
    """Shards of a file list, each made (with its files' InputFile objects) when it is asked for:
    the flow holds the boundaries, never every shard's files at once."""

    def __init__(self, files: Sequence[InputFile], bounds: list[int]) -> None:
        self._files, self._bounds = files, bounds  # shard k holds files bounds[k]..bounds[k+1]-1

    def __len__(self) -> int:
        return len(self._bounds) - 1

    def __getitem__(self, k):  # type: ignore[override]
        if isinstance(k, slice):
            return [self[j] for j in range(*k.indices(len(self)))]
        if not -len(self) <= k < len(self):
            raise IndexError("shard index out of range")
        k %= len(self)
        start, stop = self._bounds[k], self._bounds[k + 1]
        if isinstance(self._files, FileList):
            return Shard(self._files.files(start, stop))
        return Shard(list(self._files[start:stop]))


def make_shards(files: Sequence[InputFile], max_files: int = 2000, max_bytes: int = 64_000_000) -> ShardList:
    """Group files into shards of at most ``max_files`` files or ``max_bytes`` bytes (in order).

    Shards amortize task overhead: a Prefect task per document would cost more than the cleaning.
    """
    sizes = files.column("size").to_pylist() if isinstance(files, FileList) else [f.size for f in files]
    bounds = [0]
    count = total = 0  # files and bytes of the shard being filled
    for i, size in enumerate(sizes):
        if count and (count >= max_files or total + size > max_bytes):
            bounds.append(i)
            count = total = 0
        count += 1
        total += size
    if count:
        bounds.append(len(sizes))
    return ShardList(files, bounds)


# ---------------------------------------------------------------- reading


class TooLarge(Exception):
    pass


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


class _CappedReader(io.RawIOBase):
    """Wraps a binary stream and raises TooLarge past ``limit`` bytes (caps gzip bombs)."""

    def __init__(self, inner: io.BufferedIOBase, limit: int) -> None:
        self._inner, self._limit, self._read = inner, limit, 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[override]
        n = self._inner.readinto(b)
        self._read += n or 0
        if self._read > self._limit:
            raise TooLarge(f"more than {self._limit} bytes after decompression")
        return n or 0


def open_binary(path: str, limit: int, max_ratio: int | None = None, ratio_floor: int = 0) -> io.BufferedReader:
    """Open a file for streaming bytes, decompressing gzip (by magic bytes, not by name).

    Reading past ``limit`` decompressed bytes raises TooLarge; for gzip also past ``max_ratio``
    times the compressed size (once over ``ratio_floor``), so a bomb is cut in a second, not after
    gigabytes. A ``.gz`` name on a plain file is read as plain bytes.
    """
    fh = open(path, "rb")
    magic = fh.peek(2)[:2] if hasattr(fh, "peek") else b""
    if magic == b"\x1f\x8b":
        if max_ratio:
            limit = min(limit, max(ratio_floor, max_ratio * os.fstat(fh.fileno()).st_size))
        inner: io.BufferedIOBase = gzip.GzipFile(fileobj=fh)  # type: ignore[assignment]
    else:
        inner = fh
    return io.BufferedReader(_CappedReader(inner, limit), buffer_size=1 << 16)


_BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"RIFF", b"BZh",
                 b"\xfd7zXZ", b"7z\xbc\xaf", b"OggS", b"fLaC", b"ID3", b"\x00\x00\x01\x00")


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when NULs sit in every other byte (mostly-Latin UTF-16 text).

    >>> _utf16_without_bom("Kim met Putin".encode("utf-16-le")), _utf16_without_bom(b"plain")
    ('utf-16-le', None)
    """
    head = data[:4096]
    half = len(head) // 2
    if not half or not 0.3 < head.count(0) / len(head) <= 0.55:
        return None
    if head[1::2].count(0) > 0.8 * half:
        return "utf-16-le"
    if head[0::2].count(0) > 0.8 * half:
        return "utf-16-be"
    return None


#: Every byte value but the C0 controls that ``looks_binary`` counts (below 9, and 14 to 31).
_NOT_CTRL = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32))


def looks_binary(data: bytes) -> bool:
    """Known binary signatures, or NUL bytes outside a UTF-16/32 text.

    >>> looks_binary(b"\\x89PNG\\r\\n..."), looks_binary("héllo".encode("utf-16")), looks_binary(b"plain text")
    (True, False, False)
    >>> looks_binary(bytes(range(256)) * 4), looks_binary("plain text".encode("utf-16-le"))
    (True, False)
    """
    if data.startswith((b"\xef\xbb\xbf", b"\x00\x00\xfe\xff", b"\xff\xfe", b"\xfe\xff")):
        return False  # a Unicode byte-order mark: text (UTF-8, UTF-32-BE, UTF-16/32-LE, UTF-16-BE)
    if data.startswith(_BINARY_MAGIC):
        return True
    head = data[:4096]
    if not head:
        return False
    zeros = head.count(0)
    if _utf16_without_bom(head):
        return False
    if zeros > len(head) * 0.01:
        return True
    # random bytes have ~10% of C0 controls besides tab/newline/CR; text has almost none
    ctrl = len(head.translate(None, _NOT_CTRL))  # the control bytes left (a loop per byte cost 0.2 ms/file)
    return ctrl > len(head) * 0.05


def _mostly_utf8(data: bytes) -> bool:
    """More valid multi-byte UTF-8 characters than invalid bytes (legacy 8-bit text has ~none).

    >>> _mostly_utf8("naïve café – “quoted”".encode() + b"\\xff"), _mostly_utf8("naïve café".encode("cp1252"))
    (True, False)
    """
    sample = data[:1_000_000]
    text = sample.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - sample.count(b"\xef\xbf\xbd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    return multibyte > bad


_WESTERN_PUNCT = frozenset("“”‘’‚„–—…•€£¥¢©®™°±·«»§¶×÷¡¿\u00a0")


def _looks_western(data: bytes) -> bool:
    """cp1252 explains the bytes as Latin text with a few accented letters and typographic marks.

    charset-normalizer guesses from statistics that short Western pages do not have (it reads
    "Café in Zürich" as cp775); real Cyrillic, Greek or Central European text read as cp1252 is
    either mostly non-ASCII letters or shows symbols like ³ and ¹, so it still goes to the guesser.

    >>> _looks_western("Café owners in Zürich – “quoted”".encode("cp1252"))
    True
    >>> _looks_western("Привет, мир".encode("cp1251")), _looks_western("Zażółć gęślą jaźń".encode("cp1250"))
    (False, False)
    """
    sample = data[:1_000_000]
    try:
        text = sample.decode("cp1252")
    except UnicodeDecodeError:  # bytes cp1252 leaves undefined
        return False
    ascii_letters = accented = 0
    for ch in text:
        if ch.isascii():
            ascii_letters += ch.isalpha()
        elif ch.isalpha():
            accented += 1
        elif ch not in _WESTERN_PUNCT:
            return False
    return accented <= 0.2 * ascii_letters


_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})"""
    rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""",
    re.IGNORECASE,
)
#: Labels browsers read as windows-1252 (WHATWG Encoding): pages that say Latin-1 mean cp1252.
_CP1252_LABELS = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii"})


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KB (``<meta charset>``, http-equiv, XML prolog).

    >>> declared_charset(b'<html><head><meta charset="Shift_JIS"><title>x</title>')
    'shift_jis'
    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">')
    'windows-1251'
    >>> declared_charset(b"<html><body>no declaration</body></html>") is None
    True
    """
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    return (m.group(1) or m.group(2)).decode("ascii").lower()


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Bytes -> text: BOM first, then strict UTF-8, then the declared charset (``declared``, e.g. an
    HTTP header's, else the page's own: :func:`declared_charset`), then charset-normalizer's best guess.

    >>> decode_bytes("Kim’s visit".encode("cp1252")), decode_bytes(b"\\xef\\xbb\\xbfhello")
    ('Kim’s visit', 'hello')
    """
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                     (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        # UTF-8 with a few bad bytes (a cut multi-byte character, a stray Latin-1 byte): keep the
        # UTF-8 reading and mark the bad bytes, rather than re-reading everything as cp1252.
        return data.decode("utf-8", errors="replace")
    declared = declared or declared_charset(data)  # looked for only now: UTF-8 is the common case
    if declared and declared.lower() in _CP1252_LABELS:
        declared = "cp1252"
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    if _looks_western(data):
        return data.decode("cp1252")
    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        return data.decode(best.encoding, errors="replace")
    # Mostly UTF-8 with a few invalid bytes: keep the text, mark the bad bytes.
    return data.decode("utf-8", errors="replace")


def _reject(f: InputFile, reason: str, detail: str, record: str | None = None, url: str | None = None,
            crawl_date: dt.date | None = None) -> Reject:
    return Reject(f.source_path, reason, safe_str(detail), record, url, crawl_date or f.crawl_date)


#: Epoch numbers above this are milliseconds (as seconds it would be the year 5138).
_EPOCH_MS_FROM = 100_000_000_000


def _parse_date(value: object) -> dt.date | None:
    """The UTC date of a record's fetch time: ISO 8601, an HTTP/RSS date, or epoch seconds or milliseconds.

    >>> _parse_date("2024-05-03T23:00:00Z"), _parse_date(1714730400000), _parse_date("Fri, 03 May 2024 10:00:00 GMT")
    (datetime.date(2024, 5, 3), datetime.date(2024, 5, 3), datetime.date(2024, 5, 3))
    """
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if abs(value) >= _EPOCH_MS_FROM else value
        try:
            return dt.datetime.fromtimestamp(float(seconds), tz=dt.timezone.utc).date()
        except (OverflowError, OSError, ValueError):
            return None
    m = re.match(r"^\s*(\d{4})-?(\d{2})-?(\d{2})", value)
    if not m:
        try:  # "Fri, 03 May 2024 10:00:00 GMT" (HTTP Date, RSS pubDate)
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        return (when.astimezone(dt.timezone.utc) if when.tzinfo else when).date()
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _first_str(obj: dict, fields: tuple[str, ...]) -> str | None:
    for name in fields:
        v = obj.get(name)
        if isinstance(v, str) and v.strip():
            return v
    return None


def _first_url(obj: dict, fields: tuple[str, ...]) -> str | None:
    url = _first_str(obj, fields)
    return safe_str(url.strip()[:4096]) if url else None


def _read_single(f: InputFile, cfg: ReadConfig, kind: str) -> Iterator[RawDoc | Reject]:
    if f.size == 0:
        yield _reject(f, "empty", "file has no bytes")
        return
    with open_binary(f.path, cfg.max_doc_bytes) as fh:
        data = fh.read()
    if not data.strip():
        yield _reject(f, "empty", "file is empty or whitespace only")
        return
    if looks_binary(data):
        yield _reject(f, "binary", "content is not text (binary signature or NUL bytes)")
        return
    text = decode_bytes(data)
    if kind == "text" and re.match(r"\s*<(?:!doctype html|html)\b", text[:1000], re.IGNORECASE):
        kind = "html"  # an HTML page saved as .txt
    yield RawDoc(f.source_path, safe_str(text), kind=kind, crawl_date=f.crawl_date)


def _bounded_lines(fh: io.BufferedReader, limit: int) -> Iterator[tuple[bytes | None, int]]:
    """``(line, size)`` for each line; a line over ``limit`` bytes is skipped in chunks and comes as
    ``(None, size)``, so one 5 GB line (or a bomb without newlines) never sits in memory."""
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit:
            yield line, len(line)
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = fh.readline(1 << 20)
            if not line:
                break
            size += len(line)
        yield None, size


def _read_jsonl(f: InputFile, cfg: ReadConfig) -> Iterator[RawDoc | Reject]:
    with open_binary(f.path, cfg.max_file_bytes, cfg.max_gzip_ratio, cfg.gzip_ratio_floor) as fh:
        for lineno, (line, size) in enumerate(_bounded_lines(fh, cfg.max_doc_bytes), start=1):
            record = f"line:{lineno}"
            if line is None:
                yield _reject(f, "too_large", f"JSONL line of {size} bytes > {cfg.max_doc_bytes}", record)
                continue
            if not line.strip():
                continue
            try:
                obj = json.loads(decode_bytes(line))
            except (ValueError, RecursionError) as exc:  # RecursionError: [[[[... nested past the stack
                yield _reject(f, "malformed", f"not JSON: {type(exc).__name__}: {exc}", record)
                continue
            if not isinstance(obj, dict):
                yield _reject(f, "malformed", f"JSON {type(obj).__name__}, expected an object", record)
                continue
            url = _first_url(obj, cfg.jsonl_url_fields)
            crawl_date = None
            for name in cfg.jsonl_date_fields:
                crawl_date = _parse_date(obj.get(name))
                if crawl_date:
                    break
            crawl_date = crawl_date or f.crawl_date
            text, kind = _first_str(obj, cfg.jsonl_text_fields), "text"
            if text is None:
                text, kind = _first_str(obj, cfg.jsonl_html_fields), "html"
            if text is None:
                looked_for = ", ".join(cfg.jsonl_text_fields + cfg.jsonl_html_fields)
                has = ", ".join(sorted(str(k) for k in obj)[:20]) or "no fields"
                yield _reject(f, "empty", f"record has no text or html string (reads {looked_for}; it has {has})",
                              record, url, crawl_date)
                continue
            title = _first_str(obj, cfg.jsonl_title_fields)
            yield RawDoc(f.source_path, safe_str(text), kind=kind, source_record=record, url=url, crawl_date=crawl_date,
                         title_hint=safe_str(title) if title else None)


def _read_json(f: InputFile, cfg: ReadConfig) -> Iterator[RawDoc | Reject]:
    """A ``.json`` file: JSON Lines if its first non-blank line is an object, else one reject.

    One JSON document (``[{...}, {...}]``, pretty-printed or not) cannot be streamed record by record.
    """
    with open_binary(f.path, cfg.max_file_bytes, cfg.max_gzip_ratio, cfg.gzip_ratio_floor) as fh:
        first = next((line for line, _ in _bounded_lines(fh, cfg.max_doc_bytes) if line is None or line.strip()),
                     b"")
    try:
        is_lines = first is not None and isinstance(json.loads(decode_bytes(first)), dict)
    except (ValueError, RecursionError):
        is_lines = False
    if is_lines or not first:  # an empty file: the JSONL reader's 'empty' reject
        yield from _read_jsonl(f, cfg)
        return
    yield _reject(f, "malformed", "one JSON document, not JSON Lines: write one record (a JSON object) per line, "
                                  "e.g. as .jsonl")


def _read_warc(f: InputFile, cfg: ReadConfig) -> Iterator[RawDoc | Reject]:
    from warcio.archiveiterator import ArchiveIterator

    with open_binary(f.path, cfg.max_doc_bytes) as head:
        start = head.read(16)
    if start.strip() and not start.lstrip().startswith((b"WARC/", b"filedesc:")):  # a WARC (or an ARC, read as WARC)
        # warcio would try to read each text line as a record, logging a warning per line
        yield _reject(f, "malformed", f"not a WARC file: it starts with {start[:12]!r}, not 'WARC/'")
        return
    with open(f.path, "rb") as raw:
        for rec in ArchiveIterator(raw, arc2warc=True):
            if rec.rec_type != "response":
                continue
            headers = rec.rec_headers
            record = headers.get_header("WARC-Record-ID") or f"offset:{rec.offset if hasattr(rec, 'offset') else ''}"
            url = headers.get_header("WARC-Target-URI")
            url = safe_str(url.strip()[:4096]) if url else None
            crawl_date = _parse_date(headers.get_header("WARC-Date") or "") or f.crawl_date
            ctype = (rec.http_headers.get_header("Content-Type") or "") if rec.http_headers else ""
            if "html" not in ctype.lower():
                continue  # images, scripts, robots.txt: not pages, not inputs of ours
            payload = rec.content_stream().read(cfg.max_doc_bytes + 1)
            if len(payload) > cfg.max_doc_bytes:
                yield _reject(f, "too_large", f"WARC payload > {cfg.max_doc_bytes} bytes", record, url, crawl_date)
                continue
            if not payload.strip():
                yield _reject(f, "empty", "WARC response with an empty payload", record, url, crawl_date)
                continue
            m = re.search(r"charset=([\w-]+)", ctype, re.IGNORECASE)
            text = decode_bytes(payload, m.group(1) if m else None)
            yield RawDoc(f.source_path, safe_str(text), kind="html", source_record=safe_str(record), url=url,
                         crawl_date=crawl_date)


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
        yield _reject(f, reason, detail)
        return
    fmt = f.format
    reader = {"jsonl": _read_jsonl, "json": _read_json, "warc": _read_warc}.get(fmt)
    yielded = 0
    failure: Reject | None = None
    after = None
    try:
        if reader is None:
            for doc in _read_single(f, cfg, fmt):
                yielded += 1
                yield doc
        else:
            for doc in reader(f, cfg):
                yielded += 1
                yield doc
    except TooLarge as exc:
        failure = _reject(f, "too_large", str(exc))
    except MemoryError:
        failure = _reject(f, "too_large", "ran out of memory reading the file")
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        failure = _reject(f, "read_error", f"corrupt or truncated compressed data: {exc}")
    except OSError as exc:
        if is_transient(exc):
            raise
        failure = _reject(f, "read_error", f"{type(exc).__name__}: {exc}")
    except Exception as exc:  # noqa: BLE001 - e.g. warcio on a non-WARC file
        failure = _reject(f, "malformed", f"{type(exc).__name__}: {exc}")
    if failure is not None:
        after = f"after:{yielded}" if yielded else None
        yield dataclasses.replace(failure, source_record=after)
    elif yielded == 0:
        yield _reject(f, "empty", f"no documents in this {fmt.upper()} file")
