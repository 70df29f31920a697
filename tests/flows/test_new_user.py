"""What a new user runs into: inputs and options the README does not show, each with a clear
error (exit 2 for usage) or a reject row that says what was wrong."""

from __future__ import annotations

from pathlib import Path

from flows.sources import InputFile, read_file


def _read(path: Path) -> list:
    return list(read_file(InputFile(str(path), path.name, path.stat().st_size)))


def test_a_warc_name_on_a_file_that_is_not_warc_is_one_quiet_reject(tmp_path: Path, capfd) -> None:
    page = tmp_path / "page.warc"
    page.write_text("Council approves budget\nBy Jane Smith\n\nThe council approved the budget on Monday.\n")
    rows = _read(page)
    assert [(r.reason, r.source_record) for r in rows] == [("malformed", None)]
    assert "not a WARC file" in rows[0].detail
    out, err = capfd.readouterr()
    assert "WARC-Target-URI" not in out + err  # warcio did not parse the text lines as records


def test_an_empty_warc_is_still_an_empty_reject(tmp_path: Path) -> None:
    (tmp_path / "none.warc").write_bytes(b"")
    assert [r.reason for r in _read(tmp_path / "none.warc")] == ["empty"]
