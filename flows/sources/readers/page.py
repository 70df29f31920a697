"""Reader of one page per file: ``.txt``, ``.html`` and any other file that is not a container
(an HTML page saved as ``.txt`` is read as HTML)."""

from __future__ import annotations

from collections.abc import Iterator

from flows.sources.decode import decode_bytes, looks_binary
from flows.sources.inputs import InputFile, safe_str
from flows.sources.readers import stream
from flows.sources.readers.base import ReadConfig, looks_like_html, reject
from schemas import RawDoc, Reject


def read_page(f: InputFile, cfg: ReadConfig, kind: str) -> Iterator[RawDoc | Reject]:
    """The file's one page as a RawDoc of ``kind`` ('text' or 'html'), or its Reject (empty, binary)."""
    if f.size == 0:
        yield reject(f, "empty", "file has no bytes")
        return
    with stream.open_binary(f.path, cfg.max_doc_bytes) as fh:
        data = fh.read()
    if not data.strip():
        yield reject(f, "empty", "file is empty or whitespace only")
        return
    if looks_binary(data):
        yield reject(f, "binary", "content is not text (binary signature or NUL bytes)")
        return
    text = decode_bytes(data)
    if kind == "text" and looks_like_html(text):
        kind = "html"  # an HTML page saved as .txt
    yield RawDoc(f.source_path, safe_str(text), kind=kind, crawl_date=f.crawl_date)
