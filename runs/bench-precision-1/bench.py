"micro on this host: fp32 vs bf16, for the warm start's training step (autocast, as TRL's bf16=True) and for rollout decoding (weights in bf16, as load_policy)."
import json, platform, sys, time, copy, torch
torch.set_num_threads(1)
from pathlib import Path
from driftcall.boot import train_tokenizer, keep_own_forward, cpu_bf16_native, pick_precision
from driftcall.micro import micro_config, new_micro, data_texts
from driftcall.warmstart import oracle_traces, chat_row
from driftcall.agents import trace_chat
from driftcall.rollout import LeanDecoder
cfg = micro_config()
chats = [trace_chat(t) for t in oracle_traces(16)]
tok = train_tokenizer(data_texts() + [m['content'] for c in chats for m in c], cfg.vocab, digits=cfg.digits)
rows = [chat_row(tok, c) for c in chats]
model = keep_own_forward(new_micro(tok, cfg).train())
def batch(rs):
    T = max(len(r['input_ids']) for r in rs)
    ids = torch.full((len(rs), T), tok.pad_token_id); am = torch.zeros_like(ids); lab = torch.full_like(ids, -100)
    for i, r in enumerate(rs):
        n = len(r['input_ids']); x = torch.tensor(r['input_ids']); ids[i, :n] = x; am[i, :n] = 1
        lab[i, :n] = torch.where(torch.tensor(r['completion_mask']).bool(), x, -100)
    return ids, am, lab
def step(bf16, b):
    model.zero_grad(); t = time.perf_counter()
    with torch.autocast('cpu', dtype=torch.bfloat16, enabled=bf16):
        loss = model(input_ids=b[0], attention_mask=b[1], labels=b[2], fused_lm_head=True).loss
    loss.backward(); return time.perf_counter() - t
train = {'fp32': [], 'bf16': []}
for rep in range(3):
    for rs in (rows[:8], rows[8:]):
        b = batch(rs)
        for k in train: train[k].append(step(k == 'bf16', b))
prompts = [r['input_ids'][:200] for r in rows] * 2  # 32 rows
def decode(m, new=96):
    t = time.perf_counter()
    with torch.no_grad():
        d = LeanDecoder(m, tok.pad_token_id, len(prompts), cap=400); nxt = d.feed([list(p) for p in prompts]).argmax(-1).tolist()
        for _ in range(new): nxt = d.feed([[x] for x in nxt]).argmax(-1).tolist()
    return time.perf_counter() - t
m32 = copy.deepcopy(model).eval(); m16 = copy.deepcopy(model).to(torch.bfloat16).eval()
dec = {'fp32': [], 'bf16': []}
for rep in range(3):
    for k, m in (('fp32', m32), ('bf16', m16)): dec[k].append(decode(m))
out = {'what': 'random default micro (micro_config()), 16 oracle episodes; train: fwd+bwd of 2 batches of 8 (label-position head); decode: 32 rows, 200-token prompt, 96 tokens',
       'cpu_bf16_native': cpu_bf16_native(), 'pick_precision': pick_precision('cpu'),
       'train_s_min': {k: min(v) for k, v in train.items()}, 'train_s_all': train, 'decode_s_min': {k: min(v) for k, v in dec.items()}, 'decode_s_all': dec,
       'train_bf16_speedup': min(train['fp32']) / min(train['bf16']), 'decode_bf16_speedup': min(dec['fp32']) / min(dec['bf16']),
       'torch': torch.__version__, 'torch_threads': 1, 'platform': platform.platform()}
Path(sys.argv[1]).write_text(json.dumps(out, indent=1)); print(json.dumps({k: out[k] for k in ('train_s_min', 'decode_s_min', 'train_bf16_speedup', 'decode_bf16_speedup')}))
