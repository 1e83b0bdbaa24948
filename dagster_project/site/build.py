"""`toll report`: a static site built from the ledger's tables (index, one page per event, one per report).

Every page's inputs (its rows, with the templates and this code) are hashed; a manifest of those hashes in the
output folder lets a rebuild skip the pages, and the charts, of events and reports whose rows did not change.

Charts are drawn by the browser from each page's rows and the chart's Vega-Lite spec, with the Vega bundle that
vl-convert exports (static/, no network). PNG and SVG files, exported offline by vl-convert at ~0.3 s a chart, are
written for the events a build changed, at most EXPORT_LIMIT of them (the most recent), or for all of them with
`export="all"` (`toll report --export-charts`): a run that changes a few events gets their files, and a first build
of a thousand events takes seconds, not minutes.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
MANIFEST = "manifest.json"
EXPORTED = "+files"  # a page digest's suffix in the manifest when its chart's PNG/SVG files were written
EXPORT_LIMIT = 10  # PNG/SVG files per build in "changed" mode: ~0.3 s each with vl-convert

QUERIES = {
    "events": "SELECT * FROM events ORDER BY start_date DESC NULLS LAST, event_id",
    "estimates": "SELECT * FROM event_estimates ORDER BY event_id, outcome, party",
    "estimate_timeline": "SELECT event_id, day, party, outcome, low, best, high FROM estimate_timeline "
                         "ORDER BY event_id, outcome, party, day",
    "source_timeline": "SELECT event_id, source, party, outcome, as_of, value_low, value_high, qualifier, claim_id "
                       "FROM source_timeline ORDER BY event_id, outcome, source, as_of, party, claim_id",
    "claims": "SELECT claim_id, report_id, claim_index, event_id, sentence, span_start, span_end, outcome, party, "
              "role, value_low, value_high, qualifier, attributed_to, source, as_of, published, background, "
              "enemy_figure, earlier, corrected, machine, rejected FROM claims ORDER BY report_id, claim_index",
    "reports": "SELECT report_id, source, path, title, outlet, url, published, published_from, text, language, "
               "byte_size, ingested_at FROM reports ORDER BY published, report_id",
    "report_events": "SELECT report_id, event_id FROM report_events",
    # ties broken to the last column: a page lists the same rows in the same order whatever query selected them
    "flags": "SELECT rule, severity, claim_ids, message, event_id, party, outcome, sources FROM flags "
             "ORDER BY event_id, rule, message, claim_ids, party, outcome, sources, severity",
    "disagreements": "SELECT * EXCLUDE (run_id, found_at) FROM disagreements ORDER BY event_id, outcome, party, "
                     "claim_ids, source_a, source_b, figure_a, figure_b",
    "quarantine": "SELECT claim_id, report_id, rule, reason FROM quarantine ORDER BY claim_id, rule",
}


@dataclass
class BuildResult:
    out: Path
    events: int = 0
    reports: int = 0
    built: list[str] = field(default_factory=list)  # pages written this time (relative paths)
    removed: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def index(self) -> Path:
        return self.out / "index.html"


CHUNK_EVENTS = 500  # event pages built from one set of queries: memory is one chunk's rows, not the ledger's
CHUNK_REPORTS = 1000


def _rows(con, name: str, where: str = "", *params) -> list[dict]:
    """QUERIES[name] as dicts, restricted by `where` (SQL with ? for `params`), in the query's order."""
    sql = QUERIES[name]
    if where:
        head, order, tail = sql.partition(" ORDER BY")
        sql = f"SELECT * FROM ({head}) WHERE {where}{order}{tail}"
    cur = con.execute(sql, list(params))
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


# a row whose claim_ids hold one of the chunk's claims (temp table site_claims): a join, where list_has_any with
# the chunk's ids as a list compares every pair (25 s per chunk of flags at 10,000 reports, against 0.4 s)
NAMES_CHUNK_CLAIMS = "EXISTS (SELECT 1 FROM UNNEST(claim_ids) AS u(cid) WHERE u.cid IN (SELECT id FROM site_claims))"
NOTES = ("flags", "disagreements")


def _id_table(con, table: str, ids) -> None:
    """A temp table of ids (`id`) that a chunk's queries join on: the ids go from Python to DuckDB once, not once
    for each query as an `IN (SELECT UNNEST(?))` list (the chunk's claim ids for its quarantine rows were 50 ms a
    chunk, of an empty table). They go as one string literal split by DuckDB: a third of a list's cost, and no
    parameter, whose first use imports pandas (0.5-1 s of a pool process's start)."""
    ids = list(ids)
    joined = "\n".join(ids)
    con.execute(f"CREATE OR REPLACE TEMP TABLE {table} (id VARCHAR)")
    if not ids:
        return
    if "" not in ids and joined.count("\n") == len(ids) - 1:
        literal = "'" + joined.replace("'", "''") + "'"
        con.execute(f"INSERT INTO {table} SELECT UNNEST(string_split({literal}, chr(10)))")
    else:  # an id holding a line break, or an empty one
        con.execute(f"INSERT INTO {table} SELECT UNNEST(?)", [ids])


IN_CHUNK = "IN (SELECT id FROM site_chunk)"  # the ids of the chunk's events or reports (_id_table)


def _connect(lake, version: int | None = None):
    """The build's read-only connection (or a pool process's, at the build's version), on one DuckDB thread: the
    chunk queries are small and every process of the build runs them side by side (DuckDB's default of one thread
    per core cost a fifth more CPU for the same rows)."""
    con = lake.connect(read_only=True, version=version)
    con.execute("SET threads = 1")
    return con


def _index_notes(con) -> None:
    """Once per connection: the flags and disagreements in their query's order (`seq`), and the claims each names
    (`site_<table>_claims`, one row per claim). A chunk then finds the rows naming its claims by a join on that
    flat table; NAMES_CHUNK_CLAIMS unnested every row's claim_ids for every chunk (0.4 s a chunk at 10,000
    reports, growing with the ledger: quadratic over a build)."""
    for name in NOTES:
        head, _, order = QUERIES[name].partition(" ORDER BY ")
        con.execute(f"CREATE OR REPLACE TEMP TABLE site_{name} AS "
                    f"SELECT row_number() OVER (ORDER BY {order}) AS seq, * FROM ({head})")
        con.execute(f"CREATE OR REPLACE TEMP TABLE site_{name}_claims AS SELECT DISTINCT seq, cid "
                    f"FROM (SELECT seq, UNNEST(claim_ids) AS cid FROM site_{name})")


def _notes(con, name: str, where: str = "", *params) -> list[dict]:
    """The rows of `name` (flags or disagreements) naming a claim of the chunk (site_claims), or matching `where`,
    in QUERIES' order: the rows _rows(con, name, NAMES_CHUNK_CLAIMS [OR where]) gives, from _index_notes' tables."""
    named = f"seq IN (SELECT seq FROM site_{name}_claims WHERE cid IN (SELECT id FROM site_claims))"
    cur = con.execute(f"SELECT * EXCLUDE (seq) FROM site_{name} WHERE {named}{f' OR {where}' if where else ''} "
                      "ORDER BY seq", list(params))
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


class _Chunk:
    """Some claims (those of a chunk of events or of reports) with what their views show: their reports, their
    quarantine rows and the flags and disagreements that name them. `also`: the flags and disagreements wanted
    besides those (an event chunk's own), read in the same query (`self.flags`, `self.disagreements`); a row naming
    none of the chunk's claims adds no note any of its views shows."""

    def __init__(self, con, events: dict[str, dict], claims: list[dict], report_ids: list[str] = (),
                 also: str = ""):
        self.events, self.claims = events, claims
        _id_table(con, "site_claims", [c["claim_id"] for c in claims])
        _id_table(con, "site_reports", sorted({c["report_id"] for c in claims} | set(report_ids)))
        self.reports = {r["report_id"]: r for r in _rows(con, "reports", "report_id IN (SELECT id FROM site_reports)")}
        self.quarantined = _group(_rows(con, "quarantine", "claim_id IN (SELECT id FROM site_claims)"), "claim_id")
        self.notes: dict[str, list[str]] = defaultdict(list)  # the flags and disagreements that touch a claim
        self.flags, self.disagreements = _notes(con, "flags", also), _notes(con, "disagreements", also)
        for f in self.flags:
            for cid in f["claim_ids"] or []:
                self.notes[cid].append(f"{f['rule']} ({f['severity']}): {f['message']}")
        for d in self.disagreements:
            for cid in d.get("claim_ids") or []:
                self.notes[cid].append(f"disagreement on {d['party']} {d['outcome']}: {d['source_a']} "
                                       f"{d['figure_a']} against {d['source_b']} {d['figure_b']}")

    def view(self, c: dict) -> dict:
        rep = self.reports.get(c["report_id"]) or {}
        return {**c, **highlight(rep.get("text") or "", c), "machine": _machine(c.get("machine")),
                "notes": self.notes.get(c["claim_id"], []),
                "report_title": rep.get("title") or c["report_id"],
                "report_page": page_name(c["report_id"]), "quarantine": self.quarantined.get(c["claim_id"], []),
                "event_page": page_name(c["event_id"]) if c["event_id"] in self.events else None}


def load_event_rows(con, event_ids: list[str]) -> dict[str, dict[str, list[dict]]]:
    """The rows a chart draws, for a few events: {table: {event_id: rows}}."""
    out = {}
    for name in ("estimates", "estimate_timeline", "source_timeline"):
        sql = QUERIES[name].replace(" ORDER BY", " WHERE event_id IN (SELECT UNNEST(?)) ORDER BY")
        cur = con.execute(sql, [list(event_ids)])
        cols = [d[0] for d in cur.description]
        out[name] = _group([dict(zip(cols, row, strict=True)) for row in cur.fetchall()], "event_id")
    return out


def locate_sentence(text: str, sentence: str, start: int, end: int) -> int | None:
    """Where `sentence` starts in `text` such that it holds the span [start, end), or None."""
    if not sentence or not text:
        return None
    p = text.find(sentence, max(0, end - len(sentence)))
    while p != -1 and p <= start:
        if p + len(sentence) >= end:
            return p
        p = text.find(sentence, p + 1)
    return None


def highlight(text: str, claim: dict, context: int = 160) -> dict:
    """The claim's sentence cut around its figure: {before, figure, after, exact}. The figure is always
    text[span_start:span_end]; when the stored sentence cannot be found around the span in the text (it should
    be), the text around the span stands in and `exact` is False."""
    s, e = claim["span_start"], claim["span_end"]
    if s is None or e is None or not text:
        return {"before": claim.get("sentence") or "", "figure": "", "after": "", "exact": False}
    sentence = claim.get("sentence") or ""
    p = locate_sentence(text, sentence, s, e)
    if p is None:
        return {"before": "…" + text[max(0, s - context):s], "figure": text[s:e],
                "after": text[e:e + context] + "…", "exact": False}
    return {"before": sentence[:s - p], "figure": text[s:e], "after": sentence[e - p:], "exact": True}


def segments(text: str, spans: list[tuple[int, int, str]]) -> list[dict]:
    """The text cut into plain and highlighted pieces; overlapping spans share one highlight that lists every
    claim in it."""
    merged: list[list] = []
    for s, e, cid in sorted(sp for sp in spans if sp[0] is not None and sp[1] is not None and sp[0] < sp[1]):
        if merged and s < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
            merged[-1][2].append(cid)
        else:
            merged.append([s, e, [cid]])
    out, pos = [], 0
    for s, e, ids in merged:
        if s > pos:
            out.append({"text": text[pos:s], "claims": []})
        out.append({"text": text[s:e], "claims": ids, "start": s, "end": e})
        pos = e
    if pos < len(text):
        out.append({"text": text[pos:], "claims": []})
    return out


def _digest(obj) -> str:
    return hashlib.sha256(json.dumps(obj, default=str, sort_keys=True).encode()).hexdigest()[:20]


def _code_version() -> str:
    """Templates, static files and this package's code: a change rebuilds every page."""
    h = hashlib.sha256()
    for f in sorted([*HERE.glob("*.py"), *HERE.glob("templates/*"), *HERE.glob("static/*")]):
        h.update(f.name.encode() + f.read_bytes())
    return h.hexdigest()[:20]


_DICT_ATTRS = frozenset(dir(dict))


def _escape_fast():
    """markupsafe's `escape` for the templates' `{{ }}`, without a Markup made for each plain str or int (a third of
    an event page's rendering). The compiled templates only yield or append what `escape` returns, to be joined
    (into a Markup where jinja2 makes one), so the escaped text as a plain str gives the same bytes; anything
    else (Markup, undefined, other types) goes to markupsafe's own."""
    from markupsafe import _escape_inner, escape

    def fast(s):
        t = type(s)
        if t is str:
            return _escape_inner(s)
        if t is int:
            return str(s)  # digits and a sign: nothing to escape
        return escape(s)

    return fast


def _env():
    import jinja2

    fast_escape = _escape_fast()

    class Template(jinja2.Template):
        """jinja2's, with _escape_fast as the `escape` its compiled code calls (its module's global)."""

        @classmethod
        def _from_namespace(cls, environment, namespace, globals):
            namespace["escape"] = fast_escape
            return super()._from_namespace(environment, namespace, globals)

    class Environment(jinja2.Environment):
        """jinja2's, with `row.name` on a plain dict found without raising: jinja2 tries getattr first and a dict's
        key is an AttributeError away (a fifth of an event page's rendering). A plain dict has no attribute but
        those of `dict`, so for any other name the item is what jinja2 returns too (or undefined)."""

        def getattr(self, obj, attribute):
            if type(obj) is dict and attribute not in _DICT_ATTRS:
                try:
                    return obj[attribute]
                except KeyError:
                    return self.undefined(obj=obj, name=attribute)
            return super().getattr(obj, attribute)

    Environment.template_class = Template
    # auto_reload off: a build does not stat every template at every page (they do not change during one)
    env = Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                      autoescape=jinja2.select_autoescape(default=True), trim_blocks=True,
                      lstrip_blocks=True, undefined=jinja2.StrictUndefined, auto_reload=False)
    env.filters["num"] = num = lambda v: "" if v is None else f"{v:,}"
    env.filters["day"] = lambda v: "" if v is None else str(v)[:10]

    def figure(c: dict) -> str:
        """A claim's figure: "101+" (no upper bound), "2,000–9,999", "12". A filter, not a macro: a macro call
        was 4 µs, three or more per claim."""
        low, high = c["value_low"], c["value_high"]
        return num(low) + ("+" if high is None else f"–{num(high)}" if high != low else "")

    env.filters["figure"] = figure
    return env


def headline(estimates: list[dict]) -> list[dict]:
    """The figures the index shows: per outcome, the estimate over all parties (else the largest party's)."""
    by_outcome: dict[str, dict] = {}
    for r in estimates:
        cur = by_outcome.get(r["outcome"])
        if cur is None or (r["party"] == "all") > (cur["party"] == "all") or (
                (r["party"] == "all") == (cur["party"] == "all") and (r["best"] or 0) > (cur["best"] or 0)):
            by_outcome[r["outcome"]] = r
    order = ("killed", "wounded", "missing", "captured", "abducted", "freed", "escaped", "displaced")
    return sorted(by_outcome.values(), key=lambda r: (order.index(r["outcome"]) if r["outcome"] in order else 99,
                                                      r["outcome"]))


def bounds(estimate: dict, claims: dict[str, dict]) -> dict[str, dict]:
    """Which of an estimate's claims made each bound, and by which rule of the estimator
    (assets/sql/estimate_timeline.sql, step 5): {"low"|"best"|"high": {"rule": str, "claims": [claim]}}.
    A bound no single figure equals was summed from roles or parties (steps 1-2)."""
    used = [claims[cid] for cid in estimate.get("claim_ids") or [] if cid in claims]

    def matching(bound: str, value_of) -> list[dict]:
        return [c for c in used if estimate.get(bound) is not None and value_of(c) == estimate[bound]]

    low = matching("low", lambda c: c["value_low"])
    high = matching("high", lambda c: c["value_high"] if c["value_high"] is not None else c["value_low"])
    summed = "summed from roles or parties"
    return {
        "low": {"rule": "the smallest lower bound of the sources' latest figures" if low else summed, "claims": low},
        "best": {"rule": "the median of the sources' point values" + (
            " (belligerents' counts of their enemies' losses only)" if estimate.get("belligerent_only")
            else ", leaving out belligerents' counts of their enemies' losses"), "claims": used},
        "high": {"rule": "the largest figure any source gives" if high else summed, "claims": high},
    }


def _machine(value) -> dict:
    """What the extractor read, for the fields an analyst corrected (claims.machine, JSON)."""
    if not value:
        return {}
    try:
        found = json.loads(value) if isinstance(value, str) else dict(value)
    except (TypeError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def _group(rows: list[dict], key: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        out[r[key]].append(r)
    return out


def _write_chart(out: Path, event_id: str, spec: dict) -> None:
    from .charts import svg_to_png, to_svg

    svg = to_svg(spec)
    (out / "charts" / f"{event_id}.svg").write_text(svg)
    (out / "charts" / f"{event_id}.png").write_bytes(svg_to_png(svg))


_SAFE_NAME = re.compile(r"[\w.-]*")  # \w on str: what str.isalnum() accepts, and "_"


def page_name(key: str) -> str:
    """A file name for an id (event ids are slugs, report ids hex; anything else is made safe)."""
    if _SAFE_NAME.fullmatch(key):  # the usual id, kept as it is (two views of each claim ask)
        return key
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in key)
    return safe if safe == key else f"{safe}-{hashlib.sha1(key.encode()).hexdigest()[:8]}"


REPORT_POOL_MIN = 2000  # reports: fewer are written in the build's own process (a spawned one starts in ~2 s)


def _report_pages(con, out: Path, report_ids: list[str], events: dict[str, dict],
                  old_pages: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """Write the pages of these reports whose rows changed since the last build (old_pages: its digests of report
    pages); return every report page's digest and the pages written. `events`: event id -> {"name"}."""
    env = _env()
    pages: dict[str, str] = {}
    built: list[str] = []
    for i in range(0, len(report_ids), CHUNK_REPORTS):
        ids = report_ids[i:i + CHUNK_REPORTS]
        _id_table(con, "site_chunk", ids)
        chunk = _Chunk(con, events, _rows(con, "claims", f"report_id {IN_CHUNK}"), ids)
        claims_by_report = _group(chunk.claims, "report_id")
        events_by_report = defaultdict(set)
        for r in _rows(con, "report_events", f"report_id {IN_CHUNK}"):
            if r["event_id"]:
                events_by_report[r["report_id"]].add(r["event_id"])
        for c in chunk.claims:
            if c["event_id"]:
                events_by_report[c["report_id"]].add(c["event_id"])
        for rep_id in ids:
            rep = chunk.reports[rep_id]
            claims = [chunk.view(c) for c in claims_by_report.get(rep_id, [])]
            linked = sorted(events_by_report.get(rep_id, set()))
            rel = f"reports/{page_name(rep_id)}.html"
            pages[rel] = _digest([rep, claims, linked])
            if old_pages.get(rel, "").removesuffix(EXPORTED) != pages[rel] or not (out / rel).exists():
                segs = segments(rep["text"] or "", [(c["span_start"], c["span_end"], c["claim_id"])
                                                    for c in claims])
                (out / rel).write_text(env.get_template("report.html").render(
                    report=rep, claims=claims, segments=segs, root="..",
                    events=[(e, page_name(e), (events.get(e) or {}).get("name") or e) for e in linked]))
                built.append(rel)
    return pages, built


@dataclass
class _EventPart:
    """What writing one chunk of event pages gives the build, in the events' order."""

    pages: dict[str, str] = field(default_factory=dict)  # page -> digest (+EXPORTED)
    built: list[str] = field(default_factory=list)
    index_rows: list[dict] = field(default_factory=list)
    chart_jobs: list[tuple[str, dict]] = field(default_factory=list)  # (page name, spec): PNG/SVG files to write
    no_files: list[str] = field(default_factory=list)  # pages whose earlier chart files no longer match


def _event_pages(con, out: Path, env, events: dict[str, dict], ids: list[str], old_pages: dict[str, str],
                 charts: bool, export: str, files_left: int | None) -> _EventPart:
    """Write the pages of the events `ids` whose rows changed since the last build (old_pages: its digests), the
    first `files_left` of them with a chart (None: all) with PNG/SVG files (export "changed" or "all")."""
    from .charts import event_spec

    part = _EventPart()
    _id_table(con, "site_chunk", ids)
    in_chunk = f"event_id {IN_CHUNK}"
    chunk = _Chunk(con, events, _rows(con, "claims", in_chunk), also=in_chunk)
    est_by_event = _group(_rows(con, "estimates", in_chunk), "event_id")
    etl_by_event = _group(_rows(con, "estimate_timeline", in_chunk), "event_id")
    stl_by_event = _group(_rows(con, "source_timeline", in_chunk), "event_id")
    chunk_ids = set(ids)
    # the rows of _rows(con, "disagreements", in_chunk) in its order, and rows of other events (naming a claim of
    # these) that no page of the chunk looks up
    dis_by_event = _group(chunk.disagreements, "event_id")
    claims_by_event = _group(chunk.claims, "event_id")
    claim_event = {c["claim_id"]: c["event_id"] for c in chunk.claims}
    flags_by_event: dict[str, list[dict]] = defaultdict(list)
    for f in chunk.flags:  # those naming a claim of the chunk's events, or of one of its events
        touched = {f["event_id"]} | {claim_event.get(cid) for cid in (f["claim_ids"] or [])}
        for ev in touched & chunk_ids:
            flags_by_event[ev].append(f)
    pages = part.pages
    for ev_id in ids:
        ev = events[ev_id]
        claims = [chunk.view(c) for c in claims_by_event.get(ev_id, [])]
        valid = [c for c in claims if not c["quarantine"] and not c.get("rejected")]
        held = [c for c in claims if c["quarantine"] or c.get("rejected")]  # shown apart, with the reason
        estimates = est_by_event.get(ev_id, [])
        name = page_name(ev_id)
        claim_values = {c["claim_id"]: c for c in claims}
        flags = flags_by_event.get(ev_id, [])
        rel = f"events/{name}.html"
        had_files = old_pages.get(rel, "").endswith(EXPORTED) and (out / "charts" / f"{name}.png").exists()
        # the page's digest; changed unless its inputs are those of the last build and the file is there
        pages[rel] = _digest([ev, estimates, etl_by_event.get(ev_id, []), stl_by_event.get(ev_id, []), claims, flags,
                              dis_by_event.get(ev_id, []), charts])
        changed = old_pages.get(rel, "").removesuffix(EXPORTED) != pages[rel] or not (out / rel).exists()
        if changed or (export == "all" and charts and not had_files):
            spec = event_spec(etl_by_event.get(ev_id, []), stl_by_event.get(ev_id, []), estimates) if charts else None
            files = spec is not None and (export == "all" or (
                export == "changed" and (files_left is None or len(part.chart_jobs) < files_left)))
            (out / rel).write_text(env.get_template("event.html").render(
                event=ev, estimates=[{**r, "bounds": bounds(r, claim_values)} for r in estimates],
                claims=valid, quarantined=held, claim_values=claim_values, flags=flags,
                disagreements=dis_by_event.get(ev_id, []), chart=name if spec else None,
                chart_data=spec["datasets"] if spec else None, chart_files=files, root=".."))
            part.built.append(rel)
            if files:
                part.chart_jobs.append((name, spec))
                pages[rel] += EXPORTED
            else:  # files of an earlier state of this event would not match its page any more
                part.no_files.append(name)
        elif had_files:
            pages[rel] += EXPORTED
        part.index_rows.append({"event": ev, "page": name, "headline": headline(estimates), "n_flags": len(flags),
                                "n_quarantined": len(held), "n_disagreements": len(dis_by_event.get(ev_id, []))})
    return part


_WORKER: dict = {}  # a pool process's connection (at the build's version) and what every chunk reads


def _report_worker(lake, version: int, names: dict[str, dict], old_reports: dict[str, str],
                   events: dict[str, dict], old_pages: dict[str, str]) -> None:
    """A pool process's start: one read-only connection with the notes indexed (_index_notes), for all its chunks."""
    import atexit

    con = _connect(lake, version)
    atexit.register(con.close)
    _index_notes(con)
    _WORKER.update(con=con, names=names, old_reports=old_reports, events=events, old_pages=old_pages, env=_env())


def _report_pages_of_lake(out: Path, report_ids: list[str]) -> tuple[dict[str, str], list[str]]:
    """_report_pages of one chunk of reports in a pool process (_report_worker)."""
    return _report_pages(_WORKER["con"], out, report_ids, _WORKER["names"], _WORKER["old_reports"])


def _event_pages_of_lake(out: Path, ids: list[str], charts: bool, export: str,
                         files_left: int | None, template: dict | None = None) -> _EventPart:
    """_event_pages of one chunk of events in a pool process (_report_worker), with the build's chart template."""
    from .charts import seed_template

    if template is not None:
        seed_template(template)
    w = _WORKER
    return _event_pages(w["con"], out, w["env"], w["events"], ids, w["old_pages"], charts, export, files_left)


def build_site(lake, out: str | Path, charts: bool = True, workers: int | None = None, export: str = "changed",
               export_limit: int = EXPORT_LIMIT) -> BuildResult:
    """Build (or bring up to date) the site of `lake` in `out`; return what was written.

    charts: draw the event charts (in the browser); export: which events get PNG and SVG files from vl-convert:
    "changed" (those whose page this build writes, at most `export_limit`, the most recent first), "all", "none".
    """
    if export not in ("changed", "all", "none"):
        raise ValueError(f"export must be changed, all or none, not {export!r}")
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from .charts import _template, browser_template_js, bundle_name, vega_bundle

    started = time.perf_counter()
    out = Path(out)
    for sub in ("events", "reports", "charts", "static"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    con = _connect(lake)
    report_pool = None
    try:
        version = lake.current_version(con)
        _index_notes(con)
        code = _code_version()
        manifest_path = out / MANIFEST
        try:
            old = json.loads(manifest_path.read_text())
        except (OSError, ValueError):
            old = {}
        old_pages = old.get("pages", {}) if old.get("code") == code else {}
        pages: dict[str, str] = {}
        env = _env()
        events = {e["event_id"]: e for e in _rows(con, "events")}  # one row per event: small beside the claims
        n_reports, n_claims = (con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("reports", "claims"))
        result = BuildResult(out=out, events=len(events), reports=n_reports)

        n_procs = workers if workers is not None else min(os.cpu_count() or 1, 4)
        # a report page reads its own report's rows and the names of its events, nothing an event page decides:
        # at 10,000 reports a third of the first build, they are written by other processes (one slice of the
        # reports each) while this one writes the event pages; a small site writes them here
        report_ids = list(dict.fromkeys(r for (r,) in con.execute(
            "SELECT report_id FROM reports ORDER BY published, report_id").fetchall()))
        names = {e: {"name": ev.get("name")} for e, ev in events.items()}
        old_reports = {rel: d for rel, d in old_pages.items() if rel.startswith("reports/")}

        def start_report_pages():
            nonlocal report_pool
            n = max(1, n_procs - 1)
            if n_procs <= 1 or len(report_ids) < REPORT_POOL_MIN:
                return lambda: [_report_pages(con, out, report_ids, names, old_reports)]
            reader = type(lake)(lake.lake_dir, lake.catalog, lake.data_path)
            report_pool = ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("spawn"),
                                              initializer=_report_worker,
                                              initargs=(reader, version, names, old_reports, events, old_pages))
            chunks = [report_ids[k:k + CHUNK_REPORTS] for k in range(0, len(report_ids), CHUNK_REPORTS)]
            futures = [report_pool.submit(_report_pages_of_lake, out, ids) for ids in chunks]

            def results():
                # done with the event pages, this process writes the chunks no worker has started, from the last
                # one back, while the workers go on from the first: whichever side is faster does more of them
                here = {}
                for k in reversed(range(len(chunks))):
                    if not futures[k].cancel():  # running or done: so are the chunks before it (FIFO)
                        break
                    here[k] = _report_pages(con, out, chunks[k], names, old_reports)
                return [here[k] if k in here else futures[k].result() for k in range(len(chunks))]

            return results

        report_jobs = start_report_pages()  # in other processes, beside the event pages (below)
        # pages are built a chunk of events (then of reports) at a time, from the rows of that chunk only: memory
        # stays flat with the ledger (all claims and texts at once were GBs at 100,000 reports)
        event_ids = list(events)
        chunks = [event_ids[i:i + CHUNK_EVENTS] for i in range(0, len(event_ids), CHUNK_EVENTS)]
        parts: list[_EventPart | None] = [None] * len(chunks)

        def files_left() -> int | None:
            """PNG/SVG exports the next event page may still get: None for any number (export "all")."""
            if export == "all":
                return None
            return 0 if export == "none" else max(0, export_limit - sum(len(p.chart_jobs) for p in parts if p))

        k = 0
        # which event pages get chart files depends on the pages before them ("changed": the first export_limit
        # written, most recent first): this process writes the chunks in order while the files may go on
        while k < len(chunks) and (report_pool is None or (charts and export == "changed" and files_left() > 0)):
            parts[k] = _event_pages(con, out, env, events, chunks[k], old_pages, charts, export, files_left())
            k += 1
        # the rest give no page files: the pool's processes take them from the first on (after their report
        # chunks), this process from the last back, as the report chunks below
        template = _template() if charts and k < len(chunks) else None
        futures = {j: report_pool.submit(_event_pages_of_lake, out, chunks[j], charts, export, files_left(),
                                         template) for j in range(k, len(chunks))}
        for j in reversed(range(k, len(chunks))):
            if not futures[j].cancel():
                break
            parts[j] = _event_pages(con, out, env, events, chunks[j], old_pages, charts, export, files_left())
        report_parts = report_jobs()
        for j, f in futures.items():
            if parts[j] is None:
                parts[j] = f.result()
        chart_jobs: list[tuple[str, dict]] = []
        no_files: list[str] = []
        index_rows = []
        for part in parts:
            pages.update(part.pages)
            result.built += part.built
            chart_jobs += part.chart_jobs
            no_files += part.no_files
            index_rows += part.index_rows
        for part_pages, part_built in report_parts:
            pages.update(part_pages)
            result.built += part_built
    finally:
        con.close()
        if report_pool is not None:
            report_pool.shutdown(cancel_futures=True)
    # the index lists every event and changes whenever any does: always written (one page)
    (out / "index.html").write_text(env.get_template("index.html").render(
        rows=index_rows, n_reports=n_reports, n_claims=n_claims, version=version, root="."))
    for f in (HERE / "static").iterdir():
        shutil.copyfile(f, out / "static" / f.name)
    if charts:
        (out / "static" / "chart-template.js").write_text(browser_template_js())
        target, header = out / "static" / "vega-embed.js", f"// exported by vl-convert: {bundle_name()}\n"
        try:
            with target.open() as f:
                current = f.readline()
        except OSError:
            current = None
        if current != header:  # ~0.9 MB: written once per vl-convert version
            target.write_text(header + vega_bundle()[1])
    for name in no_files:
        for x in ("svg", "png"):
            (out / "charts" / f"{name}.{x}").unlink(missing_ok=True)

    if chart_jobs:
        n = workers if workers is not None else min(os.cpu_count() or 1, 4)
        if n > 1 and len(chart_jobs) >= 24:  # vl-convert holds the GIL: processes, not threads
            # spawned: the run's process already started vl-convert's runtime (the event_estimates chart), and a
            # forked child inherits it without its threads and hangs (seen: `toll run` on 1,000 reports)
            with ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("spawn")) as pool:
                list(pool.map(_write_chart, [out] * len(chart_jobs), *zip(*chart_jobs, strict=True),
                              chunksize=max(1, len(chart_jobs) // (4 * n))))
        else:
            for name, spec in chart_jobs:
                _write_chart(out, name, spec)

    # pages of events and reports that are gone
    for rel in set(old.get("pages", {})) - set(pages):
        for path in [out / rel] + ([out / "charts" / f"{Path(rel).stem}.{x}" for x in ("svg", "png")]
                                   if rel.startswith("events/") else []):
            if path.exists():
                path.unlink()
                result.removed.append(str(path.relative_to(out)))
    manifest_path.write_text(json.dumps({"code": code, "version": version, "pages": pages}, indent=0))
    result.seconds = time.perf_counter() - started
    return result
