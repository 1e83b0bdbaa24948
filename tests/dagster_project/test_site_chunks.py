"""A chunk of the site reads its rows through temp tables of ids and one query for its flags and disagreements:
the same rows, in the same order, as filtering each whole table in Python, whatever the chunks and their order on
one connection; and the helpers that skip work (page names, escaping) give what the plain ways give."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

import dagster_project.site.build as site_build
from dagster_project.lake import Lake, Write
from dagster_project.site.build import IN_CHUNK, _Chunk, _group, _id_table, _rows

EVENTS = ("kidal-2023-02", "mopti-2023-03", "segou-2023-03")


@pytest.fixture(scope="module")
def lake(tmp_path_factory):
    """Nine reports over three events (one report linked to none, one with no claim), claims of two events in one report, flags
    naming claims of two events, one naming none, one of no event; disagreements and quarantine rows."""
    lake = Lake(tmp_path_factory.mktemp("site-chunks") / "lake")
    reports, claims, links = [], [], []
    for i in range(8):
        ev = None if i == 7 else EVENTS[i % 3]
        text = f"Dispatch {i}: raiders left {5 + i} dead near the market & {i} hurt."
        reports.append({"report_id": f"p{i}", "title": f"Dispatch {i}", "text": text, "path": f"p{i}.txt",
                        "published": date(2023, 3, 1 + i), "outlet": "Wire"})
        links.append({"report_id": f"p{i}", "event_id": ev})
        for k, (figure, outcome) in enumerate(((5 + i, "killed"), (i, "wounded"))):
            start = text.index(str(figure), 12 if k == 0 else text.index("&"))
            other = EVENTS[(i + 1) % 3] if (i == 2 and k == 1) else ev  # p2's second claim: another event
            claims.append({"claim_id": f"p{i}:{k}", "report_id": f"p{i}", "claim_index": k, "event_id": other,
                           "span_start": start, "span_end": start + len(str(figure)), "sentence": text,
                           "outcome": outcome, "party": "all", "value_low": figure, "value_high": figure,
                           "source": f"source {i % 2}", "as_of": date(2023, 3, 1 + i)})
    reports.append({"report_id": "p8", "title": "No figures", "text": "Calm day.", "path": "p8.txt",
                    "published": date(2023, 3, 9), "outlet": "Wire"})  # a report with no claim
    events = [{"event_id": e, "name": e.split("-")[0].title(), "start_date": date(2023, 2 + k % 2, 1 + k)}
              for k, e in enumerate(EVENTS)]
    flags = [
        {"rule": "spread", "severity": "warn", "claim_ids": ["p0:0", "p1:0"], "message": "two events' claims",
         "event_id": EVENTS[0]},
        {"rule": "lone", "severity": "info", "claim_ids": [], "message": "names no claim", "event_id": EVENTS[1]},
        {"rule": "orphan", "severity": "info", "claim_ids": ["p7:0"], "message": "no event", "event_id": None},
        {"rule": "cross", "severity": "warn", "claim_ids": ["p2:1"], "message": "a claim of another event",
         "event_id": EVENTS[2]},
    ]
    disagreements = [
        {"event_id": EVENTS[0], "party": "all", "outcome": "killed", "source_a": "source 0", "figure_a": 5,
         "source_b": "source 1", "figure_b": 8, "ratio": 1.6, "claim_ids": ["p0:0", "p3:0"]},
        {"event_id": EVENTS[1], "party": "all", "outcome": "wounded", "source_a": "source 0", "figure_a": 1,
         "source_b": "source 1", "figure_b": 4, "ratio": 4.0, "claim_ids": ["p1:1", "p4:1", "p2:1"]},
        {"event_id": EVENTS[2], "party": "all", "outcome": "killed", "source_a": "source 1", "figure_a": 7,
         "source_b": "source 0", "figure_b": 10, "ratio": 1.4, "claim_ids": []},
    ]
    quarantine = [{"claim_id": "p2:1", "report_id": "p2", "rule": "claims.span", "reason": "off"},
                  {"claim_id": "p5:0", "report_id": "p5", "rule": "claims.figure", "reason": "large"}]
    lake.commit([Write("events", frame=pd.DataFrame(events), replace_all=True),
                 Write("reports", frame=pd.DataFrame(reports), replace_all=True),
                 Write("claims", frame=pd.DataFrame(claims), replace_all=True),
                 Write("report_events", frame=pd.DataFrame(links), replace_all=True),
                 Write("flags", frame=pd.DataFrame(flags), replace_all=True),
                 Write("disagreements", frame=pd.DataFrame(disagreements), replace_all=True),
                 Write("quarantine", frame=pd.DataFrame(quarantine), replace_all=True)])
    return lake


def expected(whole: dict[str, list[dict]], claims: list[dict], report_ids, event_ids=()) -> dict:
    """What a chunk holds, from the whole tables filtered in Python (each in its query's order)."""
    ids = {c["claim_id"] for c in claims}
    wanted = {c["report_id"] for c in claims} | set(report_ids)

    def notes(name):
        return [r for r in whole[name] if ids & set(r["claim_ids"] or []) or r["event_id"] in event_ids]

    return {"reports": {r["report_id"]: r for r in whole["reports"] if r["report_id"] in wanted},
            "quarantined": _group([q for q in whole["quarantine"] if q["claim_id"] in ids], "claim_id"),
            "flags": notes("flags"), "disagreements": notes("disagreements")}


def held(chunk: _Chunk) -> dict:
    return {"reports": chunk.reports, "quarantined": dict(chunk.quarantined), "flags": chunk.flags,
            "disagreements": chunk.disagreements}


@pytest.mark.parametrize("size", [1, 2, 8])
def test_chunks_hold_the_rows_of_the_whole_tables_filtered(lake, size):
    """Event chunks then report chunks on one connection, as a build's process takes them (the temp tables of a
    chunk replace the last one's); every row each needs, no other, in the query's order."""
    con = site_build._connect(lake)
    try:
        site_build._index_notes(con)
        whole = {name: _rows(con, name) for name in ("claims", "reports", "quarantine", "flags", "disagreements")}
        events = {e["event_id"]: e for e in _rows(con, "events")}
        event_ids = list(events)
        for i in range(0, len(event_ids), size):
            ids = event_ids[i:i + size]
            _id_table(con, "site_chunk", ids)
            claims = _rows(con, "claims", f"event_id {IN_CHUNK}")
            assert claims == [c for c in whole["claims"] if c["event_id"] in ids]
            chunk = _Chunk(con, events, claims, also=f"event_id {IN_CHUNK}")
            assert held(chunk) == expected(whole, claims, (), ids)
        report_ids = [r["report_id"] for r in whole["reports"]]
        for i in range(0, len(report_ids), size):
            ids = report_ids[i:i + size]
            _id_table(con, "site_chunk", ids)
            claims = _rows(con, "claims", f"report_id {IN_CHUNK}")
            assert claims == [c for c in whole["claims"] if c["report_id"] in ids]
            chunk = _Chunk(con, events, claims, ids)
            assert held(chunk) == expected(whole, claims, ids)
            notes = {c["claim_id"]: chunk.view(c)["notes"] for c in claims}
            if "p0:0" in notes:
                assert notes["p0:0"] == ["spread (warn): two events' claims",
                                         "disagreement on all killed: source 0 5 against source 1 8"]
    finally:
        con.close()


def test_a_chunks_ids_whatever_they_hold(lake):
    """Ids go to DuckDB as one string literal split on line breaks (quotes doubled); an id holding a line break,
    or an empty one, takes the other way."""
    con = site_build._connect(lake)
    try:
        for ids in (["a", "b:1", "c d"], ["x\ny", "z"], [""], ["", "q"], [], ["only"], ["it's", "q''", "\\n"]):
            _id_table(con, "site_chunk", ids)
            assert sorted(r for (r,) in con.execute("SELECT id FROM site_chunk").fetchall()) == sorted(ids)
    finally:
        con.close()


def test_small_chunks_give_the_pages_of_one(lake, tmp_path, monkeypatch):
    one = site_build.build_site(lake, tmp_path / "one", charts=False, workers=1)
    monkeypatch.setattr(site_build, "CHUNK_EVENTS", 1)
    monkeypatch.setattr(site_build, "CHUNK_REPORTS", 3)
    small = site_build.build_site(lake, tmp_path / "small", charts=False, workers=1)
    assert small.built == one.built and len(one.built) == 3 + 9
    read = {p.relative_to(tmp_path / "one").as_posix(): p.read_bytes() for p in (tmp_path / "one").rglob("*.html")}
    assert {p.relative_to(tmp_path / "small").as_posix(): p.read_bytes()
            for p in (tmp_path / "small").rglob("*.html")} == read
    assert (tmp_path / "small" / "manifest.json").read_text() == (tmp_path / "one" / "manifest.json").read_text()
    # each event's page lists its own disagreements (mopti's names a claim of kidal: a note there, not a row), and
    # the flags of the event or naming one of its claims (p2:1 is kidal's)
    for ev, flags, disagreements in ((EVENTS[0], {"spread", "cross"}, 1), (EVENTS[1], {"spread", "lone"}, 1),
                                     (EVENTS[2], {"cross"}, 1)):
        page = read[f"events/{ev}.html"].decode()
        assert page.count('<li class="disagreement">') == disagreements
        assert {rule for rule in ("spread", "lone", "orphan", "cross") if f"<b>{rule}</b>" in page} == flags


@pytest.mark.parametrize("key", ["kidal-2023-02", "0f3a9c", "a.b_c", "", "Ségou-2023", "x²", "٣-events", "a b",
                                 "a/b", "a\nb", "event:1", "ǅ", "_"])
def test_page_names_are_those_of_the_character_loop(key):
    import hashlib

    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in key)
    assert site_build.page_name(key) == (safe if safe == key else
                                         f"{safe}-{hashlib.sha1(key.encode()).hexdigest()[:8]}")


def test_fast_escape_is_markupsafes():
    import jinja2
    from markupsafe import Markup, escape

    fast = site_build._escape_fast()
    for v in ["plain", "<b>'a' & \"b\"</b>", "", "é — …", 0, -12, 10**20, True, None, 1.5, date(2023, 3, 1),
              Markup("<i>kept</i>"), ["<x>"]]:
        assert str(fast(v)) == str(escape(v)), v
    env = site_build._env()
    template = env.get_template("event.html")
    assert template.root_render_func.__globals__["escape"] is not escape  # the templates call the fast one
    with pytest.raises(jinja2.UndefinedError):
        fast(env.undefined(name="missing"))


def test_the_figure_filter_writes_what_the_macro_it_replaced_wrote():
    env = site_build._env()
    macro = env.from_string(  # templates/_figure.html, as it was
        '{% macro figure(c) -%}\n{{ c.value_low|num }}{% if c.value_high is none %}+{% elif c.value_high != '
        'c.value_low %}–{{ c.value_high|num }}{% endif %}\n{%- endmacro %}{% for c in cs %}[{{ figure(c) }}]{% endfor %}')
    figure = env.from_string("{% for c in cs %}[{{ c|figure }}]{% endfor %}")
    values = (None, 0, 1, 12, 999, 1000, 2500, 10**7, -4)
    cs = [{"value_low": low, "value_high": high} for low in values for high in values]
    assert figure.render(cs=cs) == macro.render(cs=cs)
    assert "[2,500–10,000,000]" in figure.render(cs=cs) and "[12+]" in figure.render(cs=cs)
