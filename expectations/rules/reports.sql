-- The frame the `reports` shape suite validates: one row per report (without its text), with
--   published            as ISO text, so that any stored date reaches the suite
--   days_after_ingestion published minus the UTC day the report was ingested. A report dated after the day
--                        it was read is from the future; one day is allowed for time zones east of UTC.
--   n_claims             how many claims point at the report (a failing report quarantines all of them)
SELECT
    coalesce(r.report_id, '(no report_id) ' || coalesce(r.path, '?'))  AS row_key,
    r.report_id,
    r.outlet,
    r.path,
    CAST(r.published AS VARCHAR)                                        AS published,
    r.published - CAST(timezone('UTC', r.ingested_at) AS DATE)           AS days_after_ingestion,
    (SELECT count(*) FROM claims AS c WHERE c.report_id = r.report_id)  AS n_claims
FROM reports AS r
ORDER BY row_key
