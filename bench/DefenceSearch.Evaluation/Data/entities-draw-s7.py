import json,os,random,re,unicodedata
R='/tmp/news'
lab=json.load(open('/work/wt/facts7/bench/DefenceSearch.Evaluation/Data/entities.json'))
used={x['id'] for x in lab}
def load(arch,f):
    t=open(os.path.join(R,arch,f),encoding='utf-8').read()
    t=unicodedata.normalize('NFC',t)
    if arch=='unc': t='\n'.join(l for l in t.split('\n') if not l.startswith('#')).strip()
    return t
pool=[]
for arch in ['unc','baomoi']:
    for f in sorted(os.listdir(os.path.join(R,arch))):
        i=arch+'/'+f.rsplit('.',1)[0]
        if i in used: continue
        t=load(arch,f)
        if 300<=len(t)<=4500: pool.append((i,t))
print('pool',len(pool))
def low(t): return t.lower()
def title(t): return t.split('\n',1)[0].lower()
def cnt(t): l=low(t); return sum(l.count(w) for w in ['quốc phòng','quân sự','quân đội'])
# Tuning strata (targeted at the miss kinds), seed 20261213
T={
 'T1': lambda t: any(w in title(t) for w in ['tập trận','diễn tập']),
 'T2': lambda t: any(w in title(t) for w in ['tên lửa','tiêm kích','tàu ngầm','xe tăng','vũ khí','pháo','máy bay ném bom','uav','chiến đấu cơ','radar','s-400','su-','f-35']),
 'T3': lambda t: any(w in low(t) for w in ['hội đàm','đối thoại']) and 'quốc phòng' in low(t),
 'T4': lambda t: any(w in low(t) for w in ['tìm kiếm cứu nạn','cứu hộ','mất tích','cứu nạn']) and cnt(t)>=1,
 'T5': lambda t: low(t).count('biển đông')>=2,
}
N={'T1':10,'T2':10,'T3':8,'T4':6,'T5':6}
# Fresh-2 strata (same design as the first fresh set), seeds 20261214 / 20261215
DEF=['quân sự','quốc phòng','quân đội','hải quân','không quân','tàu chiến','tên lửa','vũ khí','tập trận','diễn tập','bộ đội','biên phòng','cảnh sát biển','quân y','quân nhân','chiến đấu cơ','tiêm kích','tàu ngầm','tàu sân bay']
H={'H1':lambda t: cnt(t)>=3,'H2':lambda t: 1<=cnt(t)<=2,'H3':lambda t: cnt(t)==0}
import sys
# fresh-2 drawn first from the whole pool, then tuning from what is left, so neither depends on the other's reading
rf=random.Random(20261214); taken=set(); fresh=[]
for s,n in [('H1',25),('H2',10),('H3',5)]:
    c=[i for i,t in pool if H[s](t) and i not in taken]
    for i in rf.sample(c,n): fresh.append((i,s)); taken.add(i)
c=[i for i,t in pool if any(w in title(t) for w in DEF) and i not in taken]
for i in random.Random(20261215).sample(c,20): fresh.append((i,'H4')); taken.add(i)
rt=random.Random(20261213); tune=[]
for s in ['T1','T2','T3','T4','T5']:
    c=[i for i,t in pool if T[s](t) and i not in taken]
    print(s,len(c))
    for i in rt.sample(c,N[s]): tune.append((i,s)); taken.add(i)
json.dump({'fresh2':fresh,'tune':tune},open('/tmp/facts7/draw.json','w'))
print(len(fresh),len(tune))
