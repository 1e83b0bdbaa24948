-- One row per killed figure for which the same report (same as_of) states a casualties total: a total that
-- the report words as "casualties" (party_text or role), whatever outcome the extractor gave it. The dead
-- are among the casualties, so killed <= killed + wounded = the casualties total.
--   casualties_high  the largest upper bound of those totals (of the same party, or of `all`); NULL when any
--                    is open, since an open total holds any figure
-- The contract has no `casualties` outcome, so this rule only sees totals an extractor keeps as a figure
-- worded that way; with none, the frame is empty and the check passes with 0 rows checked.
SELECT
    k.claim_id                                          AS row_key,
    k.event_id,
    k.party,
    k.outcome,
    [k.source]                                          AS sources,
    [k.claim_id] || list(t.claim_id ORDER BY t.claim_index) AS claim_ids,
    [k.report_id]                                       AS report_ids,
    k.report_id,
    k.value_low                                         AS killed_low,
    CASE WHEN bool_or(t.value_high IS NULL) THEN NULL ELSE max(t.value_high) END AS casualties_high
FROM checked_claims AS k
JOIN checked_claims AS t
  ON t.report_id = k.report_id AND t.as_of IS NOT DISTINCT FROM k.as_of AND t.claim_id <> k.claim_id
 AND (t.party = k.party OR t.party = 'all')
 AND (t.party_text ILIKE '%casualt%' OR t.role ILIKE '%casualt%')
 AND NOT coalesce(t.background, false)
WHERE k.outcome = 'killed' AND NOT coalesce(k.background, false)
  AND NOT (coalesce(k.party_text, '') ILIKE '%casualt%' OR coalesce(k.role, '') ILIKE '%casualt%')
GROUP BY k.claim_id, k.event_id, k.party, k.outcome, k.source, k.report_id, k.value_low
ORDER BY row_key
