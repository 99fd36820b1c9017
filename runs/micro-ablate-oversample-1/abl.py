"Ablation: the micro preset without dynamic sampling (oversample 1: 2 groups played, both kept), on micro-e2e-2's build; paired train-pattern evaluation."
import os, sys, time, json
os.environ['DRIFTCALL_CACHE'] = '/tmp/mcache2'  # micro-e2e-2's build
import torch; torch.set_num_threads(1)
from pathlib import Path
out = Path(sys.argv[1]); T = {'started': time.strftime('%Y-%m-%dT%H:%M:%S')}
t = time.time()
from driftcall.train import train
run = train('micro', out=str(out), oversample=1); T['train_s'] = round(time.time() - t, 1); print('train', T, flush=True)
t = time.time()
from driftcall.report import evaluate_run
evaluate_run(run, 128, patterns=('train',), models=('warm', 'grpo'), batch=64); T['eval_s'] = round(time.time() - t, 1)
(out/'abl.json').write_text(json.dumps(T, indent=1)); print('done', T, flush=True)
