#!/usr/bin/env python3
"""Census of event errors (issue #7) on the DEVELOPMENT sets only.

    python3 ci/event_census.py [--bin target/release/lagebild] [--md OUT]

Sets: eval/own-news, eval/own-news-4, eval/own-news-6, eval/own-news-8, eval/own-news-9 (named explicitly,
never a glob: -2/-3/-5/-7 are blind) and the even half of eval/events-wikinews (texts from
../shared/eval/wikinews-dev, quote gold from the same folder).

Matching replicates score.py: one-to-one greedy on (type, source_country, target_country),
actor agreement as tie-break score. Then every unmatched gold event (FN) is classed:
  b  same region, an emitted event of the same type (wrong/missing source or target country)
  a  same region, only emitted events of another type
  c  no emitted event in the region; subdivided by
       c-quote    gold evidence overlaps a gold quote span (content of reported speech)
       c-speechs  evidence outside quote content but its sentence carries a gold quote
                  (cue clause: "X warf Y vor, ...")
       c-narr     narrative sentence
'Region' = predicted evidence overlaps the gold evidence, or shares a sentence with it.
b wins over a. Each FN also records whether the region's predicted events were all already
matched to another gold event ('consumed').
Every unmatched predicted event (FP) is classed: wrong-sides (a gold event of the same type in
its region), wrong-type (only gold events of other types there), no-gold (no gold event there).
"""
import argparse, collections, importlib.util, json, os, re, subprocess, sys, tempfile, unicodedata

MAIN = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(MAIN, "..", "shared")
OWN_SETS = ["own-news", "own-news-4", "own-news-6", "own-news-8", "own-news-9"]  # development only


def norm(s):
    if s is None:
        return None
    s = unicodedata.normalize("NFKC", s).casefold()
    for ch in "\u2010\u2011\u2012\u2013\u2014\u00ad":
        s = s.replace(ch, "-")
    return " ".join(s.replace("-", " ").split())


def alias_index(ents):
    idx = {}
    for e in ents:
        for a in [e["name"]] + e.get("aliases", []):
            idx.setdefault(norm(a), []).append(e)
    return idx


def same_actor(p, g, idx):
    if g is None or p is None:
        return g is None and p is None
    if norm(p) == norm(g):
        return True
    return any(e["name"] == g for e in idx.get(norm(p), []))


def match(ge, pe, idx):
    pairs = []
    for i, g in enumerate(ge):
        for j, p in enumerate(pe):
            if p.get("type") == g["type"] and p.get("source_country") == g["source_country"] \
                    and p.get("target_country") == g["target_country"]:
                s = same_actor(p.get("source"), g.get("source"), idx) + same_actor(p.get("target"), g.get("target"), idx)
                pairs.append((1 + s, i, j))
    ug, up, out = set(), set(), []
    for s, i, j in sorted(pairs, key=lambda x: -x[0]):
        if i not in ug and j not in up:
            ug.add(i); up.add(j); out.append((i, j))
    return out


SENT_END = re.compile(r'(?<=[.!?])["“”»«\'’]?\s+(?=["„»«‚\'(]?[A-ZÄÖÜ0-9])|\n\s*\n')
ABBR = re.compile(r'(?:\b(?:Dr|Prof|St|Nr|bzw|ca|vgl|z\.B|u\.a|d\.h|etc|Mio|Mrd|Abs|Art|Jh|usw|sog|evtl|ggf|inkl|geb|gest|Hr|Fr|Str)\.|\b[A-Z]\.|\b\d{1,2}\.)$')


def sentences(text):
    """Sentence spans [(start, end)] by a simple splitter (paragraph breaks, .!? before a capital)."""
    out, start = [], 0
    for m in SENT_END.finditer(text):
        pre = text[max(0, m.start() - 12):m.start()].rstrip('"“”»«\'’')
        if m.group(0).strip() == "" and "\n\n" not in m.group(0).replace(" ", "") and ABBR.search(pre):
            continue
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(a, b) for a, b in out if b > a]


def sent_ids(span, sents):
    a, b = span
    if b <= a:
        b = a + 1
    return {k for k, (s, e) in enumerate(sents) if min(b, e) > max(a, s)}


def overlap(x, y):
    return min(x[1], y[1]) > max(x[0], y[0])


def pred_span(p):
    ev = p.get("evidence")
    if isinstance(ev, dict):
        return (ev["start"], ev["end"])
    if isinstance(ev, (list, tuple)) and len(ev) == 2:
        return tuple(ev)
    return None


def quote_spans(quotes):
    out = []
    for q in quotes:
        sp = q.get("spans") or [[q["start"], q["end"]]]
        out += [tuple(s) for s in sp]
    return out


def run_jsonl(binary, folder):
    out = subprocess.run([binary, "analyze", "--format", "jsonl", folder], check=True, capture_output=True, text=True).stdout
    return {d["id"]: d for d in map(json.loads, out.splitlines())}


def load_sets(binary, tmp):
    """Yields (set_name, [(gold, text, pred, gold_quotes)])."""
    for name in OWN_SETS:
        folder = os.path.join(MAIN, "eval", name)
        preds = run_jsonl(binary, folder)
        docs = []
        for f in sorted(os.listdir(folder)):
            if f.endswith(".gold.json"):
                g = json.load(open(os.path.join(folder, f), encoding="utf-8"))
                text = open(os.path.join(folder, g["text_file"]), encoding="utf-8").read()
                docs.append((g, text, preds.get(g["id"], {}), g.get("quotes", [])))
        yield name, docs
    path = os.path.join(MAIN, "eval", "events-wikinews", "assemble.py")
    spec = importlib.util.spec_from_file_location("asm", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    folder = os.path.join(tmp, "ewn-even")
    mod.assemble(folder, "even", os.path.join(SHARED, "eval", "wikinews-dev"))
    preds = run_jsonl(binary, folder)
    docs = []
    for f in sorted(os.listdir(folder)):
        if f.endswith(".gold.json"):
            g = json.load(open(os.path.join(folder, f), encoding="utf-8"))
            text = open(os.path.join(folder, g["text_file"]), encoding="utf-8").read()
            qg = os.path.join(SHARED, "eval", "wikinews-dev", g["id"] + ".gold.json")
            quotes = json.load(open(qg, encoding="utf-8")).get("quotes", []) if os.path.exists(qg) else []
            docs.append((g, text, preds.get(g["id"], {}), quotes))
    yield "events-wikinews-even", docs


def classify(docs, examples):
    C = collections.Counter()
    ctypes = collections.Counter()
    for g, text, pred, quotes in docs:
        ge, pe = g.get("events", []), pred.get("events", [])
        idx = alias_index(g.get("entities", []))
        m = match(ge, pe, idx)
        mg, mp = {i for i, _ in m}, {j for _, j in m}
        sents = sentences(text)
        qsp = quote_spans(quotes)
        C["gold"] += len(ge); C["pred"] += len(pe); C["tp"] += len(m)
        gspan = [tuple(x["evidence"]) if x.get("evidence") else None for x in ge]
        pspan = [pred_span(x) for x in pe]
        gsid = [sent_ids(s, sents) if s else set() for s in gspan]
        psid = [sent_ids(s, sents) if s else set() for s in pspan]

        def region(gi, pj):
            if gspan[gi] is None or pspan[pj] is None:
                return False
            return overlap(gspan[gi], pspan[pj]) or bool(gsid[gi] & psid[pj])

        for i, gv in enumerate(ge):
            if i in mg:
                continue
            C["fn"] += 1
            if gspan[i] is None:
                C["fn_noevidence"] += 1
                continue
            near = [j for j in range(len(pe)) if region(i, j)]
            same = [j for j in near if pe[j].get("type") == gv["type"]]
            if same:
                cls = "b"
                free = [j for j in same if j not in mp]
                if not free:
                    C["b_consumed"] += 1
                else:
                    p = pe[free[0]]
                    sub = "b_src" if p.get("source_country") != gv["source_country"] else ""
                    sub += "b_tgt" if p.get("target_country") != gv["target_country"] else ""
                    C[sub or "b_other"] += 1
            elif near:
                cls = "a"
                if all(j in mp for j in near):
                    C["a_consumed"] += 1
            else:
                in_q = any(overlap(gspan[i], q) for q in qsp)
                sent_q = any(sent_ids(q, sents) & gsid[i] for q in qsp)
                cls = "c-quote" if in_q else ("c-speechs" if sent_q else "c-narr")
                ctypes[gv["type"]] += 1
                ctypes[(cls, gv["type"])] += 1
            C[cls] += 1
            examples.append(["FN", cls, g["id"], gv["type"], gv["source_country"], gv["target_country"],
                             text[gspan[i][0]:gspan[i][1]][:110].replace("\n", " "),
                             "; ".join("%s %s>%s" % (pe[j].get("type"), pe[j].get("source_country"), pe[j].get("target_country")) for j in near)])
        for j, pv in enumerate(pe):
            if j in mp:
                continue
            C["fp"] += 1
            if pspan[j] is None:
                C["fp_noevidence"] += 1
                continue
            near = [i for i in range(len(ge)) if region(i, j)]
            if any(ge[i]["type"] == pv.get("type") for i in near):
                cls = "fp-sides"
            elif near:
                cls = "fp-type"
            else:
                cls = "fp-nogold"
            C[cls] += 1
            examples.append(["FP", cls, g["id"], pv.get("type"), pv.get("source_country"), pv.get("target_country"),
                             text[pspan[j][0]:pspan[j][1]][:110].replace("\n", " "), pv.get("rule", "")])
    return C, ctypes


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(MAIN, "target", "release", "lagebild"))
    ap.add_argument("--md", default=None, help="also write the table and every missed/spurious event to this file")
    a = ap.parse_args()
    rows, tot, totc, examples = [], collections.Counter(), collections.Counter(), []
    with tempfile.TemporaryDirectory() as tmp:
        for name, docs in load_sets(a.bin, tmp):
            C, ct = classify(docs, examples)
            rows.append((name, len(docs), C))
            tot.update(C); totc.update(ct)
    rows.append(("TOTAL", sum(r[1] for r in rows), tot))
    cols = ["gold", "pred", "tp", "fn", "a", "b", "c-quote", "c-speechs", "c-narr", "fp", "fp-type", "fp-sides", "fp-nogold"]
    L = ["# Event error census (issue #7), development sets only", "",
         "Binary: `%s`. Matching as score.py (type, source_country, target_country; one-to-one)." % a.bin, "",
         "FN classes: **a** other type emitted in same sentence/evidence region; **b** same type, wrong/missing side country;",
         "**c** nothing emitted there — c-quote: gold evidence inside a gold quote span; c-speechs: sentence has a gold quote but",
         "evidence is outside its content (cue clause); c-narr: narrative. FP classes: fp-type, fp-sides, fp-nogold.", "",
         "| set | docs | " + " | ".join(cols) + " |", "|" + "---|" * (len(cols) + 2)]
    for name, n, C in rows:
        L.append("| %s | %d | " % (name, n) + " | ".join(str(C.get(c, 0)) for c in cols) + " |")
    L += ["", "Sub-counts (total): b: source wrong %d, target wrong %d, both %d, same-type pred already consumed by another gold %d; "
          "a: all nearby preds consumed elsewhere %d; FN without evidence %d; FP without evidence %d." % (
              tot["b_src"], tot["b_tgt"], tot["b_srcb_tgt"], tot["b_consumed"], tot["a_consumed"], tot["fn_noevidence"], tot["fp_noevidence"]),
          "", "## (c) gold types (no trigger fired), total", "",
          "| type | c total | c-quote | c-speechs | c-narr |", "|---|---|---|---|---|"]
    for t, n in sorted(((t, n) for t, n in totc.items() if isinstance(t, str)), key=lambda x: -x[1]):
        L.append("| %s | %d | %d | %d | %d |" % (t, n, totc[("c-quote", t)], totc[("c-speechs", t)], totc[("c-narr", t)]))
    L += ["", "## All FN/FP items", "", "| kind | class | doc | type | src | tgt | evidence | nearby preds / rule |", "|---|---|---|---|---|---|---|---|"]
    for e in sorted(examples, key=lambda e: (e[0], e[1], e[2])):
        L.append("| " + " | ".join(str(x).replace("|", "/") for x in e) + " |")
    if a.md:
        open(a.md, "w", encoding="utf-8").write("\n".join(L) + "\n")
    print("\n".join(L[:L.index("## All FN/FP items")]))


if __name__ == "__main__":
    main()
