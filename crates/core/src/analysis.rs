//! The analysis record: every layer the stages add, as stand-off byte spans.

use crate::{Document, Span};
use std::ops::Range;

/// What a token is. The segmenter decides; later stages mostly look at words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// A word, including hyphenated compounds ("US-Vizeaußenminister"),
    /// gender forms ("Bürger*innen") and names with hyphens ("Jong-un").
    Word,
    /// A number ("1.000,50", "3", "2019").
    Number,
    /// An ordinal number written with a dot ("3.").
    Ordinal,
    /// A numeric date ("19.08.2014").
    Date,
    /// An abbreviation with its dot(s) ("Dr.", "z. B." is two tokens "z." "B.").
    Abbrev,
    /// A URL or e-mail address.
    Url,
    /// A quotation mark of any style.
    QuoteMark,
    /// Other punctuation and symbols.
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

/// A sentence: its span and the range of its tokens in [`Analysis::tokens`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub tokens: Range<usize>,
    /// Index of the paragraph in [`Document::paragraphs`].
    pub paragraph: usize,
}

/// A pair of quotation marks found by the segmenter. `close` is `None` for an
/// opening mark that is never closed (the quote then runs to the end of its
/// paragraph).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteMarks {
    pub open: Span,
    pub close: Option<Span>,
    /// The text between the marks.
    pub inner: Span,
    /// Nesting depth: 0 for an outer quote, 1 for a quote inside it.
    pub depth: u8,
}

/// NoSta-D / GermEval 2014 classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NerClass {
    Per,
    Org,
    Loc,
    Oth,
}

/// `-deriv` ("deutsche") and `-part` ("EU-weit") subtypes of GermEval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NerSub {
    Full,
    Deriv,
    Part,
}

/// A name found by the tagger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NerMention {
    pub span: Span,
    pub class: NerClass,
    pub sub: NerSub,
    /// Token indices in [`Analysis::tokens`].
    pub tokens: Range<usize>,
}

/// The type of an actor in the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityType {
    Per,
    Org,
    Loc,
    Misc,
}

impl EntityType {
    pub fn as_str(&self) -> &'static str {
        match self {
            EntityType::Per => "PER",
            EntityType::Org => "ORG",
            EntityType::Loc => "LOC",
            EntityType::Misc => "MISC",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MentionKind {
    /// A proper name ("Stephen Biegun", "Biegun").
    Name,
    /// A role noun phrase ("der US-Diplomat").
    Role,
    /// A pronoun ("er", "dieser").
    Pronoun,
}

impl MentionKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            MentionKind::Name => "name",
            MentionKind::Role => "role",
            MentionKind::Pronoun => "pronoun",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntityMention {
    pub span: Span,
    pub kind: MentionKind,
}

/// One real-world actor of the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Canonical name: the fullest proper name used in the text.
    pub name: String,
    pub etype: EntityType,
    /// ISO 3166-1 alpha-3, or `IGO` for international organisations.
    pub country: Option<String>,
    /// Role and title nouns attached to the actor in the text.
    pub roles: Vec<String>,
    /// Every mention, in text order.
    pub mentions: Vec<EntityMention>,
    /// Grammatical gender where known ('m', 'f', 'n'), for pronoun resolution.
    pub gender: Option<char>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    Direct,
    Indirect,
    /// Indirect speech with quoted fragments.
    Mixed,
}

impl QuoteKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Mixed => "mixed",
        }
    }
}

/// A statement the article attributes to a source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The content, without quotation marks or the cue clause.
    pub span: Span,
    /// The parts of a discontinuous quote (empty when it is one span).
    pub spans: Vec<Span>,
    pub kind: QuoteKind,
    /// Index into [`Analysis::entities`] of the speaker, when resolved.
    pub speaker_entity: Option<usize>,
    /// The speaker's name: the entity's canonical name, or, when the speaker is
    /// not a named actor ("ein Sprecher der Polizei"), `None`.
    pub speaker: Option<String>,
    /// The local mention of the speaker ("der US-Diplomat", "er").
    pub speaker_mention: Option<Span>,
    /// The cue ("sagte", "warf … vor", "zufolge"), as text and spans.
    pub cue: Option<String>,
    pub cue_spans: Vec<Span>,
    /// The rule that found the quote (for explanations).
    pub rule: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    pub fn as_str(&self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timex {
    pub span: Span,
    pub ttype: TimexType,
    /// TIMEX3 value ("2019-02", "XXXX-WXX-3", "PXM", "PRESENT_REF").
    pub value: String,
    /// Vague expressions ("derzeit", "bald").
    pub vague: bool,
    /// The rule that matched.
    pub rule: String,
}

/// The 16 PLOVER event types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventType {
    Agree,
    Consult,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
}

impl EventType {
    pub const ALL: [EventType; 16] = [
        EventType::Agree,
        EventType::Consult,
        EventType::Support,
        EventType::Concede,
        EventType::Cooperate,
        EventType::Aid,
        EventType::Retreat,
        EventType::Request,
        EventType::Accuse,
        EventType::Reject,
        EventType::Threaten,
        EventType::Protest,
        EventType::Sanction,
        EventType::Mobilize,
        EventType::Coerce,
        EventType::Assault,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            EventType::Agree => "AGREE",
            EventType::Consult => "CONSULT",
            EventType::Support => "SUPPORT",
            EventType::Concede => "CONCEDE",
            EventType::Cooperate => "COOPERATE",
            EventType::Aid => "AID",
            EventType::Retreat => "RETREAT",
            EventType::Request => "REQUEST",
            EventType::Accuse => "ACCUSE",
            EventType::Reject => "REJECT",
            EventType::Threaten => "THREATEN",
            EventType::Protest => "PROTEST",
            EventType::Sanction => "SANCTION",
            EventType::Mobilize => "MOBILIZE",
            EventType::Coerce => "COERCE",
            EventType::Assault => "ASSAULT",
        }
    }

    pub fn parse(s: &str) -> Option<EventType> {
        EventType::ALL
            .into_iter()
            .find(|t| t.as_str().eq_ignore_ascii_case(s))
    }
}

/// Who did what to whom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub etype: EventType,
    /// Index into [`Analysis::entities`] and the canonical name of the source.
    pub source_entity: Option<usize>,
    pub source: String,
    pub source_country: Option<String>,
    pub target_entity: Option<usize>,
    pub target: Option<String>,
    pub target_country: Option<String>,
    /// TIMEX3 value of the clause's time expression, else the document date.
    pub date: Option<String>,
    /// PLOVER mode where there is one (CONSULT: visit, meet, phone …).
    pub mode: Option<String>,
    /// The text that reports the event.
    pub evidence: Span,
    /// The rule that fired.
    pub rule: String,
}

/// One token of the word view of the body that the actor and event rules
/// walk (`lagebild_actors::text::Words`): a word (letters, digits, inner
/// hyphens and apostrophes) or one punctuation character, with its sentence
/// number. 16 bytes (offsets as `u32`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordTok {
    pub start: u32,
    pub end: u32,
    pub word: bool,
    /// A word starting with an upper-case letter.
    pub cap: bool,
    /// Sentence number.
    pub sent: u32,
}

impl WordTok {
    /// The token's byte span in the text.
    #[inline]
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }
}

/// The word view of the body ([`WordTok`]s), made by the first stage that
/// walks words (actors) and reused by later ones (events) instead of
/// splitting the text again. It depends on the text, the body and the
/// sentences only; [`WordLayer::get`] hands it out only while those are
/// what it was made from.
///
/// With the tokens it keeps what the actors stage learnt about them that a
/// later stage would otherwise compute again: per token, the lexicon facts
/// of `lagebild_actors::text::Words` (two bits per fact, functions of the
/// token's text), and the article's main country.
#[derive(Debug, Clone, Default)]
pub struct WordLayer {
    toks: Vec<WordTok>,
    /// Per token, the fact bits (empty, or as long as `toks`).
    facts: Vec<u16>,
    /// The article's main country (`lagebild_actors::context::main_country`)
    /// when it was computed.
    main: Option<Option<&'static str>>,
    /// (text length, body, number of sentences) when it was made; `None`:
    /// not made.
    made_from: Option<(usize, Span, usize)>,
}

impl WordLayer {
    fn key(a: &Analysis) -> (usize, Span, usize) {
        (a.doc.text.len(), a.doc.body, a.sentences.len())
    }

    /// Keeps the word tokens made for `a`.
    pub fn set(a: &mut Analysis, toks: Vec<WordTok>) {
        Self::set_with(a, toks, Vec::new(), None);
    }

    /// Keeps the word tokens made for `a` with their fact bits (one per
    /// token, else ignored) and the main country, when known.
    pub fn set_with(
        a: &mut Analysis,
        toks: Vec<WordTok>,
        mut facts: Vec<u16>,
        main: Option<Option<&'static str>>,
    ) {
        if facts.len() != toks.len() {
            facts = Vec::new();
        }
        a.words = WordLayer {
            toks,
            facts,
            main,
            made_from: Some(Self::key(a)),
        };
    }

    /// The word tokens, when they were made for the document and sentences
    /// `a` has now.
    pub fn get(a: &Analysis) -> Option<&[WordTok]> {
        let w = &a.words;
        (w.made_from == Some(Self::key(a))).then_some(w.toks.as_slice())
    }

    /// The fact bits of the tokens [`WordLayer::get`] hands out (one per
    /// token), when they were kept.
    pub fn facts(a: &Analysis) -> Option<&[u16]> {
        let w = &a.words;
        (w.made_from == Some(Self::key(a)) && w.facts.len() == w.toks.len())
            .then_some(w.facts.as_slice())
    }

    /// The article's main country, when it was kept with the tokens
    /// [`WordLayer::get`] hands out.
    pub fn main_country(a: &Analysis) -> Option<Option<&'static str>> {
        let w = &a.words;
        if w.made_from == Some(Self::key(a)) {
            w.main
        } else {
            None
        }
    }
}

/// The document text lower-cased character by character, as
/// `char::to_lowercase` does (no final-sigma rule), **byte-aligned** with
/// the text: the lower-cased form of `text[a..b]` is `lower[a..b]`. Made
/// once per document by the first stage that reads lower-cased tokens
/// (time) and reused by the later ones (speech), instead of each
/// lower-casing its own tokens into a buffer.
///
/// Alignment holds when every character of the text lower-cases to one
/// character of the same UTF-8 length, as in practically all text; where
/// one does not ("İ", "ẞ"), [`LowerText::get`] hands out nothing and the
/// stages lower-case their tokens themselves.
#[derive(Debug, Clone, Default)]
pub struct LowerText {
    lower: Option<String>,
    /// The text length when it was made; `None`: not made.
    made_from: Option<usize>,
}

impl LowerText {
    /// Makes the lower-cased text of `a` unless it was made for its text.
    pub fn make(a: &mut Analysis) {
        if a.lower.made_from != Some(a.doc.text.len()) {
            a.lower = LowerText {
                lower: lower_aligned(&a.doc.text),
                made_from: Some(a.doc.text.len()),
            };
        }
    }

    /// The lower-cased text, byte-aligned with `a.doc.text`, when it was
    /// made for it ([`LowerText::make`]) and alignment holds.
    pub fn get(a: &Analysis) -> Option<&str> {
        let l = &a.lower;
        if l.made_from == Some(a.doc.text.len()) {
            l.lower.as_deref().filter(|s| s.len() == a.doc.text.len())
        } else {
            None
        }
    }
}

/// `text` with every character lower-cased (`char::to_lowercase`), when each
/// keeps its UTF-8 length (so that offsets into `text` are offsets into the
/// result); `None` otherwise.
pub fn lower_aligned(text: &str) -> Option<String> {
    let mut out = text.to_owned();
    out.make_ascii_lowercase();
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(p) = next_non_ascii(b, i) {
        i = p;
        let c = text.get(i..)?.chars().next()?;
        let n = c.len_utf8();
        let l = match c {
            // Latin-1 capitals (without ×) map 32 code points on
            '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{de}' => char::from_u32(c as u32 + 32)?,
            '\u{df}'..='\u{ff}' => c,
            _ => {
                let mut it = c.to_lowercase();
                let l = it.next()?;
                if it.next().is_some() {
                    return None;
                }
                l
            }
        };
        if l.len_utf8() != n {
            return None;
        }
        if l != c {
            // (the same length: nothing after it moves)
            let mut buf = [0u8; 4];
            out.replace_range(i..i + n, l.encode_utf8(&mut buf));
        }
        i += n;
    }
    Some(out)
}

/// The offset of the first byte ≥ 0x80 at or after `i` (16 bytes at a time
/// through ASCII).
#[inline]
fn next_non_ascii(b: &[u8], mut i: usize) -> Option<usize> {
    while let Some(ch) = b.get(i..i + 16) {
        if ch.iter().fold(0u8, |a, &x| a | x) >= 0x80 {
            break;
        }
        i += 16;
    }
    b.get(i..)?.iter().position(|&x| x >= 0x80).map(|p| i + p)
}

/// Everything known about one document. Stages append to their layer and read
/// the layers of earlier stages.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub doc: Document,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub quote_marks: Vec<QuoteMarks>,
    pub mentions: Vec<NerMention>,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    pub timexes: Vec<Timex>,
    pub events: Vec<Event>,
    /// The word view shared by the stages that walk words ([`WordLayer`]).
    pub words: WordLayer,
    /// The lower-cased text shared by the stages that read lower-cased
    /// tokens ([`LowerText`]).
    pub lower: LowerText,
}

impl Analysis {
    pub fn new(doc: Document) -> Self {
        Analysis {
            doc,
            tokens: Vec::new(),
            sentences: Vec::new(),
            quote_marks: Vec::new(),
            mentions: Vec::new(),
            entities: Vec::new(),
            quotes: Vec::new(),
            timexes: Vec::new(),
            events: Vec::new(),
            words: WordLayer::default(),
            lower: LowerText::default(),
        }
    }

    /// The text a span covers.
    #[inline]
    pub fn text_of(&self, span: Span) -> &str {
        span.of(&self.doc.text)
    }

    /// The tokens of a sentence.
    pub fn sentence_tokens(&self, s: &Sentence) -> &[Token] {
        &self.tokens[s.tokens.clone()]
    }

    /// Index of the sentence containing byte offset `pos`, if any.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= pos);
        (i < self.sentences.len() && self.sentences[i].span.start <= pos).then_some(i)
    }

    /// Index of the entity that has a mention overlapping `span`, if any.
    pub fn entity_at(&self, span: Span) -> Option<usize> {
        self.entities
            .iter()
            .position(|e| e.mentions.iter().any(|m| m.span.overlaps(span)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lower-casing each character on its own, as the stages did per token.
    fn per_char(s: &str) -> String {
        s.chars().flat_map(char::to_lowercase).collect()
    }

    #[test]
    fn lower_aligned_equals_per_character_lower_casing() {
        let cases = [
            "",
            "abc",
            "Die Ministerin ÄUSSERTE sich am Montag in ÖSTERREICH.",
            "Über 16 Bytes langer ASCII-Text vor einem Umlaut: Ärger",
            "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ × ß àÿ",
            "ΑΘΗΝΑ ΣΟΦΙΑ Σ",
            "МОСКВА und Київ",
            "„Zitat“ – mit Gedankenstrich … und 😀",
        ];
        for s in cases {
            let l = lower_aligned(s).expect(s);
            assert_eq!(l, per_char(s), "{s}");
            assert_eq!(l.len(), s.len(), "{s}");
        }
    }

    #[test]
    fn lower_aligned_refuses_characters_that_change_length() {
        // "İ" lower-cases to two characters, "ẞ" to a shorter "ß"
        for s in ["Die İstanbul-Reise", "GROẞ", "ȺB"] {
            assert_eq!(lower_aligned(s), None, "{s}");
        }
    }

    #[test]
    fn lower_text_is_handed_out_for_its_text_only() {
        let mut a = Analysis::new(Document::new("Der KANZLER sprach.".to_string()));
        assert_eq!(LowerText::get(&a), None);
        LowerText::make(&mut a);
        assert_eq!(LowerText::get(&a), Some("der kanzler sprach."));
        a.doc = Document::new("Ein anderer Text.".to_string());
        assert_eq!(LowerText::get(&a), None);
        LowerText::make(&mut a);
        assert_eq!(LowerText::get(&a), Some("ein anderer text."));
        let mut b = Analysis::new(Document::new("GROẞ".to_string()));
        LowerText::make(&mut b);
        assert_eq!(LowerText::get(&b), None);
    }
}
