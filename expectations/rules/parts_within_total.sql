-- One row per total that has parts of its own outcome (part_of points at its claim_index in the same report).
--   parts_low        the sum of the parts' lower bounds
--   total_high       the total's upper bound: set when the total is exact or bounded, NULL when it is open
--   open_total_low   the total's lower bound when it is open ("at least 61"), else NULL
-- The suite compares them:
--   parts_over_total (warning)      parts_low > total_high: the parts cannot all be inside the total.
--   parts_above_open_total (info)   parts_low > open_total_low: consistent, since "at least 61" allows 63,
--                                   but the total was evidently stated low. It is recorded as an info flag,
--                                   so the analyst sees the sum beside the open figure; it fails no check.
SELECT
    t.claim_id                                          AS row_key,
    t.event_id,
    t.party,
    t.outcome,
    [t.source]                                          AS sources,
    [t.claim_id] || list(p.claim_id ORDER BY p.claim_index) AS claim_ids,
    [t.report_id]                                       AS report_ids,
    t.claim_id                                          AS total_id,
    t.report_id,
    t.qualifier                                         AS total_qualifier,
    t.value_low                                         AS total_low,
    t.value_high                                        AS total_high,
    CASE WHEN t.value_high IS NULL THEN t.value_low END AS open_total_low,
    sum(p.value_low)                                    AS parts_low,
    count(*)                                            AS n_parts,
    string_agg(p.value_low::VARCHAR, ' + ' ORDER BY p.claim_index) AS parts_text
FROM checked_claims AS t
JOIN checked_claims AS p
  ON p.report_id = t.report_id AND p.part_of = t.claim_index AND p.outcome = t.outcome
 AND p.claim_id <> t.claim_id
GROUP BY t.claim_id, t.event_id, t.party, t.outcome, t.source, t.report_id, t.qualifier,
         t.value_low, t.value_high
ORDER BY row_key
