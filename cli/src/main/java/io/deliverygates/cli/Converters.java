package io.deliverygates.cli;

import io.deliverygates.common.DurationText;
import io.deliverygates.common.InputException;
import io.deliverygates.ledger.BuildRef;
import io.deliverygates.ledger.Commit;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli converters for the option types of the delivery commands. */
final class Converters {
    private Converters() {
    }

    /** {@code 250ms}, {@code 10s}, {@code 5m}, {@code 2h}, {@code 1d} or ISO-8601. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return DurationText.parse(value, "duration");
            } catch (InputException e) {
                throw new TypeConversionException(e.getMessage().substring("duration: ".length()));
            }
        }
    }

    /** {@code JOB#NUMBER}, e.g. {@code shop/deploy#42}. */
    static final class BuildConverter implements ITypeConverter<BuildRef> {
        @Override
        public BuildRef convert(String value) {
            int hash = value.lastIndexOf('#');
            try {
                if (hash > 0) {
                    return new BuildRef(value.substring(0, hash), Long.parseLong(value.substring(hash + 1)), null);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("'" + value + "' is not JOB#NUMBER (e.g. shop/deploy#42)");
        }
    }

    /** {@code ID@ISO-TIME}, e.g. {@code 3f2a9c1@2026-11-20T09:14:00Z} (the commit time, with offset). */
    static final class CommitConverter implements ITypeConverter<Commit> {
        @Override
        public Commit convert(String value) {
            int at = value.indexOf('@');
            if (at > 0) {
                try {
                    return new Commit(value.substring(0, at), null, parseTime(value.substring(at + 1)));
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            throw new TypeConversionException(
                    "'" + value + "' is not ID@ISO-TIME (e.g. 3f2a9c1@2026-11-20T09:14:00Z)");
        }
    }

    static Instant parseTime(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
