//! The rule files: a word lexicon (classes with values) and token patterns.
//!
//! The syntax is described in `rules/README.md`. Files are compiled in with
//! `include_str!` and parsed once when the tagger is built; a malformed line is
//! an error that names the file and line.

use lagebild_core::TimexType;
use rustc_hash::FxHashMap as HashMap;

/// The rule files, one per family of expressions, in priority order (earlier
/// rules win ties between matches of the same length).
pub const FILES: &[(&str, &str)] = &[
    ("dates.rules", include_str!("../rules/dates.rules")),
    ("eras.rules", include_str!("../rules/eras.rules")),
    ("daytime.rules", include_str!("../rules/daytime.rules")),
    ("weekdays.rules", include_str!("../rules/weekdays.rules")),
    ("relative.rules", include_str!("../rules/relative.rules")),
    ("durations.rules", include_str!("../rules/durations.rules")),
    ("sets.rules", include_str!("../rules/sets.rules")),
    (
        "seasons_holidays.rules",
        include_str!("../rules/seasons_holidays.rules"),
    ),
    ("vague.rules", include_str!("../rules/vague.rules")),
];

/// Adjective endings generated for entries flagged `adj`.
const ADJ_ENDINGS: &[&str] = &["", "e", "en", "er", "es", "em"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    Any,
    /// Only when the token starts with a lower-case letter ("morgen" = tomorrow).
    Lower,
    /// Only when the token is capitalised ("Morgen" = the morning).
    Upper,
}

/// One reading of a word: a class and its value.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub class: u16,
    pub value: &'static str,
    pub case: Case,
    /// May be followed by a glued "." that belongs to it ("Okt.", "Jh.").
    pub dot: bool,
    /// Emitted only for narrative documents (vague adverbs).
    pub narrative: bool,
    /// A reading of a part of a compound: matches only `A&B` items.
    pub compound: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Builtin {
    /// A run of digits (value: the number).
    Num,
    /// Digits followed by a glued "." (two tokens).
    Ord,
    /// Four digits between 1000 and 2099.
    Year,
}

#[derive(Debug, Clone)]
pub enum Alt {
    Lit(&'static str),
    Class(u16),
    Both(u16, u16),
    Builtin(Builtin),
}

#[derive(Debug, Clone)]
pub struct Item {
    pub alts: Vec<Alt>,
    pub optional: bool,
    /// No white space allowed before the token.
    pub glued: bool,
    /// The capture role (`=role`); else the class name in lower case.
    pub role: Option<&'static str>,
}

/// How a match becomes a value (see `norm.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Date,
    NumDate,
    HalfYear,
    Year,
    Century,
    Decade,
    Weekday,
    RelDay,
    RelUnit,
    Ago,
    Pod,
    Duration,
    DurNum,
    DurLang,
    Set,
    Vague,
    VagueRel,
}

impl Action {
    fn parse(s: &str) -> Option<Action> {
        Some(match s {
            "date" => Action::Date,
            "numdate" => Action::NumDate,
            "halfyear" => Action::HalfYear,
            "year" => Action::Year,
            "century" => Action::Century,
            "decade" => Action::Decade,
            "weekday" => Action::Weekday,
            "relday" => Action::RelDay,
            "relunit" => Action::RelUnit,
            "ago" => Action::Ago,
            "pod" => Action::Pod,
            "duration" => Action::Duration,
            "durnum" => Action::DurNum,
            "durlang" => Action::DurLang,
            "set" => Action::Set,
            "vague" => Action::Vague,
            "vaguerel" => Action::VagueRel,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone)]
pub struct Rule {
    pub name: &'static str,
    pub file: &'static str,
    pub ttype: TimexType,
    pub action: Action,
    pub items: Vec<Item>,
    /// Index of the first required item (a quick pre-check before matching).
    pub first_req: usize,
}

/// All rule files, parsed and indexed.
#[derive(Debug, Default)]
pub struct RuleSet {
    pub classes: Vec<&'static str>,
    /// The capture role of each class (`MONTH` → `month`).
    pub roles: Vec<&'static str>,
    class_ids: HashMap<&'static str, u16>,
    /// Whole words (lower case) → readings.
    pub words: HashMap<String, Vec<Entry>>,
    /// Compound heads and tails (lower case) → readings.
    heads: HashMap<String, Vec<Entry>>,
    tails: HashMap<String, Vec<Entry>>,
    /// The longest head (bytes): the compound split search stops there.
    head_max: usize,
    /// A bit per two-byte start of a head: a word whose first two bytes
    /// start no head is no compound, without trying its splits.
    head_starts: Vec<u64>,
    /// Allowed (head class, tail class) compounds.
    compounds: Vec<(u16, u16)>,
    pub rules: Vec<Rule>,
    /// Rule indices by the literal / class / builtin that can start them.
    pub by_lit: HashMap<&'static str, Vec<usize>>,
    pub by_class: Vec<Vec<usize>>,
    pub by_digits: Vec<usize>,
    pub by_punct: Vec<usize>,
    /// Classes that occur in a required pattern item: a match needs a token
    /// with such a reading (or digits) nearby.
    pub strong: Vec<bool>,
}

fn err(file: &str, line: usize, msg: impl std::fmt::Display) -> String {
    format!("{file}:{line}: {msg}")
}

impl RuleSet {
    pub fn class(&self, name: &str) -> Option<u16> {
        self.class_ids.get(name).copied()
    }

    fn intern(&mut self, name: &'static str) -> u16 {
        if let Some(&i) = self.class_ids.get(name) {
            return i;
        }
        let i = self.classes.len() as u16;
        self.classes.push(name);
        self.roles.push(crate::scan::role_of(name));
        self.class_ids.insert(name, i);
        i
    }

    /// Parses the compiled-in rule files.
    pub fn load() -> Result<RuleSet, String> {
        Self::parse(FILES)
    }

    pub fn parse(files: &[(&'static str, &'static str)]) -> Result<RuleSet, String> {
        let mut rs = RuleSet::default();
        let mut compound_names = Vec::new();
        for &(file, text) in files {
            for (ln, line) in text.lines().enumerate() {
                let ln = ln + 1;
                let line = line.trim_end();
                if line.trim().is_empty() || line.trim_start().starts_with('#') {
                    continue;
                }
                let cols: Vec<&'static str> = line.split('\t').collect();
                match cols[0] {
                    "word" => rs.parse_word(file, ln, &cols)?,
                    "compound" => {
                        if cols.len() != 3 {
                            return Err(err(file, ln, "compound needs HEAD and TAIL classes"));
                        }
                        compound_names.push((cols[1], cols[2]));
                    }
                    "rule" => rs.parse_rule(file, ln, line, &cols)?,
                    other => return Err(err(file, ln, format!("unknown directive {other:?}"))),
                }
            }
        }
        for (h, t) in compound_names {
            let (Some(h), Some(t)) = (rs.class(h), rs.class(t)) else {
                return Err(format!("compound {h} {t}: unknown class"));
            };
            rs.compounds.push((h, t));
        }
        rs.index()?;
        Ok(rs)
    }

    fn parse_word(&mut self, file: &str, ln: usize, cols: &[&'static str]) -> Result<(), String> {
        if cols.len() < 4 {
            return Err(err(file, ln, "word needs FORM CLASS VALUE [flags]"));
        }
        let form = cols[1].to_lowercase();
        let class = self.intern(cols[2]);
        let mut e = Entry {
            class,
            value: cols[3],
            case: Case::Any,
            dot: false,
            narrative: false,
            compound: false,
        };
        let (mut head, mut tail, mut part, mut adj) = (false, false, false, false);
        for flag in cols.get(4).map_or("", |s| s).split_whitespace() {
            match flag {
                "lower" => e.case = Case::Lower,
                "upper" => e.case = Case::Upper,
                "dot" => e.dot = true,
                "narrative" => e.narrative = true,
                "head" => head = true,
                "tail" => tail = true,
                "part" => {
                    part = true;
                    head = true
                }
                "adj" => adj = true,
                f => return Err(err(file, ln, format!("unknown flag {f:?}"))),
            }
        }
        let endings: &[&str] = if adj { ADJ_ENDINGS } else { &[""] };
        for end in endings {
            let f = format!("{form}{end}");
            if !part {
                self.words.entry(f.clone()).or_default().push(e);
            }
            if head && end.is_empty() {
                self.head_max = self.head_max.max(f.len());
                if let [a, b, ..] = *f.as_bytes() {
                    let w = usize::from(u16::from_le_bytes([a, b]));
                    self.head_starts.resize(1024, 0);
                    self.head_starts[w >> 6] |= 1 << (w & 63);
                }
                self.heads.entry(f.clone()).or_default().push(e);
            }
            if tail {
                self.tails.entry(f).or_default().push(e);
            }
        }
        Ok(())
    }

    fn parse_rule(
        &mut self,
        file: &'static str,
        ln: usize,
        line: &'static str,
        cols: &[&'static str],
    ) -> Result<(), String> {
        // rule NAME TYPE ACTION : items
        if cols.len() < 4 {
            return Err(err(file, ln, "rule needs NAME TYPE ACTION and ': items'"));
        }
        let name = cols[1];
        let ttype = match cols[2] {
            "DATE" => TimexType::Date,
            "TIME" => TimexType::Time,
            "DURATION" => TimexType::Duration,
            "SET" => TimexType::Set,
            t => return Err(err(file, ln, format!("unknown type {t:?}"))),
        };
        // ACTION and ": items" may be separated by a tab or a space
        let rest: &'static str = if cols.len() == 4 {
            cols[3]
        } else {
            let start = line.len() - cols[3..].iter().map(|c| c.len() + 1).sum::<usize>() + 1;
            &line[start..]
        };
        let Some((action, pattern)) = rest.split_once(" :").or_else(|| rest.split_once("\t:"))
        else {
            return Err(err(file, ln, "missing ':' before the pattern"));
        };
        let action = Action::parse(action.trim())
            .ok_or_else(|| err(file, ln, format!("unknown action {:?}", action.trim())))?;
        let mut items = Vec::new();
        for raw in pattern.split_whitespace() {
            let mut s = raw;
            let glued = s.starts_with('~') && s.len() > 1;
            if glued {
                s = &s[1..];
            }
            let optional = s.ends_with('?') && s.len() > 1;
            if optional {
                s = &s[..s.len() - 1];
            }
            let (s, role) = match s.split_once('=') {
                Some((a, r)) if !a.is_empty() && !r.is_empty() => (a, Some(r)),
                _ => (s, None),
            };
            let mut alts = Vec::new();
            for a in s.split('|') {
                if a.is_empty() {
                    return Err(err(file, ln, format!("empty alternative in {raw:?}")));
                }
                let alt = if let Some((x, y)) = a.split_once('&') {
                    Alt::Both(self.intern(x), self.intern(y))
                } else if a
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                    && a.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                {
                    match a {
                        "NUM" => Alt::Builtin(Builtin::Num),
                        "ORD" => Alt::Builtin(Builtin::Ord),
                        "YEAR" => Alt::Builtin(Builtin::Year),
                        c => Alt::Class(self.intern(c)),
                    }
                } else {
                    if a.chars().any(|c| c.is_uppercase()) {
                        return Err(err(file, ln, format!("literal {a:?} must be lower case")));
                    }
                    Alt::Lit(a)
                };
                alts.push(alt);
            }
            items.push(Item {
                alts,
                optional,
                glued,
                role,
            });
        }
        let Some(first_req) = items.iter().position(|i| !i.optional) else {
            return Err(err(file, ln, "a pattern needs at least one required item"));
        };
        self.rules.push(Rule {
            name,
            file,
            ttype,
            action,
            items,
            first_req,
        });
        Ok(())
    }

    /// Indexes each rule under every token that can start it.
    fn index(&mut self) -> Result<(), String> {
        self.by_class = vec![Vec::new(); self.classes.len()];
        self.strong = vec![false; self.classes.len()];
        for rule in &self.rules {
            for item in rule.items.iter().filter(|i| !i.optional) {
                for alt in &item.alts {
                    match *alt {
                        Alt::Class(c) => self.strong[c as usize] = true,
                        Alt::Both(a, b) => {
                            self.strong[a as usize] = true;
                            self.strong[b as usize] = true;
                        }
                        _ => {}
                    }
                }
            }
        }
        for (ri, rule) in self.rules.iter().enumerate() {
            for item in &rule.items {
                for alt in &item.alts {
                    match *alt {
                        Alt::Lit(l) => {
                            if l.chars().all(|c| c.is_alphanumeric()) {
                                self.by_lit.entry(l).or_default().push(ri)
                            } else {
                                self.by_punct.push(ri)
                            }
                        }
                        Alt::Class(c) | Alt::Both(c, _) => self.by_class[c as usize].push(ri),
                        Alt::Builtin(_) => self.by_digits.push(ri),
                    }
                }
                if !item.optional {
                    break;
                }
            }
        }
        for v in self
            .by_lit
            .values_mut()
            .chain(self.by_class.iter_mut())
            .chain([&mut self.by_digits, &mut self.by_punct])
        {
            v.sort_unstable();
            v.dedup();
        }
        for (ci, name) in self.classes.iter().enumerate() {
            let used_in_lex = self
                .words
                .values()
                .chain(self.heads.values())
                .chain(self.tails.values())
                .any(|es| es.iter().any(|e| e.class as usize == ci));
            if !used_in_lex {
                return Err(format!("class {name} is used in a rule but has no words"));
            }
        }
        Ok(())
    }

    /// The readings of a word (given in lower case): whole-word entries, else
    /// the readings of an allowed compound (head + optional linking "s" + tail).
    pub fn lookup(&self, lower: &str, out: &mut Vec<Entry>) {
        if let Some(es) = self.words.get(lower) {
            out.extend_from_slice(es);
            return;
        }
        // No time compound is longer than 64 bytes; the bound keeps the
        // split search linear on enormous tokens (regression: issue 9).
        if lower.len() < 6 || lower.len() > 64 || self.compounds.is_empty() {
            return;
        }
        // Every split leaves at least two characters (two bytes) to the head.
        if let [a, b, ..] = *lower.as_bytes() {
            let w = usize::from(u16::from_le_bytes([a, b]));
            let maybe = self
                .head_starts
                .get(w >> 6)
                .is_some_and(|x| x >> (w & 63) & 1 == 1);
            if !maybe {
                return;
            }
        }
        for (i, _) in lower.char_indices().skip(2) {
            if i > self.head_max {
                break;
            }
            let (h, t) = lower.split_at(i);
            let Some(hs) = self.heads.get(h) else {
                continue;
            };
            let ts = self
                .tails
                .get(t)
                .or_else(|| t.strip_prefix('s').and_then(|t2| self.tails.get(t2)));
            let Some(ts) = ts else { continue };
            for he in hs {
                for te in ts {
                    if self.compounds.contains(&(he.class, te.class)) {
                        let mut he = *he;
                        he.case = Case::Any;
                        he.compound = true;
                        let mut te = *te;
                        te.compound = true;
                        out.push(he);
                        out.push(te);
                    }
                }
            }
            if !out.is_empty() {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compound_search_with_the_head_start_filter() {
        let rules = RuleSet::load().expect("rules");
        let cases = [
            ("montagabend", true),
            ("sonntagmorgen", true),
            ("dienstagnachmittag", true),
            ("bundesregierung", false),
            ("überraschung", false),
            ("x", false),
        ];
        for (word, compound) in cases {
            let mut out = Vec::new();
            rules.lookup(word, &mut out);
            assert_eq!(out.iter().any(|e| e.compound), compound, "{word}: {out:?}");
        }
    }
}
