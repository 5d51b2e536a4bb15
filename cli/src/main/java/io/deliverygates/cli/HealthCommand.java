package io.deliverygates.cli;

import io.deliverygates.common.InputException;
import io.deliverygates.health.AnalysisRunner;
import io.deliverygates.health.AnalysisSpec;
import io.deliverygates.health.BodyCondition;
import io.deliverygates.health.DeploymentRef;
import io.deliverygates.health.HealthGuard;
import io.deliverygates.health.HttpProbe;
import io.deliverygates.health.IncidentBook;
import io.deliverygates.health.ProbeSpec;
import io.deliverygates.health.StatusCodes;
import io.deliverygates.health.Verdict;
import io.deliverygates.ledger.BuildRef;
import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.Outcome;
import io.deliverygates.promotion.DeploymentHistory;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code health}: an Argo-style analysis of a deployment's health endpoint, rolling back when it fails. */
@Command(name = "health", sortOptions = false,
        description = {"Probes a health endpoint repeatedly and decides whether the deployment is healthy. On failure "
                + "runs --rollback-command and, with --ledger, records the verdict, the rollback and an incident. "
                + "See docs/promotion-and-rollback.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:healthy",
            " 2:unhealthy: more failing responses than --failure-limit, or more errors in a row (refused, timed out,"
                    + " TLS failure) than --consecutive-error-limit; the rollback command ran, if given. Or aborted.",
            " 3:usage error",
            " 4:the --ca-cert file does not exist; or, with --ledger, there is no ledger there, or it holds no"
                    + " deployment to judge in --environment (name one with --version or --deployment)",
            " 9:the ledger cannot be read or written",
            "10:inconclusive: --success-threshold not reached, or no measurement passed while neither limit was"
                    + " exceeded (rolled back only with --rollback-on-inconclusive)"
        })
final class HealthCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    // The probe.
    @Option(names = "--url", required = true, paramLabel = "URL", description = "The http(s) health endpoint.")
    URI url;

    @Option(names = "--method", defaultValue = "GET", paramLabel = "METHOD", description = "GET or HEAD (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--expect-status", defaultValue = "200-299", paramLabel = "CODES",
            description = "Healthy status codes, e.g. 200-299,304 (default: ${DEFAULT-VALUE}).")
    String expectStatus;

    @Option(names = "--body", paramLabel = "CONDITION",
            description = "contains:TEXT, regex:PATTERN or json:/POINTER=VALUE (e.g. json:/status=UP).")
    String body;

    @Option(names = "--timeout", defaultValue = "5s", paramLabel = "DURATION", converter = Converters.DurationConverter.class,
            description = "Per request, body included (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--header", paramLabel = "'NAME: VALUE'",
            description = "A request header (repeatable). Values are never printed; prefer --header-from-env for "
                    + "secrets, as command lines are visible to other users of the machine.")
    List<String> headers = new ArrayList<>();

    @Option(names = "--header-from-env", paramLabel = "NAME=VARIABLE",
            description = "A request header whose value is read from an environment variable (repeatable).")
    List<String> headersFromEnv = new ArrayList<>();

    @Option(names = "--ca-cert", paramLabel = "PEM", description = "Trust these PEM certificates for https.")
    Path caCert;

    @Option(names = "--insecure", description = "Accept any TLS certificate and host name (prints a warning).")
    boolean insecure;

    // The analysis.
    @Option(names = "--initial-delay", defaultValue = "0s", paramLabel = "DURATION", converter = Converters.DurationConverter.class,
            description = "Wait before the first measurement (default: ${DEFAULT-VALUE}).")
    Duration initialDelay;

    @Option(names = "--interval", defaultValue = "10s", paramLabel = "DURATION", converter = Converters.DurationConverter.class,
            description = "Between the starts of two measurements, more than 0 (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--count", paramLabel = "N",
            description = "Number of measurements, at least 1 (neither --count nor --duration: 1).")
    Integer count;

    @Option(names = "--duration", paramLabel = "DURATION", converter = Converters.DurationConverter.class,
            description = "Measure for this long after the first measurement (more than 0).")
    Duration duration;

    @Option(names = "--success-threshold", defaultValue = "0", paramLabel = "N",
            description = "Succeed early after N passes in a row; without them by the end: inconclusive (0: off).")
    int successThreshold;

    @Option(names = "--failure-limit", defaultValue = "0", paramLabel = "N",
            description = "Fail when more than N measurements failed (default: ${DEFAULT-VALUE}).")
    int failureLimit;

    @Option(names = "--consecutive-error-limit", defaultValue = "4", paramLabel = "N",
            description = "Fail (and roll back) when more than N measurements in a row errored: refused, timed out, "
                    + "TLS failure (default: ${DEFAULT-VALUE}).")
    int consecutiveErrorLimit;

    // What to do and record.
    @Option(names = "--rollback-command", paramLabel = "CMD",
            description = "Shell command (sh -c) to run when the analysis fails.")
    String rollbackCommand;

    @Option(names = "--rollback-on-inconclusive", description = "Also roll back on an inconclusive analysis.")
    boolean rollbackOnInconclusive;

    @Option(names = "--ledger", paramLabel = "DIR",
            description = "Record the verdict in this ledger, which must exist (promote or ledger import creates it).")
    Path ledger;

    @Option(names = "--environment", paramLabel = "ENV", description = "The environment (needed with --ledger).")
    String environment;

    @Option(names = "--deployment", paramLabel = "ID",
            description = "The deployment checked (default: the latest to --environment, of --version if given).")
    String deploymentId;

    @Option(names = "--version", paramLabel = "VERSION", description = "The version checked.")
    String version;

    @Option(names = "--build", paramLabel = "JOB#NUMBER", converter = Converters.BuildConverter.class,
            description = "The CI build running the check.")
    BuildRef build;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        positive("--count", count == null || count > 0);
        positive("--interval", !interval.isZero());
        positive("--duration", duration == null || !duration.isZero());
        AnalysisSpec analysis = new AnalysisSpec(initialDelay, interval, count == null ? 0 : count, duration,
                successThreshold, failureLimit, consecutiveErrorLimit);
        ProbeSpec probeSpec = new ProbeSpec(url, method, StatusCodes.parse(expectStatus, "--expect-status"),
                body == null ? null : BodyCondition.parse(body, "--body"), timeout, headers(), caPem(), !insecure);
        HttpProbe probe = new HttpProbe(probeSpec, Clock.systemUTC());
        probe.warnings().forEach(warning -> out.println("WARNING: " + warning));
        out.println("Analysing " + probeSpec);

        FileLedger file = ledger == null ? null : existingLedger();
        DeploymentRef deployment = deployment(file);
        HealthGuard guard = new HealthGuard(AnalysisRunner.realTime(),
                file == null ? null : new IncidentBook(file, file, Clock.systemUTC()), Clock.systemUTC());
        HealthGuard.Result result;
        try {
            result = guard.check(analysis, probe, url.toString(), deployment, build,
                    rollbackCommand == null ? null : this::rollBack,
                    rollbackOnInconclusive, measurement -> {
                        out.println("  " + measurement.describe());
                        out.flush();
                    });
        } catch (IOException e) {
            throw LedgerOption.unusable(ledger, e);
        }
        Verdict verdict = result.verdict();
        out.println(verdict.explain());
        result.rollbackOutcome().ifPresent(outcome -> out.println(outcome == Outcome.SUCCEEDED
                ? "Rolled back." : "The rollback FAILED: the service may still run the bad version."));
        if (result.rollbackOutcome().isEmpty() && rollbackCommand == null
                && HealthGuard.shouldRollBack(verdict.outcome(), rollbackOnInconclusive)) {
            out.println("No --rollback-command given: nothing was rolled back.");
        }
        switch (verdict.outcome()) {
            case SUCCEEDED:
                return ExitCodes.PASSED;
            case INCONCLUSIVE:
                return InputException.Problem.UNAVAILABLE.exitCode();
            default:
                return ExitCodes.FAILED;
        }
    }

    private boolean rollBack() throws IOException, InterruptedException {
        spec.commandLine().getOut().println("Rolling back: " + rollbackCommand);
        int exit = ExternalCommand.runShell(rollbackCommand, spec.commandLine().getOut());
        if (exit != 0) {
            spec.commandLine().getErr().println("delivery-gates: the rollback command exited with " + exit);
        }
        return exit == 0;
    }

    private DeploymentRef deployment(FileLedger file) {
        if (file == null) {
            return new DeploymentRef(environment == null ? "unknown" : environment, version, deploymentId);
        }
        if (environment == null) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, "--environment",
                    "is required with --ledger (the incident is opened in that environment)");
        }
        DeploymentHistory history;
        try {
            history = new DeploymentHistory(file.events());
        } catch (IOException e) {
            throw LedgerOption.unusable(ledger, e);
        }
        return DeploymentRef.findRecorded(history, environment, version, deploymentId, "--deployment",
                file.file().toString());
    }

    /** A zero (or negative) count, interval or duration is a mistake, not "unset": it is refused. */
    private static void positive(String option, boolean valid) {
        if (!valid) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, option, "must be more than 0");
        }
    }

    /**
     * The ledger to record in. It must exist already: health records verdicts about deployments that promote
     * (or an import) recorded, so a mistyped or empty path is an error, never a new ledger.
     */
    private FileLedger existingLedger() {
        if (environment == null) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, "--environment",
                    "is required with --ledger (the incident is opened in that environment)");
        }
        if (ledger.toString().isBlank()) {
            throw new InputException(InputException.Problem.NOT_FOUND, "--ledger",
                    "empty path: no ledger to record the verdict on environment '" + environment + "' in");
        }
        FileLedger file = LedgerOption.at(ledger);
        if (!Files.isRegularFile(file.file())) {
            throw new InputException(InputException.Problem.NOT_FOUND, "--ledger " + ledger,
                    "no ledger at " + file.file() + " to record the verdict on environment '" + environment
                            + "' in (health records into a ledger that promote or ledger import created)");
        }
        return file;
    }

    private Map<String, String> headers() {
        Map<String, String> all = new LinkedHashMap<>();
        for (String header : headers) {
            int colon = header.indexOf(':');
            if (colon <= 0) {
                throw new InputException(InputException.Problem.INVALID_PARAMETER, "--header",
                        "expected 'NAME: VALUE' (the value is not shown here)");
            }
            all.put(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
        }
        for (String header : headersFromEnv) {
            String[] nameAndVariable = header.split("=", 2);
            String value = nameAndVariable.length == 2 ? System.getenv(nameAndVariable[1]) : null;
            if (value == null) {
                throw new InputException(InputException.Problem.INVALID_PARAMETER, "--header-from-env",
                        "'" + header + "' is not NAME=VARIABLE with a set environment variable");
            }
            all.put(nameAndVariable[0].trim(), value);
        }
        return all;
    }

    private String caPem() throws IOException {
        if (caCert == null) {
            return null;
        }
        try {
            return Files.readString(caCert, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new InputException(InputException.Problem.NOT_FOUND, "--ca-cert " + caCert, "no such file");
        }
    }
}
