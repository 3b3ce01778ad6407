#!/bin/bash
# Times `warta bench --kind text` on one thread, on two threads, and as two one-thread processes side by side
# (the control: what two cores of this machine give to two programs that share nothing), ROUNDS times in
# alternation, with the processor time of each run and the load average before it.
#   scripts/text_scaling.sh [BINARY] [ROUNDS] [DOCUMENTS]
# Only meaningful when nothing else runs: look at the load column first.
B=${1:-.build/release/warta}; R=${2:-5}; N=${3:-20000}
rate() { grep -o "thread(s): [0-9.]*" "$1" | awk '{print $2}'; }
t=$(mktemp -d)
printf "%-5s %-6s %-10s %-6s %-10s %-6s %-8s %-22s %s\n" round load 1-thread cpu 2-threads cpu ratio "2 processes" "sum/1-thread"
for r in $(seq "$R"); do
  l=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "%U %S" -o "$t/1.t" "$B" bench --kind text --documents "$N" --jobs 1 --no-stages > "$t/1.o"
  /usr/bin/time -f "%U %S" -o "$t/2.t" "$B" bench --kind text --documents "$N" --jobs 2 --no-stages > "$t/2.o"
  "$B" bench --kind text --documents "$N" --jobs 1 --no-stages > "$t/p1.o" & p=$!
  "$B" bench --kind text --documents "$N" --jobs 1 --no-stages > "$t/p2.o"; wait $p
  a=$(rate "$t/1.o"); b=$(rate "$t/2.o"); c=$(rate "$t/p1.o"); d=$(rate "$t/p2.o")
  printf "%-5s %-6s %-10s %-6s %-10s %-6s %-8s %-22s %s\n" "$r" "$l" "$a" "$(awk '{print $1+$2}' "$t/1.t")" "$b" \
    "$(awk '{print $1+$2}' "$t/2.t")" "$(echo "scale=3; $b/$a" | bc)" "$c + $d" "$(echo "scale=3; ($c+$d)/$a" | bc)"
done
rm -rf "$t"
