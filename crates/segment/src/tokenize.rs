//! The German word tokenizer: one left-to-right pass over the bytes.
//!
//! Every token is decided by looking at a bounded window around the scan
//! position (a URL or a word runs as long as it runs, but nothing is ever
//! scanned twice except for fixed-size look-aheads), so the tokenizer is
//! linear in the input, with no allocation per token.

use crate::abbrev::{abbrevs, AbbrevClass};
use crate::quotes::flank;
use lagebild_core::{Span, Token, TokenKind};

/// Appends the tokens of `span` (a part of `text`) to `out`.
///
/// `span` must lie on character boundaries of `text`. Spans of the tokens
/// are byte offsets into `text`.
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let end = span.end.min(text.len());
    let start = span.start.min(end);
    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return;
    }
    let mut s = Scanner {
        text,
        b: text.as_bytes(),
        start,
        end,
        ascii_single_open: false,
        typo_single_open: false,
    };
    s.run(out);
}

/// Quotation marks the tokenizer emits as [`TokenKind::QuoteMark`].
#[inline]
pub fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '\u{201E}' // „
            | '\u{201C}' // “
            | '\u{201D}' // ”
            | '\u{201A}' // ‚
            | '\u{2018}' // ‘
            | '\u{2019}' // ’
            | '\u{00AB}' // «
            | '\u{00BB}' // »
            | '\u{2039}' // ‹
            | '\u{203A}' // ›
            | '\u{201F}' // ‟
            | '\u{201B}' // ‛
            | '`'
    )
}

/// The quotation mark a quote token stands for: its character, with the
/// typewriter pairs "``" and "''" read as “ and ”, and a lone "`" as ‘.
pub fn mark_char(s: &str) -> Option<char> {
    match s {
        "``" => Some('\u{201C}'),
        "''" => Some('\u{201D}'),
        "`" => Some('\u{2018}'),
        _ => s.chars().next().filter(|&c| is_quote_char(c)),
    }
}

/// White space, including no-break and zero-width spaces.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}')
}

/// Characters words are made of: letters, digits, combining marks and the
/// soft hyphen.
#[inline]
pub(crate) fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        lagebild_core::ascii::is_alphanumeric(c)
            || matches!(
                c,
                '\u{AD}' | '\u{300}'..='\u{36F}' | '\u{200C}' | '\u{200D}'
            )
    }
}

#[inline]
fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// German month names and their usual short forms, for "am 3. Oktober".
const MONTHS: &[&str] = &[
    "Januar",
    "Jänner",
    "Februar",
    "Feber",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
    "Jan",
    "Feb",
    "Febr",
    "Mrz",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Okt",
    "Nov",
    "Dez",
];

/// Capitalised words that usually start a sentence, so that "… wurde 3. Der
/// Sieger …" breaks after the number while "der 3. Weltkrieg" does not.
const SENTENCE_STARTERS: &[&str] = &[
    "Der",
    "Die",
    "Das",
    "Den",
    "Dem",
    "Des",
    "Ein",
    "Eine",
    "Einer",
    "Eines",
    "Er",
    "Sie",
    "Es",
    "Ich",
    "Wir",
    "Ihr",
    "Man",
    "Dies",
    "Diese",
    "Dieser",
    "Dieses",
    "Damit",
    "Dann",
    "Danach",
    "Dabei",
    "Daher",
    "Darauf",
    "Deshalb",
    "Doch",
    "Aber",
    "Und",
    "Oder",
    "Auch",
    "Am",
    "Im",
    "In",
    "An",
    "Auf",
    "Aus",
    "Bei",
    "Mit",
    "Nach",
    "Seit",
    "Vor",
    "Von",
    "Zum",
    "Zur",
    "Zu",
    "Als",
    "Wenn",
    "Weil",
    "Da",
    "So",
    "Nun",
    "Jetzt",
    "Heute",
    "Gestern",
    "Morgen",
    "Trotzdem",
    "Zudem",
    "Außerdem",
    "Allerdings",
    "Insgesamt",
    "Bis",
    "Für",
    "Gegen",
    "Um",
    "Über",
    "Unter",
    "Wie",
    "Was",
    "Wer",
    "Wo",
    "Warum",
    "Seine",
    "Sein",
    "Ihre",
    "Ihr",
    "Mein",
    "Unser",
    "Alle",
    "Es",
    "Hier",
    "Dort",
    "Später",
    "Zuvor",
    "Bereits",
    "Schon",
    "Noch",
    "Nur",
    "Mehr",
    "Viele",
    "Laut",
    "Nachdem",
    "Während",
    "Obwohl",
    "Damals",
    "Inzwischen",
    "Erst",
    "Zuletzt",
];

/// Is `w` a capitalised word that typically starts a sentence ("Der", "Sie")?
pub(crate) fn is_sentence_starter(w: &str) -> bool {
    SENTENCE_STARTERS.contains(&w)
}

struct Scanner<'a> {
    text: &'a str,
    b: &'a [u8],
    start: usize,
    end: usize,
    /// An ASCII `'` opened a quote in this span and has not been closed: a
    /// `'` after a final s is then a closing mark, not an apostrophe.
    ascii_single_open: bool,
    /// The same for `‘`/`‚` opened quotes and a final `’`.
    typo_single_open: bool,
}

impl<'a> Scanner<'a> {
    /// The character at byte `p` and its length, if `p < end`.
    #[inline]
    fn at(&self, p: usize) -> Option<(char, usize)> {
        if p >= self.end {
            return None;
        }
        let b = self.b[p];
        if b < 0x80 {
            return Some((b as char, 1));
        }
        // `get` instead of indexing: a position off a character boundary
        // (a bug) yields no character rather than a panic.
        let c = self.text.get(p..)?.chars().next()?;
        Some((c, c.len_utf8()))
    }

    /// The character ending at byte `p` (the one before it), if `p > start`.
    #[inline]
    fn before(&self, p: usize) -> Option<char> {
        if p <= self.start {
            return None;
        }
        let b = self.b[p - 1];
        if b < 0x80 {
            return Some(b as char);
        }
        self.text.get(self.start..p)?.chars().next_back()
    }

    #[inline]
    fn push(out: &mut Vec<Token>, s: usize, e: usize, kind: TokenKind) {
        out.push(Token {
            span: Span::new(s, e),
            kind,
        });
    }

    fn run(&mut self, out: &mut Vec<Token>) {
        let mut p = self.start;
        while let Some((c, l)) = self.at(p) {
            if is_space(c) {
                p += l;
                continue;
            }
            if is_alnum(c) {
                p = self.word(p, out);
                continue;
            }
            p = self.symbol(p, c, l, out);
        }
    }

    /// Scans a run of alphanumerics from `p`.
    #[inline]
    fn alnum_run(&self, mut p: usize) -> usize {
        loop {
            p = self.ascii_alnum_end(p);
            if p >= self.end || self.b[p] < 0x80 {
                return p;
            }
            match self.at(p) {
                Some((c, l)) if is_alnum(c) => p += l,
                _ => return p,
            }
        }
    }

    /// The end of the run of ASCII letters and digits from `p`.
    #[inline]
    fn ascii_alnum_end(&self, p: usize) -> usize {
        lagebild_core::ascii::alnum_end(self.b.get(..self.end).unwrap_or(self.b), p)
    }

    #[inline]
    fn digit_run(&self, mut p: usize) -> usize {
        while p < self.end && self.b[p].is_ascii_digit() {
            p += 1;
        }
        p
    }

    /// A URL starting at `p` ("https://…", "www.…"), returning its end.
    fn url(&self, p: usize) -> Option<usize> {
        let rest = &self.b[p..self.end];
        let lower_starts =
            |pre: &[u8]| rest.len() >= pre.len() && rest[..pre.len()].eq_ignore_ascii_case(pre);
        let is_url = lower_starts(b"http://")
            || lower_starts(b"https://")
            || lower_starts(b"ftp://")
            || (lower_starts(b"www.") && rest.get(4).is_some_and(|b| b.is_ascii_alphanumeric()));
        if !is_url {
            return None;
        }
        let mut q = p;
        let mut parens = 0i32;
        while let Some((c, l)) = self.at(q) {
            if is_space(c)
                || matches!(
                    c,
                    '"' | '<' | '>' | '„' | '“' | '”' | '«' | '»' | '‚' | '‘' | '’' | '|'
                )
            {
                break;
            }
            if c == '(' {
                parens += 1;
            } else if c == ')' {
                parens -= 1;
            }
            q += l;
        }
        // Trailing punctuation belongs to the sentence, not the address.
        while q > p {
            let last = self.b[q - 1];
            let trim = match last {
                b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'' | b']' | b'}' => true,
                b')' if parens < 0 => {
                    parens += 1;
                    true
                }
                _ => false,
            };
            if !trim {
                break;
            }
            q -= 1;
        }
        (q > p).then_some(q)
    }

    /// An e-mail address starting at `p`, returning its end. The local part is
    /// probed for at most 64 bytes, so this is constant work per token.
    fn email(&self, p: usize) -> Option<usize> {
        let mut q = p;
        let limit = (p + 64).min(self.end);
        while q < limit
            && (self.b[q].is_ascii_alphanumeric()
                || matches!(self.b[q], b'.' | b'_' | b'%' | b'+' | b'-'))
        {
            q += 1;
        }
        if q >= self.end || self.b[q] != b'@' || q == p {
            return None;
        }
        let d0 = q + 1;
        let mut d = d0;
        let limit = (d0 + 255).min(self.end);
        while d < limit && (self.b[d].is_ascii_alphanumeric() || matches!(self.b[d], b'.' | b'-')) {
            d += 1;
        }
        while d > d0 && matches!(self.b[d - 1], b'.' | b'-') {
            d -= 1;
        }
        let domain = &self.b[d0..d];
        let dot = domain.iter().rposition(|&b| b == b'.')?;
        let tld = &domain[dot + 1..];
        (dot > 0 && tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic)).then_some(d)
    }

    /// A word, number, date, ordinal, abbreviation or address starting at the
    /// alphanumeric character at `p`. Returns where scanning goes on.
    fn word(&mut self, p: usize, out: &mut Vec<Token>) -> usize {
        let b0 = self.b[p];
        if matches!(b0, b'h' | b'H' | b'w' | b'W' | b'f' | b'F') {
            if let Some(e) = self.url(p) {
                Self::push(out, p, e, TokenKind::Url);
                return e;
            }
        }
        // The ASCII letters and digits from `p`: an address goes on after
        // them only with "@" or one of its inner characters (else `email`,
        // which scans the same bytes first, finds none); the word's run goes
        // on from there.
        let a = self.ascii_alnum_end(p);
        if a > p && a < self.end && matches!(self.b[a], b'@' | b'.' | b'_' | b'%' | b'+' | b'-') {
            if let Some(e) = self.email(p) {
                Self::push(out, p, e, TokenKind::Url);
                return e;
            }
        }

        let mut q = self.alnum_run(a);
        let mut has_letter = self.b[p..q].iter().any(|b| !b.is_ascii_digit());
        let mut only_digits = !has_letter;
        // Digit groups: "1.000,50", "3,5", "19.08.2014", "17:30", "3:1".
        let mut seps = 0usize;
        if only_digits {
            while q + 1 < self.end
                && matches!(self.b[q], b'.' | b',' | b':')
                && self.b[q + 1].is_ascii_digit()
            {
                q = self.digit_run(q + 1);
                seps += 1;
            }
            // "5er", "3D", "20er-Jahre": digits running into letters.
            let q2 = self.alnum_run(q);
            if q2 > q {
                q = q2;
                has_letter = true;
                only_digits = false;
            }
        }
        let mut compound = false;
        // Connectors inside a word. (Most words end at an ASCII byte that is
        // none of them — a space, a comma, a dot: no look-ahead there.)
        while let Some((c, l)) = self
            .b
            .get(q)
            .filter(|&&b| b >= 0x80 || matches!(b, b'-' | b'/' | b'*' | b':' | b'_' | b'\'' | b'&'))
            .and_then(|_| self.at(q))
        {
            let next = self.at(q + l);
            let next_alnum = next.is_some_and(|(n, _)| is_alnum(n));
            if is_hyphen(c) {
                if next_alnum {
                    q = self.alnum_run(q + l);
                    compound = true;
                    continue;
                }
                // "Spa-/Wellness-Bereich": a truncated compound and a slash.
                if has_letter
                    && next.is_some_and(|(n, _)| n == '/')
                    && self.at(q + l + 1).is_some_and(|(n, _)| is_alnum(n))
                {
                    q = self.alnum_run(q + l + 1);
                    compound = true;
                    continue;
                }
                // "Ein- und Ausreise", "Vor-, Haupt- und Nachspeise".
                if has_letter && self.truncation_follows(q + l) {
                    q += l;
                }
                break;
            }
            match c {
                '/' if next_alnum && self.slash_joins(p, q, q + l) => {
                    q = self.alnum_run(q + l);
                    continue;
                }
                '*' | ':' | '_' | '\u{B7}' if has_letter && self.gender_suffix(q + l) => {
                    q = self.alnum_run(q + l);
                    continue;
                }
                '\'' | '\u{2019}' => {
                    if next.is_some_and(|(n, _)| n.is_alphabetic()) && has_letter {
                        // "geht's", "Peter's", "don't".
                        q = self.alnum_run(q + l);
                        continue;
                    }
                    // "Grass'", "Thutmosis'": a genitive apostrophe after s/x/z/ß,
                    // unless a single quote is open and this closes it.
                    let open = if c == '\'' {
                        self.ascii_single_open
                    } else {
                        self.typo_single_open
                    };
                    let prev = self.before(q);
                    if !open
                        && has_letter
                        && next.is_none_or(|(n, _)| n != '\'')
                        && prev
                            .is_some_and(|p| matches!(p, 's' | 'x' | 'z' | 'ß' | 'S' | 'X' | 'Z'))
                        && !next.is_some_and(|(n, _)| is_alnum(n))
                    {
                        q += l;
                    }
                    break;
                }
                '&' if has_letter
                    && self.before(q).is_some_and(|c| c.is_ascii_uppercase())
                    && next.is_some_and(|(n, _)| n.is_ascii_uppercase()) =>
                {
                    // "AT&T", "H&M".
                    q = self.alnum_run(q + l);
                    continue;
                }
                _ => break,
            }
        }
        if compound && !has_letter {
            // "2013-2014" stays a number.
            only_digits = self.b[p..q]
                .iter()
                .all(|b| b.is_ascii_digit() || *b == b'-');
        }

        // A dot after the word: ordinal, date, abbreviation, initial, or the
        // end of the sentence.
        if q < self.end && self.b[q] == b'.' {
            let word = self.text.get(p..q).unwrap_or("");
            if only_digits {
                let date_like = seps >= 1
                    && self.b[p..q]
                        .iter()
                        .all(|b| b.is_ascii_digit() || *b == b'.')
                    && self.b[p..q]
                        .split(|&b| b == b'.')
                        .take(2)
                        .all(|x| x.len() <= 2);
                if date_like && seps == 2 {
                    // "19.08.2014." — the dot ends the sentence.
                    Self::push(out, p, q, TokenKind::Date);
                    return q;
                }
                if ((seps == 0 && q - p <= 4) || (date_like && seps == 1))
                    && (self.ordinal_follows(q + 1, q - p, seps == 1, self.after_noun(out))
                        || (seps == 0 && q - p <= 2 && self.enumerator_position(p, out)))
                {
                    let kind = if seps == 1 {
                        TokenKind::Date
                    } else {
                        TokenKind::Ordinal
                    };
                    Self::push(out, p, q + 1, kind);
                    return q + 1;
                }
            } else {
                // "spiegel.de", "t-online.de", "de.wikipedia.org/wiki".
                if let Some(e) = self.domain(p, q) {
                    Self::push(out, p, e, TokenKind::Url);
                    return e;
                }
                if !compound {
                    if word.len() >= 2
                        && is_roman(word)
                        && self.ordinal_follows(q + 1, 5, false, self.after_noun(out))
                    {
                        Self::push(out, p, q + 1, TokenKind::Ordinal);
                        return q + 1;
                    }
                    if let Some(e) = self.dotted_abbrev(p, q) {
                        Self::push(out, p, e, TokenKind::Abbrev);
                        return e;
                    }
                    if abbrevs().get(word).is_some() || is_initial(word) {
                        Self::push(out, p, q + 1, TokenKind::Abbrev);
                        return q + 1;
                    }
                }
                if let Some(e) = self.dot_join(p, q) {
                    Self::push(out, p, e, TokenKind::Word);
                    return e;
                }
            }
        }
        let kind = if only_digits {
            if (seps == 2 && is_numeric_date(&self.b[p..q])) || is_iso_date(&self.b[p..q]) {
                TokenKind::Date
            } else {
                TokenKind::Number
            }
        } else {
            TokenKind::Word
        };
        Self::push(out, p, q, kind);
        q
    }

    /// After a hyphen at the end of a word: is this a truncated compound
    /// ("Ein- und Ausreise")? True when a comma or a coordinating word follows.
    fn truncation_follows(&self, mut p: usize) -> bool {
        let limit = (p + 8).min(self.end);
        while p < limit && matches!(self.b[p], b' ' | b'\t') {
            p += 1;
        }
        let rest = &self.b[p..self.end];
        if rest.first() == Some(&b',') {
            return true;
        }
        for w in [
            &b"und"[..],
            b"oder",
            b"bzw.",
            b"sowie",
            b"bis",
            b"als auch",
            b"wie",
        ] {
            if rest.len() > w.len() && rest.starts_with(w) && !rest[w.len()].is_ascii_alphanumeric()
            {
                return true;
            }
        }
        false
    }

    /// "CDU/CSU", "CDU/CSU-Fraktion", "2019/20", "km/h" stay one token;
    /// "Marat/Sade" and "und/oder" are split as in UD German.
    fn slash_joins(&self, start: usize, slash: usize, right: usize) -> bool {
        let left = &self.b[start..slash];
        let r_end = self.alnum_run(right);
        let rightw = &self.b[right..r_end];
        let caps = |w: &[u8]| {
            !w.is_empty()
                && w.len() <= 6
                && w.iter()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        };
        let digits = |w: &[u8]| !w.is_empty() && w.len() <= 6 && w.iter().all(u8::is_ascii_digit);
        let hyphen_after = r_end < self.end && self.b[r_end] == b'-';
        (caps(left) && caps(rightw))
            || (digits(left) && digits(rightw))
            || (hyphen_after && left.len() <= 6)
            || (left.len() <= 2 && rightw.len() <= 2 && left.iter().all(u8::is_ascii_lowercase))
    }

    /// Gender suffixes after `*`, `:`, `_` or `·`: "innen", "in", "n" (as in
    /// "Kolleg*innen", "Student:in", "Kund_innen").
    fn gender_suffix(&self, p: usize) -> bool {
        let rest = &self.b[p..self.end];
        for suf in [&b"innen"[..], b"in", b"Innen", b"In"] {
            if rest.starts_with(suf) {
                let after = p + suf.len();
                return !self.at(after).is_some_and(|(c, _)| is_alnum(c));
            }
        }
        false
    }

    /// Abbreviations written with inner dots and no spaces: "z.B.", "u.a.",
    /// "d.h.", "M.A.", "U.S.". `q` is the dot after the first part.
    fn dotted_abbrev(&self, p: usize, q: usize) -> Option<usize> {
        if q - p > 3 {
            return None;
        }
        let mut e = q; // at a dot
        let mut groups = 0;
        loop {
            let s = e + 1;
            let mut t = s;
            while t < self.end && t - s < 4 && self.b[t].is_ascii_alphabetic() {
                t += 1;
            }
            if t == s || t >= self.end || self.b[t] != b'.' {
                break;
            }
            groups += 1;
            e = t;
        }
        (groups > 0).then_some(e + 1)
    }

    /// "spiegel.de", "tagesschau.de/inland": a word, a dot and a common
    /// top-level domain.
    fn domain(&self, p: usize, q: usize) -> Option<usize> {
        let label = |b: &u8| b.is_ascii_alphanumeric() || *b == b'-';
        if !self.b[p..q].iter().all(label) {
            return None;
        }
        const TLDS: &[&[u8]] = &[
            b"de", b"com", b"org", b"net", b"eu", b"at", b"ch", b"info", b"gov", b"uk", b"fr",
            b"io", b"edu", b"int", b"it", b"nl", b"es", b"pl", b"ru",
        ];
        // Labels after the first ("de.wikipedia.org"), within 64 bytes so
        // that a long run of "a.a.a." stays linear.
        let limit = (q + 64).min(self.end);
        let mut dot = q;
        let mut t = None;
        while dot < limit && self.b[dot] == b'.' {
            let s = dot + 1;
            let mut e = s;
            while e < limit && label(&self.b[e]) {
                e += 1;
            }
            if e == s {
                break;
            }
            let next_alnum = self.at(e).is_some_and(|(c, _)| is_alnum(c));
            if TLDS.contains(&&self.b[s..e]) && !next_alnum {
                t = Some(e);
            }
            dot = e;
        }
        let t = t?;
        let mut e = t;
        if e < self.end && self.b[e] == b'/' {
            while let Some((c, l)) = self.at(e) {
                if is_space(c) || is_quote_char(c) || matches!(c, '<' | '>' | '|') {
                    break;
                }
                e += l;
            }
            while e > t
                && matches!(
                    self.b[e - 1],
                    b'.' | b',' | b';' | b':' | b'!' | b'?' | b')'
                )
            {
                e -= 1;
            }
        }
        Some(e)
    }

    /// Names written with a dot and no space: "ver.di", "ver.di-Streik",
    /// "Linkspartei.PDS". The word after the dot starts lower-case, or is an
    /// acronym of capitals (and the word before it has three letters or more).
    /// Returns the end of the joined word.
    fn dot_join(&self, p: usize, q: usize) -> Option<usize> {
        let s = q + 1;
        let (c, _) = self.at(s)?;
        if c.is_lowercase() {
            let mut e = self.alnum_run(s);
            while e + 1 < self.end
                && self.b[e] == b'-'
                && self.at(e + 1).is_some_and(|(c, _)| is_alnum(c))
            {
                e = self.alnum_run(e + 1);
            }
            return Some(e);
        }
        if q - p < 3 {
            return None;
        }
        let mut e = s;
        while e < self.end && e - s < 8 && self.b[e].is_ascii_uppercase() {
            e += 1;
        }
        let free = !self.at(e).is_some_and(|(c, _)| is_alnum(c) || c == '.');
        (e - s >= 2 && free).then_some(e)
    }

    /// After "3." (the dot ends before `p`): is the number an ordinal? It is
    /// unless a sentence seems to start: end of text, or a capitalised word
    /// that is no month and either starts sentences or follows a year.
    fn ordinal_follows(
        &self,
        mut p: usize,
        ndigits: usize,
        day_month: bool,
        after_noun: bool,
    ) -> bool {
        let limit = (p + 16).min(self.end);
        while p < limit {
            match self.at(p) {
                Some((c, l)) if is_space(c) => p += l,
                _ => break,
            }
        }
        let Some((c, _)) = self.at(p) else {
            return false;
        };
        if c.is_lowercase() || c.is_ascii_digit() || matches!(c, ',' | ')' | '-' | '–' | '/') {
            return true;
        }
        if !c.is_uppercase() {
            return false;
        }
        // Read the next word, at most 16 bytes of it.
        let mut e = p;
        let limit = (p + 16).min(self.end);
        while e < limit {
            match self.at(e) {
                Some((c, l)) if is_alnum(c) && e + l <= limit => e += l,
                _ => break,
            }
        }
        let next = self.text.get(p..e).unwrap_or("");
        let whole = !self.at(e).is_some_and(|(c, _)| is_alnum(c));
        if whole && MONTHS.contains(&next) {
            return true;
        }
        if whole && SENTENCE_STARTERS.contains(&next) {
            return false;
        }
        if day_month {
            return true;
        }
        // After a noun ("auf Platz 3. Trainer …", "Rang 19. BASF …") a
        // capitalised word starts a sentence; club names keep their "1."
        // ("SV 1. FC Köln").
        if after_noun {
            let club = ndigits == 1
                && self.b[p..e].len() <= 4
                && self.b[p..e].iter().all(|b| b.is_ascii_uppercase());
            return club;
        }
        // A year ("im Jahr 1990. Danach") ends a sentence; a day or rank
        // ("der 3. Weltkrieg", "am 19.08. Abend") does not.
        ndigits <= 3
    }

    /// Is the token before the one being scanned a capitalised word that is
    /// no article or preposition ("Platz 3.", not "Der 3.")?
    fn after_noun(&self, out: &[Token]) -> bool {
        let Some(t) = out.last().filter(|t| t.span.start >= self.start) else {
            return false;
        };
        if t.kind != TokenKind::Word {
            return false;
        }
        let w = self.text.get(t.span.start..t.span.end).unwrap_or("");
        w.chars().next().is_some_and(char::is_uppercase) && !SENTENCE_STARTERS.contains(&w)
    }

    /// Does a number at `p` stand where a list item starts ("… wollten. 4. Die
    /// Auffassung …"): first in its span, first on its line, or after a
    /// sentence-ending punctuation token (not an abbreviation's dot)?
    fn enumerator_position(&self, p: usize, out: &[Token]) -> bool {
        let Some(t) = out.last().filter(|t| t.span.start >= self.start) else {
            return true;
        };
        let gap = self.b.get(t.span.end..p).unwrap_or(&[]);
        if gap.contains(&b'\n') {
            return true;
        }
        t.kind == TokenKind::Punct
            && !gap.is_empty()
            && matches!(self.b.get(t.span.start), Some(b'.' | b'!' | b'?'))
    }

    /// Punctuation, symbols and quotation marks.
    fn symbol(&mut self, p: usize, c: char, l: usize, out: &mut Vec<Token>) -> usize {
        if is_quote_char(c) {
            // Typewriter quotes: "``" opens, "''" closes.
            if (c == '`' || c == '\'') && p + 1 < self.end && self.b[p + 1] == c as u8 {
                Self::push(out, p, p + 2, TokenKind::QuoteMark);
                return p + 2;
            }
            // "'s", "'nen": elided words with a leading apostrophe.
            if matches!(c, '\'' | '\u{2019}') {
                if let Some(e) = self.elision(p + l) {
                    if !self.before(p).is_some_and(is_alnum) {
                        Self::push(out, p, e, TokenKind::Word);
                        return e;
                    }
                }
            }
            let prev = self.before(p);
            let next = self.at(p + l).map(|x| x.0);
            let (left, right) = flank(prev, next);
            // "’Ndrangheta": a typographic apostrophe leaning on the next
            // letter starts a word (it never opens a German quote).
            if c == '\u{2019}' && left && !right && next.is_some_and(char::is_alphabetic) {
                let n = out.len();
                let e = self.word(p + l, out);
                if let Some(t) = out.get_mut(n) {
                    t.span.start = p;
                }
                return e;
            }
            match c {
                '\'' => {
                    if left && !right {
                        self.ascii_single_open = true;
                    } else if right {
                        self.ascii_single_open = false;
                    }
                }
                '\u{2018}' | '\u{201A}' if left && !right => self.typo_single_open = true,
                '\u{2018}' | '\u{2019}' if right => self.typo_single_open = false,
                _ => {}
            }
            Self::push(out, p, p + l, TokenKind::QuoteMark);
            return p + l;
        }
        // Emoticons before a space: ":-)", ";-)", ":-(" anywhere; ":)", ":("
        // only after a space.
        if matches!(c, ':' | ';')
            && (self.before(p).is_none_or(is_space) || self.b.get(p + 1) == Some(&b'-'))
        {
            if let Some(e) = self.emoticon(p) {
                Self::push(out, p, e, TokenKind::Punct);
                return e;
            }
        }
        // Omission marks: "[...]", "(…)".
        if matches!(c, '[' | '(') {
            let rest = &self.b[p + 1..self.end];
            let close = if c == '[' { b']' } else { b')' };
            for dots in [&b"..."[..], "…".as_bytes()] {
                if rest.starts_with(dots) && rest.get(dots.len()) == Some(&close) {
                    let e = p + 1 + dots.len() + 1;
                    Self::push(out, p, e, TokenKind::Punct);
                    return e;
                }
            }
        }
        // Runs: "...", "--", "!!!" stay one token; "?!" is two.
        if matches!(c, '.' | '-') {
            let mut e = p + 1;
            while e < self.end && self.b[e] == self.b[p] {
                e += 1;
            }
            Self::push(out, p, e, TokenKind::Punct);
            return e;
        }
        Self::push(out, p, p + l, TokenKind::Punct);
        p + l
    }

    /// ":-)", ";-)", ":)", ":(", ":-(", ":D" followed by a space or the end.
    fn emoticon(&self, p: usize) -> Option<usize> {
        let rest = &self.b[p + 1..self.end];
        let body = rest.strip_prefix(b"-").unwrap_or(rest);
        let len = 1 + (rest.len() - body.len()) + 1;
        let face = *body.first()?;
        if !matches!(face, b')' | b'(' | b'D' | b'P') {
            return None;
        }
        let end = p + len;
        let free = end >= self.end || self.at(end).is_some_and(|(c, _)| is_space(c));
        free.then_some(end)
    }

    /// Elided words after an apostrophe: "'s", "'n", "'ne", "'nen", "'nem",
    /// "'ner", "'raus", "'rein", "'rüber", "'runter", "'mal".
    fn elision(&self, p: usize) -> Option<usize> {
        let e = self.alnum_run(p);
        let w = self.text.get(p..e).unwrap_or("");
        matches!(
            w,
            "s" | "n"
                | "ne"
                | "nen"
                | "nem"
                | "ner"
                | "nes"
                | "raus"
                | "rein"
                | "rüber"
                | "runter"
                | "mal"
                | "rum"
        )
        .then_some(e)
    }
}

/// A capital letter alone, as in "J. R. R. Tolkien" or "z. B.".
fn is_initial(w: &str) -> bool {
    let mut cs = w.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
}

/// Roman numerals as used for rulers and ranks ("Elisabeth II.", "XIV.").
fn is_roman(w: &str) -> bool {
    !w.is_empty()
        && w.len() <= 6
        && w.bytes()
            .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C'))
}

/// "2020-07-15": an ISO 8601 calendar date.
fn is_iso_date(b: &[u8]) -> bool {
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && digits(0..4)
        && digits(5..7)
        && digits(8..10)
        && (1..=12).contains(&((b[5] - b'0') * 10 + (b[6] - b'0')))
        && (1..=31).contains(&((b[8] - b'0') * 10 + (b[9] - b'0')))
}

/// "19.08.2014", "1.1.99": day and month of one or two digits, a year of two
/// or four.
fn is_numeric_date(b: &[u8]) -> bool {
    let mut parts = b.split(|&x| x == b'.');
    let (Some(d), Some(m), Some(y), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let num = |p: &[u8]| p.iter().fold(0u32, |a, &x| a * 10 + (x - b'0') as u32);
    (1..=2).contains(&d.len())
        && (1..=2).contains(&m.len())
        && (y.len() == 2 || y.len() == 4)
        && (1..=31).contains(&num(d))
        && (1..=12).contains(&num(m))
}

#[allow(dead_code)]
pub(crate) fn abbrev_class(word: &str) -> Option<AbbrevClass> {
    abbrevs().get(word)
}
