package io.deliverygates.bench;

/** The six JaCoCo counters of one report element, summed while the generator writes it. */
final class CounterSet {
    /** JaCoCo's counter types, in the order its XML formatter writes them. */
    enum Type { INSTRUCTION, BRANCH, LINE, COMPLEXITY, METHOD, CLASS }

    private final long[] missed = new long[Type.values().length];
    private final long[] covered = new long[Type.values().length];

    void add(Type type, long missedCount, long coveredCount) {
        missed[type.ordinal()] += missedCount;
        covered[type.ordinal()] += coveredCount;
    }

    void addAll(CounterSet other) {
        for (Type type : Type.values()) {
            add(type, other.missed[type.ordinal()], other.covered[type.ordinal()]);
        }
    }

    long covered(Type type) {
        return covered[type.ordinal()];
    }

    Counter get(Type type) {
        return new Counter(missed[type.ordinal()], covered[type.ordinal()]);
    }

    boolean isEmpty() {
        for (Type type : Type.values()) {
            if (get(type).total() > 0) {
                return false;
            }
        }
        return true;
    }

    /** Appends the counter elements as JaCoCo does: only counters with a total above zero. */
    void appendXml(StringBuilder xml) {
        for (Type type : Type.values()) {
            Counter counter = get(type);
            if (counter.total() > 0) {
                xml.append("<counter type=\"").append(type.name()).append("\" missed=\"").append(counter.missed())
                        .append("\" covered=\"").append(counter.covered()).append("\"/>");
            }
        }
    }

    CoverageTotals toTotals() {
        return new CoverageTotals(get(Type.INSTRUCTION), get(Type.BRANCH), get(Type.LINE),
                get(Type.COMPLEXITY).total());
    }
}
