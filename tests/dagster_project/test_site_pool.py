"""The site's pages are the same bytes whichever process writes them and whichever jinja2 attribute look-up and
escape render them: report chunks shared between the pool and the build's process, and the fast paths."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd
import pytest

from dagster_project.lake import Lake, Write
from dagster_project.site import build_site


@pytest.fixture(scope="module")
def lake(tmp_path_factory):
    """Nine reports over two events (one report with no event), with a flag and a quarantined claim."""
    lake = Lake(tmp_path_factory.mktemp("site-pool") / "lake")
    reports, claims = [], []
    for i in range(9):
        text = f"Report {i}. Gunmen killed {12 + i} people in Gao, officials said. <b>{i}</b> & more."
        start = text.index(str(12 + i))
        event = None if i == 4 else ("gao-2024-05" if i % 2 else "menaka-2024-05")
        reports.append({"report_id": f"r{i}", "title": f"Report <{i}>", "text": text, "path": f"r{i}.md",
                        "published": date(2024, 5, 1 + i), "outlet": f"Outlet {i % 3}"})
        claims.append({"claim_id": f"r{i}:0", "report_id": f"r{i}", "event_id": event, "claim_index": 0,
                       "span_start": start, "span_end": start + 2,
                       "sentence": f"Gunmen killed {12 + i} people in Gao, officials said.", "outcome": "killed",
                       "party": "all", "value_low": 12 + i, "value_high": 12 + i, "qualifier": "exact",
                       "source": "officials" if i % 3 else "a witness", "as_of": date(2024, 5, 1 + i)})
    events = [{"event_id": e, "name": e.split("-")[0].title(), "place": e.split("-")[0].title(),
               "start_date": date(2024, 5, 1 + k), "n_reports": 4, "n_sources": 2}
              for k, e in enumerate(("gao-2024-05", "menaka-2024-05"))]
    estimates = [{"event_id": e, "party": "all", "outcome": "killed", "low": 13, "best": 15, "high": 20,
                  "n_sources": 2, "sources": ["officials", "a witness"], "claim_ids": ["r1:0", "r3:0"],
                  "latest_as_of": date(2024, 5, 9)} for e in ("gao-2024-05", "menaka-2024-05")]
    flags = [{"rule": "revision_down", "severity": "warn", "claim_ids": ["r1:0", "r3:0"], "report_ids": ["r1", "r3"],
              "message": "a figure <fell>", "event_id": "gao-2024-05", "party": "all", "outcome": "killed"}]
    quarantine = [{"claim_id": "r2:0", "report_id": "r2", "rule": "claims.figure_plausible", "reason": "too big"}]
    lake.commit([Write("events", frame=pd.DataFrame(events), replace_all=True),
                 Write("reports", frame=pd.DataFrame(reports), replace_all=True),
                 Write("claims", frame=pd.DataFrame(claims), replace_all=True),
                 Write("event_estimates", frame=pd.DataFrame(estimates), replace_all=True),
                 Write("flags", frame=pd.DataFrame(flags), replace_all=True),
                 Write("quarantine", frame=pd.DataFrame(quarantine), replace_all=True)])
    return lake


def files(root):
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*.html"))}


def manifest(root):
    return json.loads((root / "manifest.json").read_text())["pages"]


def test_report_chunks_shared_by_the_pool_and_the_build_give_the_pages_of_one_process(lake, tmp_path, monkeypatch):
    import dagster_project.site.build as site_build

    one = build_site(lake, tmp_path / "one", charts=False, workers=1)
    monkeypatch.setattr(site_build, "REPORT_POOL_MIN", 2)
    monkeypatch.setattr(site_build, "CHUNK_REPORTS", 2)  # 5 chunks: some for the worker, the rest taken back here
    taken = []
    original = site_build._report_pages

    def spy(con, out, ids, *rest):
        taken.append(list(ids))
        return original(con, out, ids, *rest)

    monkeypatch.setattr(site_build, "_report_pages", spy)  # in this process only (the pool's are spawned)
    pooled = build_site(lake, tmp_path / "pooled", charts=False, workers=2)
    assert pooled.built == one.built and len([p for p in one.built if p.startswith("reports/")]) == 9
    assert files(tmp_path / "pooled") == files(tmp_path / "one")
    assert list(manifest(tmp_path / "pooled").items()) == list(manifest(tmp_path / "one").items())
    assert all(len(ids) <= 2 for ids in taken)  # what this process wrote, it wrote a chunk at a time
    assert build_site(lake, tmp_path / "pooled", charts=False, workers=2).built == []


@pytest.mark.parametrize("export", ["changed", "all", "none"])
def test_event_chunks_written_by_the_pool_give_the_pages_and_chart_files_of_one_process(lake, tmp_path, monkeypatch,
                                                                                        export):
    """Event pages a chunk at a time in any process: the pages that get chart files ("changed": the first
    export_limit written, most recent first) are those of one process, and so are every page and the manifest."""
    import dagster_project.site.build as site_build

    one = build_site(lake, tmp_path / "one", charts=True, workers=1, export=export, export_limit=1)
    monkeypatch.setattr(site_build, "REPORT_POOL_MIN", 2)
    monkeypatch.setattr(site_build, "CHUNK_EVENTS", 1)
    pooled = build_site(lake, tmp_path / "pooled", charts=True, workers=2, export=export, export_limit=1)
    assert pooled.built == one.built
    assert files(tmp_path / "pooled") == files(tmp_path / "one")
    assert list(manifest(tmp_path / "pooled").items()) == list(manifest(tmp_path / "one").items())
    charts = sorted(p.name for p in (tmp_path / "one" / "charts").glob("*.*"))
    assert sorted(p.name for p in (tmp_path / "pooled" / "charts").glob("*.*")) == charts
    assert len(charts) == {"changed": 2, "all": 4, "none": 0}[export]  # PNG and SVG of 1, 2 or no events


def test_the_dict_fast_path_renders_what_jinja2_renders(lake, tmp_path, monkeypatch):
    import jinja2

    import dagster_project.site.build as site_build

    fast = build_site(lake, tmp_path / "fast", charts=True, workers=1)
    env = site_build._env()
    assert type(env).getattr is not jinja2.Environment.getattr
    assert callable(env.getattr({"items": 1}, "items"))  # a dict's own attribute first, as jinja2 does
    assert env.getattr({"a": 1}, "a") == 1 and isinstance(env.getattr({}, "a"), jinja2.Undefined)
    made = site_build._env

    def plain():
        e = made()
        e.__class__ = jinja2.Environment  # jinja2's own look-up (attribute first, then item) and Template (escape)
        return e

    from markupsafe import escape

    assert plain().get_template("event.html").root_render_func.__globals__["escape"] is escape
    assert env.get_template("event.html").root_render_func.__globals__["escape"] is not escape
    monkeypatch.setattr(site_build, "_env", plain)
    slow = build_site(lake, tmp_path / "slow", charts=True, workers=1)
    assert fast.built == slow.built and len(fast.built) > 10
    assert files(tmp_path / "fast") == files(tmp_path / "slow")
