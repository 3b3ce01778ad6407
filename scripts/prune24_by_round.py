#!/usr/bin/env python3
"""prune24_by_round.py TABLE -- classes and signs of the ablation table by the round that added each rule, and by file."""
import collections, sys
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1])][1:]
CLS = ['dead', 'one-document', 'few', 'broad', 'skipped']
def show(key, title):
    t = collections.defaultdict(collections.Counter)
    for r in rows:
        t[key(r)][r[4]] += 1
    print(f'| {title} | rules | ' + ' | '.join(CLS[:4]) + ' |')
    print('|---|---|' + '---|' * 4)
    for k in sorted(t, key=lambda x: (0, int(x.split()[0].split('-')[0]), '') if x[0].isdigit() else (1, 0, x)):
        c = t[k]
        print(f'| {k} | {sum(c.values())} | ' + ' | '.join(str(c[x]) for x in CLS[:4]) + ' |')
def band(r):
    n = int(r[2])
    return '0 (foundation)' if n == 0 else '1-5' if n <= 5 else '6-10' if n <= 10 else '11-15' if n <= 15 else '16-19' if n <= 19 else '20-23'
show(band, 'rounds')
print()
show(lambda r: r[2], 'round')
print()
show(lambda r: r[1].split('/')[0], 'file')
print()
s = collections.Counter((r[4], r[5]) for r in rows)
print('| class | sign | rules |'); print('|---|---|---|')
for k in sorted(s): print(f'| {k[0]} | {k[1]} | {s[k]} |')
