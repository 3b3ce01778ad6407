#!/usr/bin/env bash
# vary_sets.sh BIN KINDS [dev|held] [REPO] -- for each readable set (realnews dev, corpus, seeds, the 16 look
# halves): macro8 and the 8 main fields' F1 on the set as it is and on its copy varied by KINDS (scripts/vary.py).
# Copies go to a fresh temporary folder, removed after. Never touches the realnews test split or a blind half.
BIN=$(readlink -f "$1"); KINDS=$2; POOL=${3:-dev}; REPO=$(readlink -f "${4:-$(dirname "$0")/..}")
T=$(mktemp -d /tmp/vm.XXXXXX); trap 'rm -rf "$T"' EXIT
f1s() { (cd /tmp && "$BIN" eval "$1" 2>/dev/null) | awk '
  $1=="is_training_event"||$1=="date_start"||$1=="city"||$1=="venue"||$1=="participants_total"||$1=="organizers"||$1=="speakers"||$1=="legal_references"{v[$1]=$NF}
  /^macro F1/{m=$NF}
  END{printf "%s  ev %s ds %s ci %s ve %s to %s or %s sp %s le %s", m, v["is_training_event"], v["date_start"], v["city"], v["venue"], v["participants_total"], v["organizers"], v["speakers"], v["legal_references"]}'; }
one() { # name src split
  local n=$1 src=$2 sp=${3:-}; local spa=(); [ -n "$sp" ] && spa=(--split "$sp")
  python3 "$REPO/scripts/vary.py" "$src" "$T/$n-0" "${spa[@]}" --kinds none >/dev/null
  python3 "$REPO/scripts/vary.py" "$src" "$T/$n-1" "${spa[@]}" --kinds "$KINDS" --pool "$POOL" >/dev/null
  printf "%-15s as is %s\n%-15s varied %s\n" "$n" "$(f1s "$T/$n-0")" "" "$(f1s "$T/$n-1")"
}
one realnews-dev "$REPO/corpus/realnews" dev
one corpus "$REPO/corpus"
SEEDS="$REPO/../shared/seeds"; [ -d "$SEEDS" ] || SEEDS=/work/shared/seeds
one seeds "$SEEDS"
for h in heldout heldout2 heldout3 heldout4 heldout5 heldout6 heldout7 heldout8 heldout9 heldout10 heldout11 heldout12 heldout13 heldout14 heldout15 heldout16; do
  one "$h-look" "$REPO/corpus/$h" look
done
