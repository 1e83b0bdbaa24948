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
        # the instance's default_limit: 1 in dagster_project/dagster.yaml, more past one machine (scale-out.yaml)
        limit = instance.get_concurrency_config().pool_config.default_pool_limit or 1
        storage.set_concurrency_slots("lake_writer", limit)


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
    keys = add_days(instance, out.days)
    ranges = key_ranges(keys, out.days)
    if os.environ.get("TOLL_CELERY_BROKER"):
        ranges = [r for first, last in ranges for r in split_range(keys, first, last, parallel_runs())]
        out.day_runs = len(ranges)
        out.results += run_days_in_parallel(instance, ranges, lake_dir, folder, sources_path)
        if not out.success:
            return out
        out.results.append(materialize_writing(whole, instance, resources=res))
        return out
    out.day_runs = len(ranges)
    for first, last in ranges:
        tags = {"dagster/asset_partition_range_start": first, "dagster/asset_partition_range_end": last}
        out.results.append(materialize_writing(per_day, instance, tags=tags, resources=res))
        if not out.results[-1].success:
            return out
    out.results.append(materialize_writing(whole, instance, resources=res))
    return out


def parallel_runs() -> int:
    """Runs of days in flight at once past one machine (TOLL_PARALLEL_RUNS): their steps run on celery workers."""
    return max(1, int(os.environ.get("TOLL_PARALLEL_RUNS") or 4))


def split_range(keys: list[str], first: str, last: str, n: int) -> list[tuple[str, str]]:
    """The partition range first..last (in the order of `keys`) cut into at most `n` contiguous ranges of about as
    many days each."""
    days = keys[keys.index(first):keys.index(last) + 1]
    n = min(n, len(days))
    bounds = [round(i * len(days) / n) for i in range(n + 1)]
    return [(days[a], days[b - 1]) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def _per_day_job():
    from dagster._core.definitions.reconstruct import ReconstructableRepository

    return ReconstructableRepository.for_module(
        "dagster_project.definitions", "defs", working_directory=str(PROJECT_ROOT)).get_reconstructable_job(
        "ingest_reports")


def _execute_range(first: str, last: str, run_config: dict, tags: dict) -> str:
    """One run of the days first..last, in a forked process with its own instance connection; its run id."""
    import dagster as dg

    tags = {**tags, "dagster/asset_partition_range_start": first, "dagster/asset_partition_range_end": last}
    with dg.DagsterInstance.get() as instance:
        return dg.execute_job(_per_day_job(), instance=instance, run_config=run_config, tags=tags,
                              raise_on_error=False).run_id


@dataclass
class RunOutcome:
    """A run executed elsewhere, read back from the instance (what PipelineResult needs of a run's result)."""

    instance: object
    run_id: str

    @property
    def success(self) -> bool:
        import dagster as dg

        run = self.instance.get_run_by_id(self.run_id)
        return run is not None and run.status == dg.DagsterRunStatus.SUCCESS

    def _events(self, kind) -> list:
        return [e.dagster_event for e in self.instance.all_logs(self.run_id, of_type=kind)]

    def get_asset_materialization_events(self) -> list:
        import dagster as dg

        return self._events(dg.DagsterEventType.ASSET_MATERIALIZATION)

    def get_asset_check_evaluations(self) -> list:
        import dagster as dg

        return [e.event_specific_data for e in self._events(dg.DagsterEventType.ASSET_CHECK_EVALUATION)]


def run_days_in_parallel(instance, ranges: list[tuple[str, str]], lake_dir: str = "", folder: str = "",
                         sources_path: str = "") -> list[RunOutcome]:
    """One run of the `ingest_reports` job per range, all in flight at once, each run's steps executed by the
    celery workers (the job's executor with TOLL_CELERY_BROKER set); the workers load the code location and
    read the run's configuration from the instance, so the instance must be one they share (PostgreSQL).

    Each run is orchestrated from a process of its own, forked once the code is loaded: Dagster configures
    Python logging when a run starts (logging.config.dictConfig), which deadlocks runs started from threads."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from .writer_slot import process_tags

    _per_day_job().get_definition()  # loaded once here; the forked processes inherit it
    # make the catalog and its tables before the runs fan out: DuckLake's first attach of a new catalog creates
    # its own tables, and two runs doing that at once fail ("relation ... already exists")
    Lake(lake_dir or None).connect().close()
    config = {k: v for k, v in {"lake_dir": lake_dir}.items() if v}
    src = {k: v for k, v in {"folder": folder, "sources_path": sources_path}.items() if v}
    run_config = {"resources": {**({"lake": {"config": config}} if config else {}),
                                **({"sources": {"config": src}} if src else {})}}
    with ProcessPoolExecutor(len(ranges), mp_context=multiprocessing.get_context("fork")) as pool:
        futures = [pool.submit(_execute_range, first, last, run_config, process_tags()) for first, last in ranges]
        return [RunOutcome(instance, f.result()) for f in futures]


def summary(lake: Lake) -> str:
    """What a run leaves in the ledger, in a few lines a person reads."""
    with lake.reader() as con:
        one = lambda q: con.execute(q).fetchone()[0]  # noqa: E731
        n_reports = one("SELECT count(*) FROM reports")
        n_rejected = one("SELECT count(*) FROM rejected_reports WHERE coalesce(stage, 'ingest') <> 'extract'")
        n_claims, n_quarantined = one("SELECT count(*) FROM claims"), one(
            "SELECT count(DISTINCT claim_id) FROM quarantine")
        n_flags = one("SELECT count(*) FROM flags")
        warned = con.execute("""SELECT kind, count(*) FROM report_warnings GROUP BY kind ORDER BY kind""").fetchall()
        n_failed = one("SELECT count(*) FROM rejected_reports WHERE stage = 'extract'")
        feeds = con.execute("SELECT message FROM report_warnings WHERE kind = 'feed_failed' ORDER BY path").fetchall()
        version = one("SELECT id FROM lake.current_snapshot()")
        est = con.execute("""
            SELECT e.event_id, party, outcome, low, best, high, n_sources, latest_as_of
            FROM event_estimates e ORDER BY e.event_id, outcome, best DESC NULLS LAST LIMIT 40""").fetchall()
    lines = [
        f"reports ingested: {n_reports} ({n_rejected} rejected)",
        f"claims read: {n_claims}, quarantined: {n_quarantined}, flags: {n_flags}",
        *([f"report warnings: {', '.join(f'{k} {n}' for k, n in warned)}"
           " (SELECT path, kind, message FROM report_warnings)"] if warned else []),
        *([f"reports the extractor failed on: {n_failed}, rejected, no claims read from them (SELECT path, reason "
           "FROM rejected_reports WHERE stage = 'extract')"] if n_failed else []),
        *[f"feed failed at its last poll: {message}" for (message,) in feeds],
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
