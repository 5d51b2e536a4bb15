package io.deliverygates.health;

import io.deliverygates.common.InputException;
import java.io.Serializable;
import java.util.BitSet;

/** The HTTP status codes that count as healthy, written like {@code 200-299,304}. */
public final class StatusCodes implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The default: any 2xx. */
    public static final StatusCodes SUCCESS = parse("200-299", "expectedStatus");

    private final String text;
    private final BitSet codes;

    private StatusCodes(String text, BitSet codes) {
        this.text = text;
        this.codes = codes;
    }

    /**
     * Parses a comma-separated list of codes and ranges; {@code parameter} names the parameter in errors.
     *
     * @throws InputException (INVALID_PARAMETER) for anything but codes 100-599 and ranges of them
     */
    public static StatusCodes parse(String text, String parameter) {
        BitSet codes = new BitSet(600);
        try {
            for (String part : text.split(",")) {
                String[] bounds = part.trim().split("-", 2);
                int from = Integer.parseInt(bounds[0].trim());
                int to = bounds.length == 2 ? Integer.parseInt(bounds[1].trim()) : from;
                if (from < 100 || to > 599 || from > to) {
                    throw new NumberFormatException(part);
                }
                codes.set(from, to + 1);
            }
        } catch (NumberFormatException e) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                    "'" + text + "' is not a list of HTTP status codes 100-599 (expected e.g. 200-299,304)");
        }
        return new StatusCodes(text.replace(" ", ""), codes);
    }

    public boolean contains(int status) {
        return status >= 0 && codes.get(status);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StatusCodes && ((StatusCodes) other).codes.equals(codes);
    }

    @Override
    public int hashCode() {
        return codes.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
