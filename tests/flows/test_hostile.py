"""Hostile inputs: every document leaves as exactly one Article or Reject, nothing escapes --out,
nothing hangs, and the reader tells transient I/O errors (retried) from deterministic ones (Rejects).

The corpus is built in a tmp dir; ``EXPECT`` says, per document, what newsclean must make of it:
a reject reason, ``"article"``, or ``None`` when either outcome is acceptable (the cleaners decide).
"""

from __future__ import annotations

import datetime as dt
import errno
import gzip
import json
import os
import random
import time
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows import sources
from flows.cli import main
from flows.sources import InputFile, ReadConfig, discover, file_sha256, is_transient, read_file
from flows.sources.readers import stream
from flows.store import partition_value
from schemas import RawDoc, Reject

REPO = Path(__file__).resolve().parents[2]
ARTICLE = (REPO / "seeds" / "000_94a6c7053f08788c.txt").read_text(encoding="utf-8")
PROSE = ("The minister said on Tuesday that the talks would resume next week in Geneva after a pause, "
         "according to officials familiar with the plans. ")
LATIN1_ARTICLE = "Café owners in Zürich said the naïve plan would cost 2 million francs. " + PROSE * 6

Key = tuple[str, "str | None"]  # (source_path, source_record)


def _gzip_stream(path: Path, chunks) -> None:
    with gzip.open(path, "wb", compresslevel=1) as gz:
        for chunk in chunks:
            gz.write(chunk)


def build_corpus(root: Path, outside: Path) -> dict[Key, str | tuple[str, ...] | None]:
    """Write every hostile case below ``root``; return what each document must become."""
    rnd = random.Random(7)
    expect: dict[Key, str | tuple[str, ...] | None] = {}

    def put(name: str | bytes, data: bytes, outcome: str | tuple[str, ...] | None) -> None:
        path = os.path.join(os.fsencode(root), name) if isinstance(name, bytes) else str(root / name)
        Path(os.fsdecode(path)).parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(data)
        rel = os.fsdecode(name) if isinstance(name, bytes) else name
        expect[(sources.safe_str(rel), None)] = outcome

    utf8 = ARTICLE.encode()
    # --- encodings
    put("enc/utf8_invalid_bytes.txt", utf8[:400] + b"\xff\xfe\xc3" + utf8[400:], "article")
    put("enc/utf16_bom.txt", ARTICLE.encode("utf-16"), "article")
    put("enc/utf16be_bom.txt", b"\xfe\xff" + ARTICLE.encode("utf-16-be"), "article")
    put("enc/utf32_bom.txt", ARTICLE.encode("utf-32"), "article")
    put("enc/utf32be_bom.txt", b"\x00\x00\xfe\xff" + ARTICLE.encode("utf-32-be"), "article")
    put("enc/utf8_bom.txt", b"\xef\xbb\xbf" + utf8, "article")
    put("enc/latin1.txt", LATIN1_ARTICLE.encode("latin-1"), "article")
    put("enc/cp1252.txt", ("“Quoted” – " + LATIN1_ARTICLE).encode("cp1252"), "article")
    put("enc/mojibake.txt", ARTICLE.replace("'", "’").encode("utf-8").decode("cp1252", "replace")
        .encode("utf-8"), "article")
    put("enc/nul_and_controls.txt", utf8.replace(b". ", b".\x00 ", 3).replace(b",", b",\x07", 2), "article")
    put("enc/zero_width.txt", ARTICLE.replace(" ", " \u200b", 50).replace("e", "e\u00ad", 20)
        .replace("a", "\ufeffa", 5).encode(), "article")
    # --- not text
    put("bin/random.txt", bytes(rnd.getrandbits(8) for _ in range(20_000)), "binary")
    put("bin/image.txt", b"\x89PNG\r\n\x1a\n" + bytes(rnd.getrandbits(8) for _ in range(5000)), "binary")
    put("bin/photo.html", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(rnd.getrandbits(8) for _ in range(5000)),
        "binary")
    put("bin/zip.txt", b"PK\x03\x04" + bytes(range(256)) * 10, "binary")
    put("empty/zero.txt", b"", "empty")
    put("empty/spaces.txt", b" \n\t\r\n   \n" * 100, "empty")
    put("empty/only_css.txt", b"body { margin: 0; padding: 0 }\n.nav a { color: #333; }\n@media (max-width: 600px)"
        b" { .x { display: none } }\n" * 50, ("no_article", "empty"))
    put("empty/only_menus.txt", b"Home\nWorld\nPolitics\nBusiness\nSports\nLogin\nSubscribe\n" * 40,
        ("no_article", "empty"))
    put("empty/only_scripts.html", b"<html><head><script>var a = 1; function f() { return a; }</script></head>"
        b"<body><script>document.write('x')</script></body></html>", ("no_article", "empty"))
    put("empty/only_scripts.txt", b"var a = 1;\nfunction f() { return a; }\nwindow.onload = f;\n" * 30,
        ("no_article", "empty"))
    # --- size and structure
    put("size/long_line_2mb.txt", (PROSE * (2_000_000 // len(PROSE))).encode(), None)
    put("size/short_lines_300k.txt", "".join(f"item {i}\n" for i in range(300_000)).encode(),
        ("no_article", "timeout"))
    put("size/deep_nesting.html", b"<html><body>" + b"<div>" * 50_000 + PROSE.encode() * 20 + b"</div>" * 50_000
        + b"</body></html>", None)
    put("size/broken.html", b"<html><body><p>" + PROSE.encode() * 10 + b"<p><b><i><span" * 20_000 + b"</htm",
        None)
    put("size/too_large.txt", b"word " * 1_700_000, "too_large")  # 8.5 MB > the 8 MB document budget
    put("size/adversarial_spaces.txt", b"a" + b" " * 1_000_000 + b"b\n" + b"[" * 500_000 + b"\n"
        + b"January February Monday " * 20_000, ("no_article", "timeout"))
    # --- compression
    full = gzip.compress(utf8)
    put("gz/truncated.txt.gz", full[: len(full) // 2], "read_error")
    put("gz/not_really.txt.gz", utf8, "article")  # the name says gzip, the bytes say text
    put("gz/ok.txt.gz", full, "article")
    _gzip_stream(root / "gz" / "bomb.txt.gz", (b"\0" * (1 << 20) for _ in range(40)))  # 40 MB of NULs
    expect[("gz/bomb.txt.gz", None)] = "too_large"
    # --- JSONL: one document per non-blank line; a bad line rejects that line only
    good = json.dumps({"url": "https://news.example.com/a/1", "text": ARTICLE, "fetched_at": "2024-05-03"})
    lines: list[tuple[bytes, str | None]] = [
        (good.encode(), "article"),
        (b"{not json", "malformed"),
        (b"[1, 2, 3]", "malformed"),
        (b'"just a string"', "malformed"),
        (b"[" * 100_000 + b"]" * 100_000, "malformed"),  # nested past the recursion limit
        (b"", None),  # blank: not a document
        (json.dumps({"url": "x", "title": "no text"}).encode(), "empty"),
        (json.dumps({"text": ARTICLE.replace("Putin", "Putin\ud800", 1), "url": "\udcff://evil"}).encode(),
         "article"),  # lone surrogates from JSON escapes
        (json.dumps({"text": LATIN1_ARTICLE}, ensure_ascii=False).encode("latin-1"), "article"),
        (json.dumps({"text": 12345, "html": None}).encode(), "empty"),
        (json.dumps({"text": ARTICLE, "fetched_at": "../../etc/passwd", "url": "https://a=b/../../x"}).encode(),
         "article"),
        (json.dumps({"text": "x" * 9_000_000}).encode(), "too_large"),  # over the 8 MB budget, skipped in chunks
        (json.dumps({"html": f"<html><body><article><p>{ARTICLE}</p></article></body></html>",
                     "url": "https://news.example.com/b"}).encode(), None),
    ]
    (root / "jsonl").mkdir()
    with open(root / "jsonl" / "mixed.jsonl", "wb") as fh:
        for n, (line, outcome) in enumerate(lines, start=1):
            fh.write(line + b"\n")
            if line:
                expect[("jsonl/mixed.jsonl", f"line:{n}")] = outcome
    put("jsonl/empty.jsonl", b"\n\n  \n", "empty")  # a container without documents: one row
    put("jsonl/not_json_at_all.ndjson", bytes(rnd.getrandbits(8) for _ in range(3000)).replace(b"\n", b""), None)
    expect[("jsonl/not_json_at_all.ndjson", "line:1")] = expect.pop(("jsonl/not_json_at_all.ndjson", None)) or "malformed"
    _gzip_stream(root / "jsonl" / "bomb.jsonl.gz", [good.encode() + b"\n"] + [b"0" * (1 << 20)] * 100)
    expect[("jsonl/bomb.jsonl.gz", "line:1")] = "article"
    expect[("jsonl/bomb.jsonl.gz", "after:1")] = "too_large"  # 100 MB, cut at the gzip ratio cap
    put("warc/not_a_warc.warc", b"this is not a WARC file\n" * 10, ("malformed", "empty"))
    # --- names and paths
    names = ["names/a b c.txt", "names/ünïcödé 記事.txt", "names/$(touch PWNED).txt", "names/-rf.txt",
             "names/;rm -rf ~;|&.txt", "names/back`tick`.txt", "names/new\nline.txt", "names/'quote\".txt",
             "names/*?[glob].txt"]
    for name in names:
        put(name, utf8, "article")
    put(b"names/latin1-name-caf\xe9.txt", utf8, "article")  # a file name that is not UTF-8
    (root / "names" / ".hidden.txt").write_bytes(utf8)  # hidden: not an input
    (root / ".hidden_dir").mkdir()
    (root / ".hidden_dir" / "page.txt").write_bytes(utf8)
    secret = outside / "secret.txt"
    secret.write_bytes(utf8)
    (root / "names" / "link_out.txt").symlink_to(secret)  # symlink out of the root: not followed
    (root / "names" / "link_dir_out").symlink_to(outside, target_is_directory=True)
    (root / "names" / "link_dir_in").symlink_to(root / "names", target_is_directory=True)  # its files: once, as names/
    (root / "names" / "loop").symlink_to(root / "names" / "loop")
    os.mkfifo(root / "names" / "fifo.txt")  # reading it would block forever: not a file, skipped
    for name in ("names/.hidden.txt", ".hidden_dir", "names/link_out.txt", "names/link_dir_out", "names/link_dir_in",
                 "names/loop", "names/fifo.txt"):
        expect[(name, None)] = "skipped"  # not read, but a row says so
    return expect


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict]:
    base = tmp_path_factory.mktemp("hostile")
    root, outside = base / "in", base / "outside"
    root.mkdir()
    outside.mkdir()
    return root, outside, build_corpus(root, outside)


def _rel(source_path: str, root: Path) -> str:
    """A row's source path (the file's real absolute path) relative to the corpus root, as ``expect`` has it."""
    prefix = str(root.resolve()) + "/"
    assert source_path.startswith(prefix), source_path
    return source_path[len(prefix):]


def _reason(rec: RawDoc | Reject) -> str:
    return "article" if isinstance(rec, RawDoc) else rec.reason


def _matches(got: str, want: str | tuple[str, ...] | None) -> bool:
    return want is None or got == want or (isinstance(want, tuple) and got in want)


# ------------------------------------------------------------------ reading level (fast, no Prefect)


def test_discovery_skips_hidden_fifos_and_symlinks_out_of_the_root(corpus) -> None:
    root, _, expect = corpus
    files = discover([str(root)])
    assert {f.rel for f in files} == {rel for rel, _ in expect}
    read = {f.rel for f in files if not f.skip}
    assert not any("hidden" in r or "link" in r or "fifo" in r or "loop" in r for r in read)
    assert {f.rel: f.skip.split(" (")[0] for f in files if f.skip} == {
        "names/.hidden.txt": "skipped: hidden file", ".hidden_dir": "skipped: hidden directory",
        "names/link_out.txt": "skipped: symlink outside the input root",
        "names/link_dir_out": "skipped: symlink outside the input root", "names/loop": "skipped: symlink loop",
        "names/link_dir_in": "skipped: symlink to a directory of the input root", "names/fifo.txt": "skipped: not a regular file"}
    globbed = {f.rel: f.skip for f in discover([str(root / "names" / "*")])}
    assert globbed["link_out.txt"] and globbed["fifo.txt"] and globbed["a b c.txt"] is None



def test_discovery_lists_each_real_file_once_with_paths_relative_to_the_root(tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "crawl"
    (root / "2024-05-03" / "site").mkdir(parents=True)
    page = root / "2024-05-03" / "site" / "page.txt"
    page.write_text("Body line.\n")
    (root / "zz").mkdir()
    (root / "zz" / "alias.txt").symlink_to(page)  # a link inside the root, walked later: listed once
    (tmp_path / "via").symlink_to(root, target_is_directory=True)  # the root itself through a link
    monkeypatch.chdir(tmp_path)
    for spec in ("crawl", str(tmp_path / "via"), "crawl/../crawl"):
        files = discover([spec])
        assert [(f.rel, f.crawl_date) for f in files] == [("2024-05-03/site/page.txt", dt.date(2024, 5, 3))], spec
        assert Path(files[0].path).is_absolute() and Path(files[0].path).read_text() == "Body line.\n"
        assert files[0].size == page.stat().st_size
    assert len(discover(["crawl", str(tmp_path / "via")])) == 1  # one file named twice is one input

def test_every_file_reads_as_expected(corpus) -> None:
    root, _, expect = corpus
    got: dict[Key, str] = {}
    for f in discover([str(root)]):
        t = time.perf_counter()
        for rec in read_file(f):
            key = (_rel(rec.source_path, root), rec.source_record)
            assert key not in got, f"two rows for {key}"
            got[key] = _reason(rec)
            if isinstance(rec, RawDoc):
                rec.text.encode("utf-8")  # parquet-safe: no lone surrogates
                assert rec.url is None or "\udcff" not in rec.url
        assert time.perf_counter() - t < 20, f"reading {f.rel} took too long"
    assert set(got) == set(expect)
    # reading decides read-level outcomes; content-level ones (no_article, timeout) come from cleaning
    read_level = {"binary", "empty", "read_error", "too_large", "malformed", "skipped"}
    for key, want in expect.items():
        wants = want if isinstance(want, tuple) else (want,)
        if want is not None and all(w in read_level for w in wants):
            assert got[key] in wants, (key, got[key], want)
        elif want == "article" or (isinstance(want, tuple) and not set(wants) & read_level):
            assert got[key] == "article", (key, got[key])


@pytest.mark.parametrize("name,data,expected", [
    ("utf16_nobom.txt", ARTICLE.encode("utf-16-le"), "Kim Jong-un"),
    ("latin1.txt", LATIN1_ARTICLE.encode("latin-1"), "Café owners in Zürich"),
    ("mostly_utf8.txt", ("naïve café “quoted” " + PROSE).encode() + b"\xe9 end", "naïve café “quoted”"),
    ("utf32be.txt", b"\x00\x00\xfe\xff" + "Zürich €".encode("utf-32-be"), "Zürich €"),
])
def test_decoding(tmp_path: Path, name: str, data: bytes, expected: str) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    (doc,) = read_file(InputFile(str(p), name, p.stat().st_size))
    assert isinstance(doc, RawDoc) and expected in doc.text


def _file(tmp_path: Path, name: str = "page.txt") -> InputFile:
    p = tmp_path / name
    p.write_text(ARTICLE)
    return InputFile(str(p), name, p.stat().st_size)


def test_transient_read_error_raises_for_a_retry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = _file(tmp_path)

    def eio(*args, **kwargs):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(stream, "open_binary", eio)
    with pytest.raises(OSError) as info:
        list(read_file(f))
    assert is_transient(info.value)


@pytest.mark.parametrize("err", [errno.EACCES, errno.ENOENT, errno.EISDIR])
def test_deterministic_read_error_is_a_reject(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, err: int) -> None:
    f = _file(tmp_path)

    def fail(*args, **kwargs):
        raise OSError(err, os.strerror(err))

    monkeypatch.setattr(stream, "open_binary", fail)
    (rec,) = read_file(f)
    assert isinstance(rec, Reject) and rec.reason == "read_error" and os.strerror(err) in rec.detail


def test_file_hash_of_a_vanished_file_does_not_stop_the_run(tmp_path: Path) -> None:
    assert file_sha256(str(tmp_path / "gone.txt")) == "unreadable:ENOENT"


def test_small_caps_cut_bombs_and_long_lines_without_reading_them_whole(tmp_path: Path) -> None:
    p = tmp_path / "lines.jsonl.gz"
    _gzip_stream(p, [b'{"text": "short"}\n', b"x" * 5_000_000 + b"\n", b'{"text": "after"}\n'])
    cfg = ReadConfig(max_doc_bytes=100_000)
    got = [(r.source_record, _reason(r)) for r in read_file(InputFile(str(p), p.name, p.stat().st_size), cfg)]
    assert got == [("line:1", "article"), ("line:2", "too_large"), ("line:3", "article")]
    cfg = ReadConfig(max_doc_bytes=100_000, gzip_ratio_floor=1_000_000)  # ratio cap: 200 x ~5 KB < 5 MB
    got = [(r.source_record, _reason(r)) for r in read_file(InputFile(str(p), p.name, p.stat().st_size), cfg)]
    assert got == [("line:1", "article"), ("after:1", "too_large")]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.sampled_from(["..", ".", "../../etc", "a/b", "a=b", "/", "\\", "\x00", "~", "-rf",
                                             "__HIVE_DEFAULT_PARTITION__", "𠀀" * 100, "é" * 300])))
def test_partition_values_stay_one_directory_inside_the_tree(value: str) -> None:
    v = partition_value(value)
    assert v and v not in (".", "..") and not v.startswith(".")
    assert not set(v) & {"/", "\\", "=", "\x00", "%"} and v.isprintable()
    assert len(f"publisher={v}".encode()) < 255  # a valid file name on any common filesystem
    assert partition_value(v) == v  # stable: writing and re-reading a partition agree


# ------------------------------------------------------------------ the whole run (CLI in-process)


def _snapshot(path: Path) -> set[str]:
    return {os.fsdecode(os.path.join(d, n)) for d, ds, fs in os.walk(path) for n in ds + fs}


def test_cli_accounts_for_every_hostile_document(corpus, tmp_path: Path) -> None:
    root, outside, expect = corpus
    before_in, before_outside = _snapshot(root), _snapshot(outside)
    cwd_before = set(os.listdir("."))
    out = tmp_path / "out"
    t = time.perf_counter()
    code = main(["run", str(root), "--out", str(out), "--doc-timeout", "3", "--language-backend", "fasttext",
                 "--partition-by", "crawl_date,language,publisher"])
    took = time.perf_counter() - t
    assert code == 0
    assert took < 240, f"hostile run took {took:.0f} s"

    current = (out / "current").resolve()
    articles = pq.read_table(current / "articles", partitioning="hive").to_pylist() \
        if any((current / "articles").rglob("*.parquet")) else []
    rejects = pq.read_table(current / "_rejects", partitioning="hive").to_pylist()
    got: dict[Key, str] = {}
    for row in articles:
        got[(_rel(row["source_path"], root), row["source_record"])] = "article"
    for row in rejects:
        key = (_rel(row["source_path"], root), row["source_record"])
        assert key not in got, f"two rows for {key}"
        got[key] = row["reason"]
    assert len(got) == len(articles) + len(rejects), "a document has two rows"
    assert set(got) == set(expect), (set(expect) - set(got), set(got) - set(expect))
    wrong = {k: (got[k], want) for k, want in expect.items() if not _matches(got[k], want)}
    assert not wrong
    assert "error" not in Counter(got.values())

    # nothing written outside --out: inputs, the outside dir and the working directory are untouched
    assert _snapshot(root) == before_in and _snapshot(outside) == before_outside
    assert set(os.listdir(".")) == cwd_before and not Path("PWNED").exists()
    real_out = out.resolve()
    for p in out.rglob("*"):
        if p.is_symlink():
            assert p.resolve().is_relative_to(real_out), p
    # partition directories are single key=value components inside the tree
    for p in current.rglob("*"):
        if p.is_dir() and "=" in p.name:
            key, _, value = p.name.partition("=")
            assert key in ("crawl_date", "language", "publisher") and value and "/" not in value
            assert not value.startswith(".")


def test_output_inside_the_input_directory_is_not_read_back(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "page.txt").write_text(ARTICLE, encoding="utf-8")
    out = root / "out"
    for _ in range(2):  # the second run sees the first run's parquet files and manifest below root
        assert main(["run", str(root), "--out", str(out), "--language-backend", "langdetect", "--force"]) == 0
    assert [f.rel for f in discover([str(root)], exclude=[out])] == ["page.txt"]
    current = (out / "current").resolve()
    assert pq.read_table(current / "articles").num_rows == 1
    assert not any((current / "_rejects").rglob("*.parquet"))


@pytest.mark.parametrize("gzipped", [False, True])
def test_closing_a_stream_closes_its_file(tmp_path: Path, gzipped: bool) -> None:
    """A reader's stream closed (``with``) leaves no file open (a GzipFile does not close the file under
    it): a run of a million files must not wait on the garbage collector for its descriptors."""
    import gc
    import warnings

    path = tmp_path / "page.txt.gz"
    path.write_bytes(gzip.compress(b"Some text.\n") if gzipped else b"Some text.\n")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        with stream.open_binary(str(path), 1000) as fh:
            assert fh.read() == b"Some text.\n"
        del fh
        gc.collect()
    assert not [w for w in caught if issubclass(w.category, ResourceWarning)]


def test_too_large_says_after_decompression_only_for_gzip(tmp_path: Path) -> None:
    plain, packed = tmp_path / "big.txt", tmp_path / "big.txt.gz"
    plain.write_bytes(b"word " * 300)
    packed.write_bytes(gzip.compress(b"word " * 300))
    said = {}
    for path in (plain, packed):
        with pytest.raises(stream.TooLarge) as exc, stream.open_binary(str(path), 1000) as fh:
            fh.read()
        said[path.name] = str(exc.value)
    assert said == {"big.txt": "more than 1000 bytes", "big.txt.gz": "more than 1000 bytes after decompression"}


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_utf16_jsonl_file_gives_every_record(tmp_path: Path, encoding: str) -> None:
    """Windows PowerShell writes UTF-16 with a byte-order mark: found by a new-user pass, its first line
    was malformed and a bogus record appeared."""
    records = [{"url": f"https://ex.com/{i}", "text": f"Überschrift {i}\nDer Rat beschloss am Montag den Neubau."}
               for i in range(3)]
    text = "\r\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\r\n"
    path = tmp_path / "feed.jsonl.gz"
    data = text.encode(encoding) if encoding == "utf-16" else b"\xfe\xff" + text.encode(encoding)
    path.write_bytes(gzip.compress(data))
    [f] = list(discover([str(path)]))
    docs = list(read_file(f, ReadConfig()))
    assert [(type(d).__name__, d.source_record, d.url) for d in docs] == [
        ("RawDoc", f"line:{i + 1}", f"https://ex.com/{i}") for i in range(3)]
    assert docs[0].text.startswith("Überschrift 0\n")
