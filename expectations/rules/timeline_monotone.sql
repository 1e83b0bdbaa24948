-- One row per day on which a source's timeline moves: for each (event, source, party, outcome), the claims
-- (not background, with an as_of) are grouped by as_of, and each day is paired with the previous day that
-- source gave a figure on.
--   earlier_low   the highest lower bound the source gave on the previous day
--   later_top     the highest figure it gives on this day: the upper bound, or the lower bound when open
-- A cumulative toll does not fall, so later_top < earlier_low is a *revision* (the suite's `revision` rule):
-- both days' claims and reports are kept in the flag, nothing is dropped. Comparing with the previous day (not
-- the peak so far) reports each fall once, even when later reports repeat the lowered figure.
WITH days AS (
    SELECT
        event_id, source, party, outcome, as_of,
        max(value_low)                                   AS day_low,
        max(coalesce(value_high, value_low))             AS day_top,
        list(claim_id ORDER BY claim_id)                 AS day_claims,
        list(DISTINCT report_id ORDER BY report_id)      AS day_reports
    FROM checked_claims
    WHERE as_of IS NOT NULL AND NOT coalesce(background, false) AND event_id IS NOT NULL
    GROUP BY event_id, source, party, outcome, as_of
), paired AS (
    SELECT *,
        lag(as_of)       OVER w AS earlier_as_of,
        lag(day_low)     OVER w AS earlier_low,
        lag(day_claims)  OVER w AS earlier_claims,
        lag(day_reports) OVER w AS earlier_reports
    FROM days
    WINDOW w AS (PARTITION BY event_id, source, party, outcome ORDER BY as_of)
)
SELECT
    concat_ws('|', event_id, source, party, outcome, CAST(as_of AS VARCHAR)) AS row_key,
    event_id,
    party,
    outcome,
    [source]                                            AS sources,
    day_claims || earlier_claims                        AS claim_ids,
    day_reports || list_filter(earlier_reports, r -> NOT list_contains(day_reports, r)) AS report_ids,
    source,
    CAST(earlier_as_of AS VARCHAR)                      AS earlier_as_of,
    earlier_low,
    CAST(as_of AS VARCHAR)                              AS later_as_of,
    day_top                                             AS later_top
FROM paired
WHERE earlier_as_of IS NOT NULL
ORDER BY row_key
