//! The rule files: a word lexicon (classes with values) and token patterns.
//!
//! The syntax is described in `rules/README.md`. Files are compiled in with
//! `include_str!` and parsed once when the tagger is built; a malformed line is
//! an error that names the file and line.

use lagebild_core::ascii::{pack7, FormFilter};
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
    /// A literal (lower case) and its id in [`RuleSet::lit_id`].
    Lit(&'static str, u16),
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
    /// What a token needs for any alternative to match (a quick "no").
    pub quick: Quick,
}

/// A summary of an item's alternatives: a token whose literal id is not
/// in `lits`, none of whose reading classes is in `classes` and that is no
/// digit run (when `digits`) matches none of them. `always`: no summary
/// (ids beyond the bit sets).
#[derive(Debug, Clone, Copy, Default)]
pub struct Quick {
    pub lits: u128,
    pub classes: u64,
    pub digits: bool,
    pub always: bool,
}

impl Quick {
    fn of(alts: &[Alt]) -> Quick {
        let mut q = Quick::default();
        for alt in alts {
            match *alt {
                Alt::Lit(_, id) if id < 128 => q.lits |= 1 << id,
                Alt::Class(c) | Alt::Both(c, _) if c < 64 => q.classes |= 1 << c,
                Alt::Builtin(_) => q.digits = true,
                _ => q.always = true,
            }
        }
        q
    }

    /// False when a token with this literal id, these reading classes and
    /// digit flag can match no alternative.
    #[inline]
    pub fn may_match(&self, lit: u16, classes: u64, digits: bool) -> bool {
        self.always
            || (lit < 128 && self.lits >> lit & 1 == 1)
            || self.classes & classes != 0
            || (self.digits && digits)
    }
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
    /// `time:FILE:NAME` (the rule's file without ".rules", its name), the
    /// rule name each expression it finds carries: made once when the rules
    /// are read, cloned per expression.
    pub label: String,
    pub ttype: TimexType,
    pub action: Action,
    pub items: Vec<Item>,
    /// Index of the first required item (a quick pre-check before matching).
    pub first_req: usize,
    /// A later required item that most tokens cannot match ([`key_item`]),
    /// with the nearest and farthest token it can stand at after the rule's
    /// start: a second quick pre-check (issue #9).
    pub key: Option<KeyItem>,
}

/// See [`Rule::key`]: item `item` of a match starting at token `i` lies at
/// a token in `i + near ..= i + far`.
#[derive(Debug, Clone, Copy)]
pub struct KeyItem {
    pub item: usize,
    pub near: usize,
    pub far: usize,
}

/// The required item after the first that the fewest tokens can match, by
/// its summary: literals only before reading classes before digit runs (a
/// digit run stands near nearly every match start), the last of equals; none
/// when every later item may match anything. An item starts at least one
/// token after each required item before it and at most [`Item::widest`]
/// after any item before it.
pub fn key_item(items: &[Item], first_req: usize) -> Option<KeyItem> {
    let mut best: Option<(u8, usize)> = None;
    for (k, it) in items.iter().enumerate().skip(first_req + 1) {
        let q = &it.quick;
        if it.optional || q.always {
            continue;
        }
        let score = 2 * u8::from(q.digits) + u8::from(q.classes != 0);
        if best.is_none_or(|(s, _)| score <= s) {
            best = Some((score, k));
        }
    }
    let (_, item) = best?;
    Some(KeyItem {
        item,
        near: items[..item].iter().filter(|i| !i.optional).count(),
        far: items[..item].iter().map(Item::widest).sum(),
    })
}

impl Item {
    /// The most tokens the item takes: two with a class reading that may be
    /// an abbreviation with its dot or an ordinal with its dot, else one.
    pub fn widest(&self) -> usize {
        let two = self
            .alts
            .iter()
            .any(|a| matches!(a, Alt::Class(_) | Alt::Builtin(Builtin::Ord)));
        1 + usize::from(two)
    }
}

/// A word of [`RuleSet::forms`].
#[derive(Debug, Clone, Copy)]
struct Form {
    entries: (u32, u32),
    lit: u16,
    /// In `words` (else only a literal: its readings come from the compound search).
    whole: bool,
}

/// A set of rules, a bit per rule index (at most [`MAX_RULES`] rules).
pub type RuleMask = [u64; 4];

/// The most rules the bit sets hold (loading more is an error).
pub const MAX_RULES: usize = 256;

/// `a |= b`.
#[inline]
pub fn mask_or(a: &mut RuleMask, b: &RuleMask) {
    for (x, y) in a.iter_mut().zip(b) {
        *x |= y;
    }
}

/// log2 of the bits of [`RuleSet::form_filter`].
const FORM_FILTER_LOG2: u32 = 14;

/// Sets rule `ri`'s bit in the masks of what the alternatives `alts` can
/// match: by literal id, by class (the first class of `A&B`), digit runs.
fn mark_alts(
    alts: &[Alt],
    ri: usize,
    lit: &mut [RuleMask],
    class: &mut [RuleMask],
    digit: &mut RuleMask,
) {
    let bit = |m: &mut RuleMask| m[ri / 64] |= 1 << (ri % 64);
    for alt in alts {
        match *alt {
            Alt::Lit(_, id) => bit(&mut lit[id as usize]),
            Alt::Class(c) | Alt::Both(c, _) => bit(&mut class[c as usize]),
            Alt::Builtin(_) => bit(digit),
        }
    }
}

/// Bit `w` of a bit set (`false` beyond its end).
#[inline]
fn bit(set: &[u64], w: usize) -> bool {
    set.get(w >> 6).is_some_and(|x| x >> (w & 63) & 1 == 1)
}

/// [`RuleSet::lit_id`] of a word that is no pattern literal.
pub const NO_LIT: u16 = u16::MAX;

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
    /// A bit per two-byte end of a head (as `head_starts`): a split whose
    /// head does not end so is not probed in `heads`.
    head_ends: Vec<u64>,
    /// Allowed (head class, tail class) compounds.
    compounds: Vec<(u16, u16)>,
    pub rules: Vec<Rule>,
    /// Rule indices by the literal / class / builtin that can start them.
    pub by_lit: HashMap<&'static str, Vec<usize>>,
    pub by_class: Vec<Vec<usize>>,
    pub by_digits: Vec<usize>,
    pub by_punct: Vec<usize>,
    /// The same four indices as rule bit sets: a token's candidate rules
    /// are the union of its sets, in rule order without sorting.
    /// `lit_masks` by literal id.
    pub lit_masks: Vec<RuleMask>,
    pub class_masks: Vec<RuleMask>,
    pub digit_mask: RuleMask,
    pub punct_mask: RuleMask,
    /// Rules by what their first required item can match (bit sets as
    /// above): by literal id, by class (also the first class of `A&B`), for
    /// digit runs. A rule can start at a
    /// token only when its first required item can match the token `d` on
    /// with `d` at most its number of leading optional items: `reach[d]`
    /// holds the rules with at least `d`.
    pub req_lit_masks: Vec<RuleMask>,
    pub req_class_masks: Vec<RuleMask>,
    pub req_digit_mask: RuleMask,
    pub reach: Vec<RuleMask>,
    /// The same for each rule's key item ([`Rule::key`]): by what it can
    /// match, and `key_reach[d]` the rules whose key item can stand `d`
    /// tokens after the start; `unkeyed` the rules without one.
    pub key_lit_masks: Vec<RuleMask>,
    pub key_class_masks: Vec<RuleMask>,
    pub key_digit_mask: RuleMask,
    pub key_reach: Vec<RuleMask>,
    pub unkeyed: RuleMask,
    /// Every literal of the patterns → its id (the index into `lit_masks`).
    lit_ids: HashMap<&'static str, u16>,
    /// `words` and `lit_ids` in one table, so that a token costs one probe
    /// ([`RuleSet::lookup_form`]); the readings are ranges of `form_entries`.
    forms: HashMap<String, Form>,
    /// The forms of `forms` of at most seven bytes, keyed by
    /// [`pack7`]: the probe of a short word hashes and compares one number
    /// (issue #9).
    short_forms: HashMap<u64, Form>,
    form_entries: Vec<Entry>,
    /// The keys of `forms`: most words of a text are no key and are
    /// answered without the probe.
    form_filter: FormFilter,
    /// Some literal is a digit run (else digit tokens need no look-up).
    digit_lits: bool,
    /// Classes that occur in a required pattern item: a match needs a token
    /// with such a reading (or digits) nearby.
    pub strong: Vec<bool>,
}

fn err(file: &str, line: usize, msg: impl std::fmt::Display) -> String {
    format!("{file}:{line}: {msg}")
}

impl RuleSet {
    fn intern_lit(&mut self, l: &'static str) -> u16 {
        let n = self.lit_ids.len() as u16;
        *self.lit_ids.entry(l).or_insert(n)
    }

    /// The id of a pattern literal, [`NO_LIT`] for other words.
    #[inline]
    pub fn lit_id(&self, lower: &str) -> u16 {
        self.lit_ids.get(lower).copied().unwrap_or(NO_LIT)
    }

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
                if let [.., a, b] = *f.as_bytes() {
                    let w = usize::from(u16::from_le_bytes([a, b]));
                    self.head_ends.resize(1024, 0);
                    self.head_ends[w >> 6] |= 1 << (w & 63);
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
                    Alt::Lit(a, self.intern_lit(a))
                };
                alts.push(alt);
            }
            let quick = Quick::of(&alts);
            items.push(Item {
                alts,
                optional,
                glued,
                role,
                quick,
            });
        }
        let Some(first_req) = items.iter().position(|i| !i.optional) else {
            return Err(err(file, ln, "a pattern needs at least one required item"));
        };
        let key = key_item(&items, first_req);
        self.rules.push(Rule {
            label: format!("time:{}:{}", file.trim_end_matches(".rules"), name),
            ttype,
            action,
            items,
            first_req,
            key,
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
                        Alt::Lit(l, _) => {
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
        if self.lit_ids.len() >= NO_LIT as usize {
            return Err("too many distinct literals".to_string());
        }
        if self.rules.len() > MAX_RULES {
            return Err(format!("more than {MAX_RULES} rules"));
        }
        let mask = |rules: &[usize]| {
            let mut m = RuleMask::default();
            for &r in rules {
                m[r / 64] |= 1 << (r % 64);
            }
            m
        };
        self.lit_masks = vec![RuleMask::default(); self.lit_ids.len()];
        for (l, &id) in &self.lit_ids {
            if let Some(v) = self.by_lit.get(l) {
                self.lit_masks[id as usize] = mask(v);
            }
        }
        self.class_masks = self.by_class.iter().map(|v| mask(v)).collect();
        for (w, es) in &self.words {
            let a = self.form_entries.len() as u32;
            self.form_entries.extend_from_slice(es);
            let form = Form {
                entries: (a, self.form_entries.len() as u32),
                lit: NO_LIT,
                whole: true,
            };
            self.forms.insert(w.clone(), form);
        }
        for (&l, &id) in &self.lit_ids {
            self.forms
                .entry(l.to_string())
                .or_insert(Form {
                    entries: (0, 0),
                    lit: NO_LIT,
                    whole: false,
                })
                .lit = id;
        }
        self.form_filter = FormFilter::new(FORM_FILTER_LOG2, self.forms.keys().map(String::as_str));
        self.short_forms = self
            .forms
            .iter()
            .filter_map(|(w, &f)| Some((pack7(w)?, f)))
            .collect();
        self.digit_lits = self
            .lit_ids
            .keys()
            .any(|l| l.bytes().all(|b| b.is_ascii_digit()));
        self.req_lit_masks = vec![RuleMask::default(); self.lit_ids.len()];
        self.req_class_masks = vec![RuleMask::default(); self.classes.len()];
        self.req_digit_mask = RuleMask::default();
        let max_reach = self.rules.iter().map(|r| r.first_req).max().unwrap_or(0);
        self.reach = vec![RuleMask::default(); max_reach + 1];
        for (ri, rule) in self.rules.iter().enumerate() {
            let bit = |m: &mut RuleMask| m[ri / 64] |= 1 << (ri % 64);
            for d in 0..=rule.first_req {
                bit(&mut self.reach[d]);
            }
            mark_alts(
                &rule.items[rule.first_req].alts,
                ri,
                &mut self.req_lit_masks,
                &mut self.req_class_masks,
                &mut self.req_digit_mask,
            );
        }
        self.key_lit_masks = vec![RuleMask::default(); self.lit_ids.len()];
        self.key_class_masks = vec![RuleMask::default(); self.classes.len()];
        self.key_digit_mask = RuleMask::default();
        self.unkeyed = RuleMask::default();
        let max_far = self.rules.iter().filter_map(|r| r.key).map(|k| k.far).max();
        self.key_reach = vec![RuleMask::default(); max_far.map_or(0, |f| f + 1)];
        for (ri, rule) in self.rules.iter().enumerate() {
            let bit = |m: &mut RuleMask| m[ri / 64] |= 1 << (ri % 64);
            let Some(key) = rule.key else {
                bit(&mut self.unkeyed);
                continue;
            };
            for d in key.near..=key.far {
                bit(&mut self.key_reach[d]);
            }
            mark_alts(
                &rule.items[key.item].alts,
                ri,
                &mut self.key_lit_masks,
                &mut self.key_class_masks,
                &mut self.key_digit_mask,
            );
        }
        self.digit_mask = mask(&self.by_digits);
        self.punct_mask = mask(&self.by_punct);
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
    #[cfg(test)]
    pub fn lookup(&self, lower: &str, out: &mut Vec<Entry>) {
        if let Some(es) = self.words.get(lower) {
            out.extend_from_slice(es);
            return;
        }
        self.compound(lower, out);
    }

    /// [`RuleSet::lookup`] and [`RuleSet::lit_id`] with one probe; `digits`:
    /// the word is a digit run (it gets no readings).
    pub fn lookup_form(&self, lower: &str, digits: bool, out: &mut Vec<Entry>) -> u16 {
        if digits {
            return if self.digit_lits {
                self.lit_id(lower)
            } else {
                NO_LIT
            };
        }
        let form = if !self.form_filter.may_hold(lower) {
            None
        } else if let Some(k) = pack7(lower) {
            self.short_forms.get(&k)
        } else {
            self.forms.get(lower)
        };
        let lit = match form {
            Some(f) => {
                if f.whole {
                    out.extend_from_slice(
                        &self.form_entries[f.entries.0 as usize..f.entries.1 as usize],
                    );
                    return f.lit;
                }
                f.lit
            }
            None => NO_LIT,
        };
        self.compound(lower, out);
        lit
    }

    /// The readings of an allowed compound (the part of [`RuleSet::lookup`]
    /// for words that are not listed whole).
    fn compound(&self, lower: &str, out: &mut Vec<Entry>) {
        let n0 = out.len();
        // No time compound is longer than 64 bytes; the bound keeps the
        // split search linear on enormous tokens (regression: issue 9).
        if lower.len() < 6 || lower.len() > 64 || self.compounds.is_empty() {
            return;
        }
        // Every split leaves at least two characters (two bytes) to the head.
        if let [a, b, ..] = *lower.as_bytes() {
            let w = usize::from(u16::from_le_bytes([a, b]));
            if !bit(&self.head_starts, w) {
                return;
            }
        }
        // the character starts from the third on, up to `head_max` (a byte
        // walk: decoding each character cost more than the test)
        let b = lower.as_bytes();
        let Some((third, _)) = lower.char_indices().nth(2) else {
            return;
        };
        for i in third..b.len().min(self.head_max + 1) {
            if !lower.is_char_boundary(i) {
                continue;
            }
            let (h, t) = lower.split_at(i);
            // (every head of two bytes or more has its end bit; `h` has two
            // characters at least)
            if let [.., a, b] = *h.as_bytes() {
                let w = usize::from(u16::from_le_bytes([a, b]));
                if !bit(&self.head_ends, w) {
                    continue;
                }
            }
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
            if out.len() > n0 {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue #9: the look-up through the packed short forms answers as the
    /// map by text, for every form, near misses and other words.
    #[test]
    fn issue_9_packed_short_forms_equal_the_map() {
        let rules = RuleSet::load().unwrap();
        let by_text = |w: &str| {
            let mut out = Vec::new();
            let lit = match rules.forms.get(w) {
                Some(f) if f.whole => {
                    out.extend_from_slice(
                        &rules.form_entries[f.entries.0 as usize..f.entries.1 as usize],
                    );
                    return (f.lit, format!("{out:?}"));
                }
                Some(f) => f.lit,
                None => NO_LIT,
            };
            rules.compound(w, &mut out);
            (lit, format!("{out:?}"))
        };
        let mut words: Vec<String> = Vec::new();
        for w in rules.forms.keys() {
            let cut: String = w.chars().skip(1).collect();
            words.extend([w.clone(), format!("{w}x"), format!("{w}\u{0}"), cut]);
        }
        words.extend(["", "x", "haus", "montagabend", "über"].map(String::from));
        for w in &words {
            let mut out = Vec::new();
            let lit = rules.lookup_form(w, false, &mut out);
            assert_eq!((lit, format!("{out:?}")), by_text(w), "{w:?}");
        }
        let short = rules.forms.keys().filter(|w| w.len() <= 7).count();
        assert!(short > 0 && rules.short_forms.len() == short);
    }

    /// The compound search without the start and end filters (issue 9:
    /// the filters only skip probes that cannot hit).
    fn compound_unfiltered(rules: &RuleSet, lower: &str) -> Vec<Entry> {
        let mut out = Vec::new();
        if lower.len() < 6 || lower.len() > 64 {
            return out;
        }
        for (i, _) in lower.char_indices().skip(2) {
            if i > rules.head_max {
                break;
            }
            let (h, t) = lower.split_at(i);
            let Some(hs) = rules.heads.get(h) else {
                continue;
            };
            let ts = rules
                .tails
                .get(t)
                .or_else(|| t.strip_prefix('s').and_then(|t2| rules.tails.get(t2)));
            let Some(ts) = ts else { continue };
            for he in hs {
                for te in ts {
                    if rules.compounds.contains(&(he.class, te.class)) {
                        let (mut he, mut te) = (*he, *te);
                        he.case = Case::Any;
                        he.compound = true;
                        te.compound = true;
                        out.push(he);
                        out.push(te);
                    }
                }
            }
            if !out.is_empty() {
                return out;
            }
        }
        out
    }

    #[test]
    fn compound_filters_skip_no_head_issue_9() {
        let rules = RuleSet::load().expect("rules");
        let mut words: Vec<String> = Vec::new();
        for h in rules.heads.keys() {
            for t in rules.tails.keys().take(40) {
                words.push(format!("{h}{t}"));
                words.push(format!("{h}s{t}"));
                words.push(format!("x{h}{t}"));
            }
        }
        words.extend(
            [
                "gesternabend",
                "überraschung",
                "dienstagsabends",
                "ümontagabend",
                "äätagnacht",
                "frühjahrsabend",
            ]
            .map(String::from),
        );
        let mut found = 0;
        for w in &words {
            let mut got = Vec::new();
            rules.compound(w, &mut got);
            let want = compound_unfiltered(&rules, w);
            assert_eq!(format!("{got:?}"), format!("{want:?}"), "{w}");
            found += usize::from(!got.is_empty());
        }
        assert!(found > 100, "{found} compounds found");
    }

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

    /// The one-probe look-up gives the readings and literal id of the two
    /// separate look-ups, also after other tokens' readings in the buffer.
    #[test]
    fn form_lookup_matches_word_and_literal_lookups() {
        let rules = RuleSet::load().expect("rules");
        for word in [
            "montag",
            "montagabend",
            "am",
            "im",
            "in",
            "januar",
            "jan",
            ".",
            "-",
            "2020",
            "12",
            "bundesregierung",
            "",
            "x",
            "vergangenen",
            "sonntagmorgen",
        ] {
            let mut a = Vec::new();
            rules.lookup(word, &mut a);
            let digits = !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit());
            if digits {
                a.clear();
            }
            let mut b = vec![Entry {
                class: 0,
                value: "",
                case: Case::Any,
                dot: false,
                narrative: false,
                compound: false,
            }];
            let lit = rules.lookup_form(word, digits, &mut b);
            assert_eq!(lit, rules.lit_id(word), "{word}");
            let got: Vec<_> = b[1..]
                .iter()
                .map(|e| (e.class, e.value, e.compound))
                .collect();
            let want: Vec<_> = a.iter().map(|e| (e.class, e.value, e.compound)).collect();
            assert_eq!(got, want, "{word}");
        }
        assert_ne!(rules.lit_id("am"), NO_LIT);
        assert_eq!(rules.lit_id("bundesregierung"), NO_LIT);
    }
}
