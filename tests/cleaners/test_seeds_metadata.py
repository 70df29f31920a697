"""The five bundled seeds: metadata as hand-labelled in the shared seeds gold."""

from pathlib import Path

import pytest

from cleaners import explain
from schemas import Article, RawDoc

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _article(stem: str) -> Article:
    path = next(SEEDS.glob(f"{stem}_*.txt"))
    rec = explain(RawDoc(source_path=path.name, text=path.read_text(encoding="utf-8"))).record
    assert isinstance(rec, Article), rec
    return rec


def test_seed_000_wire_story():
    a = _article("000")
    assert a.headline == "N.K. leader could hold first summit with Putin next week: sources"
    assert a.headline_markers == []
    assert (a.dateline_place, a.dateline_agency, a.dateline_date) == ("MOSCOW", "Yonhap", "--04-15")
    assert a.authors == []
    assert a.published_at is None


def test_seed_001_korea_herald_dateline():
    a = _article("001")
    assert a.headline == "North Korean, Russian leaders may hold summit next week"
    assert (a.dateline_place, a.dateline_agency) == ("SEOUL", "The Korea Herald/ANN")
    assert a.authors == []
    assert a.published_at is None


def test_seed_002_publisher_from_copyright():
    a = _article("002")
    assert a.publisher == "IBTimes"
    assert a.headline == "North Korea's Kim Jong Un, Vladimir Putin To Have Summit In Russia 'Soon'"
    assert a.authors == []
    assert a.published_at is None  # the footer's copyright year is not a publication date


def test_seed_003_byline():
    a = _article("003")
    assert a.authors == ["Kim Yoo-chul"]
    assert a.headline == "Kim Jong-un may visit Russia to meet Putin"
    assert a.published_at is None


def test_seed_004_fused_breadcrumb_and_render_date():
    a = _article("004")
    assert a.headline == "North Korea’s Kim to visit Russia for summit with Putin"
    assert a.dateline_place == "SEOUL"
    assert a.dateline_agency is None
    assert a.published_at is None  # "Saturday, May 18, 2024" is the page header's render date
    assert a.authors == []


@pytest.mark.parametrize("stem", ["000", "001", "002", "003", "004"])
def test_headline_and_byline_lines_are_out_of_the_body(stem):
    a = _article(stem)
    assert a.headline not in a.body.split("\n\n")
