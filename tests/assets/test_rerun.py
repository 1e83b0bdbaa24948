"""Re-running a backfill of the whole archive with nothing changed writes nothing: the lake's data version (its
current DuckLake snapshot) and its list of snapshots stay as they were, through `toll run` and through a backfill
of every day as Dagster launches it (one run over the whole partition range)."""

from __future__ import annotations


def _snapshots(lake) -> list[int]:
    with lake.reader() as con:
        return [r[0] for r in con.execute("SELECT snapshot_id FROM lake.snapshots() ORDER BY 1").fetchall()]


def _counts(lake) -> dict[str, int]:
    with lake.reader() as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("reports", "claims", "quarantine", "flags", "events", "estimate_timeline",
                          "event_estimates", "source_timeline")}


def test_rerun_of_everything_writes_no_version(sample_ledger):
    from dagster_project.definitions import defs
    from dagster_project.resources import resources
    from dagster_project.run import materialize_all

    lake, _, instance = sample_ledger
    folder = str(lake.lake_dir.parent / "reports")
    before, counts = _snapshots(lake), _counts(lake)
    assert counts["claims"] > 0 and counts["event_estimates"] > 0

    again = materialize_all(lake_dir=str(lake.lake_dir), folder=folder, instance=instance)
    assert again.success
    assert _snapshots(lake) == before

    # the backfill path: every day with reports in one run (single-run backfill policy), then the rest
    days = instance.get_dynamic_partitions("report_days")
    res = resources(lake_dir=str(lake.lake_dir), folder=folder)
    run = defs.get_job_def("ingest_reports").execute_in_process(
        instance=instance, resources=res,
        tags={"dagster/asset_partition_range_start": days[0], "dagster/asset_partition_range_end": days[-1]})
    assert run.success
    refresh = defs.get_job_def("refresh").execute_in_process(instance=instance, resources=res)
    assert refresh.success
    assert _snapshots(lake) == before
    assert _counts(lake) == counts
    # each materialization says which version it stands on: the same one, not a new one
    snaps = {m.event_specific_data.materialization.metadata["snapshot_id"].value
             for m in [*run.get_asset_materialization_events(), *refresh.get_asset_materialization_events()]
             if "snapshot_id" in m.event_specific_data.materialization.metadata}
    assert snaps and max(snaps) == before[-1]
