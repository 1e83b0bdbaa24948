-- One row per event: its main place and the first day any of its claims refers to.
SELECT
    event_id,
    any_value(place) || ', ' || strftime(min(coalesce(as_of, published)), '%B %Y') AS name,
    any_value(place)                             AS place,
    min(coalesce(as_of, published))              AS start_date,
    count(DISTINCT report_id)                    AS n_reports,
    count(*)                                     AS n_claims
FROM valid_claims
GROUP BY event_id
ORDER BY start_date, event_id
