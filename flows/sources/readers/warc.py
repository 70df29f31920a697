"""Reader of WARC files (``.warc``; an ARC file is read as WARC): ``response`` records with an HTML
payload, streamed record by record with warcio; the HTTP header's charset goes to the decoder."""

from __future__ import annotations

import re
from collections.abc import Iterator

from flows.sources.decode import decode_bytes
from flows.sources.inputs import InputFile, safe_str
from flows.sources.readers import stream
from flows.sources.readers.base import ReadConfig, parse_date, reject
from schemas import RawDoc, Reject


def read_warc(f: InputFile, cfg: ReadConfig) -> Iterator[RawDoc | Reject]:
    """A RawDoc (HTML) or a Reject per ``response`` record with an HTML payload; other records are not pages."""
    from warcio.archiveiterator import ArchiveIterator

    with stream.open_binary(f.path, cfg.max_doc_bytes) as head:
        start = head.read(16)
    if start.strip() and not start.lstrip().startswith((b"WARC/", b"filedesc:")):  # a WARC (or an ARC, read as WARC)
        # warcio would try to read each text line as a record, logging a warning per line
        yield reject(f, "malformed", f"not a WARC file: it starts with {start[:12]!r}, not 'WARC/'")
        return
    with open(f.path, "rb") as raw:
        for rec in ArchiveIterator(raw, arc2warc=True):
            if rec.rec_type != "response":
                continue
            headers = rec.rec_headers
            record = headers.get_header("WARC-Record-ID") or f"offset:{rec.offset if hasattr(rec, 'offset') else ''}"
            url = headers.get_header("WARC-Target-URI")
            url = safe_str(url.strip()[:4096]) if url else None
            crawl_date = parse_date(headers.get_header("WARC-Date") or "") or f.crawl_date
            ctype = (rec.http_headers.get_header("Content-Type") or "") if rec.http_headers else ""
            if "html" not in ctype.lower():
                continue  # images, scripts, robots.txt: not pages, not inputs of ours
            payload = rec.content_stream().read(cfg.max_doc_bytes + 1)
            if len(payload) > cfg.max_doc_bytes:
                yield reject(f, "too_large", f"WARC payload > {cfg.max_doc_bytes} bytes", record, url, crawl_date)
                continue
            if not payload.strip():
                yield reject(f, "empty", "WARC response with an empty payload", record, url, crawl_date)
                continue
            m = re.search(r"charset=([\w-]+)", ctype, re.IGNORECASE)
            text = decode_bytes(payload, m.group(1) if m else None)
            yield RawDoc(f.source_path, safe_str(text), kind="html", source_record=safe_str(record), url=url,
                         crawl_date=crawl_date)
