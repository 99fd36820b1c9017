import time, json, math, random, sys, os
import torch, torch.nn as nn
torch.set_num_threads(1)
from driftcall.warmstart import oracle_traces, chat_row, cover
from driftcall.agents import trace_chat, Oracle, play
from driftcall.boot import CHATML
from driftcall.tasks import seeds
from driftcall.env import DriftCallEnv
from tokenizers import Tokenizer, models, trainers, pre_tokenizers, decoders
from transformers import PreTrainedTokenizerFast, LlamaConfig, LlamaForCausalLM
E_=os.environ.get
N=int(E_('N',1000)); MIN=float(E_('MIN',10)); OUT=E_('OUT','/tmp/micro2/s1'); SMEAR=int(E_('SMEAR',2)); DIG=E_('DIG','0')=='1'
t0=time.time()
tr = oracle_traces(N); tr += cover(tr, 16)
chats=[trace_chat(t) for t in tr]
texts=[m['content'] for c in chats for m in c]
bpe = Tokenizer(models.BPE())
pt=[pre_tokenizers.ByteLevel(add_prefix_space=False)]
if DIG: pt=[pre_tokenizers.Digits(individual_digits=True)]+pt
bpe.pre_tokenizer = pre_tokenizers.Sequence(pt)
bpe.decoder = decoders.ByteLevel()
special = ['<|endoftext|>', '<|im_start|>', '<|im_end|>']
bpe.train_from_iterator(texts, trainers.BpeTrainer(vocab_size=int(E_('V',4096)), special_tokens=special, initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False))
tok = PreTrainedTokenizerFast(tokenizer_object=bpe, eos_token='<|im_end|>', pad_token='<|endoftext|>', chat_template=CHATML)
rows=[chat_row(tok, c) for c in chats]
L=[len(r['input_ids']) for r in rows]
print('episodes', len(rows), 'tokens/episode mean', sum(L)/len(L), flush=True)
class Smear(LlamaForCausalLM):
    def __init__(self, cfg):
        super().__init__(cfg)
        self.prev = nn.ModuleList([nn.Embedding(cfg.vocab_size, cfg.hidden_size) for _ in range(SMEAR)])
        for e in self.prev: nn.init.normal_(e.weight, std=0.02)
    def forward(self, input_ids=None, **kw):
        e = self.model.embed_tokens(input_ids)
        for k, P in enumerate(self.prev, 1):
            sh = torch.cat([torch.full_like(input_ids[:, :k], tok.pad_token_id), input_ids[:, :-k]], 1)
            e = e + P(sh)
        return super().forward(inputs_embeds=e, **kw)
H=int(E_('H',256)); NH=int(E_('NH',4))
cfg = LlamaConfig(vocab_size=len(tok), tie_word_embeddings=True, pad_token_id=tok.pad_token_id, eos_token_id=tok.eos_token_id, bos_token_id=None,
   hidden_size=H, intermediate_size=int(E_('I',704)), num_hidden_layers=int(E_('NL',4)), num_attention_heads=NH, num_key_value_heads=NH, max_position_embeddings=4096)
torch.manual_seed(0)
m = Smear(cfg) if SMEAR else LlamaForCausalLM(cfg)
print('params', sum(p.numel() for p in m.parameters()), flush=True)
LR=float(E_('LR',2e-3))
opt = torch.optim.AdamW(m.parameters(), lr=LR, betas=(0.9,0.95), weight_decay=0.01)
B=int(E_('B',8)); rng=random.Random(0)
# teacher-forced check set: 32 val stage-2 oracle episodes
chk=[chat_row(tok, trace_chat(play(DriftCallEnv({'curriculum_stage':2}), Oracle(), s))) for s in seeds('val',32)]
eqs={i for t,i in tok.get_vocab().items() if t.endswith('=') or t.endswith('="')}
def tf():
    m.eval(); tot=cor=vt=vc=0
    for r in chk:
        ids=torch.tensor([r['input_ids']]); mk=torch.tensor(r['completion_mask'])
        with torch.no_grad(), torch.autocast('cpu', dtype=torch.bfloat16): lg=m(input_ids=ids).logits[0]
        pred=lg[:-1].argmax(-1); tgt=ids[0,1:]; mm=mk[1:]==1
        c=(pred==tgt)&mm; tot+=int(mm.sum()); cor+=int(c.sum())
        after=torch.tensor([int(x) in eqs for x in ids[0,:-1]])&mm   # first token of each value
        vt+=int(after.sum()); vc+=int((c&after).sum())
    m.train(); return round(cor/tot,4), round(vc/max(vt,1),4)
m.train(); ntok=0; t1=time.time(); step=0; deadline=t1+60*MIN; order=[]
STEPS=int(E_('STEPS',10**9))
while time.time()<deadline and step<STEPS:
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
    if step%50==0: print(step, round(out.loss.item(),3), f'{ntok/(time.time()-t1):.0f} tok/s', f'epoch {ntok/sum(L):.2f}', 'tf', tf() if step%100==0 else '', round(time.time()-t1), flush=True)
    step+=1
print('final', step, 'tf (action acc, value-first acc)', tf(), round(time.time()-t0), flush=True)
torch.save({'state': m.state_dict(), 'cfg': cfg.to_dict(), 'smear': SMEAR}, OUT + '.pt'); tok.save_pretrained(OUT + '-tok')
