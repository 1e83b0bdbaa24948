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
        con = Lake().connect(read_only=True)
    except FileNotFoundError as exc:
        return _fail(str(exc))
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


def cmd_run(args) -> int:
    from dagster_project.run import run_pipeline

    return run_pipeline(reports_dir=args.reports)


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
    s.set_defaults(func=cmd_sql)

    r = sub.add_parser("run", help="materialize every asset on the configured reports, then print a summary")
    r.add_argument("--reports", default=None, help="folder of reports (default: data/reports and data/inbox)")
    r.set_defaults(func=cmd_run)

    args = p.parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
