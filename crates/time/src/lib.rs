//! German temporal expressions normalised to TIMEX3 against the document date.
//!
//! Why rules: the expressions are a closed, well-described family ("am
//! vergangenen Samstag", "Mitte des Jahres", "zweijährige") and the hard part is
//! normalisation, which needs calendar logic and the document date, not a
//! statistical model. The rules are data (`rules/*.rules`, one file per family:
//! dates, eras, weekdays, parts of day and clock times, relative expressions,
//! durations, sets, seasons and holidays, vague references) so that a linguist
//! can extend them without touching the engine; the engine (`scan.rs`) matches
//! token patterns in linear time and `norm.rs` turns a match into a value.
//!
//! Why our own tokens: recognition must not depend on how the segmenter splits
//! "19.08.2014" or "1930er-Jahre"; we split the body into letter runs, digit
//! runs and single symbols and read glue (no white space) off the text. The
//! segmenter's sentences, when present, bound the clause used for tense.
//!
//! Normalisation policy (see `norm.rs`, `tense.rs` and the crate README):
//! news resolve relative expressions against the document date as far as its
//! precision allows (month precision: "am Mittwoch" = `XXXX-WXX-3`); weekdays
//! with a day-precision date follow the tense of the clause (past or present:
//! the most recent such day, future: the next; "letzten"/"kommenden" strictly
//! before/after). Narrative text (or text without a date) anchors on the last
//! date mentioned before the expression, as HeidelTime does.

mod norm;
mod rules;
mod scan;
mod tense;
pub mod timex2;

pub use norm::{duration, easter};
pub use rules::FILES as RULE_FILES;

use lagebild_core::{Analysis, DocDate, LowerText, Result, Sentence, Span, Stage, Timex};
use norm::{Ctx, Ref};
use rules::RuleSet;
use scan::{Kind, Match, Matcher, Toks};
use tense::Tense;

/// How relative expressions are anchored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DocKind {
    /// News: against the document date (when there is one).
    #[default]
    News,
    /// Narratives (history articles): against the last date mentioned.
    Narrative,
}

/// The time stage.
#[derive(Debug)]
pub struct TimeTagger {
    rules: RuleSet,
    kind: DocKind,
    notyear: Option<u16>,
    month_class: Option<u16>,
    age: Option<u16>,
    measure: Option<u16>,
}

impl Default for TimeTagger {
    fn default() -> Self {
        Self::new()
    }
}

impl TimeTagger {
    /// The tagger for news. The rule files are compiled in and checked by the
    /// tests, so this only fails on a broken build; see [`TimeTagger::try_new`].
    pub fn new() -> Self {
        match Self::try_new() {
            Ok(t) => t,
            Err(e) => panic!("lagebild-time: compiled-in rules are malformed: {e}"),
        }
    }

    /// Parses the compiled-in rule files.
    pub fn try_new() -> std::result::Result<Self, String> {
        let rules = RuleSet::load()?;
        tense::init();
        let notyear = rules.class("NOTYEAR");
        let month_class = rules.class("MONTH");
        let age = rules.class("AGE");
        let measure = rules.class("SPEEDUNIT");
        Ok(TimeTagger {
            rules,
            kind: DocKind::News,
            notyear,
            month_class,
            age,
            measure,
        })
    }

    /// The same tagger with another document kind.
    pub fn with_kind(mut self, kind: DocKind) -> Self {
        self.kind = kind;
        self
    }

    /// Number of rules loaded (for tests and diagnostics).
    pub fn rule_count(&self) -> usize {
        self.rules.rules.len()
    }

    /// Tags `text[body]`. `date` is the document date; `sentences` (may be
    /// empty) bound the clauses used for tense.
    pub fn tag(
        &self,
        text: &str,
        body: Span,
        date: Option<DocDate>,
        sentences: &[Sentence],
    ) -> Vec<Timex> {
        self.tag_lowered(text, None, body, date, sentences)
    }

    /// [`TimeTagger::tag`] with the text's lower-cased form, byte-aligned
    /// with it (`lagebild_core::LowerText`), when known: the tokens take
    /// their lower-cased texts from it instead of lower-casing each.
    pub fn tag_lowered(
        &self,
        text: &str,
        lowered: Option<&str>,
        body: Span,
        date: Option<DocDate>,
        sentences: &[Sentence],
    ) -> Vec<Timex> {
        let body = clamp(text, body);
        let toks = Toks::new(text, lowered, body, &self.rules);
        let n = toks.len();
        if n == 0 {
            return Vec::new();
        }
        let (sent_of, clause_of) = boundaries(&toks, sentences);
        let clause_rng = ranges(&clause_of);
        let in_paren = parenthesised(&toks);
        let sent_rng = ranges(&sent_of);
        let mut tense_cache: Vec<Option<Option<Tense>>> =
            vec![None; clause_of.last().map_or(0, |&c| c as usize + 1)];
        let mut sent_tense_cache: Vec<Option<Option<Tense>>> =
            vec![None; sent_of.last().map_or(0, |&s| s as usize + 1)];
        let narrative = self.kind == DocKind::Narrative || date.is_none();
        let mut anchor = Ref::default();
        // where the expression that last moved the anchor ends (bytes)
        let mut anchor_end = 0usize;
        // news: the last day mentioned that is not after the document date
        // (a part of the day in a past clause belongs to it even when a
        // future date was named since: "tritt sein Amt am 1. Januar an …
        // gratulierte noch in der Wahlnacht")
        let mut past_day = Ref::default();
        // a month-precision document: the last weekday named ("am Dienstag"
        // → XXXX-WXX-2) and where it ends; it gives a later "am Abend" its day
        let mut last_weekday: Option<(u8, usize)> = None;
        // the sentence of that expression
        let mut anchor_sent: Option<u32> = None;
        let dct = if self.kind == DocKind::News {
            date
        } else {
            None
        };
        let matcher = Matcher {
            rules: &self.rules,
            toks: &toks,
        };
        let mut out = Vec::new();
        let mut cands = Vec::with_capacity(64);
        let mut matches: Vec<Match> = Vec::new();
        let mut caps = Vec::new();
        let near = matcher.near_strong();
        let mut i = 0;
        while i < n {
            if !near[i] {
                i += 1;
                continue;
            }
            matcher.candidates(i, &mut cands);
            if cands.is_empty() {
                i += 1;
                continue;
            }
            matches.clear();
            for &ri in &cands {
                matcher.match_rule(ri, i, &mut caps, &mut matches);
            }
            matches.sort_by(|a, b| b.end.cmp(&a.end).then(a.rule.cmp(&b.rule)));
            let mut done = false;
            for m in &matches {
                let rule = &self.rules.rules[m.rule];
                let clause = clause_of[m.start] as usize;
                let word = |k: usize| (toks.lower(k), toks.toks[k].upper && !is_first(&sent_of, k));
                let alpha = |k: &usize| toks.toks[*k].kind == Kind::Alpha;
                let tense = *tense_cache[clause].get_or_insert_with(|| {
                    let (a, b) = clause_rng[clause];
                    tense::tense_of((a..b).filter(alpha).map(word))
                });
                // "für Freitag" schedules: the day lies ahead whatever the
                // verb's tense ("berief für Freitag einen Gipfel ein") —
                // unless it belongs to an attributive participle ("der für
                // Sonntag geplante Start war verschoben worden"), whose time
                // the clause's verb places
                let attributive = || {
                    (m.end..(m.end + 4).min(n)).any(|k| {
                        let w = toks.lower(k);
                        tense::SCHEDULED
                            .iter()
                            .any(|s| w.len() > s.len() && w.starts_with(s))
                    })
                };
                let scheduled = m.start > 0 && toks.lower(m.start - 1) == "für" && !attributive();
                // "verschob die Wahl auf den 15. Dezember", "auf Dezember
                // vertagt": the new date lies ahead
                let postponed = || {
                    let target = (m.start > 0 && toks.lower(m.start - 1) == "auf")
                        || matches!(toks.lower(m.start), "auf")
                        || (m.start > 1
                            && toks.lower(m.start - 2) == "auf"
                            && matches!(toks.lower(m.start - 1), "den" | "das"));
                    target && {
                        let (a, b) = clause_rng[clause];
                        (a..b).any(|k| {
                            let w = toks.lower(k);
                            tense::POSTPONE.iter().any(|p| w.starts_with(p))
                        })
                    }
                };
                // (a postponement names a later date for sure; "für den 28.
                // April aufgerufen" may lie behind by now)
                let ahead = postponed();
                let tense = if scheduled || ahead {
                    Some(Tense::Future)
                } else {
                    tense
                };
                let tense = tense.or_else(|| {
                    let s = sent_of[m.start] as usize;
                    *sent_tense_cache[s].get_or_insert_with(|| {
                        let (a, b) = sent_rng[s];
                        tense::tense_of((a..b).filter(alpha).map(word))
                    })
                });
                let reference = match date {
                    Some(d) if !narrative => Ref::from_doc(d),
                    _ => anchor,
                };
                let ctx = Ctx {
                    reference,
                    anchor,
                    dct,
                    narrative,
                    tense,
                    ahead,
                    toks: &toks,
                    notyear: self.notyear,
                    month_class: self.month_class,
                    age: self.age,
                    measure: self.measure,
                    text,
                    here: toks.toks[m.start].span().start,
                    anchor_end,
                    past_day,
                    weekday_focus: last_weekday
                        .filter(|&(_, end)| end > anchor_end)
                        .map(|(d, _)| d),
                };
                if let Some(v) = norm::normalise(rule.action, rule.ttype, m, &ctx) {
                    let span = Span::new(
                        toks.toks[m.start].span().start,
                        toks.toks[m.end - 1].span().end,
                    );
                    if let Some(a) = v.anchor {
                        // "seit 1939" looks back from the story's time: it
                        // does not move the anchor
                        // a bare year before the story's year is an aside
                        // ("die Grenze von 1920")
                        let earlier_year = !a.bc
                            && !anchor.bc
                            && anchor.year.zip(a.year).is_some_and(|(old, new)| new < old);
                        // (unless it opens a paragraph or is a heading: "1862
                        // setzte der Norden …" starts a new thread; not so a
                        // pluperfect look back: "Ab 1778 hatte sich …")
                        let opens_thread = toks.toks[m.start].newline && {
                            let (a, b) = clause_rng[clause];
                            !(a..b).any(|k| matches!(toks.lower(k), "hatte" | "hatten"))
                        };
                        let backwards_year = a.month.is_none() && earlier_year && !opens_thread;
                        // "beim Kriegsrat vom 8. Dezember 1912" (an attribute
                        // that looks back) and "bis zum 9. Januar 1916" (a
                        // range's end) do not move it either
                        let prev = if m.start > 0 {
                            toks.lower(m.start - 1)
                        } else {
                            ""
                        };
                        let attribute_back = earlier_year && toks.lower(m.start) == "vom";
                        // a later year in the sentence that set the anchor is
                        // an aside ("Am 27. September wurde das Höchstalter,
                        // beginnend mit dem 15. Juli 1863, erhöht")
                        let later_in_sentence = anchor_sent == Some(sent_of[m.start])
                            && !a.bc
                            && !anchor.bc
                            && anchor.year.zip(a.year).is_some_and(|(old, new)| new > old);
                        if !matches!(toks.lower(m.start), "seit" | "bis")
                            && !matches!(prev, "seit" | "bis")
                            && !attribute_back
                            && !later_in_sentence
                            && !backwards_year
                            && !in_paren[m.start]
                        {
                            anchor.update(a);
                            anchor_end = span.end;
                            if dct.is_some_and(|d| anchor.on_or_before(d)) {
                                past_day = anchor;
                            }
                            anchor_sent = Some(sent_of[m.start]);
                        }
                    }
                    if let Some(d) = unresolved_weekday(&v.value) {
                        if v.ttype != lagebild_core::TimexType::Set {
                            last_weekday = Some((d, span.end));
                        }
                    }
                    out.push(Timex {
                        span,
                        ttype: v.ttype,
                        value: v.value,
                        vague: v.vague,
                        rule: rule.label.clone(),
                    });
                    i = m.end;
                    done = true;
                    break;
                }
            }
            if !done {
                i += 1;
            }
        }
        clock_on_named_day(text, &mut out);
        out
    }
}

/// "um 14 Uhr am 5. Juli", "gegen 20 Uhr am Dienstag": a clock time right
/// before a day takes that day (a post-pass over the expressions found).
fn clock_on_named_day(text: &str, out: &mut [Timex]) {
    for k in 1..out.len() {
        let (a, b) = out.split_at_mut(k);
        let (clock, day) = (&mut a[k - 1], &b[0]);
        let between = text.get(clock.span.end..day.span.start).unwrap_or("x");
        let date_len = "2020-07-15".len();
        // (a value that begins with a calendar day)
        let full_day = |v: &str| {
            v.get(..date_len)
                .is_some_and(|d| d.parse::<jiff::civil::Date>().is_ok())
        };
        if clock.rule.starts_with("time:daytime:clock")
            && between.trim().is_empty()
            && text
                .get(day.span.start..day.span.start + 3)
                .is_some_and(|p| p.eq_ignore_ascii_case("am "))
            && full_day(&day.value)
            && clock.value.len() > date_len
            && clock.value.as_bytes()[date_len] == b'T'
        {
            let time = clock.value[date_len..].to_string();
            clock.value = format!("{}{time}", &day.value[..date_len]);
        }
    }
}

/// The weekday of a value such as `XXXX-WXX-2` or `XXXX-WXX-2TEV`.
fn unresolved_weekday(v: &str) -> Option<u8> {
    let d = v.strip_prefix("XXXX-WXX-")?.as_bytes().first()?;
    (b'1'..=b'7').contains(d).then(|| d - b'0')
}

fn clamp(text: &str, s: Span) -> Span {
    let mut a = s.start.min(text.len());
    let mut b = s.end.min(text.len()).max(a);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    Span::new(a, b.max(a))
}

/// Whether each token stands inside parentheses (asides such as "(1912/13)"
/// do not move the narrative anchor). A line break closes open parentheses.
fn parenthesised(toks: &Toks) -> Vec<bool> {
    let mut depth = 0u32;
    let mut out = Vec::with_capacity(toks.len());
    for k in 0..toks.len() {
        if toks.toks[k].newline {
            depth = 0;
        }
        // (brackets are punctuation tokens: letter and digit runs need no
        // look at their text)
        if toks.toks[k].kind == Kind::Punct {
            match toks.lower(k) {
                "(" | "[" => depth += 1,
                ")" | "]" => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        out.push(depth > 0);
    }
    out
}

/// Token ranges of consecutive equal ids (ids are 0, 1, 2, … in order).
fn ranges(ids: &[u32]) -> Vec<(usize, usize)> {
    let mut r: Vec<(usize, usize)> = Vec::with_capacity(ids.last().map_or(0, |&l| l as usize + 1));
    for (k, &id) in ids.iter().enumerate() {
        let id = id as usize;
        if id == r.len() {
            r.push((k, k + 1));
        } else if let Some(last) = r.last_mut() {
            last.1 = k + 1;
        }
    }
    r
}

fn is_first(sent_of: &[u32], k: usize) -> bool {
    k == 0 || sent_of[k - 1] != sent_of[k]
}

/// Sentence and clause index of every token. Sentences come from the
/// segmenter when it ran; otherwise a line break or a ".", "!", "?" before a
/// capitalised word (not after a number: "3. Oktober") ends one. Clauses end
/// at , ; : ( ) and dashes.
/// Per token, its sentence and clause number (`u32`: 8 bytes a token).
fn boundaries(toks: &Toks, sentences: &[Sentence]) -> (Vec<u32>, Vec<u32>) {
    let n = toks.len();
    let mut sent = Vec::with_capacity(n);
    let mut clause = Vec::with_capacity(n);
    let (mut s, mut c) = (0u32, 0u32);
    let mut si = 0usize;
    for k in 0..n {
        let t = &toks.toks[k];
        if k > 0 {
            let new_sentence = if !sentences.is_empty() {
                let mut moved = false;
                while si + 1 < sentences.len() && sentences[si].span.end <= t.span().start {
                    si += 1;
                    moved = true;
                }
                moved
            } else {
                t.newline
                    || (toks.toks[k - 1].kind == Kind::Punct
                        && matches!(toks.lower(k - 1), "." | "!" | "?")
                        && !t.glued
                        && t.upper
                        && !(k >= 2 && toks.toks[k - 2].kind == Kind::Digit)
                        && !(k >= 2
                            && toks.toks[k - 2].kind == Kind::Alpha
                            && toks.toks[k - 2].span().len() <= 2))
            };
            if new_sentence {
                s = s.saturating_add(1);
                c = c.saturating_add(1);
            } else if toks.toks[k - 1].kind == Kind::Punct
                && matches!(toks.lower(k - 1), "," | ";" | ":" | "(" | ")" | "–" | "—")
            {
                c = c.saturating_add(1);
            }
        }
        sent.push(s);
        clause.push(c);
    }
    (sent, clause)
}

impl Stage for TimeTagger {
    fn name(&self) -> &'static str {
        "time"
    }
    fn run(&self, analysis: &mut Analysis) -> Result<()> {
        LowerText::make(analysis);
        let doc = &analysis.doc;
        let found = self.tag_lowered(
            &doc.text,
            LowerText::get(analysis),
            doc.body,
            doc.date,
            &analysis.sentences,
        );
        analysis.timexes.extend(found);
        Ok(())
    }
}
