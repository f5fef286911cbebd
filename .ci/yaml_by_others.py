#!/usr/bin/env python3
"""asalic's YAML read by an independent YAML 1.1 reader (PyYAML): every golden .yaml must give
the same tree as its .json sibling, so that no plain scalar turns into another type (`off`,
`yes`, `0x1F`, `1e3`, `null` …) for a reader that is not asalic's own."""
import json, pathlib, sys
import yaml

root = pathlib.Path(__file__).resolve().parent.parent / "Samples"
checked, failed = 0, []
for y in sorted(root.glob("*/*.yaml")):
    j = y.with_suffix(".json")
    if not j.exists():
        continue
    docs = [d for d in yaml.safe_load_all(y.read_text(encoding="utf-8"))]
    # An empty capture is written `--- []`: one empty list, as the JSON array is.
    if len(docs) == 1 and docs[0] == []:
        docs = []
    if docs != json.loads(j.read_text(encoding="utf-8")):
        failed.append(str(y.relative_to(root.parent)))
    checked += 1
for f in failed:
    print(f"FAIL: {f} reads differently in PyYAML than its JSON")
print(f"yaml by others: {checked} goldens read by PyYAML {yaml.__version__}, {len(failed)} differ")
sys.exit(1 if failed or checked == 0 else 0)
