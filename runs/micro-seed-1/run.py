"A second GRPO run on micro-e2e-3's build: the preset with another seed (goals and sampling), then the same 128-seed paired evaluation."
import os, sys, time, json
os.environ['DRIFTCALL_CACHE'] = '/tmp/mcache3'  # micro-e2e-3's build, micro-0937eecf
import torch; torch.set_num_threads(2)
from pathlib import Path
out = Path(sys.argv[1]); T = {'started': time.strftime('%Y-%m-%dT%H:%M:%S')}
from driftcall.train import train
from driftcall.report import evaluate_run
t = time.time(); run = train('micro', out=str(out), seed=1); T['train_s'] = round(time.time() - t, 1); print('train', T, flush=True)
t = time.time(); evaluate_run(run, 128, models=('warm', 'grpo'), batch=64); T['eval_s'] = round(time.time() - t, 1)
(out/'times.json').write_text(json.dumps(T, indent=1)); print('done', T, flush=True)
