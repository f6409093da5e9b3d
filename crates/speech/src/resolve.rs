//! From local speaker mentions to actors.

use crate::doc::View;
use crate::tagger::Found;
use crate::words::{PREP, PRON};
use lagebild_core::{Analysis, EntityType, Quote, Span};

fn pronoun_gender(p: &str) -> Option<char> {
    match p {
        "er" | "dieser" | "jener" | "letzterer" | "ersterer" | "derselbe" => Some('m'),
        "sie" | "diese" | "jene" | "letztere" | "erstere" | "dieselbe" => Some('f'),
        _ => None,
    }
}

/// "Seinen Angaben zufolge", "nach ihrer Darstellung": a possessive before a
/// noun of stating refers back like a pronoun. Returns the gender the
/// possessive asks for (`Some(None)`: any, for the ambiguous "ihr-").
fn possessive_gender(det: &str, noun: &str) -> Option<Option<char>> {
    const STATING: &[&str] = &[
        "angaben",
        "angabe",
        "worten",
        "ansicht",
        "meinung",
        "auffassung",
        "einschätzung",
        "aussage",
        "aussagen",
        "darstellung",
        "schätzung",
        "schätzungen",
        "überzeugung",
        "informationen",
        "erkenntnissen",
        "berechnungen",
        "zuversicht",
        "hoffnung",
        "sorge",
        "befürchtung",
        "kritik",
        "forderung",
        "position",
        "standpunkt",
        "begründung",
        "antwort",
        "fazit",
        "bilanz",
        "urteil",
        "worte",
        "erklärung",
    ];
    // "teilte sein Büro mit", "ihr Sprecher sagte": an unnamed office or
    // spokesperson of a named actor speaks for that actor
    const OFFICE: &[&str] = &[
        "büro",
        "sprecher",
        "sprecherin",
        "pressesprecher",
        "pressesprecherin",
        "pressestelle",
        "pressebüro",
        "sprecherteam",
    ];
    if !(STATING.contains(&noun) || OFFICE.contains(&noun)) {
        return None;
    }
    // ("ihren Angaben": she, or they — an organisation, several people)
    lone_possessive_gender(det)
}

/// Entity whose mention overlaps `span`, preferring persons and organisations
/// and the largest overlap. `max_len` is the longest mention of the document:
/// mentions are in text order, so only those starting in
/// `span.start - max_len .. span.end` can overlap, found by binary search
/// (keeps the stage linear on huge inputs; issue 9).
fn entity_for(a: &Analysis, span: Span, max_len: usize) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    let from = span.start.saturating_sub(max_len);
    for (ei, e) in a.entities.iter().enumerate() {
        let lo = e.mentions.partition_point(|m| m.span.start < from);
        let hi = e.mentions.partition_point(|m| m.span.start < span.end);
        for m in e.mentions.get(lo..hi).unwrap_or_default() {
            if !m.span.overlaps(span) {
                continue;
            }
            let ov = m.span.end.min(span.end) - m.span.start.max(span.start);
            let bonus = match e.etype {
                EntityType::Per => 3_000_000,
                EntityType::Org => 2_000_000,
                _ => 0,
            };
            // "warf X der Regierung von Y vor": a person named after "von"
            // inside the phrase is another noun's attribute, below a person
            // who heads their own phrase
            let attribute = e.etype == EntityType::Per
                && m.span.start > span.start
                && matches!(
                    a.text_of(Span::new(span.start, m.span.start))
                        .split_whitespace()
                        .last(),
                    Some("von" | "vom")
                );
            let score = bonus + ov + if attribute { 0 } else { 500_000 };
            if best.is_none_or(|(_, s)| score > s) {
                best = Some((ei, score));
            }
        }
    }
    best.map(|b| b.0)
}

/// "das Handelsministerium in Peking", "ein Sprecher der Polizei in Minsk":
/// a place after "in" inside a speaker phrase headed by something else says
/// where the speaker sits, not who speaks — unless the head is a government
/// ("die Regierung in Lomé" speaks for its state, see [`for_government`]).
fn place_attribute(a: &Analysis, e: usize, mention: Span) -> bool {
    let ent = &a.entities[e];
    if ent.etype != EntityType::Loc {
        return false;
    }
    let Some(m) = ent.mentions.iter().find(|m| mention.contains(m.span)) else {
        return false;
    };
    if m.span.start == mention.start {
        return false;
    }
    let before = a.text_of(Span {
        start: mention.start,
        end: m.span.start,
    });
    let in_place = before.split_whitespace().last() == Some("in");
    let leadership = before
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == "Führung" || w == "Staatsführung");
    in_place && !names_government(before) && !leadership
}

/// A phrase with a government noun ("die Regierung", "der Bundesregierung").
fn names_government(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| w.ends_with("regierung") || w.ends_with("Regierung"))
}

/// A city standing for a government speaks for its country: "die Regierung
/// in Lomé", "Moskau erklärte" → the country, when the article names it as an
/// actor. Other entities stay as they are.
fn for_government(a: &Analysis, e: usize, mention: Span) -> usize {
    let ent = &a.entities[e];
    if ent.etype != EntityType::Loc {
        return e;
    }
    let Some(code) = ent.country.as_deref() else {
        return e;
    };
    let Some(country) = lagebild_lexicon::countries::country_name(code) else {
        return e;
    };
    if ent.name == country {
        return e;
    }
    // the city itself, or a government noun with it
    let text = a.text_of(mention);
    let bare = ent.mentions.iter().any(|m| m.span == mention);
    if !(bare || names_government(text)) {
        return e;
    }
    a.entities
        .iter()
        .position(|x| x.etype == EntityType::Loc && x.name == country)
        .unwrap_or(e)
}

/// The start of the clause around byte `pos`: after the last comma, semicolon
/// or colon of its sentence before `pos`, else the sentence's start.
fn clause_start(a: &Analysis, pos: usize) -> usize {
    let Some(si) = a.sentence_at(pos) else {
        return pos;
    };
    let s0 = a.sentences[si].span.start;
    let before = a.doc.text.get(s0..pos).unwrap_or("");
    before.rfind([',', ';', ':']).map_or(s0, |i| s0 + i + 1)
}

/// The last mention of `e` (in text order) that ends at or before `pos`.
/// Mentions starting at or after `pos` cannot end before it, so the search
/// starts at the binary-searched boundary.
fn last_before(e: &lagebild_core::Entity, pos: usize) -> Option<&lagebild_core::EntityMention> {
    let k = e.mentions.partition_point(|m| m.span.start < pos);
    e.mentions[..k].iter().rev().find(|m| m.span.end <= pos)
}

/// Most recent person/organisation before `pos` that a pronoun can refer to.
fn antecedent(
    a: &Analysis,
    pos: usize,
    gender: Option<char>,
    prefer: Option<usize>,
) -> Option<usize> {
    antecedent_of(a, pos, gender, prefer, false)
}

/// [`antecedent`], of persons only when `persons`.
fn antecedent_of(
    a: &Analysis,
    pos: usize,
    gender: Option<char>,
    prefer: Option<usize>,
    persons: bool,
) -> Option<usize> {
    let compatible = |ei: usize| -> bool {
        let e = &a.entities[ei];
        if persons && e.etype != EntityType::Per {
            return false;
        }
        match (e.etype, gender, e.gender) {
            (EntityType::Per, Some(g), Some(eg)) => g == eg,
            (EntityType::Per, _, _) => true,
            (EntityType::Org, Some('f'), _) => true,
            (EntityType::Org, _, Some(eg)) => gender.is_none_or(|g| g == eg),
            _ => false,
        }
    };
    let mut best: Option<(usize, usize)> = None;
    for (ei, e) in a.entities.iter().enumerate() {
        if !compatible(ei) {
            continue;
        }
        if let Some(m) = last_before(e, pos) {
            if best.is_none_or(|(_, p)| m.span.end > p) {
                best = Some((ei, m.span.end));
            }
        }
    }
    if let Some(p) = prefer.filter(|&p| p < a.entities.len() && compatible(p)) {
        // the previous speaker stays the topic unless someone else has since
        // become the subject of a sentence of their own
        let last_p = last_before(&a.entities[p], pos);
        if let (Some(lp), Some((be, bp))) = (last_p, best) {
            let new_subject = be != p
                && last_before(&a.entities[be], pos)
                    .is_some_and(|m| opens_later_sentence(a, m.span, lp.span.end));
            if bp.saturating_sub(lp.span.end) < 400 && !new_subject {
                return Some(p);
            }
        }
    }
    best.map(|b| b.0)
}

/// The person a subject pronoun at byte `pos` refers to, resolved as the
/// stage resolves a pronoun speaker, but among persons only and without the
/// previous speaker's preference: the most recent compatible person (none
/// for a demonstrative after an unnamed role noun, see
/// [`unnamed_role_between`]). `pron` is the pronoun, lower-cased ("er",
/// "sie", "dieser"). For later stages that meet a pronoun subject outside a
/// quote's cue ("Er dankte Südafrika …"), so that both resolve it alike.
pub fn pronoun_antecedent(a: &Analysis, pos: usize, pron: &str) -> Option<usize> {
    if a.entities.is_empty() {
        return None;
    }
    let g = pronoun_gender(pron);
    let e = antecedent_of(a, pos, g, None, true)?;
    let demonstrative = !matches!(pron, "er" | "sie");
    if demonstrative && unnamed_role_between(a, e, pos, g, &person_starts_of(a)) {
        return None;
    }
    Some(e)
}

/// Where persons are named (sorted byte offsets): a role noun right before
/// one is no unnamed person.
fn person_starts_of(a: &Analysis) -> Vec<usize> {
    let mut starts: Vec<usize> = a
        .entities
        .iter()
        .filter(|e| e.etype == EntityType::Per)
        .flat_map(|e| e.mentions.iter().map(|m| m.span.start))
        .collect();
    starts.sort_unstable();
    starts
}

/// Whether `mention` stands in the prefield of a sentence that begins after
/// `after`: at most a determiner, adjectives and role nouns before it, no
/// comma ("Der ukrainische Präsident Wolodymyr Selenskyj verhängte …",
/// "Die Aktivistin Luisa Neubauer kritisierte …"). Such a mention is the
/// sentence's subject and the new topic a following pronoun refers to.
fn opens_later_sentence(a: &Analysis, mention: Span, after: usize) -> bool {
    let Some(si) = a.sentence_at(mention.start) else {
        return false;
    };
    let s = a.sentences[si].span;
    if s.start < after {
        return false;
    }
    let before = a.text_of(Span {
        start: s.start,
        end: mention.start,
    });
    if before.contains([',', ':', '„', '"', '»', '«']) || before.split_whitespace().count() > 4
    {
        return false;
    }
    // capitalised words (articles at the start, role nouns) and inflected
    // adjectives only: no verb, no pronoun ("Am Abend traf er Jan Wolff")
    before.split_whitespace().all(|w| {
        w.starts_with(char::is_uppercase)
            || matches!(w, "der" | "die" | "das" | "ein" | "eine")
            || (w.chars().count() >= 4
                && ["e", "en", "er", "es", "em"].iter().any(|e| w.ends_with(e)))
    })
}

/// "Erdoğan macht den Prediger Gülen verantwortlich. Er forderte …": a
/// personal pronoun opening its sentence continues the subject that opened
/// the sentence before, not a person named later in it as an object. `e` is
/// the most recent candidate; returns the subject person when it differs
/// (issue #7, ev30).
fn subject_before(a: &Analysis, pron: usize, gender: Option<char>, e: usize) -> Option<usize> {
    let si = a.sentence_at(pron)?;
    if si == 0 || a.sentences[si].span.start != pron {
        return None;
    }
    let prev = a.sentences[si - 1].span;
    let last_e = last_before(&a.entities[e], pron)?;
    if !prev.contains(last_e.span) {
        return None;
    }
    a.entities.iter().enumerate().find_map(|(pi, p)| {
        let ok = pi != e
            && p.etype == EntityType::Per
            && gender.is_none_or(|g| p.gender.is_none_or(|pg| pg == g));
        let m = p
            .mentions
            .iter()
            .find(|m| prev.contains(m.span) && m.span.end <= last_e.span.start)?;
        (ok && opens_later_sentence(a, m.span, prev.start)).then_some(pi)
    })
}

/// "Duda empfing den ukrainischen Außenminister. Dieser sagte, …": a
/// demonstrative points at the last person named or not, so an unnamed role
/// noun of its gender after the antecedent's last mention (before `pos`) is
/// what it refers to, and the speaker is no named actor. A role noun directly
/// before a person's name ("den Außenminister Kuleba") names that person.
fn unnamed_role_between(
    a: &Analysis,
    e: usize,
    pos: usize,
    gender: Option<char>,
    person_starts: &[usize],
) -> bool {
    let Some(last) = last_before(&a.entities[e], pos) else {
        return false;
    };
    let from = last.span.end;
    let text = a.doc.text.get(from..pos).unwrap_or("");
    let mut words = text
        .split_whitespace()
        .map(|w| {
            // byte offset of the word in the document
            let off = from + (w.as_ptr() as usize - text.as_ptr() as usize);
            (
                off,
                w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'),
            )
        })
        .peekable();
    while let Some((_, w)) = words.next() {
        if !w.starts_with(char::is_uppercase) {
            continue;
        }
        let Some(rn) = lagebild_lexicon::roles::role_noun(w) else {
            continue;
        };
        // (masculine forms rarely show their gender: "Außenminister")
        let fits = match gender {
            Some('f') => rn.gender == Some('f'),
            _ => rn.gender != Some('f'),
        };
        if rn.plural == Some(true) || !fits {
            continue;
        }
        let named = words.peek().is_some_and(|&(next, _)| {
            let k = person_starts.partition_point(|&s| s < next);
            person_starts.get(k) == Some(&next)
        });
        if !named {
            return true;
        }
    }
    false
}

/// The gender a lone possessive determiner asks for ("seine" → m, "ihre" →
/// any: she or they).
fn lone_possessive_gender(w: &str) -> Option<Option<char>> {
    const ENDS: &[&str] = &["", "e", "er", "en", "em", "es"];
    if ENDS.iter().any(|e| w.strip_prefix("sein") == Some(e)) {
        Some(Some('m'))
    } else if ENDS.iter().any(|e| w.strip_prefix("ihr") == Some(e)) {
        Some(None)
    } else {
        None
    }
}

/// "Die Organisation rief … auf", "eine Sprecherin der Behörde erklärte": a
/// definite generic organisation noun ending the speaker phrase refers back
/// to the most recent organisation named before the statement (none named
/// in the phrase itself).
fn org_anaphor(
    a: &Analysis,
    v: &View,
    start: usize,
    end: usize,
    content: usize,
    max_len: usize,
) -> Option<usize> {
    const ORG_NOUNS: &[&str] = &[
        "organisation",
        "hilfsorganisation",
        "behörde",
        "konzern",
        "unternehmen",
        "gewerkschaft",
        "miliz",
        "agentur",
        // an armed group's members, by its creed or its fight ("ein
        // Sprecher der Islamisten" after "Die Taliban …")
        "islamisten",
        "dschihadisten",
        "extremisten",
        "rebellen",
        "aufständischen",
        "separatisten",
        "milizen",
    ];
    // (genitive: "ein Sprecher des Unternehmens"). Not "das Gericht": on
    // wikinews-dev its statements are as often left without a speaker.
    let head = v.lo(end - 1);
    let org_noun = [
        head,
        head.strip_suffix("es").unwrap_or(""),
        head.strip_suffix('s').unwrap_or(""),
    ]
    .iter()
    .any(|w| ORG_NOUNS.contains(w));
    if end < start + 2
        || !org_noun
        || !v.lo_in(end - 2, &["die", "der", "das", "des"])
        || entity_for(a, v.span(start, end), max_len).is_some()
    {
        return None;
    }
    let pos = v.toks[start].span.start.min(content);
    let mut best: Option<(usize, usize)> = None;
    for (ei, e) in a.entities.iter().enumerate() {
        if e.etype != EntityType::Org {
            continue;
        }
        if let Some(m) = last_before(e, pos) {
            if best.is_none_or(|(_, p)| m.span.end > p) {
                best = Some((ei, m.span.end));
            }
        }
    }
    best.map(|b| b.0)
}

/// Party-member nouns ("sagte der Sozialist"), masculine singular stems.
const PARTY_MEMBERS: &[&str] = &[
    "sozialist",
    "sozialdemokrat",
    "christdemokrat",
    "christsozial",
    "demokrat",
    "republikaner",
    "kommunist",
    "nationalist",
    "populist",
    "rechtspopulist",
    "linkspopulist",
    "konservativ",
    "liberal",
    "peronist",
    "gaullist",
    "chavist",
];

/// A definite singular description that refers back to a person named
/// before: an age noun ("der 35-Jährige", "Die 37-Jährige") or a party member
/// ("der Sozialist", "die Republikanerin", "der Konservative"). As the subject
/// of a cue it is nominative, so "der" is masculine singular and "die" with a
/// feminine form feminine singular (the plurals "die 20-Jährigen", "die
/// Sozialisten" name nobody). Returns the gender asked for.
fn described_person_gender(v: &View, start: usize, end: usize) -> Option<Option<char>> {
    // (the phrase may run on into an adverbial: "sagte der 41-Jährige bei
    // einem Abendessen")
    if end < start + 2 || (end > start + 2 && !v.has(start + 2, PREP)) {
        return None;
    }
    let noun = v.lo(start + 1);
    let det = v.lo(start);
    if let Some((num, rest)) = noun.split_once('-') {
        if num.is_empty() || !num.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        return match (det, rest) {
            ("der", "jährige") => Some(Some('m')),
            ("die", "jährige") => Some(Some('f')),
            _ => None,
        };
    }
    let member = |stem: &str| PARTY_MEMBERS.contains(&stem);
    match det {
        // "der Sozialist", "der Konservative" (adjectival: stem + e)
        "der" if member(noun) || noun.strip_suffix('e').is_some_and(member) => Some(Some('m')),
        // "die Sozialistin", "die Konservative"
        "die"
            if noun.strip_suffix("in").is_some_and(member)
                || noun.strip_suffix('e').is_some_and(member) =>
        {
            Some(Some('f'))
        }
        _ => None,
    }
}

/// The token index whose span contains byte `pos` (or the next one).
fn tok_at(v: &View, pos: usize) -> usize {
    v.toks.partition_point(|t| t.span.end <= pos)
}

/// "Das Welternährungsprogramm fliegt nach eigenen Angaben …", "Schon am
/// Donnerstag schickte das Rote Kreuz nach eigenen Angaben …": the source is
/// the subject of the clause, taken as the first person, organisation or
/// place of the clause before the source phrase that no preposition governs
/// (a pronoun at the clause's start refers back as a pronoun speaker does).
fn own_subject(a: &Analysis, v: &View, src: usize, max_len: usize) -> Option<usize> {
    let at = v.toks.get(src)?.span.start;
    let from = clause_start(a, at);
    let first = tok_at(v, from);
    let mut k = first;
    while k < src {
        // (an all-capital acronym is a name: "Geheimdienst MIT")
        let acronym = v.w(k).chars().filter(|c| c.is_alphabetic()).count() > 1
            && !v.w(k).chars().any(char::is_lowercase);
        if v.is_word(k) && v.has(k, PREP) && !acronym {
            // skip the preposition's noun phrase ("am Donnerstag", "in Genf")
            k = v.np(k + 1, src).unwrap_or(k + 1).max(k + 1);
            continue;
        }
        if k == first && v.lo_in(k, &["er", "sie"]) {
            let g = pronoun_gender(v.lo(k));
            return antecedent(a, v.toks[k].span.start, g, None);
        }
        if let Some(e) = entity_for(a, v.toks[k].span, max_len) {
            return Some(for_government(a, e, v.toks[k].span));
        }
        k += 1;
    }
    None
}

/// "der Sprecher des Nationalen Sicherheitsrats, John Kirby,": a person named
/// in apposition right after a speaker phrase headed by a role noun is the
/// speaker, not the organisation in its genitive. So is a person whose name
/// ends a speaker phrase led by an article, after a comma: "Die Schwester
/// von Machthaber X, Y, hatte angekündigt" is Y, not X of its attribute
/// (issue #7, ev30).
fn named_in_apposition(
    a: &Analysis,
    v: &View,
    start: usize,
    end: usize,
    max_len: usize,
) -> Option<usize> {
    if v.lo_in(start, &["der", "die", "das", "ein", "eine"]) {
        if let Some(comma) = (start + 2..end.saturating_sub(1))
            .rev()
            .find(|&k| v.is(k, ","))
        {
            let tail = v.span(comma + 1, end);
            if let Some(p) = entity_for(a, tail, max_len) {
                let e = &a.entities[p];
                if e.etype == EntityType::Per && e.mentions.iter().any(|m| m.span == tail) {
                    return Some(p);
                }
            }
        }
    }
    if end + 1 >= v.n() || !v.is(end, ",") {
        return None;
    }
    let role_head =
        (start..end).any(|t| v.is_cap(t) && lagebild_lexicon::roles::role_noun(v.w(t)).is_some());
    // (a speaker phrase that names a person itself keeps it)
    let names_person = entity_for(a, v.span(start, end), max_len)
        .is_some_and(|e| a.entities[e].etype == EntityType::Per);
    if !role_head || names_person {
        return None;
    }
    let p = entity_for(a, v.toks[end + 1].span, max_len)?;
    if a.entities[p].etype != EntityType::Per {
        return None;
    }
    // the name ends the apposition (a comma, the clause or the sentence)
    let m = a.entities[p]
        .mentions
        .iter()
        .find(|m| m.span.start == v.toks[end + 1].span.start)?;
    let after = a.doc.text.get(m.span.end..)?.trim_start();
    if !after.starts_with([',', '.', ';']) && !after.is_empty() {
        return None;
    }
    Some(p)
}

pub fn to_quotes(a: &Analysis, v: &View, found: Vec<Found>) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::with_capacity(found.len());
    let mut prev_speaker: Option<usize> = None;
    let mut last_mention: Option<(Span, Option<usize>)> = None;
    let max_len = a
        .entities
        .iter()
        .flat_map(|e| &e.mentions)
        .map(|m| m.span.len())
        .max()
        .unwrap_or(0);
    // (made when the first demonstrative speaker needs it)
    let person_starts = std::cell::OnceCell::new();
    for f in found {
        let spans: Vec<Span> = f.parts.iter().map(|p| v.span(p.start, p.end)).collect();
        let span = spans.iter().skip(1).fold(spans[0], |acc, s| acc.cover(*s));
        let mention = f
            .mention
            .as_ref()
            .filter(|m| m.start < m.end)
            .map(|m| v.span(m.start, m.end));
        // a continuation shares its first statement's mention: resolved once
        // (positions before the first statement's content count, not its words)
        let reused = mention.and_then(|m| last_mention.filter(|(s, _)| *s == m));
        let mut ent = reused.and_then(|(_, e)| e);
        if reused.is_some() {
        } else if let (Some(ms), Some(mr)) = (mention, f.mention.as_ref()) {
            if !a.entities.is_empty() {
                let single_pron = mr.end - mr.start == 1 && v.has(mr.start, PRON);
                // "seinen Angaben", also with an attribute and after a
                // preposition: "in seiner von APS verbreiteten Erklärung"
                let det = if v.has(mr.start, PREP) {
                    mr.start + 1
                } else {
                    mr.start
                };
                // (the phrase may stop inside an extended attribute, before its
                // participle and noun: "… APS | verbreiteten Erklärung")
                let noun = if mr.end + 1 < v.n() && v.adj_like(mr.end) && v.is_cap(mr.end + 1) {
                    mr.end + 1
                } else {
                    mr.end - 1
                };
                let possessive = (det < noun)
                    .then(|| possessive_gender(v.lo(det), v.lo(noun)))
                    .flatten();
                // "X, der … vorwarf": a relative pronoun after a comma
                let relative = mr.end - mr.start == 1
                    && mr.start > 0
                    && v.is(mr.start - 1, ",")
                    && v.lo_in(mr.start, &["der", "die", "welcher", "welche"]);
                ent = if relative {
                    // only an actor named right before the comma ("Clark, der";
                    // not "ein Kommentar, der" after an earlier name)
                    let g = v.lo_in(mr.start, &["der", "welcher"]).then_some('m');
                    antecedent(a, ms.start, g, None).filter(|&e| {
                        last_before(&a.entities[e], ms.start)
                            .is_some_and(|m| m.span.end + 40 >= ms.start)
                    })
                } else if single_pron {
                    // (a personal pronoun is not an actor of its own clause:
                    // "Minister X warf er vor", "Nach dem Treffen mit X sagte
                    // er"; a demonstrative may be: "mit dem Anwalt X sagte
                    // dieser")
                    let personal = v.lo_in(mr.start, &["er", "sie"]);
                    let pos = if personal {
                        clause_start(a, ms.start)
                    } else {
                        ms.start
                    };
                    let g = pronoun_gender(v.lo(mr.start));
                    // (a demonstrative points at the most recent actor, not at
                    // the topic: "Duda traf X. Dieser sagte" is X)
                    let prefer = if personal { prev_speaker } else { None };
                    antecedent(a, pos, g, prefer)
                        .map(|e| {
                            if personal {
                                subject_before(a, ms.start, g, e).unwrap_or(e)
                            } else {
                                e
                            }
                        })
                        .filter(|&e| {
                            personal
                                || !unnamed_role_between(
                                    a,
                                    e,
                                    ms.start,
                                    g,
                                    person_starts.get_or_init(|| person_starts_of(a)),
                                )
                        })
                } else if let Some(g) = possessive {
                    // no topic preference: the possessive points at the nearest
                    // actor before the statement (not one named in its content:
                    // "Glas sei ein Straftäter, teilte sein Büro mit")
                    antecedent(a, ms.start.min(span.start), g, None)
                } else if let Some(g) =
                    lone_possessive_gender(v.lo(mr.start)).filter(|_| mr.end == mr.start + 1)
                {
                    // "wiederholte seine Behauptung": the possessive of a noun
                    // of stating alone is the speaker mention
                    antecedent(a, ms.start.min(span.start), g, None)
                } else if let Some(e) = org_anaphor(a, v, mr.start, mr.end, span.start, max_len) {
                    Some(e)
                } else if let Some(g) = described_person_gender(v, mr.start, mr.end) {
                    // "sagte der 35-Jährige", "sagte der Sozialist": the most
                    // recent person of its gender (a role mention of the
                    // description itself, not of the adverbial after it)
                    entity_for(a, v.span(mr.start, mr.start + 2), max_len)
                        .filter(|&e| a.entities[e].etype == EntityType::Per)
                        .or_else(|| antecedent_of(a, ms.start.min(span.start), g, None, true))
                } else if v.lo_in(mr.start, &["eigenen", "eigener"]) {
                    // "X schickte nach eigenen Angaben …": the clause's subject
                    own_subject(a, v, mr.start, max_len)
                } else if let Some(p) = named_in_apposition(a, v, mr.start, mr.end, max_len) {
                    Some(p)
                } else {
                    entity_for(a, ms, max_len)
                        .filter(|&e| !place_attribute(a, e, ms))
                        .map(|e| for_government(a, e, ms))
                };
            }
        }
        if let Some(m) = mention {
            last_mention = Some((m, ent));
        }
        if ent.is_some() {
            prev_speaker = ent;
        }
        let cue_spans = f.cue_toks.iter().map(|&k| v.toks[k].span).collect();
        out.push(Quote {
            span,
            spans: if spans.len() > 1 { spans } else { Vec::new() },
            kind: f.kind,
            speaker_entity: ent,
            speaker: ent.map(|e| a.entities[e].name.clone()),
            speaker_mention: mention,
            cue: f.cue,
            cue_spans,
            rule: format!("speech:{}", f.rule),
        });
    }
    out
}
