#!/bin/sh
# Runs of the same code and of a 20 % slower variant, for the performance gate's false-positive measurement
# (docs/performance-gate.md). Each round k runs GateWorkloadBenchmark three times, one after the other:
#   same-k-a.json, same-k-b.json  (factor 1.0: the same code twice)  -> a false-positive pair
#   slow-k.json                   (factor 1.2: 20 % more work)           -> paired with same-k-a for detection
# Interleaving keeps slow drifts of the shared machine out of the comparison.
#
# Usage: bench/perf-gate-fpr/run.sh [OUT_DIR] [ROUNDS] [SLOW_ROUNDS]
#   needs bench/target/benchmarks.jar (./mvnw -pl bench -am package -DskipTests); BENCH_JAR overrides it.
# Then: bench/perf-gate-fpr/evaluate.sh OUT_DIR
set -eu
out=${1:-target/perf-gate-fpr}
rounds=${2:-20}
slow_rounds=${3:-10}
jar=${BENCH_JAR:-bench/target/benchmarks.jar}
# ~20 s a run: 4 forks x (2 warm-up + 3 measured iterations of 1 s); 12 raw samples in 4 JVMs.
jmh_options="-f 4 -wi 2 -w 1s -i 3 -r 1s"
mkdir -p "$out"
run() { # name work
  if [ ! -s "$out/$1.json" ]; then
    java -jar "$jar" GateWorkloadBenchmark.mix $jmh_options -jvmArgsAppend -Dworkload.factor="$2" -rf json -rff "$out/$1.json" \
      > "$out/$1.log" 2>&1
  fi
}
k=1
while [ "$k" -le "$rounds" ]; do
  run "same-$k-a" 1.0
  run "same-$k-b" 1.0
  if [ "$k" -le "$slow_rounds" ]; then
    run "slow-$k" 1.2
  fi
  echo "round $k done $(date -u +%H:%M:%S)"
  k=$((k + 1))
done
