"""Discovery: the files that inputs (files, directories walked recursively, globs) name, as a :class:`FileList`.

Every entry found is listed, also what is not read (hidden, not a page, excluded, a symlink out of
the root, a FIFO, a directory that cannot be listed): its ``skip`` becomes its one Reject row.
"""

from __future__ import annotations

import errno
import fnmatch
import glob
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from flows.sources.inputs import FileList, is_transient, safe_str

#: Where a newsclean output directory keeps its files (flows.store; its other entries are symlinks
#: into ``_versions``, never walked). Only these are left out when ``--out`` sits in (or is) an input.
OUTPUT_DIRS = ("_versions", "_staging", "_runs")

#: An output directory's own files beside them: its lock, and the temp names of a commit in progress.
OUTPUT_TEMP_PREFIXES = (".current-", ".write-probe-")


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
        if stat.S_ISDIR(st.st_mode):  # not walked (its files are listed where they are), but a row says so
            return abs_path, rel, 0, link_path, "skipped: symlink to a directory of the input root (its files are read where they are)"
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
            # (nor its links into _versions: current, articles, _rejects, _state)
            dirnames[:] = [d for d in dirnames if d not in OUTPUT_DIRS and not os.path.islink(os.path.join(dirpath, d))]
            filenames = [f for f in filenames if f != ".lock" and not f.startswith(OUTPUT_TEMP_PREFIXES)]
        rel_dir = os.path.relpath(dirpath, root)
        prefix = "" if rel_dir == "." else rel_dir.replace(os.sep, "/") + "/"
        real_dir = os.path.realpath(dirpath)  # symlinked directories are not walked: one per directory
        walk = []
        for name in sorted(dirnames):
            full = os.path.join(dirpath, name)
            if os.path.islink(full):  # not walked: one skipped entry, or none if it vanished
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


def _missing(spec: str) -> str | None:
    """What is wrong with an input that names nothing (a path that does not exist, a glob that matches
    no file: a typo in a quoted glob is not an empty crawl); None for a file, a directory or a matching glob."""
    p = Path(spec)
    if p.is_dir() or p.is_file():
        return None
    if glob.has_magic(spec):
        return None if next(glob.iglob(spec, recursive=True), None) is not None else f"no file matches {spec}"
    return spec


def _glob_entries(spec: str, select: Selection) -> list[Entry]:
    """The entries a glob names (directories left out); rels relative to its fixed prefix."""
    root = _glob_root(spec)
    real_root = os.path.realpath(root)
    names = sorted(glob.glob(spec, recursive=True))
    if not names:  # gone since discover checked it
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
    inputs = list(inputs)
    missing = [_missing(spec) for spec in inputs]  # all of them in one error, before any directory is walked
    missing = [m for m in missing if m]
    if missing:
        raise FileNotFoundError(f"input not found: {missing[0]}" if len(missing) == 1 else
                                f"{len(missing)} inputs not found: {'; '.join(missing)}")
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
            readable = readable or skip is None or skip.startswith("read_error")  # not empty: unlistable (its row says)
            if real not in seen:
                seen[real] = (path, safe_str(rel), size, safe_str(real), skip)  # real: already resolved
        if not readable and empty is not None:
            empty.append(spec)
    listed = sorted(seen.values(), key=lambda f: (f[1], f[0]))
    del seen
    return FileList.from_rows(listed)
