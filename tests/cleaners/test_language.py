"""Language identification: both backends, deterministic and safe to call from several threads."""

from __future__ import annotations

import threading

import pytest

from cleaners import language
from cleaners.language import detect_language

TEXTS = {
    "en": "The city council approved the new budget for schools and roads after a long debate on Monday.",
    "de": "Der Stadtrat hat am Montag nach einer langen Debatte den neuen Haushalt für Schulen beschlossen.",
    "fr": "Le conseil municipal a adopté lundi le nouveau budget des écoles après un long débat public.",
}


@pytest.mark.parametrize("backend", language.BACKENDS)
def test_each_backend_names_the_language_and_repeats_itself(backend):
    for lang, text in TEXTS.items():
        first = detect_language(text, backend)
        assert first[0] == lang
        assert detect_language(text, backend) == first


def test_langdetect_first_use_from_many_threads_gets_every_language_right(monkeypatch):
    from langdetect import detector_factory

    monkeypatch.setattr(detector_factory, "_factory", None)  # as in a fresh worker process
    start = threading.Barrier(8)
    got: list[str] = []

    def work(text: str) -> None:
        start.wait()
        got.append(detect_language(text, "langdetect")[0])

    threads = [threading.Thread(target=work, args=(TEXTS["en"],)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == ["en"] * 8
