"""A corpus of bad inputs, each beside a good report in the same real run: every file's fate is stated (processed
with these warnings, or rejected with this reason), the good report is ingested and extracted, and no report is
lost. Then a file changes, one is deleted, and a run with nothing new writes no version."""

from __future__ import annotations

import json
import os
import socket
import stat
from pathlib import Path

import pytest

from bench.big_report import make_report

GOOD = ("---\ntitle: Market bombing in Kidal\noutlet: Sahel Wire\npublished: 2024-03-04\n---\n"
        "KIDAL, March 4 - Police said nine people were killed and 14 wounded when a bomb went off at the "
        "central market of Kidal on Monday morning. The regional governor condemned the attack.\n")
BODY = ("Officials said three people were killed when a bus left the road near the town of Gao, "
        "and the district hospital treated five others for their injuries.")
FR = "Les autorités ont déclaré que trois civils étaient morts à Gaïa après l'attaque du marché."
SMART = "Officials said \u201cseven people\u201d were killed \u2014 the mayor\u2019s office confirmed it on Tuesday."


# The size of the big report (bench/big_report.py's text): 1 MB keeps the suite fast; TOLL_TEST_BIG_MB=20 runs the
# issue's 20 MB through the same tests (bench/big_report.py prints time and peak memory at 5, 10 and 20 MB).
BIG_MB = float(os.environ.get("TOLL_TEST_BIG_MB") or 1)


def md(published: str, body: str = BODY, title: str = "Report") -> str:
    return f"---\ntitle: {title}\npublished: {published}\n---\n{body}\n"


# name -> (bytes, fate). fate: ("rejected", reason text) or ("processed", warning kinds it must have, exactly)
def corpus(big_mb: float) -> dict[str, tuple[bytes, tuple]]:
    line = (BODY + " ").encode()
    return {
        "empty.md": (b"", ("rejected", "empty file")),
        "whitespace.txt": (b"  \n\t \r\n  ", ("rejected", "empty file")),
        "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, ("rejected", "binary content")),
        "truncated-utf8.txt": (BODY.encode() + b" caf\xc3", ("processed", {"encoding"})),
        "utf16-le-bom.txt": (BODY.encode("utf-16"), ("processed", set())),
        "utf16-be-bom.txt": (b"\xfe\xff" + BODY.encode("utf-16-be"), ("processed", set())),
        "utf16-le.txt": (("Le " + BODY).encode("utf-16-le"), ("processed", {"encoding"})),
        "utf16-be.txt": (("Be " + BODY).encode("utf-16-be"), ("processed", {"encoding"})),
        "utf8-bom.md": (b"\xef\xbb\xbf" + md("2024-03-05").encode(), ("processed", set())),
        "latin1.txt": (FR.encode("latin-1"), ("processed", {"encoding", "unsupported_language"})),
        "cp1252.txt": (SMART.encode("cp1252"), ("processed", {"encoding"})),
        "surrogate.json": (b'{"title": "Lone \\ud800 half", "text": "' + BODY.encode() + b' \\udc00"}',
                           ("processed", {"invalid_characters"})),
        "deep.json": (b"[" * 100_000 + b"]" * 100_000, ("rejected", "nested too deeply")),
        "huge-number.json": (json.dumps({"text": "Two " + BODY}).encode()[:-1] + b', "n": ' + b"9" * 5000 + b"}",
                             ("processed", set())),
        "one-bad-line.jsonl": (json.dumps({"text": "Five " + BODY}).encode() + b"\n{not json\n"
                               + json.dumps({"text": "Six " + BODY}).encode() + b"\n",
                               ("rejected", "line 2: invalid JSON")),
        "text-not-string.json": (json.dumps({"text": ["nine", "killed"]}).encode(), ("rejected", "is an array, not text")),
        "top-level-string.json": (b'"only a string"', ("rejected", "expected a JSON object")),
        "bad-yaml.md": (b"---\ntitle: [unclosed\npublished: 2024-01-02\n---\n" + BODY.encode(),
                        ("processed", {"front_matter"})),
        "impossible-date.md": (md("2022-02-30", "Eight " + BODY).encode(), ("processed", {"bad_date"})),
        "hour-25.md": (md("2022-02-03 25:00:00", "Ten " + BODY).encode(), ("processed", {"bad_date"})),
        "year-only.md": (md("2021", "Eleven " + BODY).encode(), ("processed", {"partial_date"})),
        "list-title.md": (md("2024-03-06", "Twelve " + BODY, title="[Raid, Market]").encode(), ("processed", {"wrong_type"})),
        "dict-date.md": (md("{day: 4}", "Thirteen " + BODY).encode(), ("processed", {"wrong_type"})),
        "big.md": (make_report(big_mb).encode(), ("processed", set())),
        "repetitive.txt": (line * int(0.2e6 / len(line)), ("processed", set())),
        "nav-only.html": (("<html><body><nav><ul>" + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>"
                                                             for i in range(20)) + "</ul></nav></body></html>").encode(),
                          ("rejected", "only navigation")),
        "scripts-only.html": (b"<html><head><script>var a = 1;</script></head><body><script>document.write('x')"
                              b"</script></body></html>", ("rejected", "no article text")),
        "duplicate.md": (GOOD.encode(), ("processed", {"duplicate"})),
        "fourteen-digits.txt": (b"Officials said 12,345,678,901,234 people were killed in the attack on the town.",
                                ("processed", set())),
        "eight-billion.txt": (b"The rebels claimed that 8 billion people were killed in the war.", ("processed", set())),
        "fourteen-digits-plain.txt": (b"A post said that 12345678901234 people were killed in the blast.",
                                      ("processed", set())),
        "fourteen-digits-words.txt": (b"A post claimed twelve trillion three hundred forty-five billion six hundred "
                                      b"seventy-eight million nine hundred one thousand two hundred thirty-four people "
                                      b"were killed.", ("processed", set())),
        "past-bigint.txt": (b"The leaflet said 9,000,000,000,000,000,000,000 people were killed in the war.",
                            ("processed", set())),
        "nul-bytes.txt": (("Fifteen " + BODY).encode().replace(b"bus", b"b\x00us"), ("processed", {"invalid_characters"})),
        "crlf.txt": (("Sixteen " + BODY + "\n\nSecond paragraph.\n").replace("\n", "\r\n").encode(), ("processed", set())),
        "long-line.txt": ((("Seventeen " + BODY + " ") * 8000).encode(), ("processed", set())),
        "report.pdf": (b"%PDF-1.4 not a text report", ("rejected", "unsupported file type")),
        "changed.md": (md("2023-03-01", "Eighteen " + BODY).encode(), ("processed", set())),
        "deleted.md": (md("2023-05-01", "Police said 40 people were killed in a raid on Menaka.").encode(),
                       ("processed", set())),
    }


def special_files(folder: Path, outside: Path) -> dict[str, tuple]:
    """Entries that are not plain files: made on disk, each with its fate."""
    made = {}
    (outside / "secret.txt").write_text("Officials said a secret number of people were killed.")
    (folder / "symlink-out.txt").symlink_to(outside / "secret.txt")
    made["symlink-out.txt"] = ("rejected", "outside the source folder")
    (folder / "broken-link.txt").symlink_to(folder / "no-such-file.txt")
    made["broken-link.txt"] = ("rejected", "broken symlink")
    (folder / "inside.txt").write_text("Nineteen " + BODY)
    (folder / "symlink-in.txt").symlink_to(folder / "inside.txt")  # inside the folder: read (same bytes: duplicate)
    made["inside.txt"] = ("processed", set())
    made["symlink-in.txt"] = ("processed", {"duplicate"})
    os.mkfifo(folder / "pipe.txt")
    made["pipe.txt"] = ("rejected", "a FIFO")
    sock_path = folder / "sock.txt"
    if len(str(sock_path)) < 100:
        s = socket.socket(socket.AF_UNIX)
        s.bind(str(sock_path))
        s.close()
        made["sock.txt"] = ("rejected", "a socket")
    try:  # a character device (the null device's numbers); making one needs root
        os.mknod(folder / "device.txt", stat.S_IFCHR | 0o600, os.makedev(1, 3))
        made["device.txt"] = ("rejected", "a device")
    except (PermissionError, AttributeError):
        pass
    locked = folder / "locked.txt"
    locked.write_text("Twenty " + BODY)
    locked.chmod(0)
    # root reads a file whatever its mode: then it is read like any other (the refusal is tested without root below)
    made["locked.txt"] = ("processed", set()) if os.geteuid() == 0 else ("rejected", "Permission denied")
    return made


@pytest.fixture(scope="module")
def bad_ledger(tmp_path_factory):
    import dagster as dg

    from dagster_project.lake import Lake
    from dagster_project.run import materialize_all

    base = tmp_path_factory.mktemp("bad")
    folder, outside = base / "in", base / "out"
    folder.mkdir()
    outside.mkdir()
    (folder / "a-good.md").write_text(GOOD)
    fates = {"a-good.md": ("processed", set())}
    for name, (data, fate) in corpus(BIG_MB).items():
        (folder / name).write_bytes(data)
        fates[name] = fate
    fates.update(special_files(folder, outside))
    lake = Lake(base / "lake")
    with dg.instance_for_test() as instance:
        runs = [materialize_all(lake_dir=str(lake.lake_dir), folder=str(folder), instance=instance)]
        versions = [lake.latest_version()]
        runs.append(materialize_all(lake_dir=str(lake.lake_dir), folder=str(folder), instance=instance))
        versions.append(lake.latest_version())
        # the file changes (its date moves it to another day), another is deleted
        (folder / "changed.md").write_text(md("2023-04-02", "Eighteen " + BODY))
        (folder / "deleted.md").unlink()
        runs.append(materialize_all(lake_dir=str(lake.lake_dir), folder=str(folder), instance=instance))
        versions.append(lake.latest_version())
        yield lake, folder, fates, runs, versions


def test_every_run_succeeds(bad_ledger):
    _, _, _, runs, _ = bad_ledger
    assert [r.success for r in runs] == [True, True, True]


def test_each_kind_meets_its_fate_and_no_report_is_lost(bad_ledger):
    lake, folder, fates, _, _ = bad_ledger
    reports = lake.query("SELECT path, report_id, title, published, published_text, text FROM reports")
    rejected = lake.query("SELECT path, reason, raw, byte_size FROM rejected_reports")
    warned = lake.query("SELECT path, kind, message FROM report_warnings")
    kinds_of = {}
    for p, k in zip(warned.path, warned.kind, strict=True):
        kinds_of.setdefault(Path(p.split("#")[0]).name, set()).add(k)
    in_reports = {Path(p.split("#")[0]).name for p in reports.path}
    reasons = {Path(p.split("#")[0]).name: r for p, r in zip(rejected.path, rejected.reason, strict=True)}
    lost, wrong = [], []
    for name, (fate, expected) in fates.items():
        if name == "deleted.md":
            continue  # withdrawn in the third run (test below)
        if fate == "rejected":
            if name not in reasons or expected not in reasons[name] or not reasons[name].startswith(name):
                wrong.append((name, fate, expected, reasons.get(name)))
        else:
            duplicate = "duplicate" in expected
            if name not in in_reports and not duplicate:
                lost.append(name)
            if kinds_of.get(name, set()) != expected:
                wrong.append((name, fate, expected, kinds_of.get(name)))
        if name not in in_reports and name not in reasons and not (kinds_of.get(name, set()) & {"duplicate"}):
            lost.append(name)
    print(f"\nbad-input kinds tried: {len(fates) - 1} (+ the good report), reports lost: {len(lost)}")
    assert not lost, lost
    assert not wrong, wrong
    assert len(fates) - 1 >= 30
    # one line each, naming the file
    assert all("\n" not in r for r in rejected.reason)
    # raw bytes kept for what could be read
    by_name = {Path(p.split("#")[0]).name: (bytes(raw), n) for p, raw, n in
               zip(rejected.path, rejected.raw, rejected.byte_size, strict=True)}
    assert by_name["binary.txt"][0].startswith(b"\x89PNG") and by_name["deep.json"][1] == 200_000


def test_the_good_report_is_ingested_and_extracted(bad_ledger):
    lake, *_ = bad_ledger
    claims = lake.query("""SELECT c.outcome, c.value_low FROM claims c JOIN reports r USING (report_id)
                           WHERE r.path LIKE '%/a-good.md'""")
    assert {("killed", 9), ("wounded", 14)} <= set(zip(claims.outcome, claims.value_low, strict=True))


def test_values_are_kept_as_stated(bad_ledger):
    lake, *_ = bad_ledger
    r = lake.query("SELECT path, title, published, published_text, text FROM reports").set_index("path")
    r.index = [Path(p.split("#")[0]).name for p in r.index]
    assert r.loc["year-only.md", "published_text"] == "2021" and r.loc["year-only.md", "published"] is None or \
        str(r.loc["year-only.md", "published"]) in ("NaT", "None")
    assert r.loc["impossible-date.md", "published_text"] == "2022-02-30"
    assert r.loc["list-title.md", "title"] == '["Raid", "Market"]'
    assert "déclaré" in r.loc["latin1.txt", "text"] and "\u201cseven people\u201d" in r.loc["cp1252.txt", "text"]
    assert "\ufffd" in r.loc["surrogate.json", "text"] and "\x00" not in r.loc["nul-bytes.txt", "text"]
    assert r.loc["utf16-be-bom.txt", "text"] == BODY


def test_implausible_figures_reach_the_ledger_and_are_quarantined(bad_ledger):
    """The extractor keeps every readable figure, however large; the ledger quarantines it with the reason."""
    lake, *_ = bad_ledger
    q = lake.query("""SELECT r.path, q.rule, q.reason, c.value_low, c.value_text FROM quarantine q
                      JOIN claims c ON c.claim_id = q.claim_id JOIN reports r ON r.report_id = c.report_id""")
    q["name"] = [Path(p).name for p in q.path]
    rules = q.groupby("name").rule.apply(set).to_dict()
    ceiling, population = "claims.figure_plausible", "claims.figure_within_world_population"
    assert ceiling in rules["eight-billion.txt"] and population not in rules["eight-billion.txt"]
    for name in ("fourteen-digits.txt", "fourteen-digits-plain.txt", "fourteen-digits-words.txt"):
        assert {ceiling, population} <= rules[name], (name, rules.get(name))
        assert 12_345_678_901_234 in set(q[q.name == name].value_low)
    assert {"claims.figure_in_bigint_range", population} <= rules["past-bigint.txt"]
    assert "9000000000000000000000" in set(q[q.name == "past-bigint.txt"].value_text)
    assert any("world's population" in r for r in q[q.name == "fourteen-digits.txt"].reason)
    est = lake.query("SELECT max(best) AS m FROM event_estimates").m[0]
    assert est is None or est < 1_000_000_000
    est_claims = lake.query("SELECT unnest(claim_ids) AS c FROM event_estimates")
    assert not set(est_claims.c) & set(lake.query("SELECT claim_id FROM quarantine").claim_id)


def test_the_big_report_goes_through_every_stage(bad_ledger):
    """Ingested whole, every paragraph's claims extracted, validated (none quarantined), linked and aggregated."""
    lake, folder, *_ = bad_ledger
    text = (folder / "big.md").read_text()
    paragraphs = text.count("On day ")
    rep = lake.query("SELECT report_id, length(text) AS n FROM reports WHERE path LIKE '%/big.md'")
    assert len(rep) == 1 and rep.n[0] >= BIG_MB * 1e6 * 0.95
    rid = rep.report_id[0]
    claims = lake.query(f"SELECT claim_id, outcome, event_id FROM claims WHERE report_id = '{rid}'")
    assert len(claims) == 3 * paragraphs  # killed, wounded and displaced in each paragraph
    assert claims.event_id.notna().all() and claims.event_id.nunique() == 1
    quarantined = lake.query(f"SELECT count(*) AS n FROM quarantine q JOIN claims c USING (claim_id) "
                             f"WHERE c.report_id = '{rid}'").n[0]
    assert quarantined == 0
    est = lake.query(f"SELECT outcome, best FROM event_estimates WHERE event_id = '{claims.event_id[0]}'")
    assert {"killed", "wounded", "displaced"} <= set(est.outcome)


def test_second_run_without_changes_writes_no_version(bad_ledger):
    _, _, _, _, versions = bad_ledger
    assert versions[1] == versions[0]


def test_changed_file_replaces_its_row_and_deleted_file_is_withdrawn(bad_ledger):
    from dagster_project.versions import diff

    lake, _, _, _, versions = bad_ledger
    rows = lake.query("SELECT path, published, partition_date, withdrawn_at FROM reports WHERE path LIKE '%/changed.md' "
                      "OR path LIKE '%/deleted.md' ORDER BY path")
    assert len(rows) == 2
    changed, deleted = rows.iloc[0], rows.iloc[1]
    assert str(changed.partition_date) == "2023-04-02" and changed.withdrawn_at is None or \
        str(changed.withdrawn_at) in ("NaT", "None")
    assert str(deleted.withdrawn_at) not in ("NaT", "None")
    valid = lake.query("""SELECT count(*) AS n FROM event_estimates e, unnest(e.claim_ids) AS t(cid)
                          JOIN claims c ON c.claim_id = t.cid JOIN reports r USING (report_id)
                          WHERE r.path LIKE '%/deleted.md'""").n[0]
    assert valid == 0
    changes = diff(lake, versions[1], versions[2], "reports")
    kinds = {(c.change, c.detail.startswith("replaces")) for c in changes}
    assert ("withdrawn", False) in kinds and ("added", True) in kinds


@pytest.mark.skipif(not hasattr(os, "setresuid"), reason="needs POSIX user ids")
def test_unreadable_file_is_refused_not_raised(tmp_path):
    """Permission denied, as a user without root's override (a forked child drops to 'nobody')."""
    from dagster_project.sources import Source, read_source

    folder = tmp_path / "src"
    folder.mkdir()
    f = folder / "locked.txt"
    f.write_text(BODY)
    f.chmod(0)
    tmp_path.chmod(0o755)
    folder.chmod(0o755)
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop to nobody, try to read, report the outcome
        os.close(r)
        try:
            if os.geteuid() == 0:
                os.setresgid(65534, 65534, 65534)
                os.setresuid(65534, 65534, 65534)
            read_source(Source("src", path=folder), f)
            msg = b"read"
        except Exception as exc:  # noqa: BLE001
            msg = f"{type(exc).__name__}: {exc}".encode()
        os.write(w, msg)
        os._exit(0)
    os.close(w)
    out = os.read(r, 4096).decode()
    os.waitpid(pid, 0)
    assert out.startswith("Rejected: cannot be read: Permission denied"), out
    assert stat.S_IMODE(f.stat().st_mode) == 0


def test_a_report_the_extractor_fails_on_is_rejected_and_the_run_goes_on(tmp_path, monkeypatch):
    """A real run in which the extractor raises on one report (injected by its report id: no known text makes it
    raise): that report becomes a rejected_reports row of stage 'extract' naming its file and the cause, with its
    text kept; the report beside it is extracted; the summary says so. A later run whose extractor reads it
    replaces the rejection with its claims."""
    import dagster as dg

    import claims
    from claims.model import report_id_for
    from dagster_project.lake import Lake
    from dagster_project.run import materialize_all, summary

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-good.md").write_text(GOOD)
    bad_bytes = md("2024-03-04", "Officials said eleven people were killed when gunmen attacked a checkpoint "
                   "outside Gao on Monday.", title="Checkpoint").encode()
    (folder / "b-bad.md").write_bytes(bad_bytes)
    bad_id = report_id_for(bad_bytes)
    real = claims.extract

    def extract(text, *args, **kwargs):
        if kwargs.get("report_id") == bad_id:
            raise MemoryError("the text is past what this process can hold")
        return real(text, *args, **kwargs)

    lake = Lake(tmp_path / "lake")
    with dg.instance_for_test() as instance:
        with monkeypatch.context() as patch:
            patch.setattr(claims, "extract", extract)
            first = materialize_all(lake_dir=str(lake.lake_dir), folder=str(folder), instance=instance)
        assert first.success
        rejected = lake.query("SELECT report_id, path, reason, raw, stage FROM rejected_reports")
        assert rejected.to_dict("records") == [{
            "report_id": bad_id, "path": str(folder / "b-bad.md"), "stage": "extract",
            "reason": "b-bad.md: the extractor failed on this report: MemoryError: the text is past what this "
                      "process can hold",
            "raw": lake.query(f"SELECT text FROM reports WHERE report_id = '{bad_id}'").text[0].encode()}]
        claimed = set(lake.query("SELECT DISTINCT report_id FROM claims").report_id)
        good_id = report_id_for(GOOD.encode())
        assert claimed == {good_id}
        assert set(lake.query("SELECT report_id FROM report_events").report_id) == {good_id}
        said = summary(lake)
        assert "reports ingested: 2 (0 rejected)" in said
        assert "reports the extractor failed on: 1, rejected" in said

        # the day is read again though its report and the extractor's code are the same: a failure may pass
        assert lake.query("SELECT failed FROM claim_days WHERE partition_date = DATE '2024-03-04'").failed[0] == 1
        second = materialize_all(lake_dir=str(lake.lake_dir), folder=str(folder), instance=instance)
        assert second.success
        assert lake.query("SELECT count(*) AS n FROM rejected_reports").n[0] == 0
        assert set(lake.query("SELECT DISTINCT report_id FROM claims").report_id) == {good_id, bad_id}


def materialize_ingest(lake_dir: str, folder: str, instance) -> list:
    """The runs `materialize_all` makes of the days the reports fall on (same partitions, ranges, resources and
    writer slot), with only the ingest asset's outputs selected: the test below reads only what ingest writes, so
    extraction, validation and the aggregates are not run (twice) for it."""
    from dagster_project.definitions import all_assets
    from dagster_project.partitions import add_days, key_ranges
    from dagster_project.resources import resources
    from dagster_project.run import limit_lake_writers, materialize_writing, report_days_found

    limit_lake_writers(instance)
    res = resources(lake_dir=lake_dir, folder=folder)
    per_day = [a for a in all_assets if a.partitions_def is not None]
    days = report_days_found(folder)
    results = []
    for first, last in key_ranges(add_days(instance, days), days):
        tags = {"dagster/asset_partition_range_start": first, "dagster/asset_partition_range_end": last}
        results.append(materialize_writing(per_day, instance, tags=tags, resources=res,
                                           selection=["reports", "rejected_reports", "report_warnings"]))
    assert results
    return results


def test_report_rows_written_through_parquet_files_are_those_held_in_memory(tmp_path, monkeypatch):
    """Ingest writes a large read's report rows to Parquet files SPILL_ROWS at a time (memory flat with the archive):
    the reports table is the one the rows held as one frame give, row for row and in order, over every kind of
    input of the corpus (missing dates, other languages, HTML, JSONL, duplicates)."""
    import dagster as dg

    import assets.ingest as ingest
    from dagster_project.lake import Lake

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-good.md").write_text(GOOD)
    for name, (data, _) in corpus(0.05).items():
        (folder / name).write_bytes(data)
    got = {}
    for spill_rows in (1, ingest.SPILL_ROWS):
        monkeypatch.setattr(ingest, "SPILL_ROWS", spill_rows)
        lake = Lake(tmp_path / f"lake-{spill_rows}")
        with dg.instance_for_test() as instance:
            assert all(r.success for r in materialize_ingest(str(lake.lake_dir), str(folder), instance))
        with lake.reader() as con:
            got[spill_rows] = con.execute("SELECT * EXCLUDE (ingested_at) FROM reports").fetchall()
            got[spill_rows, "rejected"] = con.execute("SELECT count(*) FROM rejected_reports").fetchone()[0]
    assert len(got[1]) > 5 and got[1] == got[ingest.SPILL_ROWS]
    assert got[1, "rejected"] == got[ingest.SPILL_ROWS, "rejected"] > 0
