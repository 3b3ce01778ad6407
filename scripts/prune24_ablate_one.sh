#!/usr/bin/env bash
# prune24_ablate_one.sh ID -- extract and score the readable folder with the rules less rule ID.
# Env: BIN (warta binary), WORK (folder with base_rules/ and read/). Writes WORK/out/ID.{jsonl,report.json,err}.
#
# Round 24's recipe (PRUNE24; one extract and one eval per rule, two rules at a time on two cores):
#   W=/tmp/prune24; scripts/prune24_readable.sh $W/read; cp -r extractors $W/base_rules
#   python3 scripts/prune24_rules_yaml.py list $W/base_rules > $W/blocks.tsv; cut -f1 $W/blocks.tsv > $W/ids.txt
#   (cd /tmp && $BIN extract $W/read --rules $W/base_rules --jobs 1 --no-progress -o $W/base.jsonl
#    && $BIN eval $W/read --rules $W/base_rules --report $W/base_report.json)
#   WORK=$W BIN=$BIN xargs -P 2 -n 1 scripts/prune24_ablate_one.sh < $W/ids.txt
#   python3 scripts/prune24_analyse.py $W > table.tsv   (rounds.tsv: id<TAB>round, from git log of extractors/)
#   scripts/prune24_gate.sh TAG IDFILE   (blind gate, aggregates only: at most three runs in a round)
set -u
id=$1; W=${WORK:?}; B=${BIN:?}
mkdir -p "$W/out" "$W/abl"
R="$W/abl/$id"
python3 "$(dirname "$0")/prune24_rules_yaml.py" drop "$W/base_rules" "$R" "$id" 2> "$W/out/$id.err" || exit 0
cd /tmp
"$B" extract "$W/read" --rules "$R" --jobs 1 --no-progress -o "$W/out/$id.jsonl" 2>> "$W/out/$id.err"
"$B" eval "$W/read" --rules "$R" --report "$W/out/$id.report.json" > /dev/null 2>> "$W/out/$id.err"
rm -rf "$R"
