"""The held-out bars, scored in-process with shared/corpus/score.py on reports written apart from the dev corpus.

heldout/ (extractor 0.1): 12 reports in layouts the dev set has few of (situation report table, live blog, thread, HTML
with a related box, revisions, hostage release, boat sinking, prison break, displacement update, zero counts).
First score, before any rule was written for them: F1 0.854, party 0.925, attribution 0.851, part_of 0.500.

heldout2/ (extractor 0.2): 16 reports written by someone who had not read the extractor, from conflicts and genres
the other sets lack (Sudan, Myanmar, Haiti, Manipur, Sinaloa, Odesa...; army communiqué, space-aligned table,
first-person quotes, signed thread, Markdown breakdown). First score, before any rule was written for them:
F1 0.883 (P 0.946, R 0.828), party 0.921, attribution 0.771, part_of 0.900.

heldout3/ (extractor 0.3): 16 more reports by another writer who had not read the extractor, stressing attribution
(surnames, pronouns, "citing", spokespeople), revisions and relative dates (Zamfara, Cabo Delgado, CAR, West Bank,
Kashmir, Thailand's south, Papua, Ecuador, Honduras, Rio, Karabakh, Niger...). First score, before any rule was
written for them: F1 0.905 (P 0.962, R 0.854), party 0.881, attribution 0.682, part_of 0.900.

heldout4/ (extractor 0.3): 16 reports in styles the others lack (South Asian and British newspaper English, English
translated from French and Spanish, police blotter, OCHA flash update with abbreviations, interview Q&A, obituary list;
Bangladesh, Burkina Faso, Benin, Peru, Jamaica, Kenya, Mindanao, El Salvador, Georgia, Tajikistan, PNG, Sinai, Sulawesi,
Nepal, Venezuela, Uganda). First score, before any rule was written for them: F1 0.822 (P 0.937, R 0.732), party
0.858, attribution 0.664, part_of 0.941.

heldout5/ (extractor 0.5): 32 reports stressing attribution (reported speech in every position, carried-over
speakers, described sources, wires that only carry) and parts (after, before and around their totals, traps of
another outcome or event), from 20 countries. First score, before any rule was written for them: F1 0.959
(P 0.983, R 0.935), party 0.897, attribution 0.690, part_of 0.756.

heldout6/ and heldout7/: 32 and 37 reports written apart from the code (many presses, attribution in every position,
parts before, after and around their totals, background). First scores (F1, party, attribution, part_of):
heldout6 0.927, 0.893, 0.796, 0.571; heldout7 0.957, 0.823, 0.751, 0.830.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .scoring import SCORE, score_set

HERE = Path(__file__).resolve().parent
SETS = ["heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7"]


@pytest.mark.parametrize("name", SETS)
def test_heldout_gold_is_consistent(name: str) -> None:
    for line in (HERE / name / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        text = (HERE / name / d["file"]).read_text(encoding="utf-8")
        for c in d["claims"]:
            # (number_text is null where the dev checker cannot parse the figure: "1.2 million", "2 lakh")
            assert c["sentence"] in text and (c["number_text"] is None or c["number_text"] in c["sentence"]), \
                (d["doc_id"], c["number_text"])


# the bars each set must keep: (f1, party, attribution, part_of), set a little under the score after its fixes
BARS = {
    "heldout": (0.97, 0.95, 0.96, 0.9),
    "heldout2": (0.97, 0.94, 0.89, 0.93),
    "heldout3": (0.96, 0.93, 0.88, 0.94),
    # part_of 0.963 -> 0.889 when "the four" of "two of the four" became a claim of its own (five blind real sets count
    # it so; h301's gold, written before them, points "two" at the total named in the sentence before)
    "heldout4": (0.91, 0.85, 0.81, 0.88),
    "heldout5": (0.96, 0.91, 0.78, 0.95),
    "heldout6": (0.92, 0.90, 0.80, 0.87),  # first score F1 0.927, party 0.893, attribution 0.796, part_of 0.571
    "heldout7": (0.95, 0.82, 0.80, 0.85),  # first score F1 0.957, party 0.823, attribution 0.751, part_of 0.830
}


@pytest.mark.skipif(not SCORE.exists(), reason="shared corpus not available")
@pytest.mark.parametrize("name", SETS)
def test_heldout_bar(name: str) -> None:
    f1, party, attribution, part_of = BARS[name]
    summ = score_set(HERE / name)
    assert summ["f1"] >= f1, summ
    assert summ["party_acc"] >= party, summ
    assert summ["attribution_acc"] >= attribution, summ
    assert summ["part_of_acc"] >= part_of, summ
