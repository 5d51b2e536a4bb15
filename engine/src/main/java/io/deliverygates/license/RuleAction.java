package io.deliverygates.license;

import io.deliverygates.common.GateStatus;
import io.deliverygates.common.InputException;
import java.util.Locale;

/** What a policy rule does to a component it matches: allow it, or make the build unstable or fail it. */
public enum RuleAction {
    ALLOW(GateStatus.PASSED),
    UNSTABLE(GateStatus.UNSTABLE),
    FAILURE(GateStatus.FAILED);

    private final GateStatus status;

    RuleAction(GateStatus status) {
        this.status = status;
    }

    public GateStatus status() {
        return status;
    }

    /** Parses {@code allow}, {@code unstable} or {@code failure} (also {@code fail}), any case. */
    public static RuleAction parse(String parameter, String text) {
        String key = text.trim().toUpperCase(Locale.ROOT);
        if (key.equals("FAIL") || key.equals("FAILED")) {
            return FAILURE;
        }
        for (RuleAction action : values()) {
            if (action.name().equals(key)) {
                return action;
            }
        }
        throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                "'" + text + "' is not a rule action (use allow, unstable or failure)");
    }
}
