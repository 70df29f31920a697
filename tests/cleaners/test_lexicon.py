"""The lexicon: every vocabulary written once (in cleaners/lexicon.py or a data file beside it), the
word lists loaded whole, and the data files shipped with the package."""

from __future__ import annotations

import fnmatch
import re
from pathlib import Path

import pytest

from cleaners import byline, dates, headline, lexicon

CLEANERS = Path(lexicon.__file__).resolve().parent
ROOT = CLEANERS.parent

#: A piece of each vocabulary that no other one shares: it must be in the lexicon and in no other module.
IN_LEXICON_ONLY = {
    "CJK ranges": r"\u3040",
    "Hangul syllables (headline)": r"\uac00",
    "Hangul syllables (byline)": "가-힣",
    "Indic, Thai, Myanmar, Khmer": r"\u0900",
    "combining diacritics": r"\u0300-\u036f",
    "Latin capitals": "A-ZÀ-ÖØ-Þ",
    "Cyrillic and Greek capitals": "Ѐ-Я",
    "Latin, Cyrillic, Greek lower case": "a-zà-öø-ÿ",
    "byline agencies": '"kyodo"',
    "caption agencies": '"Xinhua"',
    "caption credits": "keystone",
    "photo-credit labels": "zdjęcie",
    "comment furniture": "your email address will not be published",
    "comments heading": "réflexions?",
    "comment link": "hinterlasse einen kommentar",
    "comment word": "pingback",
    "share buttons": "vkontakte",
    "CSS rules": "@media\\b.{0,200}",
    "script source": "googletag",
    "CSS declarations": "visibility)",
    "CSS at-rules": "font-face",
    "weekdays": '"donnerstag"',
}
#: A piece of each word list kept as a data file: in no Python module at all.
IN_DATA_ONLY = {
    "first_names.txt": "Abdulgazi",
    "ui_phrases.txt": "das könnte dich auch interessieren",
    "role_words.txt": "обозреватель",
    "months.tsv": "setiembre",
}


def _modules() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(CLEANERS.glob("*.py"))}


@pytest.mark.parametrize("what", sorted(IN_LEXICON_ONLY))
def test_each_vocabulary_is_written_once_in_the_lexicon(what: str) -> None:
    needle = IN_LEXICON_ONLY[what]
    holders = [name for name, text in _modules().items() if needle in text]
    assert holders == ["lexicon.py"], f"{what} ({needle!r}) is written in {holders}"


@pytest.mark.parametrize("name", sorted(IN_DATA_ONLY))
def test_word_lists_are_data_files_not_python(name: str) -> None:
    needle = IN_DATA_ONLY[name]
    assert needle in (CLEANERS / "data" / name).read_text(encoding="utf-8")
    assert [m for m, text in _modules().items() if needle in text] == []


def test_first_names_load_whole() -> None:
    names = lexicon.first_names()
    assert len(names) == 10070
    assert {"Piotr", "Anna", "Ярослава", "Aarón"} <= names
    assert not names & {"April", "June", "May"}  # month names left out of the list
    assert all(n and not n.startswith("#") and n == n.strip() and " " not in n for n in names)
    assert byline.FIRST_NAMES is names  # loaded once


def test_other_word_lists_load_whole() -> None:
    assert len(lexicon.ui_phrases()) == 120 and "schreibe einen kommentar" in headline.UI_PHRASES
    roles = lexicon.role_words()
    assert len(roles) == 90 and roles[:3] == ("staff", "reporter", "reporters") and roles[-1] == "новини"
    months = lexicon.months()
    assert len(months) == 98 and list(months)[:2] == ["jan", "january"] and months["märz"] == 3
    assert dates.dates_in_line("Publicado el 3 de setiembre de 2021") != []
    assert set(lexicon.months_by_language()) == {"en", "de", "fr", "es pt it", "nl sv no da"}


def test_data_loader_skips_comments_and_blank_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "x.txt").write_text("# a header\n\nAnna\n  Bea \n# more\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "DATA_DIR", tmp_path)
    assert lexicon.data_lines("x.txt") == ("Anna", "Bea")


def test_script_ranges_hold_what_their_names_say() -> None:
    cjk, cjk_hangul = re.compile(f"[{lexicon.CJK}]"), re.compile(f"[{lexicon.CJK_HANGUL}]")
    assert cjk.match("東") and cjk.match("の") and cjk.match("\uf900") and not cjk.match("한")
    assert cjk_hangul.match("東") and cjk_hangul.match("한") and not cjk_hangul.match("\uf900")
    assert re.fullmatch(f"[{lexicon.HANGUL_SYLLABLES}]+", "김혜진")
    assert re.fullmatch(f"[{lexicon.MARKED_SCRIPTS}]+", "\u0915\u093f\u0e01\u0e34")  # कि, กิ: letter + vowel sign


def test_data_files_are_shipped_with_the_package() -> None:
    # (read without tomllib: the package supports Python 3.10)
    section = (ROOT / "pyproject.toml").read_text(encoding="utf-8").split("[tool.setuptools.package-data]")[1]
    globs = re.findall(r'"([^"]+)"', re.search(r"^cleaners = \[(.*)\]$", section, re.MULTILINE).group(1))
    files = [p.relative_to(CLEANERS).as_posix() for p in (CLEANERS / "data").iterdir()]
    assert files and all(any(fnmatch.fnmatch(f, g) for g in globs) for f in files), (files, globs)
