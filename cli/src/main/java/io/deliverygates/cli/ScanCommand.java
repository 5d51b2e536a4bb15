package io.deliverygates.cli;

import io.deliverygates.common.Criticality;
import io.deliverygates.security.AllowEntry;
import io.deliverygates.security.ReportFormat;
import io.deliverygates.security.ScanRequest;
import io.deliverygates.security.ScanSummary;
import io.deliverygates.security.SecurityGateResult;
import io.deliverygates.security.SecurityPolicy;
import io.deliverygates.security.SecurityScan;
import io.deliverygates.security.Severity;
import io.deliverygates.security.SummaryText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code delivery-gates scan}: dependency scan against the database, with the security gate. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Scan files and folders for dependencies with known vulnerabilities (OWASP "
                + "dependency-check) and apply the security gate. Reads the database filled by 'update'; never "
                + "updates it. Exit code 0/1/2 = passed/unstable/failed, as 'gate'."})
final class ScanCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data-dir", required = true, paramLabel = "DIR", description = "Data directory filled by 'update'.")
    Path dataDirectory;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files and folders to scan.")
    List<Path> paths;

    @Option(names = "--max-cvss", paramLabel = "SCORE",
            description = "Highest CVSS score allowed (v3, else v4.0, else v2), 0.0-10.0; a finding without any score "
                    + "violates it too.")
    Double maxCvss;

    @Option(names = "--fail-on-severity", paramLabel = "SEVERITY",
            description = "A finding of this severity or worse violates the gate: CRITICAL, HIGH, MEDIUM, LOW, or "
                    + "UNSCORED (any finding, also one without a CVSS score). Any case.")
    String failOnSeverity;

    @Option(names = "--new-only", description = "Thresholds only look at findings new against --reference.")
    boolean newOnly;

    @Option(names = "--criticality", paramLabel = "UNSTABLE|FAILURE", defaultValue = "FAILURE",
            converter = CriticalityConverter.class, description = "What a violated threshold does: UNSTABLE (exit 1) or FAILURE (exit 2). Default: ${DEFAULT-VALUE}.")
    Criticality criticality;

    @Option(names = "--deny", split = ",", paramLabel = "ID", description = "Ids that always fail (exit 2).")
    List<String> deny = new ArrayList<>();

    @Option(names = "--allow", paramLabel = "ID=YYYY-MM-DD",
            description = "Accepted id until a date (inclusive); repeatable.")
    List<String> allow = new ArrayList<>();

    @Option(names = "--suppression", paramLabel = "FILE",
            description = "dependency-check suppression file (schema 1.4); repeatable.")
    List<Path> suppressions = new ArrayList<>();

    @Option(names = "--formats", paramLabel = "LIST", defaultValue = "html,json,sarif",
            description = "dependency-check reports to write: html, json, sarif. Default: ${DEFAULT-VALUE}.")
    String formats;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "security-reports",
            description = "Report folder; security-summary.json and security-gate.html always go there. "
                    + "Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--reference", paramLabel = "FILE",
            description = "security-summary.json of the reference build, for 'new' findings.")
    Path reference;

    @Option(names = "--summary-out", paramLabel = "FILE",
            description = "Also write the summary here (e.g. where the next build finds its reference).")
    Path summaryOut;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "project", description = "Name shown in the reports.")
    String name;

    @Option(names = "--experimental", description = "Enable dependency-check's experimental analyzers (Python, ...).")
    boolean experimental;

    @Option(names = "--network-analyzers",
            description = "Enable dependency-check's analyzers that use the network (Central, OSS Index, ...).")
    boolean networkAnalyzers;

    @Option(names = "--lock-timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "How long to wait for a running update. Default: ${DEFAULT-VALUE}.")
    long lockTimeoutSeconds;

    @Option(names = "--temp-dir", paramLabel = "DIR",
            description = "Folder for the scan's temporary files (the database copy); emptied when it ends. "
                    + "Default: the system's temporary folder.")
    Path tempDirectory;

    @Option(names = "--allow-empty",
            description = "Pass when the paths hold no dependency at all (default: that fails, exit 5, since "
                    + "nothing was checked).")
    boolean allowEmpty;

    @Mixin
    DependencyCheckLogging logging;

    @Override
    public Integer call() {
        logging.apply();
        List<AllowEntry> allowList = allow.stream().map(entry -> AllowEntry.parse("--allow", entry)).toList();
        // checked here too so that an error names the option as this user typed it
        SecurityPolicy.requireCvss("--max-cvss", maxCvss);
        Set<String> denied = deny.stream().map(id -> SecurityPolicy.requireId("--deny", id))
                .collect(java.util.stream.Collectors.toSet());
        SecurityPolicy policy = new SecurityPolicy(maxCvss,
                failOnSeverity == null ? null : Severity.parse("--fail-on-severity", failOnSeverity), newOnly,
                criticality, denied, allowList);
        ScanRequest request = new ScanRequest(dataDirectory, paths, suppressions, out,
                ReportFormat.parseList("--formats", formats), name, experimental, networkAnalyzers,
                Duration.ofSeconds(lockTimeoutSeconds), tempDirectory, allowEmpty);
        ScanSummary referenceSummary = reference == null ? null : ScanSummary.read(reference);
        SecurityGateResult result = new SecurityScan().run(request, policy, referenceSummary);
        if (summaryOut != null) {
            result.summary().write(summaryOut);
        }
        print(result, spec.commandLine().getOut());
        return ExitCodes.of(result.summary().status());
    }

    private void print(SecurityGateResult result, PrintWriter writer) {
        SummaryText.lines(result.summary()).forEach(writer::println);
        writer.println("Reports in " + out.toAbsolutePath());
    }

    /** UNSTABLE or FAILURE in any case, like --fail-on-severity. */
    static final class CriticalityConverter implements ITypeConverter<Criticality> {
        @Override
        public Criticality convert(String value) {
            return CaseInsensitive.parse(Criticality.class, value);
        }
    }
}
