#!/usr/bin/env python3
"""Mechanical checks of a held-out set's labels: keys, label strings present in the text, regions, weekdays.

Usage: python3 scripts/heldout_check.py corpus/heldout8 [STEM ...]   (each set's check.py runs it on its folder)
"""
import json, re, sys, glob, os, datetime
if len(sys.argv) < 2: sys.exit(__doc__)
D = os.path.abspath(sys.argv[1])
REGIONS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'regions', 'regions.tsv')
KEYS = ["doc","is_training_event","event_type","date_start","date_end","city","province","venue",
        "participants_total","participant_groups","organizers","speakers","speaker_organizations",
        "legal_references","notes"]
TYPES = {"bimtek","pelatihan","pembinaan","diklat","workshop","sosialisasi","orientasi","peningkatan kapasitas","other"}
reg = {}
prov = {}
for line in open(REGIONS):
    p = line.rstrip('\n').split('\t')
    if len(p) < 4 or p[1] not in ('1', '2'): continue
    if p[1] == '1': prov[p[0]] = p[2]
    else: reg[p[2]] = p[3]
DAYS = ['Senin','Selasa','Rabu','Kamis','Jumat',"Sabtu",'Minggu']
BULAN = {m: i+1 for i, m in enumerate(['januari','februari','maret','april','mei','juni','juli','agustus','september','oktober','november','desember'])}
BULAN.update({'jan':1,'feb':2,'mar':3,'apr':4,'jun':6,'jul':7,'agu':8,'agt':8,'ags':8,'sep':9,'okt':10,'nov':11,'des':12})
stems = sys.argv[2:] or sorted(os.path.basename(f)[:-4] for f in glob.glob(os.path.join(D, '*.txt')) if re.fullmatch(r'[a-z]\d{3}\.txt', os.path.basename(f)))
errs = 0
# `CONFIRMED.md` in a set's folder lists messages ("stem: message") that a reader checked and found to be the
# check's own mistake; they are counted, not printed (a blind stem's text must not be shown).
CONFIRMED = set()
if os.path.exists(os.path.join(D, 'CONFIRMED.md')):
    CONFIRMED = {ln.strip() for ln in open(os.path.join(D, 'CONFIRMED.md')) if ln.strip() and not ln.startswith('#')}
confirmed = 0
def err(s, m):
    global errs, confirmed
    if f"{s}: {m}" in CONFIRMED: confirmed += 1; return
    errs += 1; print(f"{s}: {m}")
def norm(s): return re.sub(r'\s+', ' ', s.lower())
for s in stems:
    t = open(os.path.join(D, s + '.txt')).read(); tl = norm(t)
    j = json.load(open(os.path.join(D, s + '.json')))
    if list(j) != KEYS: err(s, f"keys {list(j)}")
    if j['doc'] != s: err(s, 'doc')
    if not j['notes']: err(s, 'empty notes')
    if j['is_training_event']:
        if j['event_type'] not in TYPES: err(s, f"type {j['event_type']}")
        if not j['organizers']: err(s, 'no organizer')
    else:
        for k in KEYS[2:13]:
            if j[k] not in (None, []): err(s, f"near miss has {k}")
    for k in ('venue',):
        if j[k] and norm(j[k]) not in tl: err(s, f"{k} not in text: {j[k]}")
    for k in ('participant_groups','organizers','speakers','speaker_organizations'):
        for v in j[k]:
            if norm(v) not in tl: err(s, f"{k} not in text: {v}")
    if j['city'] and j['city'] not in reg: err(s, f"city not in regions: {j['city']}")
    if j['province'] and j['province'] not in prov.values(): err(s, f"province not in regions: {j['province']}")
    if j['city'] and j['province'] and prov.get(reg.get(j['city'])) != j['province']: err(s, 'city/province mismatch')
    for k in ('date_start','date_end'):
        if j[k]: datetime.date.fromisoformat(j[k])
    if j['date_start'] and j['date_end'] and j['date_end'] < j['date_start']: err(s, 'date order')
    for r in j['legal_references']:
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9 ./-]*[A-Za-z] \d+/\d{4}", r): err(s, f"legal form {r}")
        n, y = r.split()[-1].split('/')
        if n not in t or y not in t: err(s, f"legal number/year not in text: {r}")
    # weekday checks
    yr = j['date_start'][:4] if j['date_start'] else None
    cy = re.findall(r'\b(20\d\d)\b', t)
    # `Senin hingga Rabu (19/2)`: one date after two weekdays is the last day's.
    for m in re.finditer(r'\b(' + '|'.join(DAYS) + r')\b[ ,]*(?:(?:sampai|hingga|dan|-|–)\s*(' + '|'.join(DAYS) + r')\s*)?\(?(\d{1,2})(\s*[-–]\s*\d{1,2})?/(\d{1,2})(?:/(\d{4}))?', t):
        d, mo, y = int(m.group(3)), int(m.group(5)), m.group(6) or yr or (cy[0] if cy else None)
        if not y: continue
        try: wd = datetime.date(int(y), mo, d).weekday()
        except ValueError: err(s, f"bad date {m.group(0)}"); continue
        day = m.group(2) if m.group(2) and not m.group(4) else m.group(1)
        # `Rabu s.d. Jumat (16-18/7)`: a weekday before a span of days may be its last day's.
        last = int(m.group(4).strip(' -–')) if m.group(4) else None
        lastok = False
        if last is not None:
            try: lastok = DAYS[datetime.date(int(y), mo, last).weekday()] == day
            except ValueError: pass
        if DAYS[wd] != day and not lastok: err(s, f"weekday {m.group(0)!r} is {DAYS[wd]}")
    for m in re.finditer(r'\b(' + '|'.join(DAYS) + r')\b,?\s+(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})', t):
        mo = BULAN.get(m.group(3).lower())
        if not mo: continue
        wd = datetime.date(int(m.group(4)), mo, int(m.group(2))).weekday()
        if DAYS[wd] != m.group(1): err(s, f"weekday {m.group(0)!r} is {DAYS[wd]}")
    for m in re.finditer(r'\b(' + '|'.join(DAYS) + r')\b,?\s+(\d{1,2})\s+([A-Za-z]+)\b(?!\.?\s+\d{4})', t):
        mo = BULAN.get(m.group(3).lower())
        if not mo or not yr: continue
        wd = datetime.date(int(yr), mo, int(m.group(2))).weekday()
        if DAYS[wd] != m.group(1): err(s, f"weekday(no year) {m.group(0)!r} is {DAYS[wd]}")
n = len(stems); ev = sum(json.load(open(os.path.join(D, x + '.json')))['is_training_event'] for x in stems)
print(f"{n} documents, {ev} events, {n-ev} near misses, {errs} problems" + (f" ({confirmed} confirmed as the check's mistake)" if confirmed else ""))
sys.exit(1 if errs else 0)
