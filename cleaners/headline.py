"""Headline: find the headline line, strip wire markers and site suffixes.

Raw scraped pages put the headline anywhere: after a long menu, inside a breadcrumb, between CSS
blocks. The headline is picked by scoring every headline-shaped line on what surrounds it on the
page: the article body follows it closely, a date or a byline sits next to it, the same text is
printed again elsewhere (breadcrumb, share box). Each signal is a small named function.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from cleaners import byline, dates
from cleaners.lexicon import (
    CAPTION_CREDIT_END,
    CAPTION_WORD,
    CJK_HANGUL,
    CODE_OPENERS,
    CODE_START,
    COMBINING_DIACRITICS,
    COMMENTS_HEADING,
    CREDIT_LINE_START,
    CSS_DECLARATION,
    MARKED_SCRIPTS,
    ui_phrases,
)
from cleaners.memo import new_memo, remembered

# Wire-service update markers that prefix headlines: (LEAD), (2nd LD), (URGENT), (3rd LD), (News Focus)...
_WIRE_MARKER = re.compile(
    r"^\s*\((LEAD|URGENT|UPDATE|UPDATED|\d{1,2}(?:st|nd|rd|th) LD|LD|News Focus|News Analysis|Yonhap Feature|"
    r"Interview|Yonhap Interview|CORRECTED|Correction|BREAKING|FOCUS|ANALYSIS|EXCLUSIVE|WRAPUP(?: \d+)?)"
    r"(?:[ ,][^()\n]{0,40})?\)\s*",
    re.IGNORECASE,
)
# " | Site Name", " - Site Name" at the end of a <title>-like headline (short tail only).
_SITE_SUFFIX = re.compile(r"\s+[|\u2013\u2014-]\s+[^|\u2013\u2014]{2,40}$")
_SITE_TAIL = re.compile(r"(?:\.(?:com|net|org|co\.\w\w|de|at|ch|fr|es|uk|it|nl|info|online)|\bonline|\bnews)$", re.I)

_URLISH = re.compile(r"https?://|www\.\w|\S@\S")


def _urlish(line: str) -> bool:
    return ("://" in line or "www." in line or "@" in line) and _URLISH.search(line) is not None
_TERMINAL = re.compile(r"[.!?…\"”“’»«)।]$")  # (। the danda: the full stop of Hindi, Bengali, ...)
# digits, punctuation, symbols; on a line with combining marks (the slower pattern, only there) not the vowel signs
# of Indic, Thai, Myanmar or Khmer script (no \w, but half the characters of a Hindi or Bengali headline) nor accents
_NON_LETTER = re.compile(r"[\W\d_]")
_NON_LETTER_MARKED = re.compile(rf"[^\w{COMBINING_DIACRITICS}{MARKED_SCRIPTS}]|[\d_]")
_COMBINING = re.compile(f"[{COMBINING_DIACRITICS}{MARKED_SCRIPTS}]")
# Menu words that are printed as a line of their own: never a headline.
_NAV_WORDS = frozenset(
    "home startseite menu menü suche search login anmelden abonnieren navigation impressum datenschutz kontakt "
    "contact about newsletter podcast video videos fotos photos news nachrichten inicio accueil rubriques "
    "kommentare comments teilen share".split()
)


@dataclass(frozen=True)
class Headline:
    index: int | None  # line index in the document, None when not found
    raw: str | None
    clean: str | None
    markers: list[str] = field(default_factory=list)


def strip_wire_markers(title: str) -> tuple[str, list[str]]:
    """Remove leading wire markers, returning the title and the markers in order.

    >>> strip_wire_markers("(2nd LD) N. Korea's Kim heads home")
    ("N. Korea's Kim heads home", ['2nd LD'])
    >>> strip_wire_markers("(LEAD) (URGENT) Fighter jet crashes")
    ('Fighter jet crashes', ['LEAD', 'URGENT'])
    >>> strip_wire_markers("(Not a marker) stays")
    ('(Not a marker) stays', [])
    """
    markers: list[str] = []
    while True:
        m = _WIRE_MARKER.match(title)
        if not m:
            return title.strip(), markers
        markers.append(m.group(0).strip()[1:-1].strip())
        title = title[m.end():]


def strip_site_suffix(title: str, publisher: str | None = None) -> str:
    """Drop a trailing " | Site" / " - Site" when it names the publisher (or looks like a site name).

    >>> strip_site_suffix("Kim to visit Russia | The Straits Times", "The Straits Times")
    'Kim to visit Russia'
    >>> strip_site_suffix("Kim to visit Russia | example.com", None)
    'Kim to visit Russia'
    >>> strip_site_suffix("Kim to visit Russia - report", None)
    'Kim to visit Russia - report'
    """
    m = _SITE_SUFFIX.search(title)
    if not m:
        return title
    tail = m.group(0).strip(" |\u2013\u2014-").strip()
    looks_like_site = bool(publisher) and tail.casefold() == str(publisher).casefold()
    looks_like_site = looks_like_site or bool(_SITE_TAIL.search(tail))
    return title[: m.start()].strip() if looks_like_site else title


def clean_headline(raw: str, publisher: str | None = None) -> tuple[str, list[str]]:
    title, markers = strip_wire_markers(strip_glued_kicker(strip_breadcrumb(raw)))
    return strip_site_suffix(title, publisher), markers


# 'Die Zukunft der Arbeit"Wir dekorieren um"': a kicker glued (no space) before a title that is one quotation
_GLUED_QUOTE_TITLE = re.compile(r"^(?P<kicker>\S.{2,60}?[^\W\d_])(?P<title>[\"“„«»](?=[^\W\d_]).{8,}[\"”“«»])$")


def strip_glued_kicker(title: str) -> str:
    """Drop a kicker glued without a space to a title that is one quotation of three words or more.

    >>> strip_glued_kicker('Die Zukunft der Arbeit"Wir bauen die Städte um"'), strip_glued_kicker('Kim sagt „Wir bleiben hier“')
    ('"Wir bauen die Städte um"', 'Kim sagt „Wir bleiben hier“')
    >>> strip_glued_kicker('Das Buch„Nacht“')
    'Das Buch„Nacht“'
    """
    m = _GLUED_QUOTE_TITLE.match(title) if title[-1:] in "\"”“«»" else None
    return m.group("title") if m and m.group("title").count(" ") >= 2 else title


# "home / Betrieb / IT / Title", "Sie sind hier: Startseite » News » Title": a breadcrumb trail
# that starts at the home page, each step short and followed by a separator
_BREADCRUMB = re.compile(
    r"^(?:(?:du bist hier|du befindest dich hier|sie sind hier|you are here)\s?:\s?)?"
    r"(?:home|startseite|start|inicio|accueil|homepage)\s?[/›»>|]\s?(?:[^/›»>|]{1,40}\s[/›»>|]\s)*",
    re.IGNORECASE,
)


def strip_breadcrumb(line: str) -> str:
    """Drop a breadcrumb trail printed in front of the title.

    >>> strip_breadcrumb("home / Betrieb / IT / Cyber-Angriffe nehmen zu"), strip_breadcrumb("Home » Kim visits Russia")
    ('Cyber-Angriffe nehmen zu', 'Kim visits Russia')
    >>> strip_breadcrumb("Home office / remote work: what changes"), strip_breadcrumb("Startseite")
    ('Home office / remote work: what changes', 'Startseite')
    """
    m = _BREADCRUMB.match(line)
    return line[m.end():] if m and m.end() < len(line) else line


def is_code_line(line: str) -> bool:
    """CSS or script source that leaked into the text.

    >>> is_code_line(".css-1x{display:none;}"), is_code_line("color: #29293a;"), is_code_line("Kim: no deal")
    (True, True, False)
    >>> is_code_line("font-family: -apple-system, roboto"), is_code_line("transition: all .2s ease")
    (True, True)
    >>> is_code_line("Check-in: the new terminal opens"), is_code_line("Position: Kim rejects the offer")
    (False, False)
    """
    if "{" in line or "}" in line:
        return True
    # (cheap tests first: both patterns need a colon, except a script keyword or a selector at the start)
    colon = ":" in line
    if (colon and ";" in line or line.startswith(CODE_OPENERS)) and CODE_START.match(line) is not None:
        return True
    return colon and CSS_DECLARATION.match(line) is not None


_CJK = re.compile(f"[{CJK_HANGUL}]")


def _word_count(line: str) -> int:
    """Words, counting two CJK characters as one word (those scripts write no spaces)."""
    if line.isascii() or not _CJK.search(line):
        return line.count(" ") + 1
    return max(line.count(" ") + 1, len(_CJK.findall(line)) // 2)


def is_prose_line(line: str) -> bool:
    """A sentence of running text: many words, ending like a sentence (or long enough not to care).

    >>> is_prose_line("Kim will visit Russia in the coming days, the Kremlin said on Monday."), is_prose_line("Top Stories")
    (True, False)
    """
    return _prose(line, _word_count(line), is_code_line(line))


def _prose(line: str, words: int, code: bool) -> bool:
    if words >= 30:
        return not code
    return words >= 10 and bool(_TERMINAL.search(line) or line.endswith("。")) and not code


def looks_like_headline(line: str) -> bool:
    """Shaped like a headline: a few words of text, not a sentence, menu item, date, byline or code.

    >>> looks_like_headline("North Korea’s Kim to visit Russia for summit with Putin")
    True
    >>> looks_like_headline("Kim will visit Russia, the Kremlin said in a statement on Monday morning.")
    False
    >>> looks_like_headline("Startseite"), looks_like_headline("Von Anna Schmidt"), looks_like_headline("28.04.2023, 18:16 Uhr")
    (False, False, False)
    """
    if not _headline_form(line, _word_count(line), is_code_line(line)):
        return False
    if byline.looks_like_byline(line):
        return False
    return not dates.looks_like_date_line(line) or dates.is_titled_date_line(line)


def _headline_form(line: str, words: int, code: bool) -> bool:
    """The part of ``looks_like_headline`` that needs no byline or date check (``words``: the
    line's word count, ``code``: whether it is code).

    >>> _headline_form("Kim to visit Russia", 4, False), _headline_form("Home", 1, False)
    (True, False)
    """
    if not 5 <= len(line) <= 250:
        return False
    if not 1 <= words <= 40 or (words == 1 and (len(line) < 5 or line[:1].islower() and len(line) < 8)):
        return False
    if line.endswith((":", ",", ";", "|", "›", ">", "-")) or line.startswith(("©", "(c)", "#", "/", "|", "•")):
        return False
    if line.endswith("»") and "«" not in line:  # a "more »" link, not a «quoted» title
        return False
    if line.endswith((".", "।", "。")) and not line.endswith("...") and words > 6 and not title_cased(line, words):
        return False  # a sentence
    if code or _urlish(line):
        return False
    marked = not line.isascii() and _COMBINING.search(line)
    letters = len(line) - len((_NON_LETTER_MARKED if marked else _NON_LETTER).findall(line))
    if letters < 0.6 * (len(line) - line.count(" ")):
        return False
    return line.casefold() not in _NAV_WORDS

class LineFacts(NamedTuple):
    """What the headline signals need to know of one line: a function of the line's text alone."""

    code: bool  # is_code_line
    words: int  # _word_count
    prose: bool  # is_prose_line
    date: bool  # a date line (never a code line)
    byline_cue: bool  # a byline, a byline label or a dated post header (never a code line)
    shaped: bool  # looks_like_headline, in 30 words at most (a candidate's shape)
    norm: str  # _norm, or "" for a line of more than 400 characters (a repeat of a headline is short)


def _line_facts(line: str) -> LineFacts:
    code = is_code_line(line)
    words = _word_count(line)
    date = not code and dates.looks_like_date_line(line)
    cue = not code and (byline.looks_like_byline(line) or byline.is_label_line(line) or byline.dated_post_header(line))
    # (looks_like_headline, with the date and byline checks above: code is never headline-shaped)
    shaped = not code and words <= 30 and _headline_form(line, words, False) and not cue \
        and (not date or dates.is_titled_date_line(line))
    return LineFacts(code, words, _prose(line, words, code), date, cue, shaped, _norm(line) if len(line) <= 400 else "")


#: line -> _line_facts(line), kept across pages: the pages of a site repeat their menus, footers and
#: widget lines, and the facts depend on the line alone (so a hit gives what a miss computes). Only
#: lines of up to FACTS_MEMO_MAX_LEN characters are kept (the short lines repeat, and the bound caps an
#: entry's size); emptied when it holds FACTS_MEMO_MAX lines (measured on meta-dev: ~250 bytes a line
#: besides the line itself, so ~12 MB near capacity, plus the lines it keeps alive).
_FACTS_MEMO: dict[str, LineFacts] = new_memo()
FACTS_MEMO_MAX = 50_000
FACTS_MEMO_MAX_LEN = 300


def line_facts(line: str) -> LineFacts:
    """The ``LineFacts`` of a line.

    >>> line_facts("Kim to visit Russia")
    LineFacts(code=False, words=4, prose=False, date=False, byline_cue=False, shaped=True, norm='kim to visit russia')
    """
    if len(line) > FACTS_MEMO_MAX_LEN:
        return _line_facts(line)
    return remembered(_FACTS_MEMO, line, FACTS_MEMO_MAX, _line_facts, line)


class PageFeatures:
    """Per-line facts of one page, computed once and shared by every headline candidate's signals
    (the signals look at small windows of non-code lines around each candidate).

    >>> f = PageFeatures(["Kim visits Russia", "body{color:red;}", "Von Anna Schmidt", "28.04.2023"])
    >>> f.after(0, 8), f.before(3, 3), f.is_byline(2), f.is_date(3), f.is_date(2)
    ([2, 3], [2, 0], True, True, False)
    """

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        # pages print the same line many times (menus, share boxes): look each distinct line up once
        facts: dict[str, LineFacts] = {}
        kept = _FACTS_MEMO.get  # (line_facts, with the common case inline: a line kept from an earlier page)
        for x in lines:
            if x not in facts:
                facts[x] = kept(x) or line_facts(x)
        self._facts = facts
        per_line = [facts[x] for x in lines]
        self.code = [t[0] for t in per_line]
        self.words = [t[1] for t in per_line]
        self.prose = [t[2] for t in per_line]
        self.candidate_shape = [t[5] for t in per_line]  # looks like a headline, 30 words at most
        self.normed = [t[6] for t in per_line]
        self.nc = [i for i, c in enumerate(self.code) if not c]  # the non-code lines, in order
        # rank[i]: how many non-code lines come before line i
        self.rank = [0] * (len(lines) + 1)
        k = 0
        for i, c in enumerate(self.code):
            self.rank[i] = k
            k += not c
        self.rank[len(lines)] = k
        # prefix sums over the non-code lines: prose characters, date lines, bylines; the next prose line from each
        n = len(self.nc)
        self.mass = [0] * (n + 1)
        self.dates_upto = [0] * (n + 1)
        self.bylines_upto = [0] * (n + 1)
        mass = dated = signed = 0
        for k, j in enumerate(self.nc, 1):
            t = per_line[j]
            if t[2]:
                mass += len(lines[j])
            dated += t[3]
            signed += t[4]
            self.mass[k], self.dates_upto[k], self.bylines_upto[k] = mass, dated, signed
        self.next_prose = [n] * (n + 1)
        for k in range(n - 1, -1, -1):
            self.next_prose[k] = k if self.prose[self.nc[k]] else self.next_prose[k + 1]
        # the next date line and byline from each non-code line (rank n: none)
        self.next_date = [n] * (n + 1)
        self.next_byline = [n] * (n + 1)
        for k in range(n - 1, -1, -1):
            t = per_line[self.nc[k]]
            self.next_date[k] = k if t[3] else self.next_date[k + 1]
            self.next_byline[k] = k if t[4] else self.next_byline[k + 1]

    def after(self, i: int, n: int) -> list[int]:
        """The next ``n`` non-code lines after line ``i``."""
        k = self.rank[min(i + 1, len(self.lines))]
        return self.nc[k:k + n]

    def before(self, i: int, n: int) -> list[int]:
        """The ``n`` non-code lines before line ``i``, nearest first."""
        k = self.rank[max(0, i)]
        return self.nc[max(0, k - n):k][::-1]

    def is_date(self, i: int) -> bool:
        line = self.lines[i]
        return self._facts[line][3] if not self.code[i] else dates.looks_like_date_line(line)

    def is_byline(self, i: int) -> bool:
        line = self.lines[i]
        return self._facts[line][4] if not self.code[i] else byline.looks_like_byline(line)

    def shaped(self, i: int) -> bool:
        """``looks_like_headline`` of line ``i``, reusing the page's features."""
        line = self.lines[i]
        return _headline_form(line, self.words[i], self.code[i]) and not self.is_byline(i) \
            and (not self.is_date(i) or dates.is_titled_date_line(line))


def body_follows_score(f: PageFeatures, i: int) -> float:
    """How soon and how much running text follows line ``i`` (the article body under its headline):
    the first prose line among the next 12 non-code lines, the prose characters among the next 40.

    >>> f = PageFeatures(["Menu", "Kim visits Russia", "Kim will travel to Russia on Monday, officials in Seoul said today."])
    >>> body_follows_score(f, 1) > body_follows_score(f, 0) > body_follows_score(f, 2)
    True
    """
    k = f.rank[min(i + 1, len(f.lines))]
    n = len(f.nc)
    first = f.next_prose[k]
    score = max(0.5, 3.0 - 0.3 * (first - k)) if first < min(k + 12, n) else 0.0
    mass = f.mass[min(k + 40, n)] - f.mass[k]
    return score + min(2.0, mass / 1500)


#: share of a header cue's credit lost per line between the headline and the cue: the nearest
#: headline-shaped line over a date or byline is the one it belongs to, not a menu item eight lines up
CUE_DECAY = 0.04


def header_cues_score(f: PageFeatures, i: int) -> float:
    """A date or byline printed just after the headline (or, weaker, just before it): 1.5 for each
    right under it, ``CUE_DECAY`` less for each line in between (eight non-code lines at most).

    >>> header_cues_score(PageFeatures(["Kim visits Russia", "Von Anna Schmidt", "28.04.2023, 18:16 Uhr"]), 0)
    2.94
    >>> header_cues_score(PageFeatures(["Kim visits Russia", "More stories", "Sport"]), 0)
    0.0
    """
    k = f.rank[min(i + 1, len(f.lines))]  # the 8 non-code lines after i: nc[k:k + 8]
    hi = min(k + 8, len(f.nc))
    score = 0.0
    for d in (f.next_date[k], f.next_byline[k]):
        if d < hi:
            score += 1.5 * (1 - CUE_DECAY * (d - k))
    if not score:
        k = f.rank[max(0, i)]  # the 3 non-code lines before i: nc[k - 3:k]
        lo = max(0, k - 3)
        score += 0.5 * (f.dates_upto[k] > f.dates_upto[lo]) + 0.5 * (f.bylines_upto[k] > f.bylines_upto[lo])
    return score


def length_prior(line: str, words: int | None = None) -> float:
    """Headlines say something: menu labels and widget texts are two or three words (``words``: the
    line's ``_word_count`` when known).

    >>> length_prior("Link kopiert!") < length_prior("Kim to visit Russia for summit with Putin")
    True
    """
    words = _word_count(line) if words is None else words
    return min(2.0, 0.25 * words) - max(0.0, 0.1 * (words - 16))


_READING_TIME = re.compile(
    r"\b(?:lesezeit|lesedauer|reading time|min read|minutes? read|tempo di lettura|temps de lecture|"
    r"tiempo de lectura|\d+\s?(?:comments?|kommentare?|comentarios?)|comments|kommentare|comentarios)\b",  # not French "comment"
    re.IGNORECASE,
)
# Buttons and account prompts: "Klick, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)"
_UI_TEXT = re.compile(
    r"\b(?:wird in neuem fenster geöffnet|opens? in (?:a )?new (?:window|tab)|klick(?:e|en)?, um|click to|"
    r"abmelden|log out|regístrese|suscríbete|remove ads|opt-out|newsletter abonnieren|search term|suchbegriff|"
    r"to your inbox|anklicken|fehler gefunden|revert to this)\b",
    re.IGNORECASE,
)
_TWO_SENTENCES = re.compile(r"[a-zäöüßéèàóúíñ]{2}[.!?]\s?[A-ZÄÖÜ][a-zäöüß]")


def truncated_teaser(line: str) -> bool:
    """Text cut off with an ellipsis after several words: a teaser of a longer text.

    >>> truncated_teaser("Familien dürfen in diesen Zeiten nicht noch zusätzlich belastet…"), truncated_teaser("Und dann…")
    (True, False)
    """
    return line.endswith(("…", "...")) and line.count(" ") >= 5


def two_sentences(line: str) -> bool:
    """A full sentence, then another: a teaser or a caption. A headline's question or kicker before a
    second part is short ("An oder aus? So heizen Sie richtig").

    >>> two_sentences("Kim will travel to Russia next week. Officials in Seoul confirmed the visit")
    True
    >>> two_sentences("An oder aus? So heizen Sie im Urlaub richtig und sparen dabei viel Geld")
    False
    """
    if line.count(" ") < 9:
        return False
    m = _TWO_SENTENCES.search(line)
    return m is not None and line.count(" ", 0, m.start()) >= 5


# "BERLIN – Die Regierung hat ...": a place or topic in capitals and a dash open a teaser or the body text
_CAPS_OPENER = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ/.-]{2,}(?: [A-ZÄÖÜ][A-ZÄÖÜ/.-]+)* [–—-] (?=\S*[a-zäöüß])")
# a quoted sentence with its full stop inside the quotes (a pull quote or motto), a footnote number after it
_QUOTED_SENTENCE = re.compile(r"[^\W\d_]\.[\"”“»«’']\d{0,2}$")


def reads_like_text(line: str) -> bool:
    """Running text in a headline's shape: opened by a place or topic in capitals and a dash, the way a
    teaser or an article's first sentence starts, or a quoted sentence that ends with a full stop
    inside the quotes (a headline quoting someone leaves the stop out). Twelve words or more after
    capitals (a short line is a kicker and its title: "USA – Zölle auf Stahl steigen"), eight in quotes.

    >>> reads_like_text("MÜNCHEN – Die Stadt will in diesem Jahr drei neue Radwege am Fluss bauen lassen")
    True
    >>> reads_like_text("„Wir bauen drei neue Radwege am Fluss und danach noch viel mehr.“")
    True
    >>> reads_like_text("ÖPNV – Neue Radwege am Fluss"), reads_like_text("RADWEGE – DIE STADT BAUT DREI NEUE AM FLUSS")
    (False, False)
    >>> reads_like_text("USA – Trump kündigt neue Zölle auf Stahl und Aluminium an")
    False
    >>> reads_like_text("„Wir bauen drei neue Radwege am Fluss und danach noch viel mehr“")
    False
    """
    spaces = line.count(" ")
    if spaces >= 11 and _CAPS_OPENER.match(line) is not None:
        return True
    return spaces >= 7 and _QUOTED_SENTENCE.search(line) is not None


_CRUMB = re.compile(r"[|›»>/•·]\s")
# "1/5 Am Freitagabend ...": a photo gallery counter in front of a caption
_GALLERY_COUNTER = re.compile(r"^(\d{1,3})\s?/\s?(\d{1,3})\s+\D")
# "← Previous post title", "Next post title →", "« Older entry": links to the neighbouring posts
_NEIGHBOUR_LINK = re.compile(r"^[←→«‹]\s|\s[→»›]$")
# licence and rights notices
_LICENCE = re.compile(r"\b(?:creative[ -]commons|cc[ -]by(?:-\w\w)*|all rights reserved|alle rechte vorbehalten|"
                      r"tous droits réservés|todos los derechos reservados|lizenz|license|licence)\b", re.IGNORECASE)


# "김혜진 기자", "山田太郎記者": a Korean, Japanese or Chinese byline (name, then the word for reporter)
_CJK_REPORTER = re.compile(r"(?:기자|記者|记者|특파원|特派員|特派员)(?:\s?\S+@\S+)?$")


def cjk_byline(line: str) -> bool:
    """A short line that ends with the word for reporter (CJK bylines put it after the name).

    >>> cjk_byline("김혜진 기자"), cjk_byline("山田太郎記者"), cjk_byline("기자회견 열어 입장 밝혀")
    (True, True, False)
    """
    return len(line) <= 40 and _CJK_REPORTER.search(line) is not None


def gallery_or_link_debris(line: str) -> bool:
    """A gallery counter before a caption, a link to the previous or next post, a licence notice.

    >>> gallery_or_link_debris("1/5 Am Abend fuhr ein Auto in die Leitplanke"), gallery_or_link_debris("← Neue Radwege am Fluss")
    (True, True)
    >>> gallery_or_link_debris("24/7 Service im Rathaus"), gallery_or_link_debris("Text unter CC BY-SA 4.0 Lizenz")
    (False, True)
    >>> gallery_or_link_debris("Neue Radwege am Fluss"), gallery_or_link_debris("«Wir waren fast 40 Tage in Quarantäne»")
    (False, False)
    """
    m = _GALLERY_COUNTER.match(line)
    if m and 1 <= int(m.group(1)) <= int(m.group(2)) and int(m.group(2)) > 1:
        return True
    quoted = line.startswith("«") and line.endswith("»")  # a French « quoted » title, not "« Older entry"
    return bool(_NEIGHBOUR_LINK.search(line) and not quoted or _LICENCE.search(line))


def section_label_pair(line: str) -> bool:
    """Two labels of one or two words around a bar: a section and its subsection, not a title.

    >>> section_label_pair("Volleyball | Stuttgart"), section_label_pair("Sport | Lokalsport Ulm")
    (True, True)
    >>> section_label_pair("Kim visits Russia | Daily Planet"), section_label_pair("Sport | Fußball | Ulm")
    (False, False)
    """
    parts = line.split(" | ")
    return len(parts) == 2 and all(1 <= p.count(" ") + 1 <= 2 and p.strip() == p for p in parts)


def debris_penalty(line: str) -> float:
    """Captions, breadcrumbs and bare author names are shaped like headlines but are not.

    >>> debris_penalty("Foto: Anna Schmidt/dpa"), debris_penalty("Home › Politik › Welt"), debris_penalty("Anna Schmidt")
    (2.0, 1.5, 1.5)
    >>> debris_penalty("Kim to visit Russia for summit with Putin")
    0.0
    >>> debris_penalty("Klick, um auf X zu teilen (Wird in neuem Fenster geöffnet)"), debris_penalty("Crowds in Doha.AFP")
    (2.0, 2.0)
    """
    if CAPTION_WORD.search(line) or _READING_TIME.search(line) or _UI_TEXT.search(line) or CAPTION_CREDIT_END.search(line):
        return 2.0
    if gallery_or_link_debris(line) or cjk_byline(line):
        return 2.0
    if len(_CRUMB.findall(line)) >= 2 or section_label_pair(line):
        return 1.5
    if two_sentences(line) or truncated_teaser(line) or reads_like_text(line):
        return 1.0
    if byline.bare_name_authors(line):
        return 1.5
    return 0.0


def list_item_penalty(f: PageFeatures, i: int, shaped: list[bool]) -> float:
    """Lines in a run of headline-shaped lines with no text between them are link lists (related
    stories, menus); the real headline stands alone.

    >>> page = ["Story one is here", "Story two is here", "Story three is here"]
    >>> list_item_penalty(PageFeatures(page), 1, [True] * 3), list_item_penalty(PageFeatures(page), 1, [True, False, False])
    (1.5, 0.75)
    """
    words = f.words[i]
    run = 0
    for window in (f.after(i, 2), f.before(i, 2)):
        for j in window:
            other = f.words[j]
            if shaped[j] and not f.prose[j] and other >= 3 and words / 2 <= other <= words * 2:
                run += 1
            else:
                break
    return 0.75 * run


_WORD_RUN = re.compile(r"\w+")


# an ASCII byte's _norm: a word character (letter, digit, '_') lower-cased, any other byte a space
_ASCII_NORM = bytes(ord(chr(c).lower()) if chr(c).isalnum() or c == ord("_") else ord(" ") for c in range(256))


def _norm(line: str) -> str:
    """The line's word-character runs, casefolded, joined by one space.

    >>> _norm("Kim: Visit -- Russia?"), _norm("Straße: «Gipfel» 2024_A")
    ('kim visit russia', 'strasse gipfel 2024_a')
    """
    if line.isascii():  # the same words, several times faster (casefold is lower() on ASCII)
        return b" ".join(line.encode("ascii").translate(_ASCII_NORM).split()).decode("ascii")
    return " ".join(_WORD_RUN.findall(line.casefold()))


def repeated_score(i: int, normed: list[str], counts: dict[str, int]) -> float:
    """The headline is often printed twice (breadcrumb, print header, share box).

    >>> normed = ["kim visits russia today", "menu", "kim visits russia today"]
    >>> repeated_score(0, normed, {"kim visits russia today": 2, "menu": 1})
    0.7
    """
    return 0.7 if counts.get(normed[i], 0) >= 2 and normed[i].count(" ") >= 3 else 0.0


def echoed_score(normed_line: str, page_norms: list[str] | str) -> float:
    """The headline printed again at the start or the end of a longer line: the last step of a
    breadcrumb, a "Title | Site" print header, a share text ("Share: Title"). ``normed_line``: the
    line's ``_norm`` (four words or more count); ``page_norms``: the distinct ``_norm`` of the page's
    lines, or all of them joined as ``_joined_norms`` does. An exact repeat is ``repeated_score``'s; a line found in the middle of another (a caption
    quoted in a teaser) is not an echo.

    >>> norms = ["home news kim to visit russia for talks", "kim to visit russia for talks", "sport"]
    >>> echoed_score("kim to visit russia for talks", norms), echoed_score("sport", norms)
    (1.0, 0.0)
    >>> echoed_score("kim to visit russia for talks", ["homeworldkim to visit russia for talks"])
    1.0
    >>> echoed_score("visit russia for talks", ["kim will visit russia for talks next week"])
    0.0
    >>> echoed_score("kim to visit russia", ["kim to visit russians in exile"]), echoed_score("kim to visit russia", ["kim to visit russia2024"])
    (0.0, 1.0)
    """
    if normed_line.count(" ") < 3:
        return 0.0
    # no word boundary needed: scraped breadcrumbs glue their steps ("HomeWorldKim to visit Russia")
    joined = page_norms if isinstance(page_norms, str) else _joined_norms(page_norms)
    at = joined.find(normed_line)
    if at < 0 or joined.find(normed_line, at + 1) < 0 and joined[at - 1] == "\n" == joined[at + len(normed_line)]:
        return 0.0  # printed nowhere, or only as a whole line of its own (usually the line itself): one scan
    for needle, step in (("\n" + normed_line, 1), (normed_line + "\n", -1)):
        at = joined.find(needle)
        while at >= 0:
            # the character after a line start / before a line end: another line's text, not the same line
            other = joined[at + len(needle)] if step == 1 else joined[at - 1]
            # a longer line that starts with it must not go on in the same word ("이재명 후보" + "가 15일 ...":
            # a Korean particle glued on); a glued breadcrumb before it needs no boundary
            if other != "\n" and not (step == -1 and _numbered_entry(joined, at)) and not (step == 1 and other.isalpha()):
                return 1.0
            at = joined.find(needle, at + 1)
    return 0.0


_SECTION_NUMBER = re.compile(r"[\d ]+")


def _numbered_entry(joined: str, at: int) -> bool:
    """The line of ``joined`` that ends at ``at`` starts with only a section number ("2 1 " of "2.1 Title"):
    a table of contents entry, which repeats a subheading of the text, not the headline.

    >>> j = _joined_norms(["home", "2 1 when was it"]); _numbered_entry(j, j.find("when"))
    True
    >>> j = _joined_norms(["home news when was it"]); _numbered_entry(j, j.find("when"))
    False
    """
    start = joined.rfind("\n", 0, at) + 1
    return _SECTION_NUMBER.fullmatch(joined, start, at) is not None


def _joined_norms(page_norms: list[str]) -> str:
    """The distinct normalized lines of a page in one string, each between two newlines."""
    return "\n" + "\n".join(page_norms) + "\n"


def after_prose_penalty(f: PageFeatures, i: int) -> float:
    """A headline-shaped line right after running text is a subheading inside the article.

    >>> page = ["Kim will travel to Russia on Monday, officials in Seoul said today.", "What comes next"]
    >>> after_prose_penalty(PageFeatures(page), 1), after_prose_penalty(PageFeatures(page[::-1]), 1)
    (1.5, 0.0)
    """
    return 1.5 if any(f.prose[j] for j in f.before(i, 2)) else 0.0


#: the body block is the first run with at least this share of the largest run's text: a consent
#: notice, a comment thread or a site footer after the article can hold more text than the article
BLOCK_FIRST_SHARE = 0.35
#: ... or at least this many characters: an article of that length is the body even when a comment thread
#: or a live ticker under it is many times longer
BLOCK_MIN_CHARS = 2500
#: lines of fewer words (share buttons, counters, "Foto") do not count in the distance to the body block
GAP_MIN_WORDS = 3


def main_body_block(lines: list[str], prose: list[bool], max_gap: int = 8) -> tuple[int, int] | None:
    """(first, last) index of the article body: the first run of prose lines that holds at least
    ``BLOCK_FIRST_SHARE`` of the text of the largest run (not the largest run itself, which can be a
    consent notice or the comments after a short article), or ``BLOCK_MIN_CHARS`` characters.

    Prose lines separated by at most ``max_gap`` other lines belong to one run.

    >>> page = ["Menu", "A long enough sentence to count as running text, they said.", "x", "Footer"]
    >>> main_body_block(page, [False, True, False, False])
    (1, 1)
    >>> body, notice = "Kim will visit Russia next week, officials said on Monday.", "We use cookies. " * 20
    >>> main_body_block([body, body] + ["Menu"] * 10 + [notice], [True, True] + [False] * 10 + [True])
    (0, 1)
    >>> main_body_block(["Subscribe to our newsletter today, it is free and fun."] + ["Menu"] * 10 + [body] * 8,
    ...                 [True] + [False] * 10 + [True] * 8)
    (11, 18)
    >>> main_body_block([body * 3] * 15 + ["Comments"] * 10 + [body * 3] * 120, [True] * 15 + [False] * 10 + [True] * 120)
    (0, 14)
    """
    runs: list[tuple[int, int, int]] = []
    start = last = -1
    mass = 0
    for i, p in enumerate(prose):
        if not p:
            continue
        if start < 0 or i - last > max_gap + 1:
            if start >= 0:
                runs.append((mass, start, last))
            start, mass = i, 0
        last = i
        mass += len(lines[i])
    if start >= 0:
        runs.append((mass, start, last))
    if not runs:
        return None
    top = max(m for m, _, _ in runs)
    for m, a, b in runs:
        if m >= min(BLOCK_FIRST_SHARE * top, BLOCK_MIN_CHARS):
            return (a, b)
    return None


_WORD = re.compile(r"[^\W\d_]{4,}")
# scripts whose vowel signs are combining marks (no \w): their words keep them (the slower pattern, only for them)
_MARKED_SCRIPT = re.compile(f"[{MARKED_SCRIPTS}]")
_MARKED_WORD = re.compile(rf"(?:[^\W\d_]|[{MARKED_SCRIPTS}]){{4,}}")
_CJK_RUN = re.compile(f"[{CJK_HANGUL}]+")


def content_words(line: str) -> set[str]:
    """Words of four letters or more (CJK: character pairs), casefolded.

    >>> sorted(content_words("Kim to visit Russia"))
    ['russia', 'visit']
    """
    if line.isascii():  # (the same words: on ASCII, casefold is lower() and keeps the letters in place)
        return set(_WORD.findall(line.lower()))
    if not _CJK.search(line):
        return {w.casefold() for w in (_MARKED_WORD if _MARKED_SCRIPT.search(line) else _WORD).findall(line)}
    words = {w.casefold() for w in _WORD.findall(line) if not _CJK.search(w)}
    for run in _CJK_RUN.findall(line):
        words.update(run[k:k + 2] for k in range(len(run) - 1))
    return words


def body_overlap(line: str, vocabulary: set[str] | dict[str, int], own: bool = False) -> float:
    """Share of the line's content words that the article body uses: a headline is about its body,
    a related-story title or a menu label is not. ``vocabulary``: the body's content words, or how
    many body lines use each; ``own``: the line is itself one of those body lines, so only words
    that another body line uses count (a teaser at the top of the body always overlaps itself).

    >>> body_overlap("Kim to visit Russia for talks", {"russia", "visit", "summit", "talks"})
    0.75
    >>> body_overlap("Weather today", {"russia"})
    0.0
    >>> body_overlap("Kim to visit Russia for talks", {"russia": 2, "visit": 1, "talks": 1}, own=True)
    0.25
    """
    words = content_words(line)
    if not words:
        return 0.0
    if isinstance(vocabulary, dict):
        shared = sum(1 for w in words if vocabulary.get(w, 0) > own)
    else:
        shared = len(words & vocabulary)
    # one shared word says little: "Wirtschaft" over an economy story is a section label
    return shared / len(words) * min(1.0, len(words) / 4)


#: Interface labels printed as a line of their own (normalized: casefolded words joined by one space):
#: section and widget headings, account and share prompts. Data, not rules: extend freely.
UI_PHRASES = ui_phrases()  # cleaners/data/ui_phrases.txt
#: labels that also open a line with more text after them ("Lesen Sie auch: Title", "Skip to main | ...")
UI_PREFIXES = ("skip to ", "lesen sie auch ", "lies auch ", "read more ", "read also ", "lire aussi ", "leggi anche ",
               "última hora ", "breaking news ", "eilmeldung ", "more from ", "mehr zum thema ",
               "veröffentlicht am ", "erstellt am ", "aktualisiert am ", "geschrieben am ", "zuletzt aktualisiert ",
               "published on ", "posted on ", "updated on ", "publié le ", "publicado el ", "pubblicato il ")


def ui_phrase(normed: str) -> float:
    """An interface label (a widget heading, a prompt), from the small multilingual ``UI_PHRASES`` lexicon:
    the whole line, or its start for the labels in ``UI_PREFIXES``. ``normed``: the line's ``_norm``.

    >>> ui_phrase(_norm("Ähnliche Beiträge")), ui_phrase(_norm("Lesen Sie auch: Neue Radwege")), ui_phrase(_norm("Beiträge zur Stadtgeschichte"))
    (1.0, 1.0, 0.0)
    """
    if normed in UI_PHRASES:
        return 1.0
    return 1.0 if normed.startswith(UI_PREFIXES) else 0.0


def block_position_score(i: int, block: tuple[int, int] | None, gap: int, prose_before: int = 0) -> float:
    """Where the line sits relative to the body block: just before it is best; inside it is a
    subheading; after it is a related-stories list. ``gap`` counts the non-code lines of
    ``GAP_MIN_WORDS`` words or more from ``i`` to the block (share buttons do not), ``prose_before`` the characters of running text between the block start and ``i``
    (a cookie notice or teaser can open the block above the headline).

    >>> block_position_score(5, (8, 40), 3), block_position_score(20, (8, 40), 0, 2000)
    (2.0, -1.0)
    >>> block_position_score(50, (8, 40), 0), block_position_score(10, (8, 40), 0, 200), block_position_score(10, (8, 40), 0, 700)
    (-2.0, 1.5, 1.5)
    """
    if block is None:
        return 0.0
    first, last = block
    if i > last:
        return -2.0
    if i > first:
        return 1.5 if prose_before < 800 else -1.0
    return max(0.0, 2.0 - max(0, gap - 12) * 0.07)


def opens_header(f: PageFeatures, i: int, shaped: list[bool]) -> float:
    """A longer subtitle, teaser or the body's first sentence follows the line: it opens the header.

    >>> page = ["Kim to visit Russia", "He will meet Putin in the far east next week", "By Anna Schmidt"]
    >>> f = PageFeatures(page)
    >>> opens_header(f, 0, [True, True, False]), opens_header(f, 1, [True, True, False])
    (1.0, 0.0)
    """
    nxt = f.after(i, 1)
    return 1.0 if nxt and (shaped[nxt[0]] or f.prose[nxt[0]]) and f.words[nxt[0]] > f.words[i] else 0.0


def under_shorter_title(f: PageFeatures, i: int, shaped: list[bool]) -> float:
    """Right under a shorter headline-shaped line of three words or more: a subtitle or teaser.

    >>> page = ["Kim to visit Russia", "He will meet Putin in the far east next week", "Sport"]
    >>> f = PageFeatures(page)
    >>> under_shorter_title(f, 1, [True, True, False]), under_shorter_title(f, 0, [True, True, False])
    (1.0, 0.0)
    """
    prev = f.before(i, 1)
    return 1.0 if prev and shaped[prev[0]] and 3 <= f.words[prev[0]] < f.words[i] else 0.0


def under_kicker(f: PageFeatures, i: int, shaped: list[bool]) -> float:
    """Right under a one- to three-word label (a kicker or section name): kicker, then title.

    >>> page = ["Wahlkampf", "Kim to visit Russia for a summit", "Sport"]
    >>> under_kicker(PageFeatures(page), 1, [True, True, False]), under_kicker(PageFeatures(page), 2, [True, True, False])
    (1.0, 0.0)
    """
    prev = f.before(i, 1)
    return 1.0 if prev and not f.prose[prev[0]] and f.words[prev[0]] <= 3 and f.words[i] > f.words[prev[0]] else 0.0


def credit_next(f: PageFeatures, i: int) -> float:
    """A photo credit ("© Name", "Foto: Name") printed right after the line: it is a caption.

    >>> credit_next(PageFeatures(["Rust on the lake shore.", "© WSNA"]), 0), credit_next(PageFeatures(["Kim", "Sport"]), 0)
    (1.0, 0.0)
    """
    nxt = f.after(i, 1)
    return 1.0 if nxt and CREDIT_LINE_START.match(f.lines[nxt[0]]) is not None else 0.0


def cue_right_after(f: PageFeatures, i: int) -> float:
    """A date or byline within the next three non-code lines: the header of this very article.

    >>> cue_right_after(PageFeatures(["Kim visits Russia", "Teaser", "28.04.2023"]), 0)
    1.0
    >>> cue_right_after(PageFeatures(["Kim visits Russia", "a", "b", "c", "28.04.2023"]), 0)
    0.0
    """
    k = f.rank[min(i + 1, len(f.lines))]
    hi = min(k + 3, len(f.nc))
    return 1.0 if f.dates_upto[hi] > f.dates_upto[k] or f.bylines_upto[hi] > f.bylines_upto[k] else 0.0


_SENTENCE_END = re.compile(r"[^.]\.$")
_HAS_DIGIT = re.compile(r"\d")
_ADDRESSES_READER = re.compile(r"\b(?:Sie|Ihre?|Ihnen|Ihren|you|your|vous|votre|usted|Dein|Deine[mnrs]?|dein|deine[mnrs]?|dich|dir)\b")


def widget_text_score(line: str) -> float:
    """Site messages ("Vielen Dank für Ihre Anmeldung.", "Please enter a search term.") speak to
    the reader or end like a sentence; a headline rarely does either.

    >>> widget_text_score("Vielen Dank für Ihre Anmeldung."), widget_text_score("Kim to visit Russia")
    (2.0, 0.0)
    """
    return float(bool(_SENTENCE_END.search(line))) + float(bool(_ADDRESSES_READER.search(line)))


def title_case_share(line: str) -> float:
    """Share of words that start with a capital letter (English titles capitalize most words).

    >>> title_case_share("Kim To Visit Russia"), title_case_share("kim to visit russia")
    (1.0, 0.0)
    """
    words = [w for w in line.split() if w[:1].isalpha()]
    if not words:
        return 0.0
    return sum(w[:1].isupper() for w in words) / len(words)


def shaped_lines_to_block(i: int, block: tuple[int, int] | None, shaped_before: list[int]) -> float:
    """How many other headline-shaped lines stand between line ``i`` and the body block (capped at
    five, as a share): the headline is usually the last one, right above the text.

    >>> shaped_lines_to_block(2, (10, 20), [0, 1, 1, 2, 3, 3, 3, 4, 5, 6, 7])
    1.0
    >>> shaped_lines_to_block(8, (10, 20), [0, 1, 1, 2, 3, 3, 3, 4, 5, 6, 7])
    0.2
    """
    if block is None or i >= block[0]:
        return 0.0
    return min(5, shaped_before[block[0]] - shaped_before[i + 1]) / 5


#: signals of a headline candidate and their weights; the score is the weighted sum
WEIGHTS: dict[str, float] = {
    "overlap": 3.5, "position": 0.6875, "follows": 0.25, "cues": 0.75, "repeated": 1.2, "length": 0.575,
    "list_item": -0.2, "after_prose": -0.85, "debris": -0.85,
    "opens_header": 0.35, "under_shorter_title": -0.15, "under_kicker": 0.7, "credit_next": 0.0,
    "cue_right_after": 0.5, "widget": -0.4, "title_case": 0.0, "to_block": 0.3, "ui_phrase": -3.0, "echoed": 1.5,
}
FEATURES = tuple(WEIGHTS)


def core_features(f: PageFeatures, i: int, ctx: dict) -> dict[str, float]:
    """The signals that place candidate line ``i`` on the page: computed for every candidate
    (``ctx``: the page-level facts of ``headline_scores``)."""
    return {
        "position": block_position_score(i, ctx["block"], ctx["gap"][i], ctx["prose_mass"][i]),
        "follows": body_follows_score(f, i),
        "cues": header_cues_score(f, i),
        "repeated": repeated_score(i, ctx["normed"], ctx["counts"]),
        "length": length_prior(f.lines[i], f.words[i]),
    }


def _core_scores(f: PageFeatures, ctx: dict, candidates: list[int], w: tuple[float, ...]) -> list[tuple[float, int]]:
    """(score, index) of each candidate: the weighted sum of ``core_features`` (same terms, same order),
    without building the dicts."""
    block, gap, prose_mass, normed, counts = ctx["block"], ctx["gap"], ctx["prose_mass"], ctx["normed"], ctx["counts"]
    lines, words = f.lines, f.words
    w0, w1, w2, w3, w4 = w
    return [(w0 * block_position_score(i, block, gap[i], prose_mass[i]) + w1 * body_follows_score(f, i)
             + w2 * header_cues_score(f, i) + w3 * repeated_score(i, normed, counts) + w4 * length_prior(lines[i], words[i]), i)
            for i in candidates]


#: the value range of each signal outside ``core_features``, to bound what it can add
_RANGES: dict[str, tuple[float, float]] = {
    "list_item": (0.0, 3.0), "after_prose": (0.0, 1.5), "opens_header": (0.0, 1.0), "under_shorter_title": (0.0, 1.0),
    "under_kicker": (0.0, 1.0), "credit_next": (0.0, 1.0), "cue_right_after": (0.0, 1.0), "widget": (0.0, 2.0),
    "title_case": (0.0, 1.0), "to_block": (0.0, 1.0), "overlap": (0.0, 1.0), "debris": (0.0, 2.0),
    "ui_phrase": (0.0, 1.0), "echoed": (0.0, 1.0),
}


def _most_added(names: list[str]) -> float:
    return sum(max(WEIGHTS[k] * lo, WEIGHTS[k] * hi) for k, (lo, hi) in _RANGES.items() if k in names)


def candidate_features(f: PageFeatures, i: int, ctx: dict) -> dict[str, float]:
    """The signals of candidate line ``i`` that look at its neighbours and its wording."""
    line = f.lines[i]
    block = ctx["block"]
    return {
        "list_item": list_item_penalty(f, i, ctx["shaped"]),
        "after_prose": after_prose_penalty(f, i),
        "opens_header": opens_header(f, i, ctx["shaped"]),
        "under_shorter_title": under_shorter_title(f, i, ctx["shaped"]),
        "under_kicker": under_kicker(f, i, ctx["shaped"]),
        "credit_next": credit_next(f, i),
        "cue_right_after": cue_right_after(f, i),
        "widget": widget_text_score(line),
        "title_case": title_case_share(line),
        "to_block": shaped_lines_to_block(i, block, ctx["shaped_before"]),
        "ui_phrase": ui_phrase(ctx["normed"][i]),
    }


def overlap_feature(f: PageFeatures, i: int, ctx: dict) -> dict[str, float]:
    return {"overlap": body_overlap(f.lines[i], ctx["vocabulary"], i in ctx["vocabulary_lines"])}


def echo_feature(f: PageFeatures, i: int, ctx: dict) -> dict[str, float]:
    if f.words[i] < 4:  # (echoed_score needs four words; a short title can still end a breadcrumb)
        return {"echoed": breadcrumb_end_above(f.lines, i)}
    return {"echoed": echoed_score(ctx["normed"][i], ctx["page_norms"])}


_CRUMB_STEP_END = re.compile(r"[»›>|/]\s?$")


def breadcrumb_end_above(lines: list[str], i: int, window: int = 12) -> float:
    """A short title printed again as the last step of a breadcrumb in the ``window`` lines above it
    ("Home » Ratgeber » Kinder und Arbeit" over "Kinder und Arbeit"): the echo of a title too short for
    ``echoed_score``. A trail below the line does not count: a breadcrumb under a menu ends with a section
    label that the menu prints too ("Sport", then "Home » News » Sport").

    >>> breadcrumb_end_above(["Home » Blog » Kinder und Arbeit", "Kinder und Arbeit"], 1)
    1.0
    >>> breadcrumb_end_above(["Kinder und Arbeit", "Home » Blog » Kinder und Arbeit"], 0), breadcrumb_end_above(["Viele Kinder und Arbeit", "Kinder und Arbeit"], 1)
    (0.0, 0.0)
    """
    line = lines[i]
    if len(line) < 4:
        return 0.0
    for other in lines[max(0, i - window):i]:
        if len(line) + 2 < len(other) < 300 and other.endswith(line) and _CRUMB_STEP_END.search(other, 0, len(other) - len(line)):
            return 1.0
    return 0.0


def debris_feature(f: PageFeatures, i: int, ctx: dict) -> dict[str, float]:
    return {"debris": debris_penalty(f.lines[i])}


#: the signals outside ``core_features``, those that can add much at little cost first (the echo is one
#: string search, the overlap one regex; the neighbour signals are ten small functions): a line stops
#: being scored once even the most the later stages could add leaves it too far below the best
_STAGES = (echo_feature, overlap_feature, candidate_features, debris_feature)
_STAGE_KEYS = {candidate_features: ("list_item", "after_prose", "opens_header", "under_shorter_title", "under_kicker",
                                    "credit_next", "cue_right_after", "widget", "title_case", "to_block", "ui_phrase"),
               overlap_feature: ("overlap",), echo_feature: ("echoed",), debris_feature: ("debris",)}
_SUM_ORDER = tuple(k for stage in (candidate_features, overlap_feature, echo_feature, debris_feature)
                   for k in _STAGE_KEYS[stage])
#: Every signal of a scored candidate (:func:`scored_candidates`), in a fixed order.
SIGNALS: tuple[str, ...] = ("position", "follows", "cues", "repeated", "length", *_SUM_ORDER)
_TO_COME = {stage: [k for later in _STAGES[n + 1:] for k in _STAGE_KEYS[later]] for n, stage in enumerate(_STAGES)}


def _page_context(f: PageFeatures) -> dict:
    lines, prose = f.lines, f.prose
    shaped, normed = f.candidate_shape, f.normed
    counts: dict[str, int] = {}
    for x in normed:
        counts[x] = counts.get(x, 0) + 1
    block = main_body_block(lines, prose)
    vocabulary: Counter[str] = Counter()  # content word -> how many of the body's first prose lines use it
    vocabulary_lines: set[int] = set()
    if block is not None:
        for j in range(block[0], min(block[1] + 1, block[0] + 60)):
            if prose[j]:
                vocabulary_lines.add(j)
                vocabulary.update(content_words(lines[j]))
    # non-code lines of GAP_MIN_WORDS words or more between each line and the body block start
    gap_to_block = [0] * len(lines)
    if block is not None:
        run = 0
        for j in range(block[0] - 1, -1, -1):
            run += not f.code[j] and f.words[j] >= GAP_MIN_WORDS
            gap_to_block[j] = run
    prose_mass = [0] * len(lines)  # characters of prose from the block start up to each line
    if block is not None:
        mass = 0
        for j in range(block[0], block[1] + 1):
            prose_mass[j] = mass
            mass += len(lines[j]) if prose[j] else 0
    shaped_before = [0] * (len(lines) + 1)  # shaped lines before each index
    for j, sh in enumerate(shaped):
        shaped_before[j + 1] = shaped_before[j] + sh
    return {"shaped": shaped, "normed": normed, "counts": counts, "page_norms": _joined_norms([x for x in counts if x]), "block": block, "vocabulary": vocabulary,
            "vocabulary_lines": vocabulary_lines,
            "gap": gap_to_block, "prose_mass": prose_mass, "shaped_before": shaped_before}


def _is_candidate(f: PageFeatures, i: int, shaped: list[bool]) -> bool:
    line = f.lines[i]
    return shaped[i] and not (f.prose[i] and _TERMINAL.search(line) and line.endswith(".") and not title_cased(line, f.words[i]))


def title_cased(line: str, words: int) -> bool:
    """An English title in title case that ends with a full stop ("Colder Nights Forecast for Wed. After
    Frost Alert Tues."): up to 16 words, four in five capitalized, no digits; a sentence capitalizes few,
    and a name with its date stamp ("Ana Ruiz Soto 04 de mayo 2022, 12:00 A. M.") is a byline.

    >>> title_cased("Colder Nights Forecast for Wed. After Frost Alert Tues.", 10)
    True
    >>> title_cased("Colder nights are forecast for Wednesday after the frost alert.", 10)
    False
    >>> title_cased("Ana Ruiz Soto 04 De Mayo 2022, 12:00 A. M.", 10)
    False
    """
    if words > 16 or _HAS_DIGIT.search(line):
        return False
    letters = [w for w in line.split() if w[:1].isalpha()]
    return bool(letters) and sum(w[:1].isupper() for w in letters) >= 0.8 * len(letters)


def candidate_table(lines: list[str], limit: int = 5000) -> list[tuple[int, dict[str, float]]]:
    """Every headline candidate with all its signals (for inspection and for fitting ``WEIGHTS``)."""
    f = PageFeatures(lines[:limit])
    ctx = _page_context(f)
    out = []
    for i in range(len(f.lines)):
        if _is_candidate(f, i, ctx["shaped"]):
            feats = core_features(f, i, ctx)
            for stage in _STAGES:
                feats.update(stage(f, i, ctx))
            out.append((i, feats))
    return out


def scored_candidates(lines: list[str], limit: int = 5000,
                      near_best: float | None = 3.0) -> list[tuple[float, int, dict[str, float]]]:
    """(hand-weighted score, index, signals) of the headline candidates scored in full, best first:
    the headline model's candidates and their features (``cleaners.decide``)."""
    return _scored(lines, limit, near_best, keep_signals=True)  # type: ignore[return-value]


def headline_scores(lines: list[str], limit: int = 5000, near_best: float | None = 1.0) -> list[tuple[float, int]]:
    """(score, index) of the headline-shaped lines within the first ``limit`` lines, best first.

    Only lines that can come within ``near_best`` of the best score are scored in full (the others
    cannot win, nor be preferred as the header start); ``near_best=None`` scores every line.

    >>> page = ["Weather in Seoul", "Kim to visit Russia for talks", "Von Anna Schmidt", "Kim will travel to Russia "
    ...         "for talks with Putin next week, officials in Seoul said on Monday."]
    >>> [i for _, i in headline_scores(page, near_best=None)]
    [1, 0]
    """
    return _scored(lines, limit, near_best, keep_signals=False)  # type: ignore[return-value]


def _scored(lines: list[str], limit: int, near_best: float | None, keep_signals: bool) -> list[tuple]:
    f = PageFeatures(lines[:limit])
    ctx = _page_context(f)
    # rank by the core signals; score the rest only while a line can still come near the best
    rest_max = _most_added(list(_RANGES))
    to_come = {stage: _most_added(names) for stage, names in _TO_COME.items()}
    w = tuple(WEIGHTS[k] for k in ("position", "follows", "cues", "repeated", "length"))
    shaped = ctx["shaped"]
    core = _core_scores(f, ctx, [i for i in range(len(f.lines)) if shaped[i] and _is_candidate(f, i, shaped)], w)
    core.sort(key=lambda t: (-t[0], t[1]))
    out: list[tuple[float, int]] = []
    best = float("-inf")
    for partial, i in core:
        if near_best is not None and partial + rest_max < best - near_best:
            break
        feats: dict[str, float] = {}
        for stage in _STAGES:  # each stage only while the signals still to come could lift the line near the best
            feats.update(stage(f, i, ctx))
            if near_best is not None and stage is not _STAGES[-1]:
                bound = partial + sum(WEIGHTS[k] * v for k, v in feats.items()) + to_come[stage]
                if bound < best - near_best - 1e-9:
                    break
        else:
            s = partial + sum(WEIGHTS[k] * feats[k] for k in _SUM_ORDER)  # one order: the same float sum always
            if keep_signals:
                feats.update(core_features(f, i, ctx))
                out.append((s, i, feats))
            else:
                out.append((s, i))
            best = max(best, s)
    out.sort(key=lambda t: (-t[0], t[1]))
    return out


def find_headline(lines: list[str], title_hint: str | None = None, limit: int = 5000,
                  scored: list[tuple[float, int]] | None = None) -> Headline:
    """The headline line: the title hint if it is printed, else the best-scoring headline-shaped line.
    ``scored``: :func:`headline_scores` already computed (any ``near_best``: the best is the same)."""
    if title_hint:
        hint = title_hint.strip().casefold()
        for i, line in enumerate(lines[:limit]):
            if line.casefold() == hint:
                clean, markers = clean_headline(line)
                return Headline(i, line, clean, markers)
    quoted = comments_heading_title(lines[:limit])
    if quoted is not None:
        i = quoted_title_line(lines[:limit], quoted)
        if i is not None:
            clean, markers = clean_headline(lines[i])
            return Headline(i, lines[i], clean, markers)
    if scored is None:
        scored = headline_scores(lines, limit)
    if not scored:
        return Headline(None, None, None)
    i = scored[0][1]  # a teaser under its headline is handled by the opens_header signal
    return headline_at(lines, prefer_unfused(lines, i), limit)


def headline_at(lines: list[str], i: int, limit: int = 5000) -> Headline:
    """The headline printed at line ``i``; a title cut off with an ellipsis takes the text of its whole
    copy (and keeps the place of this one, which the byline and dates are near)."""
    whole = lines[prefer_untruncated(lines, i, limit)]
    clean, markers = clean_headline(whole)
    return Headline(i, whole, clean, markers)


_CLOSING_QUOTES = ("\"", "”", "“", "»", "’", "‘", "'")


def comments_heading_title(lines: list[str]) -> str | None:
    """The post title quoted in the heading of a comment section, the first one on the page.

    >>> comments_heading_title(["Menu", "Neue Radwege am Fluss", "Text.", "3 Gedanken zu „Neue Radwege am Fluss“"])
    'Neue Radwege am Fluss'
    >>> comments_heading_title(["2 thoughts on “Kim visits Russia”"]), comments_heading_title(["Anna zu „Neue Radwege“"])
    ('Kim visits Russia', None)
    """
    for line in lines:
        if line.endswith(_CLOSING_QUOTES) and len(line) <= 300:
            m = COMMENTS_HEADING.match(line)
            if m:
                return m.group("title")
    return None


def quoted_title_line(lines: list[str], title: str) -> int | None:
    """The line that prints ``title`` (the same words): of several, the best-scoring headline candidate
    (a menu can hold the same words), else the first.

    >>> quoted_title_line(["Über uns", "Kontakt", "Wer wir sind", "Über uns", "Wir sind zu zweit und spielen seit zwanzig Jahren Kabarett in Wien und Graz."], "Über uns")
    3
    >>> quoted_title_line(["Menu", "Neue Radwege"], "Alte Radwege") is None
    True
    """
    norm = _norm(title)
    if not norm:
        return None
    found = [i for i, line in enumerate(lines) if len(line) <= 2 * len(title) + 10 and _norm(line) == norm]
    if len(found) > 1:
        ranked = [i for _, i in headline_scores(lines, near_best=None) if i in found]
        return ranked[0] if ranked else found[0]
    return found[0] if found else None


def prefer_untruncated(lines: list[str], i: int, limit: int = 5000) -> int:
    """A headline cut off with an ellipsis ("Kim to visit Russia for…") when the page prints it whole
    elsewhere: the index of the whole line.

    >>> prefer_untruncated(["Kim to visit Russia", "Menu", "Kim to visit…"], 2), prefer_untruncated(["Kim to visit…"], 0)
    (0, 0)
    >>> prefer_untruncated(["Kim to visit Russia and China and more and more and more", "Kim to visit…"], 1)
    1
    """
    line = lines[i]
    stem = line[:-1] if line.endswith("…") else line[:-3] if line.endswith("...") else ""
    stem = stem.rstrip()
    if len(stem) < 8:
        return i
    for j, other in enumerate(lines[:limit]):
        if j != i and other.startswith(stem) and len(stem) < len(other) <= 2 * len(line) and not other.endswith(("…", "...")):
            return j
    return i


def kicker_colon(prefix: str) -> bool:
    """The part before a headline printed again on its own is a kicker joined with a colon
    ("Italien: " + "Reise- und Sicherheitshinweise"): the page's title is the whole line, while a
    breadcrumb ("Home » News » ") or a glued label ("Lokales Lübeck ") is debris.

    >>> kicker_colon("Summit: "), kicker_colon("Home » World » "), kicker_colon("Lokales Lübeck ")
    (True, False, False)
    """
    return prefix.rstrip().endswith(":") and len(prefix) <= 60


def continues_sentence(prefix: str) -> bool:
    """The part before a shorter line ends with a lower-case word: the line is one sentence whose
    end happens to be printed on its own ("... im " + "Landkreis München"), not a label and a title.

    >>> continues_sentence("Die Fleißigsten im "), continues_sentence("Lokales Lübeck "), continues_sentence("HomeWorld")
    (True, False, False)
    """
    words = prefix.split()
    return prefix.endswith(" ") and bool(words) and words[-1].isalpha() and words[-1].islower()


def _split_headline(line: str, other: str) -> bool:
    """``line`` ends with ``other`` after a breadcrumb or a glued label, not after a kicker and a colon
    nor inside one sentence ("Keine Spiel-Talstraße " + "zur Bunten Republik").

    >>> _split_headline("HomeWorldKim to visit Russia", "Kim to visit Russia"), _split_headline("Keine Wege zur Stadt", "zur Stadt")
    (True, False)
    >>> _split_headline("Forum>iPhone>kein Empfang mit iOS 13?", "kein Empfang mit iOS 13?")  # after a crumb separator
    True
    """
    prefix = line[: -len(other)]
    if prefix.rstrip().endswith((">", "›", "»", "/", "|")):  # a breadcrumb step ends right before it
        return True
    return not other[:1].islower() and not kicker_colon(prefix) and not continues_sentence(prefix)


def prefer_unfused(lines: list[str], i: int, window: int = 12) -> int:
    """A headline glued into a breadcrumb ("HomeasiaNorth Korea’s Kim to visit…") is usually printed
    again on its own line nearby: take the clean one.

    >>> prefer_unfused(["HomeWorldKim to visit Russia", "", "Kim to visit Russia"], 0)
    2
    >>> prefer_unfused(["Kim to visit Russia", "Putin says yes"], 0)
    0
    >>> prefer_unfused(["Summit: Kim to visit Russia", "Kim to visit Russia"], 0)  # a kicker, not a breadcrumb
    0
    """
    line = lines[i]
    for j in range(max(0, i - window), min(len(lines), i + window + 1)):
        other = lines[j]
        if j != i and len(other) >= 12 and len(other) < len(line) and line.endswith(other) \
                and _split_headline(line, other):
            return j
    return i
