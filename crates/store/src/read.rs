//! Read views: one article with all its layers, one actor across the corpus,
//! event counts over time, corpus figures. These are also the JSON bodies of
//! the HTTP API (`crates/server/API.md`).

use crate::normalize::fold;
use crate::write::date_bounds;
use crate::{Error, Result, Store};
use lagebild_core::EventType;
use rusqlite::types::Value;
use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A span of an article: code-point offsets and the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextSpan {
    pub start: i64,
    pub end: i64,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionRow {
    pub start: i64,
    pub end: i64,
    pub text: String,
    pub kind: String,
}

/// An actor as one article has it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ArticleEntity {
    pub idx: i64,
    pub actor_id: i64,
    pub name: String,
    #[serde(rename = "type")]
    pub etype: String,
    pub country: Option<String>,
    pub roles: Vec<String>,
    pub mentions: Vec<MentionRow>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ArticleQuote {
    pub id: i64,
    pub start: i64,
    pub end: i64,
    pub text: String,
    pub kind: String,
    pub speaker: Option<String>,
    pub speaker_actor_id: Option<i64>,
    pub speaker_mention: Option<TextSpan>,
    pub cue: Option<String>,
    pub spans: Vec<[i64; 2]>,
    pub rule: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TimexRow {
    pub start: i64,
    pub end: i64,
    pub text: String,
    #[serde(rename = "type")]
    pub ttype: String,
    pub value: String,
    pub vague: bool,
}

/// An article named in a list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleRef {
    pub id: i64,
    pub ext_id: String,
    pub date: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EventRow {
    pub id: i64,
    pub article: ArticleRef,
    #[serde(rename = "type")]
    pub etype: String,
    pub source: String,
    pub source_actor_id: Option<i64>,
    pub source_country: Option<String>,
    pub target: Option<String>,
    pub target_actor_id: Option<i64>,
    pub target_country: Option<String>,
    /// The TIMEX3 value the analyzer gave the event.
    pub date: Option<String>,
    /// The day it is placed on in timelines (its own date or the article's).
    pub day: Option<String>,
    pub mode: Option<String>,
    pub evidence: TextSpan,
    pub rule: String,
}

/// One article with every layer.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ArticleView {
    pub id: i64,
    pub ext_id: String,
    pub date: Option<String>,
    pub source: Option<String>,
    pub text: String,
    pub entities: Vec<ArticleEntity>,
    pub quotes: Vec<ArticleQuote>,
    pub timexes: Vec<TimexRow>,
    pub events: Vec<EventRow>,
}

/// A value with how often it occurs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Counted {
    pub value: String,
    pub n: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ActorRef {
    pub id: i64,
    pub name: String,
    #[serde(rename = "type")]
    pub etype: String,
}

/// An actor in a list.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ActorSummary {
    pub id: i64,
    pub name: String,
    #[serde(rename = "type")]
    pub etype: String,
    /// The country most articles give it.
    pub country: Option<String>,
    pub articles: i64,
    pub statements: i64,
}

/// A statement in an actor's list.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StatementRow {
    pub id: i64,
    pub article: ArticleRef,
    pub kind: String,
    pub cue: Option<String>,
    pub start: i64,
    pub end: i64,
    pub text: String,
}

/// One actor across the corpus.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ActorView {
    pub id: i64,
    pub name: String,
    #[serde(rename = "type")]
    pub etype: String,
    pub countries: Vec<Counted>,
    pub roles: Vec<Counted>,
    /// Articles that mention it, newest first, with the number of mentions.
    pub articles: Vec<(ArticleRef, i64)>,
    /// Everything it said, oldest first.
    pub statements: Vec<StatementRow>,
    pub events_as_source: Vec<EventRow>,
    pub events_as_target: Vec<EventRow>,
}

/// Which events a timeline counts.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct TimelineFilter {
    /// Events in which this actor is source or target.
    pub actor: Option<i64>,
    /// Events with a party of this country.
    pub country: Option<String>,
    /// Only this event type.
    pub event: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    /// `day`, `month` (default) or `year`.
    pub granularity: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TimelineBucket {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub period: String,
    pub counts: BTreeMap<String, i64>,
    pub total: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Timeline {
    pub granularity: String,
    /// The event types that occur, in PLOVER order.
    pub types: Vec<String>,
    pub buckets: Vec<TimelineBucket>,
    pub total: i64,
    /// Events with no date at all (neither their own nor their article's).
    pub undated: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Stats {
    pub articles: i64,
    pub actors: i64,
    pub quotes: i64,
    pub timexes: i64,
    pub events: i64,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
}

const EVENT_COLS: &str = "e.id, e.article_id, a.ext_id, a.date, e.type, e.source, e.source_actor_id, e.source_country, e.target, e.target_actor_id, e.target_country, e.date, e.day, e.mode, e.ev_start, e.ev_end, e.ev_text, e.rule";

fn event_row(r: &Row<'_>) -> rusqlite::Result<EventRow> {
    Ok(EventRow {
        id: r.get(0)?,
        article: ArticleRef {
            id: r.get(1)?,
            ext_id: r.get(2)?,
            date: r.get(3)?,
        },
        etype: r.get(4)?,
        source: r.get(5)?,
        source_actor_id: r.get(6)?,
        source_country: r.get(7)?,
        target: r.get(8)?,
        target_actor_id: r.get(9)?,
        target_country: r.get(10)?,
        date: r.get(11)?,
        day: r.get(12)?,
        mode: r.get(13)?,
        evidence: TextSpan {
            start: r.get(14)?,
            end: r.get(15)?,
            text: r.get(16)?,
        },
        rule: r.get(17)?,
    })
}

fn collect<T>(it: impl Iterator<Item = rusqlite::Result<T>>) -> Result<Vec<T>> {
    let mut v = Vec::new();
    for x in it {
        v.push(x?);
    }
    Ok(v)
}

fn check_country(c: &str) -> Result<String> {
    let c = c.trim().to_ascii_uppercase();
    if c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(c)
    } else {
        Err(Error::BadQuery(format!(
            "country {c:?} is not an ISO 3166-1 alpha-3 code"
        )))
    }
}

impl Store {
    /// One article with all its layers, or `None`.
    pub fn article(&self, id: i64) -> Result<Option<ArticleView>> {
        let head = self
            .conn
            .query_row(
                "SELECT id, ext_id, date, source, text FROM articles WHERE id = ?1",
                [id],
                |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, Option<String>>(2)?,
                        r.get::<_, Option<String>>(3)?,
                        r.get::<_, String>(4)?,
                    ))
                },
            )
            .optional()?;
        let Some((id, ext_id, date, source, text)) = head else {
            return Ok(None);
        };

        let mut st = self.conn.prepare_cached(
            "SELECT aa.idx, aa.actor_id, ac.name, ac.type, aa.country, aa.roles FROM article_actors aa JOIN actors ac ON ac.id = aa.actor_id WHERE aa.article_id = ?1 ORDER BY aa.idx",
        )?;
        let mut entities = collect(st.query_map([id], |r| {
            let roles: String = r.get(5)?;
            Ok(ArticleEntity {
                idx: r.get(0)?,
                actor_id: r.get(1)?,
                name: r.get(2)?,
                etype: r.get(3)?,
                country: r.get(4)?,
                roles: serde_json::from_str(&roles).unwrap_or_default(),
                mentions: Vec::new(),
            })
        })?)?;
        let mut st = self.conn.prepare_cached(
            "SELECT entity_idx, start, end, text, kind FROM mentions WHERE article_id = ?1 ORDER BY start",
        )?;
        let mentions = collect(st.query_map([id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                MentionRow {
                    start: r.get(1)?,
                    end: r.get(2)?,
                    text: r.get(3)?,
                    kind: r.get(4)?,
                },
            ))
        })?)?;
        for (idx, m) in mentions {
            if let Some(e) = entities.iter_mut().find(|e| e.idx == idx) {
                e.mentions.push(m);
            }
        }

        let mut st = self.conn.prepare_cached(
            "SELECT id, start, end, text, kind, speaker, speaker_actor_id, sm_start, sm_end, sm_text, cue, spans, rule FROM quotes WHERE article_id = ?1 ORDER BY idx",
        )?;
        let quotes = collect(st.query_map([id], |r| {
            let sm = match (
                r.get::<_, Option<i64>>(7)?,
                r.get::<_, Option<i64>>(8)?,
                r.get::<_, Option<String>>(9)?,
            ) {
                (Some(start), Some(end), Some(text)) => Some(TextSpan { start, end, text }),
                _ => None,
            };
            let spans: String = r.get(11)?;
            Ok(ArticleQuote {
                id: r.get(0)?,
                start: r.get(1)?,
                end: r.get(2)?,
                text: r.get(3)?,
                kind: r.get(4)?,
                speaker: r.get(5)?,
                speaker_actor_id: r.get(6)?,
                speaker_mention: sm,
                cue: r.get(10)?,
                spans: serde_json::from_str(&spans).unwrap_or_default(),
                rule: r.get(12)?,
            })
        })?)?;

        let mut st = self.conn.prepare_cached(
            "SELECT start, end, text, type, value, vague FROM timexes WHERE article_id = ?1 ORDER BY start",
        )?;
        let timexes = collect(st.query_map([id], |r| {
            Ok(TimexRow {
                start: r.get(0)?,
                end: r.get(1)?,
                text: r.get(2)?,
                ttype: r.get(3)?,
                value: r.get(4)?,
                vague: r.get(5)?,
            })
        })?)?;

        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {EVENT_COLS} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.article_id = ?1 ORDER BY e.idx"
        ))?;
        let events = collect(st.query_map([id], event_row)?)?;

        Ok(Some(ArticleView {
            id,
            ext_id,
            date,
            source,
            text,
            entities,
            quotes,
            timexes,
            events,
        }))
    }

    /// Actors whose name contains `q` (all when empty), in the most articles
    /// first.
    pub fn actors(&self, q: &str, limit: usize) -> Result<Vec<ActorSummary>> {
        self.actors_by(q, limit, false)
    }

    /// Actors whose name contains `q` and who said something, the most
    /// quoted first.
    pub fn speakers(&self, q: &str, limit: usize) -> Result<Vec<ActorSummary>> {
        self.actors_by(q, limit, true)
    }

    fn actors_by(&self, q: &str, limit: usize, by_statements: bool) -> Result<Vec<ActorSummary>> {
        if q.len() > crate::query::MAX_QUERY_BYTES {
            return Err(Error::BadQuery("actor query too long".into()));
        }
        let mut pat = String::from("%");
        for c in fold(q.trim()).chars() {
            if matches!(c, '%' | '_' | '\\') {
                pat.push('\\');
            }
            pat.push(c);
        }
        pat.push('%');
        let order = if by_statements {
            "HAVING st > 0 ORDER BY st DESC, count(DISTINCT aa.article_id) DESC, ac.name"
        } else {
            "ORDER BY count(DISTINCT aa.article_id) DESC, st DESC, ac.name"
        };
        let sql = format!(
            "SELECT ac.id, ac.name, ac.type, \
               (SELECT country FROM article_actors x WHERE x.actor_id = ac.id AND x.country IS NOT NULL GROUP BY country ORDER BY count(*) DESC, country LIMIT 1), \
               count(DISTINCT aa.article_id), \
               (SELECT count(*) FROM quotes q WHERE q.speaker_actor_id = ac.id) AS st \
             FROM actors ac JOIN article_actors aa ON aa.actor_id = ac.id \
             WHERE ac.fold LIKE ?1 ESCAPE '\\' \
             GROUP BY ac.id {order} LIMIT ?2"
        );
        let mut st = self.conn.prepare_cached(&sql)?;
        let v = collect(st.query_map(params![pat, limit.min(500) as i64], |r| {
            Ok(ActorSummary {
                id: r.get(0)?,
                name: r.get(1)?,
                etype: r.get(2)?,
                country: r.get(3)?,
                articles: r.get(4)?,
                statements: r.get(5)?,
            })
        })?)?;
        Ok(v)
    }

    /// One actor across the corpus, or `None`.
    pub fn actor(&self, id: i64) -> Result<Option<ActorView>> {
        let head = self
            .conn
            .query_row(
                "SELECT id, name, type FROM actors WHERE id = ?1",
                [id],
                |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                    ))
                },
            )
            .optional()?;
        let Some((id, name, etype)) = head else {
            return Ok(None);
        };
        let mut st = self.conn.prepare_cached(
            "SELECT country, count(*) FROM article_actors WHERE actor_id = ?1 AND country IS NOT NULL GROUP BY country ORDER BY count(*) DESC, country",
        )?;
        let countries = collect(st.query_map([id], |r| {
            Ok(Counted {
                value: r.get(0)?,
                n: r.get(1)?,
            })
        })?)?;
        let mut st = self
            .conn
            .prepare_cached("SELECT roles FROM article_actors WHERE actor_id = ?1")?;
        let mut role_counts: BTreeMap<String, i64> = BTreeMap::new();
        for r in st.query_map([id], |r| r.get::<_, String>(0))? {
            let roles: Vec<String> = serde_json::from_str(&r?).unwrap_or_default();
            for role in roles {
                *role_counts.entry(role).or_default() += 1;
            }
        }
        let mut roles: Vec<Counted> = role_counts
            .into_iter()
            .map(|(value, n)| Counted { value, n })
            .collect();
        roles.sort_by(|a, b| b.n.cmp(&a.n).then_with(|| a.value.cmp(&b.value)));

        let mut st = self.conn.prepare_cached(
            "SELECT a.id, a.ext_id, a.date, sum(aa.mentions) FROM article_actors aa JOIN articles a ON a.id = aa.article_id WHERE aa.actor_id = ?1 GROUP BY a.id ORDER BY a.date_start DESC, a.id DESC LIMIT 500",
        )?;
        let articles = collect(st.query_map([id], |r| {
            Ok((
                ArticleRef {
                    id: r.get(0)?,
                    ext_id: r.get(1)?,
                    date: r.get(2)?,
                },
                r.get::<_, i64>(3)?,
            ))
        })?)?;

        let mut st = self.conn.prepare_cached(
            "SELECT q.id, a.id, a.ext_id, a.date, q.kind, q.cue, q.start, q.end, q.text FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_actor_id = ?1 ORDER BY a.date_start IS NULL, a.date_start, a.id, q.start LIMIT 1000",
        )?;
        let statements = collect(st.query_map([id], |r| {
            Ok(StatementRow {
                id: r.get(0)?,
                article: ArticleRef {
                    id: r.get(1)?,
                    ext_id: r.get(2)?,
                    date: r.get(3)?,
                },
                kind: r.get(4)?,
                cue: r.get(5)?,
                start: r.get(6)?,
                end: r.get(7)?,
                text: r.get(8)?,
            })
        })?)?;

        let events_for = |col: &str| -> Result<Vec<EventRow>> {
            let mut st = self.conn.prepare_cached(&format!(
                "SELECT {EVENT_COLS} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.{col} = ?1 ORDER BY e.day IS NULL, e.day, e.id LIMIT 1000"
            ))?;
            let v = collect(st.query_map([id], event_row)?)?;
            Ok(v)
        };
        let events_as_source = events_for("source_actor_id")?;
        let events_as_target = events_for("target_actor_id")?;
        Ok(Some(ActorView {
            id,
            name,
            etype,
            countries,
            roles,
            articles,
            statements,
            events_as_source,
            events_as_target,
        }))
    }

    /// Events counted by type per period.
    pub fn timeline(&self, f: &TimelineFilter) -> Result<Timeline> {
        let gran = f.granularity.as_deref().unwrap_or("month");
        let len = match gran {
            "day" => 10,
            "month" => 7,
            "year" => 4,
            other => {
                return Err(Error::BadQuery(format!(
                    "granularity {other:?}: use day, month or year"
                )))
            }
        };
        let mut conds: Vec<String> = Vec::new();
        let mut params: Vec<Value> = Vec::new();
        if let Some(a) = f.actor {
            conds.push("(e.source_actor_id = ? OR e.target_actor_id = ?)".into());
            params.push(Value::Integer(a));
            params.push(Value::Integer(a));
        }
        if let Some(c) = f.country.as_deref().filter(|c| !c.trim().is_empty()) {
            let c = check_country(c)?;
            conds.push("(e.source_country = ? OR e.target_country = ?)".into());
            params.push(Value::Text(c.clone()));
            params.push(Value::Text(c));
        }
        if let Some(t) = f.event.as_deref().filter(|c| !c.trim().is_empty()) {
            let t = EventType::parse(t.trim())
                .ok_or_else(|| Error::BadQuery(format!("{t:?} is not a PLOVER event type")))?;
            conds.push("e.type = ?".into());
            params.push(Value::Text(t.as_str().into()));
        }
        let mut dated = conds.clone();
        let mut dparams = params.clone();
        if let Some(from) = f.from.as_deref().filter(|c| !c.trim().is_empty()) {
            let (s, _) = date_bounds(from.trim())
                .ok_or_else(|| Error::BadQuery(format!("from: {from:?} is not YYYY[-MM[-DD]]")))?;
            dated.push("e.day >= ?".into());
            dparams.push(Value::Text(s));
        }
        if let Some(to) = f.to.as_deref().filter(|c| !c.trim().is_empty()) {
            let (_, e) = date_bounds(to.trim())
                .ok_or_else(|| Error::BadQuery(format!("to: {to:?} is not YYYY[-MM[-DD]]")))?;
            dated.push("e.day <= ?".into());
            dparams.push(Value::Text(e));
        }
        dated.push("e.day IS NOT NULL".into());
        let sql = format!(
            "SELECT substr(e.day, 1, {len}) AS p, e.type, count(*) FROM events e WHERE {} GROUP BY p, e.type ORDER BY p",
            dated.join(" AND ")
        );
        let mut st = self.conn.prepare(&sql)?;
        let rows = collect(
            st.query_map(rusqlite::params_from_iter(dparams.iter()), |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            })?,
        )?;
        let mut buckets: Vec<TimelineBucket> = Vec::new();
        let mut seen_types = std::collections::BTreeSet::new();
        let mut total = 0;
        for (p, t, n) in rows {
            total += n;
            seen_types.insert(t.clone());
            match buckets.last_mut() {
                Some(b) if b.period == p => {
                    *b.counts.entry(t).or_default() += n;
                    b.total += n;
                }
                _ => {
                    let mut counts = BTreeMap::new();
                    counts.insert(t, n);
                    buckets.push(TimelineBucket {
                        period: p,
                        counts,
                        total: n,
                    });
                }
            }
        }
        let types = EventType::ALL
            .iter()
            .map(|t| t.as_str().to_string())
            .filter(|t| seen_types.contains(t))
            .collect();
        conds.push("e.day IS NULL".into());
        let undated: i64 = self.conn.query_row(
            &format!(
                "SELECT count(*) FROM events e WHERE {}",
                conds.join(" AND ")
            ),
            rusqlite::params_from_iter(params.iter()),
            |r| r.get(0),
        )?;
        Ok(Timeline {
            granularity: gran.to_string(),
            types,
            buckets,
            total,
            undated,
        })
    }

    /// Corpus figures.
    pub fn stats(&self) -> Result<Stats> {
        let count = |t: &str| -> Result<i64> {
            Ok(self
                .conn
                .query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))?)
        };
        let (first_date, last_date) = self.conn.query_row(
            "SELECT min(date_start), max(date_end) FROM articles",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(Stats {
            articles: count("articles")?,
            actors: self.conn.query_row(
                "SELECT count(DISTINCT actor_id) FROM article_actors",
                [],
                |r| r.get(0),
            )?,
            quotes: count("quotes")?,
            timexes: count("timexes")?,
            events: count("events")?,
            first_date,
            last_date,
        })
    }
}
