//! The write path: one transaction per batch, idempotent by content hash.

use crate::normalize::{fold, index_text};
use crate::{Error, Result, Store};
use lagebild_core::document::days_in_month;
use lagebild_core::output::OutDoc;
use lagebild_core::DocDate;
use rusqlite::{params, OptionalExtension, Transaction};
use sha2::{Digest, Sha256};
use std::collections::{HashMap, HashSet};

/// The identity of an article's content: SHA-256 over its date and text.
/// The same article ingested twice (from a re-run, another path, a JSONL copy)
/// is stored once.
pub fn content_hash(date: Option<&str>, text: &str) -> String {
    let mut h = Sha256::new();
    h.update(date.unwrap_or("").as_bytes());
    h.update([0u8]);
    h.update(text.as_bytes());
    let d = h.finalize();
    let mut s = String::with_capacity(64);
    for b in d {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// The first and last day a date of any precision covers
/// (`2020-07` → `2020-07-01`, `2020-07-31`).
pub(crate) fn date_bounds(d: &str) -> Option<(String, String)> {
    let dd = DocDate::parse(d)?;
    let y = dd.year;
    Some(match (dd.month, dd.day) {
        (Some(m), Some(day)) => {
            let s = format!("{y:04}-{m:02}-{day:02}");
            (s.clone(), s)
        }
        (Some(m), None) => (
            format!("{y:04}-{m:02}-01"),
            format!("{y:04}-{m:02}-{:02}", days_in_month(y, m as u32)),
        ),
        _ => (format!("{y:04}-01-01"), format!("{y:04}-12-31")),
    })
}

/// The day an event is placed on in timelines: its own date when that names
/// at least a month, else the article's.
fn event_day(event_date: Option<&str>, article_date: Option<&str>) -> Option<String> {
    let own = event_date
        .and_then(|d| {
            let head = d
                .get(..10)
                .filter(|h| DocDate::parse(h).is_some())
                .or_else(|| d.get(..7).filter(|h| DocDate::parse(h).is_some()))?;
            Some(head)
        })
        .and_then(date_bounds);
    own.or_else(|| article_date.and_then(date_bounds))
        .map(|(s, _)| s)
}

/// One article to store: its text as read and its analysis.
pub struct NewArticle<'a> {
    /// The caller's identifier (file stem, JSONL `id`).
    pub ext_id: &'a str,
    /// Where it came from (a path), for display.
    pub source: Option<&'a str>,
    /// The text exactly as analysed; offsets in `doc` point into it.
    pub text: &'a str,
    pub doc: &'a OutDoc,
}

/// What [`Batch::put`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Put {
    Inserted(i64),
    /// Already stored (same content hash): nothing written.
    Skipped(i64),
    /// Already stored and replaced by the new analysis.
    Replaced(i64),
}

impl Put {
    pub fn id(&self) -> i64 {
        match *self {
            Put::Inserted(i) | Put::Skipped(i) | Put::Replaced(i) => i,
        }
    }
}

/// A write transaction. Dropping it without [`Batch::commit`] rolls back
/// everything it wrote, which is what a crash does too.
pub struct Batch<'s> {
    tx: Transaction<'s>,
    actors: HashMap<(String, String), i64>,
}

impl Store {
    /// Starts a write transaction.
    pub fn batch(&mut self) -> Result<Batch<'_>> {
        if self.read_only {
            return Err(Error::Schema("corpus is open read-only".into()));
        }
        let tx = self.conn.transaction()?;
        Ok(Batch {
            tx,
            actors: HashMap::new(),
        })
    }

    /// Every content hash stored, to skip known articles before analysing.
    pub fn known_hashes(&self) -> Result<HashSet<String>> {
        let mut st = self.conn.prepare("SELECT hash FROM articles")?;
        let rows = st.query_map([], |r| r.get::<_, String>(0))?;
        let mut out = HashSet::new();
        for r in rows {
            out.insert(r?);
        }
        Ok(out)
    }

    /// Convenience: stores one article in its own transaction.
    pub fn put(&mut self, a: &NewArticle<'_>, replace: bool) -> Result<Put> {
        let mut b = self.batch()?;
        let r = b.put(a, replace)?;
        b.commit()?;
        Ok(r)
    }
}

impl Batch<'_> {
    pub fn commit(self) -> Result<()> {
        self.tx.commit()?;
        Ok(())
    }

    fn actor_id(&mut self, name: &str, etype: &str) -> Result<i64> {
        let key = (name.to_string(), etype.to_string());
        if let Some(&id) = self.actors.get(&key) {
            return Ok(id);
        }
        let found: Option<i64> = self
            .tx
            .prepare_cached("SELECT id FROM actors WHERE name = ?1 AND type = ?2")?
            .query_row(params![name, etype], |r| r.get(0))
            .optional()?;
        let id = match found {
            Some(id) => id,
            None => {
                self.tx
                    .prepare_cached("INSERT INTO actors(name, type, fold) VALUES (?1, ?2, ?3)")?
                    .execute(params![name, etype, fold(name)])?;
                self.tx.last_insert_rowid()
            }
        };
        self.actors.insert(key, id);
        Ok(id)
    }

    /// Stores an article with every layer of its analysis. An article whose
    /// content hash is already stored is skipped, or, with `replace`,
    /// re-written under the same id (for a re-analysis with a newer build).
    pub fn put(&mut self, a: &NewArticle<'_>, replace: bool) -> Result<Put> {
        let doc = a.doc;
        let hash = content_hash(doc.date.as_deref(), a.text);
        let existing: Option<i64> = self
            .tx
            .prepare_cached("SELECT id FROM articles WHERE hash = ?1")?
            .query_row([&hash], |r| r.get(0))
            .optional()?;
        if let (Some(id), false) = (existing, replace) {
            return Ok(Put::Skipped(id));
        }
        if let Some(id) = existing {
            self.delete_layers(id)?;
        }
        let (date_start, date_end) = match doc.date.as_deref().and_then(date_bounds) {
            Some((s, e)) => (Some(s), Some(e)),
            None => (None, None),
        };
        let analysis = serde_json::to_string(doc)?;
        let id = match existing {
            Some(id) => {
                self.tx.execute(
                    "UPDATE articles SET ext_id=?2, date=?3, date_start=?4, date_end=?5, source=?6, text=?7, analysis=?8 WHERE id=?1",
                    params![id, a.ext_id, doc.date, date_start, date_end, a.source, a.text, analysis],
                )?;
                id
            }
            None => {
                self.tx.execute(
                    "INSERT INTO articles(ext_id, date, date_start, date_end, hash, source, text, analysis) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    params![a.ext_id, doc.date, date_start, date_end, hash, a.source, a.text, analysis],
                )?;
                self.tx.last_insert_rowid()
            }
        };
        self.tx
            .prepare_cached("INSERT INTO articles_fts(rowid, text, norm) VALUES (?1, ?2, ?3)")?
            .execute(params![id, a.text, index_text(a.text)])?;

        // Actors: one row per (name, type) across the corpus; per article the
        // country, roles and mentions as this article has them.
        let mut entity_actor = Vec::with_capacity(doc.entities.len());
        let mut by_name: HashMap<&str, i64> = HashMap::new();
        for (idx, e) in doc.entities.iter().enumerate() {
            let actor = self.actor_id(&e.name, e.etype)?;
            entity_actor.push(actor);
            by_name.entry(e.name.as_str()).or_insert(actor);
            self.tx
                .prepare_cached(
                    "INSERT INTO article_actors(article_id, idx, actor_id, country, roles, mentions) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                )?
                .execute(params![
                    id,
                    idx as i64,
                    actor,
                    e.country,
                    serde_json::to_string(&e.roles)?,
                    e.mentions.len() as i64
                ])?;
            let mut st = self.tx.prepare_cached(
                "INSERT INTO mentions(article_id, actor_id, entity_idx, start, end, text, kind) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            for m in &e.mentions {
                st.execute(params![
                    id,
                    actor,
                    idx as i64,
                    m.start as i64,
                    m.end as i64,
                    m.text,
                    m.kind
                ])?;
            }
        }

        for (idx, q) in doc.quotes.iter().enumerate() {
            let speaker_actor = q.speaker.as_deref().and_then(|s| by_name.get(s).copied());
            let (sm_start, sm_end, sm_text) = match &q.speaker_mention {
                Some(m) => (
                    Some(m.start as i64),
                    Some(m.end as i64),
                    Some(m.text.as_str()),
                ),
                None => (None, None, None),
            };
            self.tx
                .prepare_cached(
                    "INSERT INTO quotes(article_id, idx, start, end, text, kind, speaker, speaker_fold, speaker_actor_id, sm_start, sm_end, sm_text, cue, spans, rule) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
                )?
                .execute(params![
                    id,
                    idx as i64,
                    q.start as i64,
                    q.end as i64,
                    q.text,
                    q.kind,
                    q.speaker,
                    q.speaker.as_deref().map(fold),
                    speaker_actor,
                    sm_start,
                    sm_end,
                    sm_text,
                    q.cue,
                    serde_json::to_string(&q.spans)?,
                    q.rule
                ])?;
            let qid = self.tx.last_insert_rowid();
            let speaker = q.speaker.as_deref().unwrap_or("");
            self.tx
                .prepare_cached(
                    "INSERT INTO quotes_fts(rowid, text, speaker, norm, speaker_norm) VALUES (?1, ?2, ?3, ?4, ?5)",
                )?
                .execute(params![qid, q.text, speaker, index_text(&q.text), index_text(speaker)])?;
        }

        {
            let mut st = self.tx.prepare_cached(
                "INSERT INTO timexes(article_id, start, end, text, type, value, vague) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            for t in &doc.timexes {
                st.execute(params![
                    id,
                    t.start as i64,
                    t.end as i64,
                    t.text,
                    t.ttype,
                    t.value,
                    t.vague
                ])?;
            }
        }

        for (idx, e) in doc.events.iter().enumerate() {
            let src = by_name.get(e.source.as_str()).copied();
            let tgt = e.target.as_deref().and_then(|t| by_name.get(t).copied());
            let day = event_day(e.date.as_deref(), doc.date.as_deref());
            self.tx
                .prepare_cached(
                    "INSERT INTO events(article_id, idx, type, source, source_actor_id, source_country, target, target_actor_id, target_country, date, day, mode, ev_start, ev_end, ev_text, rule) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
                )?
                .execute(params![
                    id,
                    idx as i64,
                    e.etype,
                    e.source,
                    src,
                    e.source_country,
                    e.target,
                    tgt,
                    e.target_country,
                    e.date,
                    day,
                    e.mode,
                    e.evidence.start as i64,
                    e.evidence.end as i64,
                    e.evidence.text,
                    e.rule
                ])?;
        }
        Ok(if existing.is_some() {
            Put::Replaced(id)
        } else {
            Put::Inserted(id)
        })
    }

    fn delete_layers(&mut self, id: i64) -> Result<()> {
        self.tx.execute(
            "DELETE FROM quotes_fts WHERE rowid IN (SELECT id FROM quotes WHERE article_id = ?1)",
            [id],
        )?;
        for sql in [
            "DELETE FROM articles_fts WHERE rowid = ?1",
            "DELETE FROM mentions WHERE article_id = ?1",
            "DELETE FROM article_actors WHERE article_id = ?1",
            "DELETE FROM quotes WHERE article_id = ?1",
            "DELETE FROM timexes WHERE article_id = ?1",
            "DELETE FROM events WHERE article_id = ?1",
        ] {
            self.tx.execute(sql, [id])?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_bounds_by_precision() {
        let t = [
            ("2020-07-15", Some(("2020-07-15", "2020-07-15"))),
            ("2020-02", Some(("2020-02-01", "2020-02-29"))),
            ("2019", Some(("2019-01-01", "2019-12-31"))),
            ("2020-13", None),
            ("gestern", None),
            ("", None),
        ];
        for (d, want) in t {
            let got = date_bounds(d);
            let want = want.map(|(a, b)| (a.to_string(), b.to_string()));
            assert_eq!(got, want, "{d}");
        }
    }

    #[test]
    fn event_day_prefers_own_month_or_day() {
        let t = [
            (Some("2020-07-15"), Some("2020-08"), Some("2020-07-15")),
            (Some("2020-06"), Some("2020-08"), Some("2020-06-01")),
            (Some("XXXX-WXX-3"), Some("2020-08"), Some("2020-08-01")),
            (Some("2019"), Some("2020-08-03"), Some("2020-08-03")),
            (Some("2020-07-15T10:00"), None, Some("2020-07-15")),
            (None, None, None),
        ];
        for (e, a, want) in t {
            assert_eq!(event_day(e, a).as_deref(), want, "{e:?} {a:?}");
        }
    }

    #[test]
    fn hash_depends_on_date_and_text() {
        assert_eq!(content_hash(None, "a"), content_hash(None, "a"));
        assert_ne!(content_hash(None, "a"), content_hash(Some("2020"), "a"));
        assert_ne!(content_hash(None, "a"), content_hash(None, "b"));
        assert_eq!(content_hash(None, "a").len(), 64);
    }
}
