"""cleaners/html.py: main text of an article page without its menus and footer, the text-mode
fallback, robustness on broken markup, charsets, and the rules for trafilatura's lines."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from cleaners import clean, html
from flows.sources import InputFile, read_file
from schemas import Article, RawDoc

PARAGRAPHS = [
    "The city council voted on Tuesday to rebuild the old river bridge, ending a debate that had run for "
    "more than three years and split the town into two camps.",
    "Engineers said the new bridge would carry twice as many cars and would have a separate lane for "
    "bicycles, which residents had asked for at every public meeting.",
    "Work is expected to start in the spring and to last eighteen months, the mayor told reporters after "
    "the vote, adding that a ferry would run while the crossing is closed.",
    "Shop owners on the east bank welcomed the decision but asked the council to keep the detour short, "
    "because most of their customers come from the other side of the river.",
]


def article_page(title: str = "Council votes to rebuild the river bridge", extra_body: str = "",
                 head_extra: str = "") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Riverside Gazette</title>
<meta property="og:site_name" content="Riverside Gazette">
<meta name="author" content="Jane Miller">
<meta property="article:published_time" content="2023-05-02T10:00:00Z">
{head_extra}</head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather and traffic today</a></li></ul></nav></header>
<main><article>
<h1>{title}</h1>
<p class="byline">By Jane Miller</p>
{body}
{extra_body}
</article></main>
<footer><p>Contact us | Advertise | Privacy policy</p>
<p>© 2023 Riverside Gazette Media. All rights reserved.</p></footer>
</body></html>"""


def test_simple_article_page_text_and_metadata() -> None:
    out = html.html_to_text(article_page(), "https://example.org/news/bridge")
    assert out.main_content
    for p in PARAGRAPHS:
        assert p in out.text
    assert "Privacy policy" not in out.text and "All rights reserved" not in out.text
    assert "Weather and traffic today" not in out.text
    assert out.title == "Council votes to rebuild the river bridge"
    assert out.sitename == "Riverside Gazette"
    assert out.date == dt.date(2023, 5, 2)


def test_clean_html_article_removes_nav_footer_and_moves_headline_byline() -> None:
    record = clean(RawDoc(source_path="bridge.html", text=article_page(), kind="html",
                          url="https://example.org/news/bridge", crawl_date=dt.date(2023, 5, 3)))
    assert isinstance(record, Article)
    assert record.body.split("\n\n") == PARAGRAPHS
    assert record.headline == "Council votes to rebuild the river bridge"
    assert record.authors == ["Jane Miller"]


def test_related_link_list_dropped_but_plain_list_kept() -> None:
    extra = """<h3>Key facts</h3><ul><li>Length of the new bridge: 240 metres</li>
<li>Cost: 48 million euros, shared by the city and the region</li></ul>
<ul><li><a href="/a">Ferry timetable changes for the summer season</a></li>
<li><a href="/b">New cycle lanes open on the east bank</a></li>
<li><a href="/c">Mayor answers questions from readers about the budget</a></li></ul>"""
    record = clean(RawDoc(source_path="b.html", text=article_page(extra_body=extra), kind="html"))
    assert isinstance(record, Article)
    assert "• Length of the new bridge: 240 metres" in record.body
    assert "Ferry timetable" not in record.body and "cycle lanes" not in record.body


def test_fallback_to_text_mode_when_trafilatura_returns_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html.trafilatura, "bare_extraction", lambda *a, **k: None)
    out = html.html_to_text(article_page())
    assert not out.main_content
    assert PARAGRAPHS[0] in out.text.splitlines()
    assert "• Home" in out.text.splitlines()  # the whole page, rendered one block per line
    record = clean(RawDoc(source_path="bridge.html", text=article_page(), kind="html"))
    assert isinstance(record, Article)
    assert PARAGRAPHS[1] in record.body and "All rights reserved" not in record.body


def test_fallback_when_trafilatura_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*a: object, **k: object) -> None:
        raise RecursionError("too deep")

    monkeypatch.setattr(html.trafilatura, "bare_extraction", boom)
    out = html.html_to_text(article_page())
    assert not out.main_content and PARAGRAPHS[2] in out.text


def test_tiny_page_uses_rendered_text() -> None:
    out = html.html_to_text("<html><body><div>Only a short note here.</div></body></html>")
    assert not out.main_content
    assert out.text == "Only a short note here."


@pytest.mark.parametrize("page", [
    "",
    "   ",
    "<html><body><p>unclosed <b>bold <i>italic <div>mixed</p></span></body>",
    "<div>" * 5000 + "deep text " * 50 + "</div>" * 10,
    "<html><body>" + "<table><tr><td>" * 3000 + "cell" + "</body></html>",
    "\x00\x01<html>\ufffd<body><p>binary\x00junk</p>",
    "<?xml version='1.0' encoding='utf-8'?><html><body><p>xml declared</p></body></html>",
    "<p>just a fragment without html or body</p>",
    "<html><head><title>Only a title</title></head><body></body></html>",
])
def test_broken_or_deep_html_does_not_raise(page: str) -> None:
    out = html.html_to_text(page)
    assert isinstance(out.text, str)
    record = clean(RawDoc(source_path="x.html", text=page, kind="html"))
    assert record is not None and getattr(record, "reason", None) != "error"


def test_deeply_nested_page_still_yields_text() -> None:
    page = "<html><body>" + "<div>" * 3000 + " ".join(PARAGRAPHS) + "</div>" * 3000 + "</body></html>"
    out = html.html_to_text(page)
    assert "river bridge" in out.text


@pytest.mark.parametrize("encoding, sentence", [
    ("windows-1251", "Городской совет проголосовал во вторник за строительство нового моста через реку, "
                     "сообщили в мэрии после долгого заседания."),
    ("shift_jis", "市議会は火曜日、川にかかる古い橋を架け替えることを決めた。工事は春に始まり、一年半続く見込みだという。"),
    ("iso-8859-1", "Le conseil municipal a voté mardi la reconstruction du vieux pont sur la rivière, après "
                   "trois années de débats très animés."),
])
def test_charset_declared_page(tmp_path, encoding: str, sentence: str) -> None:
    # read as the pipeline reads it: flows.sources decodes, with the charset the page declares
    page = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={encoding}">'
            f"<title>Bridge</title></head><body><article>"
            + f"<p>{sentence}</p>" * 4 + "</article></body></html>")
    path = tmp_path / "page.html"
    path.write_bytes(page.encode(encoding))
    [doc] = read_file(InputFile(str(path), path.name, path.stat().st_size))
    assert doc.kind == "html"
    out = html.html_to_text(doc.text)
    assert sentence in out.text


def test_date_never_after_crawl_date() -> None:
    page = article_page(head_extra='<meta name="date" content="2031-01-01">').replace("2023-05-02T10:00:00Z",
                                                                                       "2031-01-01T10:00:00Z")
    out = html.html_to_text(page, crawl_date=dt.date(2023, 5, 3))
    assert out.date is None or out.date <= dt.date(2023, 5, 3)


def test_date_without_crawl_date_does_not_depend_on_today() -> None:
    # No crawl date: the ceiling is a constant, not the wall clock, so the record is the same on any
    # day (with today's date as the ceiling this page's date would appear only from 2031 on).
    page = article_page(head_extra='<meta name="date" content="2031-01-01">').replace("2023-05-02T10:00:00Z",
                                                                                       "2031-01-01T10:00:00Z")
    assert html.html_to_text(page).date == dt.date(2031, 1, 1)

def test_html_mode_is_deterministic() -> None:
    page = article_page()
    assert html.html_to_text(page) == html.html_to_text(page)


def test_html_metadata_fills_date_and_publisher_without_url() -> None:
    page = article_page(head_extra='<link rel="canonical" href="https://www.riverside-gazette.example/news/bridge">')
    record = clean(RawDoc(source_path="bridge.html", text=page, kind="html", crawl_date=dt.date(2023, 5, 3)))
    assert isinstance(record, Article)
    assert record.published_at == dt.date(2023, 5, 2) and record.published_at_source == "html"
    assert record.publisher == "riverside-gazette.example"


def test_html_date_after_crawl_is_not_used() -> None:
    record = clean(RawDoc(source_path="bridge.html", text=article_page(), kind="html", crawl_date=dt.date(2020, 1, 1)))
    assert isinstance(record, Article)
    assert record.published_at is None or record.published_at <= dt.date(2020, 1, 1)


def test_metadata_is_trafilaturas_for_the_fields_we_read() -> None:
    from trafilatura import extract_metadata

    page = article_page(head_extra='<link rel="canonical" href="https://example.org/news/bridge-2023-05-02">')
    ours = html.html_to_text(page, "https://example.org/x", dt.date(2023, 6, 1))
    theirs = extract_metadata(page, "https://example.org/x", html._date_params(dt.date(2023, 6, 1)))
    assert (ours.author, ours.url, ours.sitename) == (theirs.author, theirs.url, theirs.sitename)
    assert ours.date.isoformat() == theirs.date and theirs.title.startswith(ours.title)


def test_author_from_the_pages_markup_without_an_author_meta_tag() -> None:
    page = (article_page().replace('<meta name="author" content="Jane Miller">', "")
            .replace('<p class="byline">By Jane Miller</p>', '<span class="author-name">Jane Doe</span>'))
    assert html.html_to_text(page).author == "Jane Doe"


def test_metadata_of_a_page_only_the_second_extraction_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    real = html.trafilatura.bare_extraction

    def fails_with_precision(*args: object, **kwargs: object) -> object:
        return None if kwargs.get("favor_precision") else real(*args, **kwargs)

    monkeypatch.setattr(html.trafilatura, "bare_extraction", fails_with_precision)
    out = html.html_to_text(article_page())
    assert out.main_content and PARAGRAPHS[0] in out.text
    assert out.title == "Council votes to rebuild the river bridge" and out.author == "Jane Miller"
    assert out.date == dt.date(2023, 5, 2)


def test_no_metadata_when_no_extraction_succeeds(monkeypatch: pytest.MonkeyPatch) -> None:
    # as when one bare_extraction call gave text and metadata: a page it fails on has neither
    monkeypatch.setattr(html.trafilatura, "bare_extraction", lambda *a, **k: None)
    out = html.html_to_text(article_page())
    assert out.title is None and out.author is None and out.date is None and out.sitename is None


@pytest.mark.parametrize("page", [
    article_page(),
    '<?xml version="1.0" encoding="utf-8"?><html><body><p>XML prolog</p><form><input name="q"></form></body></html>',
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
    '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en"><body><p>XHTML</p><p>page</p></body></html>',
    "<!DOCTYPE html/><html/>\n<body><p>self-closing html</p><!-- a comment --><?pi x?></body>",
    "<html><body><p>bad \x00 \x0b chars \ufffe</p><textarea>t</textarea><select><option>o</select><label>l</label>"
    "</body></html>",
    "<!-- c --><div><p>a</p><p>b</p></div>",
])
def test_our_parser_gives_trafilaturas_trees_and_lxml_html_element_classes(page: str) -> None:
    # cleaners.html parses with its own parser (element classes looked up in C), not trafilatura's
    from lxml import etree
    from trafilatura import load_html

    ours, theirs = html.parse_html(page), load_html(page)
    assert ours is not None and theirs is not None
    assert etree.tostring(ours) == etree.tostring(theirs)
    assert [type(e) for e in ours.iter()] == [type(e) for e in theirs.iter()]


def test_fragments_and_text_are_parsed_as_documents() -> None:
    for page in ("<p>only a fragment</p>", "no markup at all, just text"):
        tree = html.parse_html(page)
        assert tree is not None and tree.tag == "html" and tree.text_content().strip() in page


def test_html_input_is_cleaned_by_the_html_line_model_with_trafilatura_as_a_feature() -> None:
    from cleaners import decide
    from cleaners.pipeline import explain
    from schemas import RawDoc

    result = explain(RawDoc("/p.html", article_page(), kind="html"))
    assert isinstance(result.record, Article), result.record
    assert result.line_model == "line_html" and result.rows is not None
    assert result.rows.shape == (len(result.lines), len(decide.COLUMNS["line_html"]))
    cover = result.rows[:, len(decide.COLUMNS["line"])]
    kept = {ln for ln, v in zip(result.lines, result.verdicts) if v.keep}
    assert PARAGRAPHS[0] in kept and "• Home" in result.lines and "• Home" not in kept
    assert cover[result.lines.index(PARAGRAPHS[0])] == 1.0  # trafilatura's main text holds the paragraph
    chrome = result.rows[:, decide.COLUMNS["line_html"].index("html_in_page_chrome")]
    assert chrome[result.lines.index("• Home")] == 1.0 and chrome[result.lines.index(PARAGRAPHS[0])] == 0.0


def test_main_text_cover_matches_lines_by_word_pairs_not_as_strings() -> None:
    page = ["Council votes", "to rebuild the old bridge", "Subscribe now", "•"]
    cover = html.main_text_cover(page, "Council votes to rebuild the old bridge, the mayor said.")
    assert cover[:3].tolist() == [1.0, 1.0, 0.0] and np.isnan(cover[3])
    assert html.main_text_cover(["Council votes today"], "Council votes")[0] == 0.5


def test_render_lines_marks_links_blocks_and_page_regions() -> None:
    lines, rows = html.render_lines(article_page())
    assert "\n".join(lines) == html.render_text(article_page())
    col = {name: k for k, name in enumerate(html.STRUCTURE_COLUMNS)}
    home, title, paragraph = (rows[lines.index(x)] for x in ("• Home", "Council votes to rebuild the river bridge",
                                                             PARAGRAPHS[0]))
    footer = rows[lines.index("© 2023 Riverside Gazette Media. All rights reserved.")]
    assert home[col["link_share"]] > 0.5 and home[col["in_list_item"]] == 1 and home[col["in_page_chrome"]] == 1
    assert home[col["in_article"]] == 0
    assert title[col["in_heading"]] == 1 and title[col["in_article"]] == 1 and title[col["link_share"]] == 0
    assert paragraph[col["in_paragraph"]] == 1 and paragraph[col["in_article"]] == 1
    assert paragraph[col["in_page_chrome"]] == 0 and paragraph[col["link_share"]] == 0
    assert footer[col["in_page_chrome"]] == 1 and footer[col["in_article"]] == 0


def test_lexbor_and_html_parser_render_a_page_alike_and_either_stands_in_for_the_other(monkeypatch) -> None:
    """The renderer reads lexbor's tree (selectolax) when it is there, html.parser's tokens otherwise or
    when lexbor fails: the same lines and marks on a well-formed page."""
    assert html._Lexbor is not None  # a dependency: the fast path is the tested one
    page = article_page(extra_body="<ul><li><a href='/a'>Ferry timetable</a></li><li>Plain item</li></ul>"
                                   "<script>var x = '<p>not text</p>';</script><!-- a comment -->")
    lexbor = html.render_lines(page)
    with monkeypatch.context() as m:
        m.setattr(html, "_Lexbor", None)
        parser = html.render_lines(page)

    class Broken:
        def __init__(self, text: str) -> None:
            raise RuntimeError("lexbor failed")

    with monkeypatch.context() as m:
        m.setattr(html, "_Lexbor", Broken)
        fallback = html.render_lines(page)
    assert lexbor[0] == parser[0] == fallback[0]
    assert "• Ferry timetable" in lexbor[0] and "not text" not in "\n".join(lexbor[0])
    assert np.array_equal(lexbor[1], parser[1]) and np.array_equal(lexbor[1], fallback[1])
    # where HTML5 and html.parser disagree, lexbor reads as browsers do: </br> is a line break
    assert html.render_lines("<p>1971 University Blvd.</br>Lynchburg, VA</p>")[0] == \
        ["1971 University Blvd.", "Lynchburg, VA"]


def test_the_pages_own_title_wins_over_a_logo_when_the_page_prints_it() -> None:
    """Found by a new-user pass: trafilatura took the site's logo line for the title, so the headline
    was the site's name although the page printed its <title>."""
    body = "<p>" + "The city council voted on Tuesday to rebuild the old river bridge. " * 5 + "</p>"
    page = ("<html><head><title>Council votes to rebuild the river bridge - Riverside Gazette | News</title>"
            "</head><body><header><h1>Riverside Gazette</h1></header><article>"
            f"<h2>Council votes to rebuild the river bridge</h2>{body}</article></body></html>")
    assert html.html_to_text(page).title == "Council votes to rebuild the river bridge"
    record = clean(RawDoc(source_path="b.html", text=page, kind="html"))
    assert isinstance(record, Article) and record.headline == "Council votes to rebuild the river bridge"
    # a <title> the page does not print leaves trafilatura's title alone
    unprinted = page.replace("<h2>Council votes to rebuild the river bridge</h2>", "<h2>Bridge vote</h2>")
    assert html.html_to_text(unprinted).title != "Council votes to rebuild the river bridge"


def test_render_lines_counts_only_the_linked_part_of_a_line() -> None:
    lines, rows = html.render_lines("<p>Read <a href='/x'>more</a></p><p><a href='/y'>All linked</a></p>")
    assert lines == ["Read more", "All linked"]
    assert rows[0, 0] == len("more") / len("Read more") and rows[1, 0] == 1.0


def test_page_structure_follows_the_normalized_lines_and_leaves_unmatched_lines_nan() -> None:
    lines, rows = html.render_lines("<nav><a href='/'>Home\u200b page</a></nav><p>Body text here.</p>")
    extracted = html.HtmlText("", None, None, None, None, page_text="\n".join(lines), structure=rows)
    got = html.page_structure(["Home page", "Not on the page", "Body text here."], extracted)
    assert got[0].tolist() == rows[0].tolist() and got[2].tolist() == rows[1].tolist()
    assert np.isnan(got[1]).all()
    assert np.isnan(html.page_structure(["x"], html.HtmlText("", None, None, None, None))).all()
