"""Every definition loads: assets, checks, resources, sensors, schedules and the job."""

import dagster as dg

from dagster_project.definitions import defs


def test_all_definitions_load():
    repo = defs.get_repository_def()
    keys = {k.to_user_string() for k in repo.asset_graph.get_all_asset_keys()}
    assert {"reports", "rejected_reports", "claims", "quarantine", "flags", "events",
            "event_estimates"} <= keys
    checks = {c.name for c in repo.asset_graph.asset_check_keys}
    assert {"claims_shape", "parts_within_total", "spans_point_into_reports"} <= checks
    assert defs.resolve_job_def("ingest_reports").partitions_def is not None
    assert defs.resolve_job_def("refresh") is not None
    assert {s.name for s in repo.sensor_defs} == {"new_reports_sensor", "refresh_after_new_claims"}
    assert {s.name for s in repo.schedule_defs} == {"daily_refresh"}
    assert set(defs.resources) == {"lake", "sources", "corrections"}
    dg.Definitions.validate_loadable(defs)


def test_blocking_shape_check_guards_aggregates():
    from assets.validate import validate

    spec = next(s for s in validate.check_specs if s.name == "claims_shape")
    assert spec.blocking
