#!/usr/bin/env bash
# prune24_gate.sh TAG IDFILE -- the blind gate: main's binary with a copy of main's extractors/ less the rules of IDFILE,
# scored in aggregate by /work/notes/r24/measure.sh (all sets, printed table only).
set -eu
TAG=$1; IDS=$2; W=${WORK:-/tmp/prune24}; D=$W/gate_$TAG
python3 "$(dirname "$0")/prune24_rules_yaml.py" drop /work/main/extractors "$D" $(cat "$IDS")
cd /tmp && /work/notes/r24/measure.sh /work/main/.build/release/warta "$D" all > $W/gate_$TAG.txt 2>&1
