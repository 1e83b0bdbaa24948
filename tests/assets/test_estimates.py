"""The estimator (assets/sql/estimate_timeline.sql) on events built by hand: each case a few claims in a real
DuckLake, the aggregate SQL run as the assets run it."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from assets.aggregate import sql
from assets.normalize import CLAIM_COLUMNS
from dagster_project.lake import Lake, Write

DAY0 = dt.date(2024, 3, 1)


def claim(source, value, day, party="all", outcome="killed", role=None, high=None, qualifier="exact",
          part_of=None, earlier=False, enemy=False, report=None, index=0, still_held=False, revised_down=False):
    rid = report or f"{source}-{day}"
    return {"claim_id": f"{rid}:{index}", "report_id": rid, "claim_index": index, "event_id": "e1",
            "outcome": outcome, "party": party, "role": role, "value_low": value,
            "value_high": value if high is None and qualifier == "exact" else high, "qualifier": qualifier,
            "attributed_to": source, "source": source, "as_of": DAY0 + dt.timedelta(days=day), "part_of": part_of,
            "background": False, "earlier": earlier, "enemy_figure": enemy, "still_held": still_held,
            "revised_down": revised_down,
            "published": DAY0 + dt.timedelta(days=day), "partition_date": DAY0 + dt.timedelta(days=day),
            "sentence": f"{value} {party} {outcome}", "span": [0, 1], "span_start": 0, "span_end": 1}


def estimates(tmp_path, rows) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(event_estimates, estimate_timeline) for claims `rows` of event e1."""
    frame = pd.DataFrame(rows)
    frame = frame.reindex(columns=[c for c in CLAIM_COLUMNS if c in frame.columns])
    reports = pd.DataFrame({"report_id": sorted(set(frame.report_id)), "outlet": "Wire"})
    lake = Lake(tmp_path / "lake")
    lake.commit([Write("reports", reports), Write("claims", frame)])
    for table in ("estimate_timeline", "event_estimates"):
        lake.commit([Write(table, sql=sql(table), replace_all=True)])
    return (lake.query("SELECT * FROM event_estimates ORDER BY party, outcome"),
            lake.query("SELECT * FROM estimate_timeline ORDER BY party, outcome, day"))


def one(frame, party="all", outcome="killed"):
    rows = frame[(frame.party == party) & (frame.outcome == outcome)]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_a_source_speaks_through_its_latest_figure_even_a_revision_down(tmp_path):
    est, _ = estimates(tmp_path, [claim("ministry", 32, 1), claim("ministry", 29, 2)])
    e = one(est)
    assert (e.low, e.best, e.high, e.n_sources) == (29, 29, 29, 1)


def test_the_earlier_figure_of_a_revision_in_the_same_report_is_superseded(tmp_path):
    est, _ = estimates(tmp_path, [claim("ministry", 29, 2, report="r", index=0),
                                  claim("ministry", 32, 2, report="r", index=1, earlier=True)])
    assert one(est).best == 29 and one(est).high == 29


def test_a_source_that_stopped_reporting_does_not_hold_the_toll_down(tmp_path):
    est, timeline = estimates(tmp_path, [claim("police", 12, 0), claim("monitor", 41, 3), claim("ministry", 73, 14)])
    e = one(est)
    assert (e.low, e.best, e.high) == (73, 73, 73) and list(e.sources) == ["ministry"]
    # the timeline says what the ledger would have said each day
    t = timeline[(timeline.party == "all") & (timeline.outcome == "killed")]
    assert list(t.best) == [12, 41, 73] and list(t.day.astype(str)) == ["2024-03-01", "2024-03-04", "2024-03-15"]


def test_the_range_shows_disagreement_of_sources_still_reporting(tmp_path):
    est, _ = estimates(tmp_path, [claim("monitor", 20, 1), claim("monitor", 52, 3), claim("government", 45, 4)])
    e = one(est)
    assert (e.low, e.high, e.n_sources) == (45, 52, 2) and 45 <= e.best <= 52


def test_disjoint_roles_of_one_party_add_up(tmp_path):
    est, _ = estimates(tmp_path, [claim("SDF", 77, 1, party="SDF", role="prison staff", index=0, report="r"),
                                  claim("SDF", 40, 1, party="SDF", role="guards", index=1, report="r")])
    assert one(est, "SDF").best == 117


def test_a_whole_party_figure_smaller_than_its_roles_is_another_part(tmp_path):
    """ "77 prison staff killed; 40 SDF killed": the 40 cannot be the total of the 77, so the side lost 117."""
    est, _ = estimates(tmp_path, [claim("SDF", 77, 1, party="SDF", role="prison staff", index=0, report="r"),
                                  claim("SDF", 40, 1, party="SDF", index=1, report="r")])
    assert one(est, "SDF").best == 117


def test_a_whole_party_figure_above_its_roles_is_their_total(tmp_path):
    est, _ = estimates(tmp_path, [claim("SDF", 120, 1, party="SDF", index=0, report="r"),
                                  claim("SDF", 77, 1, party="SDF", role="prison staff", index=1, report="r")])
    assert one(est, "SDF").best == 120


def test_party_figures_give_a_total_when_none_is_stated(tmp_path):
    est, _ = estimates(tmp_path, [
        claim("army", 9, 1, party="Malian army", index=0, report="r"),
        claim("army", 60, 1, party="civilians", qualifier="about", high=60, index=1, report="r")])
    e = one(est)
    assert e.best == 69 and e.from_parts


def test_a_stated_total_wins_over_summed_parties(tmp_path):
    est, _ = estimates(tmp_path, [claim("army", 9, 1, party="Malian army", report="a"),
                                  claim("monitor", 80, 1, report="b")])
    e = one(est)
    assert e.best == 80 and not e.from_parts and list(e.sources) == ["monitor"]


def test_a_total_below_its_parties_is_flagged(tmp_path):
    est, _ = estimates(tmp_path, [claim("monitor", 50, 1, index=0, report="r"),
                                  claim("monitor", 40, 1, party="civilians", index=1, report="r"),
                                  claim("monitor", 30, 1, party="SDF", index=2, report="r")])
    assert one(est).below_parts and not one(est, "civilians").below_parts


def test_a_belligerents_count_of_enemy_losses_is_marked_and_a_neutral_source_preferred(tmp_path):
    est, _ = estimates(tmp_path, [claim("Nigerian army", 200, 1, party="Boko Haram", enemy=True)])
    assert one(est, "Boko Haram").belligerent_only
    est, _ = estimates(tmp_path / "b", [claim("Nigerian army", 200, 1, party="Boko Haram", enemy=True),
                                        claim("monitor", 120, 1, party="Boko Haram")])
    e = one(est, "Boko Haram")
    assert not e.belligerent_only and e.best == 120 and (e.low, e.high) == (120, 200)


@pytest.mark.parametrize("qualifier,low,high,best", [("range", 60, 90, 75), ("vague", 24, 99, 62),
                                                      ("at_least", 120, None, 120)])
def test_ranges_and_vague_words_count_by_their_midpoint(tmp_path, qualifier, low, high, best):
    est, _ = estimates(tmp_path, [claim("monitor", low, 1, qualifier=qualifier, high=high)])
    assert one(est).best == best and one(est).low == low


def test_every_bound_names_the_claims_it_came_from(tmp_path):
    est, _ = estimates(tmp_path, [claim("police", 12, 0), claim("ministry", 73, 14)])
    assert list(one(est).claim_ids) == ["ministry-14:0"]


def test_an_enemys_claim_of_the_same_days_does_not_supersede_a_neutral_figure(tmp_path):
    est, _ = estimates(tmp_path, [claim("security sources", 17, 1, party="Nigerian army"),
                                  claim("ISWAP", 50, 4, party="Nigerian army", enemy=True)])
    e = one(est, "Nigerian army")
    assert e.best == 17 and (e.low, e.high) == (17, 50) and not e.belligerent_only
    # a week after the neutral source fell silent, the belligerent's count is the newer one, and marked as such
    est, _ = estimates(tmp_path / "b", [claim("SOHR", 77, 1, party="ISIS"),
                                        claim("SDF", 374, 9, party="ISIS", enemy=True)])
    e = one(est, "ISIS")
    assert (e.low, e.best, e.high) == (374, 374, 374) and e.belligerent_only


def test_a_count_is_preferred_to_a_vague_word_of_the_same_source_and_day(tmp_path):
    est, _ = estimates(tmp_path, [claim("Wire", 24, 1, qualifier="vague", high=99, report="r", index=0),
                                  claim("Wire", 28, 1, qualifier="at_least", report="r", index=1),
                                  claim("government", 52, 3)])
    assert one(est).best == 52
    est, _ = estimates(tmp_path / "b", [claim("Wire", 24, 1, qualifier="vague", high=99, report="r", index=0),
                                        claim("Wire", 28, 1, qualifier="at_least", report="r", index=1)])
    assert one(est).best == 28


def test_those_still_held_do_not_lower_how_many_were_taken(tmp_path):
    rows = [claim("governor", 47, 1, party="civilians", outcome="abducted"),
            claim("monitor", 36, 8, party="civilians", outcome="abducted", still_held=True)]
    assert one(estimates(tmp_path, rows)[0], "civilians", "abducted").best == 47
    # with no count of those taken, the count of those still held is what the ledger has
    only = [claim("monitor", 36, 8, party="civilians", outcome="abducted", still_held=True)]
    assert one(estimates(tmp_path / "only", only)[0], "civilians", "abducted").best == 36


def test_a_correction_downwards_that_names_no_old_value_supersedes_every_higher_figure(tmp_path):
    rows = [claim("hospital", 100, 1), claim("police", 101, 2), claim("wire", 93, 1),
            claim("police", 84, 5, revised_down=True)]
    est, timeline = estimates(tmp_path, rows)
    e = one(est)
    assert (e.low, e.best, e.high) == (84, 84, 84)
    days = pd.to_datetime(timeline.day).dt.date
    before = timeline[days < DAY0 + dt.timedelta(days=5)]
    assert len(before) and before.best.max() > 84  # what the ledger said before the correction stays in the timeline


def undated(row):
    return {**row, "as_of": None, "published": None}


def test_an_undated_count_above_every_dated_one_is_the_latest(tmp_path):
    # three outlets repeat the police's first count; two undated pages give the count it climbed to
    rows = [claim("police", 25, 1), claim("wire", 25, 1), claim("paper", 25, 2),
            undated(claim("site", 42, 0, report="u1")), undated(claim("blog", 41, 0, report="u2"))]
    e = one(estimates(tmp_path, rows)[0])
    # of the two undated counts the higher came later (tolls only grow): the 41 is the blog's earlier figure
    assert (e.low, e.best, e.high) == (42, 42, 42) and set(e.sources) == {"site"}


def test_of_two_undated_counts_above_the_dated_ones_the_higher_is_the_latest(tmp_path):
    # the first day's "dozens hurt", then two undated pages: one from the first evening (151), one from days later
    rows = [{**claim("wire", 24, 0, outcome="wounded", qualifier="vague", high=99), "value_high": 99},
            undated(claim("officials", 151, 0, outcome="wounded", report="u1")),
            undated(claim("ministry", 551, 0, outcome="wounded", report="u2"))]
    e = one(estimates(tmp_path, rows)[0], outcome="wounded")
    assert (e.low, e.best, e.high) == (551, 551, 551)


def test_an_undated_count_below_a_later_dated_one_does_not_hold_the_toll_down(tmp_path):
    # the undated 12 came before the dated 14 (tolls only grow), even if a smaller dated figure ("6 bodies pulled
    # out") comes later still
    rows = [claim("governor", 9, 0), claim("mayor", 12, 1), undated(claim("brief", 12, 0, report="u")),
            claim("mayor", 14, 2), claim("rescuers", 14, 3, index=0), claim("rescuers", 6, 3, index=1)]
    e = one(estimates(tmp_path, rows)[0])
    assert e.best == 14 and e.low == 14


def test_an_undated_approximation_does_not_supersede_a_count(tmp_path):
    rows = [claim("police", 147, 2), undated({**claim("site", 150, 0, report="u"), "qualifier": "nearly",
                                              "value_high": None})]
    assert one(estimates(tmp_path, rows)[0]).best == 147


def test_a_part_of_another_party_is_not_added_to_its_total(tmp_path):
    # "879 inmates escaped, including 64 members of the sect": the sect's 64 are among the 879
    rows = [claim("service", 879, 1, party="unknown", role="inmates", outcome="escaped", report="r", index=0),
            claim("service", 64, 1, party="ISWAP", outcome="escaped", report="r", index=1, part_of=0)]
    est = estimates(tmp_path, rows)[0]
    assert one(est, "all", "escaped").best == 879 and one(est, "ISWAP", "escaped").best == 64


def test_those_still_at_large_do_not_lower_how_many_escaped(tmp_path):
    rows = [claim("service", 879, 1, party="unknown", outcome="escaped"),
            claim("paper", 443, 2, party="unknown", outcome="escaped", still_held=True)]
    assert one(estimates(tmp_path, rows)[0], "unknown", "escaped").best == 879


def test_everyone_still_at_large_is_no_total_when_a_party_counts_those_who_escaped(tmp_path):
    # the inmates who broke out are counted under their own party; "443 are still at large" said of everyone is
    # not how many escaped
    rows = [claim("service", 879, 1, party="unknown", outcome="escaped"),
            claim("paper", 443, 2, party="all", outcome="escaped", still_held=True)]
    assert one(estimates(tmp_path, rows)[0], "all", "escaped").best == 879


def test_those_still_in_hospital_do_not_lower_how_many_were_hurt(tmp_path):
    rows = [claim("ministry", 284, 1, outcome="wounded"),
            claim("governor", 102, 2, outcome="wounded", still_held=True)]
    assert one(estimates(tmp_path, rows)[0], "all", "wounded").best == 284


def test_a_higher_figure_published_later_supersedes_though_dated_by_its_incident(tmp_path):
    # a look-back published a year on says "when 140 people died on 1 March"; the police's 131 of day 4 is old news
    lookback = claim("anniversary", 140, 0)
    lookback["published"] = DAY0 + dt.timedelta(days=365)
    est, _ = estimates(tmp_path, [claim("police", 125, 0), claim("police", 131, 4), lookback])
    e = one(est)
    assert (e.low, e.best, e.high) == (140, 140, 140)
    # a lower figure published later does not supersede the higher: tolls only grow
    lookback["value_low"] = lookback["value_high"] = 120
    est, _ = estimates(tmp_path / "b", [claim("police", 125, 0), claim("police", 131, 4), lookback])
    assert one(est).high == 131 and list(one(est).sources) == ["police"]
