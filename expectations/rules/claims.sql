-- The frame the `claims` shape suite validates: every claim row as stored (dates as ISO text, so that any
-- stored date, however wrong, reaches the suite), plus what its span rules need from its report.
--   row_key      the claim_id (a claim without one is named by report and index, so it can still be shown)
--   text_length  length of the report text, NULL when the claim's report is not in `reports`
--   figure_text  text[span_start:span_end], NULL when the span does not lie inside the text (so one bad
--                span fails one rule, `span_inside_text`, and not also `figure_in_sentence`)
--   figure_in_sentence  the figure phrase occurs in the claim's sentence
--                These two are added by validate (assets/validate.py, claim_figures) in one pass over each
--                report's text: joining the text to every claim here copied a 2 MB report's text to each of its
--                20,000 claims and ran DuckDB out of memory.
--   ceiling      the plausible ceiling of its outcome (table figure_ceilings, registered by validate from
--                TOLL_MAX_FIGURE: an outcome's own row, else the '*' row)
--   above_ceiling  a bound of the figure is above it
--   above_population  a bound of the figure is more than the world's population (8.2 billion, the UN's figure
--                for 2024), or past the BIGINT range: whatever TOLL_MAX_FIGURE says, no toll can be that
SELECT
    coalesce(c.claim_id, '(no claim_id) ' || coalesce(c.report_id, '?') || '#'
             || coalesce(CAST(c.claim_index AS VARCHAR), '?'))    AS row_key,
    c.* REPLACE (CAST(c.as_of AS VARCHAR) AS as_of, CAST(c.published AS VARCHAR) AS published,
                 CAST(c.partition_date AS VARCHAR) AS partition_date),
    r.text_length,
    r.text_length - c.span_end                                    AS text_after_span,
    coalesce(fc.ceiling, fa.ceiling)                              AS ceiling,
    coalesce(greatest(c.value_low, c.value_high) > coalesce(fc.ceiling, fa.ceiling), false) AS above_ceiling,
    coalesce(greatest(c.value_low, c.value_high) > 8200000000, false) OR c.value_text IS NOT NULL
                                                                  AS above_population
FROM claims AS c
LEFT JOIN figure_ceilings AS fc ON fc.outcome = c.outcome
LEFT JOIN (SELECT ceiling FROM figure_ceilings WHERE outcome = '*') AS fa ON true
LEFT JOIN (SELECT report_id, any_value(length(text)) AS text_length
           FROM reports GROUP BY report_id) AS r USING (report_id)
ORDER BY row_key
