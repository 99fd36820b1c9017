python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl && export PYTHONPATH=/tmp/site:$PWD || exit
export PYTHONUNBUFFERED=1 DRIFTCALL_CACHE=/tmp/dc
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv
python3 - 2>&1 <<'PY' | tee $OUT/log.txt
import json, os, time, shutil, torch, trl, transformers, peft, accelerate, datasets
from pathlib import Path
print('versions', torch.__version__, trl.__version__, transformers.__version__, peft.__version__, accelerate.__version__, datasets.__version__, torch.cuda.get_device_name(0))
from driftcall.boot import load_policy
p = load_policy('tiny'); print(p.summary()); assert p.device == 'cuda' and p.backend == 'transformers' and p.precision == 'bf16'
from driftcall.grpo import train, ModelPolicy
from driftcall.env import DriftCallEnv
from driftcall.agents import play
t0 = time.time(); run = train('smoke', out='/tmp/gpu-smoke'); dt = time.time() - t0
t1 = time.time(); assert train('smoke', out='/tmp/gpu-smoke', resume=True) == run
tr = play(DriftCallEnv({'curriculum_stage': 2}), ModelPolicy(run, max_new_tokens=12), 3)
print('episode', tr['terminated_by'], tr['rewards']['reward'], tr['policy'])
s = json.loads((run/'summary.json').read_text()); print(json.dumps(s, indent=1))
json.dump({'device': torch.cuda.get_device_name(0), 'seconds_train_smoke': round(dt, 1), 'episode': {'terminated_by': tr['terminated_by'], 'reward': tr['rewards']['reward']},
           'versions': {'torch': torch.__version__, 'trl': trl.__version__, 'transformers': transformers.__version__, 'peft': peft.__version__}}, open(os.environ['OUT'] + '/gpu.json', 'w'), indent=1)
for n in ('summary.json', 'env.json', 'metrics.jsonl', 'config.json', 'eval_before.json', 'eval_after.json'): shutil.copy(run/n, os.environ['OUT'] + '/' + n)
print('OK')
PY
