package io.deliverygates.ledger;

import java.time.Instant;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Selects events for display or export. Every criterion is optional (null or empty matches everything).
 *
 * @param types        event types to keep
 * @param environments environments to keep
 * @param version      the version to keep
 * @param since        keep events at or after this time
 * @param until        keep events before this time
 */
public record LedgerFilter(Set<EventType> types, Set<String> environments, String version, Instant since,
        Instant until) implements Predicate<LedgerEvent> {
    public static final LedgerFilter ALL = new LedgerFilter(Set.of(), Set.of(), null, null, null);

    public LedgerFilter {
        types = types == null ? Set.of() : Set.copyOf(types);
        environments = environments == null ? Set.of() : Set.copyOf(environments);
    }

    @Override
    public boolean test(LedgerEvent event) {
        return (types.isEmpty() || types.contains(event.type()))
                && (environments.isEmpty() || environments.contains(event.environment()))
                && (version == null || version.equals(event.version()))
                && (since == null || !event.time().isBefore(since))
                && (until == null || event.time().isBefore(until));
    }
}
