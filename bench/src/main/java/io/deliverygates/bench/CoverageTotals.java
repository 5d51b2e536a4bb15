package io.deliverygates.bench;

/**
 * The report-level totals that both parsers must agree on before anything is timed. Complexity is compared as a
 * total only, because coverage-model keeps cyclomatic complexity as a single number.
 */
public record CoverageTotals(Counter instruction, Counter branch, Counter line, long complexity) {
    @Override
    public String toString() {
        return "instruction " + format(instruction) + ", branch " + format(branch) + ", line " + format(line)
                + ", complexity " + complexity;
    }

    private static String format(Counter counter) {
        return counter.covered() + "/" + counter.total();
    }
}
