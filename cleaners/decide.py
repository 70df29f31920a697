"""The learned decisions: small LightGBM models over the feature table, loaded once per process.

Models are data: ``cleaners/models/*.txt`` (LightGBM's text format) and ``manifest.json`` (for each
model: its file, the feature names it was trained on, its decision threshold, the hard rules, its
cross-validated scores and training data). ``newsclean train`` rebuilds them from ``../shared/eval``.

A model whose feature names differ from :data:`cleaners.features.NAMES` refuses to load: features and
models change together. Predictions use one thread: the same rows always give the same numbers.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from cleaners import authors, features, pubdate

MODEL_DIR = Path(__file__).resolve().parent / "models"
MANIFEST = "manifest.json"


class ModelMismatch(RuntimeError):
    """A model file that does not fit this version's feature table (retrain: ``newsclean train``)."""


@dataclass(frozen=True)
class Model:
    """One trained decision: a booster, the feature columns it reads, and its threshold."""

    name: str
    booster: object  # lightgbm.Booster
    names: tuple[str, ...]
    threshold: float
    info: dict

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        """P(positive) for each row, or P(class) per row and class for a multiclass model."""
        if not len(rows):
            return np.zeros(0)
        return np.asarray(self.booster.predict(rows, num_threads=1), np.float64)

    def reasons(self, row: np.ndarray, top: int = 3) -> list[tuple[str, float]]:
        """The features that pushed this row's score most (SHAP contributions, in log-odds)."""
        contrib = np.asarray(self.booster.predict(row.reshape(1, -1), pred_contrib=True, num_threads=1))[0, :-1]
        order = np.argsort(-np.abs(contrib))[:top]
        return [(self.names[k], float(contrib[k])) for k in order]


#: The feature columns each model reads.
COLUMNS: dict[str, tuple[str, ...]] = {"line": features.NAMES, "line_html": features.HTML_NAMES,
                                       "kind": features.KIND_NAMES, "headline": features.HEADLINE_NAMES,
                                       "authors": authors.AUTHOR_NAMES, "date": pubdate.DATE_NAMES}
#: Page kinds, as the kind model's classes (WCXB's page types).
PAGE_KINDS: tuple[str, ...] = ("article", "service", "documentation", "forum", "product", "collection", "listing")


def load_model(name: str, directory: Path = MODEL_DIR, expected: Sequence[str] | None = None) -> Model:
    """Load model ``name`` of the manifest in ``directory``; its features must be ``expected`` (by
    default the columns :data:`COLUMNS` gives for the name)."""
    import lightgbm

    expected = COLUMNS[name] if expected is None else expected

    manifest_path = directory / MANIFEST
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        info = manifest["models"][name]
    except (OSError, ValueError, KeyError) as exc:
        raise ModelMismatch(f"no model {name!r} in {manifest_path}: {exc} (rebuild with `newsclean train`)") from exc
    names = tuple(info["features"])
    if names != tuple(expected):
        missing = sorted(set(expected) - set(names))
        extra = sorted(set(names) - set(expected))
        raise ModelMismatch(f"model {name!r} was trained on other features (missing {missing[:5]}, extra {extra[:5]}, "
                            "or another order): rebuild the models with `newsclean train`")
    booster = lightgbm.Booster(model_str=(directory / info["file"]).read_text(encoding="utf-8"))
    return Model(name, booster, names, float(info["threshold"]), info)


@functools.cache
def line_model() -> Model:
    """The line keep/drop model of the installed package, loaded once per process (worker)."""
    return load_model("line")


@functools.cache
def line_html_model() -> Model:
    """The line model of HTML inputs (the page's rendered lines, and trafilatura's main text as one more
    feature), loaded once per process."""
    return load_model("line_html")


@functools.cache
def headline_model() -> Model:
    """The headline model (which candidate line is the headline), loaded once per process."""
    return load_model("headline")


@functools.cache
def author_model() -> Model:
    """The author model (which candidate names near the headline are the credited authors), loaded once per process."""
    return load_model("authors")


@functools.cache
def date_model() -> Model:
    """The date model (which date written on the page is the publication date), loaded once per process."""
    return load_model("date")


@functools.cache
def kind_model() -> Model:
    """The page-kind model (article or which other kind of page), loaded once per process."""
    return load_model("kind")


def load_kind_words(directory: Path = MODEL_DIR) -> dict[str, float]:
    """The kind model's term weights (``term<TAB>weight`` per line, the file its manifest entry names)."""
    try:
        info = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))["models"]["kind"]
        text = (directory / info["words_file"]).read_text(encoding="utf-8")
        return {term: float(weight) for term, weight in (line.split("\t") for line in text.splitlines() if line)}
    except (OSError, ValueError, KeyError) as exc:
        raise ModelMismatch(f"no page-kind term weights in {directory}: {exc} (rebuild with `newsclean train`)") from exc


@functools.cache
def kind_words() -> dict[str, float]:
    """The page-kind term weights of the installed package (features.kind_words_score), loaded once per process."""
    return load_kind_words()


def page_kind(model: Model, p_kinds: np.ndarray) -> str:
    """"article" when P(article) reaches the model's threshold, else the likeliest other kind."""
    classes = tuple(model.info.get("classes", PAGE_KINDS))
    if p_kinds[classes.index("article")] >= model.threshold:
        return "article"
    others = [(p, c) for p, c in zip(p_kinds, classes) if c != "article"]
    return max(others)[1]


def hard_rules(model: Model) -> frozenset[str]:
    """Line rules that decide alone: their drops were never (or almost never) body in the training data."""
    return frozenset(model.info.get("hard_rules", ()))
