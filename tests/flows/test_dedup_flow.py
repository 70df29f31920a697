"""Duplicate clustering: flows/dedup.py on its own, then through the flow and the CLI."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds

from cleaners import clean
from cleaners.dedup import dedup_key
from flows.cli import main
from flows.dedup import assign_clusters
from flows.state import DEDUP_KEY_SCHEMA, DEDUP_SCHEMA
from schemas import Article, RawDoc
from tests import dedup_texts as texts

PAGES = {
    "01_original.txt": texts.solar_original,
    "02_lead.txt": texts.solar_lead,
    "03_2nd_ld.txt": texts.solar_2nd_ld,
    "04_reprint.txt": texts.solar_reprint,
    "05_other.txt": texts.solar_other,
    "06_ferry.txt": texts.ferry,
    "07_ferry_copy.txt": lambda: texts.ferry().replace(", ", " ,  ").upper(),  # exact after normalization
}


def _keys(names: list[str]) -> pa.Table:
    rows = []
    for name in names:
        article = clean(RawDoc(name, PAGES[name]()))
        assert isinstance(article, Article), article
        rows.append(dedup_key(article).to_row())
    return pa.Table.from_pylist(rows, schema=DEDUP_KEY_SCHEMA)


def _clusters(names: list[str], previous: pa.Table | None = None) -> tuple[dict[str, tuple[str, bool]], pa.Table]:
    assigned, state = assign_clusters(_keys(names), DEDUP_SCHEMA.empty_table() if previous is None else previous)
    return {n: (c, d) for n, c, d in zip(names, assigned.column("dup_cluster").to_pylist(),
                                          assigned.column("is_duplicate").to_pylist())}, state


def _groups(clusters: dict[str, tuple[str, bool]]) -> list[set[str]]:
    by: dict[str, set[str]] = {}
    for name, (cluster, _) in clusters.items():
        by.setdefault(cluster, set()).add(name)
    return sorted(by.values(), key=min)


def test_exact_near_and_wire_updates_cluster_unrelated_stay_apart():
    clusters, state = _clusters(list(reversed(PAGES)))  # input order must not matter
    assert _groups(clusters) == [{"01_original.txt", "02_lead.txt", "03_2nd_ld.txt", "04_reprint.txt"},
                                 {"05_other.txt"}, {"06_ferry.txt", "07_ferry_copy.txt"}]
    assert [n for n, (_, dup) in sorted(clusters.items()) if not dup] == ["01_original.txt", "05_other.txt",
                                                                           "06_ferry.txt"]
    assert len(state) == len(PAGES) and state.schema == DEDUP_SCHEMA


def test_second_lead_joins_the_original_through_its_headline():
    # Jaccard of the two bodies is about 0.6, below the threshold on its own: the equal headline
    # (markers stripped) and the contained text make them one story.
    clusters, _ = _clusters(["01_original.txt", "03_2nd_ld.txt"])
    assert clusters["01_original.txt"] == (clusters["03_2nd_ld.txt"][0], False)
    assert clusters["03_2nd_ld.txt"][1] is True


def test_same_headline_different_body_stays_apart():
    other = RawDoc("x.txt", texts.wire_page("Port city opens floating solar farm on drinking water reservoir",
                                            texts.FERRY_PARAGRAPHS))
    rows = [dedup_key(clean(RawDoc("01_original.txt", texts.solar_original()))).to_row(), dedup_key(clean(other)).to_row()]
    assigned, _ = assign_clusters(pa.Table.from_pylist(rows, schema=DEDUP_KEY_SCHEMA), DEDUP_SCHEMA.empty_table())
    assert assigned.column("is_duplicate").to_pylist() == [False, False]


def test_new_articles_join_clusters_of_earlier_runs():
    first, state = _clusters(["02_lead.txt", "06_ferry.txt"])
    second, state2 = _clusters(["01_original.txt", "07_ferry_copy.txt", "05_other.txt"], state)
    # Earlier runs come first: the run-1 LEAD stays canonical though "01_original" sorts before it.
    assert second["01_original.txt"] == (first["02_lead.txt"][0], True)
    assert second["07_ferry_copy.txt"] == (first["06_ferry.txt"][0], True)
    assert second["05_other.txt"][1] is False
    assert len(state2) == 5
    # Re-processing an article replaces its own entry instead of matching it.
    again, state3 = _clusters(["02_lead.txt"], state2)
    # Its old entry is gone; it matches run 2's 01_original, whose row says it is a duplicate in this
    # cluster: the cluster's canonical member, processed again, stays canonical (else none would be).
    assert again["02_lead.txt"] == (first["02_lead.txt"][0], False)
    assert len(state3) == 5


def test_empty_inputs():
    assigned, state = assign_clusters(DEDUP_KEY_SCHEMA.empty_table(), DEDUP_SCHEMA.empty_table())
    assert len(assigned) == 0 and len(state) == 0


def _rechunked(table: pa.Table, sizes: list[int]) -> pa.Table:
    """``table`` as chunks of ``sizes`` rows (0: an empty chunk) and the rest: sliced, same values."""
    parts, start = [], 0
    for size in sizes:
        parts.append(table.slice(start, size))
        start += size
    return pa.concat_tables([*parts, table.slice(start)])


def test_clusters_do_not_depend_on_how_the_keys_are_chunked():
    # Signatures and strings are read in place, chunk by chunk (sliced chunks have offsets).
    _, state = _clusters(["02_lead.txt", "06_ferry.txt", "05_other.txt"])
    current = _keys(list(reversed(PAGES)))  # re-processes the earlier run's three articles
    expected = assign_clusters(current.combine_chunks(), state.combine_chunks())
    current, state = _rechunked(current, [2, 0, 1, 3]), _rechunked(state, [1, 0, 1])
    assert current.column("minhash").num_chunks > 3 and state.column("minhash").num_chunks > 2
    assigned, next_state = assign_clusters(current, state)
    assert assigned.equals(expected[0]) and next_state.equals(expected[1])


def test_staged_key_files_cluster_as_one_table_when_spilled_and_streamed(tmp_path: Path, monkeypatch) -> None:
    # cluster_staged reads the shards' key files a column (and a few rows) at a time, merges their
    # sorted runs from disk and writes the state a batch at a time: same clusters, same state rows.
    import pyarrow.parquet as pq

    from flows import dedup

    _, state = _clusters(["02_lead.txt", "06_ferry.txt", "05_other.txt"])
    current = _keys(list(reversed(PAGES)))
    expected_assigned, expected_state = assign_clusters(current, state)
    (tmp_path / "shards").mkdir()
    paths: list[str | None] = []
    for k, (start, size) in enumerate([(0, 3), (3, 0), (3, 4)]):
        if not size:
            paths.append(None)  # a shard without articles
            continue
        paths.append(str(tmp_path / "shards" / f"s{k}.dedup.parquet"))
        pq.write_table(current.slice(start, size), paths[-1])
    for spill_rows, read_rows in ((10**9, 65_536), (0, 2)):
        monkeypatch.setattr(dedup, "SPILL_ROWS", spill_rows)
        monkeypatch.setattr(dedup, "READ_ROWS", read_rows)
        cluster_files, (state_path, rel) = dedup.cluster_staged(paths, state, str(tmp_path))
        assert cluster_files[1] is None and rel == "_state/dedup.parquet"
        assigned = pa.concat_tables([pq.read_table(p) for p in cluster_files if p])
        assert assigned.equals(expected_assigned)
        assert pq.read_table(state_path).select(DEDUP_SCHEMA.names).cast(DEDUP_SCHEMA).equals(expected_state)
        assert not list((tmp_path / "shards").glob(".newsclean-keys-*"))  # spilled runs are removed


# ------------------------------------------------------------------ through the CLI and the flow


def _write(root: Path, names: list[str]) -> Path:
    root.mkdir(parents=True)
    for name in names:
        (root / name).write_text(PAGES[name](), encoding="utf-8")
    return root


def _articles(out: Path) -> dict[str, tuple[str, bool]]:
    t = ds.dataset(out / "articles", partitioning="hive").to_table(
        columns=["source_path", "dup_cluster", "is_duplicate"])
    return {Path(r["source_path"]).name: (r["dup_cluster"], r["is_duplicate"]) for r in t.to_pylist()}


def _rejects(out: Path) -> dict[str, str]:
    t = ds.dataset(out / "_rejects", partitioning="hive").to_table(columns=["source_path", "reason"])
    return {Path(r["source_path"]).name: r["reason"] for r in t.to_pylist()}


def test_flow_marks_duplicates_across_shards_and_runs(tmp_path):
    out = tmp_path / "out"
    run1 = _write(tmp_path / "run1", ["01_original.txt", "02_lead.txt", "05_other.txt", "06_ferry.txt"])
    # One file per shard: clusters must hold across shard tasks, not only inside one.
    assert main(["run", str(run1), "--out", str(out), "--shard-files", "1"]) == 0
    first = _articles(out)
    assert first["02_lead.txt"] == (first["01_original.txt"][0], True)
    assert not first["01_original.txt"][1] and not first["05_other.txt"][1] and not first["06_ferry.txt"][1]

    run2 = _write(tmp_path / "run2", ["03_2nd_ld.txt", "07_ferry_copy.txt"])
    assert main(["run", str(run2), "--out", str(out)]) == 0
    second = _articles(out)
    assert second["03_2nd_ld.txt"] == (first["01_original.txt"][0], True)
    assert second["07_ferry_copy.txt"] == (first["06_ferry.txt"][0], True)
    assert {k: v for k, v in second.items() if k in first} == first  # earlier rows unchanged


def test_drop_duplicates_turns_members_into_rejects(tmp_path):
    out = tmp_path / "out"
    src = _write(tmp_path / "in", list(PAGES))
    assert main(["run", str(src), "--out", str(out), "--drop-duplicates"]) == 0
    assert sorted(_articles(out)) == ["01_original.txt", "05_other.txt", "06_ferry.txt"]
    assert _rejects(out) == {n: "duplicate" for n in ("02_lead.txt", "03_2nd_ld.txt", "04_reprint.txt",
                                                      "07_ferry_copy.txt")}


def test_reprocessing_the_original_keeps_it_the_original_when_a_later_run_added_its_exact_copy(tmp_path):
    """Run 1: the ferry story; run 2: its exact copy (a duplicate of run 1's: earlier runs' rows are
    written); run 3 re-processes run 1's file (--force). Bodies alike, only the state's flag tells the
    original from its kept copy: the re-processed original stays the original, and with
    --drop-duplicates its text stays in the articles (once, both rows marked duplicate, it was gone)."""
    for drop in ([], ["--drop-duplicates"]):
        out = tmp_path / f"out{len(drop)}"
        original = _write(tmp_path / f"b{len(drop)}", ["06_ferry.txt"])
        copy = tmp_path / f"a{len(drop)}"  # sorts first, comes later: the copy of an earlier run's original
        copy.mkdir()
        (copy / "07_ferry_copy.txt").write_bytes((original / "06_ferry.txt").read_bytes())  # byte for byte
        assert main(["run", str(original), "--out", str(out), *drop]) == 0
        assert main(["run", str(copy), "--out", str(out), *drop]) == 0
        assert main(["run", str(original), "--out", str(out), "--force", *drop]) == 0
        if drop:
            assert sorted(_articles(out)) == ["06_ferry.txt"] and _rejects(out) == {"07_ferry_copy.txt": "duplicate"}
        else:
            rows = _articles(out)
            assert rows["06_ferry.txt"] == (rows["07_ferry_copy.txt"][0], False) and rows["07_ferry_copy.txt"][1]
