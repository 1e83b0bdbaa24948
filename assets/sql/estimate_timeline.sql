-- Grain: event × party × outcome × day. What the ledger would have said on each day an event's figures changed,
-- from the claims dated that day or earlier (undated claims count from the event's first day; in an event where nothing is dated, 1900-01-01 stands for
-- the one day; an undated count above dated figures of its party came after them, since tolls only grow: it takes
-- the day of the latest dated figure below it, before the first dated figure that reaches it, and is the later
-- figure of that day; of two undated counts placed on one day, the higher is the later). The estimator:
--  1. A source's figure for a party on a day is its whole-party figure; roles of that party it gives on that day
--     (77 prison staff, 40 guards) are disjoint and add up, and are added to a whole-party figure smaller than
--     their sum. Generic roles (fighters, militants, members...) are the whole party. Parts of a stated total
--     with a narrower role, parts of a total of the same party ("three wounded, one of them critically"), the
--     earlier figure of a revision ("down to 29 from 32"), and a count of those still held ("36 remain in
--     captivity"), still at large or still in hospital where a count of those taken, escaped or hurt exists, are left
--     out. Figures a source gave earlier ("officials earlier reported 103 dead") are earlier figures of a revision.
--  2. A source's figure for `all` is its stated total; a source that states none gives the sum of its party
--     figures (so `all` always holds an incident's whole toll), used only when no source states a total; a
--     part of a total ("879 inmates, including 64 of the sect") is in that sum through its total only.
--  3. Each source speaks through its latest figure: a later figure supersedes its earlier ones, a revision
--     downwards included.
--  4. Tolls only grow: a source's latest figure is superseded when another source gives at least as much on a
--     later day (a source that stopped reporting on day 2 does not hold the low bound down), except that a
--     belligerent's count of its enemy's losses supersedes another source's figure only once that source has
--     been silent for more than five days (a claim of the same days is a disagreement). `missing` can fall,
--     so it is exempt. An explicit revision ("down to 29 from 32") supersedes every source's figure equal to
--     the value it revises, given on or before the revision's day, downwards included; a correction downwards
--     that names no such value ("revised down the toll to 84") supersedes every higher figure given by then.
--  5. Only the most precise kind of figure the sources left give counts: counts ("61", "at least 61") over
--     approximations ("about 60", "nearly 150") over words ("dozens", "thousands").
--     (A higher figure published later than another source's also supersedes it, though its own day is earlier:
--     a look-back's "when 135 people were killed on 1 October" was known when it was published.)
--     low = the smallest lower bound of the sources left, high = the largest figure any of them gives,
--     best = the median of their point values (the midpoint for ranges and vague words), over the sources that
--     are not a belligerent counting its enemy's losses when there are any. belligerent_only says when an
--     estimate rests only on such figures; below_parts flags a total below the sum of its parties' low bounds.
WITH base AS (   -- the columns the steps below read (not the sentence: `seen` holds a row per figure and later day)
    SELECT claim_id, report_id, event_id, party, outcome, source, role, qualifier, value_low, value_high, as_of,
        published, enemy_figure, earlier, still_held, part_of,
        coalesce(as_of, published)                                                      AS known_day,
        CASE WHEN qualifier IN ('range', 'vague', 'up_to') AND value_high IS NOT NULL
             THEN (value_low + value_high) / 2.0 ELSE value_low END                     AS point,
        coalesce(value_high, value_low)                                                 AS upper,
        CASE WHEN role IS NULL OR lower(role) IN ('fighters', 'militants', 'members', 'terrorists', 'jihadists',
                  'insurgents', 'rebels', 'soldiers', 'troops', 'forces', 'personnel', 'men', 'combatants',
                  'people', 'persons', 'individuals', 'elements', 'operatives', 'gunmen')
             THEN '' ELSE lower(role) END                                              AS role_key,
        part_of IS NOT NULL AND EXISTS (   -- "879 inmates, including 64 members of the sect": counted in its total
            SELECT 1 FROM valid_claims AS t
            WHERE t.report_id = v.report_id AND t.claim_index = v.part_of AND t.outcome = v.outcome)  AS is_part
    FROM valid_claims AS v
    WHERE NOT coalesce(earlier, false)
      AND NOT (coalesce(still_held, false) AND EXISTS (   -- "36 remain held" is not how many were taken, when a
          SELECT 1 FROM valid_claims AS t                  -- figure of those taken exists (of any party for `all`)
          WHERE t.event_id = v.event_id AND (t.party = v.party OR v.party = 'all') AND t.outcome = v.outcome
            AND NOT coalesce(t.still_held, false) AND NOT coalesce(t.earlier, false)))
      AND NOT (role IS NOT NULL AND part_of IS NOT NULL)
      AND NOT (part_of IS NOT NULL AND EXISTS (   -- "one of them": a part of its own party's total, no figure of its own
          SELECT 1 FROM valid_claims AS t
          WHERE t.report_id = v.report_id AND t.claim_index = v.part_of AND t.party = v.party))
),
dated AS (
    SELECT event_id, party, outcome, point, known_day FROM base
    WHERE known_day IS NOT NULL AND NOT coalesce(enemy_figure, false)
),
placed AS (   -- an undated count sits after the dated figures below it and before the first that reaches it
    SELECT u.claim_id, max(d.known_day) AS lower_day
    FROM base AS u JOIN dated AS d
      ON d.event_id = u.event_id AND d.party = u.party AND d.outcome = u.outcome AND d.point < u.point
     AND d.known_day < coalesce((SELECT min(h.known_day) FROM dated AS h
                                 WHERE h.event_id = u.event_id AND h.party = u.party AND h.outcome = u.outcome
                                   AND h.point >= u.point), DATE '9999-12-31')
    WHERE u.known_day IS NULL AND NOT coalesce(u.enemy_figure, false)   -- a count, not "close to 150"
      AND u.qualifier IN ('exact', 'at_least', 'more_than')
    GROUP BY u.claim_id
),
figures AS (   -- tolls only grow, so an undated count above dated ones came after them: it takes the day of the
               -- latest dated figure below it, and is the later of the two that day (`inferred`)
    SELECT b.* EXCLUDE (known_day),
        coalesce(b.known_day, l.lower_day, min(b.known_day) OVER (PARTITION BY b.event_id), DATE '1900-01-01') AS day,
        b.known_day IS NULL AND l.lower_day IS NOT NULL                                  AS inferred
    FROM base AS b LEFT JOIN placed AS l USING (claim_id)
),
revised AS (   -- the values revisions replace ("from 32"), and the day each revision was published
    SELECT event_id, party, outcome, value_low AS value,
           coalesce(published, as_of, DATE '1900-01-01')                                AS day
    FROM valid_claims
    WHERE coalesce(earlier, false) AND value_low IS NOT NULL
),
corrections_down AS (   -- explicit corrections downwards that name no value they replace
    SELECT event_id, party, outcome, value_low AS value, coalesce(as_of, published, DATE '1900-01-01') AS day
    FROM valid_claims
    WHERE coalesce(revised_down, false) AND value_low IS NOT NULL
),
cutoffs AS (
    SELECT DISTINCT event_id, day AS cutoff FROM figures
),
seen AS (   -- every figure known on each cutoff day
    SELECT c.cutoff, f.*
    FROM cutoffs AS c JOIN figures AS f ON f.event_id = c.event_id AND f.day <= c.cutoff
),
by_role AS (   -- a source's figure per role and day: its largest, a count before a vague word ("at least 28"
               -- over "dozens"); a headline repeats its body; ties go to the largest claim_id, so a re-run
               -- picks the same claim (no change, no new version)
    SELECT cutoff, event_id, party, outcome, source, day, role_key,
           arg_max(point, (qualifier <> 'vague', point, claim_id)) AS point, arg_max(value_low, (qualifier <> 'vague', point, claim_id)) AS low,
           arg_max(upper, (qualifier <> 'vague', point, claim_id)) AS upper, arg_max(claim_id, (qualifier <> 'vague', point, claim_id)) AS claim_id,
           bool_or(coalesce(enemy_figure, false)) AS enemy, bool_or(inferred) AS inferred, bool_and(is_part) AS is_part,
           max(greatest(coalesce(published, day), day)) AS pub,
           max(CASE qualifier WHEN 'vague' THEN 0 WHEN 'about' THEN 1 WHEN 'nearly' THEN 1 ELSE 2 END) AS precision
    FROM seen
    GROUP BY ALL
),
stated AS (   -- step 1: one figure per source, party and day
    SELECT cutoff, event_id, party, outcome, source, day,
           max(point) FILTER (WHERE role_key = '')  AS whole, sum(point) FILTER (WHERE role_key <> '') AS roles,
           max(low) FILTER (WHERE role_key = '')    AS whole_low, sum(low) FILTER (WHERE role_key <> '') AS roles_low,
           max(upper) FILTER (WHERE role_key = '')  AS whole_up, sum(upper) FILTER (WHERE role_key <> '') AS roles_up,
           list(claim_id ORDER BY claim_id) AS claim_ids, bool_or(enemy) AS enemy, bool_or(inferred) AS inferred,
           bool_and(is_part) AS is_part, min(precision) AS precision, max(pub) AS pub
    FROM by_role
    GROUP BY ALL
),
party_figures AS (
    SELECT cutoff, event_id, party, outcome, source, day, claim_ids, enemy, inferred, is_part, precision, pub,
           false AS from_parts,
           CASE WHEN whole IS NULL THEN roles WHEN roles IS NULL OR whole >= roles THEN whole
                ELSE whole + roles END                                              AS point,
           CASE WHEN whole IS NULL THEN roles_low WHEN roles IS NULL OR whole >= roles THEN whole_low
                ELSE whole_low + roles_low END                                      AS low,
           CASE WHEN whole IS NULL THEN roles_up WHEN roles IS NULL OR whole >= roles THEN whole_up
                ELSE whole_up + roles_up END                                        AS upper
    FROM stated
),
summed AS (   -- step 2: a source's party figures summed, where it states no total that day
    SELECT cutoff, event_id, 'all' AS party, outcome, source, day, flatten(list(claim_ids)) AS claim_ids,
           bool_and(enemy) AS enemy, bool_or(inferred) AS inferred, min(precision) AS precision, max(pub) AS pub,
           true AS from_parts, sum(point) AS point, sum(low) AS low,
           sum(upper) AS upper
    FROM party_figures AS p
    WHERE party <> 'all' AND NOT is_part AND NOT EXISTS (
        SELECT 1 FROM party_figures AS t
        WHERE t.party = 'all' AND t.cutoff = p.cutoff AND t.event_id = p.event_id AND t.outcome = p.outcome
          AND t.source = p.source AND t.day = p.day)
    GROUP BY cutoff, event_id, outcome, source, day
),
candidates AS (
    SELECT * FROM party_figures
    UNION ALL BY NAME
    SELECT * FROM summed AS s   -- only where no source states a total
    WHERE NOT EXISTS (SELECT 1 FROM party_figures AS t WHERE t.party = 'all' AND t.cutoff = s.cutoff
                      AND t.event_id = s.event_id AND t.outcome = s.outcome)
),
latest AS (   -- step 3
    SELECT * FROM candidates
    QUALIFY row_number() OVER (PARTITION BY cutoff, event_id, party, outcome, source
                               ORDER BY day DESC, point DESC) = 1
),
current AS (   -- step 4
    SELECT * FROM latest AS l
    WHERE l.outcome = 'missing' OR NOT EXISTS (
        SELECT 1 FROM latest AS m
        WHERE m.cutoff = l.cutoff AND m.event_id = l.event_id AND m.party = l.party AND m.outcome = l.outcome
          AND (m.day > l.day AND m.point >= l.point OR m.day = l.day AND m.inferred AND NOT l.inferred AND m.point > l.point
               -- two undated counts placed on one day: the higher came later, since tolls only grow
               OR m.day = l.day AND m.inferred AND l.inferred AND m.point > l.point
               -- a higher figure published later, though dated by its incident's day ("a year ago, 135 died")
               OR m.pub > l.pub AND m.point > l.point AND m.pub > l.day)
          AND (l.enemy OR NOT m.enemy OR m.day > l.day + 5))
    AND NOT EXISTS (
        SELECT 1 FROM revised AS v
        WHERE v.event_id = l.event_id AND v.party = l.party AND v.outcome = l.outcome AND v.value = l.point
          AND v.day >= l.day AND v.day <= l.cutoff)
    AND NOT EXISTS (   -- "police revised down the toll to 84": every higher figure given on or before that day
        SELECT 1 FROM corrections_down AS w
        WHERE w.event_id = l.event_id AND w.party = l.party AND w.outcome = l.outcome AND l.point > w.value
          AND w.day >= l.day AND w.day <= l.cutoff)
),
counted AS (   -- step 5: the most precise kind of figure the sources left give: counts, else approximations, else words
    SELECT * FROM current
    QUALIFY precision = max(precision) OVER (PARTITION BY event_id, cutoff, party, outcome)
),
estimates AS (
    SELECT event_id, cutoff AS day, party, outcome,
           min(low)                                                                   AS low,
           CAST(round(coalesce(median(point) FILTER (WHERE NOT enemy), median(point))) AS BIGINT) AS best,
           max(upper)                                                                 AS high,
           count(DISTINCT source)                                                     AS n_sources,
           CASE WHEN max(day) = DATE '1900-01-01' THEN NULL ELSE max(day) END         AS latest_as_of,
           list(DISTINCT source ORDER BY source)                                      AS sources,
           bool_and(enemy)                                                            AS belligerent_only,
           bool_and(from_parts)                                                       AS from_parts,
           list_sort(list_distinct(flatten(list(claim_ids))))                         AS claim_ids
    FROM counted
    GROUP BY event_id, cutoff, party, outcome
)
SELECT *,
       party = 'all' AND best < sum(low) FILTER (WHERE party <> 'all')
                                   OVER (PARTITION BY event_id, day, outcome)         AS below_parts
FROM estimates
ORDER BY event_id, day, outcome, party
