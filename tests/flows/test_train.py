"""The training command on a tiny synthetic set: labels, site-grouped folds, model files that load."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import numpy as np
import pytest

from cleaners import decide, features
from flows import train

SHARED = Path(__file__).resolve().parents[3] / "shared"
NAMES = ("Anna Berg", "Jonas Weber", "Eva Soto", "Mark Olsen", "Lena Fischer", "Paul Young", "Sara Lind")
WORDS = ("the council said on monday that a new bridge would be built over the river after years of debate "
         "and residents welcomed the plan while some asked how much it would cost the city in the end").split()


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(14, 28))]
    return " ".join(words).capitalize() + "."


def _html(nav: list[str], headline: str, body: list[str], related: list[str], footer: str) -> bytes:
    items = "".join(f"<li><a href='/s{k}'>{n.lstrip('• ')}</a></li>" for k, n in enumerate(nav))
    links = "".join(f"<li><a href='/r{k}'>{r.lstrip('• ')}</a></li>" for k, r in enumerate(related))
    paragraphs = "".join(f"<p>{b}</p>" for b in body)
    return gzip.compress(f"<html><head><title>{headline}</title></head><body><nav><ul>{items}</ul></nav>"
                         f"<main><article><h1>{headline}</h1>{paragraphs}</article></main>"
                         f"<aside><ul>{links}</ul></aside><footer>{footer}</footer></body></html>".encode())


def _write_set(root: Path, name: str, sites: int, pages_per_site: int, seed: int, html: bool = False) -> Path:
    rng = random.Random(seed)
    d = root / name
    (d / "inputs").mkdir(parents=True)
    if html:
        (d / "html").mkdir()
    with open(d / "gold.jsonl", "w", encoding="utf-8") as gold:
        for s in range(sites):
            nav = [f"• Section {k}" for k in range(rng.randint(4, 9))]
            for k in range(pages_per_site):
                pid = f"{name}-{s}-{k}"
                body = [_sentence(rng) for _ in range(rng.randint(4, 9))]
                related = [f"• Related story number {j} about something" for j in range(4)]
                credited = [rng.choice(NAMES)] if s % 2 == 0 else []  # every other site signs its stories
                byline = [f"By {credited[0]}"] if credited else []
                published = f"2024-{rng.randint(1, 12):02d}-{rng.randint(10, 28)}"
                stamp = [f"Published {published}", f"Updated 2025-01-{rng.randint(10, 28)}"]  # the first is the date
                page = [*nav, "Home", f"Headline of page {k}", *byline, *stamp, *body, "Share on Facebook", *related,
                        f"© 2024 Site {s}. All rights reserved."]
                (d / "inputs" / f"{pid}.txt").write_text("\n".join(page), encoding="utf-8")
                if html:
                    (d / "html" / f"{pid}.html.gz").write_bytes(_html(nav, f"Headline of page {k}", body, related,
                                                                     page[-1]))
                gold.write(json.dumps({"id": pid, "url": f"https://site{s}.example/{k}", "body": "\n\n".join(body),
                                       "headline": f"Headline of page {k}", "authors": credited,
                                       "published": published}) + "\n")
    return d


def test_align_labels_follows_the_gold_in_order() -> None:
    page = ["Home", "First paragraph of the story.", "Home", "Second paragraph here.", "Share"]
    gold = "First paragraph of the story.\n\nSecond paragraph here."
    assert train.align_labels(page, gold).tolist() == [0, 1, 0, 1, 0]


def test_sites_never_split_across_folds() -> None:
    assert train.site_fold("example.com", 5) == train.site_fold("example.com", 5)
    assert len({train.site_fold(f"site{i}.example", 5) for i in range(50)}) == 5


@pytest.mark.skipif(not (SHARED / "tools" / "metrics.py").is_file(), reason="needs ../shared/tools (the scorer)")
def test_training_command_on_a_tiny_set_writes_models_that_load(tmp_path: Path, capsys) -> None:
    sets = [_write_set(tmp_path, "news", sites=12, pages_per_site=3, seed=1, html=True),
            _write_set(tmp_path, "other", sites=6, pages_per_site=2, seed=2)]
    out = tmp_path / "models"
    status = train.main(["--shared", str(SHARED), "--set", str(sets[0]), "--set", str(sets[1]),
                         "--out", str(out), "--folds", "3"])
    assert status == 0
    printed = capsys.readouterr().out
    assert "CV body news" in printed and "CV body other" in printed
    manifest = json.loads((out / decide.MANIFEST).read_text())
    entry = manifest["models"]["line"]
    assert entry["cv_folds"] == 3 and entry["pages"] == 48
    assert entry["cv"]["news"]["f1"] > 0.9  # the synthetic layout is easy: a broken pipeline would not be
    model = decide.load_model("line", out)
    assert entry["rule_drops_body"]["share_button"] == [48, 0]  # one share line a page, never body
    assert decide.hard_rules(model) == {rule for rule, (n, body) in entry["rule_drops_body"].items()
                                        if n >= train.HARD_RULE_MIN_LINES and body <= train.HARD_RULE_MAX_ERROR * n
                                        } | set(train.ALWAYS_HARD)
    kind = decide.load_model("kind", out)
    assert kind.info["classes"][0] == "article" and 0 < kind.threshold < 1
    headline = manifest["models"]["headline"]
    assert headline["cv"]["news"]["headline_em"] >= 0.9  # "Headline of page k" under the menu: easy to find
    decide.load_model("headline", out)
    author_entry = manifest["models"]["authors"]  # "By Anna Berg" under the headline on half the sites
    assert author_entry["cv"]["news"]["authors_f1"] >= 0.9 and author_entry["cv"]["news"]["no_author_acc"] >= 0.9
    assert decide.load_model("authors", out).threshold == author_entry["threshold"]
    date_entry = manifest["models"]["date"]  # "Published 2024-05-12" over "Updated 2025-01-20"
    assert date_entry["cv"]["news"]["date_acc"] >= 0.9
    assert decide.load_model("date", out).names[0] == "from_headline"
    html_entry = manifest["models"]["line_html"]  # the set with HTML pages trains the HTML line model
    assert html_entry["pages"] == 36 and html_entry["cv"]["news-html"]["f1"] > 0.9
    html_model = decide.load_model("line_html", out)
    assert html_model.names == features.HTML_NAMES and "main_text_cover" in html_model.names
    assert "html_link_share" in html_model.names and "html_in_page_chrome" in html_model.names
    constraints = html_entry["params"]["monotone_constraints"]  # P(body) never rises with the link share
    assert {n for n, c in zip(html_model.names, constraints) if c == -1} == set(train.LINK_SHARE_COLUMNS)


def test_training_command_refuses_a_directory_without_gold(tmp_path: Path, capsys) -> None:
    assert train.main(["--set", str(tmp_path), "--out", str(tmp_path / "m")]) == 2
    assert "no gold.jsonl" in capsys.readouterr().err


def test_newsclean_train_is_a_cli_command(tmp_path: Path, capsys) -> None:
    from flows.cli import main

    assert main(["train", "--set", str(tmp_path)]) == 2
    assert "no gold.jsonl" in capsys.readouterr().err


def test_author_and_date_candidates_sit_where_the_served_headline_is() -> None:
    """The author and date models train around the headline the pipeline serves (the headline model's pick),
    with the byline found from it, not around the rules' headline."""
    from cleaners import pipeline

    page = ["Menu", "The council approves the new bridge over the river", "By Anna Berg", "Published 2024-03-05",
            "Related: Bridge tolls will rise next year", "By Jonas Weber",
            "The council said on Monday that the bridge would be built."]
    labelled = train.LabelledPage("p", "set", "site.example", "article", "", pipeline.page_rules(page),
                                  authors=["Jonas Weber"], published="2024-03-05")
    assert (labelled.rules.head.index, labelled.rules.by.authors) == (1, ["Anna Berg"])
    served = train.served_heading(labelled, 4)  # the headline model picked another line
    assert (served.index, served.by.index, served.by.authors) == (4, 5, ["Jonas Weber"])
    assert train.served_heading(labelled, 1) == train.Heading(1, labelled.rules.by)
    train.prepare([labelled])  # its feature rows
    cases = train.author_cases([labelled], lambda s: s.casefold(), {"p": served})
    assert cases[0].candidates.head == 4 and "Jonas Weber" in cases[0].candidates.names
    assert train.heading(labelled, {"p": served}) is served
    assert train.heading(labelled, None).index == labelled.rules.head.index


def _kind_page(set_name: str, site: int, k: int, kind: str, rng: random.Random) -> train.LabelledPage:
    from cleaners import pipeline

    if kind == "article":
        page = ["Home", f"Headline of story {k}", "Written by Anna Berg", *(_sentence(rng) for _ in range(5)),
                "Related posts", "Leave a reply"]
    elif kind == "product":
        page = ["Home", f"Blue kettle model {k}", "$ 25.00", "Add to cart", "Sort by price", _sentence(rng)]
    else:  # an article of a set of articles only, in another language
        page = ["Startseite", f"Schlagzeile {k}", "Von Anna Berg", *(_sentence(rng) for _ in range(5)), "Teilen und drucken"]
    labelled = train.LabelledPage(f"{set_name}-{site}-{k}", set_name, f"site{site}.{set_name}", kind if kind != "de"
                                  else "article", "", pipeline.page_rules(page))
    labelled.p_body = np.full(len(page), 0.6)
    return labelled


def test_page_kind_term_weights_learn_from_the_sets_that_hold_other_kinds(monkeypatch) -> None:
    """The kind model's term weights: cart and sort words weigh against an article, "written by" and "related
    posts" for it; the words of a set of articles only (here German) get no weight, or a language would pass
    for a kind. The file they are written to loads back as the pipeline reads it."""
    monkeypatch.setattr(train, "KIND_WORDS_MIN_SITES", 3)
    rng = random.Random(3)
    pages = [_kind_page("mixed", s, k, "article" if s % 2 else "product", rng) for s in range(24) for k in range(2)]
    pages += [_kind_page("german", s, k, "de", rng) for s in range(10) for k in range(2)]
    train.prepare(pages)
    logged: list[str] = []
    booster, entry, weights = train.train_kind(pages, 3, logged.append)
    assert weights["to cart"] < 0 < weights["related posts"] and weights["sort by"] < 0 < weights["written by"]
    assert not {"startseite", "teilen", "und"} & set(weights)
    assert entry["words"] == len(weights) and entry["cv"]["mixed"]["pages"] == 48
    product, article = (features.kind_words_score(features.kind_terms(p.rules.page), weights) for p in pages[1:3])
    assert (pages[1].page_type, pages[2].page_type) == ("product", "article") and article > 0 > product
    assert any("CV page kind mixed" in line for line in logged)
    assert booster.num_feature() == len(features.KIND_NAMES)


def test_written_kind_words_load_back(tmp_path: Path) -> None:
    weights = {"to cart": -2.5, "written by": 3.25}
    (tmp_path / train.KIND_WORDS_FILE).write_text("".join(f"{t}\t{w}\n" for t, w in sorted(weights.items())))
    (tmp_path / decide.MANIFEST).write_text(json.dumps({"models": {"kind": {"words_file": train.KIND_WORDS_FILE}}}))
    assert decide.load_kind_words(tmp_path) == weights
    (tmp_path / train.KIND_WORDS_FILE).write_text("to cart -2.5\n")  # not tab-separated
    with pytest.raises(decide.ModelMismatch, match="newsclean train"):
        decide.load_kind_words(tmp_path)


def test_kind_words_of_training_pages_are_scored_out_of_fold(monkeypatch) -> None:
    """A page's kind_words feature never reads weights learned from its own fold: a term only its fold has
    scores 0, as it would on a site never seen."""
    monkeypatch.setattr(train, "KIND_WORDS_MIN_SITES", 1)
    terms = [frozenset({"only here"}), frozenset({"only here"}), frozenset({"reply"}), frozenset({"said"}),
             frozenset({"said"}), frozenset({"reply"})]
    is_article = np.array([True, False, True, False, True, False])
    fold = np.array([0, 0, 1, 1, 2, 2])
    scores = train.stacked_kind_words(terms, is_article, [f"s{i}" for i in range(6)], fold, np.arange(6),
                                      np.ones(6, bool))
    assert scores[:2].tolist() == [0.0, 0.0] and (scores[2:] != 0).all()
    learns_nothing = train.stacked_kind_words(terms, is_article, [f"s{i}" for i in range(6)], fold, np.arange(6),
                                              np.zeros(6, bool))
    assert (learns_nothing == 0).all()


def test_headline_cv_of_a_set_with_other_kinds_is_given_for_its_articles_too() -> None:
    """The headline goal is on articles: a set that also holds other kinds of page gets its articles' CV
    line next to the whole set's."""
    rng = random.Random(4)
    pages = [_kind_page("mixed", s, k, "article" if s % 2 else "product", rng) for s in range(12) for k in range(2)]
    pages += [_kind_page("german", s, k, "de", rng) for s in range(6) for k in range(2)]
    for p in pages:
        p.headline = p.rules.page[1]
    train.prepare(pages)
    logged: list[str] = []
    _, entry, _ = train.train_headline(pages, 3, lambda s: " ".join(s.lower().split()), logged.append)
    assert entry["cv"]["mixed"]["pages"] == 24 and entry["cv"]["mixed articles"]["pages"] == 12
    assert "german articles" not in entry["cv"]  # a set of articles only: one line
    assert any(line.startswith("  CV headline mixed articles:") for line in logged)
