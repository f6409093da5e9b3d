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
use crate::context::{role_np_right, W_LINKED};
use crate::text::{is_determiner, Words};
use lagebild_core::EntityType;
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
        || SAME_OFFICE
            .iter()
            .any(|g| g.iter().any(|x| a.ends_with(x)) && g.iter().any(|x| b.ends_with(x)))
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

/// Links role noun phrases in text order.
pub fn link_role_nouns(w: &Words, actors: &mut [Actor]) {
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
    let main = crate::context::main_country(w);
    let mut k = 0;
    while k < w.len() {
        if !(w.is_word(k) && is_determiner(w.s(k))) {
            k += 1;
            continue;
        }
        let Some(info) = role_np_right(w, k) else {
            k += 1;
            continue;
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
        let taken = actors.iter().any(|a| {
            a.roles
                .iter()
                .any(|r| r.mention.is_some_and(|m| m.overlaps(span)))
        });
        if has_name || taken || info.plural {
            k = end + 1;
            continue;
        }
        let Some((text, lemma)) = info.roles.last().cloned() else {
            k = end + 1;
            continue;
        };
        let head_word = (k..=end)
            .filter(|&t| w.is_word(t))
            .find_map(|t| roles::role_noun(w.s(t)));
        let class = head_word.map_or(RoleClass::Office, |r| r.class);
        let np_sent = w.toks[k].sent;
        let mut best: Option<(u8, usize, usize)> = None; // (tier, -recency, actor)
        for (ai, a) in actors.iter().enumerate() {
            if a.etype != EntityType::Per {
                continue;
            }
            let last = a
                .names
                .iter()
                .map(|c| c.span.start)
                .chain(a.roles.iter().filter_map(|r| r.mention.map(|m| m.start)))
                .filter(|&s| s < span.start)
                .max();
            let Some(last) = last else { continue };
            if let (Some(g), Some(ag)) = (info.gender, a.best_gender()) {
                if g != ag {
                    continue;
                }
            }
            // persons without a country of their own are of the article's country
            let country = a.best_country().or_else(|| main.map(str::to_string));
            if let Some(c) = &country {
                if !info.countries.is_empty() && !info.countries.iter().any(|(x, _)| x == c) {
                    continue;
                }
            }
            let dist = np_sent.saturating_sub(w.toks[w.at(last).min(w.len() - 1)].sent) as usize;
            let role_match = a.roles.iter().any(|r| lemma_match(&r.lemma, &lemma));
            let country_match = country
                .as_ref()
                .is_some_and(|c| info.countries.iter().any(|(x, _)| x == c));
            let has_office = a.roles.iter().any(|r| {
                roles::role_noun(
                    r.text
                        .split(' ')
                        .find(|t| roles::role_noun(t).is_some())
                        .unwrap_or(""),
                )
                .is_some_and(|rn| rn.class == RoleClass::Office)
            });
            let tier = if role_match {
                0
            } else if country_match {
                1
            } else if class == RoleClass::Generic && dist <= 2 {
                2
            } else if class == RoleClass::Office && !has_office && dist <= 1 {
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
