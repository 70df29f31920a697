"""HTML -> raw-text lines, with trafilatura doing the extraction."""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura


@dataclass(frozen=True)
class HtmlText:
    text: str  # one paragraph per line; empty when trafilatura found no main content
    title: str | None
    author: str | None
    date: str | None
    sitename: str | None


def html_to_text(html: str, url: str | None = None) -> HtmlText:
    """Main text and metadata of an HTML page (trafilatura, deterministic settings)."""
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,
        include_tables=False,
        favor_precision=False,
        with_metadata=True,
        deduplicate=False,
    )
    if doc is None:
        return HtmlText("", None, None, None, None)
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    return HtmlText(
        text=get("text") or "",
        title=get("title"),
        author=get("author"),
        date=get("date"),
        sitename=get("sitename"),
    )
