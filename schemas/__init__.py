"""The record schemas of newsclean: the only place that names columns and types.

Three record kinds travel through the pipeline:

* :class:`RawDoc`  - one input document as read by ``flows.sources`` (provenance + decoded text).
* :class:`Article` - a cleaned, normalized article (one parquet row in ``articles/``).
* :class:`Reject`  - an input that did not become an article, with a reason (one row in ``_rejects/``).

Every input document leaves the pipeline as exactly one Article or one Reject.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

#: Bump the minor version for added columns, the major version for changed or removed ones.
SCHEMA_VERSION = "1.1"  # 1.1: page_kind

#: Key under which the schema version is stored in every parquet file's metadata.
SCHEMA_VERSION_KEY = b"newsclean.schema_version"

#: Kinds of removed lines; each cleaning rule belongs to one kind. Counted per article.
REMOVED_KINDS: tuple[str, ...] = (
    "metadata",  # headline, byline, dateline lines moved out of the body into their columns
    "nav",  # menus, breadcrumbs, section lists, "go top"
    "share",  # share buttons, follow-us lines
    "css",  # leaked CSS / JS source
    "related",  # related-headline and "Most Popular" lists, "More On This Topic"
    "copyright",  # copyright and rights lines
    "caption",  # photo captions and credits
    "newsletter",  # newsletter, subscribe, e-mail and contact lines
    "widget",  # font-size widgets, settings, close buttons, page-header dates
    "ad",  # advertisement markers
    "repeated",  # lines repeated across many pages of the same publisher (corpus level)
    "boilerplate",  # short non-prose lines outside the article block
)

#: Reasons an input becomes a Reject row (a small, fixed vocabulary).
REJECT_REASONS: tuple[str, ...] = (
    "empty",  # no bytes, or only whitespace
    "binary",  # not text: images, archives, executables
    "decode_error",  # bytes that no encoding explains
    "read_error",  # the input could not be read (truncated gzip, I/O error)
    "malformed",  # a JSONL line that is not JSON, a WARC record without payload
    "too_large",  # over the per-document size budget (or a decompression bomb)
    "timeout",  # cleaning took longer than the per-document time budget
    "no_article",  # nothing article-like left after cleaning
    "duplicate",  # dropped as a duplicate (only with --drop-duplicates)
    "not_article",  # a page of another kind (listing, product, forum...), only with --articles-only
    "skipped",  # found under an input root but not read: hidden, not a page, excluded, not a regular file
    "error",  # an unexpected error in the cleaner: a bug, reported with its message
)


@dataclass(frozen=True)
class RawDoc:
    """One input document with its provenance, as handed to ``cleaners.clean``."""

    source_path: str  # the input file's real absolute path, '/'-separated (flows.sources.source_identity)
    text: str  # decoded text (raw scraped text, or HTML when kind == "html")
    kind: str = "text"  # "text" | "html"
    source_record: str | None = None  # position inside a container: "line:12", WARC record id
    url: str | None = None
    crawl_date: dt.date | None = None
    title_hint: str | None = None  # e.g. a JSONL "title" field


@dataclass
class Article:
    article_id: str
    source_path: str
    source_record: str | None
    url: str | None
    crawl_date: dt.date | None
    publisher: str | None
    headline: str | None
    headline_raw: str | None
    headline_markers: list[str]
    authors: list[str]
    byline_raw: str | None
    dateline_place: str | None
    dateline_agency: str | None
    dateline_date: str | None  # ISO 8601, "--MM-DD" when the year is not printed
    dateline_raw: str | None
    published_at: dt.date | None
    published_at_source: str | None  # where the date was found: "text" | "url" | "html" (page metadata)
    language: str
    language_score: float
    #: "article", or the kind of page it is instead (cleaners.decide.PAGE_KINDS); None: not decided (HTML)
    page_kind: str | None
    body: str
    word_count: int
    content_sha256: str
    lines_total: int
    lines_kept: int
    lines_removed: dict[str, int] = field(default_factory=dict)
    dup_cluster: str | None = None
    is_duplicate: bool = False
    schema_version: str = SCHEMA_VERSION

    def to_row(self) -> dict[str, Any]:
        """The parquet row: every field, with copies of the lists and every removed kind counted.

        The fields hold only strings, numbers, dates and lists of strings, so a shallow dict with
        copied lists is what ``dataclasses.asdict`` gives, without its recursive deep copy (~0.1 ms).
        """
        row = {name: getattr(self, name) for name in _ARTICLE_FIELDS}
        row["headline_markers"] = list(self.headline_markers)
        row["authors"] = list(self.authors)
        row["lines_removed"] = {k: int(self.lines_removed.get(k, 0)) for k in REMOVED_KINDS}
        return row


@dataclass
class Reject:
    source_path: str
    reason: str
    detail: str
    source_record: str | None = None
    url: str | None = None
    crawl_date: dt.date | None = None
    schema_version: str = SCHEMA_VERSION

    def __post_init__(self) -> None:
        if self.reason not in REJECT_REASONS:
            raise ValueError(f"unknown reject reason {self.reason!r}")
        # Details are for people; keep them short so a reject table stays readable.
        if len(self.detail) > 500:
            self.detail = self.detail[:497] + "..."

    def to_row(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _REJECT_FIELDS}


_ARTICLE_FIELDS = tuple(f.name for f in dataclasses.fields(Article))
_REJECT_FIELDS = tuple(f.name for f in dataclasses.fields(Reject))


ARTICLE_SCHEMA = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("source_path", pa.string(), nullable=False),
        pa.field("source_record", pa.string()),
        pa.field("url", pa.string()),
        pa.field("crawl_date", pa.date32()),
        pa.field("publisher", pa.string()),
        pa.field("headline", pa.string()),
        pa.field("headline_raw", pa.string()),
        pa.field("headline_markers", pa.list_(pa.string())),
        pa.field("authors", pa.list_(pa.string())),
        pa.field("byline_raw", pa.string()),
        pa.field("dateline_place", pa.string()),
        pa.field("dateline_agency", pa.string()),
        pa.field("dateline_date", pa.string()),
        pa.field("dateline_raw", pa.string()),
        pa.field("published_at", pa.date32()),
        pa.field("published_at_source", pa.string()),
        pa.field("language", pa.string(), nullable=False),
        pa.field("language_score", pa.float32()),
        pa.field("page_kind", pa.string()),
        pa.field("body", pa.string(), nullable=False),
        pa.field("word_count", pa.int32()),
        pa.field("content_sha256", pa.string(), nullable=False),
        pa.field("lines_total", pa.int32()),
        pa.field("lines_kept", pa.int32()),
        pa.field("lines_removed", pa.struct([pa.field(k, pa.int32()) for k in REMOVED_KINDS])),
        pa.field("dup_cluster", pa.string()),
        pa.field("is_duplicate", pa.bool_()),
        pa.field("schema_version", pa.string(), nullable=False),
    ],
    metadata={SCHEMA_VERSION_KEY: SCHEMA_VERSION.encode()},
)

REJECT_SCHEMA = pa.schema(
    [
        pa.field("source_path", pa.string(), nullable=False),
        pa.field("source_record", pa.string()),
        pa.field("url", pa.string()),
        pa.field("crawl_date", pa.date32()),
        pa.field("reason", pa.string(), nullable=False),
        pa.field("detail", pa.string()),
        pa.field("schema_version", pa.string(), nullable=False),
    ],
    metadata={SCHEMA_VERSION_KEY: SCHEMA_VERSION.encode()},
)

#: Default Hive partition columns. crawl_date first: backfills replace whole crawl dates, and
#: most downstream jobs read a date range; language second: NLP jobs usually want one language.
DEFAULT_PARTITION_COLS: tuple[str, ...] = ("crawl_date", "language")
REJECT_PARTITION_COLS: tuple[str, ...] = ("crawl_date",)


def articles_table(articles: list[Article]) -> pa.Table:
    return pa.Table.from_pylist([a.to_row() for a in articles], schema=ARTICLE_SCHEMA)


def rejects_table(rejects: list[Reject]) -> pa.Table:
    return pa.Table.from_pylist([r.to_row() for r in rejects], schema=REJECT_SCHEMA)
