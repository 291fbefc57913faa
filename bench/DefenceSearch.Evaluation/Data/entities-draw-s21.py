# Draw of the sixteenth fresh held-out set (split `fresh16`, session 19, helper label20), written and committed before any of
# its articles was read. Same design as fresh2-fresh15 (entities-draw-s7.py ... entities-draw-s20.py), other seeds:
# pool = articles of 300 to 4,500 characters (UNC text without its '#' header lines) not in entities.json;
# K1 40 (quốc phòng/quân sự/quân đội >= 3 times), K2 12 (1-2 times), K3 6 (never), drawn in that order with
# random.Random(20262301).sample; K4 42 (title holds a defence word, not already drawn) with random.Random(20262302).
# Usage: python3 entities-draw-s21.py entities.json > /tmp/label20/fresh16.json   (entities.json before fresh16 was added)
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
K={'K1':lambda t: cnt(t)>=3,'K2':lambda t: 1<=cnt(t)<=2,'K3':lambda t: cnt(t)==0}
rf=random.Random(20262301); taken=set(); fresh=[]
for s,n in [('K1',40),('K2',12),('K3',6)]:
    c=[i for i,t in pool if K[s](t) and i not in taken]
    print(s,len(c),file=sys.stderr)
    for i in rf.sample(c,n): fresh.append((i,s)); taken.add(i)
c=[i for i,t in pool if any(w in title(t) for w in DEF) and i not in taken]
print('K4',len(c),file=sys.stderr)
for i in random.Random(20262302).sample(c,42): fresh.append((i,'K4')); taken.add(i)
json.dump(fresh,sys.stdout)
