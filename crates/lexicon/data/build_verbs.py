#!/usr/bin/env python3
"""Rebuild the derived verb tables of lagebild-lexicon from the LanguageTool dictionary.

    python3 crates/lexicon/data/build_verbs.py [SHARED_LEXICONS_DIR]

Reads speech_verbs.tsv and event_verbs.tsv (hand-written) and the LanguageTool dumps
(verbs.tsv.gz, german_full_forms.tsv.xz; default ../shared/data/lexicons/languagetool-german-pos-dict
relative to the workspace) and writes, next to this script:

  speech_verb_forms.tsv  form, lemma, particle, kind (v2 = finite verb-second form that needs its
                         particle at the clause end, fin = finite form, part = past participle,
                         inf = infinitive or zu-infinitive), number (sg, pl, -)
  event_verb_forms.tsv   the same for event_verbs.tsv (the lemmas `=lemma` of the event frames name),
                         with a sixth column: `noun` if the form is also a noun ("angriff": Angriff,
                         "festnahmen": Festnahmen), else `-`
  subjunctive.tsv        form, mood: KJ1 for forms whose only finite readings are Konjunktiv I in the
                         3rd person (or the identical 1st person singular), KJ2 for Konjunktiv II forms
                         that no indicative reading shares (hätte, wäre, käme). KJ1A marks a Konjunktiv I
                         form that the dictionary also lists as another part of speech (irre, lange):
                         the tagger checks its context. KJ2 forms with such homographs are left out.

Output is sorted and therefore deterministic.
"""
import gzip, lzma, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lemmas(name):
    """(lemma, particle) pairs of a hand-written lemma list, first occurrence of each lemma."""
    lemmas = []
    seen = set()
    for line in open(os.path.join(HERE, name), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        lemma, particle = line.rstrip("\n").split("\t")[:2]
        if lemma in seen:
            continue
        seen.add(lemma)
        lemmas.append((lemma, "" if particle == "-" else particle))
    return lemmas


def finite(tag):
    t = tag.split(":")
    return any(x in t for x in ("PRÄ", "PRT", "KJ1", "KJ2")) and "IMP" not in t


def number(tag):
    t = tag.split(":")
    return "sg" if "SIN" in t else "pl" if "PLU" in t else "-"


def third(tag):
    return ":3:" in tag


def derive(lemmas, by_lemma):
    """Rows (form, lemma, particle, kind, number) of the lemmas, and the lemmas not found."""
    rows = set()
    missing = []
    for lemma, particle in lemmas:
        forms = by_lemma.get(lemma, [])
        if not forms:
            missing.append(lemma)
            continue
        for form, tag in forms:
            if not form[:1].islower():
                continue
            if finite(tag) and third(tag):
                rows.add((form, lemma, particle or "-", "fin", number(tag)))
            elif "PA2" in tag:
                rows.add((form, lemma, particle or "-", "part", "-"))
            elif "INF" in tag or "EIZ" in tag:
                rows.add((form, lemma, particle or "-", "inf", "-"))
        if particle:
            base = lemma[len(particle):]
            if not lemma.startswith(particle) or base not in by_lemma:
                missing.append(lemma + " (base " + base + ")")
                continue
            for form, tag in by_lemma[base]:
                if form[:1].islower() and finite(tag) and third(tag) and ":NEB" not in tag:
                    rows.add((form, lemma, particle, "v2", number(tag)))
    return rows, missing


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        HERE, "../../../../shared/data/lexicons/languagetool-german-pos-dict")
    lemmas = read_lemmas("speech_verbs.tsv")
    events = read_lemmas("event_verbs.tsv")

    # form -> set of tags, per lemma
    by_lemma = collections.defaultdict(list)
    readings = collections.defaultdict(set)  # lowercase-sensitive form -> set of (lemma, tag)
    with gzip.open(os.path.join(src, "verbs.tsv.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3:
                continue
            form, lemma, tag = parts
            by_lemma[lemma].append((form, tag))
            readings[form].add(tag)

    rows, missing = derive(lemmas, by_lemma)
    event_rows, event_missing = derive(events, by_lemma)
    missing += event_missing
    if missing:
        print("not in the dictionary:", ", ".join(missing), file=sys.stderr)

    # other parts of speech, to keep KJ tables free of homographs (lange, Sage ...)
    other = set()
    # lower-cased forms that are also a noun ("Angriff", "Festnahmen", "Verbot"; not a
    # nominalised infinitive or adjective, "Bombardieren", "Entführte"): frames match
    # case-insensitively, so the event-verb table marks them
    nouns = set()
    with lzma.open(os.path.join(src, "german_full_forms.tsv.xz"), "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and not parts[2].startswith("VER") and not parts[2].startswith("PA"):
                other.add(parts[0])
            if len(parts) == 3 and parts[2].startswith("SUB") and not parts[2].endswith(":INF") \
                    and ":ADJ" not in parts[2]:
                nouns.add(parts[0].lower())

    kj = set()
    for form, tags in readings.items():
        if not form[:1].islower():
            continue
        fin = [t for t in tags if finite(t)]
        if not fin:
            continue
        if any("IMP" in t.split(":") for t in tags) and not any(":3:SIN:KJ1" in t for t in tags):
            continue
        indicative = [t for t in fin if ("PRÄ" in t or "PRT" in t) and ":1:SIN:PRÄ" not in t]
        if any("KJ1" in t and third(t) for t in fin) and not indicative \
                and not any("KJ2" in t for t in fin):
            kj.add((form, "KJ1A" if form in other else "KJ1"))
        elif any("KJ2" in t and third(t) for t in fin) and not any("PRÄ" in t or "PRT" in t for t in fin) \
                and not any("KJ1" in t for t in fin):
            if form not in other:
                kj.add((form, "KJ2"))

    with open(os.path.join(HERE, "speech_verb_forms.tsv"), "w", encoding="utf-8") as f:
        f.write("# Derived by build_verbs.py from speech_verbs.tsv and the LanguageTool German dictionary (CC BY-SA 4.0).\n")
        for r in sorted(rows):
            f.write("\t".join(r) + "\n")
    with open(os.path.join(HERE, "event_verb_forms.tsv"), "w", encoding="utf-8") as f:
        f.write("# Derived by build_verbs.py from event_verbs.tsv and the LanguageTool German dictionary (CC BY-SA 4.0).\n")
        f.write("# form, lemma, particle, kind, number, noun (the form is also a noun: Angriff, Festnahmen)\n")
        for r in sorted(event_rows):
            f.write("\t".join(r + ("noun" if r[0] in nouns else "-",)) + "\n")
    with open(os.path.join(HERE, "subjunctive.tsv"), "w", encoding="utf-8") as f:
        f.write("# Derived by build_verbs.py from the LanguageTool German dictionary (CC BY-SA 4.0).\n")
        for r in sorted(kj):
            f.write("\t".join(r) + "\n")
    print("speech_verb_forms.tsv: %d rows; event_verb_forms.tsv: %d rows; subjunctive.tsv: %d rows"
          % (len(rows), len(event_rows), len(kj)), file=sys.stderr)


if __name__ == "__main__":
    main()
