-- Each source's figures for an event over time: one row per (event, source, party, outcome, day) with the
-- figure that source gave that day (the whole party over a role, then the larger figure) and how it moved
-- since that source's previous figure. A negative change is a revision downwards.
WITH daily AS (
    SELECT *, coalesce(as_of, published) AS day
    FROM valid_claims
    WHERE coalesce(as_of, published) IS NOT NULL
    QUALIFY row_number() OVER (
        PARTITION BY event_id, source, party, outcome, coalesce(as_of, published)
        ORDER BY (role IS NULL) DESC, value_low DESC, claim_id
    ) = 1
)
SELECT
    event_id,
    source,
    party,
    outcome,
    day                                               AS as_of,
    value_low,
    value_high,
    qualifier,
    lag(value_low) OVER w                             AS previous_low,
    value_low - lag(value_low) OVER w                 AS change,
    claim_id,
    report_id
FROM daily
WINDOW w AS (PARTITION BY event_id, source, party, outcome ORDER BY day)
ORDER BY event_id, source, party, outcome, as_of
