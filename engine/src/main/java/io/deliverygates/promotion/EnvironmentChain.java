package io.deliverygates.promotion;

import io.deliverygates.common.DurationText;
import io.deliverygates.common.InputException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The ordered environments a version passes through, e.g. {@code dev → staging → production}. Written as text
 * {@code dev,staging:1h,production}: names in order, each optionally followed by {@code :} and the minimum soak
 * time a version must spend there (successfully) before it may enter the next one.
 */
public record EnvironmentChain(List<Environment> environments) implements Serializable {
    /** The chain used when neither the job nor the global configuration names one. */
    public static final String DEFAULT = "dev,staging,production";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public EnvironmentChain {
        environments = List.copyOf(environments);
    }

    /**
     * Parses the text form; {@code parameter} names the parameter in errors.
     *
     * @throws InputException (INVALID_PARAMETER) for an empty chain, a bad name or soak time, or a name given twice
     */
    public static EnvironmentChain parse(String text, String parameter) {
        if (text == null || text.isBlank()) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                    "no environments given (expected e.g. '" + DEFAULT + "')");
        }
        List<Environment> environments = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String part : text.split(",")) {
            String[] nameAndSoak = part.trim().split(":", 2);
            String name = nameAndSoak[0].trim();
            if (!NAME.matcher(name).matches()) {
                throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                        "'" + name + "' is not an environment name (letters, digits, '.', '_', '-')");
            }
            if (!seen.add(name)) {
                throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                        "environment '" + name + "' is listed twice");
            }
            environments.add(new Environment(name, nameAndSoak.length == 2
                    ? DurationText.parse(nameAndSoak[1], parameter + " (soak time of " + name + ")")
                    : null));
        }
        return new EnvironmentChain(environments);
    }

    /** The job's own chain when it has one, else the global chain, else {@link #DEFAULT}. */
    public static EnvironmentChain choose(String jobChain, String globalChain) {
        if (jobChain != null && !jobChain.isBlank()) {
            return parse(jobChain, "environments (job)");
        }
        if (globalChain != null && !globalChain.isBlank()) {
            return parse(globalChain, "environments (global)");
        }
        return parse(DEFAULT, "environments");
    }

    /**
     * The environment a version must have succeeded in before entering {@code name}; empty for the first one.
     *
     * @throws InputException (INVALID_PARAMETER, naming {@code parameter}) when the chain has no such environment
     */
    public Optional<Environment> previous(String name, String parameter) {
        int index = indexOf(name, parameter);
        return index == 0 ? Optional.empty() : Optional.of(environments.get(index - 1));
    }

    private int indexOf(String name, String parameter) {
        for (int i = 0; i < environments.size(); i++) {
            if (environments.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                "unknown environment '" + name + "' (known: " + this + ")");
    }

    @Override
    public String toString() {
        return environments.stream().map(Environment::toString).collect(Collectors.joining(","));
    }
}
