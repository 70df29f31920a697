"""An input file's bytes as a stream: gzip looked through (by magic bytes), size caps that cut
gzip bombs and overlong documents without reading them whole, and lines of bounded length."""

from __future__ import annotations

import gzip
import io
import os
from collections.abc import Iterator


class TooLarge(Exception):
    pass


class _CappedReader(io.RawIOBase):
    """Wraps a binary stream and raises TooLarge past ``limit`` bytes (caps gzip bombs)."""

    def __init__(self, inner: io.BufferedIOBase, limit: int, file: io.BufferedIOBase | None = None) -> None:
        self._inner, self._limit, self._read = inner, limit, 0
        self._file = file  # the file under a GzipFile, which does not close it (None: not gzipped)

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        if not self.closed:
            self._inner.close()
            if self._file is not None:
                self._file.close()
        super().close()

    def readinto(self, b) -> int:  # type: ignore[override]
        n = self._inner.readinto(b)
        self._read += n or 0
        if self._read > self._limit:
            raise TooLarge(f"more than {self._limit} bytes" + (" after decompression" if self._file else ""))
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
    return io.BufferedReader(_CappedReader(inner, limit, fh if inner is not fh else None), buffer_size=1 << 16)


def bounded_lines(fh: io.BufferedReader, limit: int) -> Iterator[tuple[bytes | None, int]]:
    """``(line, size)`` for each line; a line over ``limit`` bytes is skipped in chunks and comes as
    ``(None, size)``, so one 5 GB line (or a bomb without newlines) never sits in memory."""
    return _bounded(fh.readline, b"\n", limit, lambda line: line)


def utf16_lines(fh: io.BufferedReader, limit: int) -> Iterator[tuple[bytes | None, int]]:
    """:func:`bounded_lines` of a UTF-16 text (with its byte-order mark, as Windows PowerShell writes
    files), each line re-encoded as UTF-8; ``limit`` and sizes count characters."""
    text = io.TextIOWrapper(fh, encoding="utf-16", errors="replace", newline="")
    return _bounded(text.readline, "\n", limit, lambda line: line.encode("utf-8"))


def _bounded(readline, newline, limit: int, to_bytes) -> Iterator[tuple[bytes | None, int]]:
    while True:
        line = readline(limit + 1)
        if not line:
            return
        if len(line) <= limit:
            yield to_bytes(line), len(line)
            continue
        size = len(line)
        while not line.endswith(newline):
            line = readline(1 << 20)
            if not line:
                break
            size += len(line)
        yield None, size


def has_utf16_bom(fh: io.BufferedReader) -> bool:
    """Whether the stream starts with a UTF-16 byte-order mark (and not UTF-32's, which starts alike)."""
    start = fh.peek(4)[:4]
    return start[:2] in (b"\xff\xfe", b"\xfe\xff") and start != b"\xff\xfe\x00\x00"
