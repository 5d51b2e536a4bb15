package io.deliverygates.security;

import io.deliverygates.common.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.owasp.dependencycheck.Engine;
import org.owasp.dependencycheck.data.nvdcve.DatabaseException;
import org.owasp.dependencycheck.data.update.exception.UpdateException;
import org.owasp.dependencycheck.utils.Downloader;
import org.owasp.dependencycheck.utils.Settings;

/**
 * Fills or refreshes a data directory: the only operation that writes the database. It holds the data
 * directory's {@link DatabaseLock} exclusively, so it never runs while a scan copies the database.
 */
public final class DatabaseUpdater {
    /** dependency-check's {@link Downloader} is one per JVM: updates configure and use it one at a time. */
    static final Object DOWNLOADER = new Object();

    public UpdateResult update(UpdateRequest request) {
        try (EngineClassLoader own = EngineClassLoader.enter()) {
            return updateWithOwnClassLoader(request);
        }
    }

    private UpdateResult updateWithOwnClassLoader(UpdateRequest request) {
        Path dataDirectory = request.dataDirectory();
        createDirectory(dataDirectory);
        Settings settings = DependencyCheckSettings.forUpdate(request);
        try (DatabaseLock.Held held = DatabaseLock.of(dataDirectory).exclusive(request.lockTimeout())) {
            synchronized (DOWNLOADER) {
                Downloader.getInstance().configure(settings);
                try (Engine engine = new Engine(settings)) {
                    boolean changed = engine.doUpdates();
                    return new UpdateResult(dataDirectory, changed, Files.size(DataDirectories.databaseFile(settings)));
                }
            }
        } catch (UpdateException e) {
            throw new InputException(InputException.Problem.UNAVAILABLE, request.source(), InputException.NO_LINE,
                    "the vulnerability data could not be downloaded or read: " + DataDirectories.rootMessage(e), e);
        } catch (DatabaseException | IOException e) {
            throw new InputException(InputException.Problem.UNREADABLE, dataDirectory.toString(),
                    InputException.NO_LINE, "the database could not be written: " + DataDirectories.rootMessage(e), e);
        } finally {
            settings.cleanup(true);
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
