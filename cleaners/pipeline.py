"""``clean(raw) -> Article | Reject`` and its batch form: the cleaning steps in the order they run.

For a batch of documents (a shard's pages):

1. *prepare*, per document: normalize and split the text into lines (HTML: trafilatura's main text);
   the hand-written rules find the headline and byline and give each line a verdict (:class:`PageRules`).
2. *decide lines*, for the whole batch at once: the feature table (:mod:`cleaners.features`), computed
   once per distinct line of the batch, then one call of the line model (:mod:`cleaners.decide`). A hard
   rule (one that was never wrong in the training data) drops its lines alone; the model decides the rest.
3. *finish*, per document: headline, byline, dateline, dates, publisher, language → Article or Reject.

Every document leaves as one record: a bug becomes ``Reject(reason="error")``, a document slower than
``CleanConfig.doc_timeout_s`` a ``Reject(reason="timeout")``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from cleaners import (
    authors,
    byline,
    dateline,
    dates,
    decide,
    features,
    headline,
    html,
    language,
    lines,
    pubdate,
    publisher,
    repeated,
    text,
)
from cleaners.budget import DocTimeout, time_budget
from schemas import REMOVED_KINDS, Article, RawDoc, Reject

MIN_BODY_WORDS = lines.SHORT_BODY_WORDS  # fewer words than this after cleaning is not an article
#: an article has at least one sentence-long line; every gold body of the dev sets has one of 13+ words
MIN_PROSE_LINE_WORDS = 8


@dataclass(frozen=True)
class CleanConfig:
    language_backend: str = "fasttext"
    min_body_words: int = MIN_BODY_WORDS
    max_chars: int = 5_000_000  # larger documents are rejected as too_large before any rule runs
    #: seconds one document may take; slower ones become Reject(reason="timeout"). None: no limit
    doc_timeout_s: float | None = 10.0
    #: normalized-line hashes known to be boilerplate (corpus-level repeated lines)
    repeated_lines: frozenset[str] = field(default_factory=frozenset)
    #: pages of another kind (listing, product, forum...) become Reject(reason="not_article")
    articles_only: bool = False


@dataclass
class CleanResult:
    """Everything ``clean`` decided, line by line; ``inspect`` prints it."""

    lines: list[str]
    verdicts: list[lines.Verdict]
    record: Article | Reject
    #: the feature rows the line model read (None where it did not run: rejects)
    rows: np.ndarray | None = None
    #: which line model read them ("line", or "line_html" for HTML inputs)
    line_model: str = "line"


#: Headline candidates are the lines the headline rules score within this much of their best.
HEADLINE_NEAR_BEST = 4.0


@dataclass
class PageRules:
    """A page's lines and what the hand-written rules found on it (the learned decisions' page facts)."""

    page: list[str]
    head: headline.Headline
    by: byline.Byline
    facts: features.RuleFacts
    candidates: list[tuple[float, int, dict[str, float]]]  # headline candidates, best first
    hint_matched: bool = False  # the headline is the title the input declared (JSONL title, HTML <title>)
    #: HTML inputs: each line's share in trafilatura's main text (html.main_text_cover); None for raw text
    cover: np.ndarray | None = None
    #: HTML inputs: each line's place in the markup (html.page_structure: features.STRUCTURE_COLUMNS)
    structure: np.ndarray | None = None
    #: each distinct line's line-rule result (lines.rules_debris), as the verdicts found it: the features reuse it
    line_rules: dict[str, tuple[str, str] | None] | None = None
    #: prose value and stop share (lines.STOP_UNKNOWN: not computed) of the lines the verdicts valued
    line_values: dict[str, tuple[float, float | None]] | None = None

    @property
    def line_model(self) -> decide.Model:
        """The line model for this page: the HTML one when the page has trafilatura's cover."""
        return decide.line_model() if self.cover is None else decide.line_html_model()

    def model_rows(self, rows: np.ndarray) -> np.ndarray:
        """The page's feature rows as its line model reads them."""
        if self.cover is None:
            return rows
        structure = self.structure if self.structure is not None else \
            np.full((len(rows), len(features.STRUCTURE_COLUMNS)), np.nan)
        return np.column_stack([rows, features.cover_columns(self.cover), features.structure_columns(structure)])


def page_rules(page: list[str], title_hint: str | None = None, extracted: html.HtmlText | None = None) -> PageRules:
    """Headline, rule verdicts and byline of a page (the inputs of the learned decisions); for an HTML
    page (``extracted``: its rendered ``page`` and trafilatura's text) also each line's cover."""
    candidates = headline.scored_candidates(page, near_best=HEADLINE_NEAR_BEST)
    head = headline.find_headline(page, title_hint, scored=[(s, i) for s, i, _ in candidates])
    stoplist = lines.guess_stoplist(page)
    line_rules: dict[str, tuple[str, str] | None] = {}
    line_values: dict[str, tuple[float, float | None]] = {}
    verdicts = lines.classify_lines(page, head.index, stoplist=stoplist, alone=line_rules, value_stop=line_values)
    if head.index is not None:
        verdicts[head.index] = lines.Verdict(False, "headline", "metadata")
    by = byline.find_byline(page, head.index)
    hint_matched = bool(title_hint) and head.index is not None and \
        page[head.index].casefold() == title_hint.strip().casefold()  # type: ignore[union-attr]
    facts = features.RuleFacts(verdicts, head.index, by.index, stoplist)
    cover = None if extracted is None else \
        html.main_text_cover(page, extracted.text if extracted.main_content else "")
    structure = None if extracted is None else html.page_structure(page, extracted)
    return PageRules(page, head, by, facts, candidates, hint_matched, cover, structure, line_rules, line_values)


def choose_headlines(pages: Sequence[PageRules], rows: Sequence[np.ndarray], p_body: Sequence[np.ndarray],
                     model: decide.Model) -> list[int | None]:
    """The headline model's line among each page's candidates (one model call for all the pages); the
    rules' line where the input's declared title is printed, or where there is no candidate."""
    chosen: list[int | None] = [p.head.index for p in pages]
    asked, candidate_rows = [], []
    for k, (rules, page_rows, p) in enumerate(zip(pages, rows, p_body)):
        if rules.hint_matched or not rules.candidates:
            continue
        cands = features.Candidates(rules.page, page_rows, p, rules.candidates, rules.head.index)
        asked.append((k, cands.index))
        candidate_rows.append(features.headline_rows(cands))
    if asked:
        p_all = model.probabilities(np.vstack(candidate_rows))
        start = 0
        for k, index in asked:
            chosen[k] = int(index[int(np.argmax(p_all[start:start + len(index)]))])
            start += len(index)
    return chosen


def choose_bylines(pages: Sequence[PageRules], rows: Sequence[np.ndarray], heads: Sequence[int | None],
                   found: Sequence[byline.Byline], model: decide.Model) -> list[byline.Byline]:
    """Each page's byline as the author model decides it among the page's candidate names (one model call
    for all the pages): the rules' byline (``found``) where the model picks one of its names or believes none."""
    cands = [authors.AuthorCandidates(p.page, r, h, by) for p, r, h, by in zip(pages, rows, heads, found)]
    candidate_rows = [authors.author_rows(c) for c in cands]
    p_all = model.probabilities(np.vstack(candidate_rows)) if any(len(r) for r in candidate_rows) else np.zeros(0)
    fallback = float(model.info.get("rules_fallback", authors.RULES_FALLBACK))
    out, start = [], 0
    for c, r, by in zip(cands, candidate_rows, found):
        index, names = authors.choose_authors(c, p_all[start:start + len(r)], model.threshold, fallback)
        start += len(r)
        if index == by.index and names == by.authors:
            out.append(by)
        else:
            out.append(byline.Byline(index, c.page[index] if index is not None else None, names))
    return out


def choose_dates(pages: Sequence[PageRules], rows: Sequence[np.ndarray], heads: Sequence[int | None],
                 bylines: Sequence[byline.Byline], raws: Sequence[RawDoc],
                 model: decide.Model) -> list[tuple[dt.date | None, str | None]]:
    """Each page's publication date and its source: the date model's first among the dates written on the
    page (one model call for all the pages), else the rules' (:func:`dates.find_published_date`)."""
    found = [dates.find_published_date(p.page, raw.crawl_date, raw.url, h) for p, h, raw in zip(pages, heads, raws)]
    cands = [pubdate.DateCandidates(p.page, r, h, by.index, rules_date, raw.crawl_date)
             for p, r, h, by, (rules_date, _), raw in zip(pages, rows, heads, bylines, found, raws)]
    candidate_rows = [pubdate.date_rows(c) for c in cands]
    p_all = model.probabilities(np.vstack(candidate_rows)) if any(len(r) for r in candidate_rows) else np.zeros(0)
    out, start = [], 0
    for c, r, (rules_date, source) in zip(cands, candidate_rows, found):
        chosen = pubdate.choose_date(c, p_all[start:start + len(r)])
        start += len(r)
        out.append((rules_date, source) if chosen == rules_date else (chosen, "text"))
    return out


def feature_rows(pages: Sequence[PageRules]) -> list[np.ndarray]:
    """The feature matrix of each page; line features computed once per distinct line of the batch."""
    distinct = features.DistinctLines()
    where = [distinct.add(p.page, p.line_rules) for p in pages]
    table = distinct.table()
    memo = features.PageLineMemo()
    return [features.page_matrix(p.page, table[rows], p.facts, memo, p.line_values) for p, rows in zip(pages, where)]


def line_probabilities(pages: Sequence[PageRules], rows: Sequence[np.ndarray]) -> list[np.ndarray]:
    """P(body) of every line of every page: one call of each line model (raw text, HTML) for the batch."""
    out: list[np.ndarray] = [np.zeros(0)] * len(pages)
    for html_pages in (False, True):
        chosen = [k for k, p in enumerate(pages) if (p.cover is not None) == html_pages]
        if not chosen:
            continue
        p_all = pages[chosen[0]].line_model.probabilities(np.vstack([pages[k].model_rows(rows[k]) for k in chosen]))
        start = 0
        for k in chosen:
            out[k] = p_all[start:start + len(rows[k])]
            start += len(rows[k])
    return out


def decide_lines(rules: PageRules, p_body: np.ndarray, model: decide.Model, head_index: int | None,
                 by_index: int | None) -> list[lines.Verdict]:
    """One verdict per line: a hard rule alone, else the model's probability against its threshold.
    The headline and byline lines are metadata, never body."""
    hard = decide.hard_rules(model)
    keep = p_body > model.threshold
    rule_name = "line_model"
    if _words(rules.page, keep) < MIN_BODY_WORDS and len(p_body) and p_body.max() > 0:
        # Too unsure to keep an article's worth anywhere: the densest run of the page's likeliest lines
        # (relative to its best line), rather than no article at all.
        relative = 0.5 * float(p_body.max())
        start, end = lines.max_sum_span((p_body - relative).tolist())
        keep = np.zeros(len(p_body), bool)
        keep[start:end] = p_body[start:end] >= relative
        rule_name = "line_model_relative"
    out: list[lines.Verdict] = []
    for line_verdict, p, k in zip(rules.facts.verdicts, p_body, keep):
        if line_verdict.rule in hard:
            out.append(line_verdict)
        elif k:
            out.append(lines.Verdict(True, rule_name, "body", float(p)))
        else:
            kind = line_verdict.kind if not line_verdict.keep and line_verdict.kind != "metadata" else "boilerplate"
            out.append(lines.Verdict(False, rule_name, kind, float(p)))
    for index, rule in ((head_index, "headline"), (by_index, "byline")):
        if index is not None:
            out[index] = lines.Verdict(False, rule, "metadata")
    return out


def longest_line_words(body_lines: Sequence[str]) -> int:
    """Words of the longest line (CJK characters count as words): a page of short lines is a list."""
    return max((lines.count_words(ln) for ln in body_lines), default=0)


def _words(page: Sequence[str], keep: np.ndarray) -> int:
    return sum(lines.count_words(line) for line, k in zip(page, keep) if k)


def article_id_for(raw: RawDoc, content_sha256: str) -> str:
    """Stable id: from the URL when known, else from the source path, record and content."""
    key = raw.url or f"{raw.source_path}#{raw.source_record or ''}#{content_sha256}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


@dataclass
class _Doc:
    """A document between the steps: its page and rules, its verdicts, then its record."""

    raw: RawDoc
    page: list[str] = field(default_factory=list)
    rules: PageRules | None = None
    extracted: html.HtmlText | None = None
    head: headline.Headline | None = None
    by: byline.Byline | None = None
    verdicts: list[lines.Verdict] | None = None
    rows: np.ndarray | None = None
    kind: str | None = None  # the page kind model's decision
    p_kinds: np.ndarray | None = None
    published: tuple[dt.date | None, str | None] = (None, None)  # the publication date and its source
    record: Article | Reject | None = None
    seconds: float = 0.0  # time spent on it so far, against its budget


def _reject(raw: RawDoc, reason: str, detail: str) -> Reject:
    return Reject(raw.source_path, reason, detail, raw.source_record, raw.url, raw.crawl_date)


def _prepare(doc: _Doc, config: CleanConfig) -> None:
    raw = doc.raw
    if len(raw.text) > config.max_chars:
        doc.record = _reject(raw, "too_large", f"{len(raw.text)} characters > {config.max_chars}")
        return
    title_hint = raw.title_hint
    source_text = raw.text
    if raw.kind == "html":
        # the page's visible lines, decided by the HTML line model with trafilatura's main text as a feature
        doc.extracted = html.html_to_text(raw.text, raw.url, raw.crawl_date)
        title_hint = title_hint or doc.extracted.title
        source_text = doc.extracted.page_text
    doc.page = text.split_lines(text.normalize_text(source_text))
    if not doc.page:
        doc.record = _reject(raw, "empty", "no text after normalization")
        return
    doc.rules = page_rules(doc.page, title_hint, doc.extracted)
    doc.head, doc.by = doc.rules.head, doc.rules.by


def _decide(docs: Sequence[_Doc]) -> None:
    """The line model over every raw-text page of the batch at once."""
    todo = [d for d in docs if d.record is None and d.rules is not None]
    if not todo:
        return
    rows = feature_rows([d.rules for d in todo])
    p_pages = line_probabilities([d.rules for d in todo], rows)
    for doc, page_rows in zip(todo, rows):
        doc.rows = doc.rules.model_rows(page_rows)
    for doc, chosen in zip(todo, choose_headlines([d.rules for d in todo], rows, p_pages, decide.headline_model())):
        if chosen is not None and chosen != doc.rules.head.index:
            doc.head = headline.headline_at(doc.page, chosen)
            doc.by = byline.find_byline(doc.page, chosen)
    rules_by = [d.by for d in todo]
    for doc, by in zip(todo, choose_bylines([d.rules for d in todo], rows, [d.head.index for d in todo], rules_by,
                                            decide.author_model())):
        doc.by = by
    for doc, published in zip(todo, choose_dates([d.rules for d in todo], rows, [d.head.index for d in todo],
                                                 [d.by for d in todo], [d.raw for d in todo], decide.date_model())):
        doc.published = published
    kind_rows = []
    for doc, page_rows, p, found in zip(todo, rows, p_pages, rules_by):
        model = doc.rules.line_model
        # the rules' byline line stays metadata when the author model credits nobody in it
        by_index = doc.by.index if doc.by.index is not None else found.index
        doc.verdicts = decide_lines(doc.rules, p, model, doc.head.index, by_index)
        kind_rows.append(features.kind_row(features.PageSummary(doc.page, page_rows, p, doc.rules.facts, model.threshold,
                                                                  decide.kind_words())))
    kinds = decide.kind_model()
    for doc, p_kinds in zip(todo, kinds.probabilities(np.vstack(kind_rows))):
        doc.p_kinds = p_kinds
        doc.kind = decide.page_kind(kinds, p_kinds)


def _finish(doc: _Doc, config: CleanConfig) -> None:
    raw, page = doc.raw, doc.page
    verdicts = doc.verdicts
    assert verdicts is not None and doc.head is not None and doc.by is not None
    if config.repeated_lines:
        verdicts = doc.verdicts = repeated.drop_repeated_lines(page, verdicts, config.repeated_lines)
    head, by, extracted = doc.head, doc.by, doc.extracted
    if extracted is not None and not by.authors and extracted.author:  # the page's declared author
        by = byline.Byline(by.index, by.raw, html.authors_from_meta(extracted.author))

    body_lines = [ln for ln, v in zip(page, verdicts) if v.keep]
    found_dl = dateline.find_dateline(body_lines)
    dl = found_dl[1] if found_dl else None
    if found_dl is not None:
        body_lines[found_dl[0]] = found_dl[1].rest

    body = "\n\n".join(body_lines)
    word_count = len(body.split())
    # CJK-aware: Japanese has no spaces, its characters add to the whitespace words (only counted when short)
    if word_count < config.min_body_words and lines.count_words(body) < config.min_body_words:
        doc.record = _reject(raw, "no_article", f"{word_count} words left after cleaning (< {config.min_body_words})")
        return
    longest = longest_line_words(body_lines)
    if longest < MIN_PROSE_LINE_WORDS:
        doc.record = _reject(raw, "no_article", f"no line of prose (longest kept line: {longest} words)")
        return

    if config.articles_only and doc.kind not in (None, "article"):
        p_article = float(doc.p_kinds[decide.PAGE_KINDS.index("article")]) if doc.p_kinds is not None else float("nan")
        doc.record = _reject(raw, "not_article", f"page kind {doc.kind} (P(article) {p_article:.2f})")
        return

    pub = publisher.guess_publisher(raw.url, page)
    if extracted is not None and not raw.url:  # the page's canonical URL, else its declared site name
        pub = publisher.publisher_from_url(extracted.url) or extracted.sitename or pub
    headline_clean = headline.strip_site_suffix(head.clean, pub) if head.clean else None
    published, published_source = doc.published
    if extracted is not None and extracted.date is not None:  # page metadata (htmldate), never after the crawl
        published, published_source = extracted.date, "html"
    lang, lang_score = language.detect_language(body, config.language_backend)
    removed = Counter(v.kind for v in verdicts if not v.keep)
    sha = hashlib.sha256(body.encode("utf-8")).hexdigest()
    doc.record = Article(
        article_id=article_id_for(raw, sha),
        source_path=raw.source_path,
        source_record=raw.source_record,
        url=raw.url or (extracted.url if extracted is not None and (extracted.url or "").startswith("http") else None),
        crawl_date=raw.crawl_date,
        publisher=pub,
        headline=headline_clean,
        headline_raw=head.raw,
        headline_markers=list(head.markers),
        authors=list(by.authors),
        byline_raw=by.raw,
        dateline_place=dl.place if dl else None,
        dateline_agency=dl.agency if dl else None,
        dateline_date=dl.date if dl else None,
        dateline_raw=dl.raw if dl else None,
        published_at=published,
        published_at_source=published_source,
        language=lang,
        language_score=lang_score,
        page_kind=doc.kind,
        body=body,
        word_count=word_count,
        content_sha256=sha,
        lines_total=len(page),
        lines_kept=len(body_lines),
        lines_removed={k: removed.get(k, 0) for k in REMOVED_KINDS},
    )


def _guarded(doc: _Doc, step, config: CleanConfig) -> None:
    """Run one per-document step within what is left of the document's time budget; a bug or an
    exhausted budget becomes the document's Reject."""
    if doc.record is not None:
        return
    budget = config.doc_timeout_s
    left = None if budget is None else max(budget - doc.seconds, 0.001)
    started = time.perf_counter()
    try:
        with time_budget(left):
            step(doc, config)
    except DocTimeout:
        doc.record = _reject(doc.raw, "timeout", f"cleaning took longer than {budget:g} s")
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a run of millions
        doc.record = _reject(doc.raw, "error", f"{type(exc).__name__}: {exc}")
    finally:
        doc.seconds += time.perf_counter() - started


def _run(raws: Sequence[RawDoc], config: CleanConfig, guarded: bool) -> list[_Doc]:
    docs = [_Doc(raw) for raw in raws]
    if not guarded:  # explain(): errors propagate to the caller (inspect, tests)
        for doc in docs:
            _prepare(doc, config)
        _decide(docs)
        for doc in docs:
            if doc.record is None:
                _finish(doc, config)
        return docs
    for doc in docs:
        _guarded(doc, _prepare, config)
    try:
        _decide(docs)
    except Exception:  # noqa: BLE001 - find the document that breaks the batch: each alone
        for doc in docs:
            _guarded(doc, lambda d, _c: _decide([d]), config)
    for doc in docs:
        _guarded(doc, _finish, config)
    return docs


def explain_batch(raws: Sequence[RawDoc], config: CleanConfig | None = None) -> list[CleanResult]:
    """Every line's verdict and the record of each document (errors propagate: for ``inspect`` and tests)."""
    docs = _run(raws, config or CleanConfig(), guarded=False)
    return [CleanResult(d.page, d.verdicts or [], d.record, d.rows,  # type: ignore[arg-type]
                        "line_html" if d.rules is not None and d.rules.cover is not None else "line") for d in docs]


def why(result: CleanResult, i: int, top: int = 3) -> str:
    """Why line ``i`` was kept or dropped: the rule's name, or the model's P(body) and the features that
    pushed it most (SHAP contributions in log-odds).

    >>> why(CleanResult(["Share"], [lines.Verdict(False, "share_button", "share")], Reject("a", "empty", "")), 0)
    'share_button'
    """
    verdict = result.verdicts[i]
    if verdict.p is None or result.rows is None:
        return verdict.rule
    model = decide.line_html_model() if result.line_model == "line_html" else decide.line_model()
    pushes = model.reasons(result.rows[i], top)
    return f"line model P(body)={verdict.p:.2f}: " + ", ".join(f"{name} {c:+.1f}" for name, c in pushes)


def explain(raw: RawDoc, config: CleanConfig | None = None) -> CleanResult:
    return explain_batch([raw], config)[0]


def clean_batch(raws: Sequence[RawDoc], config: CleanConfig | None = None) -> list[Article | Reject]:
    """Clean many documents at once (a shard's pages): one record per document, in order. Never raises
    for bad content."""
    return [d.record for d in _run(raws, config or CleanConfig(), guarded=True)]  # type: ignore[misc]


def clean(raw: RawDoc, config: CleanConfig | None = None) -> Article | Reject:
    """Clean one document (:func:`clean_batch` of one)."""
    return clean_batch([raw], config)[0]
