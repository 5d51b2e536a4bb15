package io.deliverygates.security;

import io.deliverygates.common.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.owasp.dependencycheck.Engine;
import org.owasp.dependencycheck.data.nvdcve.DatabaseException;
import org.owasp.dependencycheck.data.update.exception.UpdateException;
import org.owasp.dependencycheck.utils.Downloader;
import org.owasp.dependencycheck.utils.Settings;

/**
 * Fills or refreshes a data directory: the only operation that writes the database. It holds the data
 * directory's {@link DatabaseLock} exclusively, so it never runs while a scan copies the database.
 *
 * <p>Fail closed: a data feed is checked first ({@link FeedCheck}); dependency-check then updates a <em>copy</em>
 * of the database in {@value #STAGING}, which replaces the database in one rename only when dependency-check
 * completed, after which the {@link UpdateMarker} is written. A failed or killed update leaves the previous
 * database and marker as they were; scans refuse a database without a marker.
 */
public final class DatabaseUpdater {
    /** dependency-check's {@link Downloader} is one per JVM: updates configure and use it one at a time. */
    static final Object DOWNLOADER = new Object();
    /** The folder inside the data directory where an update works on its copy of the database. */
    static final String STAGING = ".update-staging";

    private final Clock clock;

    public DatabaseUpdater(Clock clock) {
        this.clock = clock;
    }

    public DatabaseUpdater() {
        this(Clock.systemUTC());
    }

    public UpdateResult update(UpdateRequest request) {
        try (EngineClassLoader own = EngineClassLoader.enter()) {
            return updateWithOwnClassLoader(request);
        }
    }

    private UpdateResult updateWithOwnClassLoader(UpdateRequest request) {
        Path dataDirectory = request.dataDirectory();
        createDirectory(dataDirectory);
        Path database = dataDirectory.resolve(DependencyScanner.DATABASE_FILE);
        Path staging = dataDirectory.resolve(STAGING);
        Settings settings = null;
        try (DatabaseLock.Held held = DatabaseLock.of(dataDirectory).exclusive(request.lockTimeout())) {
            Optional<UpdateMarker> last = UpdateMarker.read(dataDirectory).filter(m -> Files.isRegularFile(database));
            Optional<UpdateMarker> current = last.filter(marker -> isCurrent(marker, request));
            if (current.isPresent()) {
                return new UpdateResult(dataDirectory, false, Files.size(database), current.get().completed());
            }
            Map<String, String> feed = request.feedUrl() == null ? Map.of()
                    : new FeedCheck(request).check(last.map(UpdateMarker::feed).orElse(Map.of()));
            DataDirectories.deleteRecursively(staging);
            Files.createDirectories(staging);
            if (last.isPresent()) {
                Files.copy(database, staging.resolve(DependencyScanner.DATABASE_FILE));
            }
            settings = DependencyCheckSettings.forUpdate(request, staging);
            boolean changed = runDependencyCheck(settings);
            // the old marker goes first: a crash between these steps leaves "not completed", never a wrong "completed"
            UpdateMarker.delete(dataDirectory);
            Files.move(staging.resolve(DependencyScanner.DATABASE_FILE), database, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            new UpdateMarker(clock.instant(), request.source(), feed).write(dataDirectory);
            return new UpdateResult(dataDirectory, changed, Files.size(database), null);
        } catch (UpdateException e) {
            throw new InputException(InputException.Problem.UNAVAILABLE, request.source(), InputException.NO_LINE,
                    "the vulnerability data could not be downloaded or read: " + DataDirectories.rootMessage(e), e);
        } catch (DatabaseException | IOException e) {
            throw new InputException(InputException.Problem.UNREADABLE, dataDirectory.toString(),
                    InputException.NO_LINE, "the database could not be written: " + DataDirectories.rootMessage(e), e);
        } finally {
            if (settings != null) {
                settings.cleanup(true);
            }
            DataDirectories.deleteRecursively(staging);
        }
    }

    /** True if the last update from the same source completed within the request's validity interval. */
    private boolean isCurrent(UpdateMarker marker, UpdateRequest request) {
        return !request.validFor().isZero() && marker.source().equals(request.source())
                && marker.completed().plus(request.validFor()).isAfter(clock.instant());
    }

    private static boolean runDependencyCheck(Settings settings) throws UpdateException, DatabaseException, IOException {
        synchronized (DOWNLOADER) {
            Downloader.getInstance().configure(settings);
            try (Engine engine = new Engine(settings)) {
                return engine.doUpdates();
            }
        }
    }

    private static void createDirectory(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new InputException(InputException.Problem.UNREADABLE, dataDirectory.toString(),
                    InputException.NO_LINE, "cannot create the data directory: " + e, e);
        }
        if (!Files.isWritable(dataDirectory)) {
            throw new InputException(InputException.Problem.UNREADABLE, dataDirectory.toString(),
                    "the data directory is not writable");
        }
    }
}
