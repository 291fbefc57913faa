# Draw of the third fresh held-out set for areas (split `fresh3`, session 7, helper areas7), written and committed
# before any of its articles was read. Same design as fresh2 (entities-draw-s7.py), smaller, other seeds:
# pool = articles of 300 to 4,500 characters (UNC text without its '#' header lines) not in entities.json;
# H1 16 (quốc phòng/quân sự/quân đội >= 3 times), H2 7 (1-2 times), H3 3 (never), drawn in that order with
# random.Random(20261216).sample; H4 14 (title holds a defence word, not already drawn) with random.Random(20261217).
# Usage: python3 entities-draw-s8.py entities.json > /tmp/areas7/fresh3.json
import json,os,random,sys,unicodedata
R='/tmp/news'
lab=json.load(open(sys.argv[1] if len(sys.argv)>1 else 'entities.json'))
used={x['id'] for x in lab}
def load(arch,f):
    t=unicodedata.normalize('NFC',open(os.path.join(R,arch,f),encoding='utf-8').read())
    if arch=='unc': t='\n'.join(l for l in t.split('\n') if not l.startswith('#')).strip()
    return t
pool=[]
for arch in ['unc','baomoi']:
    for f in sorted(os.listdir(os.path.join(R,arch))):
        i=arch+'/'+f.rsplit('.',1)[0]
        if i in used: continue
        t=load(arch,f)
        if 300<=len(t)<=4500: pool.append((i,t))
def cnt(t): l=t.lower(); return sum(l.count(w) for w in ['quốc phòng','quân sự','quân đội'])
def title(t): return t.split('\n',1)[0].lower()
DEF=['quân sự','quốc phòng','quân đội','hải quân','không quân','tàu chiến','tên lửa','vũ khí','tập trận','diễn tập','bộ đội','biên phòng','cảnh sát biển','quân y','quân nhân','chiến đấu cơ','tiêm kích','tàu ngầm','tàu sân bay']
H={'H1':lambda t: cnt(t)>=3,'H2':lambda t: 1<=cnt(t)<=2,'H3':lambda t: cnt(t)==0}
rf=random.Random(20261216); taken=set(); fresh=[]
for s,n in [('H1',16),('H2',7),('H3',3)]:
    c=[i for i,t in pool if H[s](t) and i not in taken]
    for i in rf.sample(c,n): fresh.append((i,s)); taken.add(i)
c=[i for i,t in pool if any(w in title(t) for w in DEF) and i not in taken]
for i in random.Random(20261217).sample(c,14): fresh.append((i,'H4')); taken.add(i)
json.dump(fresh,sys.stdout)
# Tuning additions (strata J1/J4, 12 articles, drawn after fresh3 from what is left, so that the tuning split also holds
# articles drawn like the fresh sets): python3 entities-draw-s8.py entities.json tune  (entities.json then holds fresh3)
if len(sys.argv)>2 and sys.argv[2]=='tune':
    rt=random.Random(20261218); tune=[]
    c=[i for i,t in pool if H['H1'](t) and i not in taken]
    for i in rt.sample(c,8): tune.append((i,'J1')); taken.add(i)
    c=[i for i,t in pool if any(w in title(t) for w in DEF) and i not in taken]
    for i in rt.sample(c,4): tune.append((i,'J4')); taken.add(i)
    print(); json.dump(tune,sys.stdout)
