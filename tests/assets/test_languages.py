"""A German report beside an English one in the same run (issue 19): the German gets a report_warnings row and no
claims, the English one is read; both carry their language on `reports`, and the run summary counts the warning."""

from __future__ import annotations

import pytest

GERMAN = """---
title: Urteil im Kostenstreit
outlet: Landeszeitung
published: 2024-05-14
---
Das Landgericht hat die Klage am Dienstag abgewiesen. Die Beklagte zu 1 und die Beklagte zu 2 tragen die Kosten.
Nach § 19a ist die Revision nicht zugelassen; die die Klage stützenden Gutachten überzeugten die Kammer nicht.
"""
ENGLISH = """---
title: Gunmen kill 14 in Kwaga
outlet: Example Wire
published: 2024-05-14
---
Gunmen killed 14 villagers in an attack on Kwaga on Monday, police said, and six people were wounded.
"""


@pytest.fixture(scope="module")
def two_language_ledger(tmp_path_factory):
    import dagster as dg

    from dagster_project.lake import Lake
    from dagster_project.run import materialize_all

    base = tmp_path_factory.mktemp("langs")
    reports = base / "reports"
    reports.mkdir()
    (reports / "urteil.md").write_text(GERMAN, encoding="utf-8")
    (reports / "kwaga.md").write_text(ENGLISH, encoding="utf-8")
    with dg.instance_for_test() as instance:
        result = materialize_all(lake_dir=str(base / "lake"), folder=str(reports), instance=instance)
        yield Lake(base / "lake"), result


def test_german_report_is_warned_and_yields_no_claims_while_english_is_read(two_language_ledger):
    lake, result = two_language_ledger
    assert result.success
    reps = lake.query("SELECT path, language FROM reports ORDER BY path")
    assert {p.rsplit("/", 1)[-1]: lang for p, lang in zip(reps.path, reps.language, strict=True)} == {
        "kwaga.md": "en", "urteil.md": "de"}
    warn = lake.query("SELECT path, kind, message, partition_date FROM report_warnings")
    assert [p.rsplit("/", 1)[-1] for p in warn.path] == ["urteil.md"]
    assert warn.kind.tolist() == ["unsupported_language"] and "'de'" in warn.message[0]
    claims = lake.query("SELECT r.path, c.outcome, c.value_low FROM claims c JOIN reports r USING (report_id)")
    assert not any(p.endswith("urteil.md") for p in claims.path)
    assert {("killed", 14), ("wounded", 6)} <= set(zip(claims.outcome, claims.value_low, strict=True))


def test_run_summary_counts_the_warnings(two_language_ledger):
    from dagster_project.run import summary

    lake, _ = two_language_ledger
    assert "report warnings: unsupported_language 1" in summary(lake)
