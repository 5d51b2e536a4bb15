package io.deliverygates.security;

import io.deliverygates.common.InputException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The record that the last update of a data directory completed: written last, atomically, after the updated
 * database was moved into place. Scans refuse a database without it, so an update that failed or was killed never
 * turns into a scan against half the data.
 *
 * @param completed when the update completed
 * @param source where the data came from ({@link UpdateRequest#source()})
 * @param feed the data feed's {@code cache.properties} entries as of that update (empty for the NVD API): the
 *     next update checks only the feed files whose date changed since
 */
record UpdateMarker(Instant completed, String source, Map<String, String> feed) {
    static final String FILE_NAME = "delivery-gates-update.properties";
    private static final String FEED_PREFIX = "feed.";

    UpdateMarker {
        feed = Map.copyOf(feed);
    }

    static Path file(Path dataDirectory) {
        return dataDirectory.resolve(FILE_NAME);
    }

    /** The marker of the last completed update, or empty if there is none (or it cannot be read). */
    static Optional<UpdateMarker> read(Path dataDirectory) {
        Path file = file(dataDirectory);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            Map<String, String> feed = new TreeMap<>();
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith(FEED_PREFIX)) {
                    feed.put(key.substring(FEED_PREFIX.length()), properties.getProperty(key));
                }
            }
            return Optional.of(new UpdateMarker(Instant.parse(properties.getProperty("completed")),
                    properties.getProperty("source", ""), feed));
        } catch (IOException | IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            return Optional.empty(); // an unreadable marker proves nothing: treated as "not completed"
        }
    }

    /** Removes the marker: from now on the data directory counts as "update not completed". */
    static void delete(Path dataDirectory) throws IOException {
        Files.deleteIfExists(file(dataDirectory));
    }

    /** Writes the marker to a temporary file, forces it to disk and renames it into place in one step. */
    void write(Path dataDirectory) {
        Properties properties = new Properties();
        properties.setProperty("completed", completed.toString());
        properties.setProperty("source", source);
        feed.forEach((key, value) -> properties.setProperty(FEED_PREFIX + key, value));
        Path target = file(dataDirectory);
        Path temporary = dataDirectory.resolve(FILE_NAME + ".tmp");
        try {
            StringWriter text = new StringWriter();
            properties.store(text, "written by delivery-gates update when the update completed; scans need it");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                channel.write(StandardCharsets.UTF_8.encode(text.toString()));
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new InputException(InputException.Problem.UNREADABLE, dataDirectory.toString(),
                    InputException.NO_LINE, "cannot record the completed update: " + e, e);
        }
    }
}
