"Greedy evaluation (128 test seeds, train patterns, stage 2, batch 64, 2 threads) with the wide cache and with the squeezed one, in one run."
import sys, time, json, os
from driftcall.rollout import ModelPolicy, rollouts_in_batches
from driftcall.tasks import seeds as split_seeds
folder, out = sys.argv[1], sys.argv[2]
pol = ModelPolicy(folder, max_new_tokens=96, name='warm', batch=64, threads=2)
seeds, res, got = split_seeds('test', 128), {'folder': folder, 'episodes': 128, 'batch': 64, 'threads': 2, 'stage': 2, 'patterns': 'train'}, {}
for d in ('wide', 'lean', 'wide', 'lean'):  # twice each, interleaved: host drift shows as a gap between repeats
    t = time.perf_counter()
    rs = rollouts_in_batches(pol.policy, 2, seeds, 64, 96, 0.0, 1.0, 'train', 0, 'warm', decoder=d, max_turns=pol.max_turns)
    res.setdefault('seconds', {}).setdefault(d, []).append(round(time.perf_counter() - t, 1))
    got[d] = [(r.texts, r.rewards['completion']) for r in rs]
res['texts_differ'] = sum(a[0] != b[0] for a, b in zip(got['wide'], got['lean']))
res['outcomes_differ'] = sum(a[1] != b[1] for a, b in zip(got['wide'], got['lean']))
res['speedup'] = round(min(res['seconds']['wide']) / min(res['seconds']['lean']), 2)
res['loadavg'] = list(os.getloadavg())
open(out, 'w').write(json.dumps(res, indent=1)); print(json.dumps(res))
