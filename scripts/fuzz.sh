#!/usr/bin/env bash
# Builds the libFuzzer harnesses (Tests/Fuzz, into .build-fuzz, with the address sanitizer) and runs one
# target for SECONDS seconds over its seed corpus in Tests/Fuzz/TARGET.
#   scripts/fuzz.sh TARGET SECONDS [extra libFuzzer flags...]
# TARGET: text, html, warc, gzip, jsonl, pattern, date or pipeline. New inputs that libFuzzer finds go to
# .build-fuzz/corpus/TARGET (the committed seeds are never modified); a crash is written to
# .build-fuzz/crashes/TARGET/ and the script exits non-zero. Leak detection is off: the Swift runtime keeps
# metadata and the compiled rules for the life of the process, which LeakSanitizer reports at exit.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
if [ $# -lt 2 ]; then
  echo "usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer flags...]" >&2
  exit 2
fi
target=$1
seconds=$2
shift 2
case "$target" in
  text|html|warc|gzip|jsonl|pattern|date|pipeline) ;;
  *) echo "unknown target '$target' (text, html, warc, gzip, jsonl, pattern, date, pipeline)" >&2; exit 2 ;;
esac
# WARTA_FUZZ_CONFIG=debug builds the harnesses without optimization into .build-fuzz-debug: about a quarter of the
# release build's time and a tenth or less of its executions per second. CI uses it (a smoke run of every target
# over its seeds within CI's half hour); the campaigns that look for new crashes use the release default.
config=${WARTA_FUZZ_CONFIG:-release}
# An unoptimized build loads the project's rules in its first input for 10 s or more on a loaded machine, so its
# time limit per input is 60 s instead of 10.
case "$config" in
  release) scratch="$root/.build-fuzz"; timeout=10 ;;
  debug) scratch="$root/.build-fuzz-debug"; timeout=60 ;;
  *) echo "WARTA_FUZZ_CONFIG must be release or debug, not '$config'" >&2; exit 2 ;;
esac
# libclang_rt.fuzzer_no_main ships with the Swift toolchain's clang.
toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")
fuzzlib="$toolchain/lib/swift/clang/lib/linux"
swift build --package-path Tests/Fuzz --scratch-path "$scratch" -c "$config" \
  -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
  -Xswiftc -enable-testing -Xlinker -L"$fuzzlib" >&2
bin="$scratch/$config/warta-fuzz"
mkdir -p "$scratch/corpus/$target" "$scratch/crashes/$target"
# The Swift runtime's backtracer would catch a crash before libFuzzer could save the input: leave it to libFuzzer.
ASAN_OPTIONS=detect_leaks=0 SWIFT_BACKTRACE=enable=no WARTA_FUZZ_TARGET=$target "$bin" \
  -max_total_time="$seconds" -max_len=65536 -timeout="$timeout" -rss_limit_mb=2048 -print_final_stats=1 -detect_leaks=0 \
  -artifact_prefix="$scratch/crashes/$target/" \
  "$@" "$scratch/corpus/$target" "Tests/Fuzz/$target"
