"""The learned decisions: the shipped model loads, refuses a mismatched table, and is deterministic."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from cleaners import decide, explain, features
from cleaners.pipeline import feature_rows, page_rules
from schemas import Article, RawDoc

SEED = Path(__file__).resolve().parents[2] / "seeds"


def test_shipped_line_model_loads_with_this_feature_table() -> None:
    model = decide.line_model()
    assert model.names == features.NAMES
    assert 0 < model.threshold < 1
    assert {"css", "share_button"} <= decide.hard_rules(model)


def test_model_trained_on_other_features_refuses_to_load(tmp_path: Path) -> None:
    shutil.copytree(decide.MODEL_DIR, tmp_path / "m")
    manifest = json.loads((tmp_path / "m" / decide.MANIFEST).read_text())
    manifest["models"]["line"]["features"] = manifest["models"]["line"]["features"][:-1]
    (tmp_path / "m" / decide.MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(decide.ModelMismatch, match="newsclean train"):
        decide.load_model("line", tmp_path / "m")


def test_missing_model_says_how_to_rebuild(tmp_path: Path) -> None:
    with pytest.raises(decide.ModelMismatch, match="newsclean train"):
        decide.load_model("line", tmp_path)


def test_same_rows_same_probabilities_across_loads() -> None:
    page = (SEED / "000_94a6c7053f08788c.txt").read_text(encoding="utf-8").splitlines()
    page = [ln.strip() for ln in page if ln.strip()]
    rows = feature_rows([page_rules(page)])[0]
    a = decide.line_model().probabilities(rows)
    b = decide.load_model("line").probabilities(rows)
    assert a.tobytes() == b.tobytes()
    assert ((a >= 0) & (a <= 1)).all()


def test_inspect_can_say_which_features_pushed_a_line() -> None:
    path = sorted(SEED.glob("*.txt"))[0]
    result = explain(RawDoc(path.name, path.read_text(encoding="utf-8")))
    assert isinstance(result.record, Article) and result.rows is not None
    decided = [i for i, v in enumerate(result.verdicts) if v.rule == "line_model"]
    assert decided and all(result.verdicts[i].p is not None for i in decided)
    reasons = decide.line_model().reasons(result.rows[decided[0]])
    assert len(reasons) == 3 and all(name in features.NAMES for name, _ in reasons)
    assert abs(reasons[0][1]) >= abs(reasons[-1][1])
    assert np.isfinite([c for _, c in reasons]).all()


def test_shipped_page_kind_term_weights_load() -> None:
    weights = decide.kind_words()
    assert len(weights) == decide.kind_model().info["words"]
    assert weights["to cart"] < 0 < weights["written by"]  # a shop's button, an article's credit
