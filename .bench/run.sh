#!/usr/bin/env bash
# Reproduces BENCHMARKS.md: throughput (asalic-bench), peak memory and batch throughput (the real
# command in its own process), and the same corpus through TextFSM and TTP.
#   bash .bench/run.sh [WORKDIR]     (needs ../shared/bench/gen_corpus.py)
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/asalic-bench}
gen=../shared/bench/gen_corpus.py
# What a fresh clone may lack, said in one line each.
[ -f "$gen" ] || { echo "bench: needs the corpus generator at $gen (the workplace's shared folder beside the project)"; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: needs GNU time at /usr/bin/time (Debian: apt-get install time)"; exit 2; }
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

# Batches on tmpfs: on this machine's disk, creating files costs more than converting them and
# drifts from run to run (see BENCHMARKS.md); tmpfs measures asalic, not the disk.
shm=/dev/shm/asalic-bench; [ -d /dev/shm ] || shm="$work/shm"
mkdir -p "$shm"
echo "== batch: 10000 activation-key-detail files (in $shm), median of 5"
[ -d "$shm/docs" ] || python3 "$gen" --kind activation-key-detail --docs 10000 --seed 7 --out "$shm/docs" 2>/dev/null
for jobs in 1 2; do
  for run in 1 2 3 4 5; do
    rm -rf "$shm/out"
    /usr/bin/time -f "%e" -o "$shm/t" "$bin/asalic" convert -q "$shm/docs" -o "$shm/out" --to json --jobs $jobs || true
    cat "$shm/t"
  done | sort -n | sed -n 3p | sed "s/^/--jobs $jobs: median s /"
done
rm -rf "$shm"

echo "== peers: TextFSM and TTP on mixed 10M"
python3 -m venv "$work/venv" >/dev/null 2>&1 || true
"$work/venv/bin/pip" install -q textfsm==2.1.0 ttp==0.10.1 >/dev/null 2>&1 || true
"$work/venv/bin/python" .bench/peers.py "$work/mixed-10M.txt"
