import json,sys,os,re,glob,datetime
os.chdir('/work/heldout6')
reg={};name2code={}
for l in open('/work/shared/regions/regions.tsv'):
    p=l.rstrip('\n').split('\t')
    if p[0]=='code':continue
    reg[p[0]]=p; 
    if p[1] in('1','2'): name2code.setdefault((p[1],p[2]),p[0])
KEYS=["doc","is_training_event","event_type","date_start","date_end","city","province","venue","participants_total","participant_groups","organizers","speakers","speaker_organizations","legal_references","notes"]
TYPES={'bimtek','pelatihan','pembinaan','diklat','workshop','sosialisasi','orientasi','peningkatan kapasitas','other'}
stems=sorted(s[:-5] for s in glob.glob('p*.json'))
if len(sys.argv)>1: stems=[s for s in stems if int(s[1:])%2==int(sys.argv[1])]
bad=0;ev=0;cities=set();provs=set()
for s in stems:
    j=json.load(open(s+'.json'));t=open(s+'.txt').read();tl=t.lower()
    err=[]
    if list(j.keys())!=KEYS: err.append('keys %s'%list(j.keys()))
    if j['doc']!=s: err.append('doc')
    if j['is_training_event']:
        ev+=1
        if j['event_type'] not in TYPES: err.append('type')
        if not j['organizers']: err.append('no organizer')
    else:
        for k in KEYS[2:13]:
            if j[k] not in (None,[]): err.append('nonevent field '+k)
    for k in ('date_start','date_end'):
        if j[k]: datetime.date.fromisoformat(j[k])
    if j['date_start'] and j['date_end'] and j['date_end']<j['date_start']: err.append('date order')
    if bool(j['date_start'])!=bool(j['date_end']): err.append('date half')
    if j['venue'] and j['venue'].lower() not in tl: err.append('venue not in text: '+j['venue'])
    for k in ('participant_groups','organizers','speakers','speaker_organizations'):
        for v in j[k]:
            if v.lower() not in tl: err.append(f'{k} not in text: {v}')
    for v in j['legal_references']:
        if not re.fullmatch(r'[A-Za-z][A-Za-z ]*? \d+/\d{4}',v): err.append('legal form '+v)
    if j['province']:
        pc=name2code.get(('1',j['province']))
        if not pc: err.append('province? '+j['province'])
        provs.add(j['province'])
    if j['city']:
        cc=name2code.get(('2',j['city']))
        if not cc: err.append('city? '+j['city'])
        elif j['province'] and reg[cc][3]!=name2code.get(('1',j['province'])): err.append('city/prov mismatch')
        cities.add(j['city'])
    pt=j['participants_total']
    if pt is not None and not isinstance(pt,int): err.append('pt int')
    if not j['notes']: err.append('notes')
    wc=len(t.split())
    # weekday check: "Hari (d/m/yyyy)" and "Hari, d Bulan yyyy"
    D=['Senin','Selasa','Rabu','Kamis','Jumat','Sabtu','Minggu']
    M=['januari','februari','maret','april','mei','juni','juli','agustus','september','oktober','november','desember']
    for m in re.finditer(r'(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\w*[,]?\s*\(?(\d{1,2})/(\d{1,2})/(\d{4})',t):
        d=datetime.date(int(m[4]),int(m[3]),int(m[2]))
        if D[d.weekday()]!=m[1]: err.append('weekday '+m[0])
    for m in re.finditer(r'(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu),?\s+(\d{1,2})\s+(\w+)\s+(\d{4})',t):
        if m[3].lower() in M:
            d=datetime.date(int(m[4]),M.index(m[3].lower())+1,int(m[2]))
            if D[d.weekday()]!=m[1]: err.append('weekday '+m[0])
    print(s, 'EV' if j['is_training_event'] else 'NM', wc, j['city'], '|', ('ERR '+'; '.join(err)) if err else 'ok')
    bad+=bool(err)
print('docs',len(stems),'events',ev,'bad',bad,'cities',len(cities),'provinces',len(provs))
