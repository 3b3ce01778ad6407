#!/usr/bin/env python3
"""prune24_analyse.py WORK [WORK2 ...] -- the ablation table over one or more readable folders: for each rule, the readable
documents whose record changes without it, and the change of tp/fp/fn per field (ablated minus main, summed over
the folders), with its class (dead / one-document / few / broad) and sign (better / worse / mixed / neutral: the fields
whose F1 over the folders rises or falls without the rule).

Each WORK holds base.jsonl, base_report.json, out/ID.{jsonl,report.json,err}; the first also blocks.tsv
(id, file) and rounds.tsv (id, round). Writes the TSV to stdout.
"""
import json, os, sys

WORKS = sys.argv[1:]
FIELDS = ['is_training_event', 'event_type', 'date_start', 'date_end', 'city', 'province', 'venue',
          'participants_total', 'participant_groups', 'organizers', 'speakers', 'speaker_organizations',
          'legal_references']
MACRO8 = ['is_training_event', 'date_start', 'city', 'venue', 'participants_total', 'organizers', 'speakers',
          'legal_references']
SHORT = {'is_training_event': 'ev', 'event_type': 'type', 'date_start': 'ds', 'date_end': 'de', 'city': 'city',
         'province': 'prov', 'venue': 'ven', 'participants_total': 'tot', 'participant_groups': 'grp',
         'organizers': 'org', 'speakers': 'spk', 'speaker_organizations': 'spkorg', 'legal_references': 'leg'}

def doc_key(line):
    d = json.loads(line).get('document')
    return d.get('id') if isinstance(d, dict) else str(d)

def jsonl(path):
    return {doc_key(l): l for l in open(path)}

def macro(counts):
    f = lambda c: 2 * c[0] / (2 * c[0] + c[1] + c[2]) if c[0] + c[1] + c[2] else 1.0
    return sum(f(counts[x]) for x in MACRO8) / len(MACRO8)

def counts(reports):
    return {f: tuple(sum(r['fields'][f][k] for r in reports) for k in ('tp', 'fp', 'fn')) for f in FIELDS}

bases = [(jsonl(os.path.join(w, 'base.jsonl')), json.load(open(os.path.join(w, 'base_report.json')))) for w in WORKS]
bcount = counts([b[1] for b in bases])
files = {l.split('\t')[0]: l.split('\t')[1] for l in open(os.path.join(WORKS[0], 'blocks.tsv'))}
rounds = {l.split('\t')[0]: l.split('\t')[1] for l in open(os.path.join(WORKS[0], 'rounds.tsv'))}

print('\t'.join(['rule', 'file', 'round', 'docs_changed', 'class', 'sign', 'macro8_delta', 'docs_score_changed',
                 'delta (field tp/fp/fn, without the rule minus main)', 'documents changed']))
for rid in files:
    changed, reps, missing = [], [], None
    for w, (bj, br) in zip(WORKS, bases):
        jl, rp = os.path.join(w, 'out', rid + '.jsonl'), os.path.join(w, 'out', rid + '.report.json')
        if not (os.path.exists(jl) and os.path.exists(rp)):
            e = os.path.join(w, 'out', rid + '.err')
            missing = (open(e).read().strip().replace('\n', ' ')[:200] if os.path.exists(e) else 'not run') or 'not run'
            break
        aj = jsonl(jl)
        changed += sorted(k for k in set(bj) | set(aj) if bj.get(k) != aj.get(k))
        reps.append(json.load(open(rp)))
    if missing:
        print('\t'.join([rid, files[rid], rounds.get(rid, '?'), '-', 'skipped', '-', '-', '-', missing, '-']))
        continue
    acount = counts(reps)
    deltas, better, worse = [], 0, 0
    for f in FIELDS:
        d = tuple(a - b for a, b in zip(acount[f], bcount[f]))
        if d != (0, 0, 0):
            deltas.append(f'{SHORT[f]} {d[0]:+d}/{d[1]:+d}/{d[2]:+d}')
            f1 = lambda c: 2 * c[0] / (2 * c[0] + c[1] + c[2]) if c[0] + c[1] + c[2] else 1.0
            better += f1(acount[f]) > f1(bcount[f]) + 1e-12
            worse += f1(acount[f]) < f1(bcount[f]) - 1e-12
    score_docs = 0
    for (bj, br), rep in zip(bases, reps):
        bm = {(m['doc'], m['field'], m['expected'], m['predicted']) for m in br['mismatches']}
        am = {(m['doc'], m['field'], m['expected'], m['predicted']) for m in rep['mismatches']}
        score_docs += len({m[0] for m in bm ^ am})
    n = len(changed)
    cls = 'dead' if n == 0 else 'one-document' if n == 1 else 'few' if n <= 4 else 'broad'
    sign = ('-' if n == 0 else 'neutral' if not deltas else 'better' if better and not worse
            else 'worse' if worse and not better else 'mixed')
    print('\t'.join([rid, files[rid], rounds.get(rid, '?'), str(n), cls, sign, f'{macro(acount) - macro(bcount):+.4f}',
                     str(score_docs), '; '.join(deltas) or '-', ' '.join(changed[:8]) + (' ...' if n > 8 else '')]))
