"""`materialize_all` over sparse days: one run of exactly the days with reports, also when new days come later."""

from __future__ import annotations

import dagster as dg

from dagster_project.lake import Lake
from dagster_project.partitions import add_days, key_ranges, report_days
from dagster_project.run import materialize_all


def write_report(folder, day: str, n: int) -> None:
    (folder / f"{day}.md").write_text(
        f"---\ntitle: Clash {n}\npublished: {day}\n---\n"
        f"Fighting near the dam on {day} left {n} soldiers dead, the defence ministry said.\n")


def test_key_ranges_cover_exactly_the_wanted_keys():
    keys = ["2011-01-01", "2013-05-05", "2019-09-09", "2024-02-02", "2012-07-07"]
    assert key_ranges(keys, keys) == [("2011-01-01", "2012-07-07")]
    assert key_ranges(keys, ["2013-05-05", "2019-09-09"]) == [("2013-05-05", "2019-09-09")]
    # a wanted key on each side of one that is not wanted: two ranges, the unwanted key left out
    assert key_ranges(keys, ["2011-01-01", "2019-09-09", "2024-02-02"]) == [
        ("2011-01-01", "2011-01-01"), ("2019-09-09", "2024-02-02")]
    assert key_ranges(keys, []) == []


def test_add_days_appends_new_days_in_date_order():
    with dg.instance_for_test() as instance:
        assert add_days(instance, ["2020-05-01", "2015-01-01"]) == ["2015-01-01", "2020-05-01"]
        assert add_days(instance, ["2020-05-01", "2017-03-03", "2012-12-12"]) == [
            "2015-01-01", "2020-05-01", "2012-12-12", "2017-03-03"]
        assert instance.get_dynamic_partitions(report_days.name) == [
            "2015-01-01", "2020-05-01", "2012-12-12", "2017-03-03"]


def test_sparse_days_run_once_and_only_they_are_materialized(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    days = ["2013-04-10", "2015-08-21", "2018-01-02", "2020-10-30", "2023-06-06"]
    for i, day in enumerate(days):
        write_report(reports, day, i + 4)
    lake_dir = tmp_path / "lake"
    with dg.instance_for_test() as instance:
        first = materialize_all(lake_dir=str(lake_dir), folder=str(reports), instance=instance)
        assert first.success and first.day_runs == 1 and len(first.run_ids) == 2
        assert first.days == days
        assert instance.get_materialized_partitions(dg.AssetKey("claims")) == set(days)
        # a report on a day between the others, added later: still one run, of the six days
        write_report(reports, "2016-02-14", 9)
        second = materialize_all(lake_dir=str(lake_dir), folder=str(reports), instance=instance)
        assert second.success and second.day_runs == 1
        for asset in ("reports", "rejected_reports", "claims"):
            assert instance.get_materialized_partitions(dg.AssetKey(asset)) == {*days, "2016-02-14"}
    assert Lake(lake_dir).query("SELECT count(*) AS n FROM reports").n[0] == 6
