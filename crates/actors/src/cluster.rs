//! Merging name mentions into actors within one article.

use crate::mentions::Cand;
use crate::text::Words;
use lagebild_core::{Entity, EntityMention, EntityType, MentionKind, Span};
use lagebild_lexicon::countries::{self, Place, PlaceKind};
use lagebild_lexicon::names;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// A role attached to an actor.
#[derive(Debug, Clone)]
pub struct Role {
    /// As written ("US-Vizeaußenminister", "erste Vizeaußenministerin Nordkoreas").
    pub text: String,
    /// Lemma of the head noun ("vizeaußenminister").
    pub lemma: String,
    /// The role noun phrase as a mention, when it stands apart from the name.
    pub mention: Option<Span>,
}

/// An actor being built.
#[derive(Debug, Clone)]
pub struct Actor {
    pub name: String,
    pub etype: EntityType,
    pub place: Option<Place>,
    /// Name mentions.
    pub names: Vec<Cand>,
    pub roles: Vec<Role>,
    /// Country evidence: (code, weight).
    pub country_votes: Vec<(String, u32)>,
    /// Gender evidence: (gender, weight).
    pub gender_votes: Vec<(char, u32)>,
    pub country: Option<String>,
    pub gender: Option<char>,
}

impl Actor {
    pub fn first(&self) -> Span {
        self.names.first().map_or(Span::default(), |c| c.span)
    }
    pub fn vote_country(&mut self, code: &str, weight: u32) {
        self.country_votes.push((code.to_string(), weight));
    }
    /// The best-supported country, if any.
    pub fn best_country(&self) -> Option<String> {
        let mut tally: Vec<(String, u32, usize)> = Vec::new();
        for (i, (c, w)) in self.country_votes.iter().enumerate() {
            match tally.iter_mut().find(|t| &t.0 == c) {
                Some(t) => t.1 += w,
                None => tally.push((c.clone(), *w, i)),
            }
        }
        tally
            .into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)))
            .map(|t| t.0)
    }
    pub fn best_gender(&self) -> Option<char> {
        let (mut m, mut f) = (0, 0);
        for (g, w) in &self.gender_votes {
            match g {
                'm' => m += w,
                'f' => f += w,
                _ => {}
            }
        }
        match m.cmp(&f) {
            std::cmp::Ordering::Greater => Some('m'),
            std::cmp::Ordering::Less => Some('f'),
            std::cmp::Ordering::Equal => None,
        }
    }
    /// Every mention span (names and roles), in text order.
    pub fn all_mentions(&self) -> Vec<EntityMention> {
        let mut v: Vec<EntityMention> = self
            .names
            .iter()
            .map(|c| EntityMention {
                span: c.span,
                kind: MentionKind::Name,
            })
            .chain(self.roles.iter().filter_map(|r| {
                r.mention.map(|span| EntityMention {
                    span,
                    kind: MentionKind::Role,
                })
            }))
            .collect();
        v.sort_by_key(|m| (m.span.start, m.span.end));
        v.dedup_by_key(|m| m.span);
        // a role mention inside a name mention or vice versa: keep both only when disjoint
        let mut out: Vec<EntityMention> = Vec::with_capacity(v.len());
        for m in v {
            if let Some(last) = out.last() {
                if last.span.overlaps(m.span) {
                    if m.kind == MentionKind::Name && last.kind != MentionKind::Name {
                        out.pop();
                    } else {
                        continue;
                    }
                }
            }
            out.push(m);
        }
        out
    }
}

/// Lower-cased key of a non-gazetteer name with adjective endings of
/// non-final words normalised ("Demokratischen Partei" ~ "Demokratische
/// Partei"), after the key prefix "N:".
fn name_key(name: &str) -> String {
    let n = name.split(' ').count();
    // the "N:" key prefix first (see `keyed`), words after it
    let mut out = String::with_capacity(2 + name.len() + 4);
    out.push_str("N:");
    for (i, w) in name.split(' ').enumerate() {
        // (a space only after some text, as when the words were joined
        // without the prefix)
        if out.len() > 2 {
            out.push(' ');
        }
        let start = out.len();
        push_lower(&mut out, w);
        if i + 1 < n {
            for e in ["en", "er", "es", "em", "e"] {
                let s = &out[start..];
                if s.len() > 4 && s.ends_with(e) {
                    out.truncate(out.len() - e.len());
                    break;
                }
            }
        }
    }
    out
}

/// Appends `s.to_lowercase()` to `out` without a `String` of its own
/// (character by character: the same but for a capital sigma, whose final
/// form depends on the word, so such text takes `to_lowercase`).
fn push_lower(out: &mut String, s: &str) {
    if s.is_ascii() {
        let start = out.len();
        out.push_str(s);
        out[start..].make_ascii_lowercase();
    } else if s.contains('Σ') {
        out.push_str(&s.to_lowercase());
    } else {
        for c in s.chars() {
            out.extend(c.to_lowercase());
        }
    }
}

/// `tag` followed by `s` (`format!("{tag}{s}")` without the formatting
/// machinery: this runs for every mention).
fn keyed(tag: &str, s: &str) -> String {
    let mut k = String::with_capacity(tag.len() + s.len());
    k.push_str(tag);
    k.push_str(s);
    k
}

/// "die Truppen General Chalifa Haftars": a person's name ending in -s right
/// after a common noun (titles between skipped) is a genitive attribute; the
/// base `last` of its last word must end in a consonant other than s, x, z
/// (names such as "Morales", "Glas" keep their -s).
fn genitive_after_noun(w: &Words, c: &Cand, last: &str) -> bool {
    let consonant = last.chars().last().is_some_and(|ch| {
        ch.is_alphabetic() && !"aeiouyäöüéáóíúsxzßc".contains(ch.to_ascii_lowercase())
    });
    if !consonant || last.chars().count() < 3 || c.toks.is_empty() {
        return false;
    }
    let mut p = c.toks.start;
    let mut titles = 0;
    while p > 0 && titles < 2 && w.is_word(p - 1) && w.same_sent(p - 1, p) && w.is_role(p - 1) {
        p -= 1;
        titles += 1;
    }
    // "Der Vorsitzende der Selbstverwaltung Istvan Kovacs": a role noun just
    // before the noun makes the name its apposition
    let role_before = (p.saturating_sub(4)..p.saturating_sub(1))
        .any(|j| w.is_word(j) && w.same_sent(j, p) && w.is_role(j));
    // the noun with its article ("den Truppen"), and no noun for a person,
    // whose apposition the name would be ("der Politiker Geert Wilders")
    p > 1
        && !role_before
        && w.is_word(p - 1)
        && w.same_sent(p - 2, p)
        && w.is_cap(p - 1)
        && w.is_determiner(p - 2)
        && w.is_common_noun(p - 1)
        && !w.is_role(p - 1)
        && !w.is_place(p - 1)
        && !crate::mentions::person_ending(w.s(p - 1))
}

/// Nouns that name an alliance by its kind ("die Allianz", "des Bündnisses").
const ALLIANCE_NOUNS: &[&str] = &[
    "allianz",
    "bündnis",
    "bündnisses",
    "militärbündnis",
    "militärbündnisses",
    "militärallianz",
    "verteidigungsbündnis",
    "verteidigungsbündnisses",
];

/// How far back (in tokens) an alliance noun looks for the organisation it
/// takes up: about four sentences.
const ALLIANCE_REACH: usize = 120;

/// The candidate an alliance noun `k` ("bei der Allianz", "das Bündnis")
/// takes up: the international organisation (`IGO`) named last before it,
/// within [`ALLIANCE_REACH`] tokens. Only after a definite article, and not
/// when a name or "für"/"aus" follows ("Allianz für Fortschritt", "Bündnis
/// 90"): that is a name of its own.
fn alliance_antecedent(w: &Words, cands: &[Cand], k: usize) -> Option<usize> {
    let c = &cands[k];
    if c.place.is_some() || c.toks.len() != 1 || c.toks.start == 0 {
        return None;
    }
    if !ALLIANCE_NOUNS.contains(&c.name.to_lowercase().as_str()) {
        return None;
    }
    let (first, next) = (c.toks.start, c.toks.end);
    let article = first - 1;
    if !w.same_sent(article, first)
        || !matches!(
            w.s(article).to_lowercase().as_str(),
            "die" | "der" | "das" | "dem" | "des"
        )
    {
        return None;
    }
    if next < w.len()
        && w.same_sent(first, next)
        && (w.is_cap(next)
            || w.s(next).chars().all(|ch| ch.is_ascii_digit())
            || matches!(w.s(next), "für" | "aus"))
    {
        return None;
    }
    cands[..k].iter().rposition(|p| {
        p.toks.end + ALLIANCE_REACH >= first
            && p.place
                .is_some_and(|pl| pl.kind == PlaceKind::Org && pl.code == Some("IGO"))
    })
}

fn place_key(p: &Place) -> String {
    match (p.kind, p.code) {
        (PlaceKind::Country, Some(c)) => keyed("C:", c),
        _ => keyed("P:", p.canonical),
    }
}

/// Retypes as persons the candidates (no place, not typed person) whose
/// word `probe` gives is among the words `known` gives of all candidates.
/// (The set borrows the names: the candidates are found first, then
/// retyped.)
fn to_persons(
    cands: &mut [Cand],
    known: impl for<'c> Fn(&'c Cand, &mut HashSet<&'c str>),
    probe: impl for<'c> Fn(&'c Cand) -> Option<&'c str>,
) {
    let hits: Vec<usize> = {
        let mut set = HashSet::default();
        for c in cands.iter() {
            known(c, &mut set);
        }
        cands
            .iter()
            .enumerate()
            .filter(|(_, c)| c.place.is_none() && c.etype != EntityType::Per)
            .filter_map(|(k, c)| probe(c).filter(|w| set.contains(w)).map(|_| k))
            .collect()
    };
    for k in hits {
        cands[k].etype = EntityType::Per;
    }
}

/// Groups candidate mentions into actors.
pub fn cluster(w: &Words, mut cands: Vec<Cand>) -> Vec<Actor> {
    // genitive -s: "Eyadémas" → "Eyadéma" when the base form is a name here
    // (the sets borrow the names: the changes are found first, then made)
    enum Genitive {
        /// the first of two words is the name: keep that word's base
        FirstWord(usize),
        /// the name without its final "s"
        Strip,
    }
    let genitives: Vec<(usize, Genitive)> = {
        let per_tokens: HashSet<&str> = cands
            .iter()
            .filter(|c| c.etype == EntityType::Per)
            .flat_map(|c| c.name.split(' '))
            .collect();
        let all_names: HashSet<&str> = cands.iter().map(|c| c.name.as_str()).collect();
        let known_surname = names::known_surname;
        let mut found = Vec::new();
        for (k, c) in cands.iter().enumerate().filter(|(_, c)| c.place.is_none()) {
            // "Soleimanis Lebensweg": a genitive name before a noun is the name alone
            if c.etype == EntityType::Per && c.toks.len() == 2 {
                let first = c.name.split(' ').next().unwrap_or("");
                if let Some(base) = first.strip_suffix('s') {
                    if per_tokens.contains(base) {
                        found.push((k, Genitive::FirstWord(base.len())));
                        continue;
                    }
                }
            }
            if let Some(base) = c.name.strip_suffix('s') {
                let last = base.rsplit(' ').next().unwrap_or(base);
                if base.chars().count() >= 2
                    && (all_names.contains(base)
                        || per_tokens.contains(last)
                        || (!base.contains(' ') && known_surname(base))
                        || (c.etype == EntityType::Per && genitive_after_noun(w, c, last)))
                {
                    found.push((k, Genitive::Strip));
                }
            }
        }
        found
    };
    for (k, g) in genitives {
        let c = &mut cands[k];
        match g {
            Genitive::FirstWord(len) => {
                c.name.truncate(len);
                c.toks = c.toks.start..c.toks.start + 1;
                c.span = w.toks[c.toks.start].span();
            }
            Genitive::Strip => {
                c.name.pop();
            }
        }
    }
    // single-token names the tagger typed ORG/LOC that are part of a person's name
    to_persons(
        &mut cands,
        |c, out| {
            if c.etype == EntityType::Per && c.ntoks() > 1 {
                out.extend(c.name.split(' '));
            }
        },
        |c| (c.ntoks() == 1).then_some(c.name.as_str()),
    );
    // "Mitt Romney" typed MISC while "Romney" is a person: a person
    to_persons(
        &mut cands,
        |c, out| {
            if c.etype == EntityType::Per && c.ntoks() == 1 {
                out.insert(c.name.as_str());
            }
        },
        |c| {
            (2..=4)
                .contains(&c.ntoks())
                .then(|| c.name.rsplit(' ').next().unwrap_or(""))
        },
    );

    // abbreviations introduced in parentheses: "(UDD)" after a name
    let mut alias: HashMap<String, usize> = HashMap::default(); // abbreviation → cand index
    for (k, c) in cands.iter().enumerate() {
        if k == 0 || c.toks.is_empty() || c.toks.start == 0 || c.place.is_some() {
            continue;
        }
        let open = c.toks.start - 1;
        if w.s(open) != "(" || c.toks.end >= w.len() || w.s(c.toks.end) != ")" {
            continue;
        }
        let prev = &cands[k - 1];
        let gap_ok = (prev.toks.end..open).all(|t| !w.is_word(t));
        if gap_ok && prev.etype != EntityType::Per && c.etype != EntityType::Per {
            alias.entry(c.name.clone()).or_insert(k - 1);
        }
    }

    // keys
    let mut keys: Vec<String> = Vec::with_capacity(cands.len());
    for c in &cands {
        let key = match (&c.place, c.etype) {
            (Some(p), _) => place_key(p),
            // one key space for all types: the tagger may type one name differently
            (None, EntityType::Per) => {
                let mut k = String::with_capacity(2 + c.name.len());
                k.push_str("N:");
                push_lower(&mut k, &c.name);
                k
            }
            (None, _) => name_key(&c.name),
        };
        keys.push(key);
    }
    // aliases point at their long form's key (the long form may itself be a place)
    for k in 0..cands.len() {
        if let Some(&target) = alias.get(&cands[k].name) {
            if target != k && cands[k].place.is_none() {
                keys[k] = keys[target].clone();
            }
        }
    }
    // genitive of non-person names: "Außenministeriums" → key of "Außenministerium";
    // "Demokratische Partei Thailands" is "Demokratische Partei" when that
    // name is used. Both ask the keys as they are here (the set borrows
    // them: the changes are found first, then made, the second's last).
    // (key index, length it is cut to) and (key index, new key)
    type Changes = (Vec<(usize, usize)>, Vec<(usize, String)>);
    let (cut, genitive_state): Changes = {
        let key_set: HashSet<&str> = keys.iter().map(String::as_str).collect();
        let cut = keys
            .iter()
            .enumerate()
            .filter(|(_, key)| !(key.starts_with("C:") || key.starts_with("P:")))
            .filter_map(|(k, key)| {
                ["es", "s"]
                    .iter()
                    .filter_map(|e| key.strip_suffix(e))
                    .find(|b| key_set.contains(b))
                    .map(|b| (k, b.len()))
            })
            .collect();
        let mut states = Vec::new();
        for (k, c) in cands.iter().enumerate() {
            if c.place.is_some() || c.etype == EntityType::Per {
                continue;
            }
            if let Some((rest, last)) = c.name.rsplit_once(' ') {
                let genitive_state = last.ends_with('s')
                    && countries::place(last).is_some_and(|p| p.kind == PlaceKind::Country);
                if genitive_state {
                    let rk = name_key(rest);
                    if key_set.contains(rk.as_str()) {
                        states.push((k, rk));
                    }
                }
            }
        }
        (cut, states)
    };
    for (k, len) in cut {
        keys[k].truncate(len);
    }
    for (k, rk) in genitive_state {
        keys[k] = rk;
    }
    // persons: shorter names into the unique (or most recent) longer name containing them
    // distinct full names, indexed by their words (linear in the mentions)
    struct Full {
        lower: String,
        words: Vec<String>,
        starts: Vec<usize>,
    }
    let mut fulls: Vec<Full> = Vec::new();
    let mut full_idx: HashMap<String, usize> = HashMap::default();
    let mut by_word: HashMap<String, Vec<usize>> = HashMap::default();
    for c in cands
        .iter()
        .filter(|c| c.etype == EntityType::Per && c.place.is_none() && c.ntoks() > 1)
    {
        let lower = c.name.to_lowercase();
        let fi = match full_idx.get(&lower) {
            Some(&fi) => fi,
            None => {
                let words: Vec<String> = lower.split(' ').map(str::to_string).collect();
                let fi = fulls.len();
                for wd in &words {
                    let v = by_word.entry(wd.clone()).or_default();
                    if v.last() != Some(&fi) {
                        v.push(fi);
                    }
                }
                fulls.push(Full {
                    lower: lower.clone(),
                    words,
                    starts: Vec::new(),
                });
                full_idx.insert(lower, fi);
                fi
            }
        };
        fulls[fi].starts.push(c.span.start);
    }
    for k in 0..cands.len() {
        let c = &cands[k];
        if c.etype != EntityType::Per || c.place.is_some() {
            continue;
        }
        let lower = c.name.to_lowercase();
        let toks: Vec<&str> = lower.split(' ').collect();
        let Some(&first) = toks.first() else { continue };
        let mut hosts: Vec<usize> = by_word
            .get(first)
            .into_iter()
            .flatten()
            .copied()
            .filter(|&fi| {
                let f = &fulls[fi];
                f.words.len() > toks.len()
                    && f.words
                        .windows(toks.len())
                        .any(|win| win.iter().zip(&toks).all(|(a, b)| a == b))
            })
            .collect();
        // prefer the longest names: "Omar Konaré" inside both "Alpha Omar Konaré" and itself
        if let Some(maxlen) = hosts.iter().map(|&fi| fulls[fi].words.len()).max() {
            hosts.retain(|&fi| fulls[fi].words.len() == maxlen);
        }
        let host = match hosts.len() {
            0 => None,
            1 => Some(hosts[0]),
            _ => {
                // ambiguous surname: the most recent full name before this mention
                hosts
                    .iter()
                    .filter_map(|&fi| {
                        let st = &fulls[fi].starts;
                        let i = st.partition_point(|&x| x < c.span.start);
                        (i > 0).then(|| (st[i - 1], fi))
                    })
                    .max()
                    .map(|(_, fi)| fi)
            }
        };
        if let Some(h) = host {
            keys[k] = keyed("N:", &fulls[h].lower);
        }
    }

    // "… die Ostflanke der Nato … bei der Allianz": a definite alliance noun
    // with no name after it is the international organisation named last
    // before it (issue #7, ev23)
    for k in 0..cands.len() {
        if let Some(j) = alliance_antecedent(w, &cands, k) {
            keys[k] = keys[j].clone();
        }
    }

    // group in order of first mention (key → group index: one probe a mention)
    let mut groups: Vec<Vec<Cand>> = Vec::new();
    let mut group_of: HashMap<String, usize> = HashMap::default();
    for (c, key) in cands.into_iter().zip(keys) {
        let next = groups.len();
        let g = *group_of.entry(key).or_insert(next);
        if g == next {
            groups.push(Vec::new());
        }
        groups[g].push(c);
    }
    let mut actors = Vec::with_capacity(groups.len());
    for mut names in groups {
        names.sort_by_key(|c| c.span.start);
        let place = names.iter().find_map(|c| c.place);
        let etype = majority_type(&names);
        let name = canonical(&names, place.as_ref());
        actors.push(Actor {
            name,
            etype,
            place,
            names,
            roles: Vec::new(),
            country_votes: Vec::new(),
            gender_votes: Vec::new(),
            country: None,
            gender: None,
        });
    }
    actors
}

fn majority_type(names: &[Cand]) -> EntityType {
    // (type, weight) in order of first use; one slot per type, on the stack
    let mut counts = [(EntityType::Misc, 0usize); 4];
    let mut n = 0;
    for c in names {
        // gazetteer types are reliable
        let w = if c.place.is_some() { 3 } else { 1 };
        match counts[..n].iter_mut().find(|x| x.0 == c.etype) {
            Some(x) => x.1 += w,
            None => {
                if let Some(slot) = counts.get_mut(n) {
                    *slot = (c.etype, w);
                    n += 1;
                }
            }
        }
    }
    counts[..n]
        .iter()
        .copied()
        .max_by_key(|x| (x.1, x.0 == EntityType::Per))
        .map_or(EntityType::Misc, |x| x.0)
}

/// The canonical name: for places the form used most often (nominative entry
/// form), for listed organisations the list's canonical name without its
/// article ("Grüne", "Linke") where the text uses it or a form of it ("die
/// Grünen"), else the fullest of the list forms the text uses (most words;
/// first used on ties: "EU-Kommission" where the text never says
/// "Europäische Kommission"), else the fullest name (most words; first used
/// on ties).
fn canonical(names: &[Cand], place: Option<&Place>) -> String {
    if let Some(p) = place.filter(|p| p.kind == PlaceKind::Org) {
        let bare = |f: &'static str| -> &'static str {
            ["Die ", "Der ", "Das "]
                .iter()
                .find_map(|a| f.strip_prefix(a))
                .unwrap_or(f)
        };
        let canon = bare(p.canonical);
        let variant = |f: &str| {
            f == canon
                || ["n", "s", "en"]
                    .iter()
                    .any(|e| f.strip_suffix(e) == Some(canon) || canon.strip_suffix(e) == Some(f))
        };
        let forms: Vec<&str> = names
            .iter()
            .filter_map(|c| c.place.filter(|q| q.canonical == p.canonical))
            .map(|q| bare(q.form))
            .collect();
        if forms.is_empty() || forms.iter().any(|f| variant(f)) {
            return canon.to_string();
        }
        let words = |f: &str| f.split([' ', '-']).count();
        let mut best = forms[0];
        for &f in &forms[1..] {
            if words(f) > words(best) {
                best = f;
            }
        }
        return best.to_string();
    }
    if let Some(p) = place {
        let mut tally: Vec<(&str, usize, usize)> = Vec::new();
        for c in names {
            let form = c.place.map_or(c.name.as_str(), |p| p.form);
            match tally.iter_mut().find(|t| t.0 == form) {
                Some(t) => t.1 += 1,
                None => tally.push((form, 1, form.split(' ').count())),
            }
        }
        // most frequent; on ties the first used
        let mut best: Option<&(&str, usize, usize)> = None;
        for t in &tally {
            if best.is_none_or(|b| t.1 > b.1 || (t.1 == b.1 && t.0 == p.canonical)) {
                best = Some(t);
            }
        }
        if let Some(b) = best {
            return b.0.to_string();
        }
    }
    let mut best: Option<&Cand> = None;
    for c in names {
        if best.is_none_or(|b| c.ntoks() > b.ntoks()) {
            best = Some(c);
        }
    }
    // (of the same words, the uninflected form: "Deutsche Bank" where the
    // text says "der Deutschen Bank" first; issue #7, ev28)
    let best = best.map(|b| {
        names
            .iter()
            .filter(|c| c.ntoks() == b.ntoks() && uninflected_of(&c.name, &b.name))
            .min_by_key(|c| c.name.len())
            .unwrap_or(b)
    });
    best.map_or_else(String::new, |c| c.name.clone())
}

/// Whether `short` is `long` with some words' inflection endings ("-n",
/// "-en", "-s", "-es") cut ("Deutsche Bank" of "Deutschen Bank"), and
/// shorter.
fn uninflected_of(short: &str, long: &str) -> bool {
    let (a, b): (Vec<&str>, Vec<&str>) = (short.split(' ').collect(), long.split(' ').collect());
    short.len() < long.len()
        && a.len() == b.len()
        && a.iter().zip(&b).all(|(x, y)| {
            x == y
                || ["n", "en", "s", "es"]
                    .iter()
                    .any(|e| y.strip_suffix(e) == Some(x))
        })
}

/// The finished entities, in order of first mention.
pub fn into_entities(actors: Vec<crate::cluster::Actor>) -> Vec<Entity> {
    let mut v: Vec<Entity> = actors
        .into_iter()
        .map(|a| {
            let mentions = a.all_mentions();
            let mut roles: Vec<String> = Vec::new();
            let mut seen: HashSet<&str> = HashSet::default();
            for r in &a.roles {
                if seen.insert(r.text.as_str()) {
                    roles.push(r.text.clone());
                }
            }
            Entity {
                name: a.name,
                etype: a.etype,
                country: a.country,
                roles,
                mentions,
                gender: a.gender,
            }
        })
        .collect();
    v.sort_by_key(|e| e.mentions.first().map_or(usize::MAX, |m| m.span.start));
    v
}

/// A surname that opens with lower-case particles ("Ursula von der Leyen",
/// "Thomas de Maizière"): the tagger marks only the capitalised part of a
/// later short mention ("sagte von der Leyen" → "Leyen"). Where the particles
/// of the canonical name stand right before such a mention, the mention takes
/// them in, so that it names the person as the text does and later stages
/// see the name, not a preposition ("von") and an article ("der").
pub fn extend_name_particles(text: &str, entities: &mut [Entity]) {
    for e in entities.iter_mut().filter(|e| e.etype == EntityType::Per) {
        let words: Vec<&str> = e.name.split(' ').collect();
        // the particles: the lower-case run before the last word, after a first name
        let last = words.len().saturating_sub(1);
        let first_particle = (1..last).find(|&i| {
            words[i..last]
                .iter()
                .all(|w| w.starts_with(char::is_lowercase))
        });
        let Some(fp) = first_particle else {
            continue;
        };
        let particles = words[fp..last].join(" ");
        let surname = words[last];
        for m in e.mentions.iter_mut() {
            if m.kind != MentionKind::Name || m.span.of(text) != surname {
                continue;
            }
            let before = &text[..m.span.start];
            let Some(rest) = before.strip_suffix(' ') else {
                continue;
            };
            // "von der" or, opening a sentence, "Von der"
            let n = particles.len();
            if rest.len() < n || !rest.is_char_boundary(rest.len() - n) {
                continue;
            }
            let cand = &rest[rest.len() - n..];
            let starts_word =
                rest.len() == n || rest[..rest.len() - n].ends_with(|c: char| !c.is_alphanumeric());
            if starts_word && cand.to_lowercase() == particles {
                m.span = Span::new(rest.len() - n, m.span.end);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 9: the key built in one buffer is the old `format!` of the
    /// word-by-word key (spaces only after some text).
    #[test]
    fn name_key_with_prefix_is_the_formatted_key_issue_9() {
        fn old(name: &str) -> String {
            let words: Vec<&str> = name.split(' ').collect();
            let mut out = String::new();
            for (i, w) in words.iter().enumerate() {
                let l = w.to_lowercase();
                let mut s = l.as_str();
                if i + 1 < words.len() {
                    for e in ["en", "er", "es", "em", "e"] {
                        if s.len() > 4 && s.ends_with(e) {
                            s = &s[..s.len() - e.len()];
                            break;
                        }
                    }
                }
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(s);
            }
            format!("N:{out}")
        }
        for name in [
            "",
            " ",
            " X",
            "X ",
            "a  b",
            "Demokratischen Partei",
            "Partei der Arbeit",
            "İSTANBULER ΣΟΦΟΣ Straße",
            "Vereinten Nationen",
            "\u{212a}AISERLICHEN Marine",
            "ΟΔΟΣ ΣΟΦΟΣ",
            "Großen ẞTRASSE",
        ] {
            assert_eq!(name_key(name), old(name), "{name:?}");
        }
        assert_eq!(keyed("C:", "DEU"), "C:DEU");
    }

    /// Issue 9: lower-casing into a buffer is `str::to_lowercase` (final
    /// sigma, dotted I, Kelvin sign, sharp s).
    #[test]
    fn push_lower_is_to_lowercase_issue_9() {
        for s in [
            "",
            "Angela Merkel",
            "ÄRZTE OHNE GRENZEN",
            "ΟΔΟΣ ΣΟΦΟΣ",
            "Σ",
            "İstanbul",
            "\u{212a}elvin",
            "ẞ",
        ] {
            let mut out = String::from("N:");
            push_lower(&mut out, s);
            assert_eq!(out, format!("N:{}", s.to_lowercase()), "{s:?}");
        }
    }
}
