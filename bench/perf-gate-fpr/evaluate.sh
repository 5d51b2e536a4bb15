#!/bin/sh
# The gate's false-positive and detection rates on the runs of run.sh, next to the anchors (docs/performance-gate.md).
# Usage: bench/perf-gate-fpr/evaluate.sh [OUT_DIR]   (needs bench/target/benchmarks.jar; BENCH_JAR overrides it)
set -eu
exec java -cp "${BENCH_JAR:-bench/target/benchmarks.jar}" io.deliverygates.bench.perf.FalsePositiveRate \
  "${1:-target/perf-gate-fpr}"
