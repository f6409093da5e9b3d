//! Table-driven tests, one table per phenomenon.

use lagebild_core::TokenKind;
use lagebild_segment::segment;

/// The token texts of `text`.
fn toks(text: &str) -> Vec<String> {
    segment(text)
        .tokens
        .iter()
        .map(|t| t.span.of(text).to_string())
        .collect()
}

/// The sentence texts of `text`.
fn sents(text: &str) -> Vec<String> {
    segment(text)
        .sentences
        .iter()
        .map(|s| s.span.of(text).to_string())
        .collect()
}

fn kind_of(text: &str, token: &str) -> Option<TokenKind> {
    let seg = segment(text);
    seg.tokens
        .iter()
        .find(|t| t.span.of(text) == token)
        .map(|t| t.kind)
}

/// Each case: text, tokens that must appear whole.
fn assert_tokens_whole(cases: &[(&str, &[&str])]) {
    for (text, want) in cases {
        let got = toks(text);
        for w in *want {
            assert!(
                got.iter().any(|g| g == w),
                "{text:?}: expected token {w:?} in {got:?}"
            );
        }
    }
}

/// Each case: text, expected sentences.
fn assert_sentences(cases: &[(&str, &[&str])]) {
    for (text, want) in cases {
        let got = sents(text);
        assert_eq!(&got, want, "sentences of {text:?}");
    }
}

#[test]
fn abbreviations() {
    assert_tokens_whole(&[
        ("Dr. Müller kam.", &["Dr.", "Müller"]),
        (
            "Das gilt z. B. für Prof. Weber.",
            &["z.", "B.", "Prof.", "Weber", "."],
        ),
        (
            "Er nannte u. a. Kosten bzw. Risiken.",
            &["u.", "a.", "bzw."],
        ),
        (
            "Ca. 300 Menschen, ca. 5 Mio. Euro und 2 Mrd. Dollar.",
            &["Ca.", "ca.", "Mio.", "Mrd."],
        ),
        ("Nach § 5 Abs. 2 Nr. 3 gilt das.", &["Abs.", "Nr."]),
        ("Im 19. Jh. lebte St. Martin.", &["Jh.", "St."]),
        ("Rom wurde 753 v. Chr. gegründet.", &["v.", "Chr."]),
        (
            "Das gilt z.B. und u.a. auch d.h. hier.",
            &["z.B.", "u.a.", "d.h."],
        ),
    ]);
    assert_sentences(&[
        (
            "Dr. Müller kam. Prof. Weber ging.",
            &["Dr. Müller kam.", "Prof. Weber ging."],
        ),
        (
            "Das gilt z. B. für Bonn. Und u. a. für Köln.",
            &["Das gilt z. B. für Bonn.", "Und u. a. für Köln."],
        ),
        (
            "Er kaufte Äpfel, Birnen usw. Dann ging er.",
            &["Er kaufte Äpfel, Birnen usw.", "Dann ging er."],
        ),
        (
            "Rom wurde 753 v. Chr. gegründet. Es wuchs.",
            &["Rom wurde 753 v. Chr. gegründet.", "Es wuchs."],
        ),
    ]);
    assert_eq!(kind_of("Dr. Müller", "Dr."), Some(TokenKind::Abbrev));
}

#[test]
fn ordinals() {
    assert_tokens_whole(&[
        ("Am 3. Oktober 1990 war es so.", &["3.", "Oktober"]),
        ("Der 2. Weltkrieg endete.", &["2.", "Weltkrieg"]),
        ("Sie wurde am 1. und 2. Mai gewählt.", &["1.", "2."]),
        ("Elisabeth II. und Ludwig XIV. regierten.", &["II.", "XIV."]),
    ]);
    assert_sentences(&[
        (
            "Am 3. Oktober 1990 trat die DDR bei. Dann kam mehr.",
            &["Am 3. Oktober 1990 trat die DDR bei.", "Dann kam mehr."],
        ),
        (
            "Er wurde im Jahr 1990. Danach nicht mehr.",
            &["Er wurde im Jahr 1990.", "Danach nicht mehr."],
        ),
        (
            "Sie wurde 3. Die Siegerin kam aus Rom.",
            &["Sie wurde 3.", "Die Siegerin kam aus Rom."],
        ),
    ]);
    assert_eq!(kind_of("am 3. Oktober", "3."), Some(TokenKind::Ordinal));
}

#[test]
fn dates() {
    assert_tokens_whole(&[
        ("Am 19.08.2014 war es warm.", &["19.08.2014"]),
        ("Am 1.1.99 und am 19.08. in Bonn.", &["1.1.99", "19.08."]),
    ]);
    assert_sentences(&[(
        "Das war am 19.08.2014. Danach kam nichts.",
        &["Das war am 19.08.2014.", "Danach kam nichts."],
    )]);
    assert_eq!(
        kind_of("am 19.08.2014 in", "19.08.2014"),
        Some(TokenKind::Date)
    );
    assert_eq!(
        kind_of("am 2020-07-15 in", "2020-07-15"),
        Some(TokenKind::Date)
    );
    assert_eq!(
        kind_of("von 2013-2014 in", "2013-2014"),
        Some(TokenKind::Number)
    );
}

#[test]
fn numbers() {
    assert_tokens_whole(&[
        ("Es kostet 1.000,50 Euro.", &["1.000,50"]),
        ("Die Rate lag bei 3,5 Prozent.", &["3,5"]),
        ("Um 17:30 Uhr stand es 3:1.", &["17:30", "3:1"]),
        (
            "Die 20er-Jahre und 5er-Gruppen.",
            &["20er-Jahre", "5er-Gruppen"],
        ),
    ]);
    assert_sentences(&[(
        "Es kostet 1.000,50 Euro. Das ist viel.",
        &["Es kostet 1.000,50 Euro.", "Das ist viel."],
    )]);
    assert_eq!(
        kind_of("kostet 1.000,50 Euro", "1.000,50"),
        Some(TokenKind::Number)
    );
}

#[test]
fn initials() {
    assert_tokens_whole(&[("J. R. R. Tolkien schrieb.", &["J.", "R.", "Tolkien"])]);
    assert_sentences(&[
        (
            "Das schrieb J. R. R. Tolkien. Er starb 1973.",
            &["Das schrieb J. R. R. Tolkien.", "Er starb 1973."],
        ),
        // Before a typical sentence start, a capital letter with a dot ends the sentence.
        (
            "Er nahm Vitamin C. Das half.",
            &["Er nahm Vitamin C.", "Das half."],
        ),
        (
            "Das gilt z. B. Die Regel auch.",
            &["Das gilt z. B. Die Regel auch."],
        ),
    ]);
}

#[test]
fn compounds() {
    assert_tokens_whole(&[
        ("Der US-Vizeaußenminister kam.", &["US-Vizeaußenminister"]),
        (
            "Die CDU/CSU-Fraktion und die CDU/CSU.",
            &["CDU/CSU-Fraktion", "CDU/CSU"],
        ),
        (
            "Donald Trump und Kim Jong-un trafen sich.",
            &["Kim", "Jong-un"],
        ),
        ("Ein- und Ausreise.", &["Ein-", "und", "Ausreise"]),
        (
            "Der Spa-/Wellness-Bereich ist neu.",
            &["Spa-/Wellness-Bereich"],
        ),
    ]);
    assert_eq!(toks("Marat/Sade"), ["Marat", "/", "Sade"]);
}

#[test]
fn gender_forms() {
    assert_tokens_whole(&[(
        "Bürger*innen, Kund:innen, Lehrer_innen und eine Student:in.",
        &["Bürger*innen", "Kund:innen", "Lehrer_innen", "Student:in"],
    )]);
    // A colon before an ordinary word is no gender form.
    assert_eq!(toks("Lage:intern"), ["Lage", ":", "intern"]);
}

#[test]
fn urls_and_emails() {
    assert_tokens_whole(&[
        (
            "Siehe https://de.wikinews.org/wiki/Hauptseite. Oder www.tagesschau.de!",
            &[
                "https://de.wikinews.org/wiki/Hauptseite",
                "www.tagesschau.de",
                ".",
            ],
        ),
        (
            "Mail an max.muster@example.de, bitte.",
            &["max.muster@example.de", ","],
        ),
        ("Laut spiegel.de gilt das.", &["spiegel.de"]),
        // issue 9: each character that may follow the first letters
        (
            "an a@b.de, x_y@b.de, x%y@b.de, x+y@b.de, x-y@b.de und 42@b.de",
            &[
                "a@b.de", "x_y@b.de", "x%y@b.de", "x+y@b.de", "x-y@b.de", "42@b.de",
            ],
        ),
    ]);
    // a letter outside ASCII ends the address part: no address
    assert_eq!(toks("an jörg@b.de"), ["an", "jörg", "@", "b.de"]);
    assert_eq!(
        kind_of(
            "Mail an max.muster@example.de, bitte.",
            "max.muster@example.de"
        ),
        Some(TokenKind::Url)
    );
}

#[test]
fn apostrophes() {
    assert_tokens_whole(&[
        (
            "Wie geht's dir? Peter's Laden und Grass' Roman.",
            &["geht's", "Peter's", "Grass'"],
        ),
        ("So geht’s.", &["geht’s"]),
        ("Hast du 'nen Euro?", &["'nen"]),
    ]);
}

#[test]
fn quote_tokens() {
    let text = "Er sagte: „Wir kommen.“";
    let seg = segment(text);
    let marks: Vec<&str> = seg
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::QuoteMark)
        .map(|t| t.span.of(text))
        .collect();
    assert_eq!(marks, ["„", "“"]);
}

#[test]
fn headlines_and_lines() {
    assert_sentences(&[
        (
            "Nordkorea lehnt Gespräche ab\nDie USA bieten erneut Verhandlungen an.",
            &[
                "Nordkorea lehnt Gespräche ab",
                "Die USA bieten erneut Verhandlungen an.",
            ],
        ),
        (
            "Berlin, 3. Juli\nDie Regierung tagte.",
            &["Berlin, 3. Juli", "Die Regierung tagte."],
        ),
        // A line ending in a comma runs on.
        ("Er kam,\nDer Rest blieb.", &["Er kam,\nDer Rest blieb."]),
    ]);
}

#[test]
fn paragraphs_and_block_quotes() {
    assert_sentences(&[(
        "Er sagte:\n\nWir haben um kein Treffen gebeten\n\nDanach ging er",
        &[
            "Er sagte:",
            "Wir haben um kein Treffen gebeten",
            "Danach ging er",
        ],
    )]);
}

#[test]
fn terminal_punctuation() {
    assert_sentences(&[
        (
            "Wirklich?! Ja. Nein… Doch!",
            &["Wirklich?!", "Ja.", "Nein…", "Doch!"],
        ),
        (
            "„Wir haben um kein Treffen gebeten.“ Danach ging er.",
            &["„Wir haben um kein Treffen gebeten.“", "Danach ging er."],
        ),
        (
            "„Wie bitte?“, fragte er. Sie schwieg.",
            &["„Wie bitte?“, fragte er.", "Sie schwieg."],
        ),
        ("„Wie bitte?“ fragte er.", &["„Wie bitte?“ fragte er."]),
        (
            "Er sagte \"Nein.\" Dann ging er.",
            &["Er sagte \"Nein.\"", "Dann ging er."],
        ),
        ("(Siehe oben.) Das gilt.", &["(Siehe oben.)", "Das gilt."]),
    ]);
}

#[test]
fn regression_wrapped_line_ending_in_article_runs_on() {
    assert_sentences(&[(
        "Das Gesetz wurde in der ersten Lesung des\nParlamentes angenommen.",
        &["Das Gesetz wurde in der ersten Lesung des\nParlamentes angenommen."],
    )]);
}

#[test]
fn regression_domain_names_with_subdomains() {
    assert_tokens_whole(&[(
        "Der Zugriff über de.wikipedia.org funktioniert, auch OpenOffice.org.",
        &["de.wikipedia.org", "OpenOffice.org", "."],
    )]);
    assert_eq!(
        sents("Der Zugriff über de.wikipedia.org funktioniert.").len(),
        1
    );
}

#[test]
fn regression_party_name_with_dot() {
    assert_tokens_whole(&[("Die Linkspartei.PDS trat an.", &["Linkspartei.PDS"])]);
}

#[test]
fn regression_omission_marks_do_not_start_sentences() {
    assert_sentences(&[
        (
            "Sie sagte: „[...] Ich war nie dafür.“ Dann ging sie.",
            &["Sie sagte: „[...] Ich war nie dafür.“", "Dann ging sie."],
        ),
        (
            "„Das Geschäft übernommen haben.[...]“ Dann ging sie.",
            &["„Das Geschäft übernommen haben.[...]“", "Dann ging sie."],
        ),
    ]);
}

#[test]
fn regression_typewriter_quotes() {
    let text = "Er sagte ``Wir kommen.'' Dann ging er.";
    assert_eq!(sents(text), ["Er sagte ``Wir kommen.''", "Dann ging er."]);
    let q = segment(text).quote_marks;
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].inner.of(text), "Wir kommen.");
}

#[test]
fn regression_list_enumerator_after_sentence() {
    assert_sentences(&[(
        "Das ist der dritte Punkt. 4. Die Auffassung ist falsch.",
        &["Das ist der dritte Punkt.", "4. Die Auffassung ist falsch."],
    )]);
}

#[test]
fn regression_names_with_inner_dot() {
    assert_tokens_whole(&[
        (
            "Die Gewerkschaft ver.di und t-online.de.",
            &["ver.di", "t-online.de", "."],
        ),
        ("Der ver.di-Streik dauert.", &["ver.di-Streik"]),
    ]);
}

#[test]
fn regression_country_is_no_abbreviation() {
    // "schweiz." (schweizerisch) is listed lower-case; "Schweiz." ends a sentence.
    assert_sentences(&[(
        "Er lebt in der Schweiz. Sie lebt in Bonn.",
        &["Er lebt in der Schweiz.", "Sie lebt in Bonn."],
    )]);
}

#[test]
fn regression_rank_after_noun_ends_sentence() {
    assert_sentences(&[
        (
            "Bayern landete auf Platz 17. Beide Mannschaften spielten.",
            &[
                "Bayern landete auf Platz 17.",
                "Beide Mannschaften spielten.",
            ],
        ),
        (
            "Er kam auf Rang 3. John gewann.",
            &["Er kam auf Rang 3.", "John gewann."],
        ),
        // Articles and prepositions before the number keep the ordinal.
        (
            "Der 6. Strafsenat entschied.",
            &["Der 6. Strafsenat entschied."],
        ),
        (
            "Der SV spielte gegen den 1. FC Köln.",
            &["Der SV spielte gegen den 1. FC Köln."],
        ),
        (
            "Das Spiel SV gegen 1. FC Köln endete.",
            &["Das Spiel SV gegen 1. FC Köln endete."],
        ),
    ]);
}

#[test]
fn regression_number_after_abbreviation_is_no_list_item() {
    assert_sentences(&[(
        "Das war der Motorwagen Nr. 2. Die Folgemodelle kamen später.",
        &[
            "Das war der Motorwagen Nr. 2.",
            "Die Folgemodelle kamen später.",
        ],
    )]);
}

#[test]
fn hard_wrapped_paragraph_lines_are_spaces() {
    let text = "Die Regierung beschloss am Montag nach langer Debatte im Bundestag ein neues\n\
                Gesetz zur Förderung der Bahn, von dem nach Angaben des Ministeriums vor allem\n\
                Unternehmen im Osten profitieren sollen. Die Opposition kritisierte es.";
    assert_eq!(sents(text).len(), 2, "{:?}", sents(text));
    // The same first line alone above a capitalised line is a headline.
    let text = "Regierung beschließt neues\nGesetz zur Förderung der Bahn soll Unternehmen helfen.";
    assert_eq!(sents(text).len(), 2, "{:?}", sents(text));
}

#[test]
fn emoticons() {
    assert_tokens_whole(&[
        ("Toll :-) Wirklich ;-)", &[":-)", ";-)"]),
        ("Nur zu empfehlen:-) Danke.", &["empfehlen", ":-)"]),
    ]);
    // Not an emoticon: a colon before a bracket inside a word context.
    assert_eq!(toks("(Zitat:)"), ["(", "Zitat", ":", ")"]);
}

#[test]
fn regression_closing_marks_stay_with_the_sentence() {
    assert_sentences(&[
        // An unpaired closing-looking mark after the stop.
        (
            "Er sagte nur: Nein.\" Dann ging er.",
            &["Er sagte nur: Nein.\"", "Dann ging er."],
        ),
        // After an abbreviation that may end a sentence.
        (
            "„Äpfel, Birnen usw.“ Dann ging er.",
            &["„Äpfel, Birnen usw.“", "Dann ging er."],
        ),
    ]);
}
