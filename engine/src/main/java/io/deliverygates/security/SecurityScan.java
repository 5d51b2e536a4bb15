package io.deliverygates.security;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/** Scan, gate, and write our own reports (summary JSON, verdict HTML) next to dependency-check's. */
public final class SecurityScan {
    /** Our verdict page, next to dependency-check's reports. */
    public static final String GATE_REPORT = "security-gate.html";

    private final DependencyScanner scanner;
    private final Clock clock;

    public SecurityScan(DependencyScanner scanner, Clock clock) {
        this.scanner = scanner;
        this.clock = clock;
    }

    public SecurityScan() {
        this(new DependencyScanner(), Clock.systemUTC());
    }

    /**
     * @param reference the previous build's summary for the "new" comparison, or null
     */
    public SecurityGateResult run(ScanRequest request, SecurityPolicy policy, ScanSummary reference) {
        ScanOutcome outcome = scanner.scan(request);
        SecurityGateResult result = new SecurityGate(policy).evaluate(outcome.findings(), outcome.dependencies(),
                reference, LocalDate.now(clock), clock.instant());
        Path directory = request.reportDirectory();
        result.summary().write(directory.resolve(ScanSummary.FILE_NAME));
        new GateReportWriter().write(result, directory.resolve(GATE_REPORT));
        return result;
    }
}
