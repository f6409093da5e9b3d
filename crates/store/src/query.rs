//! Full-text search with filters.
//!
//! A query is split into words by the same [`normalize::words`] that builds
//! the index, so it can only ever contain letters and digits; each word still
//! reaches FTS5 as a double-quoted string (inner quotes doubled), never as
//! query syntax. Filters are SQL parameters.

use crate::normalize::{self, fold, stem, stem_folded};
use crate::write::date_bounds;
use crate::{Error, Result, Store};
use lagebild_core::EventType;
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};

/// The longest query accepted, in bytes.
pub const MAX_QUERY_BYTES: usize = 1000;
/// The most words a query may have.
pub const MAX_TERMS: usize = 16;
/// The most hits returned at once.
pub const MAX_LIMIT: usize = 200;

/// A search: words (all must occur) and filters. Every field is optional;
/// without words the filters alone select, newest first.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Query {
    /// Words, all of which must occur. A word ending in `*` matches as a
    /// prefix.
    #[serde(default)]
    pub text: String,
    /// Articles that mention an actor whose name contains this.
    pub actor: Option<String>,
    /// Statements by a speaker whose name contains this (and their articles).
    pub speaker: Option<String>,
    /// Articles with an actor or an event party of this ISO 3166-1 alpha-3
    /// country (or `IGO`).
    pub country: Option<String>,
    /// Articles with an event of this PLOVER type.
    pub event: Option<String>,
    /// Articles dated on or after this (YYYY, YYYY-MM or YYYY-MM-DD).
    pub from: Option<String>,
    /// Articles dated on or before this.
    pub to: Option<String>,
    pub limit: Option<usize>,
    pub offset: Option<usize>,
}

/// One search term after normalisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    /// The word as typed, lowercased (matched against the text column).
    pub raw: String,
    /// Its search key (matched against the normalised column).
    pub key: String,
    pub prefix: bool,
}

/// Quotes a string for FTS5: a double-quoted string in which `"` is doubled.
/// Whatever it contains is then one phrase, never an operator.
pub fn fts_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// Splits a query into terms.
pub fn parse_terms(text: &str) -> Result<Vec<Term>> {
    if text.len() > MAX_QUERY_BYTES {
        return Err(Error::BadQuery(format!(
            "query is {} bytes long; at most {MAX_QUERY_BYTES} are accepted",
            text.len()
        )));
    }
    let mut terms = Vec::new();
    for chunk in text.split_whitespace() {
        let prefix = chunk.ends_with('*');
        let ws: Vec<&str> = normalize::words(chunk).map(|(_, w)| w).collect();
        let n = ws.len();
        for (i, w) in ws.into_iter().enumerate() {
            let last = i + 1 == n;
            let p = prefix && last;
            let key = if p { fold(w) } else { stem(w) };
            terms.push(Term {
                raw: w.to_lowercase(),
                key,
                prefix: p,
            });
        }
    }
    if terms.len() > MAX_TERMS {
        return Err(Error::BadQuery(format!(
            "query has {} words; at most {MAX_TERMS} are accepted",
            terms.len()
        )));
    }
    Ok(terms)
}

/// The FTS5 MATCH expression: every term must occur, either as typed in one
/// of `raw_cols` or by its key in one of `key_cols`.
fn match_expr(terms: &[Term], raw_cols: &str, key_cols: &str) -> String {
    terms
        .iter()
        .map(|t| {
            let star = if t.prefix { "*" } else { "" };
            format!(
                "({{{raw_cols}}} : {}{star} OR {{{key_cols}}} : {}{star})",
                fts_quote(&t.raw),
                fts_quote(&t.key)
            )
        })
        .collect::<Vec<_>>()
        .join(" AND ")
}

/// Does a word of a text match one of the terms?
fn word_matches(word: &str, terms: &[Term]) -> bool {
    let f = fold(word);
    let k = stem_folded(&f);
    terms.iter().any(|t| {
        if t.prefix {
            f.starts_with(&t.key) || word.to_lowercase().starts_with(&t.raw)
        } else {
            k == t.key
        }
    })
}

/// Code-point spans of the words of `text` that match the terms.
pub fn highlight(text: &str, terms: &[Term]) -> Vec<[usize; 2]> {
    let mut out = Vec::new();
    if terms.is_empty() {
        return out;
    }
    let mut chars_before = 0usize;
    let mut last_byte = 0usize;
    for (b, w) in normalize::words(text) {
        chars_before += text[last_byte..b].chars().count();
        let n = w.chars().count();
        if word_matches(w, terms) {
            out.push([chars_before, chars_before + n]);
        }
        chars_before += n;
        last_byte = b + w.len();
    }
    out
}

/// The length in code points of a leading `date YYYY[-MM[-DD]]` file header
/// (with the white space around it), or 0.
fn header_chars(text: &str) -> usize {
    let t = text.trim_start();
    let lead = text.len() - t.len();
    let Some(rest) = t.strip_prefix("date ") else {
        return 0;
    };
    let date_len = rest.find(char::is_whitespace).unwrap_or(rest.len());
    if lagebild_core::DocDate::parse(&rest[..date_len]).is_none() {
        return 0;
    }
    let after = &rest[date_len..];
    let ws = after.len() - after.trim_start().len();
    text[..lead + 5 + date_len + ws].chars().count()
}

/// A window of about `width` characters around the first match, cut at word
/// boundaries, with the highlights inside it (code points into the snippet).
/// The file's `date` header is left out.
pub fn snippet(text: &str, terms: &[Term], width: usize) -> (String, Vec<[usize; 2]>) {
    let chars: Vec<char> = text.chars().collect();
    let skip = header_chars(text);
    let hl: Vec<[usize; 2]> = highlight(text, terms)
        .into_iter()
        .filter(|h| h[0] >= skip)
        .collect();
    let centre = hl.first().map(|h| h[0]).unwrap_or(skip);
    let mut start = centre.saturating_sub(width / 3).max(skip);
    let mut end = (start + width).min(chars.len());
    if end == chars.len() {
        start = end.saturating_sub(width).max(skip);
    }
    // Move to word boundaries.
    while start > skip && start < chars.len() && !chars[start - 1].is_whitespace() {
        start += 1;
        if start >= centre {
            break;
        }
    }
    while end < chars.len() && end > start && !chars[end].is_whitespace() {
        end -= 1;
    }
    if end <= start {
        end = (start + width).min(chars.len());
    }
    let mut s = String::new();
    let lead = start > skip;
    if lead {
        s.push('…');
    }
    let body: String = chars[start..end].iter().collect();
    let collapsed: String = body
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    s.push_str(&collapsed);
    if end < chars.len() {
        s.push('…');
    }
    let shift = usize::from(lead);
    let hls = hl
        .into_iter()
        .filter(|h| h[0] >= start && h[1] <= end)
        .map(|h| [h[0] - start + shift, h[1] - start + shift])
        .collect();
    (s, hls)
}

/// An article that matches.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ArticleHit {
    pub id: i64,
    pub ext_id: String,
    pub date: Option<String>,
    /// BM25 (lower is better); null without search words.
    pub score: Option<f64>,
    pub snippet: String,
    /// Code-point spans of matching words in `snippet`.
    pub highlights: Vec<[usize; 2]>,
    pub quotes: i64,
    pub events: i64,
}

/// A statement that matches (by its words or its speaker's name).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StatementHit {
    pub id: i64,
    pub article_id: i64,
    pub ext_id: String,
    pub date: Option<String>,
    pub speaker: Option<String>,
    pub speaker_actor_id: Option<i64>,
    pub kind: String,
    pub cue: Option<String>,
    /// Code-point offsets of the statement in its article.
    pub start: i64,
    pub end: i64,
    pub text: String,
    pub highlights: Vec<[usize; 2]>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SearchResults {
    pub query: Query,
    /// The search keys the words were normalised to.
    pub terms: Vec<String>,
    pub total_articles: i64,
    pub articles: Vec<ArticleHit>,
    pub total_statements: i64,
    pub statements: Vec<StatementHit>,
}

fn like_pattern(s: &str) -> String {
    let mut out = String::from("%");
    for c in fold(s.trim()).chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

fn non_empty(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Article-level conditions (on alias `a`) and their parameters.
fn article_filters(q: &Query, sql: &mut Vec<String>, params: &mut Vec<Value>) -> Result<()> {
    if let Some(actor) = non_empty(&q.actor) {
        sql.push("EXISTS (SELECT 1 FROM article_actors aa JOIN actors ac ON ac.id = aa.actor_id WHERE aa.article_id = a.id AND ac.fold LIKE ? ESCAPE '\\')".into());
        params.push(Value::Text(like_pattern(actor)));
    }
    if let Some(sp) = non_empty(&q.speaker) {
        sql.push("EXISTS (SELECT 1 FROM quotes q2 WHERE q2.article_id = a.id AND q2.speaker_fold LIKE ? ESCAPE '\\')".into());
        params.push(Value::Text(like_pattern(sp)));
    }
    if let Some(c) = non_empty(&q.country) {
        let c = c.to_ascii_uppercase();
        if c.len() != 3 || !c.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(Error::BadQuery(format!(
                "country {c:?} is not an ISO 3166-1 alpha-3 code"
            )));
        }
        sql.push("(EXISTS (SELECT 1 FROM article_actors aa WHERE aa.article_id = a.id AND aa.country = ?) OR EXISTS (SELECT 1 FROM events e2 WHERE e2.article_id = a.id AND (e2.source_country = ? OR e2.target_country = ?)))".into());
        for _ in 0..3 {
            params.push(Value::Text(c.clone()));
        }
    }
    if let Some(ev) = non_empty(&q.event) {
        let t = EventType::parse(ev).ok_or_else(|| {
            Error::BadQuery(format!(
                "{ev:?} is not a PLOVER event type (AGREE, CONSULT, …)"
            ))
        })?;
        sql.push(
            "EXISTS (SELECT 1 FROM events e3 WHERE e3.article_id = a.id AND e3.type = ?)".into(),
        );
        params.push(Value::Text(t.as_str().to_string()));
    }
    if let Some(from) = non_empty(&q.from) {
        let (s, _) = date_bounds(from)
            .ok_or_else(|| Error::BadQuery(format!("from: {from:?} is not YYYY[-MM[-DD]]")))?;
        sql.push("a.date_end >= ?".into());
        params.push(Value::Text(s));
    }
    if let Some(to) = non_empty(&q.to) {
        let (_, e) = date_bounds(to)
            .ok_or_else(|| Error::BadQuery(format!("to: {to:?} is not YYYY[-MM[-DD]]")))?;
        sql.push("a.date_start <= ?".into());
        params.push(Value::Text(e));
    }
    Ok(())
}

impl Store {
    /// Searches articles and statements.
    pub fn search(&self, q: &Query) -> Result<SearchResults> {
        let terms = parse_terms(&q.text)?;
        let limit = q.limit.unwrap_or(20).min(MAX_LIMIT) as i64;
        let offset = q.offset.unwrap_or(0).min(1_000_000) as i64;

        // Articles.
        let mut conds = Vec::new();
        let mut params: Vec<Value> = Vec::new();
        let from_clause;
        let score;
        let order;
        if terms.is_empty() {
            from_clause = "articles a".to_string();
            score = "NULL";
            order = "a.date_start DESC, a.id DESC";
        } else {
            from_clause = "articles_fts JOIN articles a ON a.id = articles_fts.rowid".to_string();
            conds.push("articles_fts MATCH ?".to_string());
            params.push(Value::Text(match_expr(&terms, "text", "norm")));
            score = "bm25(articles_fts)";
            order = "3 ASC, a.id ASC";
        }
        article_filters(q, &mut conds, &mut params)?;
        let where_ = if conds.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", conds.join(" AND "))
        };
        let total_articles: i64 = self.conn.query_row(
            &format!("SELECT count(*) FROM {from_clause} {where_}"),
            rusqlite::params_from_iter(params.iter()),
            |r| r.get(0),
        )?;
        let sql = format!(
            "SELECT a.id, a.ext_id, {score}, a.date, a.text, \
             (SELECT count(*) FROM quotes qq WHERE qq.article_id = a.id), \
             (SELECT count(*) FROM events ee WHERE ee.article_id = a.id) \
             FROM {from_clause} {where_} ORDER BY {order} LIMIT ? OFFSET ?"
        );
        let mut p = params.clone();
        p.push(Value::Integer(limit));
        p.push(Value::Integer(offset));
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map(rusqlite::params_from_iter(p.iter()), |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<f64>>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, i64>(5)?,
                r.get::<_, i64>(6)?,
            ))
        })?;
        let mut articles = Vec::new();
        for row in rows {
            let (id, ext_id, score, date, text, quotes, events) = row?;
            let (snippet, highlights) = snippet(&text, &terms, 240);
            articles.push(ArticleHit {
                id,
                ext_id,
                date,
                score,
                snippet,
                highlights,
                quotes,
                events,
            });
        }

        // Statements: by their words or their speaker, within the articles
        // the filters select.
        let mut conds = Vec::new();
        let mut params: Vec<Value> = Vec::new();
        let from_clause = if terms.is_empty() {
            "quotes q JOIN articles a ON a.id = q.article_id".to_string()
        } else {
            conds.push("quotes_fts MATCH ?".to_string());
            params.push(Value::Text(match_expr(
                &terms,
                "text speaker",
                "norm speaker_norm",
            )));
            "quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid JOIN articles a ON a.id = q.article_id".to_string()
        };
        if let Some(sp) = non_empty(&q.speaker) {
            conds.push("q.speaker_fold LIKE ? ESCAPE '\\'".into());
            params.push(Value::Text(like_pattern(sp)));
        }
        let mut q2 = q.clone();
        q2.speaker = None;
        article_filters(&q2, &mut conds, &mut params)?;
        let (total_statements, statements) = if terms.is_empty() && conds.is_empty() {
            // Without words or filters every statement would match: list none.
            (0, Vec::new())
        } else {
            let where_ = format!("WHERE {}", conds.join(" AND "));
            let total: i64 = self.conn.query_row(
                &format!("SELECT count(*) FROM {from_clause} {where_}"),
                rusqlite::params_from_iter(params.iter()),
                |r| r.get(0),
            )?;
            let order = if terms.is_empty() {
                "a.date_start DESC, q.article_id, q.start"
            } else {
                "bm25(quotes_fts), q.id"
            };
            let sql = format!(
                "SELECT q.id, q.article_id, a.ext_id, a.date, q.speaker, q.speaker_actor_id, q.kind, q.cue, q.start, q.end, q.text \
                 FROM {from_clause} {where_} ORDER BY {order} LIMIT ? OFFSET ?"
            );
            params.push(Value::Integer(limit));
            params.push(Value::Integer(offset));
            let mut st = self.conn.prepare(&sql)?;
            let rows = st.query_map(rusqlite::params_from_iter(params.iter()), |r| {
                let text: String = r.get(10)?;
                Ok(StatementHit {
                    id: r.get(0)?,
                    article_id: r.get(1)?,
                    ext_id: r.get(2)?,
                    date: r.get(3)?,
                    speaker: r.get(4)?,
                    speaker_actor_id: r.get(5)?,
                    kind: r.get(6)?,
                    cue: r.get(7)?,
                    start: r.get(8)?,
                    end: r.get(9)?,
                    highlights: highlight(&text, &terms),
                    text,
                })
            })?;
            let mut v = Vec::new();
            for r in rows {
                v.push(r?);
            }
            (total, v)
        };

        Ok(SearchResults {
            query: q.clone(),
            terms: terms.iter().map(|t| t.key.clone()).collect(),
            total_articles,
            articles,
            total_statements,
            statements,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_neutralises_fts_syntax() {
        assert_eq!(fts_quote("a\"b"), "\"a\"\"b\"");
        assert_eq!(fts_quote("NEAR"), "\"NEAR\"");
    }

    #[test]
    fn terms_keep_only_words() {
        let t = parse_terms("\"Ärzte\" OR NEAR(x y) -- ; DROP TABLE articles; ärztl*").unwrap();
        let keys: Vec<_> = t.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(
            keys,
            ["arzt", "or", "near", "x", "y", "drop", "tabl", "articl", "arztl"]
        );
        assert!(t.last().unwrap().prefix);
        assert!(parse_terms(&"a ".repeat(17)).is_err());
        assert!(parse_terms(&"x".repeat(MAX_QUERY_BYTES + 1)).is_err());
        assert!(parse_terms("  ").unwrap().is_empty());
    }

    #[test]
    fn highlights_are_code_points() {
        let terms = parse_terms("Ärzte").unwrap();
        let text = "Die Ärztin und die Aerzte: ärztlich.";
        let hl = highlight(text, &terms);
        let chars: Vec<char> = text.chars().collect();
        let got: Vec<String> = hl
            .iter()
            .map(|h| chars[h[0]..h[1]].iter().collect())
            .collect();
        assert_eq!(got, ["Ärztin", "Aerzte", "ärztlich"]);
    }

    #[test]
    fn snippet_centres_on_first_match() {
        let text = format!(
            "{} Merkel sagte etwas. {}",
            "Wort ".repeat(100),
            "Ende ".repeat(100)
        );
        let terms = parse_terms("merkel").unwrap();
        let (s, hl) = snippet(&text, &terms, 80);
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        let chars: Vec<char> = s.chars().collect();
        assert_eq!(hl.len(), 1);
        let w: String = chars[hl[0][0]..hl[0][1]].iter().collect();
        assert_eq!(w, "Merkel");
        let (s, hl) = snippet("kurz", &terms, 80);
        assert_eq!((s.as_str(), hl.len()), ("kurz", 0));
        let (s, _) = snippet("", &terms, 80);
        assert_eq!(s, "");
        let (s, hl) = snippet("date 2020-07 Merkel kam.", &terms, 80);
        assert_eq!((s.as_str(), hl), ("Merkel kam.", vec![[0, 6]]));
        let (s, _) = snippet("date gestern kam sie.", &terms, 80);
        assert_eq!(s, "date gestern kam sie.");
    }
}
