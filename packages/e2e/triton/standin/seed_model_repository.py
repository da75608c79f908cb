#!/usr/bin/python3
"""seed-model-repository [DIR]: writes the CPU stand-in model repository into DIR.

DIR defaults to $MODEL_REPOSITORY (what the chart's model-loader init container sets).
Like the chart's default loader, a directory that already holds anything is left alone.
The layout is upstream's v1 repository: for each router an ensemble `<router>_ensemble`
(platform "ensemble", ensemble_scheduling) over `preprocessing_<router>`, `<router>` (the
classifier) and `postprocessing_<router>`, all Python-backend models on the CPU.
"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.realpath(__file__))
MODELS = os.path.join(HERE, "models")
MAX_BATCH_SIZE = 8


def python_model(name, inputs, outputs, extra=""):
    tensors = lambda ts: ",\n".join(f'  {{ name: "{n}" data_type: {t} dims: [ {d} ] }}' for n, t, d in ts)
    return (
        f'name: "{name}"\n'
        'backend: "python"\n'
        f"max_batch_size: {MAX_BATCH_SIZE}\n"
        f"input [\n{tensors(inputs)}\n]\n"
        f"output [\n{tensors(outputs)}\n]\n"
        "instance_group [ { kind: KIND_CPU count: 1 } ]\n"
        f"{extra}"
    )


def ensemble(router):
    steps = [
        (f"preprocessing_{router}", {"INPUT": "INPUT"}, {"TEXT": "text"}),
        (router, {"TEXT": "text"}, {"LOGITS": "logits"}),
        (f"postprocessing_{router}", {"LOGITS": "logits"}, {"OUTPUT": "OUTPUT"}),
    ]
    maps = lambda kind, m: "".join(f'      {kind} {{ key: "{k}" value: "{v}" }}\n' for k, v in m.items())
    body = ",\n".join(
        f'    {{\n      model_name: "{name}"\n      model_version: -1\n{maps("input_map", i)}{maps("output_map", o)}    }}'
        for name, i, o in steps
    )
    return (
        f'name: "{router}_ensemble"\n'
        'platform: "ensemble"\n'
        f"max_batch_size: {MAX_BATCH_SIZE}\n"
        'input [ { name: "INPUT" data_type: TYPE_STRING dims: [ 1 ] } ]\n'
        'output [ { name: "OUTPUT" data_type: TYPE_FP32 dims: [ -1 ] } ]\n'
        f"ensemble_scheduling {{\n  step [\n{body}\n  ]\n}}\n"
    )


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def add_python_model(repo, name, source, config, files=()):
    write(os.path.join(repo, name, "config.pbtxt"), config)
    version = os.path.join(repo, name, "1")
    os.makedirs(version, exist_ok=True)
    shutil.copyfile(os.path.join(MODELS, source), os.path.join(version, "model.py"))
    shutil.copyfile(os.path.join(MODELS, "common.py"), os.path.join(version, "common.py"))
    for file_name, text in files:
        write(os.path.join(version, file_name), text)


def seed(repo):
    """Writes the repository into repo; returns 'seeded' or 'already filled'."""
    os.makedirs(repo, exist_ok=True)
    if os.listdir(repo):
        return "already filled"
    with open(os.path.join(HERE, "routers.json"), encoding="utf-8") as f:
        routers = {k: v for k, v in json.load(f).items() if not k.startswith("$")}
    for router, spec in routers.items():
        n = len(spec["classes"])
        add_python_model(repo, f"preprocessing_{router}", "preprocessing.py",
                         python_model(f"preprocessing_{router}", [("INPUT", "TYPE_STRING", "1")], [("TEXT", "TYPE_STRING", "1")]))
        add_python_model(repo, router, "classifier.py",
                         python_model(router, [("TEXT", "TYPE_STRING", "1")], [("LOGITS", "TYPE_FP32", str(n))]),
                         [("keywords.json", json.dumps(spec, indent=2) + "\n")])
        add_python_model(repo, f"postprocessing_{router}", "postprocessing.py",
                         python_model(f"postprocessing_{router}", [("LOGITS", "TYPE_FP32", str(n))], [("OUTPUT", "TYPE_FP32", "-1")]))
        write(os.path.join(repo, f"{router}_ensemble", "config.pbtxt"), ensemble(router))
        os.makedirs(os.path.join(repo, f"{router}_ensemble", "1"), exist_ok=True)
    return "seeded"


def main(argv):
    repo = argv[1] if len(argv) > 1 else os.environ.get("MODEL_REPOSITORY")
    if not repo or len(argv) > 2:
        print("usage: seed-model-repository [DIR]  (DIR defaults to $MODEL_REPOSITORY)", file=sys.stderr)
        return 2
    result = seed(repo)
    print(json.dumps({"service": "seed-model-repository", "dir": repo, "result": result}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
