package io.jenkins.plugins.deliverygates.security;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import io.deliverygates.common.InputException;
import io.deliverygates.security.ScanSummary;
import io.jenkins.plugins.deliverygates.GateAction;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The security scan's outcome, kept with the build: the status and the names of the archived reports in
 * {@code build.xml}, and the engine's full summary JSON (every finding; it can be large) in its own file in the
 * build's directory, {@value #SUMMARY_FILE}, read only when a page or the next build's comparison needs it. Kept as
 * the engine's JSON so its format stays the engine's, independent of XStream.
 */
public final class SecurityScanAction extends GateAction {
    private static final Logger LOGGER = Logger.getLogger(SecurityScanAction.class.getName());
    /** Where the reports are archived, below the build's artifacts. */
    public static final String ARTIFACT_FOLDER = "security";
    /** The summary's file in the build's directory. */
    static final String SUMMARY_FILE = "delivery-gates-security-summary.json";

    /** Builds recorded before the summary had its own file kept it here; read, never written any more. */
    @Deprecated
    private String summaryJson;
    /** The archived report files (names in {@link #ARTIFACT_FOLDER}): what {@code formats} produced. */
    private final List<String> reports;

    private transient SoftReference<ScanSummary> summary;

    /** Writes the summary file into the build's directory. */
    public SecurityScanAction(Run<?, ?> run, ScanSummary summary, @CheckForNull String referenceBuildId,
            List<String> reports) throws IOException {
        super(summary.status(), referenceBuildId);
        this.reports = new ArrayList<>(reports); // a plain list: XStream writes it into build.xml
        Files.writeString(summaryFile(run), summary.toJson(), StandardCharsets.UTF_8);
        this.summary = new SoftReference<>(summary);
    }

    private static java.nio.file.Path summaryFile(Run<?, ?> run) {
        return new File(run.getRootDir(), SUMMARY_FILE).toPath();
    }

    /** The stored summary, or null if it cannot be read (then later builds have no reference). */
    public @CheckForNull ScanSummary getSummary() {
        ScanSummary cached = summary == null ? null : summary.get();
        if (cached != null) {
            return cached;
        }
        String json = getSummaryJson();
        if (json == null) {
            return null;
        }
        try {
            cached = ScanSummary.fromJson(json, source());
            summary = new SoftReference<>(cached);
            return cached;
        } catch (InputException e) {
            LOGGER.log(Level.WARNING, "Ignoring the stored security summary: {0}", e.getMessage());
            return null;
        }
    }

    /** The summary JSON from the build's file (or, for older builds, from build.xml); null when there is none. */
    @CheckForNull String getSummaryJson() {
        if (summaryJson != null) {
            return summaryJson;
        }
        Run<?, ?> run = getOwner();
        if (run == null) {
            return null;
        }
        try {
            return Files.readString(summaryFile(run), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Cannot read the security summary of " + run, new UncheckedIOException(e));
            return null;
        }
    }

    /** The archived reports whose format a browser shows (HTML), by file name. */
    public List<String> getHtmlReports() {
        return reports == null ? List.of() : reports.stream().filter(name -> name.endsWith(".html")).toList();
    }

    /** A report's label for the build page. */
    public String label(String report) {
        return switch (report) {
            case "security-gate.html" -> Messages.SecurityScanAction_GateReport();
            case "dependency-check-report.html" -> Messages.SecurityScanAction_DependencyCheckReport();
            default -> report;
        };
    }

    @Override
    public String getDisplayName() {
        return Messages.SecurityScanAction_DisplayName();
    }
}
