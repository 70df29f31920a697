"""``clean(raw) -> Article | Reject``: the cleaning steps in the order they run."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from cleaners import byline, dateline, dates, headline, html, language, lines, publisher, repeated, text
from cleaners.budget import DocTimeout, time_budget
from schemas import REMOVED_KINDS, Article, RawDoc, Reject

MIN_BODY_WORDS = lines.SHORT_BODY_WORDS  # fewer words than this after cleaning is not an article


@dataclass(frozen=True)
class CleanConfig:
    language_backend: str = "fasttext"
    min_body_words: int = MIN_BODY_WORDS
    max_chars: int = 5_000_000  # larger documents are rejected as too_large before any rule runs
    #: seconds one document may take; slower ones become Reject(reason="timeout"). None: no limit
    doc_timeout_s: float | None = 10.0
    #: normalized-line hashes known to be boilerplate (corpus-level repeated lines)
    repeated_lines: frozenset[str] = field(default_factory=frozenset)


@dataclass
class CleanResult:
    """Everything ``clean`` decided, line by line; ``inspect`` prints it."""

    lines: list[str]
    verdicts: list[lines.Verdict]
    record: Article | Reject


def article_id_for(raw: RawDoc, content_sha256: str) -> str:
    """Stable id: from the URL when known, else from the source path, record and content."""
    key = raw.url or f"{raw.source_path}#{raw.source_record or ''}#{content_sha256}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def explain(raw: RawDoc, config: CleanConfig | None = None) -> CleanResult:
    config = config or CleanConfig()
    if len(raw.text) > config.max_chars:
        reject = Reject(raw.source_path, "too_large", f"{len(raw.text)} characters > {config.max_chars}",
                        raw.source_record, raw.url, raw.crawl_date)
        return CleanResult([], [], reject)

    title_hint = raw.title_hint
    source_text = raw.text
    extracted = None
    if raw.kind == "html":
        extracted = html.html_to_text(raw.text, raw.url, raw.crawl_date)
        title_hint = title_hint or extracted.title
        source_text = extracted.text
    page = text.split_lines(text.normalize_text(source_text))
    if not page:
        reject = Reject(raw.source_path, "empty", "no text after normalization",
                        raw.source_record, raw.url, raw.crawl_date)
        return CleanResult(page, [], reject)

    if extracted is not None and extracted.main_content:
        # trafilatura's text is already the main content: line rules only, headline from the HTML title
        head = html.find_headline(page, title_hint)
        verdicts = html.classify_extracted_lines(page, head.index, extracted.link_texts)
    else:
        head = headline.find_headline(page, title_hint)
        verdicts = lines.classify_lines(page, head.index)
    if head.index is not None:
        verdicts[head.index] = lines.Verdict(False, "headline", "metadata")
    if config.repeated_lines:
        verdicts = repeated.drop_repeated_lines(page, verdicts, config.repeated_lines)

    if extracted is not None and extracted.main_content:
        by = html.find_byline(page, head.index, extracted.author)
        if not by.authors:
            by = byline.Byline(by.index, by.raw, html.authors_from_meta(extracted.author))
    else:
        by = byline.find_byline(page, head.index)
    if by.index is not None:
        verdicts[by.index] = lines.Verdict(False, "byline", "metadata")

    body_lines = [ln for ln, v in zip(page, verdicts) if v.keep]
    found_dl = dateline.find_dateline(body_lines)
    dl = found_dl[1] if found_dl else None
    if found_dl is not None:
        body_lines[found_dl[0]] = found_dl[1].rest

    body = "\n\n".join(body_lines)
    word_count = len(body.split())
    # CJK-aware: Japanese has no spaces, its characters add to the whitespace words (only counted when short)
    if word_count < config.min_body_words and lines.count_words(body) < config.min_body_words:
        reject = Reject(raw.source_path, "no_article",
                        f"{word_count} words left after cleaning (< {config.min_body_words})",
                        raw.source_record, raw.url, raw.crawl_date)
        return CleanResult(page, verdicts, reject)

    pub = publisher.guess_publisher(raw.url, page)
    if extracted is not None and not raw.url:  # the page's canonical URL, else its declared site name
        pub = publisher.publisher_from_url(extracted.url) or extracted.sitename or pub
    headline_clean = headline.strip_site_suffix(head.clean, pub) if head.clean else None
    published, published_source = dates.find_published_date(page, raw.crawl_date, raw.url, head.index)
    if extracted is not None and extracted.date is not None:  # page metadata (htmldate), never after the crawl
        published, published_source = extracted.date, "html"
    lang, lang_score = language.detect_language(body, config.language_backend)
    removed = Counter(v.kind for v in verdicts if not v.keep)
    sha = hashlib.sha256(body.encode("utf-8")).hexdigest()
    article = Article(
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
        body=body,
        word_count=word_count,
        content_sha256=sha,
        lines_total=len(page),
        lines_kept=len(body_lines),
        lines_removed={k: removed.get(k, 0) for k in REMOVED_KINDS},
    )
    return CleanResult(page, verdicts, article)


def clean(raw: RawDoc, config: CleanConfig | None = None) -> Article | Reject:
    """Clean one document. Never raises for bad content: a bug becomes a Reject(reason="error"),
    a document slower than ``config.doc_timeout_s`` a Reject(reason="timeout")."""
    config = config or CleanConfig()
    try:
        with time_budget(config.doc_timeout_s):
            return explain(raw, config).record
    except DocTimeout:
        return Reject(raw.source_path, "timeout", f"cleaning took longer than {config.doc_timeout_s:g} s",
                      raw.source_record, raw.url, raw.crawl_date)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a run of millions
        return Reject(raw.source_path, "error", f"{type(exc).__name__}: {exc}",
                      raw.source_record, raw.url, raw.crawl_date)
