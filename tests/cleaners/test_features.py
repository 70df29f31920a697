"""The feature table: declared once, computed in batch exactly as for one line alone."""

from __future__ import annotations

import numpy as np
import pytest

from cleaners import features, lines
from cleaners.pipeline import feature_rows, page_rules

PAGE = [
    "Home", "News", "Sport", "• Weather",
    "Council approves new bridge",
    "By Anna Roe",
    "The city council approved the new bridge on Monday after a debate that lasted for hours.",
    "Work is due to start in the spring, and the bridge should open two years later, officials said.",
    "Share on Facebook",
    "© 2024 Example News. All rights reserved.",
    "Home",
]


def test_every_feature_declared_once_with_what_it_reads() -> None:
    assert len(features.NAMES) == len(set(features.NAMES))
    assert {f.reads for f in features.FEATURES} <= {"line", "page", "context"}
    assert all(f.doc for f in features.FEATURES)
    assert set(features.CATEGORICAL) == {f.name for f in features.FEATURES if f.categorical}


def test_line_features_in_batch_equal_one_line_alone() -> None:
    batch = features.line_table(PAGE)
    for i, line in enumerate(PAGE):
        np.testing.assert_array_equal(batch[i], features.line_table([line])[0])


def test_distinct_lines_computed_once_and_gathered_per_page() -> None:
    distinct = features.DistinctLines()
    a = distinct.add(PAGE)
    b = distinct.add(["Home", "Something new here"])
    table = distinct.table()
    assert len(table) == len(set(PAGE)) + 1  # "Home" twice on the page and again on the second
    assert a[0] == a[-1] == b[0]
    np.testing.assert_array_equal(table[a], features.line_table(PAGE))


def test_page_matrix_of_a_batch_equals_each_page_alone() -> None:
    other = ["Menu", "A second page with a sentence that is long enough to be prose for the rules.", "Menu"]
    together = feature_rows([page_rules(PAGE), page_rules(other)])
    alone = [feature_rows([page_rules(PAGE)])[0], feature_rows([page_rules(other)])[0]]
    for t, a in zip(together, alone):
        assert t.shape == (len(a), len(features.NAMES))
        np.testing.assert_array_equal(t, a)


def test_rule_verdicts_are_features() -> None:
    rows = feature_rows([page_rules(PAGE)])[0]
    col = {n: rows[:, i] for i, n in enumerate(features.NAMES)}
    share = PAGE.index("Share on Facebook")
    assert col["rule"][share] == features.RULE_CODE["share_button"]
    assert col["rules_keep"][PAGE.index(PAGE[6])] == 1.0
    assert col["rules_keep"][0] == 0.0
    # the copyright line is counted above the last line, not above the first
    assert col["copyright_before"][-1] == 1.0 and col["copyright_before"][0] == 0.0


def test_context_features_see_the_neighbours() -> None:
    rows = feature_rows([page_rules(PAGE)])[0]
    col = {n: rows[:, i] for i, n in enumerate(features.NAMES)}
    assert col["dup_in_page"][0] == 2.0 and col["dup_in_page"][1] == 1.0
    assert col["rule_prev"][0] == features.NO_LINE and col["rule_next"][-1] == features.NO_LINE
    assert col["rel_pos"][0] == 0.0 and col["rel_pos"][-1] == 1.0


def test_a_huge_line_costs_what_its_head_costs() -> None:
    line = "word " * 200_000  # 1 MB
    row = features.line_table([line])[0]
    assert row[features.NAMES.index("n_chars")] == len(line)
    assert row[features.NAMES.index("n_tokens")] == features.HEAD // 5


@pytest.mark.parametrize("n", [0, 1])
def test_tiny_pages(n: int) -> None:
    page = ["Only one line here."][:n]
    facts = features.RuleFacts(lines.classify_lines(page), None, None, frozenset())
    assert features.page_matrix(page, features.line_table(page), facts).shape == (n, len(features.NAMES))


def test_batch_character_counts_equal_the_regex_counts_line_by_line() -> None:
    import random
    import re

    rng = random.Random(1)
    alphabet = "abcXYZ ÀÖØÞé_ 123٣ .,;!?—•|/»·\t東京한국😀½\u00a0"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(500)] + ["x", "😀"]
    counts = features.CharCounts(texts)
    by_regex = {features.PUNCT: r"[^\w\s]", features.DIGIT: r"\d", features.UPPER: r"[A-ZÀ-ÖØ-Þ]",
                features.LETTER: r"[^\W\d_]", features.SEPARATOR: r"[|·»›/•]"}
    for bit, pattern in by_regex.items():
        assert counts.count(bit).tolist() == [len(re.findall(pattern, ln)) for ln in texts], pattern
    assert counts.runs(features.WORD).tolist() == [len(re.findall(r"\w+", ln)) for ln in texts]
    assert counts.count(features.CJK).tolist() == [lines._count_cjk(ln) for ln in texts]


def test_cues_found_for_a_whole_batch_equal_a_search_line_by_line() -> None:
    import random

    from cleaners import lexicon

    rng = random.Random(2)
    words = ["$ 5", "5 €", "Add to cart", "reply", "#12", "api", "()", "x;", "{", "read more", "page 2 of",
             "contact us", "by Jane", "published", "word", "de", "Über", "10 EUR", "", " ", "\t", "sku"]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 8))) for _ in range(2000)]
    texts += ["", "x;", "x; y", "()"]
    for name, rx in lexicon.PAGE_KIND_CUES.items():
        want = [bool(rx.search(t)) for t in texts]
        assert features.lines_matching(rx, texts).tolist() == want, name
        assert 0 < sum(want) < len(texts), name  # the sample exercises both outcomes
    assert features.lines_matching(lexicon.PAGE_KIND_CUES["docs"], []).tolist() == []


def test_kind_terms_read_short_lines_only() -> None:
    page = ["Add to Cart", "Sort by: price", "The council said on Monday that the bridge would be built soon."]
    assert features.kind_terms(page) == {"add", "to", "cart", "add to", "to cart", "sort", "by", "price", "sort by",
                                         "by price"}
    assert features.kind_terms([]) == frozenset()


def test_kind_words_score_weighs_known_terms_in_any_order() -> None:
    weights = {"to cart": -3.0, "reply": -1.0, "written by": 2.0}
    assert features.kind_words_score(frozenset({"unknown"}), weights) == 0.0
    assert features.kind_words_score(frozenset({"to cart", "reply", "x"}), weights) == pytest.approx(-4.0 / 3 ** 0.5)
    many = frozenset(f"t{i}" for i in range(200))
    shuffled = {t: 0.1 * i for i, t in enumerate(sorted(many))}
    assert features.kind_words_score(many, shuffled) == features.kind_words_score(frozenset(sorted(many, reverse=True)),
                                                                                  dict(reversed(shuffled.items())))
