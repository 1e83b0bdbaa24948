-- The ledger's tables (DuckLake, schema main). Created if missing on every write connection.
-- Every row that came from a report keeps report_id; every claim keeps its sentence and span.
CREATE TABLE IF NOT EXISTS reports (
    report_id       VARCHAR,      -- sha256 of the report's bytes, 16 hex chars
    source          VARCHAR,      -- the configured source that brought it (folder or feed name)
    path            VARCHAR,      -- where it was read from (file path, or path#line for JSONL)
    title           VARCHAR,
    outlet          VARCHAR,
    url             VARCHAR,
    published       DATE,         -- front matter / metadata, else the text's dateline or date line, else NULL
    published_from  VARCHAR,      -- front_matter | metadata | dateline | NULL
    partition_date  DATE,         -- published, else the ingestion date
    text            VARCHAR,      -- the decoded text that claim spans point into
    byte_size       BIGINT,
    ingested_at     TIMESTAMP WITH TIME ZONE,
    language        VARCHAR,      -- ISO 639-1 code detected from the text (py3langid), 'und' when too short to tell
    published_text  VARCHAR,      -- the stated date when it is no whole date ('2021', 'March 2021', '2022-02-30')
    withdrawn_at    TIMESTAMP WITH TIME ZONE  -- its file was deleted: kept for history, left out of estimates
);
CREATE TABLE IF NOT EXISTS rejected_reports (
    report_id       VARCHAR,
    source          VARCHAR,
    path            VARCHAR,
    reason          VARCHAR,
    raw             BLOB,         -- the bytes as read: nothing is lost
    byte_size       BIGINT,
    partition_date  DATE,         -- the ingestion date (a rejected report has no date of its own)
    rejected_at     TIMESTAMP WITH TIME ZONE,
    stage           VARCHAR       -- where it failed: ingest (NULL in older rows) | extract (read, but the extractor
                                  -- failed on it: its row stays in reports, no claims from it)
);
CREATE TABLE IF NOT EXISTS report_warnings (
    report_id       VARCHAR,
    source          VARCHAR,
    path            VARCHAR,
    kind            VARCHAR,      -- unsupported_language, encoding, replacement_characters, invalid_characters,
                                  -- front_matter, wrong_type, bad_date, partial_date, duplicate, feed,
                                  -- feed_failed (a feed failed as a whole: no report_id, path its URL)
    message         VARCHAR,      -- one line a person reads
    partition_date  DATE,         -- the report's partition day
    warned_at       TIMESTAMP WITH TIME ZONE
);
CREATE TABLE IF NOT EXISTS claims (
    claim_id          VARCHAR,    -- report_id:claim_index
    report_id         VARCHAR,
    claim_index       INTEGER,
    event_id          VARCHAR,
    place             VARCHAR,      -- the event's main place (gazetteer canonical name)
    sentence          VARCHAR,
    span              INTEGER[],  -- [start, end) in reports.text, as in the contract
    span_start        INTEGER,
    span_end          INTEGER,
    outcome           VARCHAR,
    party             VARCHAR,
    party_text        VARCHAR,
    role              VARCHAR,
    value_low         BIGINT,
    value_high        BIGINT,
    qualifier         VARCHAR,
    attributed_to     VARCHAR,
    as_of             DATE,
    part_of           INTEGER,
    background        BOOLEAN,
    published         DATE,
    partition_date    DATE,
    source_hash       VARCHAR,    -- hash of the report bytes it was read from
    extractor_version VARCHAR,    -- extractor version + gazetteer hash: rows with another value are stale
    source            VARCHAR,    -- canonical source: attributed_to, else the outlet speaking in its own voice
    enemy_figure      BOOLEAN,    -- a belligerent's figure for another armed party's losses
    earlier           BOOLEAN,    -- the earlier figure of a revision ("down to 29 from 32": the 32)
    corrected         BOOLEAN,    -- an analyst's correction applied (data/corrections/, table corrections)
    machine           VARCHAR,    -- JSON: what the extractor read for each field a correction changed
    rejected          VARCHAR,    -- an analyst's reason this is no casualty figure: aggregates leave it out
    corrections       VARCHAR[],  -- ids of the corrections applied
    value_text        VARCHAR,    -- the stated figure when it is past the BIGINT range (value_low/high NULL)
    still_held        BOOLEAN,    -- those still held ("36 remain in captivity"), at large or in hospital: not all who were taken, escaped or hurt
    revised_down      BOOLEAN     -- an explicit correction downwards ("revised down the toll to 84")
);
CREATE TABLE IF NOT EXISTS corrections (     -- analysts' fixes as made, one row each (`toll correct`); the YAML
    correction_id   VARCHAR,      -- files under data/corrections/ are what normalize applies
    kind            VARCHAR,      -- fix | reject | add | event
    report_id       VARCHAR,
    span_start      INTEGER,      -- the figure phrase's place in reports.text: the key, not the claim id
    span_end        INTEGER,
    phrase          VARCHAR,
    claim_id        VARCHAR,      -- the claim named when it was made (ids change with the extractor)
    fields          VARCHAR,      -- JSON: the values set (fix, add)
    reason          VARCHAR,      -- reject: why
    event_id        VARCHAR,      -- event: the report's event
    machine         VARCHAR,      -- JSON: the claim's values when it was made
    why             VARCHAR,
    made_by         VARCHAR,
    made_at         TIMESTAMP WITH TIME ZONE,
    file            VARCHAR       -- its YAML file, relative to the corrections folder
);
CREATE TABLE IF NOT EXISTS report_events (   -- one row per report: the incident it is about, and why
    report_id       VARCHAR,
    event_id        VARCHAR,
    kind            VARCHAR,      -- bombing, air strike, prison break, ... (claims/incidents.yaml), or NULL
    place           VARCHAR,      -- the finest place named (gazetteer canonical), else a dateline's place
    facility        VARCHAR,      -- the place hierarchy of `place`
    town            VARCHAR,
    region          VARCHAR,
    country         VARCHAR,
    incident_date   DATE,         -- when the incident happened (not when the report was published)
    dated_from      VARCHAR,      -- claims | text | lookback | url | published | NULL (nothing dates it)
    actors          VARCHAR[],    -- armed actors named
    places          VARCHAR[],    -- every place below country level it names (outside background passages)
    unlinked        VARCHAR,      -- why event_id is NULL: nothing in the report tells its incident
    partition_date  DATE,
    yearless_days   VARCHAR[],    -- an undated report's days named without a year ('08-26'): another year's incident
                                  -- is told from them when the report is linked again (NULL in rows older than it)
    fresh           BOOLEAN       -- its lead tells a new incident of a series ("another earthquake"): it joins no event
                                  -- begun days before it, when linked again or merged (NULL in rows older than it)
);
CREATE TABLE IF NOT EXISTS claim_days (      -- one row per day whose claims normalize wrote: what it read them from
    partition_date    DATE,
    inputs            VARCHAR,    -- hash of the day's reports (content hash, date, outlet, url, language, source,
                                  -- path) and of the corrections of those reports
    extractor_version VARCHAR,    -- the claims' extractor_version
    reports           BIGINT,     -- reports read (not withdrawn)
    stray_spans       BIGINT,     -- claims whose span did not point into their report (the asset check)
    failed            BIGINT      -- reports the extractor failed on (rejected, stage 'extract'): read again
);
CREATE TABLE IF NOT EXISTS event_aliases (   -- an event id that was merged into another stays resolvable
    alias           VARCHAR,
    event_id        VARCHAR,
    reason          VARCHAR
);
CREATE TABLE IF NOT EXISTS quarantine (
    claim_id        VARCHAR,
    report_id       VARCHAR,
    rule            VARCHAR,      -- suite.expectation that failed
    reason          VARCHAR,
    row_json        VARCHAR,      -- the whole claim row as JSON
    run_id          VARCHAR,
    quarantined_at  TIMESTAMP WITH TIME ZONE
);
CREATE TABLE IF NOT EXISTS flags (
    rule            VARCHAR,
    severity        VARCHAR,
    claim_ids       VARCHAR[],
    report_ids      VARCHAR[],
    figures         BIGINT[],
    message         VARCHAR,
    run_id          VARCHAR,
    flagged_at      TIMESTAMP WITH TIME ZONE,
    event_id        VARCHAR,
    party           VARCHAR,
    outcome         VARCHAR,
    sources         VARCHAR[]     -- the source(s) whose figures the finding is about
);
CREATE TABLE IF NOT EXISTS disagreements (   -- latest figures of two sources that differ past the ratio
    event_id        VARCHAR,
    party           VARCHAR,
    outcome         VARCHAR,
    source_a        VARCHAR,
    figure_a        BIGINT,       -- value_low of source a's latest claim
    high_a          BIGINT,       -- its value_high (NULL when open-ended)
    as_of_a         DATE,
    source_b        VARCHAR,
    figure_b        BIGINT,
    high_b          BIGINT,
    as_of_b         DATE,
    ratio           DOUBLE,       -- how many times the larger figure is the smaller, at the least
    claim_ids       VARCHAR[],
    report_ids      VARCHAR[],
    run_id          VARCHAR,
    found_at        TIMESTAMP WITH TIME ZONE
);
CREATE TABLE IF NOT EXISTS events (
    event_id        VARCHAR,
    name            VARCHAR,
    place           VARCHAR,
    start_date      DATE,
    n_reports       BIGINT,
    n_claims        BIGINT,
    kind            VARCHAR,
    facility        VARCHAR,
    town            VARCHAR,
    region          VARCHAR,
    country         VARCHAR,
    end_date        DATE,
    actors          VARCHAR[],
    n_sources       BIGINT,
    first_report    VARCHAR,      -- report_id of the earliest report, and of the latest
    last_report     VARCHAR
);
CREATE TABLE IF NOT EXISTS event_estimates (
    event_id        VARCHAR,
    party           VARCHAR,
    outcome         VARCHAR,
    low             BIGINT,
    best            BIGINT,
    high            BIGINT,
    n_sources       BIGINT,
    latest_as_of    DATE,
    sources         VARCHAR[],
    belligerent_only BOOLEAN,     -- every figure is a belligerent's count of its enemy's losses
    from_parts      BOOLEAN,      -- an `all` figure summed from party figures (no source states a total)
    below_parts     BOOLEAN,      -- a total below the sum of its parties' low bounds
    claim_ids       VARCHAR[]     -- the claims the bounds were made from
);
CREATE TABLE IF NOT EXISTS estimate_timeline (   -- event_estimates as the ledger would have said it each day
    event_id        VARCHAR,
    day             DATE,
    party           VARCHAR,
    outcome         VARCHAR,
    low             BIGINT,
    best            BIGINT,
    high            BIGINT,
    n_sources       BIGINT,
    latest_as_of    DATE,
    sources         VARCHAR[],
    belligerent_only BOOLEAN,
    from_parts      BOOLEAN,
    below_parts     BOOLEAN,
    claim_ids       VARCHAR[]
);
CREATE TABLE IF NOT EXISTS source_timeline (
    event_id        VARCHAR,
    source          VARCHAR,
    party           VARCHAR,
    outcome         VARCHAR,
    as_of           DATE,
    value_low       BIGINT,
    value_high      BIGINT,
    qualifier       VARCHAR,
    previous_low    BIGINT,
    change          BIGINT,       -- value_low minus the source's previous value_low (negative: revised down)
    claim_id        VARCHAR,
    report_id       VARCHAR
);
