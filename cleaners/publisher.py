"""Publisher: from the URL host, else from a copyright line printed in the page."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:copyright\s+)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s+)?"
    r"(?P<name>[A-Z][\w.&' -]{1,60}?)(?:\s+(?:19|20)\d\d)?(?:[.,]|\s+all rights|$)",
    re.IGNORECASE,
)


def publisher_from_url(url: str | None) -> str | None:
    """The URL's host without "www.".

    >>> publisher_from_url("https://www.koreatimes.co.kr/www/nation/2019/04/103_267.html")
    'koreatimes.co.kr'
    """
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    host = host[4:] if host.startswith("www.") else host
    return host or None


def publisher_from_copyright(lines: list[str]) -> str | None:
    """The name in a "© Copyright NAME YEAR" line, searched from the end of the page.

    >>> publisher_from_copyright(["text", "© Copyright IBTimes 2024. All rights reserved."])
    'IBTimes'
    >>> publisher_from_copyright(["Copyright is a legal right that protects works."])
    """
    for line in reversed(lines[-15:]):
        if len(line) > 120:
            continue
        m = _COPYRIGHT.match(line)
        if m:
            name = m.group("name").strip(" .,")
            if name and not name.lower().startswith(("all ", "is ", "the law")) and len(name.split()) <= 6:
                return name
    return None


def guess_publisher(url: str | None, lines: list[str]) -> str | None:
    return publisher_from_url(url) or publisher_from_copyright(lines)
