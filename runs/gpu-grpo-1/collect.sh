for i in $(seq 1 ${1:-100}); do [ -e /tmp/gpurun/DONE ] && break; sleep 5; done
tail -c 4000 /tmp/gpurun.log | tr '\r' '\n' | grep -v "^\s*$" | grep -v -i warn | tail -12
cp /tmp/gpurun.log $OUT/log.txt; R=/tmp/gpurun/gpu-grpo-1
mkdir -p $OUT/run; cp $R/*.json $R/*.jsonl $OUT/run/ 2>/dev/null; nvidia-smi --query-gpu=memory.used,utilization.gpu --format=csv,noheader
if [ -e /tmp/gpurun/DONE ]; then cd /tmp/gpurun && tar czf /tmp/run.tgz --exclude='optimizer.pt' --exclude='trl' --exclude='trl-sft' gpu-grpo-1 && split -b 15M /tmp/run.tgz $OUT/run.tgz.part- && ls -la $OUT; fi
