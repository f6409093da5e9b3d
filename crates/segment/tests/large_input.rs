//! Huge inputs finish: the scanner is linear by construction (every loop
//! advances the position; look-aheads are bounded; the quote stack is
//! bounded). No timing is asserted: a quadratic loop on these sizes would
//! simply never finish.

use lagebild_segment::segment;

#[test]
fn ten_megabyte_line() {
    let unit = "Am 3. Oktober sagte Dr. Müller „Wir kommen“, z. B. 1.000,50 Euro — US-Vize, Kund:innen usw. ";
    let text = unit.repeat(10_000_000 / unit.len() + 1);
    let seg = segment(&text);
    assert!(seg.tokens.len() > 1_000_000);
    assert!(!seg.sentences.is_empty());
}

#[test]
fn five_megabyte_word() {
    for unit in ["a", "ä", "a-"] {
        let text = unit.repeat(5_000_000 / unit.len());
        let seg = segment(&text);
        assert!(!seg.tokens.is_empty(), "unit {unit:?}");
    }
}

/// Long runs of every construct with a look-ahead or a stack (1 MB each; a
/// quadratic loop would take 10^12 steps).
#[test]
fn megabyte_runs_of_special_characters() {
    for unit in [
        "a/", "1.", "1,", "a'", "a*", "'", "\"", "„", ".", "«", "»", "“", "‚", "’", "a.", "ab.",
        "a.b", "a:", "(", "[...", "``", "a\n", "A\n", "a-\n", "de.", ":-", "1:", "x@", "www.",
    ] {
        let text = unit.repeat(1_000_000 / unit.len());
        let seg = segment(&text);
        assert!(!seg.tokens.is_empty(), "unit {unit:?}");
    }
}
