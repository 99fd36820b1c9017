# GRPO of SmolLM2-135M on one GPU, starting from the cpu run's warm start (runs/cpu-3/checkpoints/step-000000).
# fp32 (TF32 matmuls) so that the GPU's numbers are comparable with the CPU's; evaluation batched 32 wide.
import json, time, shutil, functools, torch
from dataclasses import asdict
from pathlib import Path
import driftcall.grpo as g
torch.backends.cuda.matmul.allow_tf32 = True
_load, _eval = g.load_policy, g.evaluate_model
g.load_policy = lambda *a, **k: _load(*a, **{**k, 'precision': 'fp32'})
g.evaluate_model = functools.partial(_eval, batch=32)
run = Path('/tmp/gpurun/gpu-grpo-1')
cfg = g.resolve_config('cpu', stages=((1, 4), (2, 40), (3, 8)), group=8, groups_per_step=4, temperature=0.7, top_p=0.9,
                       eval_episodes=32, max_minutes=17.0, keep_checkpoints=2, breaker_window=5)
run.mkdir(parents=True)
g.write_json(run/'config.json', asdict(cfg)); g.write_json(run/'seeds.json', g.run_seeds(cfg)); g.write_json(run/'run.json', {'status': 'new'})
shutil.copytree('runs/cpu-3/checkpoints/step-000000', run/'checkpoints'/'step-000000')
g.write_json(run/'warm_start.json', {'from': 'runs/cpu-3/checkpoints/step-000000', 'why': 'reuse the cpu run warm start (26.5 min of CPU SFT); GRPO only here',
                                     'precision': 'fp32 (TF32 matmuls)', 'eval_batch': 32})
t0 = time.time()
g.train('cpu', out=run, resume=True)
print('TRAINED', round(time.time() - t0), (run/'summary.json').read_text(), flush=True)
(Path('/tmp/gpurun')/'DONE').write_text('ok')
