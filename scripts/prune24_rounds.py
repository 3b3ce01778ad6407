#!/usr/bin/env python3
"""prune24_rounds.py IDS -- the round that added each rule id of the file IDS (one a line), printed as
id<TAB>round<TAB>commit. A rule's commit is the first commit whose diff of extractors/ adds its `  - id:` line
(author date); its round is the first round whose end (the README or merge commit that closed it on main, as
listed below) is not before that date. Round 0 is the first build (2026-11-23)."""
import re, subprocess, sys

ENDS = [(0, '11-23_23:59'), (1, '12-02_04:53'), (2, '12-02_07:29'), (3, '12-02_10:35'), (4, '12-02_13:20'),
        (5, '12-02_16:23'), (6, '12-02_19:34'), (7, '12-02_23:27'), (8, '12-03_02:23'), (9, '12-03_05:38'),
        (10, '12-03_08:28'), (11, '12-03_11:11'), (12, '12-03_15:07'), (13, '12-03_17:58'), (14, '12-03_20:49'),
        (15, '12-04_00:03'), (16, '12-04_03:20'), (17, '12-04_06:43'), (18, '12-04_09:40'), (19, '12-04_13:03'),
        (20, '12-04_16:50'), (21, '12-04_19:40'), (22, '12-04_22:27'), (23, '12-05_01:41'), (24, '12-31_23:59')]

wanted = open(sys.argv[1]).read().split()
log = subprocess.run(['git', 'log', '--reverse', '-p', '--format=COMMIT %h %ad', '--date=format:%m-%d_%H:%M', '--',
                      'extractors'], capture_output=True, text=True, check=True).stdout
first, commit = {}, None
for line in log.splitlines():
    if line.startswith('COMMIT '):
        commit = line.split()[1:3]
    else:
        m = re.match(r'^\+  - id: (\S+)', line)
        if m and m.group(1) not in first:
            first[m.group(1)] = commit
for rid in wanted:
    if rid not in first:
        print(f'{rid}\t?\t-'); continue
    h, t = first[rid]
    print(f'{rid}\t{next(n for n, e in ENDS if t <= e)}\t{h}')
