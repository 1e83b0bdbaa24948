"""The site's build without a browser: highlights cut at the span, escaping, rebuilding only what changed, and the
compiled-once chart drawing what Vega-Lite draws."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd

from dagster_project.lake import Lake, Write
from dagster_project.site import build_site
from dagster_project.site.build import highlight, locate_sentence, segments

TEXT = "Intro line. Gunmen killed 12 people in Gao, <officials> said. Later, 3 more died & 12 were hurt."


def test_highlight_is_the_span_inside_its_sentence():
    sentence = "Gunmen killed 12 people in Gao, <officials> said."
    start = TEXT.index("12")
    h = highlight(TEXT, {"sentence": sentence, "span_start": start, "span_end": start + 2})
    assert h["exact"] and h["figure"] == "12" and h["before"] + h["figure"] + h["after"] == sentence
    # the second "12" belongs to another sentence: never the first occurrence by accident
    later = TEXT.rindex("12")
    assert locate_sentence(TEXT, sentence, later, later + 2) is None
    h = highlight(TEXT, {"sentence": sentence, "span_start": later, "span_end": later + 2})
    assert not h["exact"] and h["figure"] == TEXT[later:later + 2]


def test_segments_cover_the_text_once():
    spans = [(TEXT.index("12"), TEXT.index("12") + 2, "a"), (TEXT.index("3 more"), TEXT.index("3 more") + 6, "b"),
             (TEXT.index("3 more"), TEXT.index("3 more") + 1, "c")]
    segs = segments(TEXT, spans)
    assert "".join(s["text"] for s in segs) == TEXT
    assert [sorted(s["claims"]) for s in segs if s["claims"]] == [["a"], ["b", "c"]]


def _lake(path, best: int) -> Lake:
    lake = Lake(path)
    start = TEXT.index("12")
    frames = {
        "events": [{"event_id": "gao-2024-05", "name": "Gao <attack>", "place": "Gao", "start_date": date(2024, 5, 1),
                    "n_reports": 1, "n_sources": 1},
                   {"event_id": "mopti-2024-05", "name": "Mopti", "place": "Mopti", "start_date": date(2024, 5, 2),
                    "n_reports": 0, "n_sources": 0}],
        "reports": [{"report_id": "r1", "title": "<script>alert(1)</script>", "text": TEXT, "path": "r1.md",
                     "published": date(2024, 5, 1)}],
        "claims": [{"claim_id": "r1:0", "report_id": "r1", "event_id": "gao-2024-05", "span_start": start,
                    "span_end": start + 2, "sentence": "Gunmen killed 12 people in Gao, <officials> said.",
                    "outcome": "killed", "party": "all", "value_low": 12, "value_high": 12, "source": "officials",
                    "as_of": date(2024, 5, 1)}],
        "event_estimates": [{"event_id": "gao-2024-05", "party": "all", "outcome": "killed", "low": 12,
                             "best": best, "high": 12, "claim_ids": ["r1:0"]}],
        "estimate_timeline": [{"event_id": "gao-2024-05", "day": date(2024, 5, 1), "party": "all",
                               "outcome": "killed", "low": 12, "best": best, "high": 12}],
    }
    lake.commit([Write(t, frame=pd.DataFrame(rows), replace_all=True) for t, rows in frames.items()])
    return lake


def test_rebuild_writes_only_what_changed_and_escapes(tmp_path):
    out = tmp_path / "site"
    lake = _lake(tmp_path / "lake", best=12)
    first = build_site(lake, out)
    assert sorted(first.built) == ["events/gao-2024-05.html", "events/mopti-2024-05.html", "reports/r1.html"]
    assert (out / "charts" / "gao-2024-05.svg").stat().st_size > 1000
    assert not (out / "charts" / "mopti-2024-05.svg").exists()  # nothing to draw
    report = (out / "reports" / "r1.html").read_text()
    assert "<script>alert" not in report and "&lt;script&gt;alert(1)&lt;/script&gt;" in report
    assert "&lt;officials&gt;" in (out / "events" / "gao-2024-05.html").read_text()
    assert build_site(lake, out).built == []
    _lake(tmp_path / "lake", best=11)
    assert build_site(lake, out).built == ["events/gao-2024-05.html"]


def test_compiled_chart_draws_what_vega_lite_draws():
    import vl_convert as vlc

    from dagster_project.site.charts import event_spec, to_svg

    spec = event_spec([{"day": date(2024, 5, 1), "party": "all", "outcome": "killed", "low": 3, "best": 5,
                        "high": 9}],
                      [{"as_of": date(2024, 5, 2), "source": "UN", "party": "all", "outcome": "killed",
                        "value_low": 4, "value_high": None, "qualifier": "at_least"}],
                      [{"party": "all", "outcome": "killed", "low": 3, "best": 5, "high": 9}])
    assert to_svg(spec) == vlc.vegalite_to_svg(spec)


def test_a_corrected_claim_shows_the_machine_value_and_a_rejected_one_is_apart(tmp_path):
    lake = _lake(tmp_path / "lake", 12)
    lake.commit([Write("claims", pd.DataFrame([
        {"claim_id": "r1:0", "report_id": "r1", "event_id": "gao-2024-05", "span_start": TEXT.index("12"),
         "span_end": TEXT.index("12") + 2, "sentence": "Gunmen killed 12 people in Gao, <officials> said.",
         "outcome": "killed", "party": "civilians", "value_low": 12, "value_high": 12, "source": "officials",
         "corrected": True, "machine": '{"party": "all"}'},
        {"claim_id": "r1:1", "report_id": "r1", "event_id": "gao-2024-05", "span_start": TEXT.index("3 more"),
         "span_end": TEXT.index("3 more") + 1, "sentence": "Later, 3 more died & 12 were hurt.",
         "outcome": "killed", "party": "all", "value_low": 3, "value_high": 3, "rejected": "not a new death"}]),
        replace_all=True)])
    result = build_site(lake, tmp_path / "site", charts=False)
    page = (tmp_path / "site" / "events").glob("*.html")
    html = next(p for p in page if "gao" in p.name).read_text()
    assert "the machine read party <b>all</b>" in html
    rejected = html.index("rejected by an analyst: not a new death")
    assert rejected > html.index("Quarantined and rejected claims")
    assert result.events == 2


def test_the_toll_over_time_has_one_panel_per_outcome_and_party():
    """A line or band never mixes parties: each facet holds one party's estimate and its sources' figures."""
    from dagster_project.site.charts import event_spec, to_svg

    day = date(2024, 5, 1)
    spec = event_spec(
        [{"day": day, "party": p, "outcome": "killed", "low": lo, "best": lo, "high": lo} for p, lo in
         (("ISIS", 300), ("SDF", 40))],
        [{"as_of": day, "source": "SOHR", "party": p, "outcome": "killed", "value_low": lo, "value_high": lo,
          "qualifier": None} for p, lo in (("ISIS", 300), ("SDF", 40))],
        [{"party": p, "outcome": "killed", "low": lo, "best": lo, "high": lo} for p, lo in (("ISIS", 300), ("SDF", 40))])
    rows = spec["datasets"]["timeline"]
    panels = {r["panel"]: {x["party"] for x in rows if x["panel"] == r["panel"]} for r in rows}
    assert panels == {"killed · ISIS": {"ISIS"}, "killed · SDF": {"SDF"}}
    assert spec["vconcat"][0]["facet"]["field"] == "panel"
    svg = to_svg(spec)
    assert "killed · ISIS" in svg and "killed · SDF" in svg


def _two_events(path) -> Lake:
    lake = Lake(path)
    frames = {"events": [], "event_estimates": [], "estimate_timeline": []}
    for ev, day in (("gao-2024-05", date(2024, 5, 1)), ("mopti-2024-06", date(2024, 6, 2))):
        frames["events"].append({"event_id": ev, "name": ev, "place": ev.split("-")[0], "start_date": day,
                                 "n_reports": 1, "n_sources": 1})
        row = {"event_id": ev, "party": "all", "outcome": "killed", "low": 5, "best": 6, "high": 7}
        frames["event_estimates"].append(row)
        frames["estimate_timeline"].append({**row, "day": day})
    lake.commit([Write(t, frame=pd.DataFrame(rows), replace_all=True) for t, rows in frames.items()])
    return lake


def test_charts_are_drawn_in_the_page_and_files_exported_for_the_changed_events(tmp_path):
    out = tmp_path / "site"
    lake = _two_events(tmp_path / "lake")
    first = build_site(lake, out, export_limit=1)
    assert len(first.built) == 2
    # every page carries its rows and the scripts that draw them; the Vega bundle is vl-convert's, offline
    for ev in ("gao-2024-05", "mopti-2024-06"):
        page = (out / "events" / f"{ev}.html").read_text()
        assert 'id="chart-data"' in page and "../static/vega-embed.js" in page
    assert (out / "static" / "vega-embed.js").stat().st_size > 500_000
    assert "window.TOLL_CHART" in (out / "static" / "chart-template.js").read_text()
    # files for at most export_limit events, the most recent first
    assert sorted(p.name for p in (out / "charts").iterdir()) == ["mopti-2024-06.png", "mopti-2024-06.svg"]
    assert "../charts/mopti-2024-06.png" in (out / "events" / "mopti-2024-06.html").read_text()
    assert "../charts/gao-2024-05.png" not in (out / "events" / "gao-2024-05.html").read_text()
    # --export-charts: the missing files, and the page that now links them; then nothing is left to do
    every = build_site(lake, out, export="all")
    assert every.built == ["events/gao-2024-05.html"]
    assert (out / "charts" / "gao-2024-05.png").stat().st_size > 1000
    assert build_site(lake, out).built == [] and build_site(lake, out, export="all").built == []
    # an event that changes beyond the limit loses its now stale files
    with lake.transaction("test: both change") as txn:
        txn.con.execute("UPDATE event_estimates SET best = 7")
    again = build_site(lake, out, export_limit=1)
    assert sorted(again.built) == ["events/gao-2024-05.html", "events/mopti-2024-06.html"]
    assert not (out / "charts" / "gao-2024-05.png").exists() and (out / "charts" / "mopti-2024-06.png").exists()


def test_each_bound_names_its_claims_and_a_claim_shows_what_touches_it(tmp_path):
    lake = _lake(tmp_path / "lake", best=12)
    later = TEXT.index("3 more")
    lake.commit([
        Write("claims", pd.DataFrame([{"claim_id": "r1:1", "report_id": "r1", "event_id": "gao-2024-05",
                                       "span_start": later, "span_end": later + 1, "outcome": "killed",
                                       "party": "all", "value_low": 3, "value_high": 3,
                                       "sentence": "Later, 3 more died & 12 were hurt."}])),
        Write("quarantine", pd.DataFrame([{"claim_id": "r1:1", "report_id": "r1", "rule": "claims_shape",
                                           "reason": "span outside its sentence"}]), replace_all=True),
        Write("flags", pd.DataFrame([{"rule": "sources_agree", "severity": "warn", "claim_ids": ["r1:0"],
                                      "message": "officials and UN differ", "event_id": "gao-2024-05"}]),
              replace_all=True)])
    build_site(lake, tmp_path / "site", charts=False)
    html = (tmp_path / "site" / "events" / "gao-2024-05.html").read_text()
    row = html[html.index('data-outcome="killed"'):html.index("</tr>", html.index('data-outcome="killed"'))]
    for bound in ("low", "high"):
        cell = row[row.index(f'data-bound="{bound}"'):]
        cell = cell[:cell.index("</div>")]
        assert 'data-claim="r1:0"' in cell and "officials 12" in cell, bound
    claim = html[html.index('id="claim-r1:0"'):html.index("</li>", html.index('id="claim-r1:0"'))]
    assert "sources_agree (warn): officials and UN differ" in claim
    apart = html[html.index("Quarantined and rejected claims"):]
    assert 'id="claim-r1:1"' in apart and "quarantined by <b>claims_shape</b>: span outside its sentence" in apart
    assert 'id="claim-r1:1"' not in html[:html.index("Quarantined and rejected claims")]


def test_the_asset_chart_is_of_the_changed_events_and_short_enough_to_show_in_place(tmp_path, monkeypatch):
    from dagster_project.site.metadata import MD_INLINE_LIMIT, changed_events, chart_entries

    lake = _two_events(tmp_path / "lake")
    with lake.reader() as con:
        before = lake.current_version(con)
    assert sorted(changed_events(lake, None)) == ["gao-2024-05", "mopti-2024-06"]
    assert changed_events(lake, before) == []
    with lake.transaction("test: one changes") as txn:
        txn.con.execute("UPDATE event_estimates SET best = 5 WHERE event_id = 'gao-2024-05'")
    assert changed_events(lake, before) == ["gao-2024-05"]
    # an incremental run reads only the events it rewrote: the same answer among them, none outside them
    assert changed_events(lake, before, among={"gao-2024-05", "mopti-2024-06"}) == ["gao-2024-05"]
    assert changed_events(lake, before, among={"mopti-2024-06"}) == []
    assert changed_events(lake, None, among={"mopti-2024-06"}) == ["mopti-2024-06"]

    monkeypatch.delenv("TOLL_SITE_URL", raising=False)
    alone = chart_entries(lake, ["gao-2024-05"])
    assert list(alone) == ["chart"] and "](data:image/jpeg;base64," in alone["chart"]

    monkeypatch.setenv("TOLL_SITE_DIR", str(tmp_path / "site"))
    monkeypatch.setenv("TOLL_SITE_URL", "http://127.0.0.1:8765/")
    served = chart_entries(lake, ["gao-2024-05", "mopti-2024-06"])
    assert len(served["chart"]) < MD_INLINE_LIMIT and "data:" not in served["chart"]
    files = sorted((tmp_path / "site" / "charts" / "ui").glob("*.svg"))
    assert [f.name.rsplit("-", 1)[0] for f in files] == ["gao-2024-05", "mopti-2024-06"]
    for f in files:
        assert f"](http://127.0.0.1:8765/charts/ui/{f.name})" in served["chart"]
        assert f.read_text().lstrip().startswith("<svg")
    assert served["chart_embedded"].count("data:image/jpeg;base64,") == 2


def test_toll_report_builds_the_site_where_asked(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    lake = _two_events(tmp_path / "lake")
    toll = str(Path(sys.executable).with_name("toll"))
    env = {**__import__("os").environ, "TOLL_LAKE_DIR": str(lake.lake_dir)}
    out = tmp_path / "elsewhere"
    done = subprocess.run([toll, "report", "--out", str(out), "--export-charts"], env=env, capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert f"site: {out / 'index.html'}" in done.stdout and "(2 events" in done.stdout
    assert sorted(p.name for p in (out / "charts").glob("*.png")) == ["gao-2024-05.png", "mopti-2024-06.png"]
    again = subprocess.run([toll, "report", "--out", str(out)], env=env, capture_output=True, text=True, check=True)
    assert "0 pages written" in again.stdout


def test_report_pages_written_by_other_processes_are_those_one_process_writes(tmp_path, monkeypatch):
    """A large site's report pages are written by pool processes (a slice of the reports each, on their own
    connection at the build's version) while the build writes the event pages: the files and the manifest are
    those of a build in one process, and a rebuild with nothing changed writes nothing."""
    import dagster_project.site.build as site_build

    lake = Lake(tmp_path / "lake")
    reports, claims = [], []
    for i in range(7):
        text = f"Report {i}. Gunmen killed {12 + i} people in Gao, officials said."
        start = text.index(str(12 + i))
        reports.append({"report_id": f"r{i}", "title": f"Report <{i}>", "text": text, "path": f"r{i}.md",
                        "published": date(2024, 5, 1 + i)})
        claims.append({"claim_id": f"r{i}:0", "report_id": f"r{i}", "event_id": "gao-2024-05" if i % 3 else None,
                       "span_start": start, "span_end": start + 2,
                       "sentence": f"Gunmen killed {12 + i} people in Gao, officials said.", "outcome": "killed",
                       "party": "all", "value_low": 12 + i, "value_high": 12 + i, "source": "officials",
                       "as_of": date(2024, 5, 1 + i)})
    lake.commit([Write("events", frame=pd.DataFrame([{"event_id": "gao-2024-05", "name": "Gao", "place": "Gao",
                                                      "start_date": date(2024, 5, 1), "n_reports": 4,
                                                      "n_sources": 1}]), replace_all=True),
                 Write("reports", frame=pd.DataFrame(reports), replace_all=True),
                 Write("claims", frame=pd.DataFrame(claims), replace_all=True)])
    one = build_site(lake, tmp_path / "one", charts=False, workers=1)
    monkeypatch.setattr(site_build, "REPORT_POOL_MIN", 2)
    pooled = build_site(lake, tmp_path / "pooled", charts=False, workers=3)
    assert pooled.built == one.built and len([p for p in one.built if p.startswith("reports/")]) == 7

    def files(root):
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*.html"))}

    assert files(tmp_path / "pooled") == files(tmp_path / "one")
    manifest = json.loads((tmp_path / "pooled" / "manifest.json").read_text())
    assert manifest["pages"] == json.loads((tmp_path / "one" / "manifest.json").read_text())["pages"]
    assert build_site(lake, tmp_path / "pooled", charts=False, workers=3).built == []
