"""`toll`: the command line of toll-ledger.

Subcommands import what they need lazily, so `toll extract` and `toll sql` start in well under a second
(Dagster and Great Expectations are only imported by `toll run`).
"""

from __future__ import annotations

import argparse
import json
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
    import duckdb

    from dagster_project.lake import Lake

    try:
        con = Lake().connect(read_only=True, version=args.version, as_of=args.as_of)
    except FileNotFoundError as exc:
        return _fail(str(exc))
    except duckdb.Error as exc:  # a version that does not exist or was expired, a malformed --as-of
        return _fail(f"cannot open that version: {str(exc).splitlines()[0]}")
    try:
        rel = con.sql(args.query)
        if rel is None:
            return 0
        if args.format == "table":
            _print_table(rel.columns, rel.fetchall())
        elif args.format == "csv":
            rel.df().to_csv(sys.stdout, index=False)
        else:
            cols = rel.columns
            for row in rel.fetchall():
                print(json.dumps(dict(zip(cols, row, strict=True)), default=str, ensure_ascii=False))
    except duckdb.Error as exc:
        return _fail(f"query failed: {str(exc).splitlines()[0]}", 1)
    finally:
        con.close()
    return 0


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


def cmd_run(args) -> int:
    from dagster_project.run import run_pipeline

    return run_pipeline(reports_dir=args.reports)


def cmd_report(args) -> int:
    from dagster_project.lake import Lake
    from dagster_project.site import build_site, default_out

    lake = Lake()
    if not lake.exists():
        return _fail(f"no ledger at {lake.lake_dir}: run `make run` (or set TOLL_LAKE_DIR) first")
    result = build_site(lake, args.out or default_out(), charts=not args.no_charts)
    print(f"site: {result.index} ({result.events} events, {result.reports} reports; "
          f"{len(result.built)} pages written, {len(result.removed)} files removed, in {result.seconds:.1f} s)")
    if args.open:
        import webbrowser

        webbrowser.open(result.index.resolve().as_uri())
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
    r.set_defaults(func=cmd_run)

    rp = sub.add_parser("report", help="build the static site: an index of events, event and report pages, charts")
    rp.add_argument("--out", default=None, help="output folder (default: data/site, or TOLL_SITE_DIR)")
    rp.add_argument("--open", action="store_true", help="open the index in a browser when built")
    rp.add_argument("--no-charts", action="store_true", help="pages only, no chart images")
    rp.set_defaults(func=cmd_report)

    args = p.parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
