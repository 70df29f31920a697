"""Duplicate detection keys: exact (normalized body hash) and near (MinHash signature bands).

The cleaner computes a :class:`DedupKey` per article; the flow clusters them across shards and runs.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from schemas import Article

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class DedupKey:
    article_id: str
    crawl_date: object  # datetime.date | None
    order: tuple  # deterministic order: the first member of a cluster in this order is canonical
    exact: str  # hash of the normalized body


def normalized_body_hash(body: str) -> str:
    """Hash of the body's words, case-folded: whitespace and punctuation changes do not matter.

    >>> normalized_body_hash("Kim met Putin.") == normalized_body_hash("kim  met putin")
    True
    """
    words = _WORD.findall(body.casefold())
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()[:32]


def dedup_key(article: Article) -> DedupKey:
    order = (str(article.crawl_date or ""), article.source_path, article.source_record or "")
    return DedupKey(article.article_id, article.crawl_date, order, normalized_body_hash(article.body))
