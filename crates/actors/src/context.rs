//! Roles, countries and gender from the context of each name: pre-nominal
//! titles ("US-Vizeaußenminister Stephen Biegun"), appositions ("Choe Son-hui,
//! die erste Vizeaußenministerin Nordkoreas"; "Der südkoreanische
//! Sonderbeauftragte für …, Lee Do-hoon"), parties in parentheses, "aus
//! Nordkorea"; then the article's main country for actors without one.

use crate::cluster::{Actor, Role};
use crate::mentions::gazetteer_at;
use crate::text::{
    is_adjective_like, is_common_noun, is_determiner, is_indefinite, is_preposition, Fact, Words,
};
use lagebild_core::{EntityType, Span};
use lagebild_lexicon::countries::{self, PlaceKind};
use lagebild_lexicon::names;
use lagebild_lexicon::roles::{self, RoleNoun};

/// Weights of country evidence.
pub const W_TITLE: u32 = 6;
pub const W_APPOSITION: u32 = 5;
pub const W_CONTEXT: u32 = 4;
pub const W_KNOWN: u32 = 5;
pub const W_LINKED: u32 = 3;
pub const W_PLACE: u32 = 1;

/// What a role noun phrase says about its actor.
#[derive(Debug, Clone, Default)]
pub struct NpInfo {
    pub roles: Vec<(String, String)>,
    pub countries: Vec<(&'static str, u32)>,
    pub gender: Option<char>,
    /// Only plural readings.
    pub plural: bool,
    /// The noun phrase (from its determiner) when it stands apart from the name.
    pub span: Option<Span>,
    /// Last token of the phrase.
    pub end: usize,
}

/// The country of a hyphen prefix: "US" (list), or a party/organisation ("SPD").
pub fn prefix_country(p: &str) -> Option<&'static str> {
    let org = |p: &str| {
        countries::place(p)
            .filter(|pl| pl.kind == PlaceKind::Org)
            .and_then(|pl| pl.code)
    };
    // "Grünen-Politiker", "Linken-Chefin": the party in its inflected form
    countries::prefix(p)
        .or_else(|| org(p))
        .or_else(|| p.strip_suffix('n').and_then(org))
}

/// Gender of a role noun in its phrase.
pub fn role_gender(det: Option<&str>, rn: &RoleNoun, word: &str) -> (Option<char>, bool) {
    role_gender_adj(det, rn, word, false)
}

/// As [`role_gender`]; `adj_en`: an adjective in -en stands between article and
/// noun ("der kanadischen Ermittler" is genitive plural, not masculine singular).
pub fn role_gender_adj(
    det: Option<&str>,
    rn: &RoleNoun,
    word: &str,
    adj_en: bool,
) -> (Option<char>, bool) {
    let det = det.map(str::to_lowercase);
    let d = det.as_deref();
    if adj_en && d == Some("der") && !rn.adjectival && rn.gender != Some('f') {
        return (None, true);
    }
    if rn.plural == Some(true) {
        return (rn.gender, true);
    }
    if rn.adjectival {
        let e = word.ends_with('e');
        let en = word.ends_with("en");
        let er = word.ends_with("er");
        return match d {
            Some("die") | Some("diese") if e => (Some('f'), false),
            Some("die") | Some("diese") if en => (None, true),
            Some("der") | Some("dieser") if e => (Some('m'), false),
            Some("des") | Some("dem") | Some("den") | Some("dieses") | Some("diesem") if en => {
                (Some('m'), false)
            }
            Some("ein") if er => (Some('m'), false),
            Some("eine") if e => (Some('f'), false),
            None if er => (Some('m'), false),
            _ => (None, false),
        };
    }
    if rn.gender == Some('f') {
        return (Some('f'), false);
    }
    match d {
        Some("die") | Some("diese") => (None, true), // "die Minister": plural
        _ => (Some('m'), false),
    }
}

/// Country cues inside tokens `r`: nationality adjectives, and genitive
/// countries or organisations not governed by a preposition other than
/// "von".
fn cues_in(w: &Words, r: std::ops::Range<usize>, out: &mut Vec<(&'static str, u32)>, weight: u32) {
    let mut k = r.start;
    while k < r.end {
        if !w.is_word(k) {
            k += 1;
            continue;
        }
        if let Some(c) = w.adjective(k) {
            if !former_place(w, k) {
                out.push((c, weight.saturating_sub(1)));
            }
        } else if let Some((end, p)) = gazetteer_at(w, k) {
            // ("von" names whose it is: "Bürgermeisterin von Washington")
            let gov = k > 0 && is_preposition(w.s(k - 1)) && w.s(k - 1) != "von";
            if !gov && p.kind != PlaceKind::Region {
                if let Some(c) = p.code {
                    out.push((c, weight));
                }
            }
            k = end;
            continue;
        }
        k += 1;
    }
}

/// The country of the place named with "in" in the sentence of token `k`
/// ("in Nairobi", "In der kenianischen Hauptstadt Nairobi"), when there is
/// exactly one such country.
fn locative_country(w: &Words, k: usize) -> Option<&'static str> {
    let sent = w.toks.get(k)?.sent;
    let mut lo = k;
    while lo > 0 && w.toks[lo - 1].sent == sent {
        lo -= 1;
    }
    let mut found: Option<&'static str> = None;
    let mut i = lo;
    while i < w.len() && w.toks[i].sent == sent {
        if w.is_word(i)
            && matches!(w.s(i), "in" | "In")
            && i + 1 < w.len()
            && w.toks[i + 1].sent == sent
        {
            if let Some((_, p)) = gazetteer_at(w, i + 1) {
                if matches!(
                    p.kind,
                    PlaceKind::Country | PlaceKind::Capital | PlaceKind::City
                ) {
                    // "in der gambischen Botschaft in Dakar": an embassy is
                    // its state's place, the city only where it stands
                    // (issue #7, ev30)
                    let code = match embassy_before(w, i) {
                        Some(state) => state,
                        None => p.code,
                    };
                    if let Some(c) = code {
                        if found.is_some_and(|f| f != c) {
                            return None;
                        }
                        found = Some(c);
                    }
                }
            }
        }
        i += 1;
    }
    found
}

/// "der gambischen Botschaft in Dakar": before the "in" at token `k`, an
/// embassy or consulate noun: `Some` of the state of the nationality
/// adjective before it (`Some(None)` when none is named).
fn embassy_before(w: &Words, k: usize) -> Option<Option<&'static str>> {
    if k == 0 || !w.same_sent(k - 1, k) {
        return None;
    }
    let noun = w.s(k - 1).to_lowercase();
    if !["botschaft", "konsulat", "generalkonsulat", "vertretung"]
        .iter()
        .any(|n| noun.ends_with(n))
    {
        return None;
    }
    Some(
        (k >= 2 && w.same_sent(k - 2, k))
            .then(|| w.adjective(k - 2))
            .flatten(),
    )
}

/// "der ehemaligen niederländischen Kolonie": a nationality adjective after
/// "ehemalig-/früher-/einstig-" that qualifies a place or thing, not a role
/// noun, names a past affiliation of that place — not the person's country
/// ("der frühere deutsche Kanzler" keeps its country).
fn former_place(w: &Words, k: usize) -> bool {
    let former = k > 0
        && w.same_sent(k - 1, k)
        && ["ehemalig", "früher", "einstig"]
            .iter()
            .any(|f| w.s(k - 1).to_lowercase().starts_with(f));
    former && k + 1 < w.len() && w.same_sent(k, k + 1) && w.is_cap(k + 1) && !w.is_role(k + 1)
}

/// A role phrase starting at token `k` (after a comma): [det] [adj]* Role
/// [und Role] [complement up to the next comma/bracket/sentence end].
pub fn role_np_right(w: &Words, mut k: usize) -> Option<NpInfo> {
    let sent = w.toks.get(k)?.sent;
    let start = k;
    let mut det = None;
    if w.is_word(k) && (w.is_determiner(k) || is_indefinite(w.s(k))) {
        det = Some(w.s(k));
        k += 1;
    }
    let mut info = NpInfo::default();
    let adj_start = k;
    while k < w.len() && w.toks[k].sent == sent && w.is_word(k) && is_adjective_like(w.s(k)) {
        k += 1;
    }
    let mut heads = Vec::new();
    while k < w.len() && w.toks[k].sent == sent && w.is_word(k) {
        let Some(rn) = w.is_role(k).then(|| roles::role_noun(w.s(k))).flatten() else {
            break;
        };
        heads.push((k, rn));
        k += 1;
        if k + 1 < w.len() && w.s(k) == "und" && w.is_role(k + 1) {
            k += 1;
        } else {
            break;
        }
    }
    if heads.is_empty() {
        return None;
    }
    cues_in(w, adj_start..heads[0].0, &mut info.countries, W_APPOSITION);
    // complement: one genitive or prepositional phrase
    let comp_start = k;
    let end = match complement(w, k) {
        Some(e) => {
            cues_in(w, comp_start..e + 1, &mut info.countries, W_APPOSITION);
            e
        }
        None => heads[heads.len() - 1].0,
    };
    // a state the office belongs to ("des UN-Botschafters von Osttimor",
    // "UN-Botschafter Syriens") outweighs the body it is held at (issue #7,
    // ev27; not an office for a place: "UN-Sondergesandter für Syrien")
    let of_state = !info.countries.is_empty()
        && comp_start < w.len()
        && w.s(comp_start) != "für"
        && w.s(comp_start) != "in"
        && w.s(comp_start) != "im";
    for (i, (h, rn)) in heads.iter().enumerate() {
        if let Some(c) = rn.prefix.as_deref().and_then(prefix_country) {
            let wt = if c == "IGO" && of_state {
                W_CONTEXT
            } else {
                W_TITLE
            };
            info.countries.push((c, wt));
        }
        let adj_en = (adj_start..heads[0].0).any(|a| w.s(a).ends_with("en"));
        let (g, pl) = role_gender_adj(det, rn, w.s(*h), adj_en);
        info.gender = info.gender.or(g);
        info.plural |= pl;
        // the last head carries the complement; adjectives go with the first
        let from = if i == 0 { adj_start } else { *h };
        let to = if i + 1 == heads.len() { end } else { *h };
        info.roles
            .push((w.span(from, to).of(w.text).to_string(), rn.lemma.clone()));
    }
    info.span = Some(w.span(start, end));
    info.end = end;
    Some(info)
}

/// The genitive or prepositional complement of a role noun starting at token
/// `k` ("Nordkoreas", "der Afrikanischen Union", "für Bergbau und
/// Telekommunikation", "des … russischen Kampfflugzeuges", "von
/// Washington"): its last token.
pub fn complement(w: &Words, k: usize) -> Option<usize> {
    if k >= w.len() || !w.is_word(k) {
        return None;
    }
    let s = w.s(k);
    if w.is_cap(k) && s.ends_with('s') {
        if let Some((end, p)) = gazetteer_at(w, k) {
            if p.kind != PlaceKind::Org {
                return Some(end - 1);
            }
        }
    }
    // "von" with a place right after: "Die Bürgermeisterin von Washington"
    // (issue #7, ev27; not an organisation: "ein Sprecher von Amnesty")
    if s == "von" {
        let (end, p) = gazetteer_at(w, k + 1).filter(|_| w.same_sent(k, k + 1))?;
        return (p.kind != PlaceKind::Org).then(|| end - 1);
    }
    if !matches!(s, "für" | "des" | "der" | "im" | "in") {
        return None;
    }
    let mut j = k + 1;
    let mut head = None;
    while j < w.len() && j <= k + 10 && w.same_sent(j, k) && w.is_word(j) {
        let prev = w.s(j - 1);
        let attached =
            j == k + 1 || is_determiner(prev) || is_indefinite(prev) || is_adjective_like(prev);
        if let Some((end, _)) = gazetteer_at(w, j) {
            if attached {
                head = Some(end - 1);
                break;
            }
            j = end;
            continue;
        }
        if w.is_cap(j) && attached {
            head = Some(j);
            break;
        }
        j += 1;
    }
    let mut end = head?;
    if end + 2 < w.len() && w.s(end + 1) == "und" && w.is_cap(end + 2) && w.same_sent(end, end + 2)
    {
        end += 2;
    }
    Some(end)
}

/// A title of rank worn with the name rather than an office ("Prinz",
/// "Scheich"), as a role lemma.
fn is_honorific(lemma: &str) -> bool {
    matches!(
        lemma,
        "prinz" | "prinzessin" | "kronprinz" | "kronprinzessin" | "scheich" | "kardinal"
    )
}

/// Titles right before a name: "der deutsche Vizekanzler und Arbeitsminister Franz
/// Müntefering", "Thailands Premier Abhisit".
fn prenominal(w: &Words, name_start: usize) -> Option<NpInfo> {
    if name_start == 0 {
        return None;
    }
    let mut k = name_start - 1;
    if !w.is_word(k) || !w.same_sent(k, name_start) {
        return None;
    }
    // "der Russin Natalja Sadova"; "die US-Rockband Bon Jovi" (a compound with a
    // country prefix, even when its head is no role noun)
    if w.is_cap(k) && !w.is_role(k) {
        let s = w.s(k);
        let prefixed = || {
            s.split_once('-')
                .filter(|(_, head)| head.chars().next().is_some_and(char::is_uppercase))
                .and_then(|(p, _)| prefix_country(p))
        };
        let own = people_noun(s, &mut String::new())
            .or_else(prefixed)
            .map(|c| NpInfo {
                countries: vec![(c, W_TITLE)],
                ..NpInfo::default()
            });
        if own.is_some() {
            return own;
        }
    }
    let mut info = NpInfo::default();
    // "der Schweizer Bankier und Vorstandschef der Deutschen Bank Josef
    // Ackermann": a genitive complement between the title and the name is
    // stepped over — a state's name gives its country ("Präsident der
    // Ukraine X"), an employer none of the person's own (issue #7, ev28)
    if w.is_cap(k) && !w.is_role(k) {
        let (d, country) = genitive_before_name(w, k, name_start)?;
        info.countries.extend(country.map(|c| (c, W_TITLE)));
        k = d - 1;
    }
    let mut heads: Vec<(usize, RoleNoun)> = Vec::new();
    let mut det = None;
    loop {
        let s = w.s(k);
        if w.is_word(k) {
            if let Some(rn) = w.is_role(k).then(|| roles::role_noun(s)).flatten() {
                // (an honorific right before the name may follow the office:
                // "der saudische Außenminister Prinz X")
                let honorific = heads.len() == 1
                    && heads[0].0 == k + 1
                    && heads[0].0 + 1 == name_start
                    && is_honorific(&heads[0].1.lemma);
                if !heads.is_empty() && k + 1 < name_start && w.s(k + 1) != "und" && !honorific {
                    break;
                }
                heads.push((k, rn));
            } else if heads.is_empty() {
                return None;
            } else if s == "und" {
            } else if let Some(c) = w.adjective(k) {
                info.countries.push((c, W_TITLE));
            } else if is_adjective_like(s) {
            } else if is_determiner(s) || is_indefinite(s) {
                det = Some(s);
                break;
            } else if let Some(p) = countries::place(s).filter(|_| s.ends_with('s')) {
                if let Some(c) = p.code {
                    info.countries.push((c, W_TITLE));
                }
                break;
            } else {
                break;
            }
        } else {
            break;
        }
        if k == 0 || !w.same_sent(k - 1, name_start) {
            break;
        }
        k -= 1;
    }
    if heads.is_empty() {
        return None;
    }
    for (h, rn) in &heads {
        if let Some(c) = rn.prefix.as_deref().and_then(prefix_country) {
            info.countries.push((c, W_TITLE));
        }
        let (g, pl) = role_gender(det, rn, w.s(*h));
        info.gender = info.gender.or(g);
        info.plural |= pl;
        info.roles.push((w.s(*h).to_string(), rn.lemma.clone()));
    }
    info.roles.reverse();
    Some(info)
}

/// The genitive complement ending at token `k` right before a name: "der"/
/// "des" at `d`, then capitalised words and adjectives (at most four), with
/// a role noun right before `d` — as `d` and the country of a state so
/// named.
fn genitive_before_name(
    w: &Words,
    k: usize,
    name_start: usize,
) -> Option<(usize, Option<&'static str>)> {
    let mut d = k;
    while d > 0 && k - d < 4 && w.same_sent(d - 1, name_start) {
        d -= 1;
        if matches!(w.s(d), "der" | "des") {
            break;
        }
        if !w.is_word(d) || !(w.is_cap(d) || is_adjective_like(w.s(d))) {
            return None;
        }
    }
    if !matches!(w.s(d), "der" | "des") || d == 0 || !w.is_role(d - 1) {
        return None;
    }
    let country = gazetteer_at(w, d + 1)
        .filter(|(end, p)| *end == k + 1 && p.kind == PlaceKind::Country)
        .and_then(|(_, p)| p.code)
        .filter(|c| *c != "IGO");
    Some((d, country))
}

/// "[det] [adj]* Role [complement], Name": the closest role noun before the comma
/// at `comma`, with no other name between.
fn apposition_before(w: &Words, name_start: usize, name_tokens: &[bool]) -> Option<NpInfo> {
    if name_start < 2 || w.s(name_start - 1) != "," {
        return None;
    }
    let comma = name_start - 1;
    let mut k = comma;
    let mut steps = 0;
    while k > 0 && steps < 12 {
        k -= 1;
        steps += 1;
        // skip an abbreviation in parentheses: "Afrikanischen Union (AU),"
        if w.s(k) == ")" && k >= 2 && w.s(k - 2) == "(" {
            k -= 2;
            continue;
        }
        if !w.same_sent(k, comma) || matches!(w.s(k), "," | ";" | ":" | "(" | ")") || name_tokens[k]
        {
            return None;
        }
        if w.is_word(k) && w.is_role(k) {
            // extend left over adjectives and a determiner
            let mut s = k;
            while s > 0
                && w.same_sent(s - 1, k)
                && w.is_word(s - 1)
                && is_adjective_like(w.s(s - 1))
            {
                s -= 1;
            }
            if s > 0
                && w.same_sent(s - 1, k)
                && (w.is_determiner(s - 1) || is_indefinite(w.s(s - 1)))
            {
                s -= 1;
            }
            let mut info = role_np_right(w, s)?;
            // an abbreviation in parentheses may sit before the comma: "(AU),"
            let mut after = info.end + 1;
            if after + 2 < comma + 1 && w.s(after) == "(" && w.s(after + 2) == ")" {
                after += 3;
            }
            if after != comma {
                return None;
            }
            info.end = comma - 1;
            return Some(info);
        }
    }
    None
}

/// Annotates persons (roles, countries, gender) and organisations (countries).
pub fn annotate(w: &Words, actors: &mut [Actor]) {
    let mut name_tokens = vec![false; w.len()];
    for a in actors.iter().filter(|a| a.etype == EntityType::Per) {
        for c in &a.names {
            for t in c.toks.clone() {
                if t < name_tokens.len() {
                    name_tokens[t] = true;
                }
            }
        }
    }
    for a in actors.iter_mut() {
        match a.etype {
            EntityType::Per => annotate_person(w, a, &name_tokens),
            EntityType::Org | EntityType::Misc => annotate_org(w, a),
            EntityType::Loc => {
                if let Some(c) = a.place.and_then(|p| p.code) {
                    a.vote_country(c, 100);
                }
            }
        }
    }
}

fn add_np(a: &mut Actor, info: NpInfo, as_mention: bool) {
    for (c, wgt) in &info.countries {
        a.vote_country(c, *wgt);
    }
    // federal offices ("Bundeskanzler", "Bundesminister") are German unless said otherwise
    if info.countries.is_empty() && info.roles.iter().any(|(_, l)| l.starts_with("bundes")) {
        a.vote_country("DEU", 2);
    }
    if let Some(g) = info.gender {
        a.gender_votes.push((g, 2));
    }
    let n = info.roles.len();
    for (i, (text, lemma)) in info.roles.into_iter().enumerate() {
        a.roles.push(Role {
            text,
            lemma,
            mention: if as_mention && i + 1 == n {
                info.span
            } else {
                None
            },
        });
    }
}

fn annotate_person(w: &Words, a: &mut Actor, name_tokens: &[bool]) {
    let spans: Vec<std::ops::Range<usize>> = a.names.iter().map(|c| c.toks.clone()).collect();
    for r in spans {
        if r.is_empty() {
            continue;
        }
        if let Some(info) = prenominal(w, r.start) {
            // "Das UN-Menschenrechtsbüro warf … vor. Die Sprecherin Marta
            // Hurtado sagte in Genf": a bare speaker title speaks for the
            // body named just before
            if info.countries.is_empty() && info.roles.iter().any(|(t, l)| bare_speaker(t, l)) {
                if let Some(c) = body_before(w, r.start) {
                    a.vote_country(c, W_CONTEXT);
                }
            }
            add_np(a, info, false);
        }
        if let Some(info) = apposition_before(w, r.start, name_tokens) {
            add_np(a, info, true);
        }
        let e = r.end;
        if e + 1 < w.len() && w.s(e) == "," && w.same_sent(e, e + 1) {
            if let Some(info) = role_np_right(w, e + 1) {
                // "Name, Name und Name": the phrase must not be another name, nor a
                // title of the next name ("Komorowski, dem Ministerpräsidenten Donald Tusk")
                let titles_next = info.end + 1 < w.len() && name_tokens[info.end + 1];
                if !name_tokens[e + 1] && !titles_next {
                    add_np(a, info, true);
                }
            }
        }
        // "(SPD)": party in parentheses
        if e + 2 < w.len() && w.s(e) == "(" && w.s(e + 2) == ")" {
            if let Some(c) = countries::place(w.s(e + 1)).and_then(|p| p.code) {
                a.vote_country(c, W_CONTEXT);
            }
        }
        // "In Nairobi traf er Präsident William Ruto": where the person is
        // met, the weakest evidence (any other outweighs it, but it beats the
        // article's main country, which is only a default)
        if let Some(c) = locative_country(w, r.start) {
            a.vote_country(c, W_PLACE);
        }
        // "aus Nordkorea"
        if e + 1 < w.len() && w.s(e) == "aus" && w.same_sent(e, e + 1) {
            if let Some((_, p)) = gazetteer_at(w, e + 1) {
                if let Some(c) = p.code {
                    a.vote_country(c, W_CONTEXT);
                }
            }
        }
    }
    // "Der Journalist X arbeitet für das „Wall Street Journal“", "der
    // Reporter des „Wall Street Journal“, X": a journalist named with the
    // outlet of a known country is of that country, not of the place the
    // article reports from (issue #7)
    if a.roles.iter().any(|r| journalism(&r.lemma)) {
        if let Some(c) = outlet_near(w, &a.names) {
            a.vote_country(c, W_CONTEXT);
        }
    }
    // first name → gender; well-known persons → country
    let first = a.name.split(' ').next().unwrap_or("");
    if a.name.contains(' ') {
        if let Some(g) = first
            .split('-')
            .next()
            .and_then(names::first_name)
            .and_then(|f| f.gender)
        {
            a.gender_votes.push((g, 3));
        }
    }
    if let Some(p) = names::known_person(&a.name) {
        a.vote_country(p.country, W_KNOWN);
        if let Some(g) = p.gender {
            a.gender_votes.push((g, 4));
        }
    } else if let Some(p) = names::known_by_surname(&a.name) {
        // a surname alone ("Selenskyj warf Russland … vor"), when it is the
        // last name of one listed person only: weaker than the full name
        a.vote_country(p.country, W_CONTEXT);
        if let Some(g) = p.gender {
            a.gender_votes.push((g, 2));
        }
    }
}

/// A role lemma of journalism ("journalist", "reporterin", "korrespondent").
fn journalism(lemma: &str) -> bool {
    let l = lemma.strip_suffix("in").unwrap_or(lemma);
    ["journalist", "reporter", "korrespondent", "redakteur"]
        .iter()
        .any(|h| l.ends_with(h))
}

/// The country of a news outlet of the gazetteer (an organisation of one
/// state) after "für", "des", "der", "bei" or "beim" in a sentence of one of
/// the person's names (`names`), within 12 tokens of the name.
fn outlet_near(w: &Words, names: &[crate::mentions::Cand]) -> Option<&'static str> {
    for r in names
        .iter()
        .map(|c| c.toks.clone())
        .filter(|r| !r.is_empty())
    {
        let from = r.start.saturating_sub(12);
        let to = (r.end + 12).min(w.len());
        for k in from..to {
            if !w.same_sent(k, r.start) || !matches!(w.s(k), "für" | "des" | "der" | "bei" | "beim")
            {
                continue;
            }
            let mut j = k + 1;
            while j < to && j <= k + 3 && (w.is_determiner(j) || !w.is_word(j)) {
                j += 1;
            }
            if let Some((_, p)) = gazetteer_at(w, j) {
                if p.kind == PlaceKind::Org {
                    if let Some(c) = p.code.filter(|c| *c != "IGO") {
                        return Some(c);
                    }
                }
            }
        }
    }
    None
}

/// A speaker's title with nothing of its own ("Sprecherin", not
/// "Regierungssprecher" or "UN-Sprecher").
fn bare_speaker(text: &str, lemma: &str) -> bool {
    matches!(lemma, "sprecher" | "sprecherin") && !text.contains([' ', '-'])
}

/// Heads of institution nouns ("Menschenrechtsbüro", "Außenministerium").
const BODY_HEADS: &[&str] = &[
    "büro",
    "ministerium",
    "behörde",
    "amt",
    "kommission",
    "agentur",
    "organisation",
    "hilfswerk",
    "regierung",
];

/// "Das UN-Menschenrechtsbüro warf … vor. Die Sprecherin Marta Hurtado
/// sagte …": a sentence that opens with a definite title and the name
/// (token `k`) continues the topic of the sentence before; when that one
/// opens with an institution, its country: a compound with a country or
/// organisation prefix ("UN-Menschenrechtsbüro", "US-Außenministerium") or an
/// international organisation of the gazetteer ("UNHCR").
fn body_before(w: &Words, k: usize) -> Option<&'static str> {
    // the sentence opens "Die Sprecherin" right before the name
    if k < 3 || !w.is_determiner(k - 2) || w.same_sent(k - 3, k) {
        return None;
    }
    // the sentence before, its first word after a determiner
    let prev = k - 3;
    let mut i = prev;
    while i > 0 && w.same_sent(i - 1, prev) {
        i -= 1;
    }
    while i < prev && (!w.is_word(i) || w.is_determiner(i)) {
        i += 1;
    }
    if !w.is_cap(i) {
        return None;
    }
    if let Some((pre, head)) = w.s(i).split_once('-') {
        let head = head.to_lowercase();
        let head = head.strip_suffix('s').unwrap_or(&head);
        if BODY_HEADS.iter().any(|h| head.ends_with(h)) {
            return prefix_country(pre);
        }
        return None;
    }
    // (an international body only: a news agency, "Reuters berichtete",
    // is a source, not the speaker's employer)
    let (_, p) = gazetteer_at(w, i)?;
    (p.kind == PlaceKind::Org && p.code == Some("IGO")).then_some("IGO")
}

/// An organisation's name that marks it as transnational, of no one state:
/// "Amnesty International", "Human Rights Watch", "Ärzte ohne Grenzen",
/// "Internationales Komitee vom Roten Kreuz". Such an organisation
/// named with the city it sits in ("des Roten Kreuzes in Genf") takes no
/// country from it (issue #7, ev22).
pub fn transnational(name: &str) -> bool {
    TRANSNATIONAL_MARKS.iter().any(|m| {
        mark_starts(name, m).any(|i| {
            let before = name[..i].chars().next_back();
            let after = name[i + m.len()..].chars().next();
            before.is_none_or(|c| c == ' ')
                && after.is_none_or(|c| !c.is_alphabetic() || matches!(c, 's' | 'r' | 'e'))
        })
    })
}

/// The marks of [`transnational`] (ASCII, none overlaps itself).
const TRANSNATIONAL_MARKS: &[&str] = &[
    "International",
    "Internationale",
    "Watch",
    "ohne Grenzen",
    "Roten Kreuz",
    "Rotes Kreuz",
    "Roter Halbmond",
    "Roten Halbmond",
];

/// Where the non-empty ASCII `mark` occurs in `name` (byte offsets, ascending): the
/// offsets of `name.match_indices(mark)` for a mark that cannot overlap
/// itself, as [`transnational`]'s cannot. Compares the first byte before
/// the rest, where `match_indices` set up a substring searcher per call
/// (issue #9).
fn mark_starts<'a>(name: &'a str, mark: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (b, m) = (name.as_bytes(), mark.as_bytes());
    let first = m.first().copied();
    b.windows(m.len().max(1))
        .enumerate()
        .filter(move |&(_, w)| Some(w[0]) == first && w == m)
        .map(|(i, _)| i)
}

fn annotate_org(w: &Words, a: &mut Actor) {
    if let Some(c) = a.place.and_then(|p| p.code) {
        a.vote_country(c, 100);
        return;
    }
    let spans: Vec<(std::ops::Range<usize>, String)> = a
        .names
        .iter()
        .map(|c| (c.toks.clone(), c.name.clone()))
        .collect();
    for (r, name) in spans {
        if r.is_empty() {
            continue;
        }
        // adjectives and genitive places inside the name; hyphen prefixes
        let mut v = Vec::new();
        cues_in(w, r.clone(), &mut v, W_CONTEXT);
        if let Some((p, _)) = w.s(r.start).split_once('-') {
            if let Some(c) = prefix_country(p) {
                v.push((c, W_CONTEXT));
            }
        }
        // an adjective right before ("des russischen Außenministeriums")
        if r.start > 0 && w.is_word(r.start - 1) {
            if let Some(c) = w.adjective(r.start - 1) {
                v.push((c, W_CONTEXT));
            }
        }
        // a common noun in apposition before, with a country of its own
        // ("Der türkische Geheimdienst MIT", "der US-Konzern Boeing";
        // issue #7, ev27)
        if let Some(c) = noun_apposition_country(w, r.start) {
            v.push((c, W_CONTEXT));
        }
        // "… in Lomé" (not a transnational one's seat, "des Roten Kreuzes in Genf")
        if r.end + 1 < w.len() && w.s(r.end) == "in" && !transnational(&name) {
            if let Some((_, p)) = gazetteer_at(w, r.end + 1) {
                if let Some(c) = p.code {
                    v.push((c, W_CONTEXT - 1));
                }
            }
        }
        for (c, wt) in v {
            a.vote_country(c, wt);
        }
    }
}

/// The country of a common noun standing in apposition right before a name
/// at token `start`: "Der türkische Geheimdienst MIT" (a nationality
/// adjective before the noun), "der US-Konzern Boeing" (a country prefix).
fn noun_apposition_country(w: &Words, start: usize) -> Option<&'static str> {
    let n = start.checked_sub(1)?;
    if !w.is_word(n) || !w.same_sent(n, start) || !w.is_cap(n) {
        return None;
    }
    if let Some((p, rest)) = w.s(n).split_once('-') {
        return prefix_country(p).filter(|_| is_common_noun(&capitalised(rest)));
    }
    let adj = n.checked_sub(1)?;
    if !w.is_common_noun(n) || !w.is_word(adj) || !w.same_sent(adj, n) {
        return None;
    }
    w.adjective(adj)
}

/// A word with its first letter in upper case ("konzern" → "Konzern").
fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The article's main country: the one its places, adjectives and demonyms
/// name most often (international organisations excluded).
pub fn main_country(w: &Words) -> Option<&'static str> {
    let mut tally: Vec<(&'static str, u32, usize)> = Vec::new();
    // a country in the headline is what the article is about
    let head = w.head;
    let mut buf = String::new();
    let mut k = 0;
    while k < w.len() {
        let mut code = None;
        let mut person = false;
        let mut next = k + 1;
        if w.is_word(k) {
            if let Some((end, p)) = gazetteer_at(w, k) {
                if matches!(
                    p.kind,
                    PlaceKind::Country | PlaceKind::Capital | PlaceKind::City
                ) {
                    code = p.code;
                }
                next = end;
            } else if let Some(c) = w.adjective(k) {
                code = Some(c);
            } else if w.is_cap(k) {
                // "Millionen Peruaner": the people of the country — weak
                // evidence (they may be only the ones the story is about, as
                // victims or visitors); "der Amerikaner George Smith" is a title,
                // it speaks for that person only
                let title = k + 1 < w.len() && w.same_sent(k, k + 1) && w.is_cap(k + 1);
                if !title {
                    // (most words are none: the miss is remembered)
                    if w.memo(k, Fact::People, |s| people_noun(s, &mut buf).is_some()) {
                        code = people_noun(w.s(k), &mut buf);
                    }
                    person = true;
                }
            }
        }
        if let Some(c) = code.filter(|c| *c != "IGO") {
            // a place after a preposition is often only where something happens;
            // a country that qualifies a role ("der venezolanische Präsident")
            // speaks for that one actor more than for the article
            let mut wt =
                if person || (k > 0 && is_preposition(w.s(k - 1))) || describes_role(w, k, next) {
                    1
                } else {
                    2
                };
            if head.is_some_and(|h| h.contains(w.toks[k].span())) {
                wt += 2;
            }
            match tally.iter_mut().find(|t| t.0 == c) {
                Some(t) => t.1 += wt,
                None => tally.push((c, wt, k)),
            }
        }
        k = next;
    }
    let mut best: Option<(&'static str, u32, usize)> = None;
    let mut second = 0;
    for t in tally {
        if best.is_none_or(|b| t.1 > b.1) {
            second = best.map_or(second, |b| b.1);
            best = Some(t);
        } else {
            second = second.max(t.1);
        }
    }
    // split evidence is no evidence: unless the leading country has half as
    // much again as the next one, a person without a cue of their own gets no
    // country rather than a guess
    best.filter(|b| b.1 * 2 >= second * 3).map(|b| b.0)
}

/// The country of a demonym noun: [`countries::demonym`] (listed, or in -er
/// from the adjective), or else formed in -e/-en from a nationality
/// adjective's stem ("Chilene", "Chilenen", "Tschechen" from "chilenisch",
/// "tschechisch").
/// `buf` is scratch space, reused so that the look-up does not allocate per word.
pub(crate) fn people_noun(word: &str, buf: &mut String) -> Option<&'static str> {
    // (most words: no demonym or adjective starts like them)
    if !countries::people_start(word) {
        return None;
    }
    if let Some(c) = countries::demonym(word) {
        return Some(c);
    }
    for end in ["erinnen", "erin", "ern", "er", "innen", "in", "en", "e"] {
        if let Some(stem) = word.strip_suffix(end).filter(|s| s.chars().count() >= 3) {
            buf.clear();
            buf.push_str(stem);
            buf.push_str("isch");
            if let Some(c) = countries::adjective(buf) {
                return Some(c);
            }
        }
    }
    None
}

/// Whether the country cue at tokens `k..next` belongs to a role noun phrase
/// ("der venezolanische Präsident", "Staatspräsident Venezuelas", "Präsidentin
/// der Ukraine"): it then gives that one actor a country and says nothing
/// about where the other persons of the article come from.
fn describes_role(w: &Words, k: usize, next: usize) -> bool {
    // adjective (+ further adjectives) before a role noun
    let mut j = next;
    while j < w.len() && w.same_sent(k, j) && w.is_word(j) && w.adjective(j).is_none() {
        if w.is_role(j) {
            return true;
        }
        if !is_adjective_like(w.s(j)) {
            break;
        }
        j += 1;
    }
    // genitive after a role noun, with or without article
    let mut b = k;
    if b > 0 && w.same_sent(b - 1, k) && w.is_determiner(b - 1) {
        b -= 1;
    }
    b > 0 && w.same_sent(b - 1, k) && w.is_word(b - 1) && w.is_role(b - 1)
}

/// "Die Außenminister X und Y vereinbarten …": a plural title before the
/// person's first name is shared with someone else — the pair's ministers,
/// not a German one.
fn plural_title_before(w: &Words, a: &Actor) -> bool {
    let Some(first) = a.names.iter().map(|c| c.toks.start).min() else {
        return false;
    };
    if first < 2 || !w.same_sent(first - 2, first) {
        return false;
    }
    let title = w.s(first - 1);
    let det = w.s(first - 2);
    matches!(det, "die" | "Die" | "beide" | "Beide" | "beiden")
        && german_cabinet_title(&title.to_lowercase())
        && !title.ends_with("in")
}

/// Decides each actor's country and gender; actors with no evidence get the
/// article's main country `main` ([`main_country`], persons and organisations
/// only).
/// A title of the German federal cabinet, as a role lemma.
fn german_cabinet_title(lemma: &str) -> bool {
    matches!(
        lemma,
        "bundeskanzler"
            | "vizekanzler"
            | "kanzleramtschef"
            | "kanzleramtsminister"
            | "regierungssprecher"
            | "außenminister"
            | "innenminister"
            | "finanzminister"
            | "wirtschaftsminister"
            | "justizminister"
            | "verteidigungsminister"
            | "arbeitsminister"
            | "gesundheitsminister"
            | "familienminister"
            | "umweltminister"
            | "verkehrsminister"
            | "bildungsminister"
            | "forschungsminister"
            | "entwicklungsminister"
            | "landwirtschaftsminister"
            | "agrarminister"
            | "bauminister"
            | "digitalminister"
    )
}

/// A head of state or government or a minister ("Präsident", "Außenministerin",
/// "Regierungschef"), as a role lemma.
fn state_office(lemma: &str) -> bool {
    [
        "präsident",
        "minister",
        "kanzler",
        "premier",
        "regierungschef",
        "staatschef",
    ]
    .iter()
    .any(|o| lemma.ends_with(o))
}

/// Which state office a role lemma names, the heads of government and of
/// state each under one key ("premier", "premierminister" and
/// "ministerpräsident" are one office).
fn office_key(lemma: &str) -> Option<&'static str> {
    Some(match lemma {
        "premier" | "premierminister" | "ministerpräsident" | "regierungschef" | "kanzler"
        | "bundeskanzler" => "government",
        "präsident" | "staatspräsident" | "staatschef" => "state",
        "vizepräsident" => "vice",
        "außenminister" => "foreign",
        "verteidigungsminister" => "defence",
        "innenminister" => "interior",
        "finanzminister" => "finance",
        _ => return None,
    })
}

/// The country named nearest before token `k`, in its sentence or the one
/// before, when it is where the story is told ("Auch im benachbarten
/// Simbabwe kamen …": after "in"/"im", over determiners and adjectives) or
/// the subject opening its sentence ("Mexiko gewährte ihm Asyl.
/// Außenminister …") — not a country in another place of the sentence
/// ("warf Israel Iran vor"); Germany only for the holder of a German
/// cabinet title (`german_title`: "Deutschland schickte ein Team ….
/// Präsident Michel Aoun …" is no German president, that is the
/// "Bundespräsident"); a nationality adjective or a city nearer ends the
/// search.
fn story_place_before(w: &Words, k: usize, german_title: bool) -> Option<&'static str> {
    let min_sent = w.toks.get(k)?.sent.saturating_sub(1);
    let mut i = k;
    while i > 0 && w.toks[i - 1].sent >= min_sent {
        i -= 1;
        if !w.is_word(i) {
            continue;
        }
        if let Some((_, p)) = gazetteer_at(w, i).filter(|(end, _)| *end <= k) {
            let Some(c) = p.code.filter(|c| *c != "IGO") else {
                continue;
            };
            match p.kind {
                PlaceKind::Country => {}
                // (a city is where something is done: "an den Strafgerichtshof
                // in Den Haag überstellt")
                PlaceKind::Capital | PlaceKind::City => return None,
                _ => continue,
            }
            let mut j = i;
            while j > 0
                && w.same_sent(j - 1, i)
                && (w.is_determiner(j - 1) || is_adjective_like(w.s(j - 1)))
            {
                j -= 1;
            }
            let locative =
                j > 0 && w.same_sent(j - 1, i) && matches!(w.s(j - 1), "in" | "im" | "In" | "Im");
            // (or the subject opening its sentence: "Mexiko gewährte ihm
            // Asyl. Außenminister Marcelo Ebrard teilte mit …" — but a bare
            // "Präsident" is no German one, who is the "Bundespräsident")
            let german = c != "DEU" || german_title;
            return ((locative || w.sentence_initial(j)) && german).then_some(c);
        }
        if w.adjective(i).is_some() {
            return None;
        }
    }
    None
}

/// The country of the place or nationality adjective nearest before token
/// `k`, in its paragraph or the one before (international organisations
/// skipped).
fn nearest_country(w: &Words, k: usize) -> Option<&'static str> {
    let mut breaks = 0;
    let mut i = k;
    while i > 0 {
        i -= 1;
        // a paragraph break between token i and the one after it
        let gap = w.span(i, i + 1);
        if w.text
            .get(gap.start..gap.end)
            .is_some_and(|t| t.contains("\n\n"))
        {
            breaks += 1;
            if breaks > 1 {
                return None;
            }
        }
        let code = if let Some((_, p)) = gazetteer_at(w, i) {
            matches!(
                p.kind,
                PlaceKind::Country | PlaceKind::Capital | PlaceKind::City
            )
            .then_some(p.code)
            .flatten()
        } else if former_place(w, i) {
            None
        } else {
            w.adjective(i)
        };
        if let Some(c) = code.filter(|c| *c != "IGO") {
            return Some(c);
        }
    }
    None
}

/// Persons who hold a state office ("Präsident X", "Außenministerin Y") but
/// whom neither their words nor the article's main country place: the
/// country named nearest before their first mention, in their paragraph
/// or the one before ("Mexiko hatte ihm Asyl gewährt. Präsident X sprach
/// von …"). Runs after [`default_countries`].
pub fn office_countries(w: &Words, actors: &mut [Actor], by_main: &[bool]) {
    // the offices already held: a state has one head of government ("Der
    // pakistanische Premier X … Auch Premierminister Y": Y is another
    // state's)
    let held: Vec<(String, &'static str)> = actors
        .iter()
        .filter(|a| a.etype == EntityType::Per)
        .filter_map(|a| Some((a.country.clone()?, a)))
        .flat_map(|(c, a)| {
            a.roles
                .iter()
                .filter_map(|r| office_key(&r.lemma))
                .map(move |k| (c.clone(), k))
                .collect::<Vec<_>>()
        })
        .collect();
    // persons placed so far, by the sentences they are named in
    let placed: Vec<(u32, String)> = actors
        .iter()
        .filter(|a| a.etype == EntityType::Per)
        .filter_map(|a| Some((a.country.clone()?, a)))
        .flat_map(|(c, a)| {
            a.names
                .iter()
                .filter_map(|n| w.toks.get(n.toks.start))
                .map(move |t| (t.sent, c.clone()))
                .collect::<Vec<_>>()
        })
        .collect();
    for (i, a) in actors.iter_mut().enumerate() {
        if by_main.get(i) == Some(&true) && bare_office_holder(a) && !plural_title_before(w, a) {
            // "Auch im benachbarten Simbabwe kamen Dutzende ums Leben.
            // Präsident Emmerson Mnangagwa bat …": a bare office placed only
            // by the article's main country is held for the country the
            // story has moved to in its sentence or the one before
            // ([`story_place_before`]), when that is another one whose
            // office is not already held (issue #7, ev27)
            let keys = office_keys(a);
            let german = a.roles.iter().any(|r| german_cabinet_title(&r.lemma));
            let first = a.names.iter().map(|c| c.toks.start).min();
            // "Die Bundeswehr hatte ihre Mission beendet … Verteidigungsministerin
            // X sprach von …": a German cabinet title in a paragraph that
            // tells of a German institution is the German office, whatever
            // the article's main country (issue #7, ev28)
            let german_paragraph = german
                && a.country.as_deref() != Some("DEU")
                && first.is_some_and(|f| german_institution_before(w, f))
                && !held.iter().any(|(hc, hk)| hc == "DEU" && keys.contains(hk));
            if german_paragraph {
                a.country = Some("DEU".to_string());
                continue;
            }
            let near = first
                .and_then(|first| story_place_before(w, first, german))
                .filter(|c| a.country.as_deref() != Some(*c))
                .filter(|c| !held.iter().any(|(hc, hk)| hc == c && keys.contains(hk)));
            if let Some(c) = near {
                a.country = Some(c.to_string());
            }
            continue;
        }
        if a.etype == EntityType::Per && a.country.is_none() && plural_title_before(w, a) {
            a.country = shared_title_country(w, a, &placed).map(str::to_string);
            continue;
        }
        if a.country.is_some()
            || !bare_office_holder(a)
            // (a title shared with another person says nothing of this one)
            || plural_title_before(w, a)
        {
            continue;
        }
        let Some(first) = a.names.iter().map(|c| c.toks.start).min() else {
            continue;
        };
        let keys = office_keys(a);
        a.country = nearest_country(w, first)
            .filter(|c| !held.iter().any(|(hc, hk)| hc == c && keys.contains(hk)))
            .map(str::to_string);
    }
}

/// Whether a German state institution of the gazetteer ("Bundeswehr",
/// "Bundesregierung", "Auswärtiges Amt", a party) is named in the paragraph
/// of token `k`, before it — not a credit in parentheses ("Kiew (dpa)").
fn german_institution_before(w: &Words, k: usize) -> bool {
    let mut i = k;
    while i > 0 && same_paragraph(w, i - 1, i) {
        i -= 1;
        if i > 0 && w.s(i - 1) == "(" {
            continue;
        }
        if let Some((end, p)) = gazetteer_at(w, i) {
            if end <= k && p.kind == PlaceKind::Org && p.code == Some("DEU") {
                return true;
            }
        }
    }
    false
}

/// A person with the title of a state office ("Präsident X") that names no
/// body or region ("BKA-Präsident", "Premierministerin des Bundesstaates",
/// "Vizepräsident des OK" say so).
fn bare_office_holder(a: &Actor) -> bool {
    a.etype == EntityType::Per
        && a.roles.iter().any(|r| state_office(&r.lemma))
        && !a.roles.iter().any(|r| r.text.contains([' ', '-']))
}

/// The state offices ([`office_key`]) an actor's roles name.
fn office_keys(a: &Actor) -> Vec<&'static str> {
    a.roles
        .iter()
        .filter_map(|r| office_key(&r.lemma))
        .collect()
}

/// The dateline of a wire report: the place that opens the body ("Kiew.
/// Verteidigungsminister …", "Kiew (dpa) – …"), as its country and the
/// token the body starts at.
fn dateline(w: &Words) -> Option<(&'static str, usize)> {
    // the words are the body's, after the `date` header; the dateline opens
    // it, after the headline if there is one (issue #7)
    let k = match w.head {
        Some(h) => (0..w.len()).find(|&k| w.toks[k].span().start >= h.end)?,
        None => 0,
    };
    if k >= w.len() {
        return None;
    }
    let (end, p) = gazetteer_at(w, k)?;
    if !matches!(
        p.kind,
        PlaceKind::Country | PlaceKind::Capital | PlaceKind::City
    ) || end >= w.len()
        || !matches!(w.s(end), "." | "(" | "–" | "—" | "-")
    {
        return None;
    }
    p.code.filter(|c| *c != "IGO").map(|c| (c, k))
}

/// Whether no paragraph break lies between tokens `a` and `b` (`a` ≤ `b`).
fn same_paragraph(w: &Words, a: usize, b: usize) -> bool {
    let span = w.span(a, b);
    !w.text
        .get(span.start..span.end)
        .is_some_and(|t| t.contains("\n\n"))
}

/// "Indien und China bemühen sich … Die Außenminister Subrahmanyam
/// Jaishankar und Wang Yi vereinbarten …": a person under a title shared
/// with others whose countries are known holds it for the one country left
/// of those named in the sentence or the one before — when exactly one is
/// left.
fn shared_title_country(w: &Words, a: &Actor, placed: &[(u32, String)]) -> Option<&'static str> {
    let first = a.names.iter().map(|c| c.toks.start).min()?;
    let sent = w.toks.get(first)?.sent;
    let partners: Vec<&str> = placed
        .iter()
        .filter(|(s, _)| *s == sent)
        .map(|(_, c)| c.as_str())
        .collect();
    if partners.is_empty() {
        return None;
    }
    let mut lo = first;
    while lo > 0 && w.toks[lo - 1].sent + 1 >= sent {
        lo -= 1;
    }
    let mut left: Option<&'static str> = None;
    let mut k = lo;
    while k < first || (k < w.len() && w.toks[k].sent == sent) {
        let mut next = k + 1;
        // (a place after a preposition is where they meet: "in der Türkei")
        let mut b = k;
        while b > 0 && w.is_determiner(b - 1) {
            b -= 1;
        }
        let governed = b > 0 && is_preposition(w.s(b - 1));
        let code = if !w.is_word(k) {
            None
        } else if let Some((end, p)) = gazetteer_at(w, k) {
            next = end;
            (p.kind == PlaceKind::Country && !governed)
                .then_some(p.code)
                .flatten()
        } else {
            w.adjective(k)
        };
        if let Some(c) = code.filter(|c| *c != "IGO" && !partners.contains(c)) {
            if left.is_some_and(|l| l != c) {
                return None;
            }
            left = Some(c);
        }
        k = next;
    }
    left
}

/// Role lemmas of a head of state or government, whose cabinet a bare
/// minister named right after speaks for.
fn head_of_government(lemma: &str) -> bool {
    matches!(
        lemma,
        "präsident"
            | "staatschef"
            | "staatspräsident"
            | "regierungschef"
            | "premierminister"
            | "ministerpräsident"
    )
}

/// A person placed in Germany only by the title of a cabinet office
/// (`by_title`, from [`default_countries`]) who is named right after a head
/// of state or government of a known country speaks for that government
/// (issue #7, ev23). Runs after [`office_countries`].
///
/// In an article that names nothing German at all ([`names_germany`]) the
/// German reading of a bare cabinet title has nothing to stand on: the
/// minister is of the government whose head the article named last before
/// him, wherever ("Israels Ministerpräsident Benjamin Netanjahu erklärte …
/// Kurz nach Beginn der Feuerpause warf Israel Iran vor, … Verteidigungsminister
/// Israel Katz wies die Armee an"; issue #7, ev28).
pub fn cabinet_of_head(w: &Words, actors: &mut [Actor], by_title: &[bool]) {
    let mut german: Option<bool> = None;
    for i in 0..actors.len() {
        if by_title.get(i) == Some(&true) {
            let anywhere = !*german.get_or_insert_with(|| names_germany(w));
            if let Some(c) = head_named_before(w, actors, i, anywhere) {
                actors[i].country = Some(c);
            }
        }
    }
}

/// Whether the article names anything German: a German place or
/// institution of the gazetteer ("Berlin", "Bundeswehr", "Auswärtiges Amt"),
/// a German nationality adjective or demonym, a federal title.
fn names_germany(w: &Words) -> bool {
    let mut buf = String::new();
    let mut k = 0;
    while k < w.len() {
        let mut next = k + 1;
        if w.is_word(k) {
            let code = if let Some((end, p)) = gazetteer_at(w, k) {
                next = end;
                p.code
            } else {
                w.adjective(k).or_else(|| people_noun(w.s(k), &mut buf))
            };
            // (or a title of the federal state: "Bundeskanzler", "Bundespräsident")
            if code == Some("DEU") || (w.s(k).starts_with("Bundes") && w.is_role(k)) {
                return true;
            }
        }
        k = next.max(k + 1);
    }
    false
}

/// "Präsident X (MEX) sprach von … Das Personal werde abgezogen, kündigte
/// Außenministerin Y an": the country of the head of state or government
/// (one of a known country) named last in the sentence before actor `i`'s
/// first mention or in its own (issue #7, ev23) — or anywhere before it
/// (`anywhere`) — when none of another country is named between.
fn head_named_before(w: &Words, actors: &[Actor], i: usize, anywhere: bool) -> Option<String> {
    let first = actors[i].names.first()?.toks.start;
    let sent = w.toks.get(first)?.sent;
    let mut best: Option<(usize, String)> = None;
    for (j, b) in actors.iter().enumerate() {
        if j == i || b.etype != EntityType::Per {
            continue;
        }
        let Some(c) = b.country.clone() else {
            continue;
        };
        if !b.roles.iter().any(|r| head_of_government(&r.lemma)) {
            continue;
        }
        for n in &b.names {
            let end = n.toks.end;
            if end <= first
                && (anywhere || w.toks[end.saturating_sub(1)].sent + 1 >= sent)
                && best.as_ref().is_none_or(|(e, _)| end > *e)
            {
                best = Some((end, c.clone()));
            }
        }
    }
    let (end, c) = best?;
    // (no person of another country named between)
    let other = actors.iter().any(|b| {
        b.etype == EntityType::Per
            && b.country.as_ref().is_some_and(|x| *x != c)
            && b.names
                .iter()
                .any(|n| n.toks.start >= end && n.toks.end <= first)
    });
    (!other).then_some(c)
}

/// Gives every actor its country (see the module docs); returns how each
/// was placed ([`Defaults`]).
pub fn default_countries(w: &Words, actors: &mut [Actor], main: Option<&'static str>) -> Defaults {
    let mut d = Defaults {
        by_title: vec![false; actors.len()],
        by_main: vec![false; actors.len()],
    };
    let line = dateline(w);
    for ((a, by_title), by_main) in actors
        .iter_mut()
        .zip(d.by_title.iter_mut())
        .zip(d.by_main.iter_mut())
    {
        a.country = a.best_country();
        // "Kiew. Verteidigungsminister Oleksij Resnikow …": an office holder
        // with no country of his own, named in the dateline's paragraph,
        // holds it in the dateline's country (issue #7, ev27)
        if a.country.is_none() && bare_office_holder(a) && !plural_title_before(w, a) {
            let first = a.names.iter().map(|c| c.toks.start).min();
            if let (Some((c, k)), Some(first)) = (line, first) {
                if k <= first && same_paragraph(w, k, first) {
                    a.country = Some(c.to_string());
                }
            }
        }
        // (an organisation of no country at all keeps none)
        // (nor one whose name marks it as transnational, "Roten Kreuzes")
        let stateless = a.place.is_some_and(|p| {
            p.kind == PlaceKind::Org && lagebild_lexicon::countries::stateless_org(p.canonical)
        }) || (a.etype == EntityType::Org
            && a.names.iter().any(|c| transnational(&c.name)));
        if a.country.is_none() && !stateless && matches!(a.etype, EntityType::Per | EntityType::Org)
        {
            a.country = main.map(str::to_string);
            *by_main = a.country.is_some();
        }
        // no main country (the article's evidence is split): a title of the
        // German federal government, which German news gives without a
        // country ("Entwicklungsministerin Svenja Schulze"; a foreign one is
        // "der französische Außenminister"), names a German
        if a.country.is_none()
            && a.etype == EntityType::Per
            && a.roles.iter().any(|r| german_cabinet_title(&r.lemma))
            && !plural_title_before(w, a)
        {
            a.country = Some("DEU".to_string());
            *by_title = true;
        }
        if a.etype == EntityType::Per {
            a.gender = a.best_gender();
        }
    }
    d
}

/// How [`default_countries`] placed each actor, per actor: by the title of a
/// German cabinet office only (for [`cabinet_of_head`]), or by the article's
/// main country only (for [`office_countries`]).
pub struct Defaults {
    pub by_title: Vec<bool>,
    pub by_main: Vec<bool>,
}

/// Nouns that name a person by a relation to another person ("seine Tochter
/// X", "seinem Vorgänger X", "Die Schwester von Y, X"): kin and succession,
/// which the roles lexicon does not hold (no office).
const RELATION_NOUNS: &[&str] = &[
    "tochter",
    "sohn",
    "schwester",
    "bruder",
    "frau",
    "ehefrau",
    "mann",
    "ehemann",
    "vater",
    "mutter",
    "witwe",
    "neffe",
    "nichte",
    "cousin",
    "cousine",
    "vorgänger",
    "vorgängerin",
    "nachfolger",
    "nachfolgerin",
];

/// A relation noun or a role noun at token `k`.
fn relation_or_role(w: &Words, k: usize) -> bool {
    w.is_cap(k) && (RELATION_NOUNS.contains(&w.s(k).to_lowercase().as_str()) || w.is_role(k))
}

/// Countries a person holds through another person or through the countries
/// of a shared title, for persons with no evidence of their own (placed by
/// the article's main country, a German cabinet title or only where they
/// were met):
///
/// - "Sein Außenminister X", "Moreno warf seinem Vorgänger X vor", "seine
///   Tochter X": a possessive before the role or relation noun points at
///   the person named last before it (of a matching gender), whose country X
///   shares;
/// - "Die Schwester von Machthaber Y, X": the person after "von" in the
///   phrase X stands in apposition to;
/// - "die Präsidenten Guineas und Mauretaniens, A und B": the countries of a
///   plural title go to the names after it one by one.
pub fn relational_countries(w: &Words, actors: &mut [Actor]) {
    let weak = |a: &Actor| a.country_votes.iter().all(|(_, v)| *v <= W_PLACE);
    for i in 0..actors.len() {
        if actors[i].etype != EntityType::Per || !weak(&actors[i]) {
            continue;
        }
        let Some(k) = actors[i].names.iter().map(|c| c.toks.start).min() else {
            continue;
        };
        let found = possessed(w, actors, i, k)
            .or_else(|| apposed_to(w, actors, i, k))
            .or_else(|| respective(w, actors, i, k));
        if let Some(c) = found {
            actors[i].country = Some(c);
        }
    }
}

/// The person of the PER actor whose name mention ends at token `end`
/// (exclusive), other than `not`.
fn person_ending_at(actors: &[Actor], end: usize, not: usize) -> Option<usize> {
    actors.iter().enumerate().position(|(j, a)| {
        j != not && a.etype == EntityType::Per && a.names.iter().any(|c| c.toks.end == end)
    })
}

/// "seinem Vorgänger X": the country of the person a possessive before the
/// noun before X points at.
fn possessed(w: &Words, actors: &[Actor], i: usize, k: usize) -> Option<String> {
    if k < 2 || !w.same_sent(k - 2, k) || !relation_or_role(w, k - 1) {
        return None;
    }
    let det = w.s(k - 2).to_lowercase();
    let gender = match det.as_str() {
        "sein" | "seine" | "seinem" | "seinen" | "seiner" | "seines" => Some('m'),
        "ihr" | "ihre" | "ihrem" | "ihren" | "ihrer" | "ihres" => Some('f'),
        _ => return None,
    };
    // the person named last before the possessive, in its sentence or the two before
    let sent = w.toks[k].sent;
    let mut best: Option<(usize, usize)> = None;
    for (j, a) in actors.iter().enumerate() {
        if j == i || a.etype != EntityType::Per || a.gender.is_some_and(|g| Some(g) != gender) {
            continue;
        }
        for c in &a.names {
            let near = c.toks.start < w.len() && w.toks[c.toks.start].sent + 2 >= sent;
            if c.toks.end <= k - 2 && near && best.is_none_or(|(_, e)| c.toks.end > e) {
                best = Some((j, c.toks.end));
            }
        }
    }
    actors[best?.0].country.clone()
}

/// "Die Schwester von Machthaber Y, X": X's country is Y's.
fn apposed_to(w: &Words, actors: &[Actor], i: usize, k: usize) -> Option<String> {
    if k < 4 || w.s(k - 1) != "," || !w.same_sent(k - 1, k) {
        return None;
    }
    let y = person_ending_at(actors, k - 1, i)?;
    let ystart = actors[y]
        .names
        .iter()
        .find(|c| c.toks.end == k - 1)?
        .toks
        .start;
    // over titles of Y back to "von", and the relation noun before it
    let mut b = ystart;
    while b > 0 && w.same_sent(b - 1, ystart) && relation_or_role(w, b - 1) {
        b -= 1;
    }
    (b >= 2 && w.s(b - 1) == "von" && relation_or_role(w, b - 2))
        .then(|| actors[y].country.clone())
        .flatten()
}

/// "die Präsidenten Guineas und Mauretaniens, A und B": A holds the first
/// country, B the second.
fn respective(w: &Words, actors: &[Actor], i: usize, k: usize) -> Option<String> {
    // back to the first of the names joined by "und" or commas
    let mut p0 = k;
    while p0 >= 2 && matches!(w.s(p0 - 1), "und" | ",") && w.same_sent(p0 - 1, k) {
        let Some(j) = person_ending_at(actors, p0 - 1, usize::MAX) else {
            break;
        };
        p0 = actors[j]
            .names
            .iter()
            .find(|c| c.toks.end == p0 - 1)?
            .toks
            .start;
    }
    // the names from there: A (und|,) B …
    let mut names: Vec<usize> = Vec::new();
    let mut pos = p0;
    loop {
        let j = actors.iter().position(|a| {
            a.etype == EntityType::Per && a.names.iter().any(|c| c.toks.start == pos)
        })?;
        let end = actors[j]
            .names
            .iter()
            .find(|c| c.toks.start == pos)?
            .toks
            .end;
        names.push(j);
        let more = end + 1 < w.len()
            && matches!(w.s(end), "und" | ",")
            && w.same_sent(end, end + 1)
            && actors.iter().any(|a| {
                a.etype == EntityType::Per && a.names.iter().any(|c| c.toks.start == end + 1)
            });
        if !more {
            break;
        }
        pos = end + 1;
    }
    // the list follows a comma after the countries
    let at = names.iter().position(|&j| j == i)?;
    if names.len() < 2 {
        return None;
    }
    let comma = p0.checked_sub(1)?;
    if w.s(comma) != "," {
        return None;
    }
    let mut countries: Vec<&'static str> = Vec::new();
    let mut e = comma;
    loop {
        // a country name ending at e (exclusive), one or two tokens
        let start = (e.saturating_sub(2)..e).find(|&s| {
            gazetteer_at(w, s).is_some_and(|(end, p)| end == e && p.kind == PlaceKind::Country)
        })?;
        countries.push(gazetteer_at(w, start)?.1.code?);
        if start > 0 && matches!(w.s(start - 1), "und" | ",") && w.same_sent(start - 1, k) {
            e = start - 1;
            continue;
        }
        // a plural title before the countries
        if start == 0 || !w.is_role(start - 1) || countries.len() != names.len() {
            return None;
        }
        break;
    }
    countries.reverse();
    countries.get(at).map(|c| c.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue #9: `mark_starts` finds what `match_indices` finds for every
    /// transnational mark, in names with the mark at the start, the end,
    /// twice, cut short, next to umlauts and not at all.
    #[test]
    fn issue_9_mark_starts_equals_match_indices() {
        let names = [
            "",
            "I",
            "International",
            "Amnesty International",
            "Internationale Atomenergiebehörde",
            "Human Rights Watch",
            "Ärzte ohne Grenzen",
            "Reporter ohne Grenze",
            "Deutsches Rotes Kreuz",
            "Roten Kreuzes",
            "Roter Halbmond Roter Halbmond",
            "Internationales Komitee vom Roten Kreuz",
            "Wächter Watchdog WatchWatch",
            "Internationalinternational",
            "Rote Armee Fraktion",
            "ohne",
            "ÖsterreichInternational",
        ];
        for name in names {
            for m in TRANSNATIONAL_MARKS {
                let fast: Vec<usize> = mark_starts(name, m).collect();
                let plain: Vec<usize> = name.match_indices(m).map(|(i, _)| i).collect();
                assert_eq!(fast, plain, "{name:?} {m:?}");
            }
        }
    }
}
