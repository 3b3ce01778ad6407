#!/usr/bin/env bash
# run.sh BIN [-v] -- round 27's date and legal-reference probes (DATE27): short reports written for them (no corpus
# document), each with the dates or references a reader gives; prints the wrong ones and the counts.
set -euo pipefail
BIN=$1; V=${2:-}
D=$(cd "$(dirname "$0")" && pwd); T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
for f in dates legal; do
  python3 "$D/$f.py" > "$T/$f.jsonl"
  "$BIN" extract "$T/$f.jsonl" --output "$T/$f.out.jsonl" --jobs 1 >/dev/null 2>&1 || true
  echo "$f:"; python3 "$D/$f.py" "$T/$f.out.jsonl" $V
done
