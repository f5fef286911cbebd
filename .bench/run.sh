#!/usr/bin/env bash
# Reproduces BENCHMARKS.md:
#   1. throughput per row of the speed table, in ordo-one/benchmark (the package under .bench);
#   2. instructions per row, callgrind on `asalic-bench --only WORK` (when valgrind is there);
#   3. the command line on one 1 GB capture: --jobs 1 and --jobs 2, time and peak RSS;
#   4. batches of small files; 5. the same corpus through TextFSM and TTP.
#   bash .bench/run.sh [WORKDIR]     (needs ../shared/bench/gen_corpus.py)
# Secrets are fingerprinted under a key (ASALIC_FINGERPRINT_KEY), as a migration would run:
# without one, each distinct secret costs a 37 ms scrypt (see README, "Secrets").
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/asalic-bench}
gen=../shared/bench/gen_corpus.py
# What a fresh clone may lack, said in one line each.
[ -f "$gen" ] || { echo "bench: needs the corpus generator at $gen (the workplace's shared folder beside the project)"; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: needs GNU time at /usr/bin/time (Debian: apt-get install time)"; exit 2; }
export ASALIC_FINGERPRINT_KEY=${ASALIC_FINGERPRINT_KEY:-asalic-bench}
mkdir -p "$work"
corpus() { [ -f "$work/mixed-$1.txt" ] || python3 "$gen" --kind mixed --bytes "$1" --seed 7 > "$work/mixed-$1.txt" 2>/dev/null; }
swift build -c release --product asalic --product asalic-bench >/dev/null 2>&1 || swift build -c release >/dev/null
bin=$(swift build -c release --show-bin-path)

echo "== 1. throughput, ordo-one/benchmark, mixed 10M"
corpus 10M
(cd .bench && ASALIC_BENCH_CORPUS="$work/mixed-10M.txt" swift package benchmark --no-progress 2>&1 | grep -v '^\[')

echo "== 2. instructions, callgrind, mixed 5M"
corpus 5M
if command -v valgrind >/dev/null; then
  # valgrind cannot read swift-crypto's debug info: profile a stripped copy.
  cp "$bin/asalic-bench" "$work/asalic-bench.stripped" && strip --strip-debug "$work/asalic-bench.stripped"
  for w in parse json cli yaml lint; do
    printf '%-6s ' "$w"
    valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.$w" "$work/asalic-bench.stripped" "$work/mixed-5M.txt" --only $w 2>&1 | grep -o 'refs: .*'
  done
else
  echo "(no valgrind: apt-get install valgrind)"
fi

echo "== 3. asalic convert --to json of one 1 GB capture, best of 3"
corpus 1G
for jobs in 1 2; do
  for run in 1 2 3; do
    /usr/bin/time -f "%e s, peak RSS %M KiB" "$bin/asalic" convert -q "$work/mixed-1G.txt" --to json --jobs $jobs -o "$work/out-$jobs.json" 2>&1 | tail -1
  done | sort -n | head -1 | sed "s/^/--jobs $jobs: /"
done
cmp "$work/out-1.json" "$work/out-2.json" && echo "same bytes from --jobs 1 and --jobs 2"

# Batches on tmpfs: on this machine's disk, creating files costs more than converting them and
# drifts from run to run (see BENCHMARKS.md); tmpfs measures asalic, not the disk.
shm=/dev/shm/asalic-bench; [ -d /dev/shm ] || shm="$work/shm"
mkdir -p "$shm"
echo "== 4. batch: 10000 activation-key-detail files (in $shm), median of 5"
[ -d "$shm/docs" ] || python3 "$gen" --kind activation-key-detail --docs 10000 --seed 7 --out "$shm/docs" 2>/dev/null
for jobs in 1 2; do
  for run in 1 2 3 4 5; do
    rm -rf "$shm/out"
    /usr/bin/time -f "%e" -o "$shm/t" "$bin/asalic" convert -q "$shm/docs" -o "$shm/out" --to json --jobs $jobs || true
    cat "$shm/t"
  done | sort -n | sed -n 3p | sed "s/^/--jobs $jobs: median s /"
done
rm -rf "$shm"

echo "== 5. peers: TextFSM and TTP on mixed 10M"
python3 -m venv "$work/venv" >/dev/null 2>&1 || true
"$work/venv/bin/pip" install -q textfsm==2.1.0 ttp==0.10.1 >/dev/null 2>&1 || true
"$work/venv/bin/python" .bench/peers.py "$work/mixed-10M.txt"
