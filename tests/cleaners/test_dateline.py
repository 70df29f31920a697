"""Dateline rules: each with a line it handles and a similar line it must leave alone."""

import time

from cleaners import dateline as dl
from tests.guards import BACKTRACKING_LIMIT_S


def test_wire_dateline_with_date_and_agency():
    d = dl.parse_dateline("MOSCOW, April 15 (Yonhap) -- North Korean leader Kim Jong-un may hold a summit")
    assert (d.place, d.agency, d.date, d.raw) == ("MOSCOW", "Yonhap", "--04-15", "MOSCOW, April 15 (Yonhap) --")
    assert d.rest.startswith("North Korean")


def test_agency_with_slash():
    d = dl.parse_dateline("SEOUL (The Korea Herald/ANN) - North Korean leader Kim Jong-un is likely to go")
    assert (d.place, d.agency) == ("SEOUL", "The Korea Herald/ANN")


def test_place_and_dash_only():
    assert dl.parse_dateline("SEOUL – North Korean leader Kim Jong Un will soon visit Russia").place == "SEOUL"
    assert dl.parse_dateline("SEOUL is the capital and it has many visitors every year") is None


def test_german_dpa():
    d = dl.parse_dateline("BERLIN (dpa) - Die Bundesregierung will das Gesetz noch vor dem Sommer beschließen.")
    assert (d.place, d.agency) == ("BERLIN", "dpa")
    d = dl.parse_dateline("Hamburg (dpa/lno) – Die Polizei hat am Montag einen Mann festgenommen, der")
    assert (d.place, d.agency) == ("Hamburg", "dpa/lno")


def test_mixed_case_place_needs_a_sentence_after_the_dash():
    d = dl.parse_dateline("München/London – Kurz vor der Krönung kommen Zweifel an der Zukunft des Königs auf.")
    assert d.place == "München/London"
    assert dl.parse_dateline("Update – neue Zahlen") is None
    assert dl.parse_dateline("Putin: Wir werden nicht nachgeben, sagte er am Montag in Moskau.") is None


def test_french_and_spanish_dates():
    assert dl.parse_dateline("PARIS, 3 mai (AFP) - Le gouvernement a annoncé lundi une réforme").date == "--05-03"
    assert dl.parse_dateline("MADRID, 5 marzo (EFE) - El Gobierno aprobó este martes una reforma").date == "--03-05"


def test_find_dateline_looks_past_a_teaser():
    paragraphs = ["A teaser sentence about the story that follows below.",
                  "BERLIN (dpa) - Die Bundesregierung will das Gesetz noch vor dem Sommer beschließen."]
    k, d = dl.find_dateline(paragraphs)
    assert k == 1 and d.place == "BERLIN"
    assert dl.find_dateline(["Die Regierung hat am Montag in Berlin beschlossen, dass alles bleibt."]) is None


def test_adversarial_megabyte_line_is_fast():
    line = "A" * 1_000_000
    line2 = "NEW YORK " * 100_000 + "(" + "x" * 100_000
    t0 = time.perf_counter()
    dl.parse_dateline(line)
    dl.parse_dateline(line2)
    assert time.perf_counter() - t0 < BACKTRACKING_LIMIT_S


def test_a_compound_word_is_no_dateline() -> None:
    for text in ("EZB-Präsidentin Christine Lagarde sagte am Montag, dass die Zinsen steigen werden.",
                 "CSU-Chef Markus Söder will die Regierung zu einem neuen Kurs in der Energiepolitik drängen.",
                 "US-Präsident Joe Biden hat am Montag ein Gesetz unterzeichnet, das die Steuern senkt."):
        assert dl.parse_dateline(text) is None, text
    assert dl.parse_dateline("BERLIN - Die Bundesregierung will das Gesetz noch vor dem Sommer beschließen.").place == "BERLIN"


def test_the_dateline_paragraph_may_follow_a_kicker_and_a_teaser() -> None:
    paragraphs = ["DALLA NOSTRA CORRISPONDENTE", "La premier è partita per una missione in Florida.",
                  "Hai salvato un nuovo articolo", "Trovi tutti gli articoli salvati nella tua area",
                  "NEW YORK - Giorgia Meloni è arrivata a Mar-a-Lago alle 19:29 locali di sabato sera."]
    index, found = dl.find_dateline(paragraphs)
    assert index == 4 and found.place == "NEW YORK"
