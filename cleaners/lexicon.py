"""Vocabularies the features read, each written once.

The page-kind cues are words that product, forum, documentation, listing and service pages print and
articles rarely do; a cue is a signal (a share of lines), never a verdict on its own.
"""

from __future__ import annotations

import re

#: Cue name -> a pattern searched in the first 300 characters of each line.
PAGE_KIND_CUES: dict[str, re.Pattern[str]] = {
    "price": re.compile(r"[$€£¥] ?\d|\d ?(?:€|eur|usd)\b", re.IGNORECASE),
    "cart": re.compile(r"\b(?:add to (?:cart|basket|bag|wishlist)|buy now|in stock|out of stock|sku|free shipping|"
                       r"checkout|quantity|reviews?\b)", re.IGNORECASE),
    "forum": re.compile(r"\b(?:reply|replies|quote|joined|posts?:|thread|members?|registered|likes?|report post|"
                        r"permalink|#\d+)\b", re.IGNORECASE),
    "docs": re.compile(r"\b(?:parameters?|returns?|example|install(?:ation)?|api|configuration|syntax|documentation|"
                       r"docs|version|usage|arguments?)\b|\(\)|[{};]$", re.IGNORECASE),
    "listing": re.compile(r"\b(?:read more|continue reading|next page|previous page|older posts|newer posts|"
                          r"load more|page \d+ of|showing \d+|results?|filter|sort by|view all)\b", re.IGNORECASE),
    "service": re.compile(r"\b(?:contact us|get (?:a|your) (?:free )?quote|our services|book (?:now|a)|call (?:us|now)|"
                          r"free consultation|request|schedule|appointment|pricing|plans?)\b", re.IGNORECASE),
    "article": re.compile(r"\b(?:by [A-Z][a-z]+|published|updated|min read|minutes? read|posted on|written by|comments?)\b",
                          re.IGNORECASE),
}

#: Pronouns of a page that speaks for itself (service pages), to its reader (products, docs) or reports (news).
WE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
YOU = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)
REPORTED = re.compile(r"\b(?:he|she|they|said|says|told|according)\b", re.IGNORECASE)
#: Characters of code and markup (documentation pages).
CODE = re.compile(r"[(){}\[\]=<>_/\\;]|[a-z][A-Z]")
