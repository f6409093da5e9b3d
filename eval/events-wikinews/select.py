#!/usr/bin/env python3
"""Selects the event dev set from ../shared/eval/wikinews-dev by a fixed rule (deterministic).

    python3 eval/events-wikinews/select.py [--wikinews DIR] [--n 36]

Rule: an article is political/international when its text
  1. names at least two different states or international organisations (country names from
     crates/lexicon/data/countries/countries.tsv and extra.tsv `name` rows, nationality adjectives
     from countries.tsv, IGOs from orgs.tsv — each IGO counts on its own), and
  2. contains a diplomatic or conflict keyword (KEYWORDS below, word prefixes), and
  3. is at most MAX_BYTES long (keeps blind hand annotation feasible), and
  4. is not one of the full-gold articles in ../shared/eval/dev.
Articles are taken in numeric id order; the first N are the set. Prints one id per line.
"""
import argparse, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
LEX = os.path.join(ROOT, "crates", "lexicon", "data", "countries")
MAX_BYTES = 2500
KEYWORDS = [
    "Außenminister", "Verhandlung", "Gespräch", "Gipfel", "Sanktion", "Angriff", "angegriffen",
    "Truppen", "Soldaten", "Abkommen", "Vertrag", "Krieg", "Konflikt", "Protest", "Demonstr",
    "Botschafter", "Resolution", "Waffenstillstand", "Anschlag", "Regierungschef", "Staatschef",
    "Präsident", "Premierminister", "Minister", "kritisiert", "verurteilt", "forderte", "fordert",
    "warf", "wirft", "drohte", "droht", "vereinbart", "unterzeichnet", "Besuch", "Treffen",
]


def names():
    """Lower-cased surface form → code (ISO3 or 'IGO:<canonical>')."""
    out = {}
    for line in open(os.path.join(LEX, "countries.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        c = line.rstrip("\n").split("\t")
        for n in c[1:3]:
            if n:
                out[n] = c[0]
        if len(c) > 3 and c[3]:
            out[c[3]] = c[0]          # adjective stem: "französisch" matches "französische"
    for line in open(os.path.join(LEX, "extra.tsv"), encoding="utf-8"):
        c = line.rstrip("\n").split("\t")
        if len(c) >= 3 and c[0] in ("name", "adj") and c[2] != "IGO":
            out[c[1]] = c[2]
    for line in open(os.path.join(LEX, "orgs.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        c = line.rstrip("\n").split("\t")
        if c[0] == "IGO":
            for n in [c[1]] + (c[2].split("|") if len(c) > 2 and c[2] else []):
                out[n] = "IGO:" + c[1]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wikinews", default=os.path.join(ROOT, "..", "shared", "eval", "wikinews-dev"))
    ap.add_argument("--dev", default=os.path.join(ROOT, "..", "shared", "eval", "dev"))
    ap.add_argument("--n", type=int, default=36)
    a = ap.parse_args()
    forms = names()
    # longest first, so "Vereinigte Staaten von Amerika" wins over shorter forms
    alt = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    pat = re.compile(r"(?<![\w-])(" + alt + r")(?=[\w]{0,3}(?![\w]))")
    kw = re.compile(r"(?<!\w)(" + "|".join(re.escape(k) for k in KEYWORDS) + ")")
    exclude = {f[:-len(".gold.json")] for f in os.listdir(a.dev) if f.endswith(".gold.json")} if os.path.isdir(a.dev) else set()
    ids = sorted((f[:-4] for f in os.listdir(a.wikinews) if f.endswith(".txt")),
                 key=lambda s: int(s.rsplit("-", 1)[1]))
    n = 0
    for i in ids:
        if i in exclude:
            continue
        path = os.path.join(a.wikinews, i + ".txt")
        if os.path.getsize(path) > MAX_BYTES:
            continue
        text = open(path, encoding="utf-8").read()
        codes = {forms[m.group(1)] for m in pat.finditer(text)}
        if len(codes) >= 2 and kw.search(text):
            print(i)
            n += 1
            if n >= a.n:
                break


if __name__ == "__main__":
    main()
