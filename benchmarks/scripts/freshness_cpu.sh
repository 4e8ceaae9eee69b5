#!/usr/bin/env bash
# Where the CPU goes at a fixed rate: per process and per thread of the stack, over a burst and two freshness runs.
#
# usage: benchmarks/scripts/freshness_cpu.sh OUT_DIR [ARTICLES WARMUP_ARTICLES]
#   (default 3000 4000). Starts the stack (deploy/attache up, honouring ATTACHE_HOME, ATTACHE_*_PORT and
#   ATTACHE_JAVA_OPTS), runs 'bench pipeline', then 'bench freshness --rate=50 --duration=60' twice, and after each
#   writes snapshots of cumulative CPU: OUT_DIR/cpu-N.txt (pid, ticks, process), threads-N.txt (service, ticks,
#   thread) and jit-N.txt (jstat -compiler per service); N = 0 after the burst, 1 and 2 after each freshness run.
#   Takes the stack down (--purge) at the end. Compare snapshots with benchmarks/scripts/cpu_diff.py.
set -euo pipefail
out="${1:?usage: freshness_cpu.sh OUT_DIR [ARTICLES WARMUP_ARTICLES]}"
articles="${2:-3000}" warmup="${3:-4000}"
cd "$(dirname "$0")/../.."
mkdir -p "$out"

service_of() { tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -o '[a-z]*-service\|kafka.Kafka\|postgres\|benchmarks' | head -1; }
snapshot() { # utime + stime (fields 14, 15 of /proc/<pid>/stat), in clock ticks
  for p in $(pgrep -f 'quarkus-run.jar|kafka.Kafka|postgres|benchmarks.jar'); do
    echo "$p $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null) $(service_of "$p")"
  done >"$out/cpu-$1.txt"
  for p in $(pgrep -f quarkus-run.jar); do
    for t in /proc/"$p"/task/*; do echo "$(service_of "$p") $(awk '{print $14 + $15}' "$t/stat" 2>/dev/null) $(cat "$t/comm")"; done
  done >"$out/threads-$1.txt"
  for p in $(pgrep -f quarkus-run.jar); do echo "$(service_of "$p") $(jstat -compiler "$p" | tail -1)"; done >"$out/jit-$1.txt"
}

deploy/attache up
deploy/attache bench pipeline --articles="$articles" --warmup-articles="$warmup" --name=pipeline --out="$out"
snapshot 0
deploy/attache bench freshness --rate=50 --duration=60 --name=freshness-1 --out="$out"
snapshot 1
deploy/attache bench freshness --rate=50 --duration=60 --name=freshness-2 --out="$out"
snapshot 2
deploy/attache down --purge
echo "snapshots in $out: benchmarks/scripts/cpu_diff.py $out/cpu-0.txt $out/cpu-1.txt ARTICLES_POSTED"
