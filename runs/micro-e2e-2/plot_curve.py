"Paired success difference against the warm start on the 128 test seeds (stage 2, train patterns), at each kept checkpoint and the final adapter, with 95% bootstrap intervals."
import json, sys
from pathlib import Path
import matplotlib; matplotlib.use('Agg'); import matplotlib.pyplot as plt
run = Path(sys.argv[1]); P = json.loads((run/'eval-curve'/'paired.json').read_text())
fin = json.loads((run/'eval'/'paired-test-s2.json').read_text())['train']['grpo-warm']['success']
pts = [(0, [0.0, 0.0, 0.0])] + [(int(s), P[s]['ckpt-warm']['success']['diff']) for s in sorted(P, key=int)] + [(56, fin['diff'])]
x, ci = [p for p, _ in pts], [c for _, c in pts]
fig, ax = plt.subplots(figsize=(6, 3.2))
ax.errorbar(x, [c[0] for c in ci], yerr=[[c[0] - c[1] for c in ci], [c[2] - c[0] for c in ci]], fmt='o-', capsize=3)
ax.set_xlabel('GRPO step'); ax.axhline(0, color='grey', lw=0.8); ax.set_ylabel('success - warm start (paired)'); ax.set_title('micro-e2e-2: 128 test seeds, stage 2, train patterns, greedy')
ax.grid(alpha=0.3); fig.tight_layout(); fig.savefig(run/'eval-curve'/'curve.png', dpi=100)
