"""The run summary (what the CLI prints and the Prefect artifact shows) and the run manifest."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from schemas import SCHEMA_VERSION

NEWSCLEAN_VERSION = "0.1.0"


def new_run_id() -> str:
    """A run's id: its UTC start time (ids sort by start) and 6 random hex digits."""
    return dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:6]


def previous_run_options(runs_dir: Path) -> dict | None:
    """The options of the newest run (or backfill) in ``runs_dir``, as its manifest records them (None: no
    run yet; a compaction's manifest has none)."""
    for path in sorted(runs_dir.glob("*.json"), reverse=True) if runs_dir.is_dir() else ():
        try:
            options = json.loads(path.read_text(encoding="utf-8")).get("options")
        except (OSError, ValueError, AttributeError):
            continue
        if isinstance(options, dict) and "mode" in options:
            return options
    return None


def write_manifest(runs_dir: Path, run_id: str, started: float, facts: dict) -> Path:
    """Write ``runs_dir/<run_id>.json`` atomically: ``facts`` plus the facts every run records (start,
    end, duration, versions). Run facts live here, never in rows."""
    manifest = {
        "run_id": run_id,
        "started": dt.datetime.fromtimestamp(started, dt.timezone.utc).isoformat(),
        "finished": dt.datetime.now(dt.timezone.utc).isoformat(),
        "seconds": round(time.time() - started, 3),
        "newsclean_version": NEWSCLEAN_VERSION,
        "schema_version": SCHEMA_VERSION,
        "python": platform.python_version(),
        **facts,
    }
    runs_dir.mkdir(exist_ok=True)
    tmp = runs_dir / f".{run_id}.json.tmp"
    tmp.write_text(json.dumps(manifest, indent=2, sort_keys=True, default=str))
    path = runs_dir / f"{run_id}.json"
    os.replace(tmp, path)
    return path


@dataclass
class RunSummary:
    run_id: str
    inputs_seen: int
    inputs_skipped: int  # already processed (incremental runs)
    inputs_processed: int
    articles: int
    rejects: Counter = field(default_factory=Counter)
    removed: Counter = field(default_factory=Counter)
    languages: Counter = field(default_factory=Counter)
    duplicates: int = 0
    version: str | None = None
    skipped: Counter = field(default_factory=Counter)  # entries found but not read, by kind
    inputs_outside_range: int = 0  # backfill: dated outside --since..--until, left as they are
    #: backfill: documents of the inputs it read that are of other dates or undated (left for the next run)
    documents_outside_range: int = 0
    urls: Counter = field(default_factory=Counter)  # where articles' url came from: "input" or "page"
    warnings: list[str] = field(default_factory=list)  # one line each, printed after the summary

    @classmethod
    def from_results(cls, run_id: str, seen: int, skipped: int, results: list, version: str | None) -> RunSummary:
        s = cls(run_id, seen, skipped, sum(r.input_count for r in results), sum(r.articles for r in results),
                version=version)
        for r in results:
            s.rejects.update(r.rejects)
            s.removed.update(r.removed)
            s.languages.update(r.languages)
            s.skipped.update(getattr(r, "skipped", None) or {})
            s.urls.update(getattr(r, "urls", None) or {})
            s.documents_outside_range += getattr(r, "documents_outside_range", 0)
        return s

    def add_duplicates(self, count: int, dropped: bool, languages: Counter | None = None) -> None:
        """``count`` articles are non-canonical duplicates (``languages``: theirs); with
        ``--drop-duplicates`` they were written as rejects (reason ``duplicate``), not as articles,
        and the languages count the articles written only."""
        self.duplicates = count
        if dropped and count:
            self.articles -= count
            self.rejects["duplicate"] += count
            self.languages -= languages or Counter()  # drops the languages left with no article

    @property
    def documents(self) -> int:
        return self.articles + sum(self.rejects.values())

    def as_dict(self) -> dict:
        return {
            "run_id": self.run_id, "inputs_seen": self.inputs_seen, "inputs_skipped": self.inputs_skipped,
            "inputs_outside_range": self.inputs_outside_range, "documents_outside_range": self.documents_outside_range,
            "inputs_processed": self.inputs_processed, "documents": self.documents, "articles": self.articles,
            "duplicates": self.duplicates,
            "rejects": dict(sorted(self.rejects.items())), "skipped": dict(sorted(self.skipped.items())),
            "lines_removed": dict(sorted(self.removed.items())),
            "languages": dict(sorted(self.languages.items())), "version": self.version,
            "warnings": list(self.warnings),
            # where the articles' url came from: the input (a JSONL field, the WARC record's target
            # URI) or, when it carries none, the page itself (its canonical link or og:url)
            "urls": {"from_input": self.urls["input"], "from_page": self.urls["page"]},
        }

    def rows(self) -> list[tuple[str, str]]:
        """(label, value) rows of the summary table, in display order."""
        rows = [("inputs seen", str(self.inputs_seen)),
                ("inputs skipped (already processed)", str(self.inputs_skipped))]
        if self.inputs_outside_range:
            rows.append(("inputs outside --since..--until (left as they are)", str(self.inputs_outside_range)))
        if self.documents_outside_range:
            rows.append(("documents of other dates or undated (the next run reads their inputs)",
                         str(self.documents_outside_range)))
        rows += [("inputs processed", str(self.inputs_processed)),
                 ("documents", str(self.documents)),
                 ("articles written", str(self.articles)),
                 ("  duplicates (dropped)" if self.rejects.get("duplicate") else "  duplicates (flagged)",
                  str(self.duplicates)),
                 ("rejected", str(sum(self.rejects.values())))]
        for reason, n in sorted(self.rejects.items()):
            rows.append((f"  rejected: {reason}", str(n)))
            if reason == "skipped":  # found under an input root, not read: why
                rows += [(f"    {kind}", str(v)) for kind, v in sorted(self.skipped.items())]
        rows += [(f"  lines removed: {k}", str(v)) for k, v in sorted(self.removed.items(), key=lambda kv: -kv[1])]
        rows += [(f"  language: {k}", str(v)) for k, v in self.languages.most_common()]
        return rows


def summary_markdown(s: RunSummary) -> str:
    lines = [f"# newsclean run `{s.run_id}`", "", "| | |", "|---|---:|"]
    lines += [f"| {label.strip()} | {value} |" for label, value in s.rows()]
    return "\n".join(lines) + "\n"
