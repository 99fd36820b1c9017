import sys, torch
torch.set_num_threads(1)
from transformers import AutoTokenizer, LlamaForCausalLM
from driftcall.warmstart import oracle_traces, chat_row
from driftcall.agents import trace_chat
from driftcall.tasks import seeds
from driftcall.env import DriftCallEnv
from driftcall.agents import Oracle, play
src=sys.argv[1]
tok=AutoTokenizer.from_pretrained(src); m=LlamaForCausalLM.from_pretrained(src).eval()
tot=cor=0; first_tot=first_cor=0
for s in seeds('val',16):
    t=play(DriftCallEnv({'curriculum_stage':1}), Oracle(), s)
    r=chat_row(tok, trace_chat(t)); ids=torch.tensor([r['input_ids']]); mk=torch.tensor(r['completion_mask'])
    with torch.no_grad(): lg=m(input_ids=ids).logits[0]
    pred=lg[:-1].argmax(-1); tgt=ids[0,1:]; mm=mk[1:]==1
    c=(pred==tgt)&mm; tot+=int(mm.sum()); cor+=int(c.sum())
    idx=mm.nonzero()[:,0]
    # first action span
    fa=[]; 
    for j in idx.tolist():
        if fa and j!=fa[-1]+1: break
        fa.append(j)
    first_tot+=len(fa); first_cor+=int(c[fa].sum())
    if s==seeds('val',1)[0]:
        print([ (tok.decode([int(tgt[j])]), tok.decode([int(pred[j])])) for j in fa])
print('action token acc', cor/tot, 'first action', first_cor/first_tot)
