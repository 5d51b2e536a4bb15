package io.deliverygates.cli;

import io.deliverygates.common.DurationText;
import io.deliverygates.common.InputException;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerFilter;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import picocli.CommandLine.Option;

/** Options that select events, shared by {@code ledger show} and {@code ledger export}. */
final class LedgerFilterOptions {
    @Option(names = "--type", split = ",", paramLabel = "TYPE",
            description = "Only events of these types (${COMPLETION-CANDIDATES}); repeatable or comma-separated.")
    List<EventType> types = List.of();

    @Option(names = "--environment", split = ",", paramLabel = "ENV",
            description = "Only events of these environments; repeatable or comma-separated.")
    List<String> environments = List.of();

    @Option(names = "--version", paramLabel = "VERSION", description = "Only events of this version.")
    String version;

    @Option(names = "--since", paramLabel = "TIME|AGE",
            description = "Only events at or after this ISO-8601 time, or this long ago (e.g. 7d, 12h).")
    String since;

    @Option(names = "--until", paramLabel = "TIME|AGE",
            description = "Only events before this ISO-8601 time, or this long ago.")
    String until;

    LedgerFilter filter(Clock clock) {
        return new LedgerFilter(new LinkedHashSet<>(types), new LinkedHashSet<>(environments), version,
                time("--since", since, clock), time("--until", until, clock));
    }

    private static Instant time(String option, String text, Clock clock) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notATime) {
            try {
                return clock.instant().minus(DurationText.parse(text, option));
            } catch (InputException notAnAge) {
                throw new InputException(InputException.Problem.INVALID_PARAMETER, option,
                        "'" + text + "' is neither an ISO-8601 time (2026-11-01T10:00:00Z) nor an age (7d, 12h)");
            }
        }
    }
}
