"""The event-linking bars on whole sets (bench/events.py's measure): the dev corpus's event labels and the stream
set written for linking (tests/claims/stream: undated reports, look-backs, confusers in one city, background
mentions, reposts, other languages). First scores are in tests/claims/stream/README.md and the README."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("bench_events", ROOT / "bench" / "events.py")
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)

# stream2 first: 0.927, stream3 first: 0.922 (each written after the linker, apart from its code)
BARS = {"dev": 0.95, "stream": 0.92, "stream2": 0.95, "stream3": 0.95}
# share of final tolls whose best estimate falls in the written range (bench/events.py --estimates); stream3 first: 27/32
TOLL_BARS = {"stream": 0.88, "stream2": 0.95, "stream3": 0.9}


@pytest.mark.parametrize("name", sorted(BARS))
def test_pairwise_f1_of_event_ids_meets_the_bar(name):
    folder = bench.SETS[name]
    if not (folder / "gold.jsonl").exists():
        pytest.skip(f"{folder} not available")
    reports = bench.load_set(folder)
    gold = {r["doc_id"]: r["gold"] for r in reports}
    pred = bench.link(reports)
    _, _, f1 = bench.pairwise(gold, pred)
    assert f1 >= BARS[name], f"{name}: pairwise F1 {f1:.3f} < {BARS[name]}"
    # the same reports in another order give the same ids
    shuffled = reports[:]
    random.Random(7).shuffle(shuffled)
    assert bench.link(shuffled) == pred


@pytest.mark.parametrize("name", sorted(TOLL_BARS))
def test_best_estimates_fall_in_the_final_tolls(name, tmp_path):
    """The aggregate SQL on the set's claims and links (in a fresh lake) against the final tolls it was written with."""
    folder = bench.SETS[name]
    reports = bench.load_set(folder)
    rows = bench.estimates(folder, reports)
    ok = sum(r[-1] for r in rows)
    assert ok / len(rows) >= TOLL_BARS[name], [r for r in rows if not r[-1]]
