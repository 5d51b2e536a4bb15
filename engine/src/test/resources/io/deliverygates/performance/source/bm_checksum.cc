// A tiny Google Benchmark for the performance gate's test data (see ../README.md).
// WORK_FACTOR (a compile-time define, default 1) multiplies the work: -DWORK_FACTOR=2 is a real 2x slowdown.
#include <benchmark/benchmark.h>
#include <cstdint>
#include <vector>

#ifndef WORK_FACTOR
#define WORK_FACTOR 1
#endif

static void BM_Checksum(benchmark::State& state) {
  std::vector<uint32_t> data(state.range(0) * WORK_FACTOR);
  for (size_t i = 0; i < data.size(); ++i) data[i] = static_cast<uint32_t>(i * 2654435761u);
  for (auto _ : state) {
    uint64_t sum = 0;
    for (uint32_t v : data) sum = sum * 31 + v;
    benchmark::DoNotOptimize(sum);
  }
}
BENCHMARK(BM_Checksum)->Arg(1 << 10)->Arg(1 << 14);

BENCHMARK_MAIN();
