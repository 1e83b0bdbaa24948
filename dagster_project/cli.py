"""`toll`: the command line of toll-ledger.

Subcommands import what they need lazily, so `toll extract` and `toll sql` start in well under a second
(Dagster and Great Expectations are only imported by `toll run`).
"""

from __future__ import annotations

import argparse
import http.server
import json
import os
import sys
from pathlib import Path


def _fail(msg: str, code: int = 2) -> int:
    print(f"toll: {msg}", file=sys.stderr)
    return code


def cmd_extract(args) -> int:
    from claims import extract
    from claims.documents import Rejected, read_text_file

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return _fail(f"{path}: cannot read: {exc.strerror or exc}")
    try:
        doc = read_text_file(data, path.name)
    except Rejected as exc:
        return _fail(f"{path}: {exc}")
    for note in doc.warnings:
        print(f"toll: warning: {path}: {note}", file=sys.stderr)
    published = args.published if args.published else doc.published
    if published:
        from claims.documents import as_iso_date

        iso = as_iso_date(published)
        if iso is None:
            return _fail(f"--published {published!r} is not a date (expected YYYY-MM-DD)")
        published = iso
    found = extract(doc.text, published=published, report_id=doc.report_id)
    if args.format == "jsonl":
        out = sys.stdout
        for c in found:
            out.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
    else:
        _print_table(
            ["#", "outcome", "party", "role", "low", "high", "qualifier", "source", "as_of", "part_of", "figure"],
            [[c.claim_index, c.outcome, c.party, c.role or "", c.value_low,
              "" if c.value_high is None else c.value_high, c.qualifier, c.attributed_to or "",
              c.as_of or "", "" if c.part_of is None else c.part_of, doc.text[c.span[0]:c.span[1]]]
             for c in found],
        )
        print(f"{len(found)} claims in {path}", file=sys.stderr)
    return 0


def _print_table(header: list[str], rows: list[list]) -> None:
    cells = [[str(h) for h in header]] + [[str(v).replace("\n", " ") for v in r] for r in rows]
    widths = [min(max(len(r[i]) for r in cells), 60) for i in range(len(header))]
    for n, r in enumerate(cells):
        print("  ".join(v[:60].ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def cmd_sql(args) -> int:
    """One read-only SELECT on a connection that can read the lake and nothing else (see query_guard)."""
    import duckdb

    from dagster_project.lake import Lake
    from dagster_project.query_guard import RefusedQuery, check_query

    export = Path(args.export) if args.export else None
    if export is not None and export.suffix.lower() not in EXPORT_FORMATS:
        return _fail(f"--export {export}: the file name must end in {', '.join(EXPORT_FORMATS)}")
    try:
        query = check_query(args.query)
    except RefusedQuery as exc:
        return _fail(f"refused: {exc}", 1)
    except duckdb.Error as exc:
        return _fail(f"query failed: {_first_line(exc)}", 1)
    try:
        con = Lake().connect(read_only=True, version=args.version, as_of=args.as_of, sandbox=True)
    except FileNotFoundError as exc:
        return _fail(str(exc))
    except duckdb.Error as exc:  # a version that does not exist or was expired, a malformed --as-of
        return _fail(f"cannot open that version: {_first_line(exc)}")
    try:
        rel = con.sql(query)
        if rel is None:
            return 0
        if export is not None:
            try:
                n = _export(rel, export)
            except (OSError, ValueError) as exc:
                if isinstance(exc, BrokenPipeError):
                    raise
                return _fail(f"--export {export}: {getattr(exc, 'strerror', None) or _first_line(exc)}", 1)
            print(f"{n} rows written to {export}", file=sys.stderr)
        elif args.format == "table":
            _print_table(rel.columns, rel.fetchall())
        elif args.format == "csv":
            rel.df().to_csv(sys.stdout, index=False)
        else:
            cols = rel.columns
            for row in rel.fetchall():
                print(json.dumps(dict(zip(cols, row, strict=True)), default=str, ensure_ascii=False))
    except duckdb.Error as exc:
        return _fail(f"query failed: {_first_line(exc)}", 1)
    finally:
        con.close()
    return 0


EXPORT_FORMATS = (".csv", ".parquet", ".json")


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def _export(rel, path: Path) -> int:
    """Write a result to a file from Python (the query's connection cannot write files): csv, parquet or
    json lines by the suffix. Written to a temporary name first, so a failure leaves no half file."""
    import os

    table = rel.arrow()
    if hasattr(table, "read_all"):  # newer duckdb returns a RecordBatchReader
        table = table.read_all()
    tmp = path.with_name(f".{path.name}.tmp")
    suffix = path.suffix.lower()
    try:
        if suffix == ".parquet":
            import pyarrow.parquet as pq

            pq.write_table(table, tmp)
        elif suffix == ".csv":  # as --format csv prints it (pandas writes lists and structs, pyarrow's csv not)
            table.to_pandas().to_csv(tmp, index=False)
        else:
            with open(tmp, "w", encoding="utf-8") as out:
                for row in table.to_pylist():
                    out.write(json.dumps(row, default=str, ensure_ascii=False) + "\n")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return table.num_rows


def _print_rows(rows: list[dict], fmt: str) -> None:
    if fmt == "json":
        for r in rows:
            print(json.dumps(r, default=str, ensure_ascii=False))
    elif fmt == "csv":
        import csv

        if rows:
            w = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
    elif rows:
        _print_table(list(rows[0]), [list(r.values()) for r in rows])


def _versions_call(fn):
    """Run a versions command, turning a missing ledger or a bad version into one line on stderr."""
    import duckdb

    from dagster_project.versions import VersionError

    try:
        return fn()
    except FileNotFoundError as exc:
        return _fail(str(exc))
    except VersionError as exc:
        return _fail(str(exc))
    except duckdb.Error as exc:
        return _fail(str(exc).splitlines()[0], 1)


def cmd_versions(args) -> int:
    from dagster_project.lake import Lake
    from dagster_project.versions import list_versions

    def run() -> int:
        found = list_versions(Lake(), None if args.all else args.limit)
        if args.format == "table":
            rows = [{"version": v.snapshot_id, "time": v.time.strftime("%Y-%m-%d %H:%M:%S"),
                     "run": (v.run_id or "")[:8], "asset": v.asset or "", "changes": v.changes(),
                     "message": v.message or ""} for v in found]
        else:
            rows = [v.to_dict() for v in found]
        _print_rows(rows, args.format)
        return 0

    return _versions_call(run)


def cmd_diff(args) -> int:
    from dagster_project.lake import Lake
    from dagster_project.versions import diff

    def run() -> int:
        changes = diff(Lake(), args.a, args.b, args.table)
        if args.format == "table":
            rows = [{"table": c.table, "change": c.change, "key": c.key, "report": c.report_id or "",
                     "what": c.detail, "sentence": c.sentence or ""} for c in changes]
        else:
            rows = [c.to_dict() for c in changes]
        _print_rows(rows, args.format)
        counts = {}
        for c in changes:
            counts[c.change] = counts.get(c.change, 0) + 1
        summary = ", ".join(f"{n} {k}" for k, n in sorted(counts.items())) or "no changes"
        print(f"{args.a} → {args.b}: {summary}", file=sys.stderr)
        return 0

    return _versions_call(run)


def cmd_rollback(args) -> int:
    from dagster_project.lake import Lake
    from dagster_project.versions import rollback

    def run() -> int:
        lake = Lake()
        before = lake.latest_version()
        new = rollback(lake, args.version)
        if new == before:
            print(f"version {args.version} has the same rows as the current version {before}: nothing to do")
            return 0
        info = lake.last_commit
        rows = ", ".join(f"{t} -{info.rows_removed.get(t, 0)} +{info.rows_added.get(t, 0)}"
                         for t in sorted(info.rows_removed)) or "no rows"
        print(f"version {args.version} is current again, as version {new} ({rows})")
        print(f"undo with: toll rollback {before}")
        return 0

    return _versions_call(run)


def cmd_expire(args) -> int:
    from dagster_project.lake import Lake
    from dagster_project.versions import expire, parse_age

    def run() -> int:
        done = expire(Lake(), parse_age(args.older_than), dry_run=args.dry_run)
        verb = "would expire" if done.dry_run else "expired"
        ids = ", ".join(str(i) for i in done.expired) or "none"
        print(f"{verb} {len(done.expired)} versions ({ids}); "
              f"{'would delete' if done.dry_run else 'deleted'} {done.files_removed} files")
        return 0

    return _versions_call(run)


def _stoppable() -> None:
    """SIGTERM stops `toll run` as Ctrl-C does (KeyboardInterrupt: a run in progress is recorded failed and its
    transaction rolls back), and the writer-slot messages (INFO) are shown."""
    import logging

    from dagster_project.writer_slot import stop_on_signals

    stop_on_signals()
    logger = logging.getLogger("toll")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("toll: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False


def cmd_run(args) -> int:
    _stoppable()
    try:
        return _cmd_run(args)
    except KeyboardInterrupt:
        print("toll: stopped; the step that was writing committed nothing (finished steps keep their versions)",
              file=sys.stderr)
        return 130


def _cmd_run(args) -> int:
    if args.day:
        return _rerun(args.day)
    from dagster_project.lake import DataPathError, Lake
    from dagster_project.run import run_pipeline

    lake = Lake()
    if lake.exists():  # a lake whose files are not where configured: one line now, not a failed run later
        try:
            lake.connect(read_only=True).close()
        except DataPathError as exc:
            return _fail(str(exc))
    if args.reports is not None and not Path(args.reports).is_dir():  # not "success with nothing read"
        return _fail(f"--reports {args.reports}: no such folder")
    return run_pipeline(reports_dir=args.reports)


def _rerun(day: str) -> int:
    from dagster_project.corrections import rerun_day
    from dagster_project.lake import Lake
    from dagster_project.run import summary

    result = rerun_day(day)
    if not result.success:
        return _fail(f"the run of {day} failed; see the errors above or the run in the Dagster UI", 1)
    print(f"re-read the claims of {day} and rebuilt the aggregates (run {result.run_id[:8]})\n")
    print(summary(Lake()))
    return 0


def _span(value: str) -> tuple[int, int]:
    a, _, b = value.partition(":")
    try:
        return int(a), int(b)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not START:END") from None


def cmd_correct(args) -> int:
    """One correction: the claim (or report) is looked up in the lake, the correction keyed to its text span."""
    import getpass
    import os

    from claims.corrections import Correction, CorrectionError, with_time
    from dagster_project.corrections import find_claim, record, report_of
    from dagster_project.lake import Lake

    lake = Lake()
    if not lake.exists():
        return _fail(f"no ledger at {lake.lake_dir}: run `make run` (or set TOLL_LAKE_DIR) first")
    fields = {k: v for k, v in (("outcome", args.outcome), ("party", args.party), ("role", args.role),
                                ("attributed_to", args.attributed_to), ("qualifier", args.qualifier),
                                ("as_of", args.as_of), ("value_low", args.low), ("value_high", args.high))
              if v is not None}
    if args.value is not None:  # exactly N, unless a qualifier says "at least N", "more than N", ...
        q = fields.setdefault("qualifier", "exact")
        fields.update(value_low=args.value, value_high=args.value if q in ("exact", "range") else None)
    by = args.by or os.environ.get("USER") or getpass.getuser()
    try:
        if args.add:
            if args.span is None:
                return _fail("--add needs --span START:END (offsets into the report text)")
            found = report_of(lake, args.target)
            if found is None:
                return _fail(f"no report {args.target} in the ledger")
            text, day = found
            s, e = args.span
            if not 0 <= s < e <= len(text):
                return _fail(f"--span {s}:{e} is outside the report's text (0:{len(text)})")
            c = Correction(kind="add", report_id=args.target, span=(s, e), phrase=text[s:e], fields=fields)
        elif args.event:
            rid = args.target.split(":")[0]
            found = report_of(lake, rid)
            if found is None:
                return _fail(f"no report {rid} in the ledger")
            day = found[1]
            c = Correction(kind="event", report_id=rid, event_id=args.event)
        else:
            fig = find_claim(lake, args.target)
            if fig is None:
                return _fail(f"no claim {args.target} in the ledger (toll sql \"SELECT claim_id, sentence FROM claims\")")
            day = fig.partition_date
            if args.reject:
                c = Correction(kind="reject", report_id=fig.report_id, span=fig.span, phrase=fig.phrase,
                               reason=args.reject, machine=fig.machine, claim_id=fig.claim_id)
            else:
                c = Correction(kind="fix", report_id=fig.report_id, span=fig.span, phrase=fig.phrase, fields=fields,
                               machine=fig.machine, claim_id=fig.claim_id)
        c = with_time(c, by=by, why=args.why or "")
    except CorrectionError as exc:
        return _fail(str(exc))
    path = record(lake, c)
    print(f"correction {c.id} ({c.kind}) written to {path} and to the corrections table")
    if args.run:
        return _rerun(day)
    print(f"apply it: toll run --day {day}   (re-reads that day's claims and rebuilds the aggregates)")
    return 0


def cmd_corrections(args) -> int:
    from claims.corrections import CorrectionError, load
    from dagster_project.corrections import status
    from dagster_project.lake import Lake, default_corrections_dir

    try:
        found = load(default_corrections_dir())
    except CorrectionError as exc:
        return _fail(str(exc))
    lake = Lake()
    if not lake.exists():
        return _fail(f"no ledger at {lake.lake_dir}: run `make run` (or set TOLL_LAKE_DIR) first")
    rows = status(lake, found)
    if args.format == "table":
        rows = [{k: v for k, v in r.items() if k not in ("report", "by")} for r in rows]
    _print_rows(rows, args.format)
    missing = sum(r["status"].startswith("NOT FOUND") for r in rows)
    print(f"{len(rows)} corrections in {default_corrections_dir()}"
          + (f"; {missing} no longer find their figure" if missing else ""), file=sys.stderr)
    return 1 if missing else 0


def cmd_report(args) -> int:
    from dagster_project.lake import Lake
    from dagster_project.site import build_site, default_out

    lake = Lake()
    if not lake.exists():
        return _fail(f"no ledger at {lake.lake_dir}: run `make run` (or set TOLL_LAKE_DIR) first")
    result = build_site(lake, args.out or default_out(), charts=not args.no_charts,
                        export="all" if args.export_charts else "changed")
    print(f"site: {result.index} ({result.events} events, {result.reports} reports; "
          f"{len(result.built)} pages written, {len(result.removed)} files removed, in {result.seconds:.1f} s)")
    if args.open:
        import webbrowser

        webbrowser.open(result.index.resolve().as_uri())
    return 0


def cmd_ui(args) -> int:
    """`dagster dev` with the site folder served over HTTP from this process, so the charts the aggregate assets attach
    (TOLL_SITE_URL) show in place in the UI; one Ctrl-C stops both (the server is a thread of this process)."""
    import functools
    import signal
    import subprocess
    import threading

    site = Path(os.environ.get("TOLL_SITE_DIR") or "data/site")
    site.mkdir(parents=True, exist_ok=True)
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.site_port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    env = {**os.environ, "TOLL_SITE_URL": os.environ.get("TOLL_SITE_URL") or f"http://127.0.0.1:{args.site_port}"}
    print(f"site folder {site} served at {env['TOLL_SITE_URL']}", flush=True)
    dagster = Path(sys.executable).with_name("dagster")
    proc = subprocess.Popen([str(dagster), "dev", "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(args.port)], env=env)
    signal.signal(signal.SIGTERM, lambda *_: proc.terminate())  # a service manager's stop reaches dagster dev too
    try:
        return proc.wait()
    except KeyboardInterrupt:  # the terminal's Ctrl-C reached dagster dev too: let it shut down, then insist
        for stop in (None, proc.terminate, proc.kill):
            if stop:
                stop()
            try:
                return proc.wait(timeout=20)
            except (subprocess.TimeoutExpired, KeyboardInterrupt):
                continue
        return 130
    finally:
        server.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # the UI fetches charts often: no line per request
        pass


def cmd_search(args) -> int:
    from dagster_project.lake import Lake
    from dagster_project.search import build_index, connect_index, search

    lake = Lake()
    if not lake.exists():
        return _fail(f"no ledger at {lake.lake_dir}: run `make run` (or set TOLL_LAKE_DIR) first")
    if args.build:
        path, version, n, rebuilt = build_index(lake)
        print(f"search index: {path} ({n:,} sentences of version {version}; "
              f"{'rebuilt' if rebuilt else 'already current'})", file=sys.stderr)
    try:
        con = connect_index(lake)
    except FileNotFoundError as exc:
        return _fail(f"{exc} (or `toll search --build`)")
    with con:
        for score, event_id, report_id, claim_ids, sentence in search(con, " ".join(args.words), args.limit):
            print(f"{score:6.2f}  {event_id or '-'}  {report_id}  {','.join(claim_ids)}\n        {sentence}")
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="toll", description="toll-ledger: casualty claims into a versioned ledger")
    sub = p.add_subparsers(dest="cmd", required=True)

    e = sub.add_parser("extract", help="print the casualty claims of one report")
    e.add_argument("file")
    e.add_argument("--published", default="", help="the report's date, YYYY-MM-DD (empty: unknown)")
    e.add_argument("--format", choices=["jsonl", "table"], default="table")
    e.set_defaults(func=cmd_extract)

    s = sub.add_parser("sql", help="run read-only SQL against the latest data version")
    s.add_argument("query")
    s.add_argument("--format", choices=["table", "csv", "json"], default="table")
    s.add_argument("--export", default=None, metavar="FILE",
                   help="write the result to FILE (.csv, .parquet or .json lines) instead of printing it")
    at = s.add_mutually_exclusive_group()
    at.add_argument("--version", type=int, default=None, help="read the tables as they were at this version")
    at.add_argument("--as-of", default=None, metavar="TIMESTAMP",
                    help="read the tables as they were at this time, e.g. '2026-01-31 12:00:00+00'")
    s.set_defaults(func=cmd_sql)

    v = sub.add_parser("versions", help="list the data versions: time, Dagster run and asset, rows per table")
    v.add_argument("--limit", type=int, default=20, help="the latest N versions (default 20)")
    v.add_argument("--all", action="store_true", help="every version that has not been expired")
    v.add_argument("--format", choices=["table", "csv", "json"], default="table")
    v.set_defaults(func=cmd_versions)

    d = sub.add_parser("diff", help="what changed between two versions (claims added, removed, changed)")
    d.add_argument("a", type=int, metavar="N")
    d.add_argument("b", type=int, metavar="M")
    d.add_argument("--table", default=None, help="only this table, e.g. claims")
    d.add_argument("--format", choices=["table", "csv", "json"], default="table")
    d.set_defaults(func=cmd_diff)

    rb = sub.add_parser("rollback", help="make version N current again, as a new version (undoable)")
    rb.add_argument("version", type=int, metavar="N")
    rb.set_defaults(func=cmd_rollback)

    x = sub.add_parser("expire", help="expire old versions and delete the files only they used")
    x.add_argument("--older-than", required=True, metavar="AGE", help="e.g. 90d, 12h, 2w")
    x.add_argument("--dry-run", action="store_true", help="say what would be expired, change nothing")
    x.set_defaults(func=cmd_expire)

    r = sub.add_parser("run", help="materialize every asset on the configured reports, then print a summary")
    r.add_argument("--reports", default=None, help="folder of reports (default: data/reports and data/inbox)")
    r.add_argument("--day", default=None, metavar="YYYY-MM-DD",
                   help="only re-read the claims of this day (applying corrections) and rebuild the aggregates")
    r.set_defaults(func=cmd_run)

    c = sub.add_parser("correct", help="correct a claim, reject it, move a report to an event, or add a figure")
    c.add_argument("target", metavar="CLAIM_ID|REPORT_ID")
    what = c.add_mutually_exclusive_group()
    what.add_argument("--reject", metavar="REASON", help="not a casualty figure: aggregates leave it out")
    what.add_argument("--event", metavar="EVENT_ID", help="move the report (of REPORT_ID or CLAIM_ID) to this event")
    what.add_argument("--add", action="store_true", help="add a figure the extractor missed in REPORT_ID")
    c.add_argument("--span", type=_span, metavar="START:END", help="--add: the figure phrase in the report text")
    c.add_argument("--outcome")
    c.add_argument("--party")
    c.add_argument("--role")
    c.add_argument("--attributed-to", dest="attributed_to", metavar="SOURCE")
    c.add_argument("--value", type=int, help="exactly N (with --qualifier at_least etc.: at least N, ...)")
    c.add_argument("--low", type=int, help="value_low alone")
    c.add_argument("--high", type=int, help="value_high alone")
    c.add_argument("--qualifier")
    c.add_argument("--as-of", dest="as_of", metavar="YYYY-MM-DD")
    c.add_argument("--why", default="", help="why: kept with the correction")
    c.add_argument("--by", default=None, help="who (default: $USER)")
    c.add_argument("--run", action="store_true", help="re-read the report's day right away (toll run --day)")
    c.set_defaults(func=cmd_correct)

    cs = sub.add_parser("corrections", help="list the corrections and whether each still finds its figure")
    cs.add_argument("--format", choices=["table", "csv", "json"], default="table")
    cs.set_defaults(func=cmd_corrections)

    rp = sub.add_parser("report", help="build the static site: an index of events, event and report pages, charts")
    rp.add_argument("--out", default=None, help="output folder (default: data/site, or TOLL_SITE_DIR)")
    rp.add_argument("--open", action="store_true", help="open the index in a browser when built")
    rp.add_argument("--no-charts", action="store_true", help="pages only, no charts")
    rp.add_argument("--export-charts", action="store_true",
                    help="write every event's chart as PNG and SVG (default: only the events this build changed, "
                         "at most 10; pages draw every chart in the browser)")
    rp.set_defaults(func=cmd_report)

    ui = sub.add_parser("ui", help="the Dagster UI (dagster dev) on 127.0.0.1:3000, with the site folder served beside it "
                                   "so the asset pages show their charts in place")
    ui.add_argument("--port", type=int, default=3000, help="the Dagster UI's port")
    ui.add_argument("--site-port", type=int, default=8765, help="the site folder's port (TOLL_SITE_URL points at it)")
    ui.set_defaults(func=cmd_ui)

    se = sub.add_parser("search", help="full-text search of the claims' sentences (DuckDB fts, BM25)")
    se.add_argument("words", nargs="+", help="the words to look for (stemmed: 'killing' finds 'killed')")
    se.add_argument("--limit", type=int, default=20)
    se.add_argument("--build", action="store_true", help="(re)build the index first if the lake moved on")
    se.set_defaults(func=cmd_search)

    args = p.parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
