#!/usr/bin/env python3
"""Assembles a scorer-ready gold folder from our event annotations and the Wikinews texts.

    python3 eval/events-wikinews/assemble.py OUT_DIR [--half all|even|odd] [--wikinews DIR]

The texts are not in this repository: each <id>.txt is copied from ../shared/eval/wikinews-dev,
and each of our <id>.json becomes <id>.gold.json beside it (score.py reads `layers`, so only
events are scored). `even`/`odd` select by the parity of the numeric article id: the even half
is the one rules were tuned on, the odd half is reported as held out. Standard library only.
"""
import argparse, json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
WIKINEWS = os.path.join(ROOT, "..", "shared", "eval", "wikinews-dev")


def ids(half="all"):
    out = []
    for f in sorted(os.listdir(HERE)):
        if f.startswith("wikinews-") and f.endswith(".json"):
            i = f[:-5]
            n = int(i.rsplit("-", 1)[1])
            if half == "all" or (half == "even") == (n % 2 == 0):
                out.append(i)
    return out


def assemble(out_dir, half="all", wikinews=WIKINEWS):
    """Writes <id>.txt and <id>.gold.json into out_dir; returns the number of articles."""
    os.makedirs(out_dir, exist_ok=True)
    n = 0
    for i in ids(half):
        gold = json.load(open(os.path.join(HERE, i + ".json"), encoding="utf-8"))
        shutil.copyfile(os.path.join(wikinews, gold["text_file"]), os.path.join(out_dir, gold["text_file"]))
        with open(os.path.join(out_dir, i + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False)
        n += 1
    return n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--half", choices=["all", "even", "odd"], default="all")
    ap.add_argument("--wikinews", default=WIKINEWS)
    a = ap.parse_args()
    print(assemble(a.out, a.half, a.wikinews), "articles in", a.out)


if __name__ == "__main__":
    main()
