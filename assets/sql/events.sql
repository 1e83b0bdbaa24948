-- Grain: event. Each incident the reports are linked to (report_events, merged ids resolved through event_aliases): its kind, its finest place and the places
-- around it, when it started and ended (incident dates, else its claims' dates), the actors named, how many
-- reports and sources, and its first and last report. Kind, place and actors are what most of its reports say.
WITH linked AS (
    SELECT e.* EXCLUDE (event_id), coalesce(a.event_id, e.event_id) AS event_id, r.published, r.outlet
    FROM report_events AS e JOIN reports AS r USING (report_id)
    LEFT JOIN event_aliases AS a ON a.alias = e.event_id
    WHERE e.event_id IS NOT NULL
),
per_event AS (
    SELECT event_id,
           mode(kind)                                              AS kind,
           mode(facility)                                          AS facility,
           mode(town)                                              AS town,
           mode(region)                                            AS region,
           mode(country)                                           AS country,
           min(incident_date)                                      AS start_date,
           max(incident_date)                                      AS end_date,
           count(DISTINCT report_id)                               AS n_reports,
           list_sort(list_distinct(flatten(list(actors))))         AS actors,
           arg_min(report_id, (coalesce(published, incident_date), report_id)) AS first_report,
           arg_max(report_id, (coalesce(published, incident_date), report_id)) AS last_report
    FROM linked
    GROUP BY event_id
),
counts AS (
    SELECT event_id, count(*) AS n_claims, count(DISTINCT source) AS n_sources,
           min(coalesce(as_of, published)) AS first_day, max(coalesce(as_of, published)) AS last_day
    FROM valid_claims
    GROUP BY event_id
)
SELECT
    p.event_id,
    concat_ws(', ', coalesce(p.facility, p.town, p.region, p.country, 'Unknown place'),
              p.kind, strftime(coalesce(p.start_date, c.first_day), '%B %Y'))    AS name,
    coalesce(p.facility, p.town, p.region, p.country)                         AS place,
    coalesce(p.start_date, c.first_day)                                       AS start_date,
    p.n_reports,
    coalesce(c.n_claims, 0)                                                   AS n_claims,
    p.kind, p.facility, p.town, p.region, p.country,
    greatest(p.end_date, c.last_day)                                          AS end_date,
    p.actors,
    coalesce(c.n_sources, 0)                                                  AS n_sources,
    p.first_report,
    p.last_report
FROM per_event AS p LEFT JOIN counts AS c USING (event_id)
ORDER BY start_date NULLS LAST, event_id
