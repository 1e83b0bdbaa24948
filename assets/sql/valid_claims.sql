-- Staging, one row per claim the aggregates may use: not quarantined, not of a withdrawn report, not rejected by an analyst, linked to an
-- event (background figures about another or a wider event are linked to none; a merged event's id resolved
-- through event_aliases), each with its source: the canonical source normalize
-- gave it (the named source, else the outlet that states the figure in its own voice).
SELECT c.* EXCLUDE (source, event_id),
       coalesce(a.event_id, c.event_id)                                          AS event_id,
       coalesce(c.source, c.attributed_to, r.outlet, 'report ' || c.report_id) AS source
FROM claims AS c
JOIN reports AS r USING (report_id)
LEFT JOIN event_aliases AS a ON a.alias = c.event_id
WHERE c.claim_id NOT IN (SELECT claim_id FROM quarantine)
  AND r.withdrawn_at IS NULL  -- a report whose file was deleted (kept for history)
  AND NOT coalesce(c.background, false)
  AND c.event_id IS NOT NULL
  AND c.rejected IS NULL      -- an analyst's `toll correct --reject`
