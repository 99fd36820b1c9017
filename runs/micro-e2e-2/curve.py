"Held-out learning curve: the run's checkpoints played greedily on the same 128 test seeds (stage 2, train patterns), paired with the warm start."
import sys, json, time, torch; torch.set_num_threads(1)
from pathlib import Path
from driftcall.rollout import ModelPolicy
from driftcall.eval import evaluate
from driftcall.runs import write_traces, read_traces, write_json
from driftcall.report import paired_table
run = Path(sys.argv[1]); steps = [int(s) for s in sys.argv[2].split(',')]
out = run/'eval-curve'; out.mkdir(exist_ok=True)
traces = {'warm': read_traces(run/'eval'/'warm-test-train-s2')}
for s in steps:
    stem = out/f'step-{s:06d}-test-train-s2'
    t0 = time.time(); pol = ModelPolicy(run/'checkpoints'/f'step-{s:06d}', max_new_tokens=96, name=f'step-{s}', batch=64)
    res = evaluate(pol, 128, 'test', 'train', 2, keep_traces=True); traces[s] = res.pop('traces')
    write_traces(stem, traces[s]); write_json(f'{stem}.json', {**res, 'seconds': round(time.time() - t0, 1), 'max_new_tokens': 96, 'batch': 64})
    print(s, res.get('success', None), round(time.time() - t0, 1), flush=True)
    write_json(out/'paired.json', {str(k): paired_table({'warm': traces['warm'], 'ckpt': traces[k]}, ('warm', 'ckpt')) for k in traces if k != 'warm'})
