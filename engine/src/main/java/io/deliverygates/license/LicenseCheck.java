package io.deliverygates.license;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Read the SBOMs, apply the gate, write the reports (HTML, JSON, summary): what the CLI and the plugin run. */
public final class LicenseCheck {
    private final SbomReader reader;
    private final Clock clock;

    public LicenseCheck(SbomReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    public LicenseCheck() {
        this(new SbomReader(), Clock.systemUTC());
    }

    /**
     * @param baseDir where relative SBOM paths and globs start
     * @param sboms SBOM files or globs
     * @param parameter the name of the SBOM parameter, for errors
     * @param reference the reference build's summary, or null
     * @param reportDirectory where {@link LicenseReport#HTML_FILE}, {@link LicenseReport#JSON_FILE} and
     *        {@link LicenseSummary#FILE_NAME} go, or null for none
     */
    public LicenseGateResult run(Path baseDir, List<String> sboms, String parameter, LicensePolicy policy,
            LicenseSummary reference, Path reportDirectory) {
        List<Sbom> read = reader.readAll(baseDir, sboms, parameter);
        LicenseGateResult result = new LicenseGate(policy).evaluate(read, reference, LocalDate.now(clock),
                clock.instant());
        if (reportDirectory != null) {
            LicenseReport.write(result, reportDirectory, "License gate: " + result.status());
            result.summary().write(reportDirectory.resolve(LicenseSummary.FILE_NAME));
        }
        return result;
    }
}
