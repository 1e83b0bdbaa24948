"""`toll run`: materialize every asset once, in process, recorded in the Dagster instance, then summarise."""

from __future__ import annotations

import os
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from .lake import PROJECT_ROOT, Lake


def ensure_dagster_home() -> Path:
    """DAGSTER_HOME defaults to data/dagster_home, with telemetry off and one lake writer at a time."""
    home = Path(os.environ.setdefault("DAGSTER_HOME", str(PROJECT_ROOT / "data" / "dagster_home")))
    home.mkdir(parents=True, exist_ok=True)
    if not (home / "dagster.yaml").exists():
        shutil.copy(Path(__file__).with_name("dagster.yaml"), home / "dagster.yaml")
    return home


def limit_lake_writers(instance) -> None:
    """Create the lake_writer pool's single slot up front: `default_limit` only creates it at the first claim,
    and two runs racing for that first claim were both seen to get a slot."""
    storage = instance.event_log_storage
    if "lake_writer" not in storage.get_concurrency_keys():
        storage.set_concurrency_slots("lake_writer", 1)


def materialize_writing(assets, instance, tags: dict | None = None, **kwargs):
    """`dg.materialize` for a run that writes the lake: first free the writer slot of any dead run and wait,
    out loud and interruptibly, for a live one (writer_slot.py); the run is tagged with this process, so that a
    later run can tell if this one died holding the slot."""
    import dagster as dg

    from .writer_slot import patch_dagster_wait, process_tags, raise_if_interrupted, wait_for_writer_slot

    patch_dagster_wait()
    wait_for_writer_slot(instance)
    result = dg.materialize(assets, instance=instance, raise_on_error=False,
                            tags={**(tags or {}), **process_tags()}, **kwargs)
    raise_if_interrupted()
    return result


def report_days_found(folder: str = "", sources_path: str = "") -> list[str]:
    """The partition days the reports in the sources fall on."""
    from datetime import UTC, datetime

    from .partitions import start_date
    from .resources import SourcesResource
    from .sources import scan

    files = SourcesResource(folder=folder, sources_path=sources_path).files()
    found, _ = scan(files, set(), datetime.now(UTC).date(), start_date())
    return sorted({d for f in found for d in f.days})


@dataclass
class PipelineResult:
    """The runs of one `materialize_all`: the days with reports (one run, more only when some of the days were
    partitions already and others between them are not wanted), then one for validate and aggregates."""

    results: list = field(default_factory=list)
    days: list[str] = field(default_factory=list)  # the days materialized
    day_runs: int = 0  # how many of the runs were runs of days

    @property
    def success(self) -> bool:
        return bool(self.results) and all(r.success for r in self.results)

    @property
    def run_id(self) -> str:
        """The last run: the one that wrote the newest version."""
        return self.results[-1].run_id

    @property
    def run_ids(self) -> list[str]:
        return [r.run_id for r in self.results]

    def get_asset_materialization_events(self) -> list:
        return [e for r in self.results for e in r.get_asset_materialization_events()]

    def get_asset_check_evaluations(self) -> list:
        return [e for r in self.results for e in r.get_asset_check_evaluations()]


def materialize_all(lake_dir: str = "", folder: str = "", instance=None, sources_path: str = "",
                    days: list[str] | None = None) -> PipelineResult:
    """Materialize every asset: the days the reports fall on (one run for all of them; `days`: only those, as
    the sensor runs new files), then validate and aggregate. Stops at the first failed run."""
    import dagster as dg

    from .definitions import all_assets
    from .partitions import add_days, key_ranges
    from .resources import resources

    if instance is None:
        ensure_dagster_home()
        instance = dg.DagsterInstance.get()
    limit_lake_writers(instance)
    res = resources(lake_dir=lake_dir, folder=folder, sources_path=sources_path)
    per_day = [a for a in all_assets if a.partitions_def is not None]
    whole = [a for a in all_assets if a.partitions_def is None and "feed_articles" not in
             {k.to_user_string() for k in a.keys}]
    out = PipelineResult(days=sorted(days) if days is not None else report_days_found(folder, sources_path))
    ranges = key_ranges(add_days(instance, out.days), out.days)
    out.day_runs = len(ranges)
    for first, last in ranges:
        tags = {"dagster/asset_partition_range_start": first, "dagster/asset_partition_range_end": last}
        out.results.append(materialize_writing(per_day, instance, tags=tags, resources=res))
        if not out.results[-1].success:
            return out
    out.results.append(materialize_writing(whole, instance, resources=res))
    return out


def summary(lake: Lake) -> str:
    """What a run leaves in the ledger, in a few lines a person reads."""
    with lake.reader() as con:
        one = lambda q: con.execute(q).fetchone()[0]  # noqa: E731
        n_reports, n_rejected = one("SELECT count(*) FROM reports"), one("SELECT count(*) FROM rejected_reports")
        n_claims, n_quarantined = one("SELECT count(*) FROM claims"), one(
            "SELECT count(DISTINCT claim_id) FROM quarantine")
        n_flags = one("SELECT count(*) FROM flags")
        warned = con.execute("""SELECT kind, count(*) FROM report_warnings GROUP BY kind ORDER BY kind""").fetchall()
        version = one("SELECT id FROM lake.current_snapshot()")
        est = con.execute("""
            SELECT e.event_id, party, outcome, low, best, high, n_sources, latest_as_of
            FROM event_estimates e ORDER BY e.event_id, outcome, best DESC NULLS LAST LIMIT 40""").fetchall()
    lines = [
        f"reports ingested: {n_reports} ({n_rejected} rejected)",
        f"claims read: {n_claims}, quarantined: {n_quarantined}, flags: {n_flags}",
        *([f"report warnings: {', '.join(f'{k} {n}' for k, n in warned)}"
           " (SELECT path, kind, message FROM report_warnings)"] if warned else []),
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


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def run_pipeline(reports_dir: str | None = None) -> int:
    start = time.time()
    result = materialize_all(folder=reports_dir or "")
    if not result.success:
        print("toll: the run failed; see the errors above or the run in the Dagster UI", file=sys.stderr)
        return 1
    print(f"{len(result.run_ids)} runs succeeded in {time.time() - start:.1f} s: "
          f"{plural(result.day_runs, 'run')} of {plural(len(result.days), 'day')} with reports, "
          f"1 of validation and aggregates ({', '.join(r[:8] for r in result.run_ids)})\n")
    print(summary(Lake()))
    from .site import build_site, default_out

    site = build_site(Lake(), default_out())
    print(f"\nsite: {site.index} ({len(site.built)} pages written in {site.seconds:.1f} s; "
          "rebuild with `toll report`, open with `toll report --open`)")
    return 0
