-- event × party × outcome: low, best and high over each source's latest figure.
-- A source's latest figure is its claim with the latest as_of (then the whole party over a role, then
-- the larger figure). Parts with a narrower role ("four employees" among the dead) are a subset, not the
-- source's figure for the party, and are left out, as in expectations/rules/sources_agree.sql, so the
-- disagreements table explains the spread of an estimate.
-- low = the smallest lower bound, high = the largest figure any source gives,
-- best = the median of the sources' point values (the midpoint for ranges and vague words).
WITH latest AS (
    SELECT *
    FROM valid_claims
    WHERE NOT (role IS NOT NULL AND part_of IS NOT NULL)
    QUALIFY row_number() OVER (
        PARTITION BY event_id, party, outcome, source
        ORDER BY coalesce(as_of, published) DESC NULLS LAST, (role IS NULL) DESC, value_low DESC, claim_id
    ) = 1
)
SELECT
    event_id,
    party,
    outcome,
    min(value_low)                                                       AS low,
    CAST(round(median(CASE WHEN qualifier IN ('range', 'vague', 'up_to') AND value_high IS NOT NULL
                           THEN (value_low + value_high) / 2.0 ELSE value_low END)) AS BIGINT) AS best,
    max(coalesce(value_high, value_low))                                 AS high,
    count(DISTINCT source)                                               AS n_sources,
    max(coalesce(as_of, published))                                      AS latest_as_of,
    list(DISTINCT source ORDER BY source)                                AS sources
FROM latest
GROUP BY event_id, party, outcome
ORDER BY event_id, outcome, party
