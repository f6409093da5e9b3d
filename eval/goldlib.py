"""Shared helpers of the gold builders eval/own-news-{2,3,4,5,6,7,8}/gold.py.

A set's gold.py holds only its annotations (ARTICLES) and calls `main(here, ARTICLES, source)`.
The annotation helpers E, Q, T, V and `date_of` are those of ../own-news/gold.py (loaded from
there, not copied). Every span is named by a substring of the article that must occur exactly
once; where the span itself is not unique, the string gives unique context and marks the span in
brackets: "sind [am Donnerstag] mindestens". Offsets are computed here, in code points, never
typed by hand. Building fails on any substring that is missing or ambiguous, on spans that cut a
word, on overlapping quotes, and on speakers or event actors that are not the canonical entity
name (or that carry another country than their entity). Standard library only.
"""
import importlib.util, json, os, re, sys
from collections import Counter

EVAL = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("own_news_gold", os.path.join(EVAL, "own-news", "gold.py"))
_og = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_og)
E, Q, T, V, date_of = _og.E, _og.Q, _og.T, _og.V, _og.date_of

KINDS = {"direct", "indirect", "mixed"}
TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}
EVENT_TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT "
                  "THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())


def locate(text, spec, what):
    """(start, end, span text) of spec in text: spec without brackets must occur exactly once."""
    if spec.count("[") > 1 or spec.count("[") != spec.count("]"):
        sys.exit(f"{what}: bad brackets in {spec!r}")
    plain = spec.replace("[", "").replace("]", "")
    hits = [m.start() for m in re.finditer(re.escape(plain), text)]
    if len(hits) != 1:
        sys.exit(f"{what}: {plain!r} occurs {len(hits)} times (must be exactly once)")
    a = hits[0] + (spec.index("[") if "[" in spec else 0)
    b = a + (spec.index("]") - spec.index("[") - 1 if "[" in spec else len(plain))
    if (a > 0 and text[a - 1].isalnum() and text[a].isalnum()) or (b < len(text) and text[b - 1].isalnum() and text[b].isalnum()):
        sys.exit(f"{what}: span {text[a:b]!r} cuts a word")
    return a, b, text[a:b]


def check_names(doc_id, text, ann):
    canon, alias = set(), {}
    for e in ann["entities"]:
        forms = [e["name"], *e["aliases"]]
        if not any(re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text) for f in forms):
            sys.exit(f"{doc_id}: entity {e['name']!r} not named in the text")
        canon.add(e["name"])
        for f in forms:
            if alias.setdefault(f, e["name"]) != e["name"]:
                sys.exit(f"{doc_id}: {f!r} is an alias of two entities")
    for q in ann["quotes"]:
        if q["speaker"] is not None and q["speaker"] not in canon:
            sys.exit(f"{doc_id}: speaker {q['speaker']!r} is not a canonical entity name")
        if q["kind"] not in KINDS:
            sys.exit(f"{doc_id}: quote kind {q['kind']!r}")
    for t in ann["timexes"]:
        if t["type"] not in TIMEX_TYPES:
            sys.exit(f"{doc_id}: timex type {t['type']!r}")
    for v in ann["events"]:
        if v["type"] not in EVENT_TYPES:
            sys.exit(f"{doc_id}: event type {v['type']!r}")
        for role in ("source", "target"):
            name = v[role]
            if name in alias and alias[name] != name:
                sys.exit(f"{doc_id}: event {role} {name!r} should be the canonical {alias[name]!r}")
            if name in alias and v[role + "_country"] != next(e["country"] for e in ann["entities"] if e["name"] == name):
                sys.exit(f"{doc_id}: event {role} {name!r} with a country other than its entity's")


def build(here, doc_id, ann, source):
    """The gold object of one article of the set in folder `here`."""
    text = open(os.path.join(here, doc_id + ".txt"), encoding="utf-8").read()
    check_names(doc_id, text, ann)
    quotes, timexes, events = [], [], []
    for q in ann["quotes"]:
        s, e, span = locate(text, q["text"], doc_id)
        g = {"start": s, "end": e, "text": span, "kind": q["kind"], "speaker": q["speaker"], "cue": q["cue"]}
        if q["neutral"]:
            g["neutral"] = True
        quotes.append(g)
    spans = sorted((g["start"], g["end"]) for g in quotes)
    for (a, b), (c, d) in zip(spans, spans[1:]):
        if c < b:
            sys.exit(f"{doc_id}: quotes overlap: {text[a:b]!r} / {text[c:d]!r}")
    for t in ann["timexes"]:
        s, e, span = locate(text, t["text"], doc_id)
        timexes.append({"start": s, "end": e, "text": span, "type": t["type"], "value": t["value"]})
    for v in ann["events"]:
        s, e, span = locate(text, v["evidence"], doc_id)
        g = {k: v[k] for k in ("type", "source", "source_country", "target", "target_country", "date")}
        g.update(evidence=[s, e], evidence_text=span)
        if v["note"]:
            g["note"] = v["note"]
        events.append(g)
    return {"id": doc_id, "source": source,
            "date": date_of(text), "text_file": doc_id + ".txt", "layers": ["entities", "quotes", "timexes", "events"],
            "entities": ann["entities"], "quotes": quotes, "timexes": timexes, "events": events}


def main(here, articles, source):
    """Writes <id>.gold.json for every article of the set in folder `here` and prints the counts."""
    txt = sorted(f[:-4] for f in os.listdir(here) if f.endswith(".txt"))
    if txt != sorted(articles):
        sys.exit(f"articles without annotations or annotations without article: {set(txt) ^ set(articles)}")
    for doc_id, ann in articles.items():
        with open(os.path.join(here, doc_id + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(build(here, doc_id, ann, source), f, ensure_ascii=False, indent=1)
            f.write("\n")
    n = {k: sum(len(a[k]) for a in articles.values()) for k in ("entities", "quotes", "timexes", "events")}
    print(f"{len(articles)} gold files written; " + ", ".join(f"{v} {k}" for k, v in n.items()))
    by_type = Counter(v["type"] for a in articles.values() for v in a["events"])
    print("events by type: " + ", ".join(f"{t} {c}" for t, c in sorted(by_type.items())))
