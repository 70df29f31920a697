"""Line verdicts: every line of a page is kept as article body or dropped by a named rule.

Three passes:

1. *Line rules* look at one line alone (share buttons, CSS, copyright, captions, ...). A match
   marks the line as debris with the rule's name and kind.
2. *Prose scoring* gives every line a value: sentence-like lines (enough words, stop words of the
   page's language, terminal punctuation) are worth their length; short, title-cased, link-like
   lines and debris cost a little. The article body is the contiguous span of lines with the
   largest total value (maximum-sum segment), cut at the first end marker ("(END)", "Related",
   "Share this:", "Leave a Reply", ...) inside it.
3. *Context rules* inside that span: debris lines go, a line printed twice in a row (a photo
   caption) goes, everything else in the span stays (subheadings, short quotes, list items).

Each rule is a small named function so ``newsclean inspect`` can say why each line went. Regexes
are anchored and linear, and rules look at bounded slices of very long lines. Rules run on every
line of every page, so they are cheap first: length limits and plain ``str`` pre-checks (a literal
word the regex cannot match without) come before the regex, and never change its verdict.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import operator
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cleaners.lexicon import (
    CAPTION_AGENCIES,
    CAPTION_CREDIT_TAIL,
    CJK,
    COMMENT_FURNITURE,
    CSS_RULE,
    SCRIPT_START,
    SHARE_BUTTON,
    WEEKDAY_ABBREVIATIONS_EN,
    WEEKDAYS,
    alternation,
    months_by_language,
)
from cleaners.memo import new_memo, remembered


@dataclass(frozen=True)
class Verdict:
    keep: bool
    rule: str  # the rule that decided: "body", "share_button", "outside_body", ..., "line_model"
    kind: str  # "body" when kept, else one of schemas.REMOVED_KINDS
    p: float | None = None  # the line model's probability of body, when the model decided


KEEP = Verdict(True, "body", "body")


@functools.lru_cache(maxsize=256)
def _drop(rule: str, kind: str) -> Verdict:
    """``Verdict(False, rule, kind)``, one shared instance per rule (verdicts are frozen)."""
    return Verdict(False, rule, kind)


# ---------------------------------------------------------------- language: stop words

_STRIP = ".,;:!?\"'()[]{}“”‘’«»„‚–—-…*"
_CJK = re.compile(f"[{CJK}]")
_CJK_RUN = re.compile(f"[{CJK}]+")


def _count_cjk(text: str) -> int:
    """Characters of ``text`` that _CJK matches, found as runs (one string per run, not per character).

    >>> _count_cjk("東京 is 日本の首都"), _count_cjk("Tokyo")
    (7, 0)
    """
    return sum(map(len, _CJK_RUN.findall(text)))


@functools.lru_cache(maxsize=1)
def _stoplists() -> dict[str, frozenset[str]]:
    import justext

    return {lang: frozenset(justext.get_stoplist(lang)) for lang in sorted(justext.get_stoplists())}


@functools.lru_cache(maxsize=1)
def _stop_index() -> dict[str, tuple[str, ...]]:
    """Word -> the languages whose stoplist holds it."""
    index: dict[str, list[str]] = {}
    for lang, words in _stoplists().items():
        for w in words:
            index.setdefault(w, []).append(lang)
    return {w: tuple(langs) for w, langs in index.items()}


@functools.lru_cache(maxsize=1)
def _stop_groups() -> tuple[dict[str, int], list[tuple[str, ...]]]:
    """Word -> the id of its languages (see :func:`_stop_index`), and id -> those languages."""
    ids: dict[tuple[str, ...], int] = {}
    group_of = {w: ids.setdefault(langs, len(ids)) for w, langs in _stop_index().items()}
    return group_of, list(ids)


def _tokens(line: str) -> list[str]:
    """Lowercased words without surrounding punctuation (lowering the line, then splitting, gives the
    same words as lowering each word: no character lowers to or from whitespace)."""
    return list(filter(None, map(str.strip, line.lower().split(), itertools.repeat(_STRIP))))


class TokenMemo(dict[str, list[str]]):
    """``memo[text]`` is ``_tokens(text)``, computed once: the stoplist guess and the line features
    of one page tokenize the same long lines."""

    def __missing__(self, text: str) -> list[str]:
        tokens = self[text] = _tokens(text)
        return tokens


def guess_stoplist(
    lines: Sequence[str], sample_words: int = 3000, tokens: Callable[[str], list[str]] = _tokens
) -> frozenset[str]:
    """The stoplist (jusText's, ~100 languages) that covers most words of the page's longest lines.

    Empty when no stoplist covers at least 8% of the sample (e.g. Japanese, Chinese). ``tokens``
    may be a :class:`TokenMemo`'s ``__getitem__`` shared with :func:`line_features`.

    >>> "the" in guess_stoplist(["The minister said on Monday that the talks would go on."])
    True
    >>> "und" in guess_stoplist(["Der Minister sagte am Montag, dass die Gespräche weitergehen und bald enden."])
    True
    >>> guess_stoplist(["1234 5678"])
    frozenset()
    """
    longest = sorted(lines, key=len, reverse=True)
    joined = " ".join([line[:2000] for line in longest])
    # Most pages have fewer words than the sample takes: then the sample is every line, tokenized in
    # one call (the words of joined lines are the words of each line: whitespace never lowers or strips).
    # A page with as many spaces as the sample has words most likely fills it: its lines are tokenized
    # one by one at once, not the whole page first (either way gives the same sample).
    words = _tokens(joined) if joined.count(" ") < sample_words else None
    if words is None or len(words) >= sample_words:  # a long page: its longest lines, until the sample is full
        words = []
        for line in longest:
            words += tokens(line[:2000])
            if len(words) >= sample_words:
                break
    size = len(words)
    if not size:
        return frozenset()
    group_of, group_langs = _stop_groups()
    # Words are counted by their set of languages (in order of first occurrence): the languages are
    # then hit in the same order as word by word, as ties go to the first.
    hits: Counter[str] = Counter()
    for group, count in Counter(map(group_of.get, words)).items():
        if group is not None:
            for lang in group_langs[group]:
                hits[lang] += count
    stoplists = _stoplists()
    if not hits:
        return frozenset()
    lang, n = max(hits.items(), key=lambda kv: (kv[1], -len(stoplists[kv[0]])))
    return stoplists[lang] if n >= 0.08 * size else frozenset()


def count_words(text: str) -> int:
    """Words of a text: whitespace-separated tokens, with Chinese/Japanese characters (written without
    spaces) counted as half a word each, so a Japanese article is not "too short".

    >>> count_words("The talks went on."), count_words("商標法違反の疑いで男性が逮捕された。")
    (4, 9)
    """
    n = len(text.split())
    if text.isascii():
        return n
    cjk = _count_cjk(text)
    return n + cjk // 2


# ---------------------------------------------------------------- line rules (one line alone)

# Cheap pre-checks: a rule whose regex needs one of a few literal words first looks for them with
# ``in`` on the lowered line, far cheaper than an IGNORECASE search, and runs its regex only on a hit.
# The lowering must find whatever re.IGNORECASE matches: besides A-Z it equates "İ" and "ı" with "i"
# and "ſ" with "s", which str.lower() does not ("İ" lowers to "i" + U+0307).
_IGNORECASE_ODD = ("\u0307", "ı", "ſ")


#: (line, _lower(line)) of the last line lowered: the rules of one line share one lowering. One slot
#: (bounded); read and replaced as a whole tuple, and ``is`` finds only the very same string object.
_last_lowered: tuple[str, str] = ("", "")


def _lower(line: str) -> str:
    """``line.lower()`` with "ı", "ſ" and U+0307 (from "İ") folded like re.IGNORECASE does.

    >>> _lower("COPYRİGHT ıſ")
    'copyright is'
    """
    global _last_lowered
    last = _last_lowered
    if last[0] is line:
        return last[1]
    low = line.lower()
    if not low.isascii() and any(map(low.__contains__, _IGNORECASE_ODD)):
        low = low.replace("\u0307", "").replace("ı", "i").replace("ſ", "s")
    _last_lowered = (line, low)
    return low


class _Needs(tuple[str, ...]):
    """Lowercase literal words, with a regex that finds any of them: on a short line one regex scan
    beats a substring search per word, on a long one the substring searches are faster."""

    search: Callable[[str], re.Match[str] | None]

    def __new__(cls, *words: str) -> _Needs:
        needs = super().__new__(cls, words)
        needs.search = re.compile(_trie_pattern(words)).search
        return needs


def _trie_pattern(words: Sequence[str]) -> str:
    """A regex finding any of ``words``, their common prefixes factored out: re tries the branches of
    an alternation one by one, so 40 words become ~20 first characters to try at each position.

    >>> _trie_pattern(["cookie", "copy", "credit", "c"])
    'c(?:o(?:okie|py)|redit)?'
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        if "" in node:  # a word ends here: what follows is optional
            return "(?:" + "|".join(alts) + ")?"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(trie)


_SHORT_MENTION = 80  # characters: below this a _Needs regex is faster than the substring searches


def _mentions(line: str, words: _Needs) -> bool:
    """Does the lowered line contain one of the (lowercase) ``words``? A pre-check, never a verdict.

    >>> _mentions("Sign Up now", _Needs("sign up", "subscri")), _mentions("Signs", _Needs("sign up"))
    (True, False)
    >>> _mentions("x" * 100 + " Sign Up", _Needs("sign up", "subscri"))
    True
    """
    low = _lower(line)
    if len(low) < _SHORT_MENTION:
        return words.search(low) is not None
    return any(map(low.__contains__, words))


_COPYRIGHT = re.compile(r"^(?:©|\(c\) |copyright\b|all rights reserved|todos los derechos|tous droits)", re.IGNORECASE)
_COPYRIGHT_MARK = re.compile(
    r"(?:©|\(c\)|copyright) ?(?:\d{4}|(?-i:[A-Z]))|\d{4} ?(?:©|\(c\))|rights? reserved|derechos reservados|droits réservés|"
    r"저작권|無断転載|all rights", re.IGNORECASE)
_COPYRIGHT_NEEDS = _Needs("©", "(c)", "right", "derechos reservados", "droits réservés", "저작권", "無断転載")
_AD = re.compile(
    r"^[-–—\s]*(?:advertisements?|advertisment|advertising|anzeige|publicité|publicidad|ad|sponsored|"
    r"story continues below(?: advertisement)?|continue reading (?:below|the main story))[-–—\s]*$",
    re.IGNORECASE,
)
_WIDGET = re.compile(
    r"^(?:(?:• ?)?[-+]?\d{1,3}|settings|font-?size|[^\w\s] ?font-?size|x|close|print|text size|"
    r"go top.*|top|back to top|a ?a ?a|listen|more|menu|search|home|loading\b.*|skip to (?:main )?content|"
    r"scroll to top.*|toggle navigation|open menu|close menu|show more|read more|view comments|sign in|"
    r"log ?in|register|log ?out|next|previous|next post|previous post|prev|zoom|play|pause|watch|watch now|"
    r"live|photo|photos|video|videos|gallery|\d+ photos|view gallery|enlarge|expand|collapse)$",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"^[\W_]{1,5}$")
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}")
_NEWSLETTER = re.compile(
    r"\b(?:newsletters?|subscribe[ds]?|subscriptions?|sign up|unsubscribe|join \S+ telegram|download (?:the|our) app|"
    r"get (?:the|our) app|follow us|like us on|our privacy policy|terms of (?:use|service)|"
    r"stay (?:up to date|updated|informed|in touch|connected|tuned)|(?:to|in) your inbox)\b",
    re.IGNORECASE,
)
# Every _NEWSLETTER branch contains one of these (lowered) words; so for the other *_NEEDS.
_NEWSLETTER_NEEDS = _Needs("newsletter", "subscri", "sign up", "telegram", "the app", "our app", "follow us",
                           "like us on", "privacy policy", "terms of", "stay ", "your inbox")
_COOKIES = re.compile(r"\bcookies?\b", re.IGNORECASE)
_COOKIE_CONTEXT = re.compile(
    r"\b(?:use|uses|using|accept|consent|policy|browsing|website|site|experience|settings)\b", re.IGNORECASE
)
_LEGAL = re.compile(
    r"\b(?:(?:are|is a|are registered|is a registered) trademarks? of|registered trademarks?\b|"
    r"(?:information|content|materials?) (?:provided|contained|published) (?:on|in|by) this (?:web ?)?site|"
    r"(?:use|access) of this (?:web ?)?site|this (?:web ?)?site (?:is|uses|contains|may)|"
    r"(?:have )?not (?:been )?evaluated by the food and drug|not intended to (?:diagnose|be a substitute|replace)|"
    r"for (?:general )?informational purposes only|consult (?:your|a) (?:physician|doctor|health ?care)|"
    r"does not constitute (?:investment |legal |medical )?advice|affiliate (?:commission|links?))\b",
    re.IGNORECASE,
)
_LEGAL_NEEDS = _Needs("trademark", "site", "food and drug", "not intended to", "informational purposes only",
                      "consult ", "does not constitute", "affiliate ")
_NO_PHOTO = re.compile(r"^no (?:photos?|images?) (?:has|have) been attached\.?$", re.IGNORECASE)
_DATE_WORDS = (
    f"(?:{alternation((*months_by_language()['en'], *WEEKDAYS['en'], *WEEKDAY_ABBREVIATIONS_EN))}|"
    r"today|yesterday|updated|published|posted|last updated|"
    r"am|pm|a\.m\.|p\.m\.|[a-z]{2,4}t|utc|gmt|ago|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|"
    r"at|on|by|to|of|the|de|del|le|der|den|am|um|pukul|wib|년|월|일|시|분|입력|수정|기사입력|승인)"
)
_DATE_LINE = re.compile(
    rf"^(?:[\d:/.,|\-–—()]{{1,12}}|\d{{1,3}}(?:[smhdw]|st|nd|rd|th),?|{_DATE_WORDS}[.,:|]?)"
    rf"(?: (?:[\d:/.,|\-–—()]{{1,12}}|\d{{1,3}}(?:[smhdw]|st|nd|rd|th),?|{_DATE_WORDS}[.,:|]?)){{0,9}}$",
    re.IGNORECASE,
)
_TEASER_END = re.compile(r"(?:\[…\]|\[\.\.\.\]|\s…|\s\.\.\.|…|\.\.\.)$")
_TEASER_LAST = ("…", "...", "]", "\n")  # how a _TEASER_END match can end ("$" allows a final "\n")
_INLINE_LINK = re.compile(
    r"^(?:• ?)?(?:related|read more|read also|also read|see also|more|watch|listen|click here|"
    r"recommended|suggested|editor'?s pick|featured|more on this|baca juga|lihat juga|lesen sie auch|"
    r"mehr zum thema|à lire aussi|lire aussi|leia também|lee también|читайте также|관련기사)"
    r" ?(?:[:|>»–—-]|\(\d+\))",
    re.IGNORECASE,
)
# The branches of the lexicon's CAPTION_CREDIT_TAIL without a closing parenthesis need one of these (lowered)
# words or, case-sensitive, a CAPTION_AGENCIES name ("Getty" is among the words). A search for a few literals.
_CREDIT_WORDS = _Needs("©", "/", "photo", "image", "picture", "credit", "courtesy", "source", "foto", "bild",
                       "sumber", "getty", "shutterstock", "istock")
_AGENCY_NAME = re.compile("|".join(CAPTION_AGENCIES))


def is_share_button(line: str) -> bool:
    """A share / follow button label, with or without a bullet.

    >>> is_share_button("• Facebook share button"), is_share_button("Click to share on Twitter (Opens in new window)")
    (True, True)
    >>> is_share_button("Facebook shares fell 3% on Monday.")
    False
    """
    return len(line) <= 80 and bool(SHARE_BUTTON.match(line))


def _css_punct_share(line: str) -> float:
    return sum(line.count(c) for c in "{}:;") / max(1, len(line))


def _has_css_punct(line: str) -> bool:
    """Every CSS_RULE branch needs one of "{", "}", ";", "@media", "/*" or "*/"."""
    return "{" in line or "}" in line or ";" in line or "@" in line or "*" in line


def is_css(line: str) -> bool:
    """Leaked CSS or JavaScript source: one declaration, selector or minified rule per line.

    >>> is_css("p.st_telegram_boilerplate:before {"), is_css("width: 6px;"), is_css("He said: no.")
    (True, True, False)
    >>> is_css(".a{color:red}" * 5000), is_css("var x = document.getElementById('y');")
    (True, True)
    """
    if len(line) > 200:
        # Minified CSS/JS: braces, colons and semicolons everywhere, few spaces.
        return line.count("{") >= 2 and _css_punct_share(line) > 0.03 and line.count(" ") < 0.2 * len(line)
    if _has_css_punct(line) and CSS_RULE.match(line):
        # "Note: this" is a sentence, "color: red;" a declaration: declarations have no sentence end.
        return not (line[-1:] in ".!?" and " " in line.split(":", 1)[-1].strip())
    return (line.endswith((";", "{", "}", ");")) or "=" in line) and bool(SCRIPT_START.match(line))


def is_copyright(line: str) -> bool:
    """A copyright / rights line: starts like one, or carries "© 2019" / "all rights reserved".

    >>> is_copyright("© Copyright IBTimes 2024. All rights reserved."), is_copyright("Site Name © 2019")
    (True, True)
    >>> is_copyright("Copyright law is old and broad, he said."), is_copyright("The © sign is on every can.")
    (False, False)
    """
    if len(line) > 400 or not _mentions(line, _COPYRIGHT_NEEDS):
        return False
    words = len(line.split())
    if words > 40 or not _COPYRIGHT_MARK.search(line):
        return False
    return bool(_COPYRIGHT.match(line)) or words <= 25


def is_ad_marker(line: str) -> bool:
    """An advertisement marker.

    >>> is_ad_marker("- Advertisment -"), is_ad_marker("Advertising revenue rose.")
    (True, False)
    """
    return len(line) <= 80 and bool(_AD.match(line))


def is_widget(line: str) -> bool:
    """A page widget label: font size, close, top, menu, search, login, play ...

    >>> is_widget("• -2"), is_widget("CLOSE"), is_widget("go top LETTER"), is_widget("Close to home, he said.")
    (True, True, True, False)
    """
    return len(line) <= 40 and bool(_WIDGET.match(line))


def is_separator(line: str) -> bool:
    """Only punctuation.

    >>> is_separator("-"), is_separator("-3%")
    (True, False)
    """
    return len(line) <= 6 and bool(_SEPARATOR.match(line))  # 5 characters, and "$" allows a final "\n"


REPETITIVE_MIN_WORDS = 30
REPETITIVE_MAX_DISTINCT = 0.1  # prose paragraphs of the dev sets' gold bodies: never below 0.2


def is_repetitive(line: str) -> bool:
    """A long line that repeats a few words over and over (generated filler, keyword stuffing).

    >>> is_repetitive("January February Monday " * 20), is_repetitive("The minister said the plan would cut costs. " * 4)
    (True, False)
    """
    if line.count(" ") < REPETITIVE_MIN_WORDS - 1:
        return False
    words = line.split()
    return len(words) >= REPETITIVE_MIN_WORDS and len(set(words)) < REPETITIVE_MAX_DISTINCT * len(words)


def is_contact_line(line: str) -> bool:
    """A short line carrying an e-mail address (author sign-off, contact box).

    >>> is_contact_line("Kim Yoo-chul yckim@koreatimes.co.kr")
    True
    >>> is_contact_line("He wrote to the ministry at info@gov.kr asking for a long list of documents about the deal.")
    False
    """
    return len(line) <= 200 and "@" in line and len(line.split()) <= 10 and bool(_EMAIL.search(line))


def is_newsletter(line: str) -> bool:
    """A newsletter / subscription / app / terms prompt.

    >>> is_newsletter("Join ST's Telegram channel and get the latest breaking news delivered to you.")
    True
    >>> is_newsletter("Lawmakers voted on Tuesday to approve the budget for the next two years.")
    False
    """
    return (len(line) <= 300 and _mentions(line, _NEWSLETTER_NEEDS) and len(line.split()) <= 30
            and bool(_NEWSLETTER.search(line)))


def is_cookie_notice(line: str) -> bool:
    """A cookie-consent banner.

    >>> is_cookie_notice("This website uses cookies to improve your experience. Accept")
    True
    >>> is_cookie_notice("She baked cookies for the whole street.")
    False
    """
    return (len(line) <= 600 and "cookie" in _lower(line) and bool(_COOKIES.search(line))
            and bool(_COOKIE_CONTEXT.search(line)))


def is_legal_notice(line: str) -> bool:
    """A site disclaimer: trademarks, "information on this website", medical / investment advice, affiliate links.

    >>> is_legal_notice("Example and the Example logo are registered trademarks of Example Inc.")
    True
    >>> is_legal_notice("The firm registered a new logo with the patent office last year.")
    False
    """
    return len(line) <= 1500 and _mentions(line, _LEGAL_NEEDS) and bool(_LEGAL.search(line))


def is_no_photo_notice(line: str) -> bool:
    """The "no photos attached" placeholder.

    >>> is_no_photo_notice("No photos has been attached."), is_no_photo_notice("No photos were allowed inside.")
    (True, False)
    """
    return len(line) <= 60 and bool(_NO_PHOTO.match(line))


_ASCII_DIGIT = re.compile("[0-9]")


def _has_digit(line: str) -> bool:
    """Any character with ``str.isdigit()`` (in ASCII text: 0-9, found by one regex scan).

    >>> _has_digit("Nov. 19"), _has_digit("Jahr ²"), _has_digit("Today")
    (True, True, False)
    """
    if line.isascii():
        return _ASCII_DIGIT.search(line) is not None
    return any(map(str.isdigit, line))


def is_date_line(line: str) -> bool:
    """A line that is only a date / time / "updated" stamp (page header, article meta).

    >>> is_date_line("November 19, 2019"), is_date_line("Updated: Nov. 19, 2019 at 6:21 AM EST"), is_date_line("3 hours ago")
    (True, True, True)
    >>> is_date_line("On Monday, the court ruled.")
    False
    """
    return len(line) <= 90 and _has_digit(line) and bool(_DATE_LINE.match(line))


def is_comment_header(line: str) -> bool:
    """Comment-section furniture: "jane says:", "34 Comments", "Leave a Reply", login prompts.

    >>> is_comment_header("• thelastfan says:"), is_comment_header("34 responses to “Big win”")
    (True, True)
    >>> is_comment_header("The mayor says: we will rebuild the bridge by spring.")
    False
    """
    return len(line) <= 200 and bool(COMMENT_FURNITURE.match(line))


def is_teaser(line: str) -> bool:
    """A truncated teaser of another page, ending in "[…]" or a bare ellipsis after a word.

    >>> is_teaser("Sometimes people ask me why this or that location became […]")
    True
    >>> is_teaser("He paused. “Well…” he said, “we will see.”")
    False
    """
    return len(line) <= 400 and line.endswith(_TEASER_LAST) and bool(_TEASER_END.search(line[-8:])) and (
        line.endswith(("[…]", "[...]")) or line[-2:-1].isspace() or line.startswith("•"))


def is_inline_link(line: str) -> bool:
    """A "Related: ..." / "Read more: ..." link inside the body.

    >>> is_inline_link("Related: Possible water plumes on a moon, in images"), is_inline_link("READ MORE | Other story")
    (True, True)
    >>> is_inline_link("Related groups said the talks failed.")
    False
    """
    return len(line) <= 300 and bool(_INLINE_LINK.match(line))


def is_caption_credit(line: str) -> bool:
    """A photo caption or credit: ends in an agency or "Photo: Name" credit.

    >>> is_caption_credit("Leaders shake hands in Hanoi on Feb. 27. (Yonhap)"), is_caption_credit("(Image: © NASA/ESA)")
    (True, True)
    >>> is_caption_credit("The minister spoke to Yonhap on Monday about the photo.")
    False
    """
    return _caption_credit(line, True)


def _caption_credit(line: str, may_mention: bool) -> bool:
    """:func:`is_caption_credit`; ``may_mention=False`` when the line holds none of _CREDIT_WORDS."""
    if len(line) > 500 or line.endswith((".", "!", "?")):
        return False  # every CAPTION_CREDIT_TAIL branch ends in ")", a name or [^.!?]: a sentence end is no credit
    tail = line[-120:]
    if (not tail.endswith((")", "\n")) and not (may_mention and _mentions(tail, _CREDIT_WORDS))
            and not _AGENCY_NAME.search(tail)):
        return False
    return bool(CAPTION_CREDIT_TAIL.search(tail))


def _caption_credit_unworded(line: str) -> bool:
    return _caption_credit(line, False)


LineRule = tuple[str, str, Callable[[str], bool]]

#: (rule name, removed kind, predicate), tried in order; the first match decides.
LINE_RULES: list[LineRule] = [
    ("separator", "nav", is_separator),
    ("share_button", "share", is_share_button),
    ("css", "css", is_css),
    ("copyright", "copyright", is_copyright),
    ("ad_marker", "ad", is_ad_marker),
    ("widget", "widget", is_widget),
    ("date_line", "widget", is_date_line),
    ("contact_line", "newsletter", is_contact_line),
    ("newsletter", "newsletter", is_newsletter),
    ("cookie_notice", "boilerplate", is_cookie_notice),
    ("no_photo_notice", "caption", is_no_photo_notice),
    ("legal_notice", "copyright", is_legal_notice),
    ("comment_header", "boilerplate", is_comment_header),
    ("inline_link", "related", is_inline_link),
    ("teaser", "related", is_teaser),
    ("caption_credit", "caption", is_caption_credit),
    ("repetitive", "boilerplate", is_repetitive),
]




# ---------------------------------------------------------------- repeated lines (corpus level)

_NON_WORD = re.compile(r"[\W_]+")


def line_key(line: str) -> str:
    """Normalized-line hash used by the corpus-level repeated-line set (case, digits, punctuation ignored).

    >>> line_key("Share this: 12 Comments") == line_key("share THIS - 7 comments")
    True
    """
    norm = _NON_WORD.sub(" ", line.casefold())
    norm = " ".join("0" if w.isdigit() else w for w in norm.split())
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------- prose score

_TERMINAL = re.compile(r"(?:[.!?…。！？][\"”’»」』)]?|[\"”’»」』])$")


@dataclass(frozen=True)
class LineFeatures:
    words: float  # whitespace words, CJK characters counted as half a word each
    stop: float | None  # share of stop words; None when the page has no stoplist
    terminal: bool  # ends like a sentence
    title_case: float  # share of capitalized words among cased words
    bullet: bool


_first_char = operator.itemgetter(0)


@functools.lru_cache(maxsize=1)
def _cased_letters() -> tuple[frozenset[str], frozenset[str]]:
    """Every letter with a case (``c.isalpha() and c.lower() != c.upper()``), and the upper-case ones
    among them: a fixed table (~2,800 characters, built once in ~50 ms), looked up without a Python loop."""
    cased = frozenset(c for c in map(chr, range(0x110000)) if c.isalpha() and c.lower() != c.upper())
    return cased, frozenset(filter(str.isupper, cased))


_ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))
_ASCII_LETTERS = _ASCII_UPPER + _ASCII_UPPER.lower()


def title_case_share(words: Sequence[str]) -> float:
    """Share of capitalized words among the words that start with a cased letter (0 below 3 such words).

    >>> title_case_share("Council Approves New bridge".split()), title_case_share("Über 3 Brücken".split())
    (0.75, 0.0)
    """
    initials = "".join(map(_first_char, words))  # split() words are never empty
    if initials.isascii():  # an ASCII letter is always cased, and no other ASCII character is upper
        raw = initials.encode("ascii")  # counted as what deleting the letters (capitals) takes away
        cased = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
        upper = len(raw) - len(raw.translate(None, _ASCII_UPPER))
    else:
        cased_letters, upper_letters = _cased_letters()
        cased = sum(map(cased_letters.__contains__, initials))
        upper = sum(map(upper_letters.__contains__, initials))
    return upper / cased if cased >= 3 else 0.0


def line_features(line: str, stoplist: frozenset[str], tokens: Callable[[str], list[str]] = _tokens) -> LineFeatures:
    """Features of one line. ``tokens`` may be a :class:`TokenMemo`'s ``__getitem__``.

    >>> f = line_features("The talks went on for a long time, officials said.", frozenset({"the", "on", "for", "a"}))
    >>> f.words, round(f.stop, 2), f.terminal, f.bullet
    (10, 0.4, True, False)
    """
    if tokens is not _tokens:  # another tokenizer (a TokenMemo gives _tokens' words: the fast path)
        return LineFeatures(*_features(line, stoplist, tokens))
    return LineFeatures(*_features(line, stoplist))


def _features(
    line: str, stoplist: frozenset[str], tokens: Callable[[str], list[str]] | None = None,
    words: list[str] | None = None,
) -> tuple[float, float | None, bool, float, bool]:
    """The fields of :func:`line_features`, as a tuple (span_values skips building the dataclass).
    ``words``, when given, is ``line[:3000].split()``.

    >>> _features("• Über 3 Brücken", frozenset({"3"}))
    (4, 0.25, False, 0.0, True)
    """
    head = line[:3000]
    if words is None:
        words = head.split()
    n = len(words)
    cjk = _count_cjk(head) if not head.isascii() else 0
    size = n + cjk / 2 if cjk else n
    stop = None
    if stoplist and n and cjk < n:
        if tokens is not None:
            low = tokens(head)
            stop = sum(map(stoplist.__contains__, low)) / max(1, len(low))
        else:  # the words of _tokens(head), without building that list: empty ones are left out
            stripped = list(map(str.strip, head.lower().split(), itertools.repeat(_STRIP)))
            empty = stripped.count("")
            hits = sum(map(stoplist.__contains__, stripped))
            if empty and "" in stoplist:
                hits -= empty
            stop = hits / max(1, len(stripped) - empty)
    return size, stop, bool(_TERMINAL.search(line[-2:])), title_case_share(words), line.startswith("•")


def prose_value(f: LineFeatures) -> float:
    """How much a (non-debris) line adds to a body span: positive for prose, negative for link-like lines.

    >>> prose_value(LineFeatures(20, 0.4, True, 0.1, False)) > 0 > prose_value(LineFeatures(6, 0.0, False, 1.0, True))
    True
    """
    return _prose_value(f.words, f.stop, f.terminal, f.title_case, f.bullet)


def _line_value(line: str, stoplist: frozenset[str]) -> float:
    """``prose_value(line_features(line, stoplist))``; a line of under 4 words is -1 whatever its other features.

    >>> _line_value("• Home", frozenset({"the"})), _line_value("The talks went on for a long time.", frozenset({"the"}))
    (-1.0, 3.2)
    """
    words = line[:3000].split()
    if len(words) < 4 and (not words or line.isascii()):  # CJK characters count as half words on top
        return -1.0
    return _prose_value(*_features(line, stoplist, words=words))


def _prose_value(n: float, stop: float | None, terminal: bool, title_case: float, bullet: bool) -> float:
    """:func:`prose_value` of the fields of a :class:`LineFeatures`."""
    low_stop = stop is not None and stop < 0.12
    if n < 4:
        return -1.0
    size = n if n >= 20 else n * n / 20  # one short sentence alone is weak evidence
    if terminal and not low_stop and title_case < 0.7:
        return size
    if n >= 25 and not low_stop and title_case < 0.6 and not bullet:
        return 0.8 * n
    if terminal and not bullet:
        return 0.2 * size
    if bullet and n >= 5 and title_case < 0.5 and not low_stop:
        return 0.0  # a list item written as a phrase: body lists and related headlines look alike
    if bullet or title_case >= 0.6 or low_stop:
        return -2.0
    return -0.5


DEBRIS_VALUE = -3.0


def max_sum_span(values: Sequence[float]) -> tuple[int, int]:
    """[start, end) of the contiguous run with the largest sum (Kadane); (0, 0) when all are negative.

    >>> max_sum_span([-1, 5, -2, 4, -9, 3])
    (1, 4)
    """
    best, best_span = 0.0, (0, 0)
    run, start = 0.0, 0
    for i, v in enumerate(values):
        if run <= 0:
            run, start = 0.0, i
        run += v
        if run > best:
            best, best_span = run, (start, i + 1)
    return best_span


WALL = -30.0  # a run of non-prose lines costing this much is never inside an article
#: The first block after the headline is the article when it holds this share of the page's
#: largest block. Measured on meta-dev (no body gold; 8 pages change, read one by one): 0.5 moves
#: the body from a cookie/consent notice, a shipping notice, script or reader comments to the
#: article on 6 of them; articles-dev is unchanged from 1.0 down to 0.35.
HEADLINE_BLOCK_SHARE = 0.5


def best_segment(values: Sequence[float], wall: float = WALL, after: int | None = None,
                 share: float = HEADLINE_BLOCK_SHARE) -> tuple[int, int]:
    """The max-sum span (see :func:`max_sum_span`) among the pieces left after cutting the page at walls:
    runs of non-positive lines whose total is below ``wall`` (a navigation block, a staff list).

    >>> best_segment([9, -20, -20, 4, 4])
    (0, 1)
    >>> best_segment([9, -2, 5])
    (0, 3)

    With ``after`` (the headline's index), the first block after it wins when it holds ``share``
    of the largest block's total; a much larger block elsewhere (a consent notice, a comment
    thread) no longer takes the article's place:

    >>> best_segment([-1, 12, 12, -40, 30, 10], after=0), best_segment([-1, 12, 12, -40, 30, 10])
    ((1, 3), (4, 6))
    >>> best_segment([-1, 6, -40, 30, 10], after=0)
    (3, 5)
    """
    spans = []
    for a, b in _pieces(values, wall):
        s, e = max_sum_span(values[a:b])
        if e > s:
            spans.append((sum(values[a + s:a + e]), a + s, a + e))
    if not spans:
        return (0, 0)
    best = max(t for t, _, _ in spans)
    best_span = next((s, e) for t, s, e in spans if t == best)
    if after is not None:
        # The article follows its headline: the first block after it that is a fair share of the
        # page's largest (a consent notice or comment thread further down can be larger).
        for t, s, e in spans:
            if s > after and t >= share * best:
                return (s, e)
    return best_span


def _pieces(values: Sequence[float], wall: float) -> list[tuple[int, int]]:
    """(start, end) of the page's pieces between walls (runs of non-positive lines totalling < ``wall``)."""
    pieces: list[tuple[int, int]] = []
    piece_start, run_start, run_sum = 0, 0, 0.0
    for i, v in enumerate(values):
        if v > 0:
            if run_sum < wall:
                pieces.append((piece_start, run_start))
                piece_start = i
            run_sum, run_start = 0.0, i + 1
        else:
            run_sum += v
    pieces.append((piece_start, len(values)))
    return pieces


def first_block(values: Sequence[float], after: int, wall: float = WALL) -> tuple[int, int]:
    """The block that opens at the first positive line after ``after`` (the headline): from there, the
    longest-paying run within its piece; (0, 0) when no line after it pays.

    >>> first_block([-1, 5, -3, -3, 1, 2, 3], after=0), first_block([-1, -2], after=0)
    ((1, 2), (0, 0))
    """
    start = next((i for i in range(after + 1, len(values)) if values[i] > 0), None)
    if start is None:
        return (0, 0)
    stop = next(b for a, b in _pieces(values, wall) if a <= start < b)
    total, best, end = 0.0, 0.0, start
    for i in range(start, stop):
        total += values[i]
        if total > best:
            best, end = total, i + 1
    return (start, end)


#: Fewer words than this is no article (``cleaners.pipeline`` rejects it as ``no_article``).
SHORT_BODY_WORDS = 20


def _has_words(lines: list[str], start: int, end: int, need: int = SHORT_BODY_WORDS) -> bool:
    """``count_words(" ".join(lines[start:end])) >= need``, reading only the lines it takes: the
    whitespace words of the lines add up to those of the joined text, and count_words counts at
    least those (Chinese/Japanese characters add to them).

    >>> _has_words(["The talks went on.", "Kim met Putin."], 0, 2, need=7), _has_words(["The talks."], 0, 1, need=3)
    (True, False)
    >>> _has_words(["商標法違反の疑いで男性が逮捕された。"], 0, 1, need=9)
    True
    """
    words = 0
    for line in lines[start:end]:
        words += len(line.split())
        if words >= need:
            return True
    return count_words(" ".join(lines[start:end])) >= need


EXTEND_MIN_VALUE = -0.5


def extend_span(
    values: Sequence[float], debris: Sequence[tuple[str, str] | None], start: int, end: int, limit: int
) -> tuple[int, int]:
    """Grow the span's end over the neutral lines that follow it (list items, a closing remark), up to
    the first debris or link-like line. (Growing the start too picked up standfirsts and bylines.)

    >>> extend_span([-3, 0, 9, 9, -0.5, -2, 5], [("x", "nav"), None, None, None, None, None, None], 2, 4, 7)
    (2, 5)
    """
    while end < limit and debris[end] is None and values[end] >= EXTEND_MIN_VALUE:
        end += 1
    return start, end


MIN_CLOSING_LIST = 10  # lines: a box after the body (share buttons, related teasers, an address) is shorter
LIST_WORD_LINES = 3  # a word on this many lines of a list is part of its items' pattern ("Group A", "Buy now")
_CONTENT_WORD = re.compile(r"[^\W\d_]{3,}")


def _content_words(line: str, stoplist: frozenset[str]) -> set[str]:
    """Lowered words of 3+ letters that are no stop words.

    >>> sorted(_content_words("Eat 1 cup of the Asparagus", frozenset({"the", "of"})))
    ['asparagus', 'cup', 'eat']
    """
    return {w.lower() for w in _CONTENT_WORD.findall(line[:3000])} - stoplist


def extend_over_closing_list(
    lines: Sequence[str], debris: Sequence[tuple[str, str] | None], start: int, end: int, limit: int,
    stoplist: frozenset[str],
) -> int:
    """The end of the body grown over a long list that closes the article (a schedule, a meal plan,
    product details, a results table): short lines that look link-like one by one, but read as
    records when each carries a figure (a date, a price, a quantity) or a word of the list's pattern
    (one on LIST_WORD_LINES or more of its lines: "Group A", "Buy now").

    The list is its title line and the lines after it, up to the first debris line or the first line
    that is neither (a bullet point may be a detail of an item: it is passed over, and kept when the
    list goes on), and counts from MIN_CLOSING_LIST lines on. A related-links box fails it: its title is
    debris (a related marker), its headlines share no pattern and seldom a figure, and the share
    buttons or an address box after a body are shorter. ``start`` is unused (the span's start).

    >>> body = ["The band announced its tour on Monday, and tickets go on sale on Friday morning."] * 2
    >>> dates = [f"June {d} - Arena {d}, Springfield" for d in range(1, 11)]
    >>> page = body + ["Tour dates"] + dates + ["Sign up for our newsletter"]
    >>> extend_over_closing_list(page, [None] * 13 + [("newsletter", "newsletter")], 0, 2, 14, frozenset())
    13
    >>> teasers = ["Mayor quits after vote", "Storm hits the coast", "Bridge closes early", "Zoo opens",
    ...            "Rain ahead", "Team wins cup", "Prices climb", "School reopens", "Fire downtown", "Ferry late"]
    >>> extend_over_closing_list(body + ["More news"] + teasers, [None] * 13, 0, 2, 13, frozenset({"the"}))
    2
    """
    run_end = end
    while run_end < limit and debris[run_end] is None:
        run_end += 1
    if run_end - end < MIN_CLOSING_LIST:
        return end
    words = [_content_words(lines[i], stoplist) for i in range(end, run_end)]
    seen = Counter(w for line_words in words for w in line_words)
    grown = end
    for i, line_words in zip(range(end, run_end), words):
        if i == end:
            pass  # the list's title or introduction ("Tour dates", "Our picks:")
        elif not (_has_digit(lines[i]) or any(seen[w] >= LIST_WORD_LINES for w in line_words)):
            if lines[i].startswith("•"):
                continue  # a bullet point may hold details of its own: the list counts it if it goes on
            break
        grown = i + 1
    return grown if grown - end >= MIN_CLOSING_LIST else end


# ---------------------------------------------------------------- end markers

# Hard end markers: after one of these (and some body) nothing more belongs to the article.
_HARD_END = re.compile(
    r"^(?:\(end\)|\(end\) ?\(c\).{0,80}|- ?end ?-|\(?끝\)?|\(끝\)|"
    r"leave a (?:reply|comment).{0,40}|[\[(]? ?\d+ (?:comments?|responses?|replies|thoughts)(?: (?:to|on) .{0,150})? ?[\])]?|"
    r"(?:(?:top|top rated|most popular|popular|recent|latest|newest|oldest|reader|readers'?) )?comments?(?: \(\d+\))?|"
    r"(?:show|view|load|read|see) (?:all )?(?:\d+ )?comments|comments are closed\.?|"
    r"join the (?:conversation|discussion)|discussion(?: \(\d+\))?|share your (?:thoughts|comments?|views)\b.{0,40}|"
    r"have your say\b.{0,40}|what do you think\?.{0,40}|no comments yet\b.{0,40}|be the first to comment\b.{0,40}|"
    r"댓글.{0,20}|コメント.{0,20}|komentar.{0,20}|kommentare?.{0,20}|комментари.{0,20})$",
    re.IGNORECASE,
)
# Soft end markers: a related-links box. It ends the article unless more body follows it.
_SOFT_END = re.compile(
    r"^(?:most (?:popular|read|viewed|shared|commented)\b.{0,30}|more on this topic|"
    r"related(?: (?:articles?|stories|news|posts?|content|coverage|links|topics|videos?|reading))?:?|"
    r"read more:?|recommended(?: for you| stories| articles| reading)?:?|top \d+ stories|"
    r"you (?:may|might) also (?:like|enjoy|be interested in):?|trending(?: now| stories| news)?|latest(?: news| stories)?|"
    r"more (?:stories|news|articles)(?: from .{1,40})?|more from .{1,40}|tags?(?: ?:.{0,300})?|topics?(?: ?:.{0,300})?|"
    r"share this(?: article| story| post)?:?|share:|filed under:?.{0,200}|categories:?.{0,200}|about the author|"
    r"baca juga:?|lihat juga:?|artikel terkait|berita terkait|weitere artikel|ähnliche artikel|mehr zum thema|"
    r"articles? (?:liés|similaires)|à lire aussi|artículos relacionados|notícias relacionadas|похожие статьи|"
    r"читайте также:?|관련기사|관련 기사|이 기사를 공유합니다|関連記事|おすすめ記事|タグ ?[:：].{0,200})$",
    re.IGNORECASE,
)


def is_end_marker(line: str) -> bool:
    """A line after which the article is over: "(END)", "Leave a Reply", "34 Comments", ...

    >>> is_end_marker("(END)"), is_end_marker("Leave a Reply Cancel reply"), is_end_marker("34 responses to “Big win”")
    (True, True, True)
    >>> is_end_marker("The end of an era came quickly.")
    False
    """
    return len(line) <= 200 and bool(_HARD_END.match(line))


def is_related_marker(line: str) -> bool:
    """The title of a related-links box: "Most Popular", "More On This Topic", "Tags: ...", "Read more".

    >>> is_related_marker("Most Popular"), is_related_marker("More On This Topic"), is_related_marker("Tags: Korea, Russia")
    (True, True, True)
    >>> is_related_marker("Related groups said the talks failed.")
    False
    """
    return len(line) <= 320 and bool(_SOFT_END.match(line))


# ---------------------------------------------------------------- which rules can match a line

# Most lines are no debris at all, and most rules cannot match them for one of two cheap reasons, each
# decided once per line for many rules together (a rule that cannot match is left out, so the first
# rule that matches, and the verdict, are the same as when every rule runs in order):
#
# * the rules that need one of a few literal words (their *_NEEDS) find none of them in the line;
# * the rules that are one anchored, case-insensitive regex find no match of any of those regexes.
#   On an ASCII line, re.IGNORECASE matches exactly where the same (all lowercase) pattern matches the
#   lowered line, and one case-sensitive scan of the lowered line tries them all, ~2x faster per regex.

#: Rules that need a literal word, each with what is left of it on a line without those words
#: (None: nothing). Each of these rules is False beyond _WORDED_MAX_LEN characters.
_WORDED_RULES: dict[Callable[[str], bool], Callable[[str], bool] | None] = {
    is_copyright: None, is_newsletter: None, is_cookie_notice: None, is_legal_notice: None,
    is_caption_credit: _caption_credit_unworded,
}
_RULE_WORDS = _Needs(*dict.fromkeys(
    _COPYRIGHT_NEEDS + _NEWSLETTER_NEEDS + ("cookie",) + _LEGAL_NEEDS + _CREDIT_WORDS))
_WORDED_MAX_LEN = 1500

#: Rules that are True only where their case-insensitive regex matches at the start of the line (and
#: False beyond _ANCHORED_MAX_LEN characters), and those regexes.
_ANCHORED_RULES: dict[Callable[[str], bool], re.Pattern[str]] = {
    is_separator: _SEPARATOR, is_share_button: SHARE_BUTTON, is_ad_marker: _AD, is_widget: _WIDGET,
    is_no_photo_notice: _NO_PHOTO, is_comment_header: COMMENT_FURNITURE, is_inline_link: _INLINE_LINK,
    is_end_marker: _HARD_END, is_related_marker: _SOFT_END,
}
_ANCHORED_MAX_LEN = 320
#: The anchored regexes as one case-sensitive pattern, for the lowered text of an ASCII line.
_ANCHORED_LOWER = re.compile("|".join(f"(?:{rx.pattern})" for rx in _ANCHORED_RULES.values()))

RulePlan = list[tuple[tuple[str, str], Callable[[str], bool]]]


def _plan(rules: Sequence[LineRule], worded: bool, anchored: bool) -> RulePlan:
    """((name, kind), predicate) of the rules that can match a line, in order."""
    out = []
    for name, kind, rule in rules:
        rest: Callable[[str], bool] | None = rule
        if not worded:
            rest = _WORDED_RULES.get(rule, rule)
        if not anchored and rule in _ANCHORED_RULES:
            rest = None
        if rest is not None:
            out.append(((name, kind), rest))
    return out


_PLANS = {(w, a): _plan(LINE_RULES, w, a) for w in (False, True) for a in (False, True)}


def _may_match_anchored(line: str) -> bool:
    """False when no regex of _ANCHORED_RULES matches the line (True: one may)."""
    if len(line) > _ANCHORED_MAX_LEN:
        return False
    return not line.isascii() or _ANCHORED_LOWER.match(_lower(line)) is not None


def _may_mention_rule_words(line: str) -> bool:
    """False when no rule of _WORDED_RULES can match the line for want of its words (True: one may).

    Only short lines are searched (one regex scan): on a longer line a search for all ~40 words
    costs more than the worded rules' own tests, which their length limits, sentence-end checks and
    shorter word lists mostly end at once. Past _WORDED_MAX_LEN characters none of them matches.

    >>> _may_mention_rule_words("Sign up for our newsletter"), _may_mention_rule_words("Home")
    (True, False)
    >>> _may_mention_rule_words("x " * 60), _may_mention_rule_words("x " * 800)
    (True, False)
    """
    if len(line) < _SHORT_MENTION:
        return _RULE_WORDS.search(_lower(line)) is not None
    return len(line) <= _WORDED_MAX_LEN


def _line_rule(line: str, anchored: bool) -> tuple[str, str] | None:
    worded = _may_mention_rule_words(line)
    for hit, rule in _PLANS[worded, anchored]:
        if rule(line):
            return hit
    return None


def line_rule(line: str) -> tuple[str, str] | None:
    """(rule name, kind) of the first line rule that matches, else None."""
    return _line_rule(line, _may_match_anchored(line))


# ---------------------------------------------------------------- the page

#: What a debris line costs a span, by kind (default DEBRIS_VALUE): a footer line is a strong border.
KIND_VALUE = {"copyright": -15.0, "related": -6.0, "css": -0.2}
RELATED_MARKER_VALUE = -6.0
MIN_BODY_BEFORE_END = 20.0  # prose value that must precede a hard end marker for it to end the article


def _printed_twice(lines: Sequence[str], i: int) -> bool:
    """The same line right before or after: captions and teaser titles are printed twice."""
    line = lines[i]
    return (i > 0 and lines[i - 1] == line) or (i + 1 < len(lines) and lines[i + 1] == line)


def _repeated_in_page(lines: Sequence[str]) -> list[bool]:
    """Lines (of 4+ words) printed more than once on the page, not side by side: menus and teasers
    usually, but also list items of a recipe or a table, so this only lowers a line's span value."""
    counts = Counter(lines)
    return [counts[ln] > 1 and len(ln.split()) >= 4 and not _printed_twice(lines, i) for i, ln in enumerate(lines)]


ISOLATED_FACTOR = 0.15
#: Debris kinds that sit between two paragraphs of one article (so they do not isolate a paragraph).
INLINE_KINDS = frozenset({"ad", "caption", "css"})


def damp_isolated(values: Sequence[float], skip: Sequence[bool] | None = None) -> list[float]:
    """A prose line with non-prose lines on both sides counts less: in teaser lists every summary
    sits between a title and a timestamp, while article paragraphs follow one another. Lines marked
    in ``skip`` (debris: an ad marker, a caption between two paragraphs) are looked through.

    >>> damp_isolated([-1, 10, -1, 10, 10])
    [-1, 1.5, -1, 10, 10]
    >>> damp_isolated([10, -3, 10], skip=[False, True, False])
    [10, -3, 10]
    """
    n = len(values)
    skip = skip if skip is not None else [False] * n
    prev_prose = [False] * n  # is the nearest non-skipped line before i prose?
    last = False
    for i in range(n):
        prev_prose[i] = last
        if not skip[i]:
            last = values[i] > 0
    out = list(values)
    last = False
    for i in range(n - 1, -1, -1):
        if values[i] > 0 and not skip[i] and not prev_prose[i] and not last:
            out[i] = values[i] * ISOLATED_FACTOR
        if not skip[i]:
            last = values[i] > 0
    return out


GAP_FREE_LINES = 4  # this many non-prose lines in a row cost only their own value (caption, ad, subheading)
GAP_STEP = 0.25  # each further line of the run costs this much more than the one before


def penalize_long_gaps(values: Sequence[float]) -> list[float]:
    """Long runs of non-prose lines (menus, link lists, staff boxes) become walls the body span does not
    cross, while a few stray lines between paragraphs stay cheap.

    >>> penalize_long_gaps([5, -1, -1, -1, -1, -1, -1, 5])
    [5, -1, -1, -1, -1, -1.25, -1.5, 5]
    """
    out = list(values)
    run = 0
    for i, v in enumerate(values):
        if -1.0 < v <= 0:
            continue  # neutral lines (leaked CSS, list items) neither extend nor break a run
        run = run + 1 if v <= 0 else 0
        if run > GAP_FREE_LINES:
            out[i] = v - GAP_STEP * (run - GAP_FREE_LINES)
    return out


_UNSEEN = ("", "")  # memo sentinel: None is a verdict (no rule matched)


# ---------------------------------------------------------------- results kept across pages

# The pages of one site repeat the same short lines (menus, footers, share widgets) across thousands of
# pages. What depends on the line text alone is kept across pages, in bounded memos keyed by the exact
# line: the line rules' verdict, and the prose value (keyed by the line and the stoplist it was computed
# with). Nothing of a page's context enters them (the repeated-line set, the headline index, the
# neighbours and the lines printed twice are applied on top, per page), so a hit gives what a miss
# computes, whatever pages came before. Only lines of up to XDOC_MAX_LEN characters are kept: short
# lines are the ones that repeat (long prose lines are mostly unique), and the bound caps each entry's
# size. A memo holding XDOC_MAX_ENTRIES lines is emptied and refilled (its hot lines come back within a
# page of each site). Measured on a crawl of generated pages: ~30 MB for the two memos together near
# capacity (~320 bytes a line: the line, its dict slots, the (line, stoplist) key); lines of 300
# non-ASCII characters could take ~3x that. 100,000 lines ran faster than 25,000 or 50,000 (fewer
# refills) and as fast as 200,000.

XDOC_MAX_LEN = 300
XDOC_MAX_ENTRIES = 100_000

#: line -> _rules_debris(line), for lines of up to XDOC_MAX_LEN characters.
_DEBRIS_MEMO: dict[str, tuple[str, str] | None] = new_memo()
#: (line, stoplist) -> _line_value(line, stoplist), for lines of up to XDOC_MAX_LEN characters.
_VALUE_MEMO: dict[tuple[str, frozenset[str]], float] = new_memo()
#: (line, stoplist) -> the line's stop-word share (the line model's stop_share feature), likewise.
_STOP_MEMO: dict[tuple[str, frozenset[str]], float | None] = new_memo()


def clear_line_memos() -> None:
    """Forget the per-line results kept across pages (tests; results never depend on them)."""
    _DEBRIS_MEMO.clear()
    _VALUE_MEMO.clear()
    _STOP_MEMO.clear()


def _alone_debris(line: str, repeated: frozenset[str]) -> tuple[str, str] | None:
    """(rule, kind) of the line on its own: the corpus repeated-line set, end markers, the line rules."""
    if repeated and line_key(line) in repeated:
        return "repeated_line", "repeated"
    if len(line) > XDOC_MAX_LEN:
        return _rules_debris(line)
    return remembered(_DEBRIS_MEMO, line, XDOC_MAX_ENTRIES, _rules_debris, line)


def _rules_debris(line: str) -> tuple[str, str] | None:
    """(rule, kind) of the end markers and line rules on the line (a function of the line text alone)."""
    anchored = _may_match_anchored(line)
    if anchored and is_end_marker(line):
        return "end_marker", "related"
    if anchored and is_related_marker(line):
        return "related_marker", "related"
    return _line_rule(line, anchored)


def rules_debris(line: str) -> tuple[str, str] | None:
    """(rule, kind) of the end markers and line rules on the line alone, kept across pages for short lines."""
    return _alone_debris(line, frozenset())


def line_value(line: str, stoplist: frozenset[str]) -> float:
    """The prose value of a line that no rule drops (sentences positive, link-like lines negative)."""
    return _kept_line_value(line, stoplist)


def stop_share(line: str, stoplist: frozenset[str]) -> float | None:
    """Share of the line's words in ``stoplist``; None when there is no stoplist or the line is CJK.
    Kept across pages for short lines, as the prose value is."""
    if len(line) > XDOC_MAX_LEN:
        return _features(line, stoplist)[1]
    return remembered(_STOP_MEMO, (line, stoplist), XDOC_MAX_ENTRIES, _stop_share, line, stoplist)


def _stop_share(line: str, stoplist: frozenset[str]) -> float | None:
    return _features(line, stoplist)[1]


def value_and_stop(line: str, stoplist: frozenset[str]) -> tuple[float, float | None]:
    """``(line_value(line, stoplist), stop_share(line, stoplist))`` from one :func:`_features` call.

    The page features read both for every line; computing them apart tokenizes each line twice.
    Short lines are looked up in (and added to) the same memos as the two functions use.

    >>> value_and_stop("The talks went on for a long time.", frozenset({"the", "on"}))
    (3.2, 0.25)
    """
    if len(line) > XDOC_MAX_LEN:
        return _value_and_stop(line, stoplist)
    key = (line, stoplist)
    value, stop = _VALUE_MEMO.get(key, _UNSEEN), _STOP_MEMO.get(key, _UNSEEN)
    if value is _UNSEEN or stop is _UNSEEN:
        value, stop = _value_and_stop(line, stoplist)
        for memo, result in ((_VALUE_MEMO, value), (_STOP_MEMO, stop)):
            if len(memo) >= XDOC_MAX_ENTRIES:
                memo.clear()
            memo[key] = result
    return value, stop  # type: ignore[return-value]


def _value_and_stop(line: str, stoplist: frozenset[str]) -> tuple[float, float | None]:
    """:func:`value_and_stop` without the memos (the two results of :func:`_line_value` and :func:`_stop_share`)."""
    words = line[:3000].split()
    features = _features(line, stoplist, words=words)
    if len(words) < 4 and (not words or line.isascii()):  # as _line_value
        return -1.0, features[1]
    return _prose_value(*features), features[1]


def printed_twice(lines: Sequence[str], i: int) -> bool:
    """The same line right before or after (captions and teaser titles are printed twice)."""
    return _printed_twice(lines, i)


def line_debris(
    lines: Sequence[str], repeated: frozenset[str] = frozenset(), alone: dict[str, tuple[str, str] | None] | None = None,
) -> list[tuple[str, str] | None]:
    """(rule, kind) for every line a line rule (or the corpus repeated-line set) drops, else None.

    A page repeats many lines (menus, teasers, captions): the rules run once per distinct line.
    ``alone``, when given (empty), is filled with each distinct line's (rule, kind) on its own (without
    ``printed_twice``): with no ``repeated`` set, :func:`rules_debris` of the line.
    """
    alone = {} if alone is None else alone  # this page's lines only
    debris: list[tuple[str, str] | None] = []
    for i, line in enumerate(lines):
        d = alone.get(line, _UNSEEN)
        if d is _UNSEEN:
            d = alone[line] = _alone_debris(line, repeated)
        if d is None and _printed_twice(lines, i) and len(line.split()) >= 3:
            d = ("printed_twice", "caption")
        debris.append(d)
    return debris


#: "not computed" for a stop share (None is a share: no stoplist, or a CJK line)
STOP_UNKNOWN = -99.0


def _kept_value_and_stop(line: str, stoplist: frozenset[str]) -> tuple[float, float | None]:
    """``_kept_line_value(line, stoplist)`` and the line's stop share where that took no more work (the share
    is a by-product of the value's :func:`_features` call, or remembered), else :data:`STOP_UNKNOWN`."""
    if len(line) > XDOC_MAX_LEN:
        return _value_and_stop_if_computed(line, stoplist)
    key = (line, stoplist)
    value = _VALUE_MEMO.get(key, _UNSEEN)
    if value is not _UNSEEN:
        return value, _STOP_MEMO.get(key, STOP_UNKNOWN)  # type: ignore[return-value]
    value, stop = _value_and_stop_if_computed(line, stoplist)
    for memo, result in ((_VALUE_MEMO, value), (_STOP_MEMO, stop)):
        if result != STOP_UNKNOWN:
            if len(memo) >= XDOC_MAX_ENTRIES:
                memo.clear()
            memo[key] = result
    return value, stop


def _value_and_stop_if_computed(line: str, stoplist: frozenset[str]) -> tuple[float, float | None]:
    """``_line_value(line, stoplist)`` and, when that calls :func:`_features`, the stop share it computes
    (else :data:`STOP_UNKNOWN`)."""
    words = line[:3000].split()
    if len(words) < 4 and (not words or line.isascii()):  # as _line_value
        return -1.0, STOP_UNKNOWN
    features = _features(line, stoplist, words=words)
    return _prose_value(*features), features[1]


def _kept_line_value(line: str, stoplist: frozenset[str]) -> float:
    """``_line_value(line, stoplist)``, kept across pages for short lines."""
    if len(line) > XDOC_MAX_LEN:
        return _line_value(line, stoplist)
    return remembered(_VALUE_MEMO, (line, stoplist), XDOC_MAX_ENTRIES, _line_value, line, stoplist)


def span_values(lines: Sequence[str], debris: Sequence[tuple[str, str] | None]) -> list[float]:
    """What each line adds to a body span (prose positive, debris and link-like lines negative)."""
    return _span_values(lines, debris)[0]


def _span_values(
    lines: Sequence[str], debris: Sequence[tuple[str, str] | None], stoplist: frozenset[str] | None = None,
    value_stop: dict[str, tuple[float, float | None]] | None = None,
) -> tuple[list[float], frozenset[str]]:
    """:func:`span_values` and the page's stoplist (guessed unless given). ``value_stop``, when given (empty),
    is filled with the prose value and stop share of the lines valued (see :func:`_kept_value_and_stop`)."""
    stoplist = guess_stoplist(lines) if stoplist is None else stoplist
    in_page_twice = _repeated_in_page(lines)
    prose: dict[str, float] = {}  # line -> prose_value, once per distinct line of this page
    values: list[float] = []
    for i, (line, d) in enumerate(zip(lines, debris)):
        if d is None:
            v = prose.get(line)
            if v is None:
                if value_stop is None:
                    v = prose[line] = _kept_line_value(line, stoplist)
                else:
                    value_stop[line] = found = _kept_value_and_stop(line, stoplist)
                    v = prose[line] = found[0]
            values.append(min(v, 0.0) if in_page_twice[i] else v)
        elif d[0] == "related_marker":
            values.append(RELATED_MARKER_VALUE)
        else:
            values.append(KIND_VALUE.get(d[1], DEBRIS_VALUE))
    inline = [d is not None and (d[1] in INLINE_KINDS or d[0] == "inline_link") for d in debris]
    return penalize_long_gaps(damp_isolated(values, inline)), stoplist


def classify_lines(
    lines: list[str],
    headline_index: int | None = None,
    repeated: frozenset[str] = frozenset(),
    stoplist: frozenset[str] | None = None,
    alone: dict[str, tuple[str, str] | None] | None = None,
    value_stop: dict[str, tuple[float, float | None]] | None = None,
) -> list[Verdict]:
    """One verdict per line, in order.

    ``headline_index`` (when known) is never body; ``repeated`` holds :func:`line_key` hashes of lines
    known to repeat across many pages of a publisher (corpus-level boilerplate); ``stoplist``: the
    page's, when the caller has guessed it already (:func:`guess_stoplist`); ``alone``: an empty dict
    to fill as :func:`line_debris` does (the line rules' result of each distinct line, for the features);
    ``value_stop``: an empty dict to fill with the prose values (and stop shares) found on the way.
    """
    n = len(lines)
    debris = line_debris(lines, repeated, alone)
    if headline_index is not None and 0 <= headline_index < n and debris[headline_index] is None:
        debris[headline_index] = ("headline", "metadata")
    values, stoplist = _span_values(lines, debris, stoplist, value_stop)

    # A hard end marker ("(END)", "Leave a Reply", "34 Comments") after some body ends the article.
    cut, seen = n, 0.0
    for i in range(n):
        d = debris[i]
        if d is not None and d[0] == "end_marker" and seen >= MIN_BODY_BEFORE_END:
            cut = i
            break
        seen += max(values[i], 0.0)
    start, end = best_segment(values[:cut], after=headline_index)
    if headline_index is not None and not _has_words(lines, start, end):
        # rule short_post: too little for an article, while the block under the headline (a
        # one-paragraph post above a larger comment form) is enough: that block is the article.
        s, e = first_block(values[:cut], headline_index)
        if _has_words(lines, s, e):
            start, end = s, e
    if end > start:
        start, end = extend_span(values, debris, start, end, cut)
        end = extend_over_closing_list(lines, debris, start, end, cut, stoplist)

    verdicts: list[Verdict] = []
    for i, d in enumerate(debris):
        if d is not None:
            verdicts.append(_drop(*d))
        elif i < start:
            verdicts.append(_drop("before_body", "boilerplate"))
        elif i >= cut:
            verdicts.append(_drop("after_end_marker", "related"))
        elif i >= end:
            verdicts.append(_drop("after_body", "boilerplate"))
        else:
            verdicts.append(KEEP)
    return verdicts
