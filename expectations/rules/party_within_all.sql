-- One row per claim about a party (not `all`) for which the same report gives an `all` figure from the same
-- source, with the same as_of and outcome: a source's count for a party cannot exceed its count over everyone.
-- (Figures of two sources in one report, e.g. a group's claim against a ministry's toll, are a disagreement
-- between sources, not a contradiction of either.)
--   all_high   the largest upper bound of the report's `all` figures for that day and outcome; NULL when any
--              of them is open ("at least 28"), since an open total holds any party figure
-- Background claims (about another or a wider event) are left out. Claims without as_of are compared with
-- the report's other undated claims (an undated report has only those).
SELECT
    c.claim_id                                          AS row_key,
    c.event_id,
    c.party,
    c.outcome,
    [c.source]                                          AS sources,
    [c.claim_id] || list(a.claim_id ORDER BY a.claim_index) AS claim_ids,
    [c.report_id]                                       AS report_ids,
    c.report_id,
    CAST(c.as_of AS VARCHAR)                            AS as_of,
    c.value_low,
    CASE WHEN bool_or(a.value_high IS NULL) THEN NULL ELSE max(a.value_high) END AS all_high
FROM checked_claims AS c
JOIN checked_claims AS a
  ON a.report_id = c.report_id AND a.outcome = c.outcome AND a.as_of IS NOT DISTINCT FROM c.as_of
 AND a.source = c.source AND a.party = 'all' AND NOT coalesce(a.background, false)
WHERE c.party <> 'all' AND NOT coalesce(c.background, false)
GROUP BY c.claim_id, c.event_id, c.party, c.outcome, c.source, c.report_id, c.as_of, c.value_low
ORDER BY row_key
