#!/bin/sh
# Rebuilds preterite.txt from the LanguageTool German POS dictionary dump
# (../../../../shared/data/lexicons/languagetool-german-pos-dict/verbs.tsv.gz,
# CC BY-SA 4.0). Deterministic: C-locale sort, unique.
set -eu
SRC=${1:-"$(dirname "$0")/../../../../shared/data/lexicons/languagetool-german-pos-dict/verbs.tsv.gz"}
OUT="$(dirname "$0")/preterite.txt"
# 3rd person singular/plural preterite forms that start with a lower-case letter
# (main-clause and subordinate-clause forms), minus a few homographs that are
# more often adjectives or nouns in news text.
zcat "$SRC" | grep -v '^#' \
  | awk -F'\t' '$3 ~ /:3:(SIN|PLU):PRT/ && $1 ~ /^[a-zäöü]/ {print $1}' \
  | grep -vxE 'rechte|rechten|weite|weiten|breite|breiten|leichte|leichten' \
  | LC_ALL=C sort -u > "$OUT"
wc -l "$OUT"
