"""Every input format through the CLI, with its provenance: text, HTML, JSONL and WARC, plain or gzipped."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pandas as pd
import pyarrow.dataset as ds
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from flows.cli import main

PARAGRAPHS = [
    "The city council approved a new plan for the harbour district on Monday after a long debate.",
    "The plan covers housing, transport and two new parks along the waterfront, officials said.",
    "Residents will be able to comment on the proposal until the end of next month, the city added.",
]
TEXT = "Council approves harbour plan\nBy Jane Roe\n" + "\n".join(PARAGRAPHS) + "\nShare on Facebook\n"
HTML = (
    "<html><head><title>Council approves harbour plan</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    "<article><h1>Council approves harbour plan</h1>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    + "</article><footer>© 2024 Example News</footer></body></html>"
)


def _warc(path: Path, pages: list[tuple[str, str, str]]) -> None:
    """pages: (url, WARC-Date, html)"""
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        for url, date, html in pages:
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")),
                                            http_headers=http, warc_headers_dict={"WARC-Date": date})
            writer.write_record(rec)
        # a non-HTML response is not a page: skipped, not rejected
        http = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://example.com/logo.png", "response",
                                                      payload=io.BytesIO(b"\x89PNG...."), http_headers=http))


def _rows(out: Path, sub: str = "articles") -> list[dict]:
    return ds.dataset(out / sub, format="parquet", partitioning="hive").to_table().to_pylist()


def test_all_formats_plain_and_gzipped(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "page.txt").write_text(TEXT)
    (raw / "page2.txt.gz").write_bytes(gzip.compress(TEXT.replace("harbour", "river").encode()))
    (raw / "page.html").write_text(HTML)
    (raw / "page2.html.gz").write_bytes(gzip.compress(HTML.replace("harbour", "airport").encode()))
    feed = [{"url": "https://example.com/a", "fetched_at": "2024-05-03T08:00:00Z", "text": TEXT},
            {"url": "https://example.com/b", "fetched_at": "2024-05-04T08:00:00Z", "html": HTML}]
    (raw / "feed.jsonl.gz").write_bytes(gzip.compress("\n".join(json.dumps(r) for r in feed).encode()))
    _warc(raw / "crawl.warc.gz", [("https://example.com/c", "2024-05-05T09:00:00Z", HTML),
                                  ("https://example.com/d", "2024-05-06T09:00:00Z", HTML.replace("harbour", "port"))])

    assert main(["run", str(raw), "--out", str(out)]) == 0
    rows = _rows(out)
    assert len(rows) == 8
    by_url = {r["url"]: r for r in rows if r["url"]}
    assert by_url["https://example.com/a"]["source_record"] == "line:1"
    assert str(by_url["https://example.com/b"]["crawl_date"]) == "2024-05-04"
    assert str(by_url["https://example.com/d"]["crawl_date"]) == "2024-05-06"
    assert by_url["https://example.com/c"]["source_path"] == str((raw / "crawl.warc.gz").resolve())
    assert by_url["https://example.com/c"]["source_record"].startswith("<urn:uuid:")
    for r in rows:
        assert "Share on Facebook" not in r["body"] and "Home" not in r["body"]
        assert PARAGRAPHS[1].split(",")[0] in r["body"]
    html_row = next(r for r in rows if r["source_path"] == str((raw / "page.html").resolve()))
    assert html_row["headline"] == "Council approves harbour plan"


def test_pandas_reads_the_dataset(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "page.txt").write_text(TEXT)
    assert main(["run", str(raw), "--out", str(out), "--crawl-date", "2024-05-03"]) == 0
    df = pd.read_parquet(out / "articles", filters=[("language", "=", "en")])
    assert list(df["headline"]) == ["Council approves harbour plan"]
    assert list(df["authors"].iloc[0]) == ["Jane Roe"]


def test_html_only_run_counts_no_lines(tmp_path: Path, monkeypatch) -> None:
    # HTML files have no raw text lines for the corpus-level count: pass 1 sends them no task.
    import flows.flow as flow_mod

    def refuse(*args, **kwargs):
        raise AssertionError("pass 1 ran on an HTML-only shard")

    monkeypatch.setattr(flow_mod, "count_lines_task", type("NoTask", (), {"submit": staticmethod(refuse)}))
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "page.html").write_text(HTML)
    (raw / "page2.html.gz").write_bytes(gzip.compress(HTML.replace("harbour", "airport").encode()))
    assert main(["run", str(raw), "--out", str(tmp_path / "out")]) == 0
    assert len(_rows(tmp_path / "out")) == 2


def test_an_html_page_gives_its_declared_url_and_the_manifest_says_where_urls_came_from(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    canonical = '<link rel="canonical" href="https://news.example.com/2024/05/harbour-plan">'
    (raw / "page.html").write_text(HTML.replace("</title>", "</title>" + canonical))
    (raw / "feed.jsonl").write_text(json.dumps({"url": "https://example.com/a", "text": TEXT}) + "\n")
    assert main(["run", str(raw), "--out", str(out)]) == 0
    urls = {Path(r["source_path"]).name: r["url"] for r in _rows(out)}
    assert urls == {"page.html": "https://news.example.com/2024/05/harbour-plan", "feed.jsonl": "https://example.com/a"}
    [manifest] = [json.loads(p.read_text()) for p in (out / "_runs").glob("*.json")]
    assert manifest["summary"]["urls"] == {"from_input": 1, "from_page": 1}


def _record(writer: WARCWriter, url: str, kind: str, payload: str, content_type: str | None) -> None:
    if kind == "resource":  # no HTTP header: the record's own says what it holds
        rec = writer.create_warc_record(url, "resource", payload=io.BytesIO(payload.encode()),
                                        warc_content_type=content_type)
    else:
        http = StatusAndHeaders("200 OK", [("Content-Type", content_type)] if content_type else [], protocol="HTTP/1.1")
        rec = writer.create_warc_record(url, "response", payload=io.BytesIO(payload.encode()), http_headers=http)
    writer.write_record(rec)


def test_warc_pages_however_declared_and_gzipped_whole(tmp_path: Path) -> None:
    """Found by a new-user pass: a WARC gzipped as one stream lost every record after the first; an HTML
    response without a Content-Type, a text/plain response and a resource record gave no row at all."""
    plain = io.BytesIO()
    writer = WARCWriter(plain, gzip=False)
    _record(writer, "https://ex.com/declared", "response", HTML, "text/html; charset=utf-8")
    _record(writer, "https://ex.com/undeclared", "response", HTML.replace("harbour", "river"), None)
    _record(writer, "https://ex.com/plain", "response", TEXT.replace("harbour", "airport"), "text/plain")
    _record(writer, "https://ex.com/resource", "resource", HTML.replace("harbour", "museum"), "text/html")
    _record(writer, "https://ex.com/logo.png", "response", "PNG....", "image/png")  # not a page: no row
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "whole.warc.gz").write_bytes(gzip.compress(plain.getvalue()))
    assert main(["run", str(raw), "--out", str(out)]) == 0
    urls = sorted(r["url"] for r in _rows(out))
    assert urls == ["https://ex.com/declared", "https://ex.com/plain", "https://ex.com/resource",
                    "https://ex.com/undeclared"]
    assert not (out / "_rejects").exists() or not _rows(out, "_rejects")


def test_a_truncated_warc_record_is_a_read_error_not_a_short_article(tmp_path: Path) -> None:
    plain = io.BytesIO()
    writer = WARCWriter(plain, gzip=False)
    for k in range(3):
        _record(writer, f"https://ex.com/{k}", "response", HTML.replace("harbour", f"harbour {k}"), "text/html")
    data = plain.getvalue()
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "cut.warc").write_bytes(data[: len(data) - 200])  # the file ends inside the third record
    assert main(["run", str(raw), "--out", str(out)]) == 0
    assert sorted(r["url"] for r in _rows(out)) == ["https://ex.com/0", "https://ex.com/1"]
    rejects = _rows(out, "_rejects")
    assert [(r["reason"], r["url"]) for r in rejects] == [("read_error", "https://ex.com/2")]
    assert "truncated" in rejects[0]["detail"]


def test_html_in_a_jsonl_text_field_is_read_as_html(tmp_path: Path) -> None:
    """Found by a new-user pass: a crawler's `content` field holding the page's HTML was cleaned as text
    (tags as headline and body), and --jsonl-field html=content did not help: content stayed a text field."""
    raw = tmp_path / "raw"
    raw.mkdir()
    fragment = HTML.split("<body>")[1].split("</body>")[0]  # a fragment, no <html>: starts with <nav>
    (raw / "feed.jsonl").write_text(json.dumps({"url": "https://ex.com/a", "content": fragment}) + "\n")
    for extra in ([], ["--jsonl-field", "html=content"]):
        out = tmp_path / f"out{len(extra)}"
        assert main(["run", str(raw), "--out", str(out), *extra]) == 0
        [row] = _rows(out)
        assert "<" not in row["body"] and "<" not in (row["headline"] or "")
        assert PARAGRAPHS[1] in row["body"]


def test_a_field_named_for_html_is_no_longer_read_as_text() -> None:
    from flows.cli import read_config

    cfg = read_config([("html", "content")])
    assert "content" not in cfg.jsonl_text_fields and cfg.jsonl_html_fields[0] == "content"
    assert read_config(None).jsonl_text_fields == ("text", "content", "raw_text")
