-- One row per pair of sources that give a figure for the same event, party and outcome, comparing their
-- latest figures. A source's latest figure is chosen as in assets/sql/event_estimates.sql (latest as_of, then
-- the whole party over a role, then the larger figure), so a disagreement explains the spread of an estimate.
-- Background claims, the `unknown` party (not one party across sources) and parts with a narrower role
-- ("four employees" among the dead: a subset, not the source's figure for the party) are left out.
--   ratio   how many times the larger figure is the smaller one at least, from the bounds: the larger lower
--           bound over the other's upper bound. Overlapping figures ("at least 11" and 15) give 1; an open
--           figure is never below anything; a figure against 0 gives infinity.
-- The suite's `source_disagreement` rule fails rows whose ratio exceeds $disagreement_ratio
-- (TOLL_DISAGREEMENT_RATIO, default 1.5); those rows become the `disagreements` table and flags.
WITH latest AS (
    SELECT *
    FROM checked_claims
    WHERE NOT coalesce(background, false) AND party <> 'unknown' AND event_id IS NOT NULL
      AND NOT (role IS NOT NULL AND part_of IS NOT NULL)
    QUALIFY row_number() OVER (
        PARTITION BY event_id, party, outcome, source
        ORDER BY coalesce(as_of, published) DESC NULLS LAST, (role IS NULL) DESC, value_low DESC, claim_id
    ) = 1
), pairs AS (
    SELECT
        a.event_id, a.party, a.outcome,
        a.source AS source_a, a.value_low AS figure_a, a.value_high AS high_a, a.as_of AS as_of_a,
        a.claim_id AS claim_a, a.report_id AS report_a,
        b.source AS source_b, b.value_low AS figure_b, b.value_high AS high_b, b.as_of AS as_of_b,
        b.claim_id AS claim_b, b.report_id AS report_b
    FROM latest AS a
    JOIN latest AS b
      ON a.event_id = b.event_id AND a.party = b.party AND a.outcome = b.outcome AND a.source < b.source
)
SELECT
    concat_ws('|', event_id, party, outcome, source_a, source_b) AS row_key,
    event_id,
    party,
    outcome,
    [source_a, source_b]                                AS sources,
    [claim_a, claim_b]                                  AS claim_ids,
    CASE WHEN report_a = report_b THEN [report_a] ELSE [report_a, report_b] END AS report_ids,
    source_a, figure_a, high_a, CAST(as_of_a AS VARCHAR) AS as_of_a,
    source_b, figure_b, high_b, CAST(as_of_b AS VARCHAR) AS as_of_b,
    greatest(
        1.0,
        CASE WHEN high_b IS NULL OR figure_a = 0 THEN 0.0
             WHEN high_b = 0 THEN 'infinity'::DOUBLE ELSE figure_a / high_b END,
        CASE WHEN high_a IS NULL OR figure_b = 0 THEN 0.0
             WHEN high_a = 0 THEN 'infinity'::DOUBLE ELSE figure_b / high_a END
    )                                                   AS ratio
FROM pairs
ORDER BY row_key
