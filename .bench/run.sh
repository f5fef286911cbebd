#!/usr/bin/env bash
# Reproduces BENCHMARKS.md: throughput (asalic-bench), peak memory and batch throughput (the real
# command in its own process), and the same corpus through TextFSM and TTP.
#   bash .bench/run.sh [WORKDIR]     (needs ../shared/bench/gen_corpus.py)
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/asalic-bench}
gen=../shared/bench/gen_corpus.py
mkdir -p "$work"
swift build -c release --product asalic --product asalic-bench >/dev/null 2>&1 || swift build -c release >/dev/null
bin=$(swift build -c release --show-bin-path)

for size in 10M 100M; do
  [ -f "$work/mixed-$size.txt" ] || python3 "$gen" --kind mixed --bytes $size --seed 7 > "$work/mixed-$size.txt" 2>/dev/null
  echo "== asalic-bench, mixed $size"
  "$bin/asalic-bench" "$work/mixed-$size.txt"
done

echo "== peak RSS, asalic convert --to json, one process per size"
for size in 10M 100M 1G; do
  if [ ! -f "$work/mixed-$size.txt" ]; then python3 "$gen" --kind mixed --bytes $size --seed 7 > "$work/mixed-$size.txt" 2>/dev/null; fi
  /usr/bin/time -f "$size: %e s, peak RSS %M KiB" "$bin/asalic" convert -q "$work/mixed-$size.txt" --to json -o "$work/out.json" || true
done

echo "== batch: 2000 activation-key-detail files"
[ -d "$work/docs" ] || python3 "$gen" --kind activation-key-detail --docs 2000 --seed 7 --out "$work/docs" 2>/dev/null
for jobs in 1 2; do
  rm -rf "$work/batch-out"
  /usr/bin/time -f "--jobs $jobs: %e s, peak RSS %M KiB" "$bin/asalic" convert -q "$work/docs" -o "$work/batch-out" --to json --jobs $jobs || true
done

echo "== peers: TextFSM and TTP on mixed 10M"
python3 -m venv "$work/venv" >/dev/null 2>&1 || true
"$work/venv/bin/pip" install -q textfsm==2.1.0 ttp==0.10.1 >/dev/null 2>&1 || true
"$work/venv/bin/python" .bench/peers.py "$work/mixed-10M.txt"
