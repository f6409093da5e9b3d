#!/usr/bin/env python3
"""Scores the release binary with ../shared/eval/score.py on the gold sets named in
ci/floors.json, prints the figures, and fails when one drops below its floor.

Gold sets: `dev` and `wikinews-dev` are folders of ../shared/eval; `events-wikinews`
(and its halves `events-wikinews-even`, `events-wikinews-odd`) is our event gold in
eval/events-wikinews, assembled with the Wikinews texts into a temp folder first;
`own-news`, `own-news-2` … `own-news-9` are eval/own-news*, articles written by us with full gold,
texts included (-2, -3, -5 and -7 are blind, -4, -6, -8 and -9 are development sets: see their READMEs). Every such key of floors.json is scored the same way, one process per article.

    python3 ci/check_floors.py [--bin target/release/lagebild] [--raise]

`--raise` rewrites ci/floors.json with the figures measured now where they are
higher (floors only ever rise). Standard library only.
"""
import argparse, importlib.util, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(ROOT, "..", "shared")


def score_cmd(gold, binary):
    """Runs the binary once per article, as the scorer does by default."""
    cmd = [sys.executable, os.path.join(SHARED, "eval", "score.py"), "--gold", gold, "--json",
           "--cmd", binary + " analyze --format json {file}"]
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)["scores"]


def score_batch(gold, binary):
    """Analyses the whole set in one process (JSONL), then scores the outputs."""
    out = subprocess.run([binary, "analyze", "--format", "jsonl", gold], check=True, capture_output=True, text=True).stdout
    with tempfile.TemporaryDirectory() as d:
        for line in out.splitlines():
            doc = json.loads(line)
            with open(os.path.join(d, doc["id"] + ".json"), "w", encoding="utf-8") as f:
                json.dump(doc, f, ensure_ascii=False)
        cmd = [sys.executable, os.path.join(SHARED, "eval", "score.py"), "--gold", gold, "--json", "--outputs", d]
        return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)["scores"]


def score_events_wikinews(name, binary):
    """Assembles eval/events-wikinews (with the texts from ../shared) in a temp folder and scores it."""
    path = os.path.join(ROOT, "eval", "events-wikinews", "assemble.py")
    spec = importlib.util.spec_from_file_location("assemble_events_wikinews", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    half = name[len("events-wikinews-"):] if name != "events-wikinews" else "all"
    with tempfile.TemporaryDirectory() as d:
        mod.assemble(d, half, os.path.join(SHARED, "eval", "wikinews-dev"))
        return score_batch(d, binary)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "lagebild"))
    ap.add_argument("--raise", dest="raise_", action="store_true")
    a = ap.parse_args()
    if not os.path.isdir(os.path.join(SHARED, "eval")):
        if os.environ.get("CI") == "true":
            sys.exit("check_floors: ../shared/eval is required under CI=true")
        print("check_floors: skipped, ../shared/eval is absent")
        return
    floors_path = os.path.join(HERE, "floors.json")
    floors = json.load(open(floors_path, encoding="utf-8"))
    failed = []
    for name, want in floors.items():
        if name.startswith("_"):
            continue
        if name.startswith("events-wikinews"):
            scores = score_events_wikinews(name, a.bin)
        elif os.path.isdir(os.path.join(ROOT, "eval", name)):
            # a gold set that ships in this repository, texts included (eval/own-news, own-news-2 … own-news-9)
            scores = score_cmd(os.path.join(ROOT, "eval", name), a.bin)
        else:
            gold = os.path.join(SHARED, "eval", name)
            scores = score_cmd(gold, a.bin) if name == "dev" else score_batch(gold, a.bin)
        if scores.get("failures"):
            failed.append("%s: %d documents failed: %s" % (name, len(scores["failures"]), scores["failures"][:3]))
        for k, floor in want.items():
            got = scores.get(k, 0.0)
            mark = "ok" if got + 1e-9 >= floor else "BELOW FLOOR"
            print("%-19s %-18s %.4f  (floor %.4f) %s" % (name, k, got, floor, mark))
            if got + 1e-9 < floor:
                failed.append("%s %s %.4f < floor %.4f" % (name, k, got, floor))
            if a.raise_ and got > floor:
                want[k] = round(got - 0.00005, 4)
    if a.raise_:
        with open(floors_path, "w", encoding="utf-8") as f:
            json.dump(floors, f, indent=2, ensure_ascii=False)
            f.write("\n")
    if failed:
        sys.exit("check_floors: " + "; ".join(failed))


if __name__ == "__main__":
    main()
