"""Duplicate detection keys: exact (normalized body hash) and near (a b-bit MinHash signature).

The cleaner computes a :class:`DedupKey` per article; the flow clusters them across shards and
runs (``flows/dedup.py``). Everything here is deterministic: a fixed seed, a fixed number of
permutations and a content hash (crc32) of the shingles, never Python's salted ``hash``.

The near-duplicate signature is a MinHash over word 5-gram shingles (datasketch's ``affine32``
scheme, 128 permutations, computed here with numpy for a whole batch of articles at once: the same
values, without a Python call per shingle), of which only the low 8 bits of each value are kept (b-bit MinHash): 128 bytes
per article. Read as 32 little-endian ``uint32`` words, those bytes *are* the LSH band keys
(32 bands x 4 rows), so the state of old runs holds band buckets, not full 32-bit signatures, and
the same bytes still estimate Jaccard similarity for verifying candidates (:func:`estimated_jaccard`).
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
import zlib
from collections.abc import Sequence
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
    """Distinct 32-bit hashes of the word ``n``-grams of ``text`` (one shingle when it is shorter), sorted.

    >>> len(shingle_hashes("a b c d e f")), len(shingle_hashes("a b")), len(shingle_hashes(""))
    (2, 1, 0)
    """
    words = tokens(text)
    if not words:
        return np.empty(0, np.uint32)
    return _batch_shingles([words], n)[1]


def _crc_table() -> np.ndarray:
    """The CRC-32 (IEEE, reflected) byte table: ``zlib.crc32`` one byte at a time."""
    table = np.arange(256, dtype=np.uint32)
    for _ in range(8):
        table = np.where(table & 1, (table >> np.uint32(1)) ^ np.uint32(0xEDB88320), table >> np.uint32(1))
    return table.astype(np.uint32)


_CRC_TABLE = _crc_table()
_CRC_MAX_VECTOR_BYTES = 32  # longer words (rare: a URL's path, a run of letters) go through zlib one by one


def _word_crc32(joined: bytes) -> np.ndarray:
    """``zlib.crc32`` of each word of ``joined`` (UTF-8 words separated by one space), for all words
    at once: a table CRC that steps through the words' bytes together, longest words first, so the
    words still being hashed at byte ``j`` are a prefix of the array.

    >>> import zlib
    >>> [int(x) for x in _word_crc32("kim met ünïcode".encode())] == [zlib.crc32(w.encode()) for w in ("kim", "met", "ünïcode")]
    True
    """
    buf = np.frombuffer(joined, np.uint8)
    sep = np.flatnonzero(buf == 0x20)
    starts = np.concatenate(([0], sep + 1))
    lengths = np.concatenate((sep, [len(buf)])) - starts
    order = np.argsort(-lengths, kind="stable")
    s, length = starts[order], lengths[order]
    crc = np.full(len(s), 0xFFFFFFFF, np.uint32)
    long = int(np.searchsorted(-length, -_CRC_MAX_VECTOR_BYTES, side="left"))  # words longer than the cap
    for k in range(long):
        crc[k] = zlib.crc32(joined[s[k]: s[k] + length[k]]) ^ 0xFFFFFFFF
    neg = -length
    for j in range(min(int(length[long]) if long < len(length) else 0, _CRC_MAX_VECTOR_BYTES)):
        end = int(np.searchsorted(neg, -j, side="left"))  # words with more than j bytes: [long, end)
        c = crc[long:end]
        crc[long:end] = _CRC_TABLE[(c ^ buf[s[long:end] + j]) & np.uint32(0xFF)] ^ (c >> np.uint32(8))
    out = np.empty_like(crc)
    out[order] = crc ^ np.uint32(0xFFFFFFFF)
    return out


def _batch_shingles(word_lists: Sequence[list[str]], n: int = SHINGLE_WORDS,
                    joined: Sequence[bytes] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The distinct shingle hashes of each document: (document number, hash) pairs sorted by both.
    ``joined``: each document's words joined by spaces, UTF-8, if the caller has them already.

    A shingle's hash is a polynomial over the crc32 of its ``n`` words, its high bits folded in
    (a document of fewer than ``n`` words is one shingle of all of them). All documents at once:
    the words of the batch are hashed together, the polynomial is taken over the whole batch and
    the windows that cross two documents are left out.
    """
    counts = np.fromiter((len(w) for w in word_lists), np.int64, len(word_lists))
    total = int(counts.sum())
    if not total:
        return np.empty(0, np.int64), np.empty(0, np.uint32)
    if joined is None:
        everything = " ".join(itertools.chain.from_iterable(word_lists)).encode("utf-8")
    else:
        everything = b" ".join(j for j in joined if j)
    h = _word_crc32(everything).astype(np.uint64)
    first = np.concatenate(([0], np.cumsum(counts)[:-1]))  # each document's first word
    mult = np.uint64(1_000_003)
    parts_doc, parts_hash = [], []
    if total >= n:
        mixed = np.zeros(total - n + 1, np.uint64)
        for k in range(n):
            mixed = mixed * mult + h[k: total - n + 1 + k]
        # window p belongs to its first word's document, and must end inside it
        doc = np.repeat(np.arange(len(counts)), counts)[: total - n + 1]
        inside = np.arange(total - n + 1) - first[doc] <= counts[doc] - n
        parts_doc.append(doc[inside])
        parts_hash.append(mixed[inside])
    for d in np.flatnonzero((counts > 0) & (counts < n)).tolist():  # short documents: one shingle
        mixed = np.zeros(1, np.uint64)
        for k in range(int(counts[d])):
            mixed = mixed * mult + h[first[d] + k: first[d] + k + 1]
        parts_doc.append(np.array([d], np.int64))
        parts_hash.append(mixed)
    mixed = np.concatenate(parts_hash)
    mixed ^= mixed >> np.uint64(29)
    keys = np.sort((np.concatenate(parts_doc).astype(np.uint64) << np.uint64(32)) | (mixed & np.uint64(0xFFFFFFFF)))
    keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]  # distinct (np.unique: several times slower)
    return (keys >> np.uint64(32)).astype(np.int64), (keys & np.uint64(0xFFFFFFFF)).astype(np.uint32)


@functools.lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The NUM_PERM affine permutations ``h -> a * h + b mod 2**32`` (``a`` odd) drawn from SEED: the
    parameters of datasketch's ``MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32")``, whose
    signatures the state of earlier runs holds (tests/cleaners/test_dedup.py checks they agree)."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer (a bijection), applied to each shingle hash before the permutations."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


_MINHASH_CHUNK = 1 << 20  # shingles permuted at once (~4 MiB a temporary array)
_MINHASH_BLOCK_ROWS = 1024  # below 4 x this many shingles, one (shingles x NUM_PERM) block at a time


def _minhash_batch(doc: np.ndarray, hashes: np.ndarray, documents: int) -> np.ndarray:
    """The NUM_PERM minima of each document's permuted shingle hashes (``documents`` x NUM_PERM
    uint32; a document without shingles keeps the empty value, 2**32-1). ``doc``: the document of
    each hash, ascending.

    Many shingles (a batch of documents): one permutation at a time over all of them, a minimum
    per document with ``reduceat`` - long one-dimensional array operations, ~6x faster than a block
    of all permutations. Few (one short document): blocks of rows x permutations, fewer calls.
    """
    a, b = _permutations()
    sig = np.full((documents, NUM_PERM), 0xFFFFFFFF, np.uint32)
    mixed = _fmix32(hashes)
    for start in range(0, len(mixed), _MINHASH_CHUNK):
        m, d = mixed[start: start + _MINHASH_CHUNK], doc[start: start + _MINHASH_CHUNK]
        if len(m) >= 4 * _MINHASH_BLOCK_ROWS:
            cut = np.flatnonzero(np.concatenate(([True], d[1:] != d[:-1])))  # each document's first row
            mins = np.empty((len(cut), NUM_PERM), np.uint32)
            for k in range(NUM_PERM):
                mins[:, k] = np.minimum.reduceat(m * a[k] + b[k], cut)  # uint32: wraps, mod 2**32
            docs = d[cut]
            sig[docs] = np.minimum(sig[docs], mins)
            continue
        for row in range(0, len(m), _MINHASH_BLOCK_ROWS):
            x, dx = m[row: row + _MINHASH_BLOCK_ROWS], d[row: row + _MINHASH_BLOCK_ROWS]
            block = np.multiply.outer(x, a)
            block += b
            cut = np.flatnonzero(np.concatenate(([True], dx[1:] != dx[:-1])))
            docs = dx[cut]
            sig[docs] = np.minimum(sig[docs], np.minimum.reduceat(block, cut, axis=0))
    return sig


def minhash_signature(text: str) -> tuple[bytes, int]:
    """(b-bit MinHash signature of ``text``'s shingles, number of distinct shingles).

    >>> sig, n = minhash_signature("North Korea fired a short-range ballistic missile into the East Sea")
    >>> len(sig), n
    (128, 8)
    """
    sigs, shingles = minhash_signatures([tokens(text)])
    return sigs[0].tobytes(), int(shingles[0])


def minhash_signatures(word_lists: Sequence[list[str]],
                       joined: Sequence[bytes] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """:func:`minhash_signature` of each text whose :func:`tokens` are ``word_lists[i]``, all at once:
    (``len(word_lists)`` x SIGNATURE_BYTES uint8 signatures, number of distinct shingles of each).
    ``joined``: each list's words joined by spaces, UTF-8, if the caller has them already."""
    doc, hashes = _batch_shingles(word_lists, joined=joined)
    # Low bits of the minimum: its high bits are biased towards zero, the low ones are uniform.
    sig = (_minhash_batch(doc, hashes, len(word_lists)) & np.uint32(0xFF)).astype(np.uint8)
    return sig, np.bincount(doc, minlength=len(word_lists))


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
    """The duplicate keys of one article (:func:`dedup_keys` of a batch of one)."""
    return dedup_keys([article])[0]


def dedup_keys(articles: Sequence[Article]) -> list[DedupKey]:
    """The duplicate keys of each article: a batch (a shard's articles) costs whole-array operations
    over all its words, not Python calls per word or shingle."""
    word_lists, joined, exact = [], [], []
    for article in articles:
        folded = article.body.casefold()
        words = _TOKEN.findall(folded)  # = tokens(article.body)
        word_lists.append(words)
        joined.append(" ".join(words).encode("utf-8"))
        # Without Han or kana, the tokens are the \w+ words of normalized_body_hash (both read the
        # case-folded body): the body is tokenized once, its words joined once.
        exact.append(hashlib.sha256(joined[-1]).hexdigest()[:32] if _CJK_CHAR.search(folded) is None
                     else _words_hash(_WORD.findall(folded)))
    sigs, shingles = minhash_signatures(word_lists, joined)
    return [DedupKey(a.article_id, a.crawl_date, (str(a.crawl_date or ""), a.source_path, a.source_record or ""),
                     body_hash, sigs[i].tobytes(), int(shingles[i]), headline_key(a.headline))
            for i, (a, body_hash) in enumerate(zip(articles, exact))]
