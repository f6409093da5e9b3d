//! The terminal view: an article's actors, who said what, when, and events,
//! laid out for reading.

use lagebild_core::output::OutDoc;
use std::io::{self, Write};

struct Style {
    on: bool,
}

impl Style {
    fn bold(&self, s: &str) -> String {
        if self.on {
            format!("\x1b[1m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn dim(&self, s: &str) -> String {
        if self.on {
            format!("\x1b[2m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

fn shorten(s: &str, max: usize) -> String {
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= max {
        s
    } else {
        let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

pub fn write(out: &mut impl Write, d: &OutDoc, color: bool) -> io::Result<()> {
    let st = Style { on: color };
    let title = match (&d.id, &d.date) {
        (Some(id), Some(date)) => format!("{id} ({date})"),
        (Some(id), None) => id.clone(),
        (None, Some(date)) => format!("({date})"),
        (None, None) => "Artikel".to_string(),
    };
    writeln!(out, "{}", st.bold(&format!("══ {title}")))?;

    writeln!(out, "\n{}", st.bold("Wer"))?;
    if d.entities.is_empty() {
        writeln!(out, "  {}", st.dim("(keine Akteure erkannt)"))?;
    }
    for e in &d.entities {
        let country = e
            .country
            .as_deref()
            .map(|c| format!(" [{c}]"))
            .unwrap_or_default();
        let roles = if e.roles.is_empty() {
            String::new()
        } else {
            format!(" — {}", e.roles.join("; "))
        };
        writeln!(
            out,
            "  {} {}{}{} {}",
            e.etype,
            st.bold(&e.name),
            country,
            roles,
            st.dim(&format!("({}×)", e.mentions.len()))
        )?;
    }

    writeln!(out, "\n{}", st.bold("Sagte was"))?;
    if d.quotes.is_empty() {
        writeln!(out, "  {}", st.dim("(keine Äußerungen erkannt)"))?;
    }
    for q in &d.quotes {
        let who = q
            .speaker
            .clone()
            .or_else(|| q.speaker_mention.as_ref().map(|m| m.text.clone()))
            .unwrap_or_else(|| "(unbekannt)".to_string());
        let cue = q
            .cue
            .as_deref()
            .map(|c| format!(", {c}"))
            .unwrap_or_default();
        writeln!(
            out,
            "  {}: »{}« {}",
            st.bold(&who),
            shorten(&q.text, 160),
            st.dim(&format!("[{}{}; {}–{}]", q.kind, cue, q.start, q.end))
        )?;
    }

    writeln!(out, "\n{}", st.bold("Wann"))?;
    if d.timexes.is_empty() {
        writeln!(out, "  {}", st.dim("(keine Zeitausdrücke erkannt)"))?;
    }
    for t in &d.timexes {
        let vague = if t.vague { " vage" } else { "" };
        writeln!(
            out,
            "  {:<28} {} {}",
            shorten(&t.text, 28),
            t.value,
            st.dim(&format!("[{}{vague}]", t.ttype))
        )?;
    }

    writeln!(out, "\n{}", st.bold("Tat was mit wem"))?;
    if d.events.is_empty() {
        writeln!(out, "  {}", st.dim("(keine Ereignisse erkannt)"))?;
    }
    for e in &d.events {
        let sc = e.source_country.as_deref().unwrap_or("?");
        let target = e.target.as_deref().unwrap_or("–");
        let tc = e.target_country.as_deref().unwrap_or("?");
        let date = e.date.as_deref().unwrap_or("–");
        let mode = e
            .mode
            .as_deref()
            .map(|m| format!("/{m}"))
            .unwrap_or_default();
        writeln!(
            out,
            "  {}{mode}: {} [{sc}] → {} [{tc}], {date}",
            st.bold(e.etype),
            e.source,
            target
        )?;
        writeln!(
            out,
            "    {}",
            st.dim(&format!(
                "»{}« ({})",
                shorten(&e.evidence.text, 120),
                e.rule
            ))
        )?;
    }
    writeln!(out)?;
    Ok(())
}
