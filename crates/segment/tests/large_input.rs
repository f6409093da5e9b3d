//! Huge inputs finish: the scanner is linear by construction (every loop
//! advances the position; look-aheads are bounded). No timing is asserted.

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
    for unit in [
        "a", "ä", "a-", "a/", "1.", "1,", "a'", "a*", "'", "\"", "„", ".",
    ] {
        let text = unit.repeat(5_000_000 / unit.len());
        let seg = segment(&text);
        assert!(!seg.tokens.is_empty(), "unit {unit:?}");
    }
}
