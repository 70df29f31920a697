"""Reader of WARC files (``.warc``, plain or gzipped; an ARC file is read as WARC): ``response`` and
``resource`` records of HTML or plain text, streamed record by record with warcio; the HTTP header's
charset goes to the decoder."""

from __future__ import annotations

import re
from collections.abc import Iterator

from flows.sources.decode import decode_bytes
from flows.sources.inputs import InputFile, safe_str
from flows.sources.readers import stream
from flows.sources.readers.base import ReadConfig, looks_like_html, parse_date, reject
from schemas import RawDoc, Reject

#: Media types of a record that is a page: HTML, or text as crawlers dump it (other records are images,
#: scripts, robots.txt...: not pages, not inputs of ours).
_PAGE_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}


def record_kind(media_type: str, payload: bytes) -> str | None:
    """"html" or "text" for a record that is a page, by its media type, or by its first bytes when it
    declares none; None for other records.

    >>> record_kind("text/html; charset=utf-8", b""), record_kind("", b"<!DOCTYPE html><p>x"), record_kind("", b"PNG")
    ('html', 'html', None)
    """
    declared = media_type.split(";")[0].strip().lower()
    if declared:
        return _PAGE_TYPES.get(declared)
    return "html" if looks_like_html(payload[:1024].decode("latin-1")) else None


def read_warc(f: InputFile, cfg: ReadConfig) -> Iterator[RawDoc | Reject]:
    """A RawDoc or a Reject per ``response`` or ``resource`` record that is a page (:func:`record_kind`);
    other records are not pages. The file may be gzipped record by record or whole."""
    from warcio.archiveiterator import ArchiveIterator

    with stream.open_binary(f.path, cfg.max_doc_bytes) as head:
        start = head.read(16)
    if start.strip() and not start.lstrip().startswith((b"WARC/", b"filedesc:")):  # a WARC (or an ARC, read as WARC)
        # warcio would try to read each text line as a record, logging a warning per line
        yield reject(f, "malformed", f"not a WARC file: it starts with {start[:12]!r}, not 'WARC/'")
        return
    # Decompressed here (one gzip stream or one per record alike); warcio reads plain records.
    with stream.open_binary(f.path, cfg.max_file_bytes, cfg.max_gzip_ratio, cfg.gzip_ratio_floor) as raw:
        for rec in ArchiveIterator(raw, arc2warc=True):
            if rec.rec_type not in ("response", "resource"):
                continue
            headers = rec.rec_headers
            record = headers.get_header("WARC-Record-ID") or f"offset:{rec.offset if hasattr(rec, 'offset') else ''}"
            url = headers.get_header("WARC-Target-URI")
            url = safe_str(url.strip()[:4096]) if url else None
            crawl_date = parse_date(headers.get_header("WARC-Date") or "") or f.crawl_date
            if rec.rec_type == "response":
                ctype = (rec.http_headers.get_header("Content-Type") or "") if rec.http_headers else ""
            else:  # a resource record has no HTTP header: its own says what it holds
                ctype = headers.get_header("Content-Type") or ""
            if ctype and record_kind(ctype, b"") is None:
                continue  # images, scripts, robots.txt: not pages, not inputs of ours
            payload = rec.content_stream().read(cfg.max_doc_bytes + 1)
            if len(payload) > cfg.max_doc_bytes:
                yield reject(f, "too_large", f"WARC payload > {cfg.max_doc_bytes} bytes", record, url, crawl_date)
                continue
            if getattr(rec.raw_stream, "limit", 0) > 0:  # fewer bytes than the record's Content-Length
                yield reject(f, "read_error", "truncated WARC record: the file ends inside it", record, url, crawl_date)
                return
            kind = record_kind(ctype, payload)
            if kind is None:
                continue  # no media type, and not HTML by its first bytes
            if not payload.strip():
                yield reject(f, "empty", "WARC response with an empty payload", record, url, crawl_date)
                continue
            m = re.search(r"charset=([\w-]+)", ctype, re.IGNORECASE)
            text = decode_bytes(payload, m.group(1) if m else None)
            yield RawDoc(f.source_path, safe_str(text), kind=kind, source_record=safe_str(record), url=url,
                         crawl_date=crawl_date)
