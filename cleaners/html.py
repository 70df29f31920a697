"""HTML -> the page's lines, trafilatura's main text and the page metadata.

An HTML input is cleaned as its visible text, one block per line (:func:`render_text`, the way the
raw scraped text of the dev sets is made), by the HTML line model: the raw-text line features plus,
for each line, how much of it trafilatura's main text holds (:func:`main_text_cover`). One
``trafilatura.bare_extraction`` call per page gives that main text and the page metadata (title,
author, date, site name); only trafilatura's public functions are called (``load_html``,
``bare_extraction``, ``extract_metadata``; ``tests/test_public_apis.py`` keeps it so).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

import numpy as np
import trafilatura
from lxml import etree
from lxml import html as lxml_html

try:  # wheels for Linux x86_64 and aarch64, macOS, Windows; without it html.parser renders (slower)
    from selectolax.lexbor import LexborHTMLParser as _Lexbor
except ImportError:  # pragma: no cover - exercised by tests/cleaners/test_html.py with it hidden
    _Lexbor = None

from cleaners import byline, features
from cleaners import lines as line_rules
from cleaners.headline import strip_site_suffix

#: Fewer words than this in trafilatura's text: it found no main text (the HTML line model then sees no cover).
MIN_EXTRACTED_WORDS = 30


@dataclass(frozen=True)
class HtmlText:
    text: str  # one paragraph (block) per line
    title: str | None
    author: str | None
    date: dt.date | None  # published date from the page's metadata (htmldate), never after the crawl date
    sitename: str | None
    main_content: bool = True  # False: ``text`` is the whole page rendered (trafilatura found too little)
    url: str | None = None  # the page's own URL (canonical link, og:url) when it declares one
    page_text: str = ""  # the whole page's visible text, one block per line (render_text): the engine's page
    #: one row of STRUCTURE_COLUMNS per line of ``page_text`` (render_lines)
    structure: np.ndarray | None = field(default=None, compare=False, repr=False)


# ---------------------------------------------------------------- whole-page text (fallback)

# Elements whose content is never visible text.
_INVISIBLE = frozenset(
    "script style noscript template iframe object embed svg canvas video audio map title".split()
)
# Elements that start a new line of text.
_BLOCK = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure "
    "footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary "
    "table tbody tfoot thead tr ul caption".split()
)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_WS = re.compile(r"\s+")


STRUCTURE_COLUMNS = features.STRUCTURE_COLUMNS
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_CHROME = frozenset("nav header footer aside".split())  # the page's navigation and furniture
_CONTENT = frozenset("article main".split())
_BLOCK_KIND = {**{h: 1 for h in _HEADINGS}, "p": 2, "li": 3, "dd": 3, "dt": 3, "td": 4, "th": 4}


class _TextRenderer(HTMLParser):
    """Streams a page into text pieces: no tree, so no depth limit (libxml2 drops text nested deeper
    than a few hundred elements) and no recursion. Each piece comes with where it stands (``marks``):
    inside a link or not, the block that opened last, and how many chrome and content regions are open."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.marks: list[tuple[bool, int, bool, bool]] = []  # (in a link, block kind, in chrome, in article)
        self.hidden: list[str] = []  # open invisible elements
        self.bullet = False  # a list item opened: its first text gets the bullet
        self.links = 0  # open <a> elements
        self.block = 0  # _BLOCK_KIND of the block that opened last (0: another one, or it closed)
        self.chrome = self.content = 0  # open chrome and content regions
        self.mark = (False, 0, False, False)  # the marks of the next piece, updated when one changes

    def _push(self, piece: str) -> None:
        self.pieces.append(piece)
        self.marks.append(self.mark)

    def _update(self, tag: str, step: int) -> None:
        """The state after the start (``step`` 1) or end (-1) of a visible ``tag``."""
        if tag == "a":
            self.links = max(0, self.links + step)
        elif tag in _CHROME:
            self.chrome = max(0, self.chrome + step)
        elif tag in _CONTENT:
            self.content = max(0, self.content + step)
        if tag in _BLOCK:
            self.block = _BLOCK_KIND.get(tag, 0) if step > 0 else 0
        self.mark = (self.links > 0, self.block, self.chrome > 0, self.content > 0)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self.hidden.clear()  # an unclosed <title> or <noscript> in the head must not hide the page
        if self.hidden:
            if tag == self.hidden[-1] and tag not in _VOID:
                self.hidden.append(tag)
            return
        if tag in _INVISIBLE:
            self.hidden.append(tag)
            return
        self._update(tag, 1)
        if tag == "br" or tag in _BLOCK:
            self._push("\n")
            self.bullet = self.bullet or tag == "li"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.hidden and (tag == "br" or tag in _BLOCK):
            self._push("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.hidden:
            if tag == self.hidden[-1]:
                self.hidden.pop()
            return
        self._update(tag, -1)
        if tag in _BLOCK:
            self._push("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            if self.bullet and data.strip():
                self._push("• ")
                self.bullet = False
            self._push(data)


def _rendered(html: str) -> _TextRenderer:
    """The page's text pieces: lexbor (selectolax, C) parses it and its tree is replayed into the
    renderer as start tags, texts and end tags, in document order; html.parser tokenizes it when
    selectolax is missing or fails. The same lines on 481 of 491 dev pages, where lexbor's HTML5 parser
    differs (an ``</br>``, a ``<noscript>``, a ``<script>`` html.parser showed as text). Parsing and
    replaying cost 2.5 ms/page where html.parser tokenizing cost ~9; :func:`render_lines` as a whole
    16.1 -> 7.9 ms/page, the same lines on 1,344 of 1,368 dev pages (``benchmarks/html_render.py``)."""
    if _Lexbor is not None:
        renderer = _TextRenderer()
        try:
            _replay(_Lexbor(html).root, renderer)
            return renderer
        except Exception:  # noqa: BLE001 - html.parser below reads whatever lexbor could not
            pass
    renderer = _TextRenderer()
    try:
        renderer.feed(html)
        renderer.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient, but keep what was read on anything odd
        pass
    return renderer


def _replay(root, renderer: _TextRenderer) -> None:
    """Feed a lexbor tree to ``renderer`` as html.parser would (no recursion: pages nest thousands deep)."""
    if root is None:
        return
    start, end, data = renderer.handle_starttag, renderer.handle_endtag, renderer.handle_data
    stack: list = [(root, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag
        if closing:
            end(tag)
        elif tag == "-text":
            text = node.text_content
            if text:
                data(text)
        elif not tag.startswith(("-", "_")):  # comments, doctype
            start(tag, [])
            if tag not in _VOID:
                stack.append((node, True))
                children = []
                child = node.child
                while child is not None:
                    children.append(child)
                    child = child.next
                stack.extend((c, False) for c in reversed(children))


def render_lines(html: str) -> tuple[list[str], np.ndarray]:
    """The visible lines of a page, one block element per line, list items as "• item" (as
    :func:`render_text`), and one row of :data:`STRUCTURE_COLUMNS` per line.

    >>> lines, rows = render_lines("<body><nav><a href='/'>Home</a></nav><article><h1>Title</h1>"
    ...                            "<p>One <a href='/x'>two</a> three</p></article></body>")
    >>> lines, rows.round(2).tolist()[1:]
    (['Home', 'Title', 'One two three'], [[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0], [0.23, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0]])
    """
    renderer = _rendered(html)
    out: list[str] = []
    rows: list[tuple[float, ...]] = []
    parts: list[str] = []
    linked = 0  # characters (spaces collapsed) of the line's parts inside links
    first: tuple[bool, int, bool, bool] | None = None  # the marks of the line's first text

    def close() -> None:
        nonlocal linked, first
        line = _WS.sub(" ", "".join(parts)).strip()
        if line and line != "•" and first is not None:  # a line with text has the marks of its first text
            _, kind, chrome, content = first
            out.append(line)
            rows.append((min(1.0, linked / len(line)), float(kind == 1), float(kind == 2), float(kind == 3),
                         float(kind == 4), float(chrome), float(content)))
        parts.clear()
        linked, first = 0, None

    for piece, marks in zip(renderer.pieces, renderer.marks):
        for k, chunk in enumerate(piece.split("\n") if "\n" in piece else (piece,)):
            if k:
                close()
            if chunk and not chunk.isspace():
                if first is None:
                    first = marks
                if marks[0]:
                    linked += len(_WS.sub(" ", chunk).strip())
            parts.append(chunk)
    close()
    return out, np.array(rows, np.float64).reshape(len(rows), len(STRUCTURE_COLUMNS))


def render_text(html: str) -> str:
    """The visible text of a page, one block element per line, list items as "• item".

    >>> render_text("<html><body><h1>Title</h1><p>One <b>two</b><br>three</p><script>x=1</script>"
    ...             "<ul><li>a</li><li>b</li></ul></body></html>")
    'Title\\nOne two\\nthree\\n• a\\n• b'
    """
    return "\n".join(render_lines(html)[0])


def _class_lookup() -> etree.ElementNamespaceClassLookup:
    """lxml.html's element classes from a lookup that runs in C.

    lxml.html picks the Python class of every element proxy it hands out by calling a Python
    method, thousands of times per page while trafilatura walks the tree: 10-20% of its time. The
    same classes, by tag name (form, input, select, textarea, label) or else by node type, from a
    lookup implemented in C: the same trees and element classes (``tests/cleaners/test_html.py``).
    """
    lookup = etree.ElementNamespaceClassLookup(etree.ElementDefaultClassLookup(
        element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment, pi=lxml_html.HtmlProcessingInstruction,
        entity=lxml_html.HtmlEntity))
    # tag names of parsed HTML are lower case
    lookup.get_namespace(None).update({"form": lxml_html.FormElement, "input": lxml_html.InputElement,
                                       "select": lxml_html.SelectElement, "textarea": lxml_html.TextareaElement,
                                       "label": lxml_html.LabelElement})
    return lookup


#: Our HTML parser: the settings trafilatura parses with (comments and processing instructions
#: left out, no id index), lxml.html's element classes from :func:`_class_lookup`. Trafilatura's
#: functions take the tree it makes: they parse only when given a string.
_PARSER = lxml_html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                               remove_pis=True)
_PARSER.set_element_class_lookup(_class_lookup())
#: Characters libxml2 refuses in a string (C0 controls but tab and newlines, U+FFFE, U+FFFF).
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: A doctype with a slash (XHTML's) opening the page: libxml2 then doubles the root's xmlns
#: attributes (lxml bug 1955915), so it goes, as trafilatura's loader drops it too.
_SLASHED_DOCTYPE = re.compile(r"^< ?! ?DOCTYPE[^>\n]*/[^<>\n]*>", re.IGNORECASE)


def _parse(html: str) -> etree._Element | None:
    """The page parsed by :data:`_PARSER`, as ``lxml.html.fromstring`` parses (a whole document, or
    the fragment's element); None when that gives no element, or a fragment of one element that
    names no ``html`` near its start (such text reads better as a document: see :func:`parse_html`)."""
    html = _SLASHED_DOCTYPE.sub("", _NOT_XML.sub("", html), count=1)
    try:
        tree = lxml_html.fromstring(html, parser=_PARSER)
    except ValueError:  # a string with an encoding declaration: lxml takes it as bytes
        try:
            tree = lxml_html.fromstring(html.encode("utf-8", errors="replace"), parser=_PARSER)
        except (etree.ParserError, ValueError):
            return None
    except etree.ParserError:
        return None
    if tree is None or len(tree) < 1 or ("html" not in html[:50].lower() and len(tree) < 2):
        return None
    return tree


def parse_html(html: str) -> etree._Element | None:
    """The page's lxml tree; None if unparsable.

    Our parser (:func:`_parse`) first; when it finds nothing, trafilatura's own loader
    (``trafilatura.load_html``: its repairs of faulty markup); for a fragment or "dubious" markup
    both turn down, lxml's document parser still gets the text out.
    """
    if not html.strip():
        return None
    tree = _parse(html)
    if tree is None:
        try:
            tree = trafilatura.load_html(html)
        except Exception:  # noqa: BLE001 - lxml and the loader raise several types on garbage
            tree = None
    if tree is None:
        try:
            tree = lxml_html.document_fromstring(html.encode("utf-8", errors="replace"))
        except (etree.ParserError, ValueError):
            return None
    return tree


# ---------------------------------------------------------------- trafilatura

_LIST_ITEM = re.compile(r"^- (?=\S)", re.MULTILINE)


#: htmldate's latest allowed date for a page without a crawl date: a constant, not today's date (the
#: same input must give the same record on any day).
NO_CRAWL_DATE_CEILING = dt.date(2099, 12, 31)


def _date_params(crawl_date: dt.date | None) -> dict[str, object]:
    # Published rather than modified date, never later than the crawl (htmldate's max_date).
    max_date = (crawl_date or NO_CRAWL_DATE_CEILING).isoformat()
    return {"original_date": True, "extensive_search": True, "max_date": max_date}


def _valid_date(value: str | None, crawl_date: dt.date | None) -> dt.date | None:
    """An ISO date string as a date, None when unreadable or after the crawl date.

    >>> _valid_date("2023-05-02T10:00:00", dt.date(2023, 5, 3)), _valid_date("2031-01-01", dt.date(2023, 5, 3))
    (datetime.date(2023, 5, 2), None)
    """
    if not value:
        return None
    try:
        d = dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    return d if crawl_date is None or d <= crawl_date else None


def _extract(tree: etree._Element, url: str | None, precision: bool,
             date_params: dict[str, object] | None = None) -> object | None:
    """Trafilatura's main text of the page, and its metadata when ``date_params`` are given."""
    try:
        return trafilatura.bare_extraction(
            tree,  # trafilatura works on a copy: the tree stays usable for a second pass
            url=url,  # (with links left out, the URL changes nothing in the text)
            include_comments=False,
            include_tables=True,  # measured: leaving tables out cost more recall than it gained
            include_images=False,
            include_links=False,
            favor_precision=precision,
            favor_recall=False,
            deduplicate=False,  # its cache spans documents: output would depend on the order of pages
            with_metadata=date_params is not None,
            date_extraction_params=dict(date_params) if date_params is not None else None,
        )
    except Exception:  # noqa: BLE001 - a page trafilatura chokes on still has visible text
        return None


def _metadata(tree: etree._Element, url: str | None, date_params: dict[str, object]) -> object | None:
    """The page metadata alone (``trafilatura.extract_metadata``), for a page whose first extraction failed."""
    try:
        return trafilatura.extract_metadata(tree, url, dict(date_params))
    except Exception:  # noqa: BLE001 - as trafilatura's extraction with metadata would have failed
        return None


def _getter(doc: object | None) -> Callable[[str], Any]:
    if doc is None:
        return lambda k: None
    if isinstance(doc, dict):
        return doc.get
    return lambda k: getattr(doc, k, None)


_TITLE_SEPARATOR = re.compile(r"\s+[-|–—:·»]+\s+")


def printed_title(tree: etree._Element | None, lines: list[str], sitename: str | None) -> str | None:
    """The page's ``<head><title>`` where the page prints it: the whole title (its site suffix dropped),
    else its longest part before a separator (" - Site", " | Section | Site") printed as a line.
    Preferred to trafilatura's title, which can be the site's logo line (wcxb-dev's 647 HTML articles:
    headline_em .910 -> .915).

    >>> tree = parse_html("<html><head><title>Bridge to be rebuilt - Gazette</title></head><body>"
    ...                   "<p>Gazette</p><h1>Bridge to be rebuilt</h1></body></html>")
    >>> printed_title(tree, ["Gazette", "Bridge to be rebuilt"], None)
    'Bridge to be rebuilt'
    """
    if tree is None:
        return None
    title = _WS.sub(" ", (tree.findtext("head/title") if tree.tag == "html" else tree.findtext(".//head/title")) or "")
    title = title.strip()
    if not title:
        return None
    printed = {line.casefold() for line in lines}
    candidates = [strip_site_suffix(title, sitename), title]
    cuts = [m.start() for m in _TITLE_SEPARATOR.finditer(title)]
    candidates += [title[:k].strip() for k in reversed(cuts)]
    return next((c for c in candidates if c and c.casefold() in printed), None)


def html_to_text(html: str, url: str | None = None, crawl_date: dt.date | None = None) -> HtmlText:
    """The page's visible text (``page_text``), trafilatura's main text and the page metadata.

    One trafilatura call (``favor_precision``) gives main text and metadata. When it keeps less than
    ``MIN_EXTRACTED_WORDS`` words (it sometimes keeps only a notice box), a second, text-only call
    without ``favor_precision``; when that finds little too, ``main_content`` is False and ``text`` is
    the whole page rendered.

    Trafilatura's list items ("- item") are written as "• item", the way rendered pages show them.
    """
    tree = parse_html(html)
    params = _date_params(crawl_date)
    # The metadata counts only when an extraction succeeds (the page metadata of a page without
    # any main text is left out): it comes with the first one, or alone if only the second works.
    doc = _extract(tree, url, True, params) if tree is not None else None
    meta = doc
    text = _getter(doc)("text") or ""
    if tree is not None and line_rules.count_words(text) < MIN_EXTRACTED_WORDS:
        second = _extract(tree, url, False)
        text = _getter(second)("text") or ""
        if meta is None and second is not None:
            meta = _metadata(tree, url, params)
    get = _getter(meta)
    text = _LIST_ITEM.sub("• ", text)
    main = line_rules.count_words(text) >= MIN_EXTRACTED_WORDS
    rendered, structure = render_lines(html)
    page_text = "\n".join(rendered)
    if not main:
        text = page_text
    title, sitename = get("title"), get("sitename")
    if title and sitename:
        title = strip_site_suffix(title, sitename)
    if meta is not None:  # trafilatura's title can be the site's logo line
        title = printed_title(tree, rendered, sitename) or title
    return HtmlText(
        text=text,
        title=title or None,
        author=get("author") or None,
        date=_valid_date(get("date"), crawl_date),
        sitename=sitename or None,
        main_content=main,
        url=get("url") or None,
        page_text=page_text,
        structure=structure,
    )


_TOKEN = re.compile(r"\w+")


def main_text_cover(page: list[str], main_text: str) -> np.ndarray:
    """For each line of the rendered page, the share of its word pairs that trafilatura's main text holds
    (a one-word line: 1.0 when the word is there; NaN for a line without words). The HTML line model's
    view of trafilatura: its lines are joined and split differently from the page's, so lines are
    matched by word pairs, not as strings.

    >>> main_text_cover(["Menu", "The mayor said on Monday", "Share", "--"], "The mayor said on Monday that").tolist()
    [0.0, 1.0, 0.0, nan]
    """
    words = _TOKEN.findall(main_text.casefold())
    pairs, single = set(zip(words, words[1:])), set(words)
    out = np.empty(len(page))
    for i, line in enumerate(page):
        w = _TOKEN.findall(line.casefold())
        if len(w) >= 2:
            out[i] = sum(pair in pairs for pair in zip(w, w[1:])) / (len(w) - 1)
        else:
            out[i] = float(w[0] in single) if w else np.nan
    return out


def page_structure(page: list[str], extracted: HtmlText) -> np.ndarray:
    """The :data:`STRUCTURE_COLUMNS` of each line of ``page`` (the rendered text as the pipeline normalized and
    split it): each line takes the row of the next rendered line it matches, as written or normalized
    (``cleaners.text``); NaN where none of the next 20 matches.

    >>> x = HtmlText("", None, None, None, None, page_text="A\\nB  b\\nC", structure=np.eye(3, len(STRUCTURE_COLUMNS)))
    >>> page_structure(["A", "B b", "D"], x)[:, :2].tolist()
    [[1.0, 0.0], [0.0, 1.0], [nan, nan]]
    """
    from cleaners import text as text_rules

    out = np.full((len(page), len(STRUCTURE_COLUMNS)), np.nan)
    if extracted.structure is None:
        return out
    rendered = extracted.page_text.split("\n")
    k = 0
    for j, line in enumerate(page):
        for m in range(k, min(k + 20, len(rendered))):
            if rendered[m] == line or text_rules.split_lines(text_rules.normalize_text(rendered[m])) == [line]:
                out[j] = extracted.structure[m]
                k = m + 1
                break
    return out


# ---------------------------------------------------------------- authors

def authors_from_meta(author: str | None) -> list[str]:
    """Author names from the HTML metadata ("Jane Doe; John Smith"), name-shaped ones only.

    >>> authors_from_meta("Jane Doe; John Smith"), authors_from_meta("Staff Reports"), authors_from_meta(None)
    (['Jane Doe', 'John Smith'], [], [])
    """
    if not author:
        return []
    out: list[str] = []
    for part in author.split(";"):
        for name in byline.parse_authors(part.strip()):
            if name not in out:
                out.append(name)
    return out
