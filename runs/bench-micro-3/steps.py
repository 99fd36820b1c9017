"""Time GRPO steps of the micro preset with the decode path before and after `FastStep` and the decode plan, on the same host, in one process.
Usage: python runs/bench-micro-3/steps.py OUT_JSON MICRO_BUILD_FOLDER [STEPS]"""
import json, sys, tempfile, time, shutil, statistics
from pathlib import Path
import torch; torch.set_num_threads(2)
from driftcall.train import train
from driftcall.rollout import host_info
out, build, n = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 3
res = {'command': ' '.join(sys.argv), 'host': host_info(), 'build': build, 'steps': n, 'runs': {}}
for name, fast in (('modules (before)', False), ('fast step + decode plan', True)):
    d = Path(tempfile.mkdtemp())
    try:
        t = time.time()
        train('micro', out=str(d/'run'), stages=((2, n),), fast_decode=fast, warm_start=None, keep_checkpoints=1)
        rows = [json.loads(l) for l in (d/'run'/'metrics.jsonl').read_text().splitlines() if '"grpo"' in l]
        secs = [r['seconds'] for r in rows if r.get('phase') == 'grpo']
        res['runs'][name] = {'step_seconds': secs, 'median_step_s': round(statistics.median(secs), 2), 'wall_s': round(time.time() - t, 1),
                             'played_reward': [r.get('played_reward') for r in rows]}
        print(name, res['runs'][name], flush=True)
    finally: shutil.rmtree(d, ignore_errors=True)
out.write_text(json.dumps(res, indent=1))
