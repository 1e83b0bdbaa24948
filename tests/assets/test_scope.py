"""The catalog's record of each version's changes tells which tables a range of versions may have changed; a
table it says is untouched has no row in DuckLake's change feed for that range."""

from __future__ import annotations

import pandas as pd

from assets import scope as scopes
from dagster_project.lake import TABLES, Lake, Write


def test_may_have_changed_never_misses_a_change(tmp_path):
    lake = Lake(tmp_path / "lake")
    big = pd.DataFrame([{"claim_id": f"c{i}", "report_id": f"r{i % 7}", "event_id": f"e{i % 3}"}
                        for i in range(40)])  # a Parquet file
    lake.commit([Write("reports", pd.DataFrame([{"report_id": "r1", "text": "a"}]))])
    first = lake.latest_version()  # every table exists from here on
    lake.commit([Write("claims", big), Write("report_events", pd.DataFrame([{"report_id": "r1", "event_id": "e1"}]))])
    lake.commit([Write("event_aliases", pd.DataFrame([{"alias": "e2", "event_id": "e1"}]))])  # inlined
    lake.commit([Write("claims", big.head(3), key="report_id", keys=("r1",))])  # a delete and an insert
    lake.commit([], message="nothing")
    with lake.reader() as con:
        hi = Lake.current_version(con)
        said = found = 0
        for lo in range(first, hi):
            for top in range(lo + 1, hi + 1):
                for table in TABLES:
                    changed = con.execute(f"SELECT count(*) FROM lake.table_changes('{table}', {lo + 1}, {top})"
                                          ).fetchone()[0]
                    maybe = scopes.may_have_changed(con, table, lo, top)
                    assert maybe or not changed, (table, lo, top)
                    said += maybe
                    found += bool(changed)
        assert said < len(TABLES) * (hi - first) * (hi - first + 1) / 2  # it does rule tables out
        assert found > 0
        assert scopes.changes(con, "flags", "rule", first, hi) == []


def test_a_merge_region_takes_in_the_bucket_neighbours_of_what_it_is_given():
    from assets.aggregate import MergeRegion

    countries = {"a": {"Mali"}, "b": {"Mali", None}, "c": {None}, "d": {"Chad"}, "e": {"Chad", "Niger"}}
    by_country: dict = {}
    for ev, cs in countries.items():
        for c in cs:
            by_country.setdefault(c, set()).add(ev)
    region = MergeRegion(set(), countries, by_country, {ev: {ev, f"{ev}-alias"} for ev in countries})
    assert region.grow({"a"}) and region.events == {"a", "b"}  # a shares Mali with b; not yet b's other bucket
    assert not region.grow({"a", "b"} - {"b"})  # nothing new
    assert region.grow({"b"}) and region.events == {"a", "b", "c"}  # b merged: its bucket None too
    assert not region.grow({"gone"})  # an event with no reports left
    assert region.stored_ids() == {"a", "a-alias", "b", "b-alias", "c", "c-alias"}


def _feed(con, table: str, columns: str, lo: int, hi: int) -> set:
    """What `scopes.changes` stands for: one read of the change feed over the whole range."""
    return set(con.execute(f"SELECT DISTINCT {columns} FROM lake.table_changes('{table}', {lo + 1}, {hi}) "
                           "WHERE change_type IN ('insert', 'delete', 'update_preimage', 'update_postimage')"
                           ).fetchall()) if lo < hi else set()


def test_changes_kept_per_version_are_those_of_one_read_of_the_range(tmp_path):
    import shutil

    def claims(*rows):
        return pd.DataFrame([{"claim_id": c, "report_id": r, "event_id": e} for c, r, e in rows])

    lake = Lake(tmp_path / "lake")
    lake.commit([Write("reports", pd.DataFrame([{"report_id": "r1", "text": "a"}]))])
    first = lake.latest_version()
    lake.commit([Write("claims", claims(*((f"c{i}", f"r{i % 5}", f"e{i % 3}") for i in range(30))))])
    lake.commit([Write("claims", claims(("c1", "r1", "e9"), ("c2", "r1", None)), key="report_id", keys=("r1",))])
    lake.commit([Write("event_aliases", pd.DataFrame([{"alias": "e2", "event_id": "e1"}]))])
    lake.commit([Write("claims", claims(("c7", "r7", "e7")), key="report_id", keys=("r3",))])
    scopes._FEED.clear()

    def ranges(lake: Lake) -> None:
        with lake.reader() as con:
            hi = Lake.current_version(con)
            # each version alone, each to the last, and each from the first
            for lo, top in {*((v, v + 1) for v in range(first, hi)), *((v, hi) for v in range(first, hi)),
                            *((first, v) for v in range(first + 1, hi))}:
                for table, columns in (("claims", "event_id, report_id"), ("event_aliases", "alias, event_id")):
                    assert set(scopes.changes(con, table, columns, lo, top)) == _feed(con, table, columns, lo, top), \
                        (table, lo, top)

    ranges(lake)
    assert scopes._FEED, "the versions read were kept"
    ranges(lake)  # again, from what was kept

    # the catalog as it was two versions ago, and other commits of the same version ids: not the kept changes
    saved = tmp_path / "saved"
    lake.commit([Write("claims", claims(("c8", "r8", "e8")), key="report_id", keys=("r4",))])
    shutil.copytree(lake.lake_dir, saved)
    lake.commit([Write("claims", claims(("c9", "r9", "e9")), key="report_id", keys=("r0",))])
    lake.commit([Write("claims", claims(("c10", "r0", "e10")), key="report_id", keys=("r2",))])
    ranges(lake)
    shutil.rmtree(lake.lake_dir)
    shutil.copytree(saved, lake.lake_dir)
    lake.commit([Write("claims", claims(("c11", "r11", "e11")), key="report_id", keys=("r9",))])
    lake.commit([Write("event_aliases", pd.DataFrame([{"alias": "e5", "event_id": "e6"}]), replace_all=True)])
    ranges(lake)
