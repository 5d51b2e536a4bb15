"""A tiny pytest-benchmark suite for the performance gate's test data (see ../README.md).

WORK_FACTOR (an environment variable, default 1) multiplies the work: WORK_FACTOR=2 is a real 2x slowdown.
"""
import os

FACTOR = int(os.environ.get("WORK_FACTOR", "1"))


def total_price(prices):
    total = 0
    for _ in range(FACTOR):
        total = 0
        for price in prices:
            total += round(price * 1.19, 2)
    return total


def test_total_price(benchmark):
    prices = [i * 0.5 for i in range(200)]
    assert benchmark(total_price, prices) > 0


def test_sorted_names(benchmark):
    names = ["item-%05d" % ((i * 7919) % 1000) for i in range(1000)]
    result = benchmark(lambda: [sorted(names) for _ in range(FACTOR)][-1])
    assert result[0] == "item-00000"
