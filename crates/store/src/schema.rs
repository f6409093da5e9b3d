//! The schema. Offsets are Unicode code points, as in the JSON contract.

use crate::{Error, Result};
use rusqlite::{Connection, OptionalExtension};

/// Bumped when the tables change incompatibly.
pub const STORE_SCHEMA: &str = "1";

const SQL: &str = r#"
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    id          INTEGER PRIMARY KEY,
    ext_id      TEXT NOT NULL,
    date        TEXT,
    date_start  TEXT,
    date_end    TEXT,
    hash        TEXT NOT NULL UNIQUE,
    source      TEXT,
    text        TEXT NOT NULL,
    analysis    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_date ON articles(date_start);
CREATE INDEX IF NOT EXISTS articles_ext ON articles(ext_id);
CREATE TABLE IF NOT EXISTS actors (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL,
    type  TEXT NOT NULL,
    fold  TEXT NOT NULL,
    UNIQUE(name, type)
);
CREATE INDEX IF NOT EXISTS actors_fold ON actors(fold);
CREATE TABLE IF NOT EXISTS article_actors (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    actor_id   INTEGER NOT NULL REFERENCES actors(id),
    country    TEXT,
    roles      TEXT NOT NULL,
    mentions   INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX IF NOT EXISTS article_actors_actor ON article_actors(actor_id);
CREATE INDEX IF NOT EXISTS article_actors_country ON article_actors(country);
CREATE TABLE IF NOT EXISTS mentions (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    actor_id   INTEGER NOT NULL REFERENCES actors(id),
    entity_idx INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    kind       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE TABLE IF NOT EXISTS quotes (
    id               INTEGER PRIMARY KEY,
    article_id       INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx              INTEGER NOT NULL,
    start            INTEGER NOT NULL,
    end              INTEGER NOT NULL,
    text             TEXT NOT NULL,
    kind             TEXT NOT NULL,
    speaker          TEXT,
    speaker_fold     TEXT,
    speaker_actor_id INTEGER REFERENCES actors(id),
    sm_start         INTEGER,
    sm_end           INTEGER,
    sm_text          TEXT,
    cue              TEXT,
    spans            TEXT NOT NULL,
    rule             TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_actor_id);
CREATE TABLE IF NOT EXISTS timexes (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    type       TEXT NOT NULL,
    value      TEXT NOT NULL,
    vague      INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS timexes_article ON timexes(article_id);
CREATE TABLE IF NOT EXISTS events (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx             INTEGER NOT NULL,
    type            TEXT NOT NULL,
    source          TEXT NOT NULL,
    source_actor_id INTEGER REFERENCES actors(id),
    source_country  TEXT,
    target          TEXT,
    target_actor_id INTEGER REFERENCES actors(id),
    target_country  TEXT,
    date            TEXT,
    day             TEXT,
    mode            TEXT,
    ev_start        INTEGER NOT NULL,
    ev_end          INTEGER NOT NULL,
    ev_text         TEXT NOT NULL,
    rule            TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS events_source ON events(source_actor_id);
CREATE INDEX IF NOT EXISTS events_target ON events(target_actor_id);
CREATE INDEX IF NOT EXISTS events_day ON events(day);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    text, norm, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(
    text, speaker, norm, speaker_norm, tokenize = 'unicode61 remove_diacritics 2'
);
"#;

pub fn create(conn: &Connection) -> Result<()> {
    conn.execute_batch(SQL)?;
    let have: Option<String> = conn
        .query_row("SELECT value FROM meta WHERE key = 'schema'", [], |r| {
            r.get(0)
        })
        .optional()?;
    match have {
        None => {
            conn.execute(
                "INSERT INTO meta(key, value) VALUES ('schema', ?1)",
                [STORE_SCHEMA],
            )?;
            Ok(())
        }
        Some(v) if v == STORE_SCHEMA => Ok(()),
        Some(v) => Err(Error::Schema(format!(
            "corpus has store schema {v}, this build writes {STORE_SCHEMA}; re-ingest into a new file"
        ))),
    }
}

pub fn check(conn: &Connection) -> Result<()> {
    let have: Option<String> = conn
        .query_row("SELECT value FROM meta WHERE key = 'schema'", [], |r| {
            r.get(0)
        })
        .optional()
        .map_err(|e| Error::Schema(format!("not a lagebild corpus ({e})")))?;
    match have {
        Some(v) if v == STORE_SCHEMA => Ok(()),
        Some(v) => Err(Error::Schema(format!(
            "corpus has store schema {v}, this build reads {STORE_SCHEMA}"
        ))),
        None => Err(Error::Schema(
            "not a lagebild corpus (no schema mark)".into(),
        )),
    }
}
