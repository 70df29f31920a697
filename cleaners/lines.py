"""Line verdicts: every line of a page is kept as article body or dropped by a named rule.

Two passes, like jusText does for paragraphs:

1. *Line rules* look at one line alone (share buttons, CSS, copyright, ...). A match drops the line
   with the rule's name and kind.
2. *Context rules* look at the page: lines before the headline, after an end marker such as
   ``(END)`` or "Most Popular", and short non-prose lines outside the body block are dropped.

Each rule is a small named function so ``newsclean inspect`` can say why each line went.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Verdict:
    keep: bool
    rule: str  # the rule that decided: "body", "share_button", "before_headline", ...
    kind: str  # "body" when kept, else one of schemas.REMOVED_KINDS


KEEP = Verdict(True, "body", "body")

# ---------------------------------------------------------------- line rules (one line alone)

_SHARE = re.compile(
    r"^(?:•\s*)?(?:(?:facebook|twitter|x|kakao|kakaotalk|mail|e-?mail|link|whatsapp|telegram|linkedin|"
    r"pinterest|reddit|line|band|naver|print|copy link)\s*(?:share\s*)?(?:button|icon)?|share (?:on|via|this)\b.*|"
    r"share|shares|tweet|follow us.*)$",
    re.IGNORECASE,
)
_CSS = re.compile(
    r"^(?:[.#@]?[\w\-:.#\[\]=\"' >,*()]+\s*\{|\}|[\w\-]+\s*:\s*[^;{}]+;\s*\}?|@media\b.*|/\*.*\*/)$"
)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)\s|copyright\b|all rights reserved)", re.IGNORECASE)
_AD = re.compile(r"^[-–—\s]*(?:advertisement|advertisment|advertising|anzeige|publicité|ad)[-–—\s]*$", re.IGNORECASE)
_WIDGET = re.compile(
    r"^(?:(?:•\s*)?[-+]?\d|settings|font-?size|[^\w\s]\s*font-?size|x|close|print|text size|"
    r"go top.*|top|back to top|a\s?a\s?a|listen|more|menu|search|home)$",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"^[\W_]{1,5}$")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_NEWSLETTER = re.compile(
    r"\b(?:newsletter|subscribe|sign up|unsubscribe|join \S+ telegram|download (?:the|our) app)\b", re.IGNORECASE
)
_NO_PHOTO = re.compile(r"^no (?:photos?|images?) (?:has|have) been attached\.?$", re.IGNORECASE)


def is_share_button(line: str) -> bool:
    """Is share button?

    >>> is_share_button("• Facebook share button"), is_share_button("Facebook shares fell 3% on Monday.")
    (True, False)
    """
    return len(line) <= 60 and bool(_SHARE.match(line))


def is_css(line: str) -> bool:
    """Is css?

    >>> is_css("p.st_telegram_boilerplate:before {"), is_css("width: 6px;"), is_css("He said: no.")
    (True, True, False)
    """
    if len(line) > 200 and line.count("{") >= 2 and line.count(":") >= 2:
        return True  # minified CSS
    return bool(_CSS.match(line))


def is_copyright(line: str) -> bool:
    """Is copyright?

    >>> is_copyright("© Copyright IBTimes 2024. All rights reserved."), is_copyright("Copyright law is old and broad, he said.")
    (True, False)
    """
    return len(line) <= 200 and bool(_COPYRIGHT.match(line)) and len(line.split()) <= 20 and not line.endswith("said.")


def is_ad_marker(line: str) -> bool:
    """Is ad marker?

    >>> is_ad_marker("- Advertisment -"), is_ad_marker("Advertising revenue rose.")
    (True, False)
    """
    return bool(_AD.match(line))


def is_widget(line: str) -> bool:
    """Is widget?

    >>> is_widget("• -2"), is_widget("CLOSE"), is_widget("go top LETTER"), is_widget("Close to home, he said.")
    (True, True, True, False)
    """
    return len(line) <= 30 and bool(_WIDGET.match(line))


def is_separator(line: str) -> bool:
    """Is separator?

    >>> is_separator("-"), is_separator("-3%")
    (True, False)
    """
    return bool(_SEPARATOR.match(line))


def is_contact_line(line: str) -> bool:
    """A short line carrying an e-mail address (author sign-off, contact box).

    >>> is_contact_line("Kim Yoo-chul yckim@koreatimes.co.kr"), is_contact_line("x" * 0 + "He wrote to the ministry at info@gov.kr asking for a long list of documents about the deal.")
    (True, False)
    """
    return len(line.split()) <= 8 and bool(_EMAIL.search(line))


def is_newsletter(line: str) -> bool:
    """Is newsletter?

    >>> is_newsletter("Join ST's Telegram channel and get the latest breaking news delivered to you.")
    True
    >>> is_newsletter("Lawmakers voted on Tuesday to approve the budget for the next two years.")
    False
    """
    return len(line.split()) <= 25 and bool(_NEWSLETTER.search(line))


def is_no_photo_notice(line: str) -> bool:
    """Is no photo notice?

    >>> is_no_photo_notice("No photos has been attached."), is_no_photo_notice("No photos were allowed inside.")
    (True, False)
    """
    return bool(_NO_PHOTO.match(line))


LineRule = tuple[str, str, Callable[[str], bool]]

#: (rule name, removed kind, predicate), tried in order; the first match decides.
LINE_RULES: list[LineRule] = [
    ("separator", "nav", is_separator),
    ("share_button", "share", is_share_button),
    ("css", "css", is_css),
    ("copyright", "copyright", is_copyright),
    ("ad_marker", "ad", is_ad_marker),
    ("widget", "widget", is_widget),
    ("contact_line", "newsletter", is_contact_line),
    ("newsletter", "newsletter", is_newsletter),
    ("no_photo_notice", "caption", is_no_photo_notice),
]

# ---------------------------------------------------------------- context rules (the page)

_END_MARKER = re.compile(
    r"^(?:\(END\)|\(end\)|-?\s*end\s*-?|most popular|more on this topic|related(?: (?:articles|stories|news|posts))?|"
    r"read more|recommended|top \d+ stories|you may also like|trending(?: now)?|latest news|more stories|tags?:.*)$",
    re.IGNORECASE,
)
_TERMINAL = re.compile(r"[.!?…\"”’»)]$")


def is_end_marker(line: str) -> bool:
    """Is end marker?

    >>> is_end_marker("(END)"), is_end_marker("Most Popular"), is_end_marker("The end of an era came quickly.")
    (True, True, False)
    """
    return len(line) <= 60 and bool(_END_MARKER.match(line))


def is_prose(line: str) -> bool:
    """A sentence-like line: enough words, ending like a sentence (or long enough not to care).

    >>> is_prose("Kim will visit Russia in the coming days, the Kremlin said."), is_prose("Top 10 Stories")
    (True, False)
    """
    words = len(line.split())
    return words >= 25 or (words >= 6 and bool(_TERMINAL.search(line)))


def classify_lines(lines: list[str], headline_index: int | None = None) -> list[Verdict]:
    """One verdict per line, in order."""
    verdicts: list[Verdict | None] = [None] * len(lines)
    for i, line in enumerate(lines):
        for name, kind, rule in LINE_RULES:
            if rule(line):
                verdicts[i] = Verdict(False, name, kind)
                break

    start = headline_index + 1 if headline_index is not None else 0
    for i in range(0, start):
        if verdicts[i] is None:
            verdicts[i] = Verdict(False, "before_headline", "nav")

    # The article ends at the first end marker that follows some body text.
    seen_prose = False
    for i in range(start, len(lines)):
        if verdicts[i] is None and is_prose(lines[i]):
            seen_prose = True
        if seen_prose and verdicts[i] is None and is_end_marker(lines[i]):
            for j in range(i, len(lines)):
                if verdicts[j] is None:
                    verdicts[j] = Verdict(False, "after_end_marker", "related")
            break

    # Short non-prose lines are kept only between two prose lines (subheadings, short quotes).
    prose = [v is None and is_prose(line) for v, line in zip(verdicts, lines)]
    for i in range(start, len(lines)):
        if verdicts[i] is not None or prose[i]:
            continue
        before = any(prose[start:i])
        after = any(prose[i + 1:])
        if not (before and after):
            verdicts[i] = Verdict(False, "short_outside_body", "boilerplate")

    return [v if v is not None else KEEP for v in verdicts]
