#!/usr/bin/env python3
"""Rule blocks of extractors/*/rules.yaml, found by their `  - id:` lines in the `rules:` section.

A block runs from its id line (with the comment lines right above it, if any) to the line before the next
block (or the end of the file). `list DIR` prints `id<TAB>file`; `drop SRC DST ID...` copies SRC to DST with
the blocks of the given ids removed.
"""
import os, re, shutil, sys

ID = re.compile(r'^  - id:\s*(\S+)\s*$')

def blocks(lines):
    """[(id, start, end)] of the rule blocks of one file's lines."""
    try:
        top = next(i for i, l in enumerate(lines) if l.rstrip('\n') == 'rules:')
    except StopIteration:
        return []
    starts = []
    for i in range(top + 1, len(lines)):
        m = ID.match(lines[i])
        if m:
            s = i
            while s - 1 > top and lines[s - 1].lstrip().startswith('#'):
                s -= 1
            starts.append((m.group(1), s))
    out = []
    for k, (rid, s) in enumerate(starts):
        e = starts[k + 1][1] if k + 1 < len(starts) else len(lines)
        out.append((rid, s, e))
    return out

def rule_files(root):
    for d in sorted(os.listdir(root)):
        p = os.path.join(root, d, 'rules.yaml')
        if os.path.isfile(p):
            yield p

def drop(src, dst, ids):
    """Copy the rules folder `src` to `dst` (unless they are the same) without the blocks of `ids`; the ids found."""
    if src != dst:
        if os.path.exists(dst):
            shutil.rmtree(dst)
        shutil.copytree(src, dst)
    found = set()
    for p in rule_files(dst):
        lines = open(p).readlines()
        keep = [True] * len(lines)
        for rid, s, e in blocks(lines):
            if rid in ids:
                found.add(rid)
                for i in range(s, e):
                    keep[i] = False
        new = [l for l, k in zip(lines, keep) if k]
        # a file ends as it did: no trailing blank lines left by a dropped last block
        while new and new[-1].strip() == '':
            new.pop()
        open(p, 'w').write(''.join(new))
    return found

def main():
    cmd = sys.argv[1]
    if cmd == 'list':
        root = sys.argv[2]
        for p in rule_files(root):
            for rid, s, e in blocks(open(p).readlines()):
                print(f'{rid}\t{os.path.relpath(p, root)}\t{s + 1}\t{e}')
    elif cmd == 'drop':
        src, dst, ids = sys.argv[2], sys.argv[3], set(sys.argv[4:])
        missing = ids - drop(src, dst, ids)
        if missing:
            sys.exit('unknown ids: ' + ' '.join(sorted(missing)))

if __name__ == '__main__':
    main()
