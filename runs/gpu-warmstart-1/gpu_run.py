import json, time, os, torch
from pathlib import Path
from driftcall.grpo import train
from driftcall.report import evaluate_run
out = Path('/tmp/gpurun'); out.mkdir(exist_ok=True)
t0 = time.time()
run = train('cpu', out=out/'gpu-smollm2-1', stages=((1, 4), (2, 20), (3, 6)), group=8, eval_episodes=16, max_minutes=12)
print('TRAINED', round(time.time() - t0), json.loads((run/'summary.json').read_text()), flush=True)
t1 = time.time()
md = evaluate_run(run, episodes=16, split='test')
print('EVALUATED', round(time.time() - t1), flush=True)
print(md.read_text(), flush=True)
(out/'DONE').write_text('ok')
