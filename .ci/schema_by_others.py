#!/usr/bin/env python3
"""asalic's JSON checked against `asalic schema` by an independent validator (Python's
jsonschema, draft 2020-12): every golden .json under Samples/, and the JSON Lines of every
sample input, converted now. The schema must also reject what asalic never writes, so that a
schema accepting anything cannot pass."""
import json, pathlib, subprocess, sys
import jsonschema

root = pathlib.Path(__file__).resolve().parent.parent
asalic = sys.argv[1]
schema = json.loads(subprocess.run([asalic, "schema"], check=True, capture_output=True).stdout)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

failed, checked = [], 0
def check(value, where):
    global checked
    checked += 1
    errors = sorted(validator.iter_errors(value), key=lambda e: list(e.path))
    if errors:
        failed.append(f"{where}: {errors[0].message} at {list(errors[0].path)}")

for j in sorted(p for p in root.glob("Samples/**/*.json") if "schema" not in p.parts):
    check(json.loads(j.read_text(encoding="utf-8")), j.relative_to(root))
inputs = sorted(str(p) for p in root.glob("Samples/**/*.txt") if "fuzz-regressions" not in p.parts)
out = subprocess.run([asalic, "convert", "-q", "--to", "jsonl", *inputs], capture_output=True).stdout
for n, line in enumerate(out.decode("utf-8").splitlines(), 1):
    check(json.loads(line), f"jsonl line {n}")

# What asalic never writes is refused.
good = json.loads(out.decode("utf-8").splitlines()[0])
bad = [
    dict(good, surprise=1),                      # a key the shape does not have
    dict(good, kind="activation-keys"),          # an unknown kind
    dict(good, source_lines=[1]),                # a line range of one number
    {k: v for k, v in good.items() if k != "kind"},
]
for n, doc in enumerate(bad):
    if validator.is_valid(doc):
        failed.append(f"the schema accepts a document asalic never writes (case {n})")

for f in failed[:20]:
    print("FAIL:", f)
print(f"schema by others: {checked} documents and files valid against `asalic schema` (jsonschema {jsonschema.__version__ if hasattr(jsonschema, '__version__') else ''}), {len(failed)} failures")
sys.exit(1 if failed or checked == 0 else 0)
