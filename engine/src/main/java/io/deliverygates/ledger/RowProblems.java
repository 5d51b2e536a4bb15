package io.deliverygates.ledger;

import io.deliverygates.common.InputException;
import java.util.ArrayList;
import java.util.List;

/** Collects the bad rows of an import, so all of them are reported at once and nothing is half-imported. */
final class RowProblems {
    private static final int LISTED = 20;

    private final String source;
    private final List<String> problems = new ArrayList<>();
    private int firstLine = InputException.NO_LINE;

    RowProblems(String source) {
        this.source = source;
    }

    void add(long line, String problem) {
        if (firstLine == InputException.NO_LINE) {
            firstLine = (int) line;
        }
        problems.add("line " + line + ": " + problem);
    }

    /** Throws when any row was bad, naming every bad row (the first {@value #LISTED}). */
    void throwIfAny() {
        if (problems.isEmpty()) {
            return;
        }
        String listed = String.join("; ", problems.subList(0, Math.min(LISTED, problems.size())));
        String more = problems.size() > LISTED ? "; and " + (problems.size() - LISTED) + " more" : "";
        throw new InputException(InputException.Problem.MALFORMED, source, firstLine,
                problems.size() + " bad row(s), nothing imported: " + listed + more, null);
    }
}
