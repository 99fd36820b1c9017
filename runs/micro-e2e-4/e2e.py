import os, sys, time, json, shutil
os.environ['DRIFTCALL_CACHE'] = sys.argv[2]  # an empty folder: the micro policy is built from scratch
import torch; torch.set_num_threads(2)
from pathlib import Path
out = Path(sys.argv[1]); T = {'started': time.strftime('%Y-%m-%dT%H:%M:%S')}
from driftcall.boot import pick_precision
T['precision'] = pick_precision('cpu')
t = time.time()
from driftcall.micro import build_micro
b = build_micro(); T['build_s'] = round(time.time() - t, 1); print('build', T, flush=True)
t = time.time()
from driftcall.train import train
# the preset as it is (56 steps, threads 2); every checkpoint kept for the learning curve
run = train('micro', out=str(out), keep_checkpoints=100); T['train_s'] = round(time.time() - t, 1); print('train', T, flush=True)
shutil.copy(b/'micro.json', out/'micro.json')
t = time.time()
from driftcall.report import evaluate_run
evaluate_run(run, 128, models=('warm', 'grpo'), batch=64); T['eval_s'] = round(time.time() - t, 1)
T['total_s'] = round(T['build_s'] + T['train_s'] + T['eval_s'], 1)
(out/'e2e.json').write_text(json.dumps(T, indent=1)); print('done', T, flush=True)
