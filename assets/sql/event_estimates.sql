-- Grain: event × party × outcome. The ledger's answer: the estimate_timeline row of each event's last day
-- (the estimator is written down at the top of estimate_timeline.sql and in README "Estimates").
SELECT * EXCLUDE (day)
FROM estimate_timeline
QUALIFY day = max(day) OVER (PARTITION BY event_id)
ORDER BY event_id, outcome, party
