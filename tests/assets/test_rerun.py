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


def _report(day: str, outlet: str, title: str, body: str) -> str:
    return f'---\ntitle: {title}\npublished: "{day}"\noutlet: {outlet}\n---\n{body}\n'


DAYS = {  # one report a day but on 2022-08-09: a day read again names the report(s) read again
    "lake-ferry.md": _report("2022-08-02", "Harbour Post", "Ferry capsizes on the lake",
                             "BUKAVU, Congo - A ferry carrying traders capsized near Bukavu on Monday; 11 passengers "
                             "drowned and 30 were rescued, the provincial governor said."),
    "depot-fire.md": _report("2022-08-05", "Valley Courier", "Fuel depot fire",
                             "GOMA, Congo - A fire at a fuel depot in Goma on Thursday killed 6 workers and injured 9 "
                             "others, the fire brigade said."),
    "road-ambush.md": _report("2022-08-09", "Ridge Tribune", "Convoy ambushed on the road north",
                              "BENI, Congo - Gunmen ambushed a convoy of lorries north of Beni on Monday, killing 4 "
                              "drivers, a local official said."),
    "bridge.md": _report("2022-08-09", "Valley Courier", "Footbridge gives way",
                         "BENI, Congo - A footbridge over a swollen river collapsed near Beni on Tuesday, killing 3 "
                         "schoolchildren, the mayor said."),
    "camp-raid.md": _report("2022-08-12", "Harbour Post", "Raid on a camp for the displaced",
                            "BUNIA, Congo - Militiamen raided a camp for displaced people near Bunia on Thursday "
                            "night, killing 17 residents, aid workers said on Friday."),
}


def _metadata(result, asset: str) -> dict:
    """An asset's materialization metadata (a run of many days logs the same one for each day)."""
    for m in result.get_asset_materialization_events():
        mat = m.event_specific_data.materialization
        if mat.asset_key.to_user_string() == asset:
            return {k: getattr(v, "value", v) for k, v in mat.metadata.items()}
    raise AssertionError(f"{asset} not materialized")


def _claim_rows(lake, where: str = "true") -> list:
    with lake.reader() as con:
        return sorted(con.execute(f"SELECT * FROM claims WHERE {where}").fetchall(), key=repr)


def test_unchanged_days_are_not_read_again(tmp_path, monkeypatch):
    """A re-run extracts nothing; one edited report is read again alone, a deleted one's day is cleared, and
    another extractor version reads every day again."""
    import dagster as dg

    from dagster_project.lake import Lake
    from dagster_project.run import materialize_all

    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in DAYS.items():
        (folder / name).write_text(text)
    lake = Lake(tmp_path / "lake")

    def run(instance):
        result = materialize_all(lake_dir=str(lake.lake_dir), folder=str(folder), instance=instance)
        assert result.success
        return _metadata(result, "claims")

    with dg.instance_for_test() as instance:
        first = run(instance)
        assert (first["reports_read"], first["days_read"], first["days_unchanged"]) == (5, 4, 0)
        before, rows = _snapshots(lake), _claim_rows(lake)
        assert {r for r in lake.query("SELECT DISTINCT value_low FROM claims WHERE outcome = 'killed'").value_low} \
            >= {6, 4, 17}

        again_run = materialize_all(lake_dir=str(lake.lake_dir), folder=str(folder), instance=instance)
        assert again_run.success
        again = _metadata(again_run, "claims")
        assert (again["reports_read"], again["days_read"], again["days_unchanged"]) == (0, 0, 4)
        assert again["reports_unchanged"] == 5 and "not read again" in again["unchanged"]
        assert again["snapshot_id"] == before[-1]
        assert _snapshots(lake) == before and _claim_rows(lake) == rows
        assert "0 reports changed" in _metadata(again_run, "quarantine")["scope"]  # no suite ran
        for asset in ("events", "estimate_timeline", "event_estimates", "source_timeline"):  # no event redone
            assert _metadata(again_run, asset)["scope"].startswith("0 events"), asset

        # one edited report: its day alone is read, the other days' claims are the rows they were
        others = _claim_rows(lake, "partition_date <> DATE '2022-08-05'")
        (folder / "depot-fire.md").write_text(DAYS["depot-fire.md"].replace("killed 6", "killed 8"))
        edited = run(instance)
        assert (edited["reports_read"], edited["days_read"], edited["days_unchanged"]) == (1, 1, 3)
        assert _claim_rows(lake, "partition_date <> DATE '2022-08-05'") == others
        depot = lake.query("SELECT value_low FROM claims WHERE partition_date = DATE '2022-08-05' "
                           "AND outcome = 'killed'")
        assert list(depot.value_low) == [8]

        # a deleted file: its report is withdrawn, its day read again (the other report of that day), its claims gone
        (folder / "road-ambush.md").unlink()
        deleted = run(instance)
        assert (deleted["reports_read"], deleted["days_read"]) == (1, 1)
        left = lake.query("SELECT DISTINCT value_low FROM claims WHERE partition_date = DATE '2022-08-09'")
        assert list(left.value_low) == [3]

        # another extractor version: every day is read again
        monkeypatch.setattr("assets.normalize.extractor_code_version", lambda *a: "another-version")
        newer = run(instance)
        assert (newer["reports_read"], newer["days_unchanged"]) == (4, 0)
        assert set(lake.query("SELECT DISTINCT extractor_version FROM claims").extractor_version) == \
            {"another-version"}
