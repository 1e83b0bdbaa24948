"""`toll run`: materialize every asset once, in process, recorded in the Dagster instance, then summarise."""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

from .lake import PROJECT_ROOT, Lake


def ensure_dagster_home() -> Path:
    """DAGSTER_HOME defaults to data/dagster_home, with telemetry off and one lake writer at a time."""
    home = Path(os.environ.setdefault("DAGSTER_HOME", str(PROJECT_ROOT / "data" / "dagster_home")))
    home.mkdir(parents=True, exist_ok=True)
    if not (home / "dagster.yaml").exists():
        shutil.copy(Path(__file__).with_name("dagster.yaml"), home / "dagster.yaml")
    return home


def report_day_range(folder: str = "", sources_path: str = "") -> tuple[str, str] | None:
    """The first and last partition day of the reports in the sources (None when there are none)."""
    from datetime import UTC, datetime

    from .partitions import start_date
    from .resources import SourcesResource
    from .sources import scan

    files = SourcesResource(folder=folder, sources_path=sources_path).files()
    found, _ = scan(files, set(), datetime.now(UTC).date(), start_date())
    days = sorted(d for f in found for d in f.days)
    return (days[0], days[-1]) if days else None


def materialize_all(lake_dir: str = "", folder: str = "", instance=None, sources_path: str = ""):
    """One run over every asset: the days the reports fall on, then validate and aggregate."""
    import dagster as dg

    from .definitions import all_assets
    from .resources import resources

    if instance is None:
        ensure_dagster_home()
        instance = dg.DagsterInstance.get()
    span = report_day_range(folder, sources_path)
    if span is None:
        from datetime import UTC, datetime

        today = datetime.now(UTC).date().isoformat()
        span = (today, today)
    tags = {"dagster/asset_partition_range_start": span[0], "dagster/asset_partition_range_end": span[1]}
    selection = [a for a in all_assets if "feed_articles" not in {k.to_user_string() for k in a.keys}]
    return dg.materialize(selection, resources=resources(lake_dir=lake_dir, folder=folder, sources_path=sources_path),
                          instance=instance, raise_on_error=False, tags=tags)


def summary(lake: Lake) -> str:
    """What a run leaves in the ledger, in a few lines a person reads."""
    with lake.reader() as con:
        one = lambda q: con.execute(q).fetchone()[0]  # noqa: E731
        n_reports, n_rejected = one("SELECT count(*) FROM reports"), one("SELECT count(*) FROM rejected_reports")
        n_claims, n_quarantined = one("SELECT count(*) FROM claims"), one(
            "SELECT count(DISTINCT claim_id) FROM quarantine")
        n_flags = one("SELECT count(*) FROM flags")
        version = one("SELECT id FROM lake.current_snapshot()")
        est = con.execute("""
            SELECT e.event_id, party, outcome, low, best, high, n_sources, latest_as_of
            FROM event_estimates e ORDER BY e.event_id, outcome, best DESC NULLS LAST LIMIT 40""").fetchall()
    lines = [
        f"reports ingested: {n_reports} ({n_rejected} rejected)",
        f"claims read: {n_claims}, quarantined: {n_quarantined}, flags: {n_flags}",
        "",
        "estimates per event (low / best / high across sources):",
    ]
    header = ("event", "party", "outcome", "low", "best", "high", "sources", "latest as_of")
    rows = [header] + [tuple("" if v is None else str(v) for v in r) for r in est]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for r in rows:
        lines.append("  " + "  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())
    lines += [
        "",
        f"data version written: {version}",
        "query the tables:  .venv/bin/toll sql \"SELECT party, outcome, low, best, high FROM event_estimates\"",
    ]
    return "\n".join(lines)


def run_pipeline(reports_dir: str | None = None) -> int:
    start = time.time()
    result = materialize_all(folder=reports_dir or "")
    if not result.success:
        print("toll: the run failed; see the errors above or the run in the Dagster UI", file=sys.stderr)
        return 1
    print(f"run {result.run_id} succeeded in {time.time() - start:.1f} s\n")
    print(summary(Lake()))
    return 0
