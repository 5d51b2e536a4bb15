package io.deliverygates.cli;

import io.deliverygates.common.GateStatus;
import io.deliverygates.common.InputException;

/**
 * The CLI's exit codes, documented in the README and docs/cli.md. Gate outcomes are 0-2; input problems have
 * one code per {@link InputException.Problem} (3-10), so a script can tell a missing report from a hostile one.
 */
public final class ExitCodes {
    public static final int PASSED = 0;
    public static final int UNSTABLE = 1;
    public static final int FAILED = 2;
    /** Wrong or missing command-line parameters; also {@link InputException.Problem#INVALID_PARAMETER}. */
    public static final int USAGE = 3;
    /** A bug: anything that is not the user's input. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {
    }

    public static int of(GateStatus status) {
        switch (status) {
            case PASSED:
                return PASSED;
            case UNSTABLE:
                return UNSTABLE;
            default:
                return FAILED;
        }
    }

    public static int of(InputException.Problem problem) {
        return problem.exitCode();
    }
}
