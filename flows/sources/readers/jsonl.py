"""Reader of JSON Lines (``.jsonl``, ``.ndjson``): one page per line, ``{"url", "text" | "html",
"fetched_at", ...}``, read line by line; and of ``.json`` files, read as JSON Lines when their first
line is an object (one JSON document is one ``malformed`` reject, never cleaned as a text page)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from flows.sources.decode import decode_bytes
from flows.sources.inputs import InputFile, safe_str
from flows.sources.readers import stream
from flows.sources.readers.base import ReadConfig, first_str, first_url, looks_like_html, parse_date, reject
from schemas import RawDoc, Reject


def read_jsonl(f: InputFile, cfg: ReadConfig) -> Iterator[RawDoc | Reject]:
    """A RawDoc or a Reject per non-blank line, in order; ``cfg`` names the fields read."""
    with stream.open_binary(f.path, cfg.max_file_bytes, cfg.max_gzip_ratio, cfg.gzip_ratio_floor) as fh:
        lines = stream.utf16_lines if stream.has_utf16_bom(fh) else stream.bounded_lines
        for lineno, (line, size) in enumerate(lines(fh, cfg.max_doc_bytes), start=1):
            record = f"line:{lineno}"
            if line is None:
                yield reject(f, "too_large", f"JSONL line of {size} bytes > {cfg.max_doc_bytes}", record)
                continue
            if not line.strip():
                continue
            try:
                obj = json.loads(decode_bytes(line))
            except (ValueError, RecursionError) as exc:  # RecursionError: [[[[... nested past the stack
                yield reject(f, "malformed", f"not JSON: {type(exc).__name__}: {exc}", record)
                continue
            if not isinstance(obj, dict):
                yield reject(f, "malformed", f"JSON {type(obj).__name__}, expected an object", record)
                continue
            url = first_url(obj, cfg.jsonl_url_fields)
            crawl_date = None
            for name in cfg.jsonl_date_fields:
                crawl_date = parse_date(obj.get(name))
                if crawl_date:
                    break
            crawl_date = crawl_date or f.crawl_date
            text, kind = first_str(obj, cfg.jsonl_text_fields), "text"
            if text is not None and looks_like_html(text):
                kind = "html"  # HTML in a text field, as a .txt file may hold a saved page
            if text is None:
                text, kind = first_str(obj, cfg.jsonl_html_fields), "html"
            if text is None:
                looked_for = ", ".join(cfg.jsonl_text_fields + cfg.jsonl_html_fields)
                has = ", ".join(sorted(str(k) for k in obj)[:20]) or "no fields"
                yield reject(f, "empty", f"record has no text or html string (reads {looked_for}; it has {has})",
                              record, url, crawl_date)
                continue
            title = first_str(obj, cfg.jsonl_title_fields)
            yield RawDoc(f.source_path, safe_str(text), kind=kind, source_record=record, url=url, crawl_date=crawl_date,
                         title_hint=safe_str(title) if title else None)


def read_json(f: InputFile, cfg: ReadConfig) -> Iterator[RawDoc | Reject]:
    """A ``.json`` file: JSON Lines if its first non-blank line is an object, else one reject.

    One JSON document (``[{...}, {...}]``, pretty-printed or not) cannot be streamed record by record.
    """
    with stream.open_binary(f.path, cfg.max_file_bytes, cfg.max_gzip_ratio, cfg.gzip_ratio_floor) as fh:
        first = next((line for line, _ in stream.bounded_lines(fh, cfg.max_doc_bytes) if line is None or line.strip()),
                     b"")
    try:
        is_lines = first is not None and isinstance(json.loads(decode_bytes(first)), dict)
    except (ValueError, RecursionError):
        is_lines = False
    if is_lines or not first:  # an empty file: the JSONL reader's 'empty' reject
        yield from read_jsonl(f, cfg)
        return
    yield reject(f, "malformed", "one JSON document, not JSON Lines: write one record (a JSON object) per line, "
                                  "e.g. as .jsonl")
