package io.deliverygates.security;

import java.nio.file.Path;
import java.time.Instant;

/**
 * The outcome of an update.
 *
 * @param dataDirectory the data directory that was updated
 * @param changed true if new data was stored (false: the database was already current)
 * @param databaseBytes the size of the database file afterwards
 * @param skippedSince null if the source was checked; else when the last update completed, within the request's
 *     {@link UpdateRequest#validFor()} interval, so the source was not contacted at all
 */
public record UpdateResult(Path dataDirectory, boolean changed, long databaseBytes, Instant skippedSince) {

    /** True if the source was not contacted because the last update is recent enough. */
    public boolean skipped() {
        return skippedSince != null;
    }
}
