"""The whole pipeline on the sample reports, materialized for real into a temporary DuckLake."""

from __future__ import annotations


def test_run_succeeds_with_bad_reports(sample_ledger):
    _lake, result, _instance = sample_ledger
    assert result.success
    checks = {e.check_name: e.passed for e in result.get_asset_check_evaluations()}
    assert checks["claims_shape"] is True and checks["reports_shape"] is True
    assert checks["spans_point_into_reports"] is True


def test_reports_table(sample_ledger):
    lake, _, _ = sample_ledger
    rows = lake.query("SELECT title, outlet, CAST(published AS VARCHAR) AS published, byte_size, length(text) AS n "
                      "FROM reports ORDER BY published")
    assert len(rows) == 2
    assert [str(d) for d in rows.published] == ["2022-01-24", "2022-02-01"]
    assert rows.outlet.tolist() == ["AFP (via Asharq Al-Awsat)", "ZeroHedge (via AntiWar.com)"]
    assert (rows.n > 2000).all() and (rows.byte_size >= rows.n).all()


def test_bad_reports_are_rejected_with_reason_and_bytes(sample_ledger):
    lake, _, _ = sample_ledger
    rej = lake.query("SELECT path, reason, raw, byte_size FROM rejected_reports ORDER BY path")
    assert [p.rsplit("/", 1)[-1] for p in rej.path] == ["empty.md", "scan.txt"]
    assert rej.reason[0].startswith("empty.md: empty file")  # one line: the file, then the cause
    assert rej.reason[1].startswith("scan.txt: binary content")
    assert bytes(rej.raw[1]).startswith(b"\x89PNG") and rej.byte_size[1] == len(bytes(rej.raw[1]))


def test_claims_hold_the_sdf_figures(sample_ledger):
    lake, _, _ = sample_ledger
    c = lake.query("SELECT * FROM claims")
    staff = c[(c.value_low == 77) & (c.outcome == "killed") & (c.party == "SDF") & (c.attributed_to == "SDF")]
    assert len(staff) >= 1 and staff.role.fillna("").str.contains("staff").any()
    isis = c[(c.value_low == 374) & (c.outcome == "killed") & (c.party == "ISIS")]
    assert len(isis) >= 2 and set(isis.attributed_to) == {"SDF"}
    # every span slices its report's text to a phrase inside the claim's sentence
    spans = lake.query("""SELECT c.sentence, substr(r.text, c.span_start + 1, c.span_end - c.span_start) AS fig
                          FROM claims c JOIN reports r USING (report_id)""")
    assert all(f and f in s for f, s in zip(spans.fig, spans.sentence, strict=True))
    assert c.event_id.nunique() == 1 and c.event_id[0].startswith("ghwayran")
    from assets.normalize import extractor_code_version

    assert set(c.extractor_version) == {extractor_code_version()}


def test_events_and_estimates(sample_ledger):
    lake, _, _ = sample_ledger
    ev = lake.query("SELECT * FROM events")
    assert len(ev) == 1 and ev.place[0] == "Ghwayran prison" and str(ev.start_date[0]).startswith("2022-01")
    est = lake.query("SELECT * FROM event_estimates WHERE party = 'ISIS' AND outcome = 'killed'")
    assert len(est) == 1
    assert est.low[0] <= 374 <= est.high[0]
    assert est.n_sources[0] >= 1


def test_every_commit_records_its_snapshot(sample_ledger):
    lake, result, _ = sample_ledger
    snaps, reads = {}, {}
    for mat in result.get_asset_materialization_events():
        m = mat.event_specific_data.materialization
        snaps[m.asset_key.to_user_string()] = m.metadata["snapshot_id"].value
        reads[m.asset_key.to_user_string()] = m.metadata["read_version"].value
    assert set(snaps) >= {"reports", "claims", "quarantine", "events", "event_estimates"}
    with lake.reader() as con:
        current = con.execute("SELECT id FROM lake.current_snapshot()").fetchone()[0]
    assert max(snaps.values()) == current
    # (a commit that changes nothing, e.g. a day with only rejected files, writes no new version)
    assert snaps["reports"] <= snaps["claims"] < snaps["quarantine"] < snaps["events"] < snaps["event_estimates"]
    # each materialization links the version it read from: never after its own
    assert all(reads[k] <= snaps[k] for k in snaps) and reads["quarantine"] >= snaps["claims"]
