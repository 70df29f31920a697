"""``newsclean train``: rebuild the learned decisions from labelled pages, with site-grouped cross-validation.

A labelled set is a directory with ``gold.jsonl`` (``{"id", "url", "body", "site"?, "page_type"?}``) and
``inputs/<id>.txt`` (the raw scraped text); ``../shared/eval/articles-dev`` and ``wcxb-dev`` are such sets.

Line labels come from aligning the gold body to the page's lines: a line is body when most of its
words align, in order, with the gold (difflib's matching blocks over word tokens). Every choice is
scored by cross-validation in which no site is in both the training and the test folds; the command
prints those scores per set, then trains each model on every page and writes it with its manifest.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from types import ModuleType
from urllib.parse import urlsplit

import numpy as np

from cleaners import authors, byline, dates, decide, features, pipeline, pubdate, text

SEED = 7
LINE_PARAMS = {
    "objective": "binary", "learning_rate": 0.1, "num_leaves": 15, "min_data_in_leaf": 40,
    "feature_fraction": 0.8, "bagging_fraction": 0.8, "bagging_freq": 1, "lambda_l2": 1.0,
    "seed": SEED, "num_threads": 2, "deterministic": True, "force_row_wise": True, "verbose": -1,
}
LINE_ROUNDS = 150
#: The HTML line model: the line model's settings, and a line's P(body) never rising with the share of its
#: (or its neighbours') text inside links. Site-grouped CV body F1 articles-dev / wcxb-dev .968 / .944 (1.9% of
#: pages < .5), against .969 / .943 (2.3%) unconstrained, which kept a list of related links inside <article>.
LINK_SHARE_COLUMNS = ("html_link_share", "html_link_share_prev", "html_link_share_next", "html_link_share_window")
HTML_LINE_PARAMS = {**LINE_PARAMS, "monotone_constraints_method": "advanced",
                    "monotone_constraints": [-1 if name in LINK_SHARE_COLUMNS else 0 for name in features.HTML_NAMES]}
LINE_THRESHOLD = 0.5
#: A line rule decides alone when at most this share of the lines it drops are body in the labels...
HARD_RULE_MAX_ERROR = 0.005
#: ...measured on at least this many lines.
HARD_RULE_MIN_LINES = 50
#: Rules that decide alone by the product's definition of a body: copyright notices, e-mail/contact lines and
#: "no photos attached" notices and long lines repeating a few words are never article text (some gold bodies keep a site's footer notice or a
#: columnist's e-mail sign-off; newsclean leaves them out, as its seed pages show).
ALWAYS_HARD = ("contact_line", "copyright", "no_photo_notice", "repetitive")

_WORD = re.compile(r"\w+")
#: The labelled sets in SHARED/eval: bodies (articles-dev, wcxb-dev), page kinds (wcxb-dev) and
#: metadata (meta-dev, meta-dev2; their pages are articles).
DEFAULT_SETS = ("articles-dev", "wcxb-dev", "meta-dev", "meta-dev2")


@dataclass
class LabelledPage:
    id: str
    set: str
    site: str
    page_type: str
    gold: str
    rules: pipeline.PageRules
    has_body: bool = True  # the set gives a gold body (meta-dev sets give only metadata)
    headline: str | None = None  # the gold headline, when the set gives one
    authors: list[str] | None = None  # the gold authors ([]: none), when the set gives them
    published: str | None = None  # the gold publication date (YYYY-MM-DD), when the set gives one
    date_in_text: bool = False  # the gold date is written on the page (the scorer's date_acc_vis pages)
    rows: np.ndarray | None = None
    labels: np.ndarray | None = None
    p_body: np.ndarray | None = None  # out-of-fold P(body) per line, from the line model's cross-validation


def site_of(url: str | None, fallback: str) -> str:
    """The host of ``url`` without ``www.`` (the cross-validation group).

    >>> site_of("https://www.example.com/a/b", "x"), site_of(None, "x")
    ('example.com', 'x')
    """
    host = urlsplit(url).hostname if url else None
    if not host:
        return fallback
    return host[4:] if host.startswith("www.") else host


def site_fold(site: str, folds: int) -> int:
    """The fold of a site: every page of a site is in the same fold, whatever else is in the set."""
    return int(hashlib.sha1(site.encode("utf-8")).hexdigest(), 16) % folds


def align_labels(page: Sequence[str], gold: str) -> np.ndarray:
    """1 for each line whose words mostly align, in order, with the gold body; else 0.

    >>> align_labels(["Home", "The talks went on for hours.", "Share"], "The talks went on for hours.").tolist()
    [0, 1, 0]
    """
    gold_tokens = _WORD.findall(gold)
    tokens: list[str] = []
    owner: list[int] = []
    for i, line in enumerate(page):
        words = _WORD.findall(line)
        tokens += words
        owner += [i] * len(words)
    matched = np.zeros(len(tokens), bool)
    single = [len(_WORD.findall(line)) == 1 for line in page]
    for a, _b, size in SequenceMatcher(None, tokens, gold_tokens, autojunk=False).get_matching_blocks():
        if size >= 2 or (size == 1 and a < len(owner) and single[owner[a]]):
            matched[a:a + size] = True
    owner_arr = np.asarray(owner, np.int64)
    n_tokens = np.bincount(owner_arr, minlength=len(page))
    n_matched = np.bincount(owner_arr, weights=matched, minlength=len(page))
    return ((n_tokens > 0) & (n_matched >= 0.5 * np.maximum(n_tokens, 1))).astype(np.int8)


def load_set(directory: Path, limit: int | None = None) -> list[LabelledPage]:
    """The pages of one labelled set whose input exists, with their rules run."""
    pages = []
    with open(directory / "gold.jsonl", encoding="utf-8") as fh:
        gold = [json.loads(line) for line in fh if line.strip()]
    for g in gold[:limit]:
        path = directory / "inputs" / f"{g['id']}.txt"
        if not path.is_file():
            continue
        page = text.split_lines(text.normalize_text(path.read_text(encoding="utf-8", errors="replace")))
        if not page:
            continue
        pages.append(LabelledPage(str(g["id"]), directory.name, g.get("site") or site_of(g.get("url"), str(g["id"])),
                                  g.get("page_type") or "article", g.get("body") or "", pipeline.page_rules(page),
                                  has_body="body" in g, headline=g.get("headline"),
                                  authors=(g["authors"] or []) if "authors" in g else None,
                                  published=(g.get("published") or "")[:10] or None,
                                  date_in_text=bool((g.get("flags") or {}).get("date_in_text"))))
    return pages


def load_html_set(directory: Path, limit: int | None = None) -> list[LabelledPage]:
    """The article pages of a set that gives their original HTML (``html/<id>.html.gz``), as the
    pipeline sees an HTML input: the page rendered to lines, with trafilatura's cover of each line."""
    import gzip

    from cleaners import html
    from flows.sources import decode_bytes

    if not (directory / "html").is_dir():
        return []
    pages = []
    with open(directory / "gold.jsonl", encoding="utf-8") as fh:
        gold = [json.loads(line) for line in fh if line.strip()]
    for g in gold[:limit]:
        path = directory / "html" / f"{g['id']}.html.gz"
        if "body" not in g or (g.get("page_type") or "article") != "article" or not path.is_file():
            continue
        extracted = html.html_to_text(decode_bytes(gzip.decompress(path.read_bytes())))
        page = text.split_lines(text.normalize_text(extracted.page_text))
        if not page:
            continue
        pages.append(LabelledPage(f"{g['id']}#html", f"{directory.name}-html",
                                  g.get("site") or site_of(g.get("url"), str(g["id"])), "article", g["body"],
                                  pipeline.page_rules(page, extracted.title, extracted)))
    return pages


def clean_page(page: LabelledPage) -> LabelledPage:
    """The page reduced to its headline and gold body: a user may hand us text that is already clean,
    and the line model must keep all of it (every body line is labelled body)."""
    lines = text.split_lines(page.gold)
    clean = ([page.headline] if page.headline else []) + lines
    return LabelledPage(page.id + "#clean", page.set + "-clean", page.site, page.page_type, page.gold, pipeline.page_rules(clean),
                        headline=page.headline)


def prepare(pages: list[LabelledPage]) -> None:
    """Feature rows and line labels of every page (rows in batches, as the pipeline computes them)."""
    for start in range(0, len(pages), 200):
        batch = pages[start:start + 200]
        for page, rows in zip(batch, pipeline.feature_rows([p.rules for p in batch])):
            page.rows = rows
            page.labels = align_labels(page.rules.page, page.gold)


def columns(pages: Sequence[LabelledPage]) -> tuple[str, ...]:
    """The line model's columns for these pages: with trafilatura's cover for HTML pages."""
    return features.NAMES if pages[0].rules.cover is None else features.HTML_NAMES


def fit(pages: Sequence[LabelledPage], params: dict = LINE_PARAMS, rounds: int = LINE_ROUNDS):
    """The line model (or the HTML line model, for HTML pages), trained on the lines of ``pages``."""
    import lightgbm

    x = np.vstack([p.rules.model_rows(p.rows) for p in pages])
    y = np.concatenate([p.labels for p in pages])
    categorical = [features.NAMES.index(c) for c in features.CATEGORICAL]
    data = lightgbm.Dataset(x, y, feature_name=list(columns(pages)), categorical_feature=categorical,
                            params={"verbose": -1})
    return lightgbm.train(params, data, rounds)


def hard_rules(pages: Sequence[LabelledPage]) -> tuple[list[str], dict[str, tuple[int, int]]]:
    """Line rules that decide alone (their drops were almost never body, or :data:`ALWAYS_HARD`), and
    (lines dropped, of them body) for every rule."""
    counts: dict[str, list[int]] = {}
    for p in pages:
        for verdict, label in zip(p.rules.facts.verdicts, p.labels):
            if not verdict.keep and verdict.rule in features.RULE_CODE:
                c = counts.setdefault(verdict.rule, [0, 0])
                c[0] += 1
                c[1] += int(label)
    table = {rule: (n, body) for rule, (n, body) in sorted(counts.items())}
    hard = [rule for rule, (n, body) in table.items() if n >= HARD_RULE_MIN_LINES and body <= HARD_RULE_MAX_ERROR * n]
    return sorted({*hard, *ALWAYS_HARD}), table


def _model(booster, hard: Sequence[str], names: tuple[str, ...] = features.NAMES,
           threshold: float = LINE_THRESHOLD) -> decide.Model:
    return decide.Model("line", booster, names, threshold, {"hard_rules": list(hard)})


def predicted_body(page: LabelledPage, model: decide.Model) -> str:
    verdicts = pipeline.decide_lines(page.rules, model.probabilities(page.rules.model_rows(page.rows)), model,
                                     page.rules.head.index,
                                     page.rules.by.index)
    return "\n\n".join(line for line, v in zip(page.rules.page, verdicts) if v.keep)


def load_scorer(shared: Path, name: str = "metrics") -> ModuleType:
    """A module of the shared scorers (``SHARED/tools/metrics.py``: the body metric; ``common.py``: folding)."""
    path = shared / "tools" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"newsclean_shared_{name}", path)
    if spec is None or spec.loader is None or not path.is_file():
        raise SystemExit(f"newsclean train: the scorer {path} is missing (give --shared DIR)")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def body_scores(pages: Sequence[LabelledPage], bodies: dict[str, str], metrics: ModuleType) -> dict[str, dict]:
    """Body P/R/F1 per set (article pages), with the share of pages below F1 0.5."""
    out = {}
    for name in sorted({p.set for p in pages}):
        chosen = [p for p in pages if p.set == name and p.page_type == "article"]
        summary, _ = metrics.evaluate({p.id: p.gold for p in chosen}, {p.id: bodies[p.id] for p in chosen}, n_boot=0)
        out[name] = {"pages": len(chosen), "precision": round(summary["precision"], 4),
                     "recall": round(summary["recall"], 4), "f1": round(summary["f1"], 4),
                     "below_0_5": round(summary["share_f1_lt_0_5"], 4)}
    return out


def cross_validate(pages: Sequence[LabelledPage], extra: Sequence[LabelledPage], folds: int,
                   train_on: Callable[[LabelledPage], bool], log: Callable[[str], None],
                   params: dict = LINE_PARAMS) -> dict[str, str]:
    """Out-of-fold bodies: each page predicted by a model trained on the other folds' sites (and on the
    ``extra`` pages of those sites). Sets every page's ``p_body`` out of fold too (the page-kind model's input)."""
    bodies = {}
    for k in range(folds):
        train = [p for p in pages if site_fold(p.site, folds) != k and train_on(p)]
        test = [p for p in (*pages, *extra) if site_fold(p.site, folds) == k]
        if not train or not test:
            continue
        hard, _ = hard_rules(train)
        model = _model(fit(train + [p for p in extra if site_fold(p.site, folds) != k], params), hard, columns(train))
        for p in test:
            p.p_body = model.probabilities(p.rules.model_rows(p.rows))
            if p.has_body:
                bodies[p.id] = predicted_body(p, model)
        log(f"  fold {k + 1}/{folds}: trained on {len(train)} pages, tested on {len(test)}")
    return bodies


def is_article(page: LabelledPage) -> bool:
    return page.page_type == "article"


def trains_line_model(page: LabelledPage) -> bool:
    return page.has_body and is_article(page)


KIND_PARAMS = {
    "objective": "multiclass", "num_class": len(decide.PAGE_KINDS), "learning_rate": 0.08, "num_leaves": 7,
    "min_data_in_leaf": 20, "feature_fraction": 0.8, "bagging_fraction": 0.8, "bagging_freq": 1, "lambda_l2": 1.0,
    "seed": SEED, "num_threads": 2, "deterministic": True, "force_row_wise": True, "verbose": -1,
}
KIND_ROUNDS = 120
#: The article threshold is the one of best accuracy among those that call at most this share of articles
#: something else (a user asking --articles-only loses few articles).
KIND_MAX_ARTICLES_MISSED = 0.03


#: The page-kind term weights: terms of the short lines seen on at least this many sites, the most widespread first
KIND_WORDS_MIN_SITES = 8
KIND_WORDS_TOP = 2000
KIND_WORDS_FILE = "kind_words.tsv"
_KIND_WORDS_COLUMN = features.KIND_NAMES.index("kind_words")


def kind_rows(pages: Sequence[LabelledPage]) -> np.ndarray:
    """The kind features of each page; the learned ``kind_words`` column reads 0 (see :func:`stacked_kind_words`)."""
    return np.vstack([features.kind_row(features.PageSummary(p.rules.page, p.rows, p.p_body, p.rules.facts,
                                                             LINE_THRESHOLD)) for p in pages])


def fit_kind_words(terms: Sequence[frozenset[str]], is_article: np.ndarray, sites: Sequence[str]) -> dict[str, float]:
    """Each widespread short-line term's weight: the log of how much likelier it is on an article page than on
    another kind of page (naive Bayes log-count ratio, add-one smoothed, over pages that hold the term).

    >>> w = fit_kind_words([frozenset({"reply"}), frozenset({"said"})] * 8, np.array([False, True] * 8),
    ...                    [f"s{i}" for i in range(16)])
    >>> w["said"] > 0 > w["reply"]
    True
    """
    seen: dict[str, set[str]] = {}
    for page_terms, site in zip(terms, sites):
        for term in page_terms:
            seen.setdefault(term, set()).add(site)
    vocab = sorted((t for t, s in seen.items() if len(s) >= KIND_WORDS_MIN_SITES),
                   key=lambda t: (-len(seen[t]), t))[:KIND_WORDS_TOP]
    index = {term: j for j, term in enumerate(vocab)}
    counts = np.ones((2, len(vocab)))
    for page_terms, article in zip(terms, is_article):
        counts[0 if article else 1, [index[t] for t in page_terms if t in index]] += 1
    ratio = np.log(counts[0] / counts[0].sum()) - np.log(counts[1] / counts[1].sum())
    return {term: round(float(r), 4) for term, r in zip(vocab, ratio)}


def stacked_kind_words(terms: Sequence[frozenset[str]], is_article: np.ndarray, sites: Sequence[str],
                       fold: np.ndarray, members: np.ndarray, learns: np.ndarray) -> np.ndarray:
    """The ``kind_words`` feature of the pages ``members``, each page scored with weights fitted on the
    members of the other folds that ``learns`` marks: the kind model trains on scores as unseen sites get them."""
    out = np.zeros(len(members))
    for k in np.unique(fold[members]):
        scored = members[fold[members] == k]
        fitted = members[(fold[members] != k) & learns[members]]
        weights = fit_kind_words([terms[i] for i in fitted], is_article[fitted], [sites[i] for i in fitted])
        out[fold[members] == k] = [features.kind_words_score(terms[i], weights) for i in scored]
    return out


def fit_kind(x: np.ndarray, y: np.ndarray):
    import lightgbm

    data = lightgbm.Dataset(x, y, feature_name=list(features.KIND_NAMES), params={"verbose": -1})
    return lightgbm.train(KIND_PARAMS, data, KIND_ROUNDS)


def kind_scores(p_article: np.ndarray, is_art: np.ndarray, threshold: float) -> tuple[float, float]:
    """(accuracy of article vs not, share of articles called something else)."""
    called = p_article >= threshold
    missed = float((~called[is_art]).mean()) if is_art.any() else 0.0
    return float((called == is_art).mean()), missed


def train_kind(pages: Sequence[LabelledPage], folds: int,
               log: Callable[[str], None]) -> tuple[object, dict, dict[str, float]]:
    """Cross-validate the page-kind model on the out-of-fold line probabilities, then fit it on every page.
    Returns the booster, its manifest entry and its term weights (:func:`fit_kind_words`)."""
    x = kind_rows(pages)
    y = np.array([decide.PAGE_KINDS.index(p.page_type) if p.page_type in decide.PAGE_KINDS else 0 for p in pages])
    fold = np.array([site_fold(p.site, folds) for p in pages])
    terms = [features.kind_terms(p.rules.page) for p in pages]
    sites = [p.site for p in pages]
    is_art = y == 0
    mixed = np.array([p.set for p in pages])
    mixed_sets = sorted({p.set for p in pages if not is_article(p)})  # sets that hold other kinds of page
    on = np.isin(mixed, mixed_sets) if mixed_sets else np.ones(len(pages), bool)
    # the term weights learn from those sets alone: in the sets of articles only, a language would pass for a kind
    scored_pages = np.flatnonzero(on)

    def weighed(members: np.ndarray) -> dict[str, float]:
        return fit_kind_words([terms[i] for i in members], is_art[members], [sites[i] for i in members])

    def scores(members: np.ndarray, weights: dict[str, float]) -> list[float]:
        return [features.kind_words_score(terms[i], weights) for i in members]

    oof = np.zeros((len(pages), len(decide.PAGE_KINDS)))
    for k in range(folds):
        test, train_ = np.flatnonzero(fold == k), np.flatnonzero(fold != k)
        if len(test) and len(train_):
            xk = x.copy()
            # the training pages' scores out of fold (the other folds), the test pages' from every training page
            xk[train_, _KIND_WORDS_COLUMN] = stacked_kind_words(terms, is_art, sites, fold, train_, on)
            xk[test, _KIND_WORDS_COLUMN] = scores(test, weighed(np.intersect1d(train_, scored_pages)))
            oof[test] = fit_kind(xk[train_], y[train_]).predict(xk[test])
    candidates = [round(t, 2) for t in np.arange(0.1, 0.91, 0.05)]
    scored = [(t, *kind_scores(oof[on, 0], is_art[on], t)) for t in candidates]
    allowed = [s for s in scored if s[2] <= KIND_MAX_ARTICLES_MISSED]
    threshold = max(allowed, key=lambda s: s[1])[0] if allowed else candidates[0]
    cv = {}
    for name in sorted(set(mixed)):
        sel = mixed == name
        acc, missed = kind_scores(oof[sel, 0], is_art[sel], threshold)
        cv[name] = {"pages": int(sel.sum()), "accuracy": round(acc, 4), "articles_missed": round(missed, 4),
                    "kind_accuracy": round(float((oof[sel].argmax(1) == y[sel]).mean()), 4)}
        log(f"  CV page kind {name}: article vs not {acc:.3f}, articles called another kind {missed:.1%} "
            f"({int(sel.sum())} pages; seven kinds {cv[name]['kind_accuracy']:.3f})")
    x[:, _KIND_WORDS_COLUMN] = stacked_kind_words(terms, is_art, sites, fold, np.arange(len(pages)), on)
    booster = fit_kind(x, y)
    weights = weighed(scored_pages)
    entry = {"file": "kind.txt", "features": list(features.KIND_NAMES), "threshold": threshold,
             "classes": list(decide.PAGE_KINDS), "params": {**KIND_PARAMS, "rounds": KIND_ROUNDS},
             "trained_on": sorted(set(mixed)), "pages": len(pages), "cv_folds": folds, "cv": cv,
             "threshold_rule": f"best accuracy with at most {KIND_MAX_ARTICLES_MISSED:.0%} of articles missed (CV)",
             "words_file": KIND_WORDS_FILE, "words": len(weights),
             "words_rule": f"short-line terms on at least {KIND_WORDS_MIN_SITES} sites, the {KIND_WORDS_TOP} most "
                           "widespread; naive Bayes log-count ratio, article vs other kinds"}
    return booster, entry, weights


@dataclass
class CandidateCases:
    """One page's candidates for a ranking decision (author names, dates): their feature rows, which of
    them the gold holds, and the candidates object the decision reads."""

    page: LabelledPage
    candidates: object
    rows: np.ndarray
    right: np.ndarray  # bool per candidate


def fit_candidates(cases: Sequence, names: Sequence[str], params: dict, rounds: int, ranked: bool = False):
    """A LightGBM model over the candidates of ``cases`` (right or not): binary, or ``ranked`` with each
    page's candidates as one query group (LambdaRank)."""
    import lightgbm

    cases = [c for c in cases if len(c.rows)]
    data = lightgbm.Dataset(np.vstack([c.rows for c in cases]), np.concatenate([c.right for c in cases]).astype(int),
                            group=[len(c.rows) for c in cases] if ranked else None, feature_name=list(names),
                            params={"verbose": -1})
    return lightgbm.train(params, data, rounds)


def out_of_fold(cases: Sequence, folds: int, fit: Callable) -> dict[str, np.ndarray]:
    """Each page's candidate probabilities from the model trained on the other sites' folds."""
    p: dict[str, np.ndarray] = {}
    for k in range(folds):
        train_cases = [c for c in cases if site_fold(c.page.site, folds) != k]
        test_cases = [c for c in cases if site_fold(c.page.site, folds) == k]
        if not train_cases or not test_cases:
            continue
        model = fit(train_cases)
        for c in test_cases:
            p[c.page.id] = model.predict(c.rows, num_threads=1) if len(c.rows) else np.zeros(0)
    return p


HEADLINE_PARAMS = {
    "objective": "binary", "learning_rate": 0.05, "num_leaves": 15, "min_data_in_leaf": 20, "feature_fraction": 0.8,
    "bagging_fraction": 0.8, "bagging_freq": 1, "lambda_l2": 1.0, "seed": SEED, "num_threads": 2,
    "deterministic": True, "force_row_wise": True, "verbose": -1,
}
#: The headline model ranks a page's candidates against each other (LambdaRank over pages as query groups):
#: site-grouped CV headline (line as printed) meta-dev / meta-dev2 / wcxb-dev .810 / .800 / .642, against
#: .806 / .775 / .623 for a binary model with HEADLINE_PARAMS' other settings.
HEADLINE_RANK_PARAMS = {**HEADLINE_PARAMS, "objective": "lambdarank", "lambdarank_truncation_level": 10}
HEADLINE_ROUNDS = 200


@dataclass
class HeadlineCases:
    """One page's headline candidates: feature rows, which of them print the gold headline, the rules' pick."""

    page: LabelledPage
    rows: np.ndarray
    right: np.ndarray  # bool per candidate
    index: np.ndarray
    rules_right: bool


def headline_cases(pages: Sequence[LabelledPage], fold: Callable[[str], str]) -> list[HeadlineCases]:
    """Candidates of the pages with a gold headline; a candidate is right when it (or its cleaned form)
    folds to the gold headline, as the scorer compares them."""
    from cleaners import headline as rules_headline

    def right(line: str, gold: str) -> bool:
        return gold in (fold(line), fold(rules_headline.clean_headline(line)[0]))

    out = []
    for p in pages:
        if not p.headline or p.p_body is None:
            continue
        gold = fold(p.headline)
        cands = features.Candidates(p.rules.page, p.rows, p.p_body, p.rules.candidates, p.rules.head.index)
        lines = p.rules.page
        rules_i = p.rules.head.index
        out.append(HeadlineCases(p, features.headline_rows(cands), np.array([right(lines[i], gold) for i in cands.index], bool),
                                 cands.index, rules_i is not None and right(lines[rules_i], gold)))
    return out


def fit_headline(cases: Sequence[HeadlineCases]):
    """The headline ranker, trained on the pages whose candidates hold the gold headline (one query group each)."""
    return fit_candidates([c for c in cases if c.right.any()], features.HEADLINE_NAMES, HEADLINE_RANK_PARAMS,
                          HEADLINE_ROUNDS, ranked=True)


@dataclass(frozen=True)
class Heading:
    """Where a page's headline and byline are as the pipeline serves them: the headline model's line (out of
    fold in training) and the byline rules run from it. The author and date models read their candidates
    around it, in training as in the pipeline (``pipeline._decide``)."""

    index: int | None
    by: byline.Byline


def served_heading(page: LabelledPage, picked: int | None) -> Heading:
    rules = page.rules
    if picked is None or picked == rules.head.index:
        return Heading(rules.head.index, rules.by)
    return Heading(picked, byline.find_byline(rules.page, picked))


def headline_picks(pages: Sequence[LabelledPage], model) -> dict[str, Heading]:
    """The heading of each page as ``pipeline.choose_headlines`` picks it with ``model`` (a booster)."""
    out = {}
    for p in pages:
        rules = p.rules
        if p.rows is None or p.p_body is None:
            continue
        picked = rules.head.index
        if not rules.hint_matched and rules.candidates:
            cands = features.Candidates(rules.page, p.rows, p.p_body, rules.candidates, rules.head.index)
            picked = int(cands.index[int(np.argmax(model.predict(features.headline_rows(cands), num_threads=1)))])
        out[p.id] = served_heading(p, picked)
    return out


def train_headline(pages: Sequence[LabelledPage], folds: int, fold: Callable[[str], str],
                   log: Callable[[str], None]) -> tuple[object, dict, dict[str, Heading]]:
    """Cross-validate the headline model (headline_em of its pick against the rules' pick), then fit it.
    Also returns every page's heading as the model of the other sites' folds picks it (what the author and
    date models train on)."""
    cases = headline_cases(pages, fold)
    if not any(c.right.any() for c in cases):
        raise SystemExit("newsclean train: no page's gold headline is among its candidate lines: cannot train "
                         "the headline model (the sets need a 'headline' field)")
    p: dict[str, np.ndarray] = {}
    headings: dict[str, Heading] = {}
    for k in range(folds):
        train_cases = [c for c in cases if site_fold(c.page.site, folds) != k]
        if not train_cases:
            continue
        model = fit_headline(train_cases)
        headings.update(headline_picks([pg for pg in pages if site_fold(pg.site, folds) == k], model))
        for c in cases:
            if site_fold(c.page.site, folds) == k:
                p[c.page.id] = model.predict(c.rows, num_threads=1) if len(c.rows) else np.zeros(0)
    picked_right = {c.page.id: bool(len(p[c.page.id])) and bool(c.right[int(np.argmax(p[c.page.id]))])
                    for c in cases if c.page.id in p}
    cv = {}
    groups = []
    for name in sorted({c.page.set for c in cases}):
        chosen = [c for c in cases if c.page.set == name and c.page.id in picked_right]
        groups.append((name, chosen))
        if not all(is_article(c.page) for c in chosen):  # the goal is on articles: their share alone too
            groups.append((f"{name} articles", [c for c in chosen if is_article(c.page)]))
    for name, chosen in groups:
        if not chosen:
            continue
        model_em = float(np.mean([picked_right[c.page.id] for c in chosen]))
        rules_em = float(np.mean([c.rules_right for c in chosen]))
        reach = float(np.mean([c.right.any() for c in chosen]))
        cv[name] = {"pages": len(chosen), "headline_em": round(model_em, 4), "rules_headline_em": round(rules_em, 4),
                    "candidates_hold_it": round(reach, 4)}
        log(f"  CV headline {name}: model {model_em:.3f}, rules alone {rules_em:.3f} (the gold is among the "
            f"candidates on {reach:.1%} of {len(chosen)} pages; headline line as printed, before site suffixes)")
    entry = {"file": "headline.txt", "features": list(features.HEADLINE_NAMES), "threshold": 0.0,
             "params": {**HEADLINE_RANK_PARAMS, "rounds": HEADLINE_ROUNDS}, "near_best": pipeline.HEADLINE_NEAR_BEST,
             "trained_on": sorted({c.page.set for c in cases}), "pages": len(cases), "cv_folds": folds, "cv": cv}
    return fit_headline(cases), entry, headings


def against_rules(*groups: tuple[str, Sequence, Callable], model: Callable, rules: Callable) -> dict:
    """For each non-empty ``(key, cases, score)``: the mean ``score(case, answer)`` of the model's answers
    (``model(case)``) as ``key``, of the rules' answers as ``rules_<key>``, and the cases as ``n_<key>``."""
    entry: dict = {}
    for key, group, score in groups:
        if group:
            entry[key] = round(float(np.mean([score(c, model(c)) for c in group])), 4)
            entry["rules_" + key] = round(float(np.mean([score(c, rules(c)) for c in group])), 4)
            entry["n_" + key] = len(group)
    return entry


AUTHOR_PARAMS = {**HEADLINE_PARAMS, "min_data_in_leaf": 10}
AUTHOR_ROUNDS = 300


def heading(page: LabelledPage, headings: dict[str, Heading] | None) -> Heading:
    """The page's served heading, or the rules' when ``headings`` has none for it."""
    found = headings.get(page.id) if headings else None
    return found if found is not None else Heading(page.rules.head.index, page.rules.by)


def author_cases(pages: Sequence[LabelledPage], fold_name: Callable[[str], str],
                 headings: dict[str, Heading] | None = None) -> list[CandidateCases]:
    """Candidates of the article pages whose set gives authors (a page without gold authors teaches that
    none of its candidates is one), around each page's served heading; a candidate is right when it folds
    to a gold name, as the scorer folds."""
    out = []
    for p in pages:
        if p.authors is None or p.rows is None or not is_article(p):
            continue
        gold = {fold_name(a) for a in p.authors} - {""}
        h = heading(p, headings)
        c = authors.AuthorCandidates(p.rules.page, p.rows, h.index, h.by)
        out.append(CandidateCases(p, c, authors.author_rows(c), np.array([fold_name(s) in gold for s in c.names], bool)))
    return out


def fit_authors(cases: Sequence[CandidateCases]):
    return fit_candidates(cases, authors.AUTHOR_NAMES, AUTHOR_PARAMS, AUTHOR_ROUNDS)


def authors_f1(gold: Sequence[str], got: Sequence[str], fold_name: Callable[[str], str]) -> float:
    """Set F1 of folded names, as ``score_meta.py`` computes authors_f1 (1.0 when both are empty)."""
    g, p = {fold_name(x) for x in gold} - {""}, {fold_name(x) for x in got} - {""}
    if not g or not p:
        return float(g == p)
    common = len(g & p)
    return 0.0 if not common else 2 * common / (len(g) + len(p))


def train_authors(pages: Sequence[LabelledPage], folds: int, fold_name: Callable[[str], str],
                  log: Callable[[str], None], headings: dict[str, Heading] | None = None) -> tuple[object, dict]:
    """Cross-validate the author model (authors_f1 and no_author_acc of its names against the rules'), then fit it."""
    cases = author_cases(pages, fold_name, headings)
    if not any(c.right.any() for c in cases):
        raise SystemExit("newsclean train: no gold author is among the candidate names: cannot train the author "
                         "model (the sets need an 'authors' field)")
    p = out_of_fold(cases, folds, fit_authors)
    picked = {c.page.id: authors.choose_authors(c.candidates, p[c.page.id])[1] for c in cases if c.page.id in p}
    cv = {}
    for name in sorted({c.page.set for c in cases}):
        chosen = [c for c in cases if c.page.set == name and c.page.id in picked]
        credited = [c for c in chosen if c.page.authors]
        uncredited = [c for c in chosen if not c.page.authors]
        entry = {"pages": len(chosen), **against_rules(
            ("authors_f1", credited, lambda c, got: authors_f1(c.page.authors, got, fold_name)),
            ("no_author_acc", uncredited, lambda c, got: float(not got)),
            model=lambda c: picked[c.page.id], rules=lambda c: c.page.rules.by.authors)}
        cv[name] = entry
        log(f"  CV authors {name}: authors_f1 model {entry.get('authors_f1', float('nan')):.3f}, rules alone "
            f"{entry.get('rules_authors_f1', float('nan')):.3f} ({len(credited)} pages); no_author_acc model "
            f"{entry.get('no_author_acc', float('nan')):.3f}, rules {entry.get('rules_no_author_acc', float('nan')):.3f} "
            f"({len(uncredited)} pages)")
    entry = {"file": "authors.txt", "features": list(authors.AUTHOR_NAMES), "threshold": authors.THRESHOLD,
             "rules_fallback": authors.RULES_FALLBACK, "params": {**AUTHOR_PARAMS, "rounds": AUTHOR_ROUNDS},
             "trained_on": sorted({c.page.set for c in cases}), "pages": len(cases), "cv_folds": folds, "cv": cv}
    return fit_authors(cases), entry


#: The date model ranks a page's candidate dates (LambdaRank, pages as query groups) and its first is taken:
#: site-grouped CV date_acc_vis meta-dev / meta-dev2 / wcxb-dev .923 / .930 / .963, against .912 / .877 / .963
#: for a binary model whose pick overruled the rules' date at P > 0.5.
DATE_PARAMS = HEADLINE_RANK_PARAMS
DATE_ROUNDS = 200


def date_cases(pages: Sequence[LabelledPage], headings: dict[str, Heading] | None = None) -> list[CandidateCases]:
    """Candidates of the article pages with a gold publication date, around each page's served heading."""
    out = []
    for p in pages:
        if not p.published or p.rows is None or not is_article(p):
            continue
        h = heading(p, headings)
        rules_date, _ = dates.find_published_date(p.rules.page, None, None, h.index)
        c = pubdate.DateCandidates(p.rules.page, p.rows, h.index, h.by.index, rules_date)
        out.append(CandidateCases(p, c, pubdate.date_rows(c),
                                  np.array([str(x.date) == p.published for x in c.items], bool)))
    return out


def fit_dates(cases: Sequence[CandidateCases]):
    return fit_candidates([c for c in cases if c.right.any()], pubdate.DATE_NAMES, DATE_PARAMS, DATE_ROUNDS, ranked=True)


def train_dates(pages: Sequence[LabelledPage], folds: int, log: Callable[[str], None],
                headings: dict[str, Heading] | None = None) -> tuple[object, dict]:
    """Cross-validate the date ranker (date_acc of its first against the rules' date), then fit it."""
    cases = date_cases(pages, headings)
    if not any(c.right.any() for c in cases):
        raise SystemExit("newsclean train: no gold date is among the dates written on the pages: cannot train the "
                         "date model (the sets need a 'published' field)")
    p = out_of_fold(cases, folds, fit_dates)
    picked = {c.page.id: pubdate.choose_date(c.candidates, p[c.page.id]) for c in cases if c.page.id in p}
    cv = {}
    for name in sorted({c.page.set for c in cases}):
        chosen = [c for c in cases if c.page.set == name and c.page.id in picked]
        right = lambda c, got: float(str(got) == c.page.published)  # noqa: E731
        entry = {"pages": len(chosen), **against_rules(
            ("date_acc", chosen, right), ("date_acc_vis", [c for c in chosen if c.page.date_in_text], right),
            model=lambda c: picked[c.page.id], rules=lambda c: c.candidates.rules_date)}
        cv[name] = entry
        log(f"  CV date {name}: date_acc_vis model {entry.get('date_acc_vis', float('nan')):.3f}, rules alone "
            f"{entry.get('rules_date_acc_vis', float('nan')):.3f} ({entry.get('n_date_acc_vis', 0)} pages with the "
            f"date on the page); date_acc model {entry['date_acc']:.3f}, rules {entry['rules_date_acc']:.3f} "
            f"({len(chosen)} pages)")
    entry = {"file": "date.txt", "features": list(pubdate.DATE_NAMES), "threshold": 0.0,
             "params": {**DATE_PARAMS, "rounds": DATE_ROUNDS}, "trained_on": sorted({c.page.set for c in cases}),
             "pages": len(cases), "cv_folds": folds, "cv": cv}
    return fit_dates(cases), entry


def train(sets: Iterable[Path], out: Path, shared: Path, folds: int = 5, limit: int | None = None,
          log: Callable[[str], None] = print) -> dict:
    """Cross-validate, then train the line model on every article page and write it to ``out``."""
    metrics = load_scorer(shared)
    started = time.perf_counter()
    pages: list[LabelledPage] = []
    for directory in sets:
        loaded = load_set(directory, limit)
        log(f"{directory.name}: {len(loaded)} pages, {len({p.site for p in loaded})} sites, "
            f"{sum(map(is_article, loaded))} articles")
        pages += loaded
    if not pages:
        raise SystemExit("newsclean train: no labelled pages found")
    clean_pages = [clean_page(p) for p in pages if trains_line_model(p) and p.gold.strip()]
    prepare(pages + clean_pages)
    log(f"features and labels: {sum(len(p.labels) for p in pages)} lines (and {len(clean_pages)} clean pages) "
        f"in {time.perf_counter() - started:.0f} s")

    log(f"line model, site-grouped {folds}-fold cross-validation:")
    oof = cross_validate(pages, clean_pages, folds, trains_line_model, log)
    cv = body_scores([p for p in (*pages, *clean_pages) if p.id in oof], oof, metrics)
    log_body_cv(cv, log)

    articles = [p for p in pages if trains_line_model(p)]
    hard, rule_table = hard_rules(articles)
    booster = fit(articles + clean_pages)
    model = _model(booster, hard)
    with_body = [p for p in pages if p.has_body]
    fitted = body_scores(with_body, {p.id: predicted_body(p, model) for p in with_body}, metrics)
    log(f"  hard rules (at least {HARD_RULE_MIN_LINES} drops, at most {HARD_RULE_MAX_ERROR:.1%} of them body, or "
        "never article text by definition): " + ", ".join(hard))
    entry = line_entry("line.txt", features.NAMES, hard, rule_table, articles, folds, cv,
                       clean_pages=len(clean_pages), fitted=fitted)
    html_booster, html_entry = train_html(sets, limit, folds, metrics, log)
    log(f"page-kind model, site-grouped {folds}-fold cross-validation:")
    kind_booster, kind_entry, kind_weights = train_kind(pages, folds, log)
    log(f"headline model, site-grouped {folds}-fold cross-validation:")
    headline_booster, headline_entry, headings = train_headline(pages, folds, load_scorer(shared, "common").fold, log)
    log(f"author model, site-grouped {folds}-fold cross-validation (around the headline model's out-of-fold line):")
    author_booster, author_entry = train_authors(pages, folds, load_scorer(shared, "common").fold_name, log, headings)
    log(f"date model, site-grouped {folds}-fold cross-validation (around the headline model's out-of-fold line):")
    date_booster, date_entry = train_dates(pages, folds, log, headings)
    models = {"line": (booster, entry), "kind": (kind_booster, kind_entry),
              "headline": (headline_booster, headline_entry), "authors": (author_booster, author_entry),
              "date": (date_booster, date_entry)}
    if html_booster is not None:
        models["line_html"] = (html_booster, html_entry)
    write_models(out, models, {KIND_WORDS_FILE: "".join(f"{t}\t{w}\n" for t, w in sorted(kind_weights.items()))})
    log(f"wrote the models and {out / decide.MANIFEST} in {time.perf_counter() - started:.0f} s")
    return {name: entry for name, (_, entry) in models.items()}


def train_html(sets: Iterable[Path], limit: int | None, folds: int, metrics: ModuleType,
               log: Callable[[str], None]) -> tuple[object | None, dict]:
    """The HTML line model: the article pages of the sets that give their HTML, rendered as the pipeline
    renders an HTML input, with trafilatura's cover of each line as one more feature."""
    pages = [p for directory in sets for p in load_html_set(directory, limit)]
    if not pages:
        log("HTML line model: no set gives HTML pages; not trained")
        return None, {}
    prepare(pages)
    log(f"HTML line model ({len(pages)} pages), site-grouped {folds}-fold cross-validation:")
    oof = cross_validate(pages, [], folds, lambda p: True, log, HTML_LINE_PARAMS)
    cv = body_scores([p for p in pages if p.id in oof], oof, metrics)
    log_body_cv(cv, log)
    hard, rule_table = hard_rules(pages)
    booster = fit(pages, HTML_LINE_PARAMS)
    return booster, line_entry("line_html.txt", features.HTML_NAMES, hard, rule_table, pages, folds, cv, HTML_LINE_PARAMS)


def log_body_cv(cv: dict[str, dict], log: Callable[[str], None]) -> None:
    for name, s in cv.items():
        log(f"  CV body {name}: P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} "
            f"(pages below F1 0.5: {s['below_0_5']:.1%}, {s['pages']} pages)")


def line_entry(file: str, names: Sequence[str], hard: Sequence[str], rule_table: dict[str, tuple[int, int]],
               pages: Sequence[LabelledPage], folds: int, cv: dict, params: dict = LINE_PARAMS, **more) -> dict:
    """A line model's manifest entry: its file, columns, threshold, hard rules, training data and scores."""
    return {
        "file": file,
        "features": list(names),
        "threshold": LINE_THRESHOLD,
        "hard_rules": list(hard),
        "rule_drops_body": {rule: list(v) for rule, v in rule_table.items()},
        "params": {**params, "rounds": LINE_ROUNDS},
        "trained_on": sorted({p.set for p in pages}),
        "pages": len(pages),
        "cv_folds": folds,
        "cv": cv,
        **more,
    }


def write_models(out: Path, models: dict[str, tuple[object, dict]], files: dict[str, str] | None = None) -> None:
    """Model files, the models' data ``files`` (name: text) and the manifest; the manifest keeps entries of
    models not written now."""
    out.mkdir(parents=True, exist_ok=True)
    for name, content in (files or {}).items():
        (out / name).write_text(content, encoding="utf-8")
    manifest_path = out / decide.MANIFEST
    manifest = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {}
    manifest.setdefault("models", {})
    for name, (booster, entry) in models.items():
        (out / entry["file"]).write_text(booster.model_to_string(), encoding="utf-8")  # type: ignore[attr-defined]
        manifest["models"][name] = entry
    manifest["feature_count"] = len(features.NAMES)
    manifest_path.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    repo = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(prog="newsclean train", description=__doc__.split("\n\n")[0].replace("``", ""))
    ap.add_argument("--shared", type=Path, default=repo.parent / "shared", help="the shared directory (eval sets, scorers)")
    ap.add_argument("--set", dest="sets", type=Path, action="append",
                    help="a labelled set directory (repeatable; default: " + ", ".join(DEFAULT_SETS) + " in SHARED/eval)")
    ap.add_argument("--out", type=Path, default=decide.MODEL_DIR,
                    help="where the model files go (default: the package's own cleaners/models, replacing the "
                         "shipped models)")
    ap.add_argument("--folds", type=int, default=5, help="site-grouped cross-validation folds (default: 5)")
    ap.add_argument("--limit", type=int, help="at most this many pages per set (a quick run)")
    a = ap.parse_args(argv)
    sets = a.sets or [a.shared / "eval" / name for name in DEFAULT_SETS]
    for s in sets:
        if not (s / "gold.jsonl").is_file():
            print(f"newsclean train: error: no gold.jsonl in {s}", file=sys.stderr)
            return 2
    train(sets, a.out, a.shared, a.folds, a.limit, log=lambda m: print(m, flush=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


__all__ = ["align_labels", "main", "site_fold", "train"]
