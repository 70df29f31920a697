"""Duplicate detection keys: exact (normalized body hash) and near (a b-bit MinHash signature).

The cleaner computes a :class:`DedupKey` per article; the flow clusters them across shards and
runs (``flows/dedup.py``). Everything here is deterministic: a fixed seed, a fixed number of
permutations and a content hash (crc32) of the shingles, never Python's salted ``hash``.

The near-duplicate signature is a MinHash over word 5-gram shingles (datasketch, ``affine32``,
128 permutations), of which only the low 8 bits of each value are kept (b-bit MinHash): 128 bytes
per article. Read as 32 little-endian ``uint32`` words, those bytes *are* the LSH band keys
(32 bands x 4 rows), so the state of old runs holds band buckets, not full 32-bit signatures, and
the same bytes still estimate Jaccard similarity for verifying candidates (:func:`estimated_jaccard`).
"""

from __future__ import annotations

import functools
import hashlib
import re
import zlib
from dataclasses import dataclass

import numpy as np

from cleaners.headline import strip_wire_markers
from cleaners.lexicon import CJK
from schemas import Article

NUM_PERM = 128  # permutations; with b-bit values the signature is NUM_PERM bytes
SEED = 20240415  # fixed: signatures must compare across runs and machines
SHINGLE_WORDS = 5  # word 5-grams: common phrases rarely repeat five words in a row across stories
BANDS = 32  # LSH bands of ROWS rows: a pair with Jaccard 0.5 is a candidate with p=0.87, 0.7 with p>0.999
ROWS = NUM_PERM // BANDS
SIGNATURE_BYTES = NUM_PERM
_B_BIT_CHANCE = 1 / 256  # two different minima agree on their low 8 bits by chance this often

# Han and kana are written without spaces; each character is a token there.
_TOKEN = re.compile(rf"[{CJK}]|[^\W{CJK}]+")
_WORD = re.compile(r"\w+")
_CJK_CHAR = re.compile(f"[{CJK}]")


@dataclass(frozen=True)
class DedupKey:
    article_id: str
    crawl_date: object  # datetime.date | None
    order: tuple  # deterministic order: the first member of a cluster in this order is canonical
    exact: str  # hash of the normalized body
    minhash: bytes = b""  # b-bit MinHash signature, SIGNATURE_BYTES bytes (= BANDS band keys)
    shingles: int = 0  # number of distinct shingles: turns a Jaccard estimate into containment
    headline: str | None = None  # hash of the normalized headline, wire markers stripped

    def to_row(self) -> dict:
        return {"article_id": self.article_id, "crawl_date": self.crawl_date, "order": "\x1f".join(self.order),
                "exact": self.exact, "minhash": self.minhash, "shingles": self.shingles,
                "headline": self.headline}


def normalized_body_hash(body: str) -> str:
    """Hash of the body's words, case-folded: whitespace and punctuation changes do not matter.

    >>> normalized_body_hash("Kim met Putin.") == normalized_body_hash("kim  met putin")
    True
    """
    return _words_hash(_WORD.findall(body.casefold()))


def _words_hash(words: list[str]) -> str:
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()[:32]


def tokens(text: str) -> list[str]:
    """Case-folded words; Han and kana characters count one token each.

    >>> tokens("Kim met Putin, 2 times."), tokens("北朝鮮の金")
    (['kim', 'met', 'putin', '2', 'times'], ['北', '朝', '鮮', 'の', '金'])
    """
    return _TOKEN.findall(text.casefold())


def shingle_hashes(text: str, n: int = SHINGLE_WORDS) -> np.ndarray:
    """Distinct 32-bit hashes of the word ``n``-grams of ``text`` (one shingle when it is shorter).

    >>> len(shingle_hashes("a b c d e f")), len(shingle_hashes("a b")), len(shingle_hashes(""))
    (2, 1, 0)
    """
    return _shingle_hashes(tokens(text), n)


def _shingle_hashes(words: list[str], n: int = SHINGLE_WORDS) -> np.ndarray:
    """:func:`shingle_hashes` of the text whose :func:`tokens` are ``words``."""
    if not words:
        return np.empty(0, np.uint32)
    # One crc32 per word, then a polynomial over n consecutive word hashes: the n-gram's hash
    # costs numpy arithmetic, not a Python call per shingle.
    h = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in words), np.uint64, len(words))
    if len(h) < n:
        n = len(h)
    mixed = np.zeros(len(h) - n + 1, np.uint64)
    for k in range(n):
        mixed = mixed * np.uint64(1_000_003) + h[k: len(h) - n + 1 + k]
    mixed ^= mixed >> np.uint64(29)
    return np.unique((mixed & np.uint64(0xFFFFFFFF)).astype(np.uint32))


@functools.lru_cache(maxsize=1)
def _permutations() -> np.ndarray:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32").permutations


def minhash_signature(text: str) -> tuple[bytes, int]:
    """(b-bit MinHash signature of ``text``'s shingles, number of distinct shingles).

    >>> sig, n = minhash_signature("North Korea fired a short-range ballistic missile into the East Sea")
    >>> len(sig), n
    (128, 8)
    """
    return _signature(tokens(text))


def _signature(words: list[str]) -> tuple[bytes, int]:
    """:func:`minhash_signature` of the text whose :func:`tokens` are ``words``."""
    from datasketch import MinHash

    hashes = _shingle_hashes(words)
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32", hashfunc=int, permutations=_permutations())
    if len(hashes):
        m.update_batch(hashes.tolist())
    # Low bits of the minimum: its high bits are biased towards zero, the low ones are uniform.
    return (m.hashvalues & np.uint32(0xFF)).astype(np.uint8).tobytes(), int(len(hashes))


def estimated_jaccard(a: bytes, b: bytes) -> float:
    """Jaccard similarity estimated from two b-bit signatures (chance agreement corrected).

    >>> s, _ = minhash_signature("one two three four five six seven eight nine ten")
    >>> estimated_jaccard(s, s)
    1.0
    """
    x = np.frombuffer(a, np.uint8)
    y = np.frombuffer(b, np.uint8)
    agree = float(np.count_nonzero(x == y)) / len(x)
    return max(0.0, (agree - _B_BIT_CHANCE) / (1 - _B_BIT_CHANCE))


def headline_key(headline: str | None) -> str | None:
    """Hash of a headline's words with wire markers stripped; None for short or missing headlines.

    Headlines of fewer than three words ("Sports", "World news") say nothing about sameness.

    >>> headline_key("(2nd LD) N. Korea fires missile") == headline_key("(LEAD) N. Korea fires missile")
    True
    >>> headline_key("Sports") is None
    True
    """
    if not headline:
        return None
    words = tokens(strip_wire_markers(headline)[0])
    if len(words) < 3:
        return None
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()[:16]


def dedup_key(article: Article) -> DedupKey:
    order = (str(article.crawl_date or ""), article.source_path, article.source_record or "")
    folded = article.body.casefold()
    words = _TOKEN.findall(folded)  # = tokens(article.body)
    signature, shingles = _signature(words)
    # Without Han or kana, the tokens are the \w+ words of normalized_body_hash (both read the
    # case-folded body): the body is tokenized once.
    body_hash = _words_hash(words if _CJK_CHAR.search(folded) is None else _WORD.findall(folded))
    return DedupKey(article.article_id, article.crawl_date, order, body_hash,
                    signature, shingles, headline_key(article.headline))
