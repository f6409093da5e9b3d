//! Links definite role noun phrases ("der US-Diplomat", "die Kanzlerin", "Der
//! US-Sondergesandte für Nordkorea") to the actor they refer to and adds them
//! as role mentions.
//!
//! Candidates are persons mentioned before the phrase. A candidate is ruled
//! out by a gender or country conflict. Among the rest, in this order: one
//! whose known role has the same head ("Vizeaußenminister" ~
//! "US-Vizeaußenminister"); one whose country the phrase names ("US-");
//! for generic nouns (Diplomat, Politiker) the most recent person within two
//! sentences; for offices, the most recent person within one sentence who holds
//! no other office. Ties go to the most recent mention.

use crate::cluster::{Actor, Role};
use crate::context::{role_np_right, NpInfo, W_LINKED, W_TITLE};
use crate::text::{is_adjective_like, Fact, Words};
use lagebild_core::EntityType;
use lagebild_lexicon::countries;
use lagebild_lexicon::roles::{self, RoleClass};

/// Heads that name the same office ("Premierminister" ~ "Ministerpräsident").
const SAME_OFFICE: &[&[&str]] = &[
    &[
        "ministerpräsident",
        "premierminister",
        "premier",
        "regierungschef",
    ],
    &[
        "staatspräsident",
        "staatschef",
        "staatsoberhaupt",
        "präsident",
    ],
    &["bundeskanzler", "kanzler", "regierungschef"],
    &["außenminister", "chefdiplomat"],
    // (issue #7, ev24: the army's head taken up as "der General", "Armeechef
    // X … Der General warf …")
    &[
        "armeechef",
        "generalstabschef",
        "militärchef",
        "oberbefehlshaber",
        "general",
    ],
];

/// `long` is a compound of `short` naming the same office ("Bundeskanzler" ~
/// "Kanzler", "Außenminister" ~ "Minister"), not another one
/// ("Ministerpräsident" ≁ "Präsident", "Vizekanzler" ≁ "Kanzler").
fn compound_of(long: &str, short: &str) -> bool {
    if short.len() < 5 || !long.ends_with(short) {
        return false;
    }
    let prefix = &long[..long.len() - short.len()];
    !(prefix.ends_with("minister") || prefix.contains("vize") || prefix.ends_with("premier"))
}

fn lemma_match(a: &str, b: &str) -> bool {
    a == b
        || compound_of(b, a)
        || compound_of(a, b)
        || SAME_OFFICE.iter().any(|g| g.contains(&a) && g.contains(&b))
}

/// A title whose complement runs on in a list before the name: "Minister für
/// Verkehr, Infrastruktur und Tourismus Gilles de Robien".
fn title_of_later_name(w: &Words, end: usize, name_tok: &[bool]) -> bool {
    let mut t = end + 1;
    while t < w.len() && t <= end + 8 && w.same_sent(t, end) {
        if name_tok[t] {
            return true;
        }
        let s = w.s(t);
        if !(s == "," || s == "und" || w.is_cap(t)) {
            return false;
        }
        t += 1;
    }
    false
}

/// A singular demonym noun phrase ("der Spanier", "die junge Kenianerin",
/// "dem Franzosen") used like a role noun: it refers back to a person of
/// that country. The plural ("die Spanier") names a people, not a person.
fn demonym_np(w: &Words, k: usize) -> Option<NpInfo> {
    let det = w.s(k);
    let sent = w.toks.get(k)?.sent;
    let mut h = k + 1;
    while h < w.len() && w.toks[h].sent == sent && w.is_word(h) && is_adjective_like(w.s(h)) {
        h += 1;
    }
    if h >= w.len() || w.toks[h].sent != sent || !w.is_cap(h) {
        return None;
    }
    let noun = w.s(h);
    if w.is_role(h) {
        return None;
    }
    // (a demonym is a people noun: the cached fact rules out most nouns
    // before the look-up, issue #9)
    if !w.memo(h, Fact::People, |s| {
        crate::context::people_noun(s, &mut String::new()).is_some()
    }) {
        return None;
    }
    let c = countries::demonym(noun)?;
    // the next word must not continue a name ("der Spanier Rafael Nadal" is a title)
    if h + 1 < w.len() && w.is_cap(h + 1) && w.toks[h + 1].sent == sent {
        return None;
    }
    let (gender, plural) = if noun.ends_with("innen") {
        (Some('f'), true)
    } else if noun.ends_with("in") {
        (Some('f'), false)
    } else {
        match det {
            "der" | "dem" | "des" | "ein" | "einem" | "eines" | "dieser" | "diesem" => {
                (Some('m'), false)
            }
            _ => (None, true),
        }
    };
    let lemma = noun
        .strip_suffix("innen")
        .or_else(|| noun.strip_suffix("in"))
        .unwrap_or(noun)
        .to_lowercase();
    Some(NpInfo {
        roles: vec![(noun.to_string(), lemma)],
        countries: vec![(c, W_TITLE)],
        gender,
        plural,
        span: Some(w.span(k, h)),
        end: h,
    })
}

/// The country of a closed compound's modifier: "kremlchef" with the stem
/// "Chef" → "Kreml" → `RUS`.
fn compound_country(lemma: &str, stem: &str) -> Option<&'static str> {
    let modifier = lemma.strip_suffix(stem.to_lowercase().as_str())?;
    let mut c = modifier.chars();
    let first = c.next()?;
    let word: String = first.to_uppercase().chain(c).collect();
    countries::prefix(&word)
}

/// Links role noun phrases in text order.
/// `main` is the article's main country ([`crate::context::main_country`]).
pub fn link_role_nouns(w: &Words, actors: &mut [Actor], main: Option<&'static str>) {
    let mut name_tok = vec![false; w.len()];
    for a in actors.iter() {
        for c in &a.names {
            for t in c.toks.clone() {
                if t < name_tok.len() {
                    name_tok[t] = true;
                }
            }
        }
    }
    let mut attached: Vec<lagebild_core::Span> = actors
        .iter()
        .flat_map(|a| a.roles.iter().filter_map(|r| r.mention))
        .collect();
    attached.sort_by_key(|m| (m.end, m.start));
    // per person, computed once and updated as phrases are linked (keeps the
    // pass linear in the number of phrases times persons)
    struct Known {
        starts: Vec<usize>,
        lemmas: Vec<String>,
        office: bool,
        gender: Option<char>,
        country: Option<String>,
    }
    let mut known: Vec<Option<Known>> = actors
        .iter()
        .map(|a| {
            (a.etype == EntityType::Per).then(|| {
                let mut starts: Vec<usize> = a
                    .names
                    .iter()
                    .map(|c| c.span.start)
                    .chain(a.roles.iter().filter_map(|r| r.mention.map(|m| m.start)))
                    .collect();
                starts.sort_unstable();
                let mut lemmas: Vec<String> = Vec::new();
                for r in &a.roles {
                    if !lemmas.contains(&r.lemma) {
                        lemmas.push(r.lemma.clone());
                    }
                }
                let office = a.roles.iter().any(|r| {
                    r.text
                        .split(' ')
                        .find_map(roles::role_noun)
                        .is_some_and(|rn| rn.class == RoleClass::Office)
                });
                Known {
                    starts,
                    lemmas,
                    office,
                    gender: a.best_gender(),
                    // persons without a country of their own are of the article's country
                    country: a.best_country().or_else(|| main.map(str::to_string)),
                }
            })
        })
        .collect();
    let mut k = 0;
    while k < w.len() {
        if !(w.is_word(k) && w.is_determiner(k)) {
            k += 1;
            continue;
        }
        let (info, demonym) = match role_np_right(w, k) {
            Some(i) => (i, false),
            None => match demonym_np(w, k) {
                Some(i) => (i, true),
                None => {
                    k += 1;
                    continue;
                }
            },
        };
        let Some(span) = info.span else {
            k += 1;
            continue;
        };
        let end = info.end;
        // a title before a name, or an apposition to a name, is not a free role mention
        let has_name = (k..=end + 1).any(|t| t < w.len() && name_tok[t])
            || (end + 2 < w.len() && w.s(end + 1) == "," && name_tok[end + 2])
            || title_of_later_name(w, end, &name_tok);
        // phrases already attached as appositions (sorted, found by binary search)
        let i = attached.partition_point(|m| m.end <= span.start);
        let taken = attached.get(i).is_some_and(|m| m.overlaps(span));
        if has_name || taken || info.plural {
            k = end + 1;
            continue;
        }
        let Some((text, lemma)) = info.roles.last().cloned() else {
            k = end + 1;
            continue;
        };
        // (the cached fact first: most words of the phrase are no role noun)
        let head_word = (k..=end)
            .filter(|&t| w.is_word(t) && w.is_role(t))
            .find_map(|t| roles::role_noun(w.s(t)));
        let class = head_word.as_ref().map_or(RoleClass::Office, |r| r.class);
        // a closed compound whose modifier is a country prefix ("Kremlchef",
        // "Kremlsprecher"; the hyphenated "US-Diplomat" is read by
        // `role_np_right`) names that country
        let mut info = info;
        if let Some(c) = head_word
            .as_ref()
            .filter(|r| r.prefix.is_none())
            .and_then(|r| compound_country(&r.lemma, r.stem))
        {
            if !info.countries.iter().any(|(x, _)| *x == c) {
                info.countries.push((c, W_TITLE));
            }
        }
        let np_sent = w.toks[k].sent;
        // (not an apposition, set off by a comma: "Karl Berger (CDU), dem
        // Vorsitzenden des Ausschusses")
        let oblique = matches!(w.s(k), "den" | "dem" | "einen" | "einem" | "Den" | "Dem")
            && !(k > 0 && w.s(k - 1) == ",");
        let mut best: Option<(u8, usize, usize)> = None; // (tier, -recency, actor)
        for (ai, kn) in known.iter().enumerate() {
            let Some(kn) = kn else { continue };
            let i = kn.starts.partition_point(|&x| x < span.start);
            if i == 0 {
                continue;
            }
            let last = kn.starts[i - 1];
            if let (Some(g), Some(ag)) = (info.gender, kn.gender) {
                if g != ag {
                    continue;
                }
            }
            let country = &kn.country;
            if let Some(c) = country {
                if !info.countries.is_empty() && !info.countries.iter().any(|(x, _)| x == c) {
                    continue;
                }
            }
            let dist = np_sent.saturating_sub(w.toks[w.at(last).min(w.len() - 1)].sent) as usize;
            // an object phrase is someone else than a person named in its
            // own sentence: "Außenminister X bestellte den russischen
            // Botschafter ein", "Die Kanzlerin lobte den Präsidenten"
            if dist == 0 && oblique {
                continue;
            }
            let role_match = kn.lemmas.iter().any(|l| lemma_match(l, &lemma));
            let country_match = country
                .as_ref()
                .is_some_and(|c| info.countries.iter().any(|(x, _)| x == c));
            // a demonym refers only to a person of its country
            if demonym && !country_match {
                continue;
            }
            let tier = if role_match {
                0
            } else if country_match {
                1
            } else if (class == RoleClass::Generic || demonym) && dist <= 2 {
                2
            } else if class == RoleClass::Office && !kn.office && dist <= 1 {
                3
            } else {
                continue;
            };
            let cand = (tier, usize::MAX - last, ai);
            if best.is_none_or(|b| cand < b) {
                best = Some(cand);
            }
        }
        if let Some((_, _, ai)) = best {
            if let Some(kn) = known[ai].as_mut() {
                let at = kn.starts.partition_point(|&x| x < span.start);
                kn.starts.insert(at, span.start);
                if !kn.lemmas.contains(&lemma) {
                    kn.lemmas.push(lemma.clone());
                }
                kn.office |= class == RoleClass::Office;
            }
            let a = &mut actors[ai];
            for (c, _) in &info.countries {
                a.vote_country(c, W_LINKED);
            }
            if let Some(g) = info.gender {
                a.gender_votes.push((g, 1));
            }
            a.roles.push(Role {
                text,
                lemma,
                mention: Some(span),
            });
        }
        k = end + 1;
    }
}
