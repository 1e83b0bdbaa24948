"""Event linking against gold event labels: pairwise and B-cubed precision, recall and F1.

Each set's reports are read as ingest reads them (front matter, dateline), linked as normalize links them, in
one batch, in process, and merged as the events asset merges them (event_aliases). With --estimates each incident's best estimates are checked against the final tolls in the
set's incidents.jsonl (the claims and links in a fresh lake, the aggregate SQL run on them); --pipeline makes them
through `toll run` instead.

    .venv/bin/python bench/events.py                     # dev corpus and the stream set
    .venv/bin/python bench/events.py --estimates         # + best estimates against the final tolls
    .venv/bin/python bench/events.py --pipeline          # the same, through `toll run`
    .venv/bin/python bench/events.py --set DIR [--shuffle N]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assets.normalize import link_reports  # noqa: E402
from claims.attribution import canonical_party  # noqa: E402
from claims.documents import read_documents  # noqa: E402
from claims.events import Linker  # noqa: E402

SETS = {"dev": ROOT.parent / "shared" / "corpus" / "dev", "stream": ROOT / "tests" / "claims" / "stream",
        "stream2": ROOT / "tests" / "claims" / "stream2", "stream3": ROOT / "tests" / "claims" / "stream3"}


def load_set(folder: Path) -> list[dict]:
    """The set's reports as ingest would store them, each with its gold event label."""
    out = []
    for line in (folder / "gold.jsonl").read_text().splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        path = folder / g["file"]
        doc = read_documents(path.read_bytes(), path.name)[0][0]
        published = g.get("published") or doc.published  # the gold's date and url stand for a feed's metadata
        out.append({"report_id": doc.report_id, "text": doc.text, "published": published, "url": g.get("url") or doc.url,
                    "outlet": doc.outlet, "partition_date": published, "gold": g["event"], "doc_id": g["doc_id"]})
    return out


def link(reports: list[dict]) -> dict[str, str]:
    """doc_id -> predicted event id, linking the whole set as one batch."""
    import pandas as pd

    from assets.aggregate import merges_to_fixpoint, resolve_aliases
    from assets.normalize import read_reports

    batch = [{**r, "published": pd.Timestamp(r["published"]) if r["published"] else None} for r in reports]
    sigs = {r["report_id"]: sig for r, (_, sig) in zip(batch, read_reports(batch), strict=True)}
    events = Linker().link_batch(sigs)
    by_event: dict[str, list] = {}
    for rid, eid in events.items():
        if eid is not None:
            by_event.setdefault(eid, []).append(sigs[rid])
    merged = resolve_aliases(merges_to_fixpoint(by_event))  # as the events asset merges them (event_aliases)
    return {r["doc_id"]: merged.get(events[r["report_id"]], events[r["report_id"]]) or f"unlinked:{r['report_id']}"
            for r in reports}


def pairwise(gold: dict[str, str], pred: dict[str, str]) -> tuple[float, float, float]:
    """Precision, recall and F1 over pairs of reports put on one event."""
    docs = sorted(gold)
    tp = fp = fn = 0
    for a, b in itertools.combinations(docs, 2):
        g, p = gold[a] == gold[b], pred[a] == pred[b]
        tp += g and p
        fp += p and not g
        fn += g and not p
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def bcubed(gold: dict[str, str], pred: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1: per report, the share of its predicted event that is its gold event, and
    of its gold event that is its predicted event."""
    gsize, psize = Counter(gold.values()), Counter(pred.values())
    both = Counter((gold[d], pred[d]) for d in gold)
    prec = sum(both[(gold[d], pred[d])] / psize[pred[d]] for d in gold) / len(gold)
    rec = sum(both[(gold[d], pred[d])] / gsize[gold[d]] for d in gold) / len(gold)
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def estimates(folder: Path, reports: list[dict], pipeline: bool = False, keep: Path | None = None) -> list[tuple]:
    """Per incident and final toll: (event, party, outcome, low, high, best, within). The set's claims and links go
    into a fresh DuckLake and the aggregate SQL runs on them as the assets run it (no validation: nothing is
    quarantined); with `pipeline`, the set runs through `toll run` instead."""
    incidents = [json.loads(ln) for ln in (folder / "incidents.jsonl").read_text().splitlines() if ln.strip()]
    tmp = keep or Path(tempfile.mkdtemp(prefix="toll-events-"))
    try:
        if pipeline:
            lake = _run_pipeline(tmp, reports)
        else:
            lake = _load_lake(tmp, reports)
        rows = lake.query("""SELECT coalesce(a.event_id, e.event_id) AS event_id, p.report_id, p.path, x.party, x.outcome,
                                    x.best
                             FROM report_events e JOIN reports p USING (report_id)
                             LEFT JOIN event_aliases a ON a.alias = e.event_id
                             LEFT JOIN event_estimates x ON x.event_id = coalesce(a.event_id, e.event_id)""")
    finally:
        if keep is None:
            shutil.rmtree(tmp, ignore_errors=True)
    # the pipeline reads each report from its own file (doc_id.json), with an id of its own
    doc_of = {r["report_id"]: r["doc_id"] for r in reports}
    doc_event = {(Path(path).stem if pipeline else doc_of[rid]): e
                 for e, rid, path in zip(rows.event_id, rows.report_id, rows.path, strict=True)}
    best = {(e, pa, o): b for e, pa, o, b in zip(rows.event_id, rows.party, rows.outcome, rows.best, strict=True)}
    gold_of = {r["doc_id"]: r["gold"] for r in reports}
    out = []
    for inc in incidents:
        # the incident's event: where most of its linked reports went (unlinked reports are no event)
        events = Counter(doc_event[d] for d, g in gold_of.items()
                         if g == inc["event"] and d in doc_event and doc_event[d] is not None)
        event = events.most_common(1)[0][0] if events else None
        for f in inc["final"]:  # party names as the ledger writes them ("Philippine army" is its military)
            b = best.get((event, canonical_party(f["party"]), f["outcome"]))
            out.append((inc["event"], f["party"], f["outcome"], f["low"], f["high"], b,
                        b is not None and f["low"] <= b <= f["high"]))
    return out


def _load_lake(tmp: Path, reports: list[dict]):
    import pandas as pd

    from assets.aggregate import sql, write_events
    from assets.normalize import CLAIM_COLUMNS, REPORT_EVENT_COLUMNS
    from dagster_project.lake import Lake, Write

    batch = [{**r, "published": pd.Timestamp(r["published"]) if r["published"] else None,
              "partition_date": pd.Timestamp(r["published"] or "2000-01-01").date()} for r in reports]
    claims, linked = link_reports(batch, Linker(), "bench")
    frame = pd.DataFrame(claims, columns=CLAIM_COLUMNS)
    frame["as_of"] = pd.to_datetime(frame["as_of"]).dt.date
    rep = pd.DataFrame([{k: r[k] for k in ("report_id", "text", "outlet", "url", "partition_date")}
                        | {"published": r["published"].date() if r["published"] is not None else None,
                           "path": r["doc_id"]} for r in batch])
    lake = Lake(tmp / "lake")
    lake.commit([Write("reports", rep), Write("claims", frame),
                 Write("report_events", pd.DataFrame(linked, columns=REPORT_EVENT_COLUMNS))])
    write_events(lake)  # as the events asset does: events that turn out to be one merge (event_aliases)
    for table in ("estimate_timeline", "event_estimates"):
        lake.commit([Write(table, sql=sql(table), replace_all=True)])
    return lake


def _run_pipeline(tmp: Path, reports: list[dict]):
    from dagster_project.lake import Lake

    (tmp / "reports").mkdir(parents=True, exist_ok=True)
    for r in reports:  # as a feed would bring them: the text with its date, outlet and URL
        meta = {"text": r["text"], "published": r["published"], "outlet": r["outlet"], "url": r["url"]}
        (tmp / "reports" / f"{r['doc_id']}.json").write_text(json.dumps(meta))
    (tmp / "sources.yaml").write_text(f"sources:\n  - {{name: stream, kind: folder, path: {tmp / 'reports'}, "
                                      "glob: '*.json'}\n")
    env = {**os.environ, "TOLL_LAKE_DIR": str(tmp / "lake"), "TOLL_SOURCES": str(tmp / "sources.yaml"),
           "DAGSTER_HOME": str(tmp / "dagster_home")}
    subprocess.run([str(ROOT / ".venv" / "bin" / "toll"), "run"], env=env, check=True, capture_output=True)
    return Lake(tmp / "lake")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", action="append", help="a folder with gold.jsonl and texts/ (default: dev and the stream sets)")
    ap.add_argument("--shuffle", type=int, default=0, help="also link N shuffled orders and check the ids agree")
    ap.add_argument("--estimates", action="store_true", help="check best estimates against the final tolls")
    ap.add_argument("--pipeline", action="store_true", help="... with the set run through `toll run`")
    ap.add_argument("--keep", help="keep the lake the estimates were made in, in this folder")
    ap.add_argument("--verbose", action="store_true", help="print each report's gold and predicted event")
    args = ap.parse_args()
    folders = [(Path(s).name, Path(s)) for s in args.set] if args.set else \
        [(k, v) for k, v in SETS.items() if (v / "gold.jsonl").exists()]
    for name, folder in folders:
        reports = load_set(folder)
        gold = {r["doc_id"]: r["gold"] for r in reports}
        pred = link(reports)
        p, r, f = pairwise(gold, pred)
        bp, br, bf = bcubed(gold, pred)
        print(f"{name}: {len(reports)} reports, {len(set(gold.values()))} gold events, {len(set(pred.values()))} "
              f"predicted | pairwise P {p:.3f} R {r:.3f} F1 {f:.3f} | B-cubed P {bp:.3f} R {br:.3f} F1 {bf:.3f}")
        if args.verbose:
            for d in sorted(gold, key=lambda d: (gold[d], d)):
                print(f"  {d}  gold {gold[d]:45s} pred {pred[d]}")
        for i in range(args.shuffle):
            shuffled = reports[:]
            random.Random(i).shuffle(shuffled)
            same = link(shuffled) == pred
            print(f"  shuffled order {i}: {'same ids' if same else 'DIFFERENT ids'}")
        if (args.estimates or args.pipeline) and (folder / "incidents.jsonl").exists():
            rows = estimates(folder, reports, args.pipeline, Path(args.keep) if args.keep else None)
            ok = sum(r[-1] for r in rows)
            incidents = {r[0] for r in rows}
            inc_ok = sum(all(x[-1] for x in rows if x[0] == i) for i in incidents)
            print(f"  estimates: {ok}/{len(rows)} final tolls within range; incidents with every final toll within "
                  f"range: {inc_ok}/{len(incidents)}")
            for row in rows:
                if not row[-1] or args.verbose:
                    print(f"    {row[0]:45s} {row[1]:12s} {row[2]:9s} final {row[3]}..{row[4]}  best {row[5]}")


if __name__ == "__main__":
    main()
