-- One row per dated claim (not background) of an event, with how its as_of sits against
--   days_after_published    as_of minus its report's publication date: a figure cannot be held on a day
--                           after the report that gives it (NULL for undated reports)
--   days_from_event_start   as_of minus the event's start. The start is the earliest publication date among
--                           the event's reports, less 7 days: reports date figures by weekday ("on Thursday",
--                           the most recent such day), so a figure may be up to 6 days older than the first
--                           report. Anything earlier is about something before the event (a background
--                           figure not marked so, or a date resolved into the wrong week or year).
WITH starts AS (
    SELECT event_id, min(report_published) - 7 AS event_start
    FROM checked_claims
    WHERE event_id IS NOT NULL
    GROUP BY event_id
)
SELECT
    c.claim_id                                          AS row_key,
    c.event_id,
    c.party,
    c.outcome,
    [c.source]                                          AS sources,
    [c.claim_id]                                        AS claim_ids,
    [c.report_id]                                       AS report_ids,
    c.value_low,
    CAST(c.as_of AS VARCHAR)                            AS as_of,
    CAST(c.report_published AS VARCHAR)                 AS published,
    CAST(s.event_start AS VARCHAR)                      AS event_start,
    c.as_of - c.report_published                        AS days_after_published,
    c.as_of - s.event_start                             AS days_from_event_start
FROM checked_claims AS c
LEFT JOIN starts AS s USING (event_id)
WHERE c.as_of IS NOT NULL AND NOT coalesce(c.background, false)
ORDER BY row_key
