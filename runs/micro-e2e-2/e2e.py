import os, sys, time, json, shutil
os.environ['DRIFTCALL_CACHE'] = '/tmp/mcache2'  # empty: the micro policy is built from scratch
import torch; torch.set_num_threads(1)
from pathlib import Path
out = Path(sys.argv[1]); T = {'started': time.strftime('%Y-%m-%dT%H:%M:%S')}
from driftcall.boot import pick_precision
T['precision'] = pick_precision('cpu')
t = time.time()
from driftcall.micro import build_micro
b = build_micro(); T['build_s'] = round(time.time() - t, 1); print('build', T, flush=True)
t = time.time()
from driftcall.train import train
# micro-grpo-4's 56 steps as a step count (the preset's budget is minutes); every checkpoint kept for the learning curve
run = train('micro', out=str(out), stages=((2, 56),), keep_checkpoints=100); T['train_s'] = round(time.time() - t, 1); print('train', T, flush=True)
shutil.copy(b/'micro.json', out/'micro.json')
t = time.time()
from driftcall.report import evaluate_run
evaluate_run(run, 128, models=('warm', 'grpo'), batch=64); T['eval_s'] = round(time.time() - t, 1)
T['total_s'] = round(T['build_s'] + T['train_s'] + T['eval_s'], 1)
(out/'e2e.json').write_text(json.dumps(T, indent=1)); print('done', T, flush=True)
