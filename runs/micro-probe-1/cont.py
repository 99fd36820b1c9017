import sys,os,time,math,random,torch
torch.set_num_threads(1)
from transformers import AutoTokenizer, LlamaForCausalLM
from driftcall.warmstart import oracle_traces, chat_row, cover
from driftcall.agents import trace_chat
src,out,MIN,LR=sys.argv[1],sys.argv[2],float(sys.argv[3]),float(sys.argv[4])
tok=AutoTokenizer.from_pretrained(src); m=LlamaForCausalLM.from_pretrained(src)
tr=oracle_traces(1000, start=0); tr+=cover(tr,16)
rows=[chat_row(tok, trace_chat(t)) for t in tr]
opt=torch.optim.AdamW(m.parameters(), lr=LR, betas=(0.9,0.95), weight_decay=0.01)
rng=random.Random(1); order=[]; t1=time.time(); step=0; m.train()
while time.time()<t1+60*MIN:
    if not order: order=list(range(len(rows))); rng.shuffle(order)
    batch=[rows[order.pop()] for _ in range(min(8,len(order)))]
    T=max(len(r['input_ids']) for r in batch); Bn=len(batch)
    ids=torch.full((Bn,T), tok.pad_token_id); lab=torch.full((Bn,T),-100); att=torch.zeros(Bn,T,dtype=torch.long)
    for i,r in enumerate(batch):
        n=len(r['input_ids']); ids[i,:n]=torch.tensor(r['input_ids']); att[i,:n]=1
        mk=torch.tensor(r['completion_mask'])==1; l=torch.tensor(r['input_ids']); l[~mk]=-100; lab[i,:n]=l
    with torch.autocast('cpu', dtype=torch.bfloat16): o=m(input_ids=ids, attention_mask=att, labels=lab)
    o.loss.backward(); torch.nn.utils.clip_grad_norm_(m.parameters(),1.0); opt.step(); opt.zero_grad()
    if step%25==0: print(step, round(o.loss.item(),3), flush=True)
    step+=1
m.save_pretrained(out); tok.save_pretrained(out)
from driftcall.boot import load_policy
from driftcall.grpo import evaluate_model
p=load_policy(out, trainable=False)
for st in (1,2):
    s,_=evaluate_model(p, 32, 'val', st, 64, batch=32)
    print('stage',st, {k:s[k] for k in ('success_rate','reward','parse_rate','mean_turns')}, flush=True)
