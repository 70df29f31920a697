"""Batched and shared forms of per-line functions give exactly what the one-line forms give.

The feature table and the rules compute some per-line values for a whole batch at once (numpy over
every character), or once per distinct line; these tests hold them to the one-line definitions on
varied lines (scripts, cases, odd white space, characters above U+FFFF), to the bit.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from cleaners import features, lines, memo
from cleaners.pipeline import feature_rows, page_rules

PIECES = [*"abcXYZ ÄäÉéßΣσЖжİı.,-–:;!?1٣日本語ǅǈ•|»", "\u3000", "\x1c", "\t", "\u00a0", "\u2028", "𐐀", "𐐨", "😀",
          "Word", "word", "The", "the", "and", "und", "der", "Minister", "said", " ", "  ", "...", "…", "\u200b"]


def _random_lines(seed: int, n: int = 3000) -> list[str]:
    rng = random.Random(seed)
    out = ["", " ", "Council Approves New bridge", "Über 3 Brücken", "ǅa ǅb ǅc", "A 𐐀 B C", "x" * 3100 + " A B C"]
    for _ in range(n):
        out.append("".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40))))
    return out


@pytest.mark.parametrize("seed", [1, 2])
def test_title_case_shares_equal_title_case_share(seed: int) -> None:
    batch = features.LineBatch(_random_lines(seed))
    expected = [lines.title_case_share(head.split()) for head in batch.head]
    got = features.title_case_shares(batch)
    assert sum(e > 0 for e in expected) > 100  # the inputs exercise the share, not only its 0
    assert got.tolist() == expected


def test_value_and_stop_equals_line_value_and_stop_share() -> None:
    stoplists = [frozenset(), frozenset({"the", "and", "said"}), frozenset({"und", "der", ""})]
    for k, line in enumerate(_random_lines(3, 1500) + ["The minister said the talks went on and on, today."]):
        stoplist = stoplists[k % 3]
        memo.clear_all()
        alone = (lines.line_value(line, stoplist), lines.stop_share(line, stoplist))
        memo.clear_all()
        assert lines.value_and_stop(line, stoplist) == alone, line
        assert lines.value_and_stop(line, stoplist) == alone, line  # from the memos
        assert (lines.line_value(line, stoplist), lines.stop_share(line, stoplist)) == alone, line


def test_line_table_with_known_rules_equals_line_table() -> None:
    texts = _random_lines(4, 500) + ["Share on Facebook", "© 2024 Example News", "Read more", "Related articles"]
    known = [lines.rules_debris(t) if k % 2 else features.UNKNOWN_RULE for k, t in enumerate(texts)]
    np.testing.assert_array_equal(features.line_table(texts, known), features.line_table(texts))
    wrong = [("share_button", "share")] * len(texts)  # the known results are used, not recomputed
    assert not np.array_equal(features.line_table(texts, wrong), features.line_table(texts))


def test_window_forms_equal_their_definitions() -> None:
    rng = np.random.default_rng(0)
    for n in (0, 1, 2, 7, 40):
        x = rng.normal(size=n)
        for k in (1, 3, 5, 8, 15):
            sums = [x[max(0, i - k):i + k + 1].sum() for i in range(n)]
            sizes = [len(x[max(0, i - k):i + k + 1]) for i in range(n)]
            np.testing.assert_allclose(features.window_sum(x, k), sums)
            np.testing.assert_allclose(features.window_mean(x, k), np.array(sums) / np.array(sizes) if n else [])


def test_marker_masks_equal_isin() -> None:
    page = ["Kim visits Russia", "Share on Facebook", "Kim will travel to Russia on Monday, officials said today.",
            "© 2024 Example News", "Read more", "Related articles", "Leave a Reply", "Subscribe to our newsletter"]
    rules = page_rules(page)
    table = features.line_table(page)
    p = features.Page(page, table, rules.facts)
    for names in [*features.MARKERS.values(), ("comment_header", "share_button")]:
        expected = np.isin(p.rule, features.rule_codes(names)).astype(np.float64)
        np.testing.assert_array_equal(p.marker_mask(names), expected)


def test_feature_rows_reuse_nothing_that_changes_them() -> None:
    """The rows of pages whose rules carry their line-rule results equal rows computed from scratch."""
    page = ["Menu", "Kim visits Russia", "By Anna Smith", "Kim will travel to Russia on Monday, officials in Seoul said.",
            "Share on Facebook", "Kim will travel to Russia on Monday, officials in Seoul said.", "© 2024 Example"]
    with_rules = page_rules(page)
    without = page_rules(page)
    without.line_rules = None
    memo.clear_all()
    a = feature_rows([with_rules, page_rules(page[::-1])])
    memo.clear_all()
    b = feature_rows([without, page_rules(page[::-1])])
    for x, y in zip(a, b):
        np.testing.assert_array_equal(x, y)


def test_kept_value_and_stop_equals_line_value_and_stop_share() -> None:
    """The rules' prose value comes with the stop share whenever computing it gave that share."""
    stoplist = frozenset({"the", "and", "said"})
    shares_given = 0
    for line in _random_lines(5, 1500) + ["The minister said the talks went on and on, today.", "Home"]:
        for warm in (False, True):
            if not warm:
                memo.clear_all()
            value, stop = lines._kept_value_and_stop(line, stoplist)
            memo.clear_all()
            assert value == lines.line_value(line, stoplist), line
            if stop != lines.STOP_UNKNOWN:
                shares_given += 1
                assert stop == lines.stop_share(line, stoplist), line
    assert shares_given > 100
