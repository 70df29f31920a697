"""cleaners/dedup.py: exact body hash, b-bit MinHash signatures, headline keys."""

from __future__ import annotations

import hashlib

from cleaners import clean
from cleaners.dedup import (
    SIGNATURE_BYTES,
    dedup_key,
    estimated_jaccard,
    headline_key,
    minhash_signature,
    normalized_body_hash,
    shingle_hashes,
)
from schemas import Article, RawDoc
from tests import dedup_texts as texts


def _key(name: str):
    article = clean(RawDoc(f"{name}.txt", getattr(texts, name)()))
    assert isinstance(article, Article), article
    return dedup_key(article)


def test_exact_hash_ignores_case_spacing_and_punctuation():
    body = "\n\n".join(texts.FERRY_PARAGRAPHS)
    assert normalized_body_hash(body) == normalized_body_hash(body.upper().replace(" ", "  ").replace(",", ""))
    assert normalized_body_hash(body) != normalized_body_hash(body.replace("212", "213"))


def test_signature_is_deterministic_and_pinned():
    sig, n = minhash_signature(texts.FERRY_PARAGRAPHS[0])
    assert len(sig) == SIGNATURE_BYTES and n == len(shingle_hashes(texts.FERRY_PARAGRAPHS[0]))
    assert minhash_signature(texts.FERRY_PARAGRAPHS[0]) == (sig, n)
    # Signatures are compared with those stored by earlier runs: a change of seed, permutation
    # scheme or shingling must be a deliberate, visible change (and a state migration).
    assert hashlib.sha256(sig).hexdigest()[:16] == PINNED_FERRY_SIGNATURE


PINNED_FERRY_SIGNATURE = "1798f2c4e6c416b8"


def test_near_duplicate_estimates():
    original, reprint, other, ferry = (_key(n) for n in ("solar_original", "solar_reprint", "solar_other", "ferry"))
    assert estimated_jaccard(original.minhash, reprint.minhash) >= 0.75
    assert estimated_jaccard(original.minhash, other.minhash) < 0.2  # same topic, different story
    assert estimated_jaccard(original.minhash, ferry.minhash) < 0.2


def test_wire_updates_share_the_headline_key():
    original, lead, second = (_key(n) for n in ("solar_original", "solar_lead", "solar_2nd_ld"))
    assert original.headline is not None
    assert original.headline == lead.headline == second.headline
    assert headline_key("(LEAD) (URGENT) Ferry runs aground") == headline_key("ferry runs aground")
    assert headline_key("Ferry runs aground off Sonmi") != headline_key("Ferry runs aground")
    assert headline_key("World news") is None and headline_key(None) is None


def test_cjk_text_is_shingled_by_character():
    a, _ = minhash_signature("北朝鮮の金正恩総書記は来週ロシアを訪問する見通しだと関係者が明らかにした")
    b, _ = minhash_signature("北朝鮮の金正恩総書記は来週ロシアを訪問する見通しだと複数の関係者が明らかにした")
    assert estimated_jaccard(a, b) > 0.6


def test_keys_order_by_crawl_date_path_and_record():
    key = _key("ferry")
    assert key.order == ("", "ferry.txt", "")
    assert set(key.to_row()) == {"article_id", "crawl_date", "order", "exact", "minhash", "shingles", "headline"}


def test_dedup_key_fields_are_the_public_functions_of_the_body():
    # dedup_key tokenizes the body once; its fields stay those of the functions that tokenize it apart
    import dataclasses

    article = clean(RawDoc("ferry.txt", texts.ferry()))
    assert isinstance(article, Article)
    for body in (article.body, "Kim met Putin — “again”, in Café Ünïcode.", "北朝鮮の金正恩 met Putin 2 times.",
                 "ＦＵＬＬ width ｶﾀｶﾅ and ß/İ/ﬁ folding", ""):
        key = dedup_key(dataclasses.replace(article, body=body))
        assert key.exact == normalized_body_hash(body)
        assert (key.minhash, key.shingles) == minhash_signature(body)
