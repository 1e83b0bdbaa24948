"""The new-reports sensor over temp folders: new, changed and repeated files, chunked ticks, its cursor."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import dagster as dg
import pytest

from dagster_project.partitions import report_days
from dagster_project.resources import SourcesResource
from dagster_project.sensors import build_sensor, dump_cursor, evaluate, load_cursor

NOW = datetime(2024, 6, 10, 12, 0, tzinfo=UTC)


def report(day: str | None, body: str) -> str:
    head = f"---\ntitle: test\npublished: {day}\n---\n" if day else ""
    return head + body + "\n"


@pytest.fixture
def inbox(tmp_path) -> tuple[Path, SourcesResource]:
    folder = tmp_path / "inbox"
    folder.mkdir()
    sources = tmp_path / "sources.yaml"
    sources.write_text(f"sources:\n  - name: inbox\n    kind: folder\n    path: {folder}\n")
    return folder, SourcesResource(sources_path=str(sources))


def test_new_file_requests_its_day_once(inbox):
    folder, res = inbox
    (folder / "a.md").write_text(report("2024-06-08", "Three people were killed in a market fire."))
    first = evaluate(res, None, now=NOW)
    (req,) = first.run_requests
    assert req.partition_key == "2024-06-08" and req.run_key.startswith("2024-06-08:")
    # the day's run also rebuilds validation and the aggregates, so the estimate shows after one run
    assert {k.to_user_string() for k in req.asset_selection} >= {"reports", "claims", "quarantine",
                                                                 "event_estimates"}
    again = evaluate(res, first.cursor, now=NOW)
    assert not again.run_requests and "no new" in str(again.skip_reason)
    # the same bytes under another name are the same report: nothing to run
    (folder / "copy-of-a.md").write_bytes((folder / "a.md").read_bytes())
    assert not evaluate(res, again.cursor, now=NOW).run_requests


def test_changed_file_runs_again_with_a_new_run_key(inbox):
    folder, res = inbox
    f = folder / "a.md"
    f.write_text(report("2024-06-08", "Three people were killed."))
    first = evaluate(res, None, now=NOW)
    f.write_text(report("2024-06-08", "Four people were killed, officials said later."))
    second = evaluate(res, first.cursor, now=NOW)
    (req,) = second.run_requests
    assert req.partition_key == "2024-06-08" and req.run_key != first.run_requests[0].run_key


def test_undated_and_unreadable_files_fall_on_the_ingestion_day(inbox):
    folder, res = inbox
    (folder / "undated.txt").write_text("Two fishermen were abducted off the coast.")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03")
    result = evaluate(res, None, now=NOW)
    (req,) = result.run_requests
    assert req.partition_key == "2024-06-10"


def test_reports_across_days_start_one_backfill_of_exactly_those_days(inbox):
    folder, res = inbox
    for day in ("2023-01-05", "2023-01-07", "2023-02-01"):
        (folder / f"{day}.md").write_text(report(day, f"On {day} five people were wounded."))
    (req,) = evaluate(res, None, now=NOW).run_requests
    assert req.requires_backfill_daemon()
    subset = req.asset_graph_subset
    keys = {k.to_user_string() for k in subset.asset_keys}
    assert keys == {"reports", "rejected_reports", "report_warnings", "claims"}
    days = set(subset.partitions_subsets_by_asset_key[dg.AssetKey("claims")].get_partition_keys())
    assert days == {"2023-01-05", "2023-01-07", "2023-02-01"}


def test_ten_thousand_files_are_taken_in_chunks(inbox):
    folder, res = inbox
    for i in range(10_000):
        (folder / f"r{i:05d}.txt").write_text(f"Report {i}: {i % 7 + 1} people were injured.")
    cursor, seen_total, ticks = None, 0, 0
    while True:
        result = evaluate(res, cursor, now=NOW, max_new=3000)
        ticks += 1
        if not result.run_requests:
            break
        seen_total = len(load_cursor(result.cursor)["seen"])
        cursor = result.cursor
        assert ticks < 10
    assert seen_total == 10_000 and ticks == 5  # 3000 + 3000 + 3000 + 1000, then nothing new


def test_cursor_round_trip_and_source_data_versions(inbox):
    folder, res = inbox
    state = {"seen": {"a" * 16, "b" * 16}, "versions": {"inbox": "x"}}
    assert load_cursor(dump_cursor(state)) == state
    (folder / "a.txt").write_text("One person died.")
    first = evaluate(res, None, now=NOW)
    (obs,) = first.asset_events
    assert obs.asset_key == dg.AssetKey(["sources", "inbox"]) and obs.tags["dagster/data_version"]
    assert not evaluate(res, first.cursor, now=NOW).asset_events  # unchanged: nothing new to show
    (folder / "b.txt").write_text("Two people died.")
    (obs2,) = evaluate(res, first.cursor, now=NOW).asset_events
    assert obs2.tags["dagster/data_version"] != obs.tags["dagster/data_version"]


def test_the_sensor_definition_runs_with_its_resources(inbox):
    folder, res = inbox
    (folder / "a.md").write_text(report("2024-06-01", "Nine soldiers were killed."))
    sensor = build_sensor()
    with dg.instance_for_test() as instance:
        ctx = dg.build_sensor_context(instance=instance, resources={"sources": res})
        result = sensor(ctx)
    assert [r.partition_key for r in result.run_requests] == ["2024-06-01"]


SPARSE = ("2014-05-03", "2016-09-12", "2019-02-27", "2021-12-01", "2024-03-18")


def test_sparse_days_become_partitions_and_one_run(inbox):
    """Reports on five days over ten years: the days are added as partitions in date order, the tick log says
    one run, and Dagster's backfill splits those days into that one range."""
    from dagster._core.definitions.partitions.context import partition_loading_context

    folder, res = inbox
    for day in reversed(SPARSE):
        (folder / f"{day}.md").write_text(report(day, f"On {day} four people were killed in a raid."))
    lines: list[str] = []
    result = evaluate(res, None, now=NOW, log=lines.append)
    (add,) = result.dynamic_partitions_requests
    assert add.partitions_def_name == "report_days" and list(add.partition_keys) == list(SPARSE)
    assert lines == ["5 new or changed files on 5 days: 1 run of those days"]
    (req,) = result.run_requests
    subset = req.asset_graph_subset.partitions_subsets_by_asset_key[dg.AssetKey("claims")]
    with dg.instance_for_test() as instance:
        instance.add_dynamic_partitions("report_days", list(add.partition_keys))
        with partition_loading_context(dynamic_partitions_store=instance):
            ranges = subset.get_partition_key_ranges(report_days)
    assert [(r.start, r.end) for r in ranges] == [(SPARSE[0], SPARSE[-1])]


def test_days_around_a_known_day_not_in_the_tick_take_two_runs(inbox):
    folder, res = inbox
    for day in (SPARSE[0], SPARSE[2]):
        (folder / f"{day}.md").write_text(report(day, "Two policemen were wounded."))
    lines: list[str] = []
    evaluate(res, None, now=NOW, known_days=list(SPARSE[:3]), log=lines.append)
    assert lines == ["2 new or changed files on 2 days: 2 runs of those days"]


def test_the_sensor_reads_the_instance_days_and_rescans_for_an_old_instance(inbox):
    folder, res = inbox
    (folder / "a.md").write_text(report(SPARSE[1], "Nine soldiers were killed."))
    (folder / "b.md").write_text(report(SPARSE[3], "Six soldiers were killed."))
    sensor = build_sensor()
    with dg.instance_for_test() as instance:
        instance.add_dynamic_partitions("report_days", [SPARSE[2]])
        result = sensor(dg.build_sensor_context(instance=instance, resources={"sources": res}))
        assert list(result.dynamic_partitions_requests[0].partition_keys) == [SPARSE[1], SPARSE[3]]
        # an instance from before days were partitions, with a cursor that has seen the files: every file
        # is found again so that its day becomes a partition
        with dg.instance_for_test() as fresh:
            again = sensor(dg.build_sensor_context(instance=fresh, cursor=result.cursor,
                                                   resources={"sources": res}))
        assert again.run_requests and set(again.dynamic_partitions_requests[0].partition_keys) == {
            SPARSE[1], SPARSE[3]}


def test_a_tick_reads_again_only_the_files_whose_stat_changed(inbox, monkeypatch):
    """The sensor's ticks run in one process: an unchanged file is not read and hashed again, a file rewritten in
    place (same size, other bytes) is, and so is one written within the last moments (its stat may not move)."""
    import time

    from dagster_project import sources

    folder, res = inbox
    monkeypatch.setattr(sources, "RACY_S", 0.2)
    reads: list[str] = []
    read = sources.read_source
    monkeypatch.setattr(sources, "read_source", lambda src, path: reads.append(path.name) or read(src, path))
    a, b = folder / "a.md", folder / "b.md"
    a.write_text(report("2024-06-08", "Three people were killed in a market fire."))
    b.write_text(report("2024-06-09", "Two people were killed in a flood."))
    first = evaluate(res, None, now=NOW)
    again = evaluate(res, first.cursor, now=NOW)
    assert not again.run_requests and sorted(reads) == ["a.md", "a.md", "b.md", "b.md"]  # just written: read again
    time.sleep(0.3)
    reads.clear()
    settled = evaluate(res, again.cursor, now=NOW)
    settled = evaluate(res, settled.cursor, now=NOW)
    assert reads == ["a.md", "b.md"] and not settled.run_requests  # read once more, then known by their stat
    reads.clear()
    a.write_text(report("2024-06-08", "Seven people were killed in a market fire."))  # same size
    changed = evaluate(res, settled.cursor, now=NOW)
    assert reads == ["a.md"]
    (req,) = changed.run_requests
    assert req.partition_key == "2024-06-08"


def test_the_sensor_interval_is_a_setting(monkeypatch):
    from dagster_project import sensors

    assert build_sensor().minimum_interval_seconds == sensors.INTERVAL_DEFAULT_S
    monkeypatch.setenv(sensors.INTERVAL_ENV, "12")
    assert build_sensor().minimum_interval_seconds == 12
