"Where a micro GRPO step's time goes: 4 steps of the micro preset under cProfile, on the micro-e2e-2 build."
import os, sys, json, time, cProfile, pstats, tempfile
os.environ['DRIFTCALL_CACHE'] = '/tmp/mcache2'
import torch; torch.set_num_threads(1)
from driftcall.train import train
out = tempfile.mkdtemp() + '/run'
pr = cProfile.Profile(); t = time.time(); pr.enable()
train('micro', out=out, stages=((2, 4),))
pr.disable(); wall = time.time() - t
st = pstats.Stats(pr); st.sort_stats('cumulative')
want = ('rollouts', 'training_step', '_compute_loss', '_get_per_token_logps_and_entropies', 'compute_loss', 'backward', 'step', 'save_checkpoint', 'feed',
        '_generate_and_score_completions', 'play_batch', 'compute_rewards')
rows = {}
for (f, l, name), (cc, nc, tt, ct, callers) in st.stats.items():
    if name in want: rows[f'{os.path.basename(f)}:{name}'] = round(ct, 1)
json.dump({'wall_s': round(wall, 1), 'cumulative_s': dict(sorted(rows.items(), key=lambda kv: -kv[1]))}, open(sys.argv[1], 'w'), indent=1)
print(json.dumps({'wall_s': round(wall, 1)})); st.print_stats(30)
