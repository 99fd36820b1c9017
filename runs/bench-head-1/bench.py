"The micro warm start's training step, head at label positions only (now) vs the full head (before): forward + backward of one batch of 8 oracle episodes."
import json, platform, sys, time, torch
torch.set_num_threads(1)
from pathlib import Path
from transformers import AutoTokenizer, AutoModelForCausalLM
from driftcall.boot import cache_dir, keep_own_forward
from driftcall.micro import micro_key, micro_config, fused_outputs
from driftcall.warmstart import oracle_traces, chat_row
from driftcall.agents import trace_chat
d = cache_dir()/micro_key(micro_config())
tok = AutoTokenizer.from_pretrained(d); model = keep_own_forward(AutoModelForCausalLM.from_pretrained(d).train())
rows = [chat_row(tok, trace_chat(t)) for t in oracle_traces(16)]
def batch(rs):
    T = max(len(r['input_ids']) for r in rs)
    ids = torch.full((len(rs), T), tok.pad_token_id); am = torch.zeros_like(ids); lab = torch.full_like(ids, -100)
    for i, r in enumerate(rs):
        n = len(r['input_ids']); x = torch.tensor(r['input_ids']); ids[i, :n] = x; am[i, :n] = 1
        lab[i, :n] = torch.where(torch.tensor(r['completion_mask']).bool(), x, -100)
    return ids, am, lab
paths = {'label_positions': lambda ids, am, lab: model(input_ids=ids, attention_mask=am, labels=lab, fused_lm_head=True).loss,
         'full_head': lambda ids, am, lab: fused_outputs(model(input_ids=ids, attention_mask=am).logits, lab).loss}
res = {k: [] for k in paths}
for rep in range(3):
    for rs in (rows[:8], rows[8:]):
        b = batch(rs)
        for k, f in paths.items():
            model.zero_grad(); t = time.perf_counter(); f(*b).backward(); res[k].append(time.perf_counter() - t)
tokens = [sum(len(r['input_ids']) for r in rs) for rs in (rows[:8], rows[8:])]
out = {'build': d.name, 'episodes': 16, 'batch': 8, 'label_share': sum(sum(r['completion_mask']) for r in rows) / sum(len(r['input_ids']) for r in rows),
       'seconds_min': {k: min(v) for k, v in res.items()}, 'seconds_all': res, 'tokens_per_batch': tokens,
       'speedup': min(res['full_head']) / min(res['label_positions']), 'torch_threads': 1, 'platform': platform.platform(), 'python': sys.version.split()[0]}
Path(sys.argv[1]).write_text(json.dumps(out, indent=1)); print(json.dumps({k: out[k] for k in ('label_share', 'seconds_min', 'speedup')}))
