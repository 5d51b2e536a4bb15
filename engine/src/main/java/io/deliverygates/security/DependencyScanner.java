package io.deliverygates.security;

import io.deliverygates.common.InputException;
import io.github.jeremylong.openvulnerability.client.nvd.CvssV2;
import io.github.jeremylong.openvulnerability.client.nvd.CvssV3;
import io.github.jeremylong.openvulnerability.client.nvd.CvssV4;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.owasp.dependencycheck.Engine;
import org.owasp.dependencycheck.data.nvdcve.DatabaseException;
import org.owasp.dependencycheck.dependency.Dependency;
import org.owasp.dependencycheck.dependency.Vulnerability;
import org.owasp.dependencycheck.dependency.naming.Identifier;
import org.owasp.dependencycheck.dependency.naming.PurlIdentifier;
import org.owasp.dependencycheck.exception.ExceptionCollection;
import org.owasp.dependencycheck.exception.InitializationException;
import org.owasp.dependencycheck.xml.suppression.SuppressionRule;
import org.owasp.dependencycheck.exception.ReportException;
import org.owasp.dependencycheck.utils.Downloader;
import org.owasp.dependencycheck.utils.Settings;

/**
 * Scans files with dependency-check's {@link Engine} against a database filled by {@link DatabaseUpdater}. Never
 * updates. Each scan gets its own temporary dependency-check data directory (lock files, caches) and reads the
 * shared database through {@code data.h2.directory}: dependency-check copies it at start, under our shared
 * {@link DatabaseLock}, so concurrent scans do not wait for each other, and only an update excludes them.
 */
public final class DependencyScanner {
    /** dependency-check's default {@code data.file_name}. */
    static final String DATABASE_FILE = "odc.mv.db";

    public ScanOutcome scan(ScanRequest request) {
        try (EngineClassLoader own = EngineClassLoader.enter()) {
            return scanWithOwnClassLoader(request);
        }
    }

    private ScanOutcome scanWithOwnClassLoader(ScanRequest request) {
        Path dataDirectory = request.dataDirectory();
        List<SuppressionRule> userRules = requireInputs(request);
        Path database = requireDatabase(dataDirectory);
        try (ScanFolder folder = ScanFolder.create(request.tempDirectory())) {
            return scan(request, userRules, database, folder.path());
        }
    }

    private ScanOutcome scan(ScanRequest request, List<SuppressionRule> userRules, Path database, Path scanDirectory) {
        Path dataDirectory = request.dataDirectory();
        Settings settings = DependencyCheckSettings.forScan(request, scanDirectory);
        Engine engine = null;
        boolean indexEntered = false;
        try {
            boolean waited;
            String databaseKey;
            try (DatabaseLock.Held held = DatabaseLock.of(dataDirectory).shared(request.lockTimeout())) {
                requireCompletedUpdate(dataDirectory); // again under the lock: an update may have failed meanwhile
                databaseKey = database.toAbsolutePath() + "@" + Files.getLastModifiedTime(database).toMillis();
                engine = new Engine(settings);
                // Copies the database into this scan's temp folder; our shared lock replaces dependency-check's.
                engine.openDatabase(true, false);
                waited = held.waited();
            }
            if (request.networkAnalyzers()) {
                // The network analyzers download through dependency-check's JVM-wide Downloader.
                synchronized (DatabaseUpdater.DOWNLOADER) {
                    Downloader.getInstance().configure(settings);
                }
            }
            waited |= CpeIndexSharing.enter(databaseKey);
            indexEntered = true;
            SuppressionRules.install(engine, userRules);
            engine.scan(request.paths().stream().map(Path::toFile).toList());
            List<String> warnings = analyze(engine, dataDirectory);
            Dependency[] dependencies = engine.getDependencies();
            if (dependencies.length == 0 && !request.allowEmpty()) {
                throw new InputException(InputException.Problem.EMPTY, describe(request.paths()),
                        "no dependencies found in the scanned paths, so nothing was checked (allow an empty scan "
                                + "explicitly, --allow-empty / allowEmpty, if this project may have none)");
            }
            List<Finding> findings = findings(dependencies);
            List<Path> reports = writeReports(engine, request, findings);
            return new ScanOutcome(findings, dependencies.length, reports, warnings, waited);
        } catch (DatabaseException e) {
            throw new InputException(InputException.Problem.UNAVAILABLE, dataDirectory.toString(),
                    InputException.NO_LINE, "the vulnerability database cannot be opened (run the update again): "
                            + DataDirectories.rootMessage(e), e);
        } catch (IOException e) {
            throw new InputException(InputException.Problem.UNREADABLE, dataDirectory.toString(),
                    InputException.NO_LINE, DataDirectories.rootMessage(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(InputException.Problem.UNAVAILABLE, dataDirectory.toString(),
                    "interrupted while waiting for the database");
        } finally {
            if (engine != null) {
                engine.close();
            }
            if (indexEntered) {
                CpeIndexSharing.exit();
            }
            settings.cleanup(true);
        }
    }

    private static String describe(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(", "));
    }

    /** Checks what the scan reads before anything starts; returns the user's suppression rules. */
    private static List<SuppressionRule> requireInputs(ScanRequest request) {
        if (request.paths().isEmpty()) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, "paths", "nothing to scan");
        }
        for (Path path : request.paths()) {
            if (!Files.exists(path)) {
                throw new InputException(InputException.Problem.NOT_FOUND, path.toString(), "nothing to scan there");
            }
            Archives.requireReadable(path);
        }
        List<SuppressionRule> userRules = new ArrayList<>();
        for (Path file : request.suppressionFiles()) {
            userRules.addAll(SuppressionFiles.check(file));
        }
        return userRules;
    }

    private static Path requireDatabase(Path dataDirectory) {
        Path database = dataDirectory.resolve(DATABASE_FILE);
        if (!Files.isRegularFile(database)) {
            throw new InputException(InputException.Problem.UNAVAILABLE, dataDirectory.toString(),
                    "no vulnerability database in this data directory: run the update first "
                            + "(delivery-gates update --data-dir " + dataDirectory + " ...)");
        }
        requireCompletedUpdate(dataDirectory);
        return database;
    }

    /** A database whose last update did not complete may hold part of the data: never scanned against. */
    private static void requireCompletedUpdate(Path dataDirectory) {
        if (UpdateMarker.read(dataDirectory).isEmpty()) {
            throw new InputException(InputException.Problem.UNAVAILABLE, dataDirectory.toString(),
                    "the last update of this data directory did not complete (no " + UpdateMarker.FILE_NAME
                            + "), so the database may miss vulnerabilities: run the update again "
                            + "(delivery-gates update --data-dir " + dataDirectory + " ...)");
        }
    }

    /** Runs the analysis; fatal problems become an InputException, the others are returned as warnings. */
    private static List<String> analyze(Engine engine, Path dataDirectory) {
        try {
            engine.analyzeDependencies();
            return List.of();
        } catch (ExceptionCollection e) {
            if (e.isFatal()) {
                throw new InputException(InputException.Problem.UNAVAILABLE, dataDirectory.toString(),
                        InputException.NO_LINE, "the scan could not run: " + DataDirectories.rootMessage(e), e);
            }
            // An analyzer that could not start (the CPE analyzer, say) means dependencies were not matched to
            // vulnerabilities: dependency-check goes on without it, a scan that found nothing must not pass.
            for (Throwable problem : e.getExceptions()) {
                if (problem instanceof InitializationException) {
                    throw new InputException(InputException.Problem.UNAVAILABLE, dataDirectory.toString(),
                            InputException.NO_LINE, "the scan could not run, an analyzer did not start: "
                                    + DataDirectories.rootMessage(problem), problem);
                }
            }
            return e.getExceptions().stream().map(DataDirectories::rootMessage).toList();
        }
    }

    private static List<Finding> findings(Dependency[] dependencies) {
        List<FoundIn> found = new ArrayList<>();
        for (Dependency dependency : dependencies) {
            String packageId = packageId(dependency);
            for (Vulnerability vulnerability : dependency.getVulnerabilities(true)) {
                found.add(new FoundIn(toFinding(dependency, packageId, vulnerability, false), dependency));
            }
            for (Vulnerability vulnerability : dependency.getSuppressedVulnerabilities(true)) {
                found.add(new FoundIn(toFinding(dependency, packageId, vulnerability, true), dependency));
            }
        }
        found.sort(Comparator.comparing(FoundIn::finding, Finding.WORST_FIRST));
        // A shaded jar is one file that dependency-check reports as several dependencies (one per bundled
        // package), each matching the same CVEs: a CVE counts once per file, with its worst finding.
        Map<String, Finding> once = new LinkedHashMap<>();
        found.forEach(f -> once.putIfAbsent(f.finding().id() + "@" + f.file() + "@" + f.finding().suppressed(),
                f.finding()));
        return List.copyOf(once.values());
    }

    /**
     * A finding and the file it is in: dependency-check names a package bundled in a shaded jar
     * {@code "<jar> (shaded: group:artifact:version)"}, and its file is the jar's.
     */
    private record FoundIn(Finding finding, String file) {
        private static final Pattern SHADED = Pattern.compile(" \\(shaded: [^)]*\\)$");

        FoundIn(Finding finding, Dependency dependency) {
            this(finding, SHADED.matcher(dependency.getDisplayFileName()).replaceFirst(""));
        }
    }

    /**
     * CVSS v3 when the database has it, else v4.0 (the only score of many CVEs the NVD has not analysed, written by
     * their CNA), else v2: the score and the version it came from.
     */
    static Finding toFinding(Dependency dependency, String packageId, Vulnerability vulnerability, boolean suppressed) {
        CvssV3 v3 = vulnerability.getCvssV3();
        CvssV4 v4 = vulnerability.getCvssV4();
        CvssV2 v2 = vulnerability.getCvssV2();
        String name = dependency.getDisplayFileName();
        if (v3 != null && v3.getCvssData() != null && v3.getCvssData().getBaseScore() != null) {
            double score = v3.getCvssData().getBaseScore();
            return new Finding(vulnerability.getName(), name, packageId, score, ScoreSource.CVSS_V3,
                    Severity.ofCvssV3(score), v3.getCvssData().getVectorString(), suppressed);
        }
        if (v4 != null && v4.getCvssData() != null && v4.getCvssData().getBaseScore() != null) {
            double score = v4.getCvssData().getBaseScore();
            // CVSS v4.0 names the same qualitative bands as v3 (9.0 critical, 7.0 high, 4.0 medium)
            return new Finding(vulnerability.getName(), name, packageId, score, ScoreSource.CVSS_V4,
                    Severity.ofCvssV3(score), v4.getCvssData().getVectorString(), suppressed);
        }
        if (v2 != null && v2.getCvssData() != null && v2.getCvssData().getBaseScore() != null) {
            double score = v2.getCvssData().getBaseScore();
            // dependency-check rebuilds v2 vectors with a leading '/', which is not the NVD's notation
            String vector = String.valueOf(v2.getCvssData().getVectorString()).replaceFirst("^/", "");
            return new Finding(vulnerability.getName(), name, packageId, score, ScoreSource.CVSS_V2,
                    Severity.ofCvssV2(score), vector, suppressed);
        }
        return new Finding(vulnerability.getName(), name, packageId, 0, ScoreSource.NONE, Severity.UNSCORED, "",
                suppressed);
    }

    private static String packageId(Dependency dependency) {
        return dependency.getSoftwareIdentifiers().stream().filter(PurlIdentifier.class::isInstance)
                .map(Identifier::getValue).sorted().findFirst().orElse("");
    }

    private static List<Path> writeReports(Engine engine, ScanRequest request, List<Finding> findings) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(request.reportDirectory());
            for (ReportFormat format : request.formats()) {
                engine.writeReports(request.applicationName(), request.reportDirectory().toFile(), format.name(),
                        null);
                Path report = request.reportDirectory().resolve(format.fileName());
                if (format == ReportFormat.SARIF) {
                    SarifLevels.apply(report, findings);
                }
                written.add(report);
            }
            return written;
        } catch (IOException | ReportException e) {
            throw new InputException(InputException.Problem.UNREADABLE, request.reportDirectory().toString(),
                    InputException.NO_LINE, "cannot write the reports: " + DataDirectories.rootMessage(e), e);
        }
    }
}
