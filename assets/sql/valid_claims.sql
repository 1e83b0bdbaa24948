-- The claims aggregates may use: not quarantined, not about a wider or earlier event (background),
-- each with the source that gave it (the named source, else the outlet that states it in its own voice).
SELECT c.*, coalesce(c.attributed_to, r.outlet, 'report ' || c.report_id) AS source
FROM claims AS c
JOIN reports AS r USING (report_id)
WHERE c.claim_id NOT IN (SELECT claim_id FROM quarantine)
  AND NOT coalesce(c.background, false)
