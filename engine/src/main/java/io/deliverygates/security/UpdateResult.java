package io.deliverygates.security;

import java.nio.file.Path;

/**
 * The outcome of an update.
 *
 * @param dataDirectory the data directory that was updated
 * @param changed true if new data was stored (false: the database was already current)
 * @param databaseBytes the size of the database file afterwards
 */
public record UpdateResult(Path dataDirectory, boolean changed, long databaseBytes) {
}
