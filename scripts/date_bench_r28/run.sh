#!/usr/bin/env bash
# run.sh BIN [-v] [--rules DIR] -- round 28's date bench (DATE28): short reports written for it (no corpus document),
# each with the event's first and last day a reader gives; prints the wrong ones and the counts.
set -euo pipefail
BIN=$1; shift; V=""; R=()
while [ $# -gt 0 ]; do case $1 in -v) V=-v;; --rules) R=(--rules "$2"); shift;; esac; shift; done
D=$(cd "$(dirname "$0")" && pwd); T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
python3 "$D/bench.py" > "$T/in.jsonl"
"$BIN" extract "$T/in.jsonl" --output "$T/out.jsonl" --jobs 1 ${R[@]+"${R[@]}"} >/dev/null 2>&1 || true
python3 "$D/bench.py" "$T/out.jsonl" $V
