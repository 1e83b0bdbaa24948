-- One row per total that has parts of its own outcome (part_of points at it within the same report).
-- consistent: the parts' lower bounds fit under the total's upper bound. An open total ("at least 61")
-- has no upper bound, so any sum of parts is consistent with it.
SELECT
    t.claim_id                                   AS claim_id,
    t.report_id                                  AS report_id,
    t.outcome                                    AS outcome,
    t.qualifier                                  AS total_qualifier,
    t.value_low                                  AS total_low,
    t.value_high                                 AS total_high,
    sum(p.value_low)                             AS parts_low,
    list(p.claim_id ORDER BY p.claim_index)      AS part_ids,
    (t.value_high IS NULL OR sum(p.value_low) <= t.value_high) AS consistent
FROM claims AS t
JOIN claims AS p
  ON p.report_id = t.report_id AND p.part_of = t.claim_index AND p.outcome = t.outcome
GROUP BY t.claim_id, t.report_id, t.outcome, t.qualifier, t.value_low, t.value_high
ORDER BY t.claim_id
