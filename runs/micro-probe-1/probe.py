import time, json, math, random, sys, os
import torch
torch.set_num_threads(1)
from driftcall.warmstart import oracle_traces, chat_row, cover
from driftcall.agents import trace_chat
from driftcall.boot import CHATML
from tokenizers import Tokenizer, models, trainers, pre_tokenizers, decoders
from transformers import PreTrainedTokenizerFast, LlamaConfig, LlamaForCausalLM
N=int(os.environ.get('N',1000)); MIN=float(os.environ.get('MIN',10)); OUT=os.environ.get('OUT','/tmp/micro/m1')
t0=time.time()
tr = oracle_traces(N); tr += cover(tr, 16)
print('traces', len(tr), time.time()-t0, flush=True)
chats=[trace_chat(t) for t in tr]
texts=[m['content'] for c in chats for m in c]
bpe = Tokenizer(models.BPE())
bpe.pre_tokenizer = pre_tokenizers.Sequence([pre_tokenizers.Digits(individual_digits=True), pre_tokenizers.ByteLevel(add_prefix_space=False)])
bpe.decoder = decoders.ByteLevel()
special = ['<|endoftext|>', '<|im_start|>', '<|im_end|>']
bpe.train_from_iterator(texts, trainers.BpeTrainer(vocab_size=4096, special_tokens=special, initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False))
tok = PreTrainedTokenizerFast(tokenizer_object=bpe, eos_token='<|im_end|>', pad_token='<|endoftext|>', chat_template=CHATML)
rows=[chat_row(tok, c) for c in chats]
if os.environ.get('FULL')=='1': rows=[{**r, 'completion_mask':[1]*len(r['input_ids'])} for r in rows]
L=[len(r['input_ids']) for r in rows]
print('tokens/episode mean', sum(L)/len(L), flush=True)
cfg = LlamaConfig(vocab_size=len(tok), tie_word_embeddings=True, pad_token_id=tok.pad_token_id, eos_token_id=tok.eos_token_id, bos_token_id=None,
   hidden_size=int(os.environ.get('H',256)), intermediate_size=int(os.environ.get('I',704)), num_hidden_layers=int(os.environ.get('NL',4)), num_attention_heads=4, num_key_value_heads=4, max_position_embeddings=4096)
torch.manual_seed(0)
m = LlamaForCausalLM(cfg)
print('params', sum(p.numel() for p in m.parameters()))
LR=float(os.environ.get('LR',1e-3))
opt = torch.optim.AdamW(m.parameters(), lr=LR, betas=(0.9,0.95), weight_decay=0.01)
B=int(os.environ.get('B',8))
rng=random.Random(0)

SYN=float(os.environ.get('SYN',0))
if SYN:
    g=torch.Generator().manual_seed(0); t2=time.time(); k=0
    m.train()
    while time.time()<t2+60*SYN:
        Lc=int(torch.randint(8,40,(1,),generator=g)); Bn=32
        x=torch.randint(3,len(tok),(Bn,Lc),generator=g)
        ids=torch.cat([x, torch.full((Bn,1),tok.eos_token_id), x],1)
        lab=ids.clone(); lab[:,:Lc+1]=-100
        for gr in opt.param_groups: gr['lr']=LR*min(1,(k+1)/30)
        with torch.autocast('cpu', dtype=torch.bfloat16):
            out=m(input_ids=ids, labels=lab)
        out.loss.backward(); torch.nn.utils.clip_grad_norm_(m.parameters(),1.0); opt.step(); opt.zero_grad()
        if k%50==0: print('syn',k,round(out.loss.item(),3),flush=True)
        k+=1
    print('syn done',k,round(out.loss.item(),3),flush=True)
m.train(); ntok=0; t1=time.time(); step=0; deadline=t1+60*MIN
order=[]
while time.time()<deadline:
    if not order: order=list(range(len(rows))); rng.shuffle(order)
    batch=[rows[order.pop()] for _ in range(min(B,len(order)))]
    frac=(time.time()-t1)/(60*MIN)
    lr = LR*min(1,(step+1)/30)*(0.1+0.9*0.5*(1+math.cos(math.pi*min(1,frac))))
    for g in opt.param_groups: g['lr']=lr
    T=max(len(r['input_ids']) for r in batch); Bn=len(batch)
    ids=torch.full((Bn,T), tok.pad_token_id); lab=torch.full((Bn,T),-100); att=torch.zeros(Bn,T,dtype=torch.long)
    for i,r in enumerate(batch):
        n=len(r['input_ids']); ids[i,:n]=torch.tensor(r['input_ids']); att[i,:n]=1
        mk=torch.tensor(r['completion_mask'])==1; l=torch.tensor(r['input_ids']); l[~mk]=-100; lab[i,:n]=l
    with torch.autocast('cpu', dtype=torch.bfloat16):
        out=m(input_ids=ids, attention_mask=att, labels=lab)
    out.loss.backward(); torch.nn.utils.clip_grad_norm_(m.parameters(),1.0); opt.step(); opt.zero_grad()
    ntok+=int(att.sum())
    if step%25==0: print(step, round(out.loss.item(),3), f'{ntok/(time.time()-t1):.0f} tok/s', f'epoch {ntok/sum(L):.2f}', flush=True)
    step+=1
m.save_pretrained(OUT); tok.save_pretrained(OUT)
print('saved', step, time.time()-t0, flush=True)
from driftcall.boot import load_policy
from driftcall.grpo import evaluate_model
p=load_policy(OUT, trainable=False)
for st in (1,2):
    pass
for st in (1,2):
    s,_=evaluate_model(p, 32, 'val', st, 64, batch=32)
    print('stage',st, {k:s[k] for k in ('success_rate','reward','parse_rate','adaptation_rate','mean_turns','terminated_by')}, time.time()-t0, flush=True)
