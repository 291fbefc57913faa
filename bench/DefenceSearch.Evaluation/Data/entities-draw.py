# Draws of the fresh held-out sets fresh4 to fresh22 (sessions 8 to 25), one design and a pair of seeds per set. Each set's
# seeds were committed before any of its articles was read (first as entities-draw-s9.py ... entities-draw-s21.py, and later sets straight into this file, one file
# per set, the same code; merged into this file in session 19, every draw reproduced id for id).
# pool = articles of 300 to 4,500 characters (UNC text without its '#' header lines) not labelled before the set;
# K1 40 (quốc phòng/quân sự/quân đội >= 3 times), K2 12 (1-2 times), K3 6 (never), drawn in that order with
# random.Random(first seed).sample; K4 42 (title holds a defence word, not already drawn) with random.Random(second seed)
# (fewer when its pool is smaller, the rest from K1 then K2 with the same generator; decided in session 22 before any read).
# From fresh22 on the pool takes articles of 300 to 9,000 characters: after fresh21's draw the K1 pool of 300-4,500 holds
# 2 articles and K4's none, while 4,500-9,000 holds 293 K1 articles (counted, not read; decided in session 24 before any read).
# The first fresh sets (fresh, fresh2, fresh3) had other designs: entities-draw-s7.py, entities-draw-s8.py.
# Usage: python3 entities-draw.py fresh16 entities.json > /tmp/label20/fresh16.json
#   (the labels of the set itself and of later sets, if entities.json already holds them, are not counted as used)
import json,os,random,sys,unicodedata
SEEDS={
  'fresh4': (20261226,20261227),   # session 8, helper label8
  'fresh5': (20261206,20261207),   # session 9, helper label9
  'fresh6': (20261306,20261307),   # session 9, helper label10
  'fresh7': (20261406,20261407),   # session 10, helper label11
  'fresh8': (20261506,20261507),   # session 11, helper label12
  'fresh9': (20261601,20261602),   # session 12, helper label13
  'fresh10': (20261701,20261702),  # session 13, helper label14
  'fresh11': (20261801,20261802),  # session 14, helper label15
  'fresh12': (20261901,20261902),  # session 15, helper label16
  'fresh13': (20262001,20262002),  # session 16, helper label17
  'fresh14': (20262101,20262102),  # session 17, helper label18
  'fresh15': (20262201,20262202),  # session 18, helper label19
  'fresh16': (20262301,20262302),  # session 19, helper label20
  'fresh17': (20262401,20262402),  # session 20; committed in session 19, whose corpus reads left its articles alone
  'fresh18': (20262501,20262502),  # session 21; committed in session 20, whose corpus reads leave its articles alone
  'fresh19': (20262601,20262602),  # session 22; committed in session 21, whose corpus reads leave its articles alone
  'fresh20': (20262701,20262702),  # session 23; committed in session 22, whose corpus reads leave its articles alone
  'fresh21': (20262801,20262802),  # session 24; committed in session 23, whose corpus reads leave its articles alone
  'fresh22': (20262901,20262902),  # session 25; committed in session 24, whose corpus reads leave its articles alone
}
split=sys.argv[1]
first,second=SEEDS[split]
later={s for s in SEEDS if int(s[5:])>=int(split[5:])}
R='/tmp/news'
lab=json.load(open(sys.argv[2] if len(sys.argv)>2 else 'entities.json'))
used={x['id'] for x in lab if x['split'] not in later}
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
        if 300<=len(t)<=(9000 if int(split[5:])>=22 else 4500): pool.append((i,t))
def cnt(t): l=t.lower(); return sum(l.count(w) for w in ['quốc phòng','quân sự','quân đội'])
def title(t): return t.split('\n',1)[0].lower()
DEF=['quân sự','quốc phòng','quân đội','hải quân','không quân','tàu chiến','tên lửa','vũ khí','tập trận','diễn tập','bộ đội','biên phòng','cảnh sát biển','quân y','quân nhân','chiến đấu cơ','tiêm kích','tàu ngầm','tàu sân bay']
K={'K1':lambda t: cnt(t)>=3,'K2':lambda t: 1<=cnt(t)<=2,'K3':lambda t: cnt(t)==0}
rf=random.Random(first); taken=set(); fresh=[]
for s,n in [('K1',40),('K2',12),('K3',6)]:
    c=[i for i,t in pool if K[s](t) and i not in taken]
    print(s,len(c),file=sys.stderr)
    for i in rf.sample(c,n): fresh.append((i,s)); taken.add(i)
c=[i for i,t in pool if any(w in title(t) for w in DEF) and i not in taken]
print('K4',len(c),file=sys.stderr)
r2=random.Random(second)
for i in r2.sample(c,min(42,len(c))): fresh.append((i,'K4')); taken.add(i)
# From fresh20 on the K4 pool may hold fewer than 42 articles (fresh20's holds 29, after fresh19's draw): the shortfall is
# drawn from the K1 pool (not already drawn), then K2's, with the same second generator, so that a set still holds 100.
for s in ['K1','K2']:
    short=100-len(fresh)
    if short<=0: break
    c=[i for i,t in pool if K[s](t) and i not in taken]
    print(s+'+',len(c),file=sys.stderr)
    for i in r2.sample(c,min(short,len(c))): fresh.append((i,s)); taken.add(i)
json.dump(fresh,sys.stdout)
