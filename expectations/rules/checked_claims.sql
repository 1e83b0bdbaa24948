-- checked_claims: the view every consistency rule reads. The claims that passed the shape suites (validate
-- registers the keys it quarantined this run as `quarantined`), each with the source that gave it (the named
-- canonical source normalize gave it, else the named source or the outlet, as in assets/sql/valid_claims.sql) and its report's
-- publication date. Background claims stay in; the rules about timelines leave them out themselves.
SELECT
    c.* EXCLUDE (source),
    coalesce(c.source, c.attributed_to, r.outlet, 'report ' || c.report_id) AS source,
    r.published                                                   AS report_published
FROM claims AS c
JOIN (SELECT report_id, any_value(outlet) AS outlet, any_value(published) AS published
      FROM reports GROUP BY report_id) AS r USING (report_id)
WHERE c.claim_id NOT IN (SELECT claim_id FROM quarantined)
  AND c.rejected IS NULL      -- rejected by an analyst: no figure to compare
