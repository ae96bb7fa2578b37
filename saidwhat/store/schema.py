"""The database schema, its migrations, and opening a database safely.

The schema version lives in `PRAGMA user_version`; `MIGRATIONS[i]` takes a database from version
`i` to `i + 1`, so a new version is one appended script, never an edit of an old one.
`PRAGMA application_id` marks the file as a saidwhat database, so we never add tables to
somebody else's SQLite file.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

__all__ = ["APPLICATION_ID", "MIGRATIONS", "SCHEMA_VERSION", "StoreError", "open_db", "transaction"]

APPLICATION_ID = 0x53574854  # "SWHT"


class StoreError(Exception):
    """A problem with the database a person can act on (the CLI prints it, without a traceback)."""


_V1 = """
-- One row per input document (skipped ones too, with their reason).
CREATE TABLE documents (
    id TEXT PRIMARY KEY,              -- the document id of CONTRACT.md
    sha256 TEXT NOT NULL,             -- of the text and given metadata: unchanged input is skipped
    status TEXT NOT NULL,             -- ok | skipped
    reason TEXT,
    title TEXT,
    outlet TEXT,
    url TEXT,
    published TEXT,                   -- YYYY-MM-DD
    published_source TEXT,
    language TEXT,
    body TEXT,                        -- JSON list of {start, end, text} spans
    text TEXT,                        -- the text every offset below indexes
    text_extracted INTEGER NOT NULL DEFAULT 0,  -- 1 for HTML/WARC: the text was extracted from markup
    source TEXT,                      -- the path (and line) it was read from
    format TEXT,
    saidwhat_version TEXT,
    ingested_at TEXT NOT NULL
);

-- Speakers, actors and recipients; id is the resolver's stable id, or name:<normalised name>.
CREATE TABLE actors (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT,
    sector TEXT,
    role TEXT
);

CREATE TABLE statements (
    id INTEGER PRIMARY KEY,           -- also the rowid that statements_fts points to
    doc TEXT NOT NULL REFERENCES documents(id),
    seq INTEGER NOT NULL,             -- order within the document
    type TEXT NOT NULL,
    actor_id TEXT REFERENCES actors(id),
    recipient_id TEXT REFERENCES actors(id),
    speaker_text TEXT, speaker_start INTEGER, speaker_end INTEGER,
    cue_text TEXT, cue_start INTEGER, cue_end INTEGER,
    content_text TEXT NOT NULL, content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
    direct INTEGER NOT NULL,
    date TEXT,
    date_precision TEXT,
    sentence_text TEXT NOT NULL, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
    confidence REAL,
    cue_class TEXT,
    rule TEXT,
    UNIQUE (doc, seq)
);
CREATE INDEX statements_actor ON statements(actor_id);
CREATE INDEX statements_recipient ON statements(recipient_id);
CREATE INDEX statements_date ON statements(date);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    doc TEXT NOT NULL REFERENCES documents(id),
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    actor_id TEXT REFERENCES actors(id),
    recipient_id TEXT REFERENCES actors(id),
    trigger_text TEXT NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
    sentence_text TEXT NOT NULL, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
    date TEXT,
    asserted INTEGER NOT NULL,
    confidence REAL,
    rule TEXT,
    UNIQUE (doc, seq)
);
CREATE INDEX events_actor ON events(actor_id);
CREATE INDEX events_recipient ON events(recipient_id);
CREATE INDEX events_date ON events(date);

-- Full-text search over what was said. External content, kept in step by triggers; declared with
-- content="statements" so that datasette offers ?_search= on the statements table.
CREATE VIRTUAL TABLE statements_fts USING fts5(
    content_text, sentence_text,
    content="statements", content_rowid="id", tokenize="unicode61 remove_diacritics 2"
);
CREATE TRIGGER statements_ai AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts(rowid, content_text, sentence_text)
    VALUES (new.id, new.content_text, new.sentence_text);
END;
CREATE TRIGGER statements_ad AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, content_text, sentence_text)
    VALUES ('delete', old.id, old.content_text, old.sentence_text);
END;
CREATE TRIGGER statements_au AFTER UPDATE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, content_text, sentence_text)
    VALUES ('delete', old.id, old.content_text, old.sentence_text);
    INSERT INTO statements_fts(rowid, content_text, sentence_text)
    VALUES (new.id, new.content_text, new.sentence_text);
END;

CREATE VIEW statements_view AS
SELECT s.id, coalesce(s.date, d.published) AS date, s.type,
       a.name AS speaker, a.country AS speaker_country, s.speaker_text,
       s.cue_text AS cue, s.content_text AS content, s.direct,
       r.name AS recipient, r.country AS recipient_country,
       s.sentence_text AS sentence, d.outlet, d.published, d.title, d.url,
       s.doc, s.actor_id, s.recipient_id, s.confidence
FROM statements s
JOIN documents d ON d.id = s.doc
LEFT JOIN actors a ON a.id = s.actor_id
LEFT JOIN actors r ON r.id = s.recipient_id;

CREATE VIEW events_view AS
SELECT e.id, coalesce(e.date, d.published) AS date, e.type, e.mode,
       a.name AS actor, a.country AS actor_country, a.sector AS actor_sector,
       e.trigger_text AS trigger,
       r.name AS recipient, r.country AS recipient_country, r.sector AS recipient_sector,
       e.sentence_text AS sentence, e.asserted, d.outlet, d.published, d.title, d.url,
       e.doc, e.actor_id, e.recipient_id, e.confidence
FROM events e
JOIN documents d ON d.id = e.doc
LEFT JOIN actors a ON a.id = e.actor_id
LEFT JOIN actors r ON r.id = e.recipient_id;

-- Statements and events in one list; id is s<statement id> or e<event id>.
CREATE VIEW timeline AS
SELECT 's' || s.id AS id, 'statement' AS kind, coalesce(s.date, d.published) AS date, s.type,
       s.actor_id, a.name AS actor, s.speaker_text, s.recipient_id, r.name AS recipient,
       s.content_text AS content, d.outlet, d.published, s.doc, s.sentence_start AS pos
FROM statements s
JOIN documents d ON d.id = s.doc
LEFT JOIN actors a ON a.id = s.actor_id
LEFT JOIN actors r ON r.id = s.recipient_id
UNION ALL
SELECT 'e' || e.id, 'event', coalesce(e.date, d.published), e.type,
       e.actor_id, a.name, NULL, e.recipient_id, r.name,
       e.sentence_text, d.outlet, d.published, e.doc, e.sentence_start
FROM events e
JOIN documents d ON d.id = e.doc
LEFT JOIN actors a ON a.id = e.actor_id
LEFT JOIN actors r ON r.id = e.recipient_id;

CREATE VIEW actors_view AS
SELECT a.id, a.name, a.country, a.sector, a.role,
       (SELECT count(*) FROM statements s WHERE s.actor_id = a.id) AS statements,
       (SELECT count(*) FROM events e WHERE e.actor_id = a.id) AS events,
       (SELECT min(t.date) FROM timeline t WHERE t.actor_id = a.id) AS first_date,
       (SELECT max(t.date) FROM timeline t WHERE t.actor_id = a.id) AS last_date,
       (SELECT group_concat(outlet, ', ') FROM
           (SELECT DISTINCT t.outlet FROM timeline t
            WHERE t.actor_id = a.id AND t.outlet IS NOT NULL ORDER BY t.outlet)) AS outlets
FROM actors a;
"""

# Version 2: the timeline says whether an event is asserted by the outlet or only claimed by a
# source (`asserted`: 1 or 0 for events, NULL for statements).
_V2 = """
DROP VIEW timeline;
CREATE VIEW timeline AS
SELECT 's' || s.id AS id, 'statement' AS kind, coalesce(s.date, d.published) AS date, s.type,
       s.actor_id, a.name AS actor, s.speaker_text, s.recipient_id, r.name AS recipient,
       s.content_text AS content, d.outlet, d.published, s.doc, s.sentence_start AS pos,
       NULL AS asserted
FROM statements s
JOIN documents d ON d.id = s.doc
LEFT JOIN actors a ON a.id = s.actor_id
LEFT JOIN actors r ON r.id = s.recipient_id
UNION ALL
SELECT 'e' || e.id, 'event', coalesce(e.date, d.published), e.type,
       e.actor_id, a.name, NULL, e.recipient_id, r.name,
       e.sentence_text, d.outlet, d.published, e.doc, e.sentence_start, e.asserted
FROM events e
JOIN documents d ON d.id = e.doc
LEFT JOIN actors a ON a.id = e.actor_id
LEFT JOIN actors r ON r.id = e.recipient_id;
"""

# Version 3: the database keeps every field `saidwhat extract` prints (mention spans, rule names,
# event mentions, claims and factuality, event date precision), so `export --format jsonl` gives
# the records back whole; typed statements join the events in `plover_events`, one row per PLOVER
# event; full-text search on events and on the views. Rows stored by an older saidwhat have NULL
# in the new columns (`ingest --force` fills them).
_V3 = """
ALTER TABLE statements ADD COLUMN recipient_span_text TEXT;
ALTER TABLE statements ADD COLUMN recipient_span_start INTEGER;
ALTER TABLE statements ADD COLUMN recipient_span_end INTEGER;
ALTER TABLE statements ADD COLUMN type_rule TEXT;
ALTER TABLE statements ADD COLUMN speaker_rule TEXT;

ALTER TABLE events ADD COLUMN date_precision TEXT;   -- day | week | month | year
ALTER TABLE events ADD COLUMN actor_span_text TEXT;
ALTER TABLE events ADD COLUMN actor_span_start INTEGER;
ALTER TABLE events ADD COLUMN actor_span_end INTEGER;
ALTER TABLE events ADD COLUMN recipient_span_text TEXT;
ALTER TABLE events ADD COLUMN recipient_span_start INTEGER;
ALTER TABLE events ADD COLUMN recipient_span_end INTEGER;
ALTER TABLE events ADD COLUMN type_rule TEXT;
ALTER TABLE events ADD COLUMN mentions TEXT;         -- JSON: [{"trigger": span, "sentence": span}]
ALTER TABLE events ADD COLUMN claimed_by INTEGER;    -- seq of the claiming statement in the same doc
ALTER TABLE events ADD COLUMN factuality TEXT;       -- asserted | claimed | planned
ALTER TABLE events ADD COLUMN factuality_rule TEXT;

-- Search over events (declared with content="events": datasette offers ?_search= on the table).
CREATE VIRTUAL TABLE events_fts USING fts5(
    trigger_text, sentence_text,
    content="events", content_rowid="id", tokenize="unicode61 remove_diacritics 2"
);
INSERT INTO events_fts(events_fts) VALUES ('rebuild');
CREATE TRIGGER events_ai AFTER INSERT ON events BEGIN
    INSERT INTO events_fts(rowid, trigger_text, sentence_text)
    VALUES (new.id, new.trigger_text, new.sentence_text);
END;
CREATE TRIGGER events_ad AFTER DELETE ON events BEGIN
    INSERT INTO events_fts(events_fts, rowid, trigger_text, sentence_text)
    VALUES ('delete', old.id, old.trigger_text, old.sentence_text);
END;
CREATE TRIGGER events_au AFTER UPDATE ON events BEGIN
    INSERT INTO events_fts(events_fts, rowid, trigger_text, sentence_text)
    VALUES ('delete', old.id, old.trigger_text, old.sentence_text);
    INSERT INTO events_fts(rowid, trigger_text, sentence_text)
    VALUES (new.id, new.trigger_text, new.sentence_text);
END;

-- Search over statements and events together, for the views that mix them (timeline,
-- plover_events): an FTS rowid must be one integer, so a statement is 2 * id and an event
-- 2 * id + 1, the views' `search_key`. Contentless: the text stays in statements and events.
CREATE VIRTUAL TABLE records_fts USING fts5(
    content, sentence, content="", tokenize="unicode61 remove_diacritics 2"
);
INSERT INTO records_fts(rowid, content, sentence)
SELECT 2 * id, content_text, sentence_text FROM statements;
INSERT INTO records_fts(rowid, content, sentence)
SELECT 2 * id + 1, trigger_text, sentence_text FROM events;
CREATE TRIGGER statements_records_ai AFTER INSERT ON statements BEGIN
    INSERT INTO records_fts(rowid, content, sentence) VALUES (2 * new.id, new.content_text, new.sentence_text);
END;
CREATE TRIGGER statements_records_ad AFTER DELETE ON statements BEGIN
    INSERT INTO records_fts(records_fts, rowid, content, sentence)
    VALUES ('delete', 2 * old.id, old.content_text, old.sentence_text);
END;
CREATE TRIGGER statements_records_au AFTER UPDATE ON statements BEGIN
    INSERT INTO records_fts(records_fts, rowid, content, sentence)
    VALUES ('delete', 2 * old.id, old.content_text, old.sentence_text);
    INSERT INTO records_fts(rowid, content, sentence) VALUES (2 * new.id, new.content_text, new.sentence_text);
END;
CREATE TRIGGER events_records_ai AFTER INSERT ON events BEGIN
    INSERT INTO records_fts(rowid, content, sentence) VALUES (2 * new.id + 1, new.trigger_text, new.sentence_text);
END;
CREATE TRIGGER events_records_ad AFTER DELETE ON events BEGIN
    INSERT INTO records_fts(records_fts, rowid, content, sentence)
    VALUES ('delete', 2 * old.id + 1, old.trigger_text, old.sentence_text);
END;
CREATE TRIGGER events_records_au AFTER UPDATE ON events BEGIN
    INSERT INTO records_fts(records_fts, rowid, content, sentence)
    VALUES ('delete', 2 * old.id + 1, old.trigger_text, old.sentence_text);
    INSERT INTO records_fts(rowid, content, sentence) VALUES (2 * new.id + 1, new.trigger_text, new.sentence_text);
END;

DROP VIEW statements_view;
CREATE VIEW statements_view AS
SELECT s.id, coalesce(s.date, d.published) AS date,
       CASE WHEN s.date IS NOT NULL THEN s.date_precision WHEN d.published IS NOT NULL THEN 'day' END
           AS date_precision,
       s.type,
       a.name AS speaker, a.country AS speaker_country, s.speaker_text,
       s.cue_text AS cue, s.content_text AS content, s.direct,
       r.name AS recipient, r.country AS recipient_country,
       s.sentence_text AS sentence, d.outlet, d.published, d.title, d.url,
       s.doc, s.actor_id, s.recipient_id, s.confidence, 2 * s.id AS search_key
FROM statements s
JOIN documents d ON d.id = s.doc
LEFT JOIN actors a ON a.id = s.actor_id
LEFT JOIN actors r ON r.id = s.recipient_id;

DROP VIEW events_view;
CREATE VIEW events_view AS
SELECT e.id, coalesce(e.date, d.published) AS date,
       CASE WHEN e.date IS NOT NULL THEN e.date_precision WHEN d.published IS NOT NULL THEN 'day' END
           AS date_precision,
       e.type, e.mode,
       a.name AS actor, a.country AS actor_country, a.sector AS actor_sector,
       e.trigger_text AS trigger,
       r.name AS recipient, r.country AS recipient_country, r.sector AS recipient_sector,
       e.sentence_text AS sentence, e.asserted, e.factuality, d.outlet, d.published, d.title, d.url,
       e.doc, e.actor_id, e.recipient_id, e.confidence, 2 * e.id + 1 AS search_key
FROM events e
JOIN documents d ON d.id = e.doc
LEFT JOIN actors a ON a.id = e.actor_id
LEFT JOIN actors r ON r.id = e.recipient_id;

DROP VIEW timeline;
CREATE VIEW timeline AS
SELECT 's' || s.id AS id, 'statement' AS kind, coalesce(s.date, d.published) AS date, s.type,
       s.actor_id, a.name AS actor, s.speaker_text, s.recipient_id, r.name AS recipient,
       s.content_text AS content, d.outlet, d.published, s.doc, s.sentence_start AS pos,
       NULL AS asserted,
       CASE WHEN s.date IS NOT NULL THEN s.date_precision WHEN d.published IS NOT NULL THEN 'day' END
           AS date_precision,
       2 * s.id AS search_key
FROM statements s
JOIN documents d ON d.id = s.doc
LEFT JOIN actors a ON a.id = s.actor_id
LEFT JOIN actors r ON r.id = s.recipient_id
UNION ALL
SELECT 'e' || e.id, 'event', coalesce(e.date, d.published), e.type,
       e.actor_id, a.name, NULL, e.recipient_id, r.name,
       e.sentence_text, d.outlet, d.published, e.doc, e.sentence_start, e.asserted,
       CASE WHEN e.date IS NOT NULL THEN e.date_precision WHEN d.published IS NOT NULL THEN 'day' END,
       2 * e.id + 1
FROM events e
JOIN documents d ON d.id = e.doc
LEFT JOIN actors a ON a.id = e.actor_id
LEFT JOIN actors r ON r.id = e.recipient_id;

-- One row per PLOVER event, verbal and material: the events, and the statements that carry a
-- PLOVER type. A plain STATEMENT is no event: PLOVER dropped CAMEO's "make public statement"
-- (manual, "CAMEO to PLOVER translation"). `statement_id` links a verbal event to its statement;
-- `claimed_by` links a claimed event to the statement that claims it.
CREATE VIEW plover_events AS
SELECT 's' || s.id AS id, 'statement' AS record, coalesce(s.date, d.published) AS date,
       CASE WHEN s.date IS NOT NULL THEN s.date_precision WHEN d.published IS NOT NULL THEN 'day' END
           AS date_precision,
       s.type AS event_type, NULL AS mode,
       s.actor_id, a.name AS actor_name, a.country AS actor_country, a.sector AS actor_sector,
       s.recipient_id, r.name AS recipient_name, r.country AS recipient_country,
       r.sector AS recipient_sector,
       1 AS asserted, 'asserted' AS factuality, NULL AS claimed_by, 's' || s.id AS statement_id,
       s.cue_text AS trigger, s.content_text AS content, s.sentence_text AS sentence,
       s.confidence, s.rule, s.type_rule, s.doc, d.outlet, d.published, d.title, d.url,
       s.sentence_start AS pos, 2 * s.id AS search_key
FROM statements s
JOIN documents d ON d.id = s.doc
LEFT JOIN actors a ON a.id = s.actor_id
LEFT JOIN actors r ON r.id = s.recipient_id
WHERE s.type <> 'STATEMENT'
UNION ALL
SELECT 'e' || e.id, 'event', coalesce(e.date, d.published),
       CASE WHEN e.date IS NOT NULL THEN e.date_precision WHEN d.published IS NOT NULL THEN 'day' END,
       e.type, e.mode,
       e.actor_id, a.name, a.country, a.sector,
       e.recipient_id, r.name, r.country, r.sector,
       e.asserted, coalesce(e.factuality, CASE e.asserted WHEN 1 THEN 'asserted' ELSE 'claimed' END),
       (SELECT 's' || c.id FROM statements c WHERE c.doc = e.doc AND c.seq = e.claimed_by), NULL,
       e.trigger_text, NULL, e.sentence_text,
       e.confidence, e.rule, e.type_rule, e.doc, d.outlet, d.published, d.title, d.url,
       e.sentence_start, 2 * e.id + 1
FROM events e
JOIN documents d ON d.id = e.doc
LEFT JOIN actors a ON a.id = e.actor_id
LEFT JOIN actors r ON r.id = e.recipient_id;

-- Who did what to whom, how often: one row per (actor, recipient, type) of plover_events, for
-- network tools (`source` and `target` are actor ids: Gephi's and networkx's edge-list columns).
CREATE VIEW dyads AS
SELECT actor_id AS source, recipient_id AS target, actor_name AS actor, recipient_name AS recipient,
       event_type AS type, count(*) AS count, sum(asserted = 0) AS claimed,
       min(date) AS first, max(date) AS last, actor_country, recipient_country
FROM plover_events
WHERE actor_id IS NOT NULL AND recipient_id IS NOT NULL
GROUP BY actor_id, recipient_id, event_type;
"""

# Version 4: how much of a given publication date was given (`published_precision` of the document
# record: day, month or year; "January 2022" is 2022-01-01 with "month"). Documents stored before
# have NULL there, read as "day" when they have a date.
_V4 = """
ALTER TABLE documents ADD COLUMN published_precision TEXT;  -- day | month | year
"""

# Version 5: one story across outlets (store/claims.py, store/contested.py, store/dating.py).
# A claim is one statement by one actor with all its reports (statements.claim_id); a happening
# is one event reported by several documents (events.happening_id); quote variants are two
# direct quotes of one claim in different words; contested links are opposite statements or
# disagreeing figures; an undated document may get an inferred date, with its evidence.
_V5 = """
ALTER TABLE statements ADD COLUMN claim_id INTEGER;     -- claims.id; NULL without an actor
ALTER TABLE events ADD COLUMN happening_id INTEGER;     -- happenings.id
CREATE INDEX statements_claim ON statements(claim_id);
CREATE INDEX events_happening ON events(happening_id);

ALTER TABLE documents ADD COLUMN date_inferred TEXT;       -- YYYY-MM-DD, only when published is NULL
ALTER TABLE documents ADD COLUMN date_confidence REAL;     -- 0..1
ALTER TABLE documents ADD COLUMN date_evidence TEXT;       -- JSON: {"evidence": [...], "why": "..."}
ALTER TABLE documents ADD COLUMN machine_translated TEXT;  -- the words that say so, else NULL

CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    actor_id TEXT,
    text TEXT NOT NULL,               -- the content of its first report
    first_date TEXT, last_date TEXT,
    reports INTEGER NOT NULL,         -- statements
    documents INTEGER NOT NULL,
    outlets INTEGER NOT NULL
);
CREATE INDEX claims_actor ON claims(actor_id);

CREATE TABLE happenings (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL, actor_id TEXT, recipient_id TEXT,
    first_date TEXT, last_date TEXT,
    reports INTEGER NOT NULL, documents INTEGER NOT NULL, outlets INTEGER NOT NULL
);

-- Two direct quotes of one claim whose words differ; diff marks [-dropped-] and {+added+} words.
CREATE TABLE quote_variants (
    id INTEGER PRIMARY KEY,
    claim_id INTEGER NOT NULL,
    a INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    b INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    similarity REAL NOT NULL,
    diff TEXT NOT NULL,
    translated TEXT                   -- 'a', 'b' or 'both': reports from a machine-translated document
);
CREATE INDEX quote_variants_claim ON quote_variants(claim_id);

-- Opposite statements about one matter (kind 'claim': a and b are statement ids) and figures of
-- one quantity that disagree (kind 'figure': a and b are statement or event ids as 's12'/'e5').
CREATE TABLE contested (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,               -- claim | figure
    a TEXT NOT NULL, b TEXT NOT NULL,
    doc_a TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    doc_b TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    matter TEXT NOT NULL,             -- the shared topic words, or the quantity's noun
    value_a TEXT, value_b TEXT,       -- the figures, or the polarity words
    rule TEXT NOT NULL
);

-- Records of an undated document take its inferred date, marked: date_inferred = 1.
DROP VIEW statements_view;
CREATE VIEW statements_view AS
SELECT s.id, coalesce(s.date, d.published, d.date_inferred) AS date,
       CASE WHEN s.date IS NOT NULL THEN s.date_precision WHEN coalesce(d.published, d.date_inferred) IS NOT NULL THEN 'day' END
           AS date_precision,
       s.type,
       a.name AS speaker, a.country AS speaker_country, s.speaker_text,
       s.cue_text AS cue, s.content_text AS content, s.direct,
       r.name AS recipient, r.country AS recipient_country,
       s.sentence_text AS sentence, d.outlet, d.published, d.title, d.url,
       s.doc, s.actor_id, s.recipient_id, s.confidence, 2 * s.id AS search_key,
       s.date IS NULL AND d.published IS NULL AND d.date_inferred IS NOT NULL AS date_inferred
FROM statements s
JOIN documents d ON d.id = s.doc
LEFT JOIN actors a ON a.id = s.actor_id
LEFT JOIN actors r ON r.id = s.recipient_id;

DROP VIEW events_view;
CREATE VIEW events_view AS
SELECT e.id, coalesce(e.date, d.published, d.date_inferred) AS date,
       CASE WHEN e.date IS NOT NULL THEN e.date_precision WHEN coalesce(d.published, d.date_inferred) IS NOT NULL THEN 'day' END
           AS date_precision,
       e.type, e.mode,
       a.name AS actor, a.country AS actor_country, a.sector AS actor_sector,
       e.trigger_text AS trigger,
       r.name AS recipient, r.country AS recipient_country, r.sector AS recipient_sector,
       e.sentence_text AS sentence, e.asserted, e.factuality, d.outlet, d.published, d.title, d.url,
       e.doc, e.actor_id, e.recipient_id, e.confidence, 2 * e.id + 1 AS search_key,
       e.date IS NULL AND d.published IS NULL AND d.date_inferred IS NOT NULL AS date_inferred
FROM events e
JOIN documents d ON d.id = e.doc
LEFT JOIN actors a ON a.id = e.actor_id
LEFT JOIN actors r ON r.id = e.recipient_id;

DROP VIEW timeline;
CREATE VIEW timeline AS
SELECT 's' || s.id AS id, 'statement' AS kind, coalesce(s.date, d.published, d.date_inferred) AS date, s.type,
       s.actor_id, a.name AS actor, s.speaker_text, s.recipient_id, r.name AS recipient,
       s.content_text AS content, d.outlet, d.published, s.doc, s.sentence_start AS pos,
       NULL AS asserted,
       CASE WHEN s.date IS NOT NULL THEN s.date_precision WHEN coalesce(d.published, d.date_inferred) IS NOT NULL THEN 'day' END
           AS date_precision,
       2 * s.id AS search_key,
       s.date IS NULL AND d.published IS NULL AND d.date_inferred IS NOT NULL AS date_inferred
FROM statements s
JOIN documents d ON d.id = s.doc
LEFT JOIN actors a ON a.id = s.actor_id
LEFT JOIN actors r ON r.id = s.recipient_id
UNION ALL
SELECT 'e' || e.id, 'event', coalesce(e.date, d.published, d.date_inferred), e.type,
       e.actor_id, a.name, NULL, e.recipient_id, r.name,
       e.sentence_text, d.outlet, d.published, e.doc, e.sentence_start, e.asserted,
       CASE WHEN e.date IS NOT NULL THEN e.date_precision WHEN coalesce(d.published, d.date_inferred) IS NOT NULL THEN 'day' END,
       2 * e.id + 1, e.date IS NULL AND d.published IS NULL AND d.date_inferred IS NOT NULL
FROM events e
JOIN documents d ON d.id = e.doc
LEFT JOIN actors a ON a.id = e.actor_id
LEFT JOIN actors r ON r.id = e.recipient_id;

DROP VIEW plover_events;
CREATE VIEW plover_events AS
SELECT 's' || s.id AS id, 'statement' AS record, coalesce(s.date, d.published, d.date_inferred) AS date,
       CASE WHEN s.date IS NOT NULL THEN s.date_precision WHEN coalesce(d.published, d.date_inferred) IS NOT NULL THEN 'day' END
           AS date_precision,
       s.type AS event_type, NULL AS mode,
       s.actor_id, a.name AS actor_name, a.country AS actor_country, a.sector AS actor_sector,
       s.recipient_id, r.name AS recipient_name, r.country AS recipient_country,
       r.sector AS recipient_sector,
       1 AS asserted, 'asserted' AS factuality, NULL AS claimed_by, 's' || s.id AS statement_id,
       s.cue_text AS trigger, s.content_text AS content, s.sentence_text AS sentence,
       s.confidence, s.rule, s.type_rule, s.doc, d.outlet, d.published, d.title, d.url,
       s.sentence_start AS pos, 2 * s.id AS search_key,
       s.date IS NULL AND d.published IS NULL AND d.date_inferred IS NOT NULL AS date_inferred
FROM statements s
JOIN documents d ON d.id = s.doc
LEFT JOIN actors a ON a.id = s.actor_id
LEFT JOIN actors r ON r.id = s.recipient_id
WHERE s.type <> 'STATEMENT'
UNION ALL
SELECT 'e' || e.id, 'event', coalesce(e.date, d.published, d.date_inferred),
       CASE WHEN e.date IS NOT NULL THEN e.date_precision WHEN coalesce(d.published, d.date_inferred) IS NOT NULL THEN 'day' END,
       e.type, e.mode,
       e.actor_id, a.name, a.country, a.sector,
       e.recipient_id, r.name, r.country, r.sector,
       e.asserted, coalesce(e.factuality, CASE e.asserted WHEN 1 THEN 'asserted' ELSE 'claimed' END),
       (SELECT 's' || c.id FROM statements c WHERE c.doc = e.doc AND c.seq = e.claimed_by), NULL,
       e.trigger_text, NULL, e.sentence_text,
       e.confidence, e.rule, e.type_rule, e.doc, d.outlet, d.published, d.title, d.url,
       e.sentence_start, 2 * e.id + 1, e.date IS NULL AND d.published IS NULL AND d.date_inferred IS NOT NULL
FROM events e
JOIN documents d ON d.id = e.doc
LEFT JOIN actors a ON a.id = e.actor_id
LEFT JOIN actors r ON r.id = e.recipient_id;
"""

# MIGRATIONS[i] upgrades a database at schema version i to version i + 1.
MIGRATIONS: list[str] = [_V1, _V2, _V3, _V4, _V5]
SCHEMA_VERSION = len(MIGRATIONS)


def open_db(path: str | Path, write: bool = False) -> sqlite3.Connection:
    """Open (and for `write`, create) the database at `path`, migrated to SCHEMA_VERSION.

    Reading opens the file read-only and never creates or changes one, except to upgrade a
    saidwhat database from an older saidwhat. Raises StoreError for a file that is not SQLite, not
    saidwhat's, from a newer saidwhat, missing or empty (when reading) or in a place that cannot be
    written.
    """
    p = Path(path)
    if p.is_dir():
        raise StoreError(f"{p} is a directory; give a database file name with --db")
    if not write and not p.exists():
        raise StoreError(f"no database at {p}: run `saidwhat ingest PATH --db {p}` first")
    con = _connect(p, write)
    try:
        version = _check(con, p)
        if version == 0 and not write:  # an empty file (0 bytes) or SQLite file: never made one
            raise StoreError(f"{p} is empty, not a saidwhat database: give another file with --db, "
                             f"or fill it with `saidwhat ingest PATH --db {p}`")
        if version < SCHEMA_VERSION:
            if not write:  # reading an older database: upgrade it once, in place
                con.close()
                con = _connect(p, True)
            _migrate(con, p, version)
    except BaseException:
        con.close()
        raise
    return con


def _connect(p: Path, write: bool) -> sqlite3.Connection:
    try:
        if write:
            con = sqlite3.connect(p, isolation_level=None, timeout=30)
        else:  # read-only: works on read-only files and never creates one
            uri = f"file:{quote(os.fsencode(p.resolve()))}?mode=ro"  # bytes: any file name
            con = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=30)
    except sqlite3.Error as e:
        raise StoreError(f"cannot open {p}: {e}; check the path and its permissions") from e
    con.row_factory = sqlite3.Row
    con.execute("PRAGMA foreign_keys = ON")
    _add_functions(con)
    return con


def _add_functions(con: sqlite3.Connection) -> None:
    from saidwhat.resolve.kb import normalise

    # normalised text for accent- and case-blind matching of names in content
    con.create_function("sw_norm", 1, lambda s: normalise(s) if isinstance(s, str) else s,
                        deterministic=True)


def _check(con: sqlite3.Connection, p: Path) -> int:
    """The schema version, after checking the file is a saidwhat database we understand."""
    try:
        version = con.execute("PRAGMA user_version").fetchone()[0]
        app = con.execute("PRAGMA application_id").fetchone()[0]
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    except sqlite3.OperationalError as e:
        raise StoreError(f"cannot read {p}: {e}") from e
    except sqlite3.DatabaseError as e:
        raise StoreError(f"{p} is not a SQLite database ({e}); give another file with --db") from e
    if app != APPLICATION_ID and (version or tables):
        shown = ", ".join(tables[:5]) or "no tables"
        raise StoreError(f"{p} is a SQLite database but not a saidwhat one ({shown}); "
                         "give another file with --db")
    if version > SCHEMA_VERSION:
        raise StoreError(f"{p} was made by a newer saidwhat (schema version {version}; this saidwhat "
                         f"knows up to {SCHEMA_VERSION}): upgrade saidwhat to use it")
    return version


def _migrate(con: sqlite3.Connection, p: Path, version: int) -> None:
    for v in range(version, SCHEMA_VERSION):
        # each step is one transaction: a failed migration leaves the previous version intact
        script = (f"BEGIN IMMEDIATE;\n{MIGRATIONS[v]}\n"
                  f"PRAGMA application_id = {APPLICATION_ID};\nPRAGMA user_version = {v + 1};\nCOMMIT;")
        try:
            con.executescript(script)
        except sqlite3.Error as e:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise StoreError(f"cannot write to {p}: {e}; choose a writable place with --db") from e


@contextmanager
def transaction(con: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any failure, COMMIT's own (a full disk) included."""
    con.execute("BEGIN IMMEDIATE")
    try:
        yield con
        con.execute("COMMIT")
    except BaseException:
        if con.in_transaction:
            con.execute("ROLLBACK")
        raise
