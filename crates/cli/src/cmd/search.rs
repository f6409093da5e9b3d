//! `lagebild search`: full-text search over a corpus, with German
//! normalisation and filters; a table for people, JSON for programs.

use anyhow::{Context, Result};
use lagebild_store::{Query, SearchResults, Store};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The search results as one JSON object (the API's `/api/search` body).
    Json,
    /// A readable table.
    Table,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Words that must all occur (German-normalised: "Ärzte" finds
    /// "Aerzte", "ärztlich"; a word ending in `*` is a prefix). May be empty
    /// when filters are given.
    pub query: Vec<String>,
    /// The corpus file.
    #[arg(long)]
    pub db: PathBuf,
    /// Output format [default: table on a terminal, json otherwise].
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Only articles mentioning an actor whose name contains this.
    #[arg(long)]
    pub actor: Option<String>,
    /// Only statements by (and articles quoting) a speaker whose name contains this.
    #[arg(long)]
    pub speaker: Option<String>,
    /// Only articles with an actor or event party of this ISO 3166-1 alpha-3 country.
    #[arg(long)]
    pub country: Option<String>,
    /// Only articles with an event of this PLOVER type (CONSULT, ACCUSE, …).
    #[arg(long)]
    pub event: Option<String>,
    /// Only articles dated on or after this (YYYY[-MM[-DD]]).
    #[arg(long)]
    pub from: Option<String>,
    /// Only articles dated on or before this (YYYY[-MM[-DD]]).
    #[arg(long)]
    pub to: Option<String>,
    /// Hits per list.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    /// Skip this many hits (paging).
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let store = Store::open_read_only(&args.db)
        .with_context(|| format!("{}: cannot open corpus", args.db.display()))?;
    let q = Query {
        text: args.query.join(" "),
        actor: args.actor,
        speaker: args.speaker,
        country: args.country,
        event: args.event,
        from: args.from,
        to: args.to,
        limit: Some(args.limit),
        offset: Some(args.offset),
    };
    let r = store.search(&q)?;
    let stdout = std::io::stdout();
    let tty = stdout.is_terminal();
    let format = args
        .format
        .unwrap_or(if tty { Format::Table } else { Format::Json });
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &r)?;
            writeln!(out)?;
        }
        Format::Table => {
            let color = tty && std::env::var_os("NO_COLOR").is_none();
            table(&mut out, &r, color)?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Marks the highlighted code-point spans (bold on a terminal, «…» otherwise).
fn marked(text: &str, hl: &[[usize; 2]], color: bool) -> String {
    let (open, close) = if color {
        ("\x1b[1;33m", "\x1b[0m")
    } else {
        ("«", "»")
    };
    let mut out = String::with_capacity(text.len() + hl.len() * 8);
    let mut k = 0;
    for (i, c) in text.chars().enumerate() {
        if k < hl.len() && hl[k][0] == i {
            out.push_str(open);
        }
        out.push(if c.is_whitespace() { ' ' } else { c });
        if k < hl.len() && hl[k][1] == i + 1 {
            out.push_str(close);
            k += 1;
        }
    }
    out
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

fn table(out: &mut impl Write, r: &SearchResults, color: bool) -> std::io::Result<()> {
    let bold = |s: &str| {
        if color {
            format!("\x1b[1m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    };
    writeln!(
        out,
        "{}",
        bold(&format!(
            "Artikel: {} Treffer (zeige {})",
            r.total_articles,
            r.articles.len()
        ))
    )?;
    if !r.articles.is_empty() {
        writeln!(
            out,
            "{:>6}  {:<10}  {:<28}  Auszug",
            "id", "Datum", "Artikel"
        )?;
    }
    for a in &r.articles {
        writeln!(
            out,
            "{:>6}  {:<10}  {:<28}  {}",
            a.id,
            a.date.as_deref().unwrap_or("–"),
            shorten(&a.ext_id, 28),
            marked(&a.snippet, &a.highlights, color)
        )?;
    }
    writeln!(
        out,
        "\n{}",
        bold(&format!(
            "Äußerungen: {} Treffer (zeige {})",
            r.total_statements,
            r.statements.len()
        ))
    )?;
    if !r.statements.is_empty() {
        writeln!(
            out,
            "{:>6}  {:<10}  {:<24}  {:<8}  Inhalt",
            "Artikel", "Datum", "Sprecher", "Art"
        )?;
    }
    for s in &r.statements {
        let text = if s.text.chars().count() > 160 {
            shorten(&s.text, 160)
        } else {
            marked(&s.text, &s.highlights, color)
        };
        writeln!(
            out,
            "{:>6}  {:<10}  {:<24}  {:<8}  {}",
            s.article_id,
            s.date.as_deref().unwrap_or("–"),
            shorten(s.speaker.as_deref().unwrap_or("(unbekannt)"), 24),
            s.kind,
            text
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marking_uses_code_points() {
        assert_eq!(
            marked("Die Ärzte\nstreiken", &[[4, 9]], false),
            "Die «Ärzte» streiken"
        );
        assert_eq!(marked("", &[], false), "");
    }
}
