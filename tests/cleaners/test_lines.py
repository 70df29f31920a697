"""cleaners/lines.py: every rule removes one line and keeps a similar one; rules stay fast on 1 MB
adversarial lines; the body span of the bundled seeds starts and ends where it should."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from cleaners import clean, lines
from schemas import REMOVED_KINDS, Article, RawDoc
from tests.guards import BACKTRACKING_LIMIT_S

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

# (predicate, a line it removes, a similar line it keeps)
RULE_CASES: list[tuple[Callable[[str], bool], str, str]] = [
    (lines.is_separator, "—", "-5%"),
    (lines.is_share_button, "• Twitter share button", "Twitter shares rose after the report."),
    (lines.is_share_button, "Click to email this to a friend (Opens in new window)", "Email me the report, she said."),
    (lines.is_css, ".story-body figure > img {", "The story body was short."),
    (lines.is_css, "margin-top: 12px;", "Margin call: traders sold stocks on Friday."),
    (lines.is_css, ".x{color:red;margin:0}.y{display:none;width:10px}" * 20, "a { b } " + "word " * 60),
    (lines.is_css, "var slot = googletag.defineSlot('/1/top', [728, 90]);", "Var is the name of the review system."),
    (lines.is_copyright, "© 2021 Example Media Group. All rights reserved.", "Copyright lawyers said the ruling was broad."),
    (lines.is_copyright, "Example Daily © 2020", "The © symbol appears on every can, he said at length today."),
    (lines.is_ad_marker, "ADVERTISEMENT", "Advertisement spending fell by a tenth."),
    (lines.is_ad_marker, "Story continues below advertisement", "The story continues below the surface."),
    (lines.is_widget, "Back to top", "Back to the top of the league, the team celebrated."),
    (lines.is_widget, "• +1", "+1 more point for the home side."),
    (lines.is_date_line, "Updated: 10:42 AM EST, Tue March 3, 2020", "On Tuesday, March 3, the vote began."),
    (lines.is_date_line, "5 hours ago", "5 hours ago the bridge collapsed into the river."),
    (lines.is_contact_line, "Jane Roe jroe@example.com", "Readers can write to the ombudsman, who answers every letter in the paper on Sundays."),
    (lines.is_newsletter, "Sign up for our morning newsletter", "The morning began with rain over the city."),
    (lines.is_cookie_notice, "We use cookies to give you the best experience on our website.", "Grandma baked cookies for the fair."),
    (lines.is_no_photo_notice, "No photos have been attached.", "No photos have been released by the police."),
    (lines.is_comment_header, "• reader123 says:", "The minister says: the budget is balanced."),
    (lines.is_comment_header, "You must be logged in to post a comment.", "You must be patient, the coach told them."),
    (lines.is_inline_link, "READ MORE: Ten things to know about the budget", "Read more books, the teacher urged."),
    (lines.is_teaser, "The council met on Monday to discuss the new […]", "The council met on Monday to discuss the plan."),
    (lines.is_caption_credit, "Firefighters battle the blaze on Sunday. (AP Photo/John Doe)", "Firefighters battled the blaze on Sunday."),
    (lines.is_caption_credit, "Crowds gather in the square. Photo: Jane Roe", "Crowds gathered in the square to watch."),
    (lines.is_caption_credit, "Rescuers search the rubble. (EPA)", "Doctors adopted the record system (ePA)"),
    (lines.is_legal_notice, "Example and the Example logo are registered trademarks of Example Inc.",
     "The firm registered a new logo with the patent office last year."),
    (lines.is_legal_notice, "This material is for informational purposes only and not investment advice.",
     "The material was collected for research purposes only, the lab said."),
    (lines.is_repetitive, "January February Monday " * 20,
     "The minister said the plan would cut costs, and the opposition said it would not; " * 3),
    (lines.is_end_marker, "(END)", "The end came quickly for the regime."),
    (lines.is_end_marker, "Leave a Reply Cancel reply", "Leave a message after the tone, the sign said."),
    (lines.is_end_marker, "12 Comments", "12 comments were received by the ministry in total."),
    (lines.is_related_marker, "You may also like", "You may also like the second season."),
    (lines.is_related_marker, "Tags: elections, budget", "Tags on the bags showed the price."),
]


@pytest.mark.parametrize(("rule", "removed", "kept"), RULE_CASES, ids=lambda x: getattr(x, "__name__", None))
def test_rule_removes_one_line_and_keeps_a_similar_one(rule: Callable[[str], bool], removed: str, kept: str) -> None:
    assert rule(removed), removed
    assert not rule(kept), kept


def test_every_line_rule_has_a_case_and_a_known_kind() -> None:
    tested = {rule for rule, _, _ in RULE_CASES}
    for name, kind, rule in lines.LINE_RULES:
        assert rule in tested, name
        assert kind in REMOVED_KINDS, name
    assert {"related", "caption", "boilerplate", "repeated"} <= set(REMOVED_KINDS)


def _every_rule_in_order(line: str) -> tuple[str, str] | None:
    """What line_rule / _alone_debris must give: every rule tried in order (no shortcuts)."""
    if lines.is_end_marker(line):
        return "end_marker", "related"
    if lines.is_related_marker(line):
        return "related_marker", "related"
    for name, kind, rule in lines.LINE_RULES:
        if rule(line):
            return name, kind
    return None


def test_rule_shortcuts_give_the_verdict_of_every_rule_in_order() -> None:
    samples = [line for _, removed, kept in RULE_CASES for line in (removed, kept)]
    samples += [line.upper() for line in samples] + [line.title() for line in samples]
    samples += ["", "x", "X", "• Share", "COMMENTS (3)", "Ｔags: x", "İmage: Jane Roe", "Photoſ: x", "ſhare",
                "KAKAO STORY", "(end)", "Top 10 stories", "a b c", "Reply", "© Jane", "Bild: dpa"]
    # long lines (the word pre-check is skipped from 80 characters on) that worded rules do or do not match
    pad = "The council met on Monday and the mayor spoke at length about roads, "
    samples += [pad + "© 2021 Example Media Group. All rights reserved.", pad + "(Photo: Jane Roe/Getty Images)",
                pad * 6 + "this website uses cookies to improve your experience.", pad * 3 + "Sign up for our newsletter",
                pad * 3 + "Example is a registered trademark of Example Inc.", (pad * 25)[:1501] + "trademark"]
    for line in samples:
        assert lines._alone_debris(line, frozenset()) == _every_rule_in_order(line), line


def test_anchored_rule_regexes_are_case_free_or_lowercase() -> None:
    """The shortcut matches these regexes case-sensitively on the lowered line (ASCII lines): exact only
    for case-insensitive patterns whose letters are all lowercase, or patterns without letters."""
    for rule, rx in lines._ANCHORED_RULES.items():
        literals = re.sub(r"\\.", "", rx.pattern)  # escapes (\d, \W, \() are no literal letters
        assert not re.search("[A-Z]", literals), rule.__name__
        assert "(?-i" not in rx.pattern, rule.__name__
        assert rx.flags & re.IGNORECASE or not re.search("[a-z]", literals), rule.__name__
        assert not rx.flags & (re.MULTILINE | re.DOTALL | re.VERBOSE | re.ASCII), rule.__name__


ADVERSARIAL = {
    "spaces": "a" + " " * 1_000_000 + "b",
    "parens": "(" * 1_000_000,
    "brackets": "[" * 500_000 + "]" * 500_000,
    "braces": "{ " * 500_000,
    "repeated_words": "the word says: " * 70_000,
    "declarations": "a: b; " * 170_000,
    "minified_css": ".a{color:red}" * 77_000,
    "dashes": "- " * 500_000,
    "digits": "1 " * 500_000,
    "email_like": "a." * 500_000 + "@",
    "at_signs": "@a." * 333_000,
    "bullets": "• " * 500_000,
    "ellipses": "a …" * 333_000,
    "copyright": "© " * 500_000,
    "credits": "Photo: " * 140_000,
    "cjk": "日本" * 500_000,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_every_rule_is_fast_on_a_1mb_adversarial_line(name: str) -> None:
    line = ADVERSARIAL[name]
    checks: list[tuple[str, Callable[[str], object]]] = [(n, rule) for n, _, rule in lines.LINE_RULES]
    checks += [("end_marker", lines.is_end_marker), ("related_marker", lines.is_related_marker),
               ("line_key", lines.line_key), ("features", lambda s: lines.line_features(s, frozenset({"the"})))]
    for rule_name, rule in checks:
        t0 = time.perf_counter()
        rule(line)
        assert time.perf_counter() - t0 < BACKTRACKING_LIMIT_S, rule_name
    lines.guess_stoplist(["warm the stoplist cache"])
    t0 = time.perf_counter()
    lines.classify_lines(["Menu", line, "The talks ended on Monday, officials said in a statement."])
    assert time.perf_counter() - t0 < BACKTRACKING_LIMIT_S


def test_span_keeps_the_paragraph_block_and_drops_menus_and_related_lists() -> None:
    page = [
        "• Home", "• World", "• Business", "• Sport",
        "Council approves new bridge",
        "The city council on Monday approved the construction of a new bridge across the river, ending a debate that lasted years.",
        "Construction is expected to start next spring and take about three years, the mayor told reporters after the vote.",
        "Funding",
        "Most of the money will come from the regional budget, with the rest covered by a loan from the national bank.",
        "More On This Topic",
        "• Council delays vote on bridge",
        "• Mayor unveils budget plan",
        "© 2024 Example Times",
    ]
    verdicts = lines.classify_lines(page, headline_index=4)
    kept = [ln for ln, v in zip(page, verdicts) if v.keep]
    assert kept == page[5:9]
    assert verdicts[0] == lines.Verdict(False, "before_body", "boilerplate")
    assert verdicts[9].rule == "related_marker" and verdicts[10].rule == "after_body"
    assert verdicts[12].kind == "copyright"


def test_hard_end_marker_drops_the_comment_section() -> None:
    body = "The council on Monday approved the construction of a new bridge across the river, the mayor said today."
    comment = "I think this is the best decision the council has made in many years and I hope it is built soon."
    page = [body, body.replace("Monday", "Tuesday"), "3 Comments", "• reader1 says:", comment, comment + " Really."]
    verdicts = lines.classify_lines(page)
    assert [v.keep for v in verdicts] == [True, True, False, False, False, False]
    assert verdicts[4].rule == "after_end_marker"


def test_repeated_lines_from_the_corpus_are_dropped() -> None:
    promo = "Get unlimited access to all our journalism for one low price every month."
    body = "The council on Monday approved the construction of a new bridge across the river, the mayor said today."
    page = [body, body.replace("Monday", "Friday"), promo, body.replace("bridge", "tunnel"), body.replace("river", "bay")]
    verdicts = lines.classify_lines(page, repeated=frozenset({lines.line_key(promo)}))
    assert verdicts[2] == lines.Verdict(False, "repeated_line", "repeated")
    assert [v.keep for v in verdicts] == [True, True, False, True, True]
    assert lines.classify_lines(page)[2].keep  # without the corpus set the line is prose like any other


def _naive_stoplist(page: list[str], sample_words: int) -> frozenset[str]:
    """guess_stoplist's sample, taken the plain way: the longest lines' words until it is full."""
    words: list[str] = []
    for line in sorted(page, key=len, reverse=True):
        words += lines._tokens(line[:2000])
        if len(words) >= sample_words:
            break
    return lines.guess_stoplist([" ".join(words)], sample_words=len(words) + 1)


def test_stoplist_sample_is_the_same_whichever_way_the_page_is_tokenized() -> None:
    german = "Der Stadtrat hat am Montag den Bau einer neuen Brücke beschlossen, sagte der Bürgermeister."
    english = "The council voted on Monday to build a new bridge over the river, the mayor said."
    dashes = " —" * 40  # 40 spaces, no word: the page looks longer than it is
    page = [german, english * 2, english + dashes, german * 3, dashes]
    for sample in (5, 20, 40, 60, 80, 100, 1000):
        assert lines.guess_stoplist(page, sample_words=sample) == _naive_stoplist(page, sample), sample
    assert "der" in lines.guess_stoplist(page, sample_words=20)  # the longest line is German


def test_stoplist_guess_is_not_english_only() -> None:
    german = "Der Stadtrat hat am Montag den Bau einer neuen Brücke über den Fluss beschlossen, sagte der Bürgermeister."
    assert "der" in lines.guess_stoplist([german])
    verdicts = lines.classify_lines(["• Startseite", "• Politik", german, german.replace("Montag", "Dienstag")])
    assert [v.keep for v in verdicts] == [False, False, True, True]


# ---------------------------------------------------------------- the five seeds, through cleaners.clean


def _seed_body(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    record = clean(RawDoc(source_path=path.name, text=path.read_text(encoding="utf-8")))
    assert isinstance(record, Article), record
    return record.body


def test_seed_000_body_ends_before_end_marker_and_related_headlines() -> None:
    body = _seed_body("000")
    assert body.startswith("North Korean leader Kim Jong-un may hold")
    assert body.endswith("since taking office in late 2011.")
    assert "(END)" not in body and "Billboard 200" not in body


def test_seed_001_drops_no_photo_notice() -> None:
    assert "No photos has been attached." not in _seed_body("001")


def test_seed_002_drops_copyright() -> None:
    body = _seed_body("002")
    assert "Copyright" not in body and body.endswith("remain stalled.")


def test_seed_003_drops_widgets_share_buttons_caption_and_signoff() -> None:
    body = _seed_body("003")
    assert body.startswith("There are signs that North Korean leader")
    for gone in ("Settings", "font-size", "share button", "got out of a vehicle", "yckim@", "CLOSE",
                 "Top 10 Stories", "go top"):
        assert gone not in body, gone
    assert not any(line in {"X", "• -2", "• +2"} for line in body.split("\n\n"))


def test_seed_004_drops_header_breadcrumb_css_related_and_promos() -> None:
    body = _seed_body("004")
    assert body.startswith("North Korean leader Kim Jong Un will soon visit Russia")
    assert body.endswith("a potential arms deal.")
    for gone in ("May 18, 2024", "Homeasia", "{", "More On This Topic", "exchange letters", "Telegram",
                 "Advertisment", "Most Popular"):
        assert gone not in body, gone


# ---------------------------------------------------------------- a list that closes the article

_LIST_BODY = [
    "The regional orchestra on Tuesday announced a spring season of concerts in twelve towns of the valley.",
    "Tickets will be sold at the town halls from next week, and children under twelve will get in for free, "
    "the orchestra's director told reporters after the announcement.",
    "The season opens in the old mill of Riverton and closes with an open-air concert by the lake.",
]


def _kept(page: list[str]) -> list[str]:
    return [ln for ln, v in zip(page, lines.classify_lines(page)) if v.keep]


def test_a_long_list_of_records_after_the_body_is_kept() -> None:
    dates = [f"March {day} – Town hall of Riverton, {hour}:00" for day, hour in zip(range(3, 25, 2), range(10, 21))]
    page = [*_LIST_BODY, "Concert dates", *dates, "Related Articles", "Choir wins national prize",
            "© 2025 Valley News"]
    kept = _kept(page)
    assert kept[:3] == _LIST_BODY and kept[3:] == ["Concert dates", *dates]


def test_product_details_between_records_are_kept_with_the_list() -> None:
    details = ["• Quiet motor and a steel body", "• Browns bread evenly", "• Crushes ice", "• Glass bowl"]
    items = []
    for n, (name, detail) in enumerate(zip(["Kettle", "Toaster", "Blender", "Mixer"], details), start=1):
        items += [f"{name} Deluxe {n}", detail, f"${20 + n}.99", "Buy now"]
    page = [*_LIST_BODY, *items, "Related Articles", "© 2025 Valley News"]
    assert _kept(page)[3:] == items


def test_a_long_list_of_headlines_after_the_body_is_not_kept() -> None:
    teasers = ["Mayor opens the new library", "Storm damages the harbour wall", "Local bakery wins award",
               "Bridge repairs delayed again", "School choir travels to Vienna", "Farmers protest water prices",
               "Museum shows old postcards", "Ferry service resumes early", "Police search for stolen bikes",
               "Cyclists demand safer roads", "Hospital hires more nurses"]
    page = [*_LIST_BODY, "Also on Valley News", *teasers, "© 2025 Valley News"]
    assert _kept(page) == _LIST_BODY


def test_a_short_list_with_figures_after_the_body_is_not_kept() -> None:
    address = ["Valley News", "12 Market Street", "Riverton 4021", "Tel. 555 0101", "Fax 555 0102"]
    page = [*_LIST_BODY, *address, "© 2025 Valley News"]
    assert _kept(page) == _LIST_BODY


# ---------------------------------------------------------------- per-line results kept across pages

_MENU = ["Home", "World", "Business", "Sign up for our newsletter", "Die Polizei und der Bürgermeister sagten nichts.",
         "The mayor and the council", "© 2025 Valley News. All rights reserved.", "Share this:", "Facebook"]
_GERMAN_BODY = [
    "Die Polizei hat am Dienstag in der Innenstadt einen Mann festgenommen, der seit Wochen gesucht wurde.",
    "Der Bürgermeister sagte, die Stadt werde die Sicherheit auf den Plätzen und in den Parks weiter erhöhen.",
    "Die Ermittlungen dauern an, und die Staatsanwaltschaft will in den nächsten Tagen mehr dazu sagen.",
]


def _pages_sharing_lines() -> list[tuple[list[str], int | None]]:
    """Pages of two languages that share menu and footer lines (with the same line as a headline on one
    page and as a menu item on another, and lines printed twice), plus the bundled seeds."""
    from cleaners import headline, text

    pages: list[tuple[list[str], int | None]] = []
    for n, body in enumerate([_LIST_BODY, _GERMAN_BODY, _LIST_BODY[::-1], _GERMAN_BODY[:2]]):
        page = [*_MENU[:6], "The mayor and the council", *body, *_MENU[6:], _MENU[3], body[0]]
        pages.append((page, 5 if n % 2 else None))
    for path in sorted(SEEDS.glob("*.txt")):
        page = text.split_lines(text.normalize_text(path.read_text(encoding="utf-8")))
        pages.append((page, headline.find_headline(page, None).index))
    return pages


def _results(pages: list[tuple[list[str], int | None]], repeated: frozenset[str]) -> list[tuple]:
    out = []
    for page, head in pages:
        debris = lines.line_debris(page, repeated)
        out.append((lines.classify_lines(page, head), lines.classify_lines(page, head, repeated),
                    debris, lines.span_values(page, debris)))
    return out


def test_per_line_memos_never_change_a_result(monkeypatch: pytest.MonkeyPatch) -> None:
    """Verdicts, debris and span values are the same with the memos off, empty, or filled by other
    pages in another order (a hit gives exactly what a miss computes)."""
    pages = _pages_sharing_lines()
    repeated = frozenset({lines.line_key("Business"), lines.line_key("The mayor and the council")})
    with monkeypatch.context() as m:  # no memo at all
        m.setattr(lines, "XDOC_MAX_LEN", -1)
        lines.clear_line_memos()
        expected = _results(pages, repeated)
        assert not lines._DEBRIS_MEMO and not lines._VALUE_MEMO
    lines.clear_line_memos()
    assert _results(pages, repeated) == expected  # empty memos, filled as the pages come
    assert lines._DEBRIS_MEMO and lines._VALUE_MEMO
    lines.clear_line_memos()
    assert _results(pages[::-1], repeated)[::-1] == expected  # the other order
    assert _results(pages, repeated) == expected  # memos filled by every page already
    assert _results(pages[::-1], frozenset())[::-1] == _results(pages, frozenset())
    lines.clear_line_memos()


def test_clean_gives_the_same_records_whatever_order_the_pages_come_in() -> None:
    docs = [RawDoc(source_path=path.name, text=path.read_text(encoding="utf-8"), kind="text")
            for path in sorted(SEEDS.glob("*.txt"))]
    docs += [RawDoc(source_path=f"p{n}", text="\n".join(page), kind="text")
             for n, (page, _) in enumerate(_pages_sharing_lines()[:4])]
    lines.clear_line_memos()
    forward = [clean(doc) for doc in docs]
    lines.clear_line_memos()
    backward = [clean(doc) for doc in docs[::-1]][::-1]
    assert forward == backward
    assert [clean(doc) for doc in docs] == forward
    lines.clear_line_memos()


def test_a_line_value_is_kept_per_stoplist() -> None:
    english, german = lines._stoplists()["English"], lines._stoplists()["German"]
    line = "Die Polizei und der Bürgermeister sagten nichts."
    lines.clear_line_memos()
    for stoplist in (english, german, frozenset(), english):
        assert lines._kept_line_value(line, stoplist) == lines._line_value(line, stoplist)
    assert lines._line_value(line, english) != lines._line_value(line, german)
    lines.clear_line_memos()


def test_per_line_memos_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lines, "XDOC_MAX_ENTRIES", 5)
    lines.clear_line_memos()
    long_line = "Share this: " + "word " * 80
    for page, head in [*_pages_sharing_lines(), ([long_line, *_LIST_BODY], None)]:
        lines.classify_lines(page, head)
        assert len(lines._DEBRIS_MEMO) <= 5 and len(lines._VALUE_MEMO) <= 5
        assert all(len(line) <= lines.XDOC_MAX_LEN for line in lines._DEBRIS_MEMO)
        assert all(len(line) <= lines.XDOC_MAX_LEN for line, _ in lines._VALUE_MEMO)
    lines.clear_line_memos()


def test_the_repeated_line_key_memo_never_changes_a_key(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleaners import repeated

    samples = ["Most Popular", "most  popular", "© 2023 X", "© 2024 X", "Sign up now", "", "İstanbul", "x " * 200]
    expected = [repeated._line_key(line) for line in samples]
    repeated._KEY_MEMO.clear()
    assert [repeated.line_key(line) for line in samples] == expected
    assert [repeated.line_key(line) for line in samples[::-1]][::-1] == expected
    assert all(len(line) <= repeated.KEY_MEMO_MAX_LEN for line in repeated._KEY_MEMO)
    monkeypatch.setattr(repeated, "KEY_MEMO_MAX", 2)
    repeated._KEY_MEMO.clear()
    for line in samples:
        assert repeated.line_key(line) == repeated._line_key(line)
        assert len(repeated._KEY_MEMO) <= 2
    repeated._KEY_MEMO.clear()

_NAV = ["Share on Facebook", "Share on Twitter", "Most Popular", "Newsletter", "Sign up", "Subscribe",
        "Log in", "Register", "Cookie settings", "Terms of use"]  # a wall: no block spans it
_ARTICLE = [
    "The city council on Monday approved the construction of a new bridge across the river, ending a debate that lasted years.",
    "Construction is expected to start next spring and take about three years, the mayor told reporters after the vote.",
    "Most of the money will come from the regional budget, with the rest covered by a loan from the national bank.",
]
_OTHER = [  # a longer block of prose further down: reader comments, a consent text, another story
    "Residents of the northern district said on Tuesday that the new bus timetable had made their morning trips longer.",
    "Several parents complained that the school bus now leaves twenty minutes earlier than it did last year.",
    "The transport company said it would review the timetable after the holidays and listen to every complaint.",
    "A spokesman added that two more buses would be bought next year if the regional budget allows it.",
    "Until then, passengers were asked to check the updated timetable on the company's website before leaving home.",
]


def test_the_block_after_the_headline_is_the_article_though_a_longer_block_follows() -> None:
    page = ["Council approves new bridge", *_ARTICLE, *_NAV, *_OTHER]
    kept = [ln for ln, v in zip(page, lines.classify_lines(page, headline_index=0)) if v.keep]
    assert kept == _ARTICLE
    # Without the headline the largest block still wins: the headline is what anchors the article.
    kept = [ln for ln, v in zip(page, lines.classify_lines(page)) if v.keep]
    assert kept == _OTHER


def test_a_scrap_after_the_headline_does_not_outweigh_the_article() -> None:
    scrap = "Photos: the council meets on Monday."
    page = ["Council approves new bridge", scrap, *_NAV, *_ARTICLE, *(a.replace("the", "that") for a in _ARTICLE)]
    kept = [ln for ln, v in zip(page, lines.classify_lines(page, headline_index=0)) if v.keep]
    assert scrap not in kept and kept[:3] == _ARTICLE


_POST = "This weekend we planted the first potatoes and beans at the allotment, and the new water butt finally filled up."
_BLOG = ["Garden Notes", "Home", "About", "Contact", "Spring planting at the allotment", "Posted on 3 May 2021 by Jane Roe",
         _POST, "Share this:", "Twitter", "Facebook", "Like this:", "Write a comment", "Cancel",
         "Enter your comment here...", "Email (required)", "Name (required)", "Website",
         "You are commenting using your WordPress.com account.", "Log Out / Change"]


def test_a_one_paragraph_post_beats_a_too_short_block_further_down() -> None:
    # rule short_post: the block chosen would be too short for an article (two form lines, 18 words)
    form = ["Tell me by email when there are new comments.", "Tell me by email when there are new posts."]
    page = [*_BLOG, *form]
    kept = [ln for ln, v in zip(page, lines.classify_lines(page, headline_index=4)) if v.keep]
    assert kept == [_POST]
    # A block further down that is long enough stays the article: a short teaser does not take its place.
    story = ["The allotment society met on Sunday to plan the summer show and its new vegetable classes.",
             "Members voted to add a prize for the heaviest marrow and another for the best bean row.",
             "The show will open in August, and every member may enter up to three classes this year."]
    page = [*_BLOG, *story]
    kept = [ln for ln, v in zip(page, lines.classify_lines(page, headline_index=4)) if v.keep]
    assert story[0] in kept and _POST not in kept
