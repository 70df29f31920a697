"""The author model's candidates, features and choice (cleaners.authors)."""

from __future__ import annotations

import numpy as np
import pytest

from cleaners import authors, byline, decide, pipeline
from schemas import RawDoc


@pytest.mark.parametrize(("line", "name"), [
    ("• LEONARDO GARCIA", "LEONARDO GARCIA"),  # a bullet and capitals
    ("Mateusz HabernyFounder at Acme", "Mateusz Haberny"),  # a role glued to the name
    ("Jennifer Huberty1 ; Mark Smith2", "Jennifer Huberty"),  # footnote marks
    ("By: ShawnHymel | December 16, 2025", "ShawnHymel"),  # a handle after a "by" label
    ("Podium Staff", "Podium Staff"),  # a credited team
    ("Written by Dr Marna van der Merwe, Dr Dieter Veldsman", "Marna van der Merwe"),
    ("Doris Munoz-Mantilla, MD, FOMA", "Doris Munoz-Mantilla"),
])
def test_name_spans_reach_the_names_the_rules_missed(line: str, name: str) -> None:
    assert name in authors.name_spans(line)


def test_name_spans_leave_prose_and_long_lines_alone() -> None:
    assert authors.name_spans("the council said on monday that a bridge would be built") == []
    assert authors.name_spans("Anna Berg " * 40) == []  # longer than MAX_LINE_CHARS: prose, not a byline


def test_candidate_lines_are_near_the_headline_plus_by_lines_anywhere() -> None:
    page = [f"line {k}" for k in range(100)]
    page[80] = "Written by Anna Berg"
    chosen = authors.candidate_lines(page, 40, 95)
    assert chosen[0] == 40 - authors.ABOVE and 40 + authors.BELOW in chosen and 40 + authors.BELOW + 1 not in chosen
    assert 80 in chosen and 95 in chosen and 70 not in chosen


def _candidates(page: list[str], head: int | None, by: byline.Byline) -> authors.AuthorCandidates:
    rows = pipeline.feature_rows([pipeline.page_rules(page)])[0]
    return authors.AuthorCandidates(page, rows, head, by)


PAGE = ["Home", "News", "A bridge over the river at last", "By Anna Berg and Jonas Weber", "June 3, 2024",
        "The council said on Monday that a new bridge would be built over the river after years of debate."]


def test_author_rows_have_one_row_per_candidate_in_declared_columns() -> None:
    c = _candidates(PAGE, 2, byline.Byline(None, None, []))
    rows = authors.author_rows(c)
    assert rows.shape == (len(c.names), len(authors.AUTHOR_NAMES)) and np.isfinite(rows).all()
    col = {name: k for k, name in enumerate(authors.AUTHOR_NAMES)}
    k = c.names.index("Anna Berg")
    assert rows[k, col["from_headline"]] == 1 and rows[k, col["by_before"]] == 1 and rows[k, col["first_name_first"]] == 1
    assert len(set(authors.AUTHOR_NAMES)) == len(authors.AUTHOR_NAMES)


def test_choose_authors_takes_the_believed_names_of_the_best_line() -> None:
    c = _candidates(PAGE, 2, byline.Byline(None, None, []))
    p = np.array([0.9 if n == "Anna Berg" else 0.7 if n == "Jonas Weber" else 0.6 if n == "Anna" else 0.01
                  for n in c.names])
    assert authors.choose_authors(c, p, 0.5) == (3, ["Anna Berg", "Jonas Weber"])  # "Anna" is inside "Anna Berg"
    assert authors.choose_authors(c, p * 0.5, 0.5, 0.1) == (None, [])  # believed by no candidate: nobody


def test_choose_authors_keeps_the_rules_byline_when_it_agrees_or_the_model_believes_nobody() -> None:
    rules = byline.Byline(3, PAGE[3], ["Anna Berg", "Jonas Weber", "Eva Soto"])  # e.g. a second line of names
    c = _candidates(PAGE, 2, rules)
    p = np.array([0.9 if n == "Anna Berg" else 0.01 for n in c.names])
    assert authors.choose_authors(c, p, 0.5) == (3, rules.authors)
    assert authors.choose_authors(c, np.full(len(c.names), 0.02), 0.5, 0.1) == (3, rules.authors)


def test_the_shipped_author_model_reads_the_declared_columns() -> None:
    model = decide.author_model()
    assert model.names == authors.AUTHOR_NAMES and 0 < model.threshold < 1
    assert "cv" in model.info and model.info["trained_on"]


def test_the_pipeline_credits_a_bullet_byline_the_rules_do_not_take() -> None:
    body = ("The council said on Monday that a new bridge would be built over the river after years of debate, "
            "and residents welcomed the plan while some asked how much it would cost the city in the end.")
    page = ["Home", "World", "A bridge over the river at last", "• Leonardo Garcia", "June 3, 2024", body, body]
    record = pipeline.clean(RawDoc("/x/a.txt", "\n".join(page)))
    assert record.authors == ["Leonardo Garcia"], record
    assert "Leonardo" not in record.body


def test_a_hostile_page_of_by_lines_stays_cheap() -> None:
    page = ["A bridge over the river at last"] + [f"By Anna Berg{k}" for k in range(100_000)]
    chosen = authors.candidate_lines(page, 0, None)
    assert len(chosen) <= authors.BELOW + 1 + authors.MAX_BY_LINES
    c = authors.AuthorCandidates(page, np.zeros((len(page), 90)), 0, byline.Byline(None, None, []))
    assert len(c.text) <= authors.MAX_TEXT_CHARS and c.times_written("Anna Berg") > 0
