"The preset's evaluation at the project's minimum for a claim, 64 test seeds, timed on a copy of this run without its 128-seed evaluation."
import os, sys, time, json, shutil
os.environ['DRIFTCALL_CACHE'] = '/tmp/mcache3'  # the build this run trained on
import torch; torch.set_num_threads(2)
from pathlib import Path
src, tmp = Path(sys.argv[1]), Path(sys.argv[2])
shutil.rmtree(tmp, ignore_errors=True)
shutil.copytree(src, tmp, ignore=shutil.ignore_patterns('eval', 'eval-*'))
from driftcall.report import evaluate_run
t = time.time(); evaluate_run(tmp, 64, models=('warm', 'grpo'), batch=64); s = round(time.time() - t, 1)
P = json.loads((tmp/'eval'/'paired-test-s2.json').read_text())
out = {'eval_s': s, 'episodes': 64, 'paired_success_train': P['train']['grpo-warm']['success'], 'paired_success_heldout': P['heldout']['grpo-warm']['success'],
       'seconds_by_set': {f.name: json.loads(f.read_text())['seconds'] for f in sorted((tmp/'eval').glob('*-s2.json')) if not f.name.startswith('paired')}}
(src/'eval64.json').write_text(json.dumps(out, indent=1)); print(out, flush=True)
