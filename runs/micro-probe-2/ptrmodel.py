"""Micro with smeared embeddings and a pointer (copy) head: probe version."""
import torch, math
from transformers import LlamaConfig, LlamaForCausalLM, AutoConfig, AutoModelForCausalLM
from transformers.modeling_outputs import CausalLMOutputWithPast

class PtrConfig(LlamaConfig):
    model_type = 'driftcall-micro'
    def __init__(self, smear:int=2, pointer:int=64, **kw):
        self.smear, self.pointer = smear, pointer
        super().__init__(**kw)

def _valid_before(mask, n, kv, dev):
    "(B, n, kv) bool: which columns each of the n new queries may see (itself included)."
    if mask is not None and mask.dim() == 4: return mask[:, 0].bool()
    causal = torch.arange(kv, device=dev)[None, :] <= (kv - n + torch.arange(n, device=dev))[:, None]
    if mask is None: return causal[None]
    return causal[None] & mask[:, None, :].bool()

class PtrLlama(LlamaForCausalLM):
    config_class = PtrConfig
    def __init__(self, config):
        super().__init__(config)
        d = config.hidden_size
        self.smear = torch.nn.ModuleList(torch.nn.Embedding(config.vocab_size, d) for _ in range(config.smear))
        for e in self.smear: torch.nn.init.normal_(e.weight, std=config.initializer_range)
        self.pq, self.pk = torch.nn.Linear(d, config.pointer, bias=False), torch.nn.Linear(d, config.pointer, bias=False)
        self.gate = torch.nn.Linear(d, 1)
    def forward(self, input_ids=None, attention_mask=None, position_ids=None, cache=None, labels=None, use_cache=None, logits_to_keep=0, **kw):
        B, n = input_ids.shape; dev = input_ids.device; L = self.config.num_hidden_layers
        past = cache.get_seq_length() if cache is not None else 0
        kv = past + n
        vis = _valid_before(attention_mask, n, kv, dev)  # (B, n, kv)
        # ids of every column: the cache's pointer layer holds the past ones
        if past:
            old = cache.layers[L].values[:B, 0, :past, 0].round().long()
            ctx = torch.cat([old, input_ids], 1)
        else: ctx = input_ids
        # smear: for each query, the k-th latest visible column before itself
        before = vis.clone(); before[:, torch.arange(n, device=dev), kv - n + torch.arange(n, device=dev)] = False
        cnt = before.flip(-1).long().cumsum(-1).flip(-1) * before  # 1 = the latest visible column before the query, 2 = the one before it ...
        emb = self.model.embed_tokens(input_ids)
        for k, e in enumerate(self.smear, 1):
            sel = cnt == k
            pid = torch.where(sel.any(-1), (ctx[:, None, :] * sel).sum(-1), torch.full_like(input_ids, self.config.pad_token_id))
            emb = emb + e(pid)
        out = self.model(inputs_embeds=emb, attention_mask=attention_mask, position_ids=position_ids, cache=cache, use_cache=use_cache, **kw)
        h = out.last_hidden_state
        k_new = self.pk(h)[:, None]  # (B, 1, n, P)
        if cache is not None and use_cache:
            K, V = cache.layers[L].keys, None
            K, V = cache.update(k_new, input_ids[:, None, :, None].to(k_new.dtype), L)
            K = K[:, 0]
        else: K = k_new[:, 0]
        keep = slice(-logits_to_keep, None) if isinstance(logits_to_keep, int) and logits_to_keep else slice(None)
        hq = h[:, keep]; vq = vis[:, keep]
        lm = self.lm_head(hq).float()
        kw.pop('num_items_in_batch', None)
        s = torch.einsum('bqp,bkp->bqk', self.pq(hq).float(), K.float()).float() / math.sqrt(self.config.pointer)
        s = s.masked_fill(~vq, float('-inf'))
        a = s.float().softmax(-1)
        pc = torch.zeros_like(lm).scatter_add_(-1, ctx[:, None, :].expand(-1, a.shape[1], -1), a)
        g = torch.sigmoid(self.gate(hq).float())
        logits = torch.log((1 - g) * lm.softmax(-1) + g * pc + 1e-9)
        loss = None
        if labels is not None:
            loss = torch.nn.functional.cross_entropy(logits[:, :-1].reshape(-1, logits.shape[-1]), labels[:, 1:].reshape(-1), ignore_index=-100)
        return CausalLMOutputWithPast(loss=loss, logits=logits, past_key_values=out.past_key_values)

AutoConfig.register('driftcall-micro', PtrConfig)
AutoModelForCausalLM.register(PtrConfig, PtrLlama)
