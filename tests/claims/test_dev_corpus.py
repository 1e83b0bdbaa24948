"""The dev corpus bar (shared/corpus/dev, scored in-process with shared/corpus/score.py) and the seed reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims import extract

from .scoring import SCORE, score_set

SHARED = Path(__file__).resolve().parents[3] / "shared"
DEV = SHARED / "corpus" / "dev"


@pytest.mark.skipif(not SCORE.exists(), reason="shared corpus not available")
def test_dev_corpus_bar() -> None:
    summ = score_set(DEV)
    assert summ["f1"] >= 0.92, summ
    assert summ["party_acc"] >= 0.90, summ
    assert summ["attribution_acc"] >= 0.85, summ
    assert summ["part_of_acc"] >= 0.85, summ


def _claims(name: str) -> list[tuple]:
    path = next((SHARED / "seeds").glob(f"{name}_*.txt"))
    text = path.read_text(encoding="utf-8")
    return [(c.outcome, c.party, c.value_low, c.value_high, c.qualifier, c.attributed_to, c.part_of)
            for c in extract(text)]


@pytest.mark.skipif(not (SHARED / "seeds").exists(), reason="seeds not available")
def test_seed_lister_thread_and_ap_quote() -> None:
    got = _claims("000")
    assert ("killed", "all", 500, 500, "nearly", "SDF", None) in got
    total = got.index(("killed", "all", 500, 500, "nearly", "SDF", None))
    assert ("killed", "SDF", 77, 77, "exact", "SDF", total) in got  # 77 prison staff (the SDF gives the figure), part of ~500
    assert ("killed", "ISIS", 374, 374, "exact", "SDF", total) in got  # 374 prisoners ("holding ISIS detainees")
    assert ("captured", "ISIS", 27, 27, "exact", None, None) in got  # "arrested a number of attackers ... captured 27"
    assert ("displaced", "civilians", 2000, 9999, "vague", "AP", None) in got  # "..., the report added": the AP account
    assert ("escaped", "ISIS", 0, 999, "up_to", None, None) in got  # "Up to hundreds"
    assert all(c[5] is None for c in got if c[2] == 500 and c[4] == "exact")  # a headline's quoted phrase is no source
    assert ("killed", "SDF", 121, None, "more_than", "SDF", None) in got  # SDF via AP: the wire is not the source
    assert ("killed", "ISIS", 374, 374, "about", "SDF", None) in got  # "Some 374 IS militants ..., it added"
    assert ("missing", "ISIS", 400, 400, "exact", "SDF", None) in got  # signed post relaying the SDF
    assert ("killed", "SDF", 40, 40, "exact", "SDF", None) in got
    values = {c[2] for c in got}
    assert 3000 not in values and 2019 not in values and 10 not in values  # held, year, "10-day standoff"


@pytest.mark.skipif(not (SHARED / "seeds").exists(), reason="seeds not available")
def test_seed_war_monitor() -> None:
    got = _claims("001")
    assert ("killed", "all", 120, None, "at_least", "SOHR", None) in got
    total = got.index(("killed", "all", 120, None, "at_least", "SOHR", None))
    assert ("killed", "civilians", 7, 7, "exact", "SOHR", total) in got
    assert ("captured", "ISIS", 101, None, "more_than", "SOHR", None) in got  # recapture more than 100 ISIS detainees
    assert ("freed", "ISIS", 200, 999, "vague", "ISIS", None) in got  # hundreds of fellow extremists, via Amaq
    assert all(c[2] != 101 or c[0] != "killed" or c[1] == "all" for c in got)  # "more than 100 ISIS fighters" attacked
