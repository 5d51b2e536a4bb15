package io.deliverygates.license;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An SPDX license expression as a tree: a single license (optionally {@code WITH} an exception), or a conjunction
 * ({@code AND}: all apply) or disjunction ({@code OR}: the user picks one) of sub-expressions.
 */
public sealed interface LicenseExpression extends Serializable
        permits LicenseExpression.Single, LicenseExpression.All, LicenseExpression.AnyOf {

    /** The expression in SPDX syntax, with parentheses only where precedence needs them. */
    String text();

    /** What a single license's id is. */
    enum Kind {
        /** An id of the SPDX License List. */
        SPDX,
        /** A {@code LicenseRef-*} (or {@code DocumentRef-*:LicenseRef-*}): a license the SPDX list does not name. */
        REFERENCE,
        /** Text that is neither: an unmapped name, URL or invalid id. Never guessed into an id. */
        UNKNOWN
    }

    /**
     * One license.
     *
     * @param id the SPDX id, reference or (for {@link Kind#UNKNOWN}) the text as declared
     * @param exception the SPDX exception id after {@code WITH}, or null
     */
    record Single(String id, String exception, Kind kind) implements LicenseExpression {
        public Single {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
        }

        static Single of(String id, Kind kind) {
            return new Single(id, null, kind);
        }

        @Override
        public String text() {
            String name = kind == Kind.UNKNOWN ? '"' + id + '"' : id;
            return exception == null ? name : name + " WITH " + exception;
        }
    }

    /** {@code AND}: every part applies. */
    record All(List<LicenseExpression> parts) implements LicenseExpression {
        public All {
            parts = List.copyOf(parts);
        }

        @Override
        public String text() {
            return parts.stream().map(part -> part instanceof AnyOf ? "(" + part.text() + ")" : part.text())
                    .collect(Collectors.joining(" AND "));
        }
    }

    /** {@code OR}: a choice; one of the parts applies. */
    record AnyOf(List<LicenseExpression> choices) implements LicenseExpression {
        public AnyOf {
            choices = List.copyOf(choices);
        }

        @Override
        public String text() {
            return choices.stream().map(LicenseExpression::text).collect(Collectors.joining(" OR "));
        }
    }
}
