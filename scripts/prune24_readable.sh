#!/usr/bin/env bash
# prune24_readable.sh OUT -- a flat folder of symlinks to READABLE documents only (txt + gold json):
# realnews dev, corpus/*.txt, shared seeds, the look half of heldout..heldout16.
# Only stems that split.tsv marks dev/look are linked; blind and test documents are never opened.
set -euo pipefail; shopt -s nullglob
OUT=$1; C=/work/main/corpus
rm -rf "$OUT"; mkdir -p "$OUT"
link() { # srcdir stem
  local d=$1 s=$2
  [ -e "$OUT/$s.txt" ] && { echo "duplicate stem $s" >&2; exit 1; }
  ln -s "$d/$s.txt" "$OUT/$s.txt"; ln -s "$d/$s.json" "$OUT/$s.json"
}
awk -F'\t' '$2=="dev"{print $1}' $C/realnews/split.tsv | while read -r s; do
  n=${s#r}; [ $((10#$n % 3)) -ne 0 ] || { echo "refuse $s" >&2; exit 1; }; link $C/realnews "$s"; done
for f in $C/*.txt; do link $C "$(basename "$f" .txt)"; done
for f in /work/shared/seeds/*.txt; do link /work/shared/seeds "$(basename "$f" .txt)"; done
for h in heldout heldout2 heldout3 heldout4 heldout5 heldout6 heldout7 heldout8 heldout9 heldout10 heldout11 heldout12 heldout13 heldout14 heldout15 heldout16; do
  awk -F'\t' '$2=="look"{print $1}' $C/$h/split.tsv | while read -r s; do link $C/$h "$s"; done
done
ls "$OUT"/*.txt | wc -l
