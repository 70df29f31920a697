"""The lexicon's word lists: data files beside the code, loaded whole, shipped with the package."""

from __future__ import annotations

import fnmatch
import re
from pathlib import Path

import pytest

from cleaners import byline, dates, headline, lexicon

CLEANERS = Path(lexicon.__file__).resolve().parent
ROOT = CLEANERS.parent

#: A piece of each word list kept as a data file: in no Python module at all.
IN_DATA_ONLY = {
    "first_names.txt": "Abdulgazi",
    "ui_phrases.txt": "das könnte dich auch interessieren",
    "role_words.txt": "обозреватель",
    "months.tsv": "setiembre",
}


def _modules() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(CLEANERS.glob("*.py"))}


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


def test_data_files_are_shipped_with_the_package() -> None:
    # (read without tomllib: the package supports Python 3.10)
    section = (ROOT / "pyproject.toml").read_text(encoding="utf-8").split("[tool.setuptools.package-data]")[1]
    globs = re.findall(r'"([^"]+)"', re.search(r"^cleaners = \[(.*)\]$", section, re.MULTILINE).group(1))
    files = [p.relative_to(CLEANERS).as_posix() for p in (CLEANERS / "data").iterdir()]
    assert files and all(any(fnmatch.fnmatch(f, g) for g in globs) for f in files), (files, globs)
