//! The corpus store: analysed articles in one SQLite file, searchable in German.
//!
//! Why SQLite: a corpus is written once by `lagebild ingest` and then read by
//! many (`search`, `serve`); one file that needs no server, survives
//! `kill -9` (WAL, a transaction per batch) and offers FTS5 full-text search
//! is the smallest thing that does all of it.
//!
//! Why our own normalisation column: FTS5's tokenizers fold case and
//! diacritics but know nothing of German spelling variants ("Aerzte") or
//! inflection ("Merkels", "Regierungen"). [`normalize`] turns every word into
//! a search key; the same function reads the query, so index and query
//! always agree. User terms reach FTS5 only as quoted strings, and every other
//! value only as SQL parameters.
//!
//! The layers are stored relationally (actors, mentions, quotes, time
//! expressions, events) so that the server and the CLI can ask "everything
//! Merkel said" or "events by type per month" with plain SQL; the full
//! [`OutDoc`](lagebild_core::output::OutDoc) JSON of each article is kept
//! beside them as the record of what the analyzer produced.

pub mod fixture;
pub mod normalize;
mod query;
mod read;
mod schema;
mod write;

pub use query::{ArticleHit, Query, SearchResults, StatementHit};
pub use read::{
    ActorRef, ActorSummary, ActorView, ArticleEntity, ArticleQuote, ArticleRef, ArticleView,
    Counted, EventRow, MentionRow, StatementRow, Stats, TextSpan, Timeline, TimelineBucket,
    TimelineFilter, TimexRow,
};
pub use write::{content_hash, Batch, NewArticle, Put};

use rusqlite::{Connection, OpenFlags};
use std::path::Path;

/// Errors of the store.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("database: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("{0}")]
    Json(#[from] serde_json::Error),
    /// The query or a filter is not acceptable (too long, malformed date …).
    #[error("bad query: {0}")]
    BadQuery(String),
    /// The file is not a lagebild corpus, or one of another schema version.
    #[error("{0}")]
    Schema(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An open corpus.
pub struct Store {
    conn: Connection,
    read_only: bool,
}

impl Store {
    /// Opens a corpus for writing, creating the file and the schema if
    /// needed. Sets WAL mode, so readers never block the writer and a killed
    /// writer loses nothing that was committed.
    pub fn create(path: &Path) -> Result<Store> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        schema::create(&conn)?;
        Ok(Store {
            conn,
            read_only: false,
        })
    }

    /// An in-memory corpus (tests, experiments).
    pub fn in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        schema::create(&conn)?;
        Ok(Store {
            conn,
            read_only: false,
        })
    }

    /// Opens an existing corpus read-only: SQLite refuses every write on this
    /// connection (`SQLITE_OPEN_READ_ONLY` and `PRAGMA query_only`).
    pub fn open_read_only(path: &Path) -> Result<Store> {
        if !path.is_file() {
            return Err(Error::Schema(format!(
                "{}: no such corpus (create it with `lagebild ingest … --db {}`)",
                path.display(),
                path.display()
            )));
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
                | OpenFlags::SQLITE_OPEN_URI,
        )?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "query_only", "ON")?;
        schema::check(&conn)?;
        Ok(Store {
            conn,
            read_only: true,
        })
    }

    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// The underlying connection (for tests and tools that need raw SQL).
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}
