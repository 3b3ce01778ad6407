#!/usr/bin/env python3
"""Names the functions of a callgrind profile of a stripped binary (round 17, SPEED10).

Valgrind crashes on the unstripped release binary, so the speed rounds profile a stripped copy, whose profile
names every function of warta by its address (`0x0000000000a6a760`). Stripping moves no code: the unstripped
build of the same commit has the same addresses with its symbols. This rewrites the profile's `fn=`/`cfn=`
names to the demangled symbol at or before each address (`+0x..` when inside a function), so that
`callgrind_annotate` prints Swift names.

    nm --defined-only .build/release/warta | awk '$2 ~ /[tTwW]/ {print $1, $3}' | sort > syms.raw
    cut -d' ' -f2 syms.raw | swift demangle --simplified > syms.dem
    paste -d' ' <(cut -d' ' -f1 syms.raw) syms.dem > syms.txt
    scripts/callgrind_names.py syms.txt callgrind.out named.out
    callgrind_annotate --inclusive=yes named.out
"""
import bisect
import re
import sys


def main(symbols_path: str, profile_path: str, out_path: str) -> None:
    syms = []
    for line in open(symbols_path):
        address, _, name = line.rstrip("\n").partition(" ")
        syms.append((int(address, 16), name[:150]))
    syms.sort()
    addresses = [a for a, _ in syms]

    def name(hex_address: str) -> str:
        a = int(hex_address, 16)
        i = bisect.bisect_right(addresses, a) - 1
        if i < 0:
            return hex_address
        base, n = syms[i]
        return n if a == base else f"{n}+{a - base:#x}"

    pattern = re.compile(r"^((?:c?fn)=\(\d+\)) (0x[0-9a-f]+)((?:'\d+)?)$")
    with open(out_path, "w") as out:
        for line in open(profile_path):
            m = pattern.match(line.rstrip("\n"))
            if m:
                line = f"{m.group(1)} {name(m.group(2))}{m.group(3)}\n"
            out.write(line)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: callgrind_names.py SYMBOLS PROFILE OUT")
    main(*sys.argv[1:])
