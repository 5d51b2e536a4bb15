package io.deliverygates.cli;

import io.deliverygates.api.ApiAllowEntry;
import io.deliverygates.api.ApiCheck;
import io.deliverygates.api.ApiComparators;
import io.deliverygates.api.ApiGateResult;
import io.deliverygates.api.ApiKind;
import io.deliverygates.api.ApiPolicy;
import io.deliverygates.api.ApiReports;
import io.deliverygates.api.ApiSummary;
import io.deliverygates.api.ApiSummaryText;
import io.deliverygates.api.ProductionReference;
import io.deliverygates.api.Versioning;
import io.deliverygates.common.Criticality;
import io.deliverygates.common.InputException;
import io.deliverygates.common.TextFiles;
import io.deliverygates.ledger.ArtifactStore;
import io.deliverygates.ledger.FileLedger;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code delivery-gates api}: breaking-change detection of a jar or an OpenAPI document against a reference. */
@Command(name = "api", aliases = "compat", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"API compatibility gate: lists the breaking changes of a jar (japicmp) or an OpenAPI 3 "
                + "document (openapi-diff) against a reference file, or against what runs in production according "
                + "to the deployment ledger, and applies semantic versioning. See docs/api-compatibility.md.",
            "Exit code: 0 passed, 1 unstable, 2 failed, 3-10 usage or input problem."},
        footer = {"", "Examples:",
            "  delivery-gates api --new target/shop-client-1.5.0.jar --reference shop-client-1.4.0.jar",
            "  delivery-gates api --new openapi.yaml --reference production --ledger /var/ledger \\",
            "      --allow 'GET /pets *status=2027-03-31:mobile app 3.2 never sends sold' --json"})
final class ApiCommand implements Callable<Integer> {
    static final String PRODUCTION = "production";

    @Spec
    CommandSpec spec;

    @Option(names = "--new", required = true, paramLabel = "FILE", description = "The new jar or OpenAPI document.")
    Path candidate;

    @Option(names = "--reference", paramLabel = "FILE|production",
            description = "The jar or document to compare against, or 'production': the artifact recorded with the "
                    + "last successful deployment to --environment in --ledger. Default: production when --ledger is "
                    + "given.")
    String reference;

    @Option(names = "--ledger", paramLabel = "DIR", description = "Ledger folder (or .jsonl file) for --reference production.")
    Path ledger;

    @Option(names = "--environment", paramLabel = "ENV", defaultValue = PRODUCTION,
            description = "The environment whose running version is the reference. Default: ${DEFAULT-VALUE}.")
    String environment;

    @Option(names = "--reference-artifact", paramLabel = "NAME",
            description = "The recorded artifact's file name, when the deployment recorded several of the kind.")
    String referenceArtifact;

    @Option(names = "--allow-no-production",
            description = "Pass (with a note) when the ledger has no successful deployment yet: a first release.")
    boolean allowNoProduction;

    @Option(names = "--kind", paramLabel = "java|openapi",
            description = "What is compared. Default: told by --new's file name (.jar; .json/.yaml/.yml).")
    String kind;

    @Option(names = "--versioning", paramLabel = "semver|strict", defaultValue = "semver",
            description = "semver: breaks need a major, additions a minor release; strict: no break at all. "
                    + "Default: ${DEFAULT-VALUE}.")
    String versioning;

    @Option(names = "--reference-version", paramLabel = "VERSION",
            description = "The reference's version (default: from the jar / info.version / the ledger).")
    String referenceVersion;

    @Option(names = "--new-version", paramLabel = "VERSION",
            description = "The new version (default: from the jar / info.version).")
    String candidateVersion;

    @Option(names = "--criticality", paramLabel = "UNSTABLE|FAILURE", defaultValue = "FAILURE",
            description = "What a violation does: UNSTABLE (exit 1) or FAILURE (exit 2). Default: ${DEFAULT-VALUE}.")
    Criticality criticality;

    @Option(names = "--allow", paramLabel = "LOCATION=YYYY-MM-DD:REASON",
            description = "An accepted break (location or 'RULE location', * matches anything) until a date; "
                    + "repeatable.")
    List<String> allow = new ArrayList<>();

    @Option(names = "--allow-file", paramLabel = "FILE",
            description = "Accepted breaks, one LOCATION=YYYY-MM-DD:REASON per line (# starts a comment).")
    Path allowFile;

    @Option(names = "--new-only", description = "Only breaking changes new against --reference-summary count.")
    boolean newOnly;

    @Option(names = "--reference-summary", paramLabel = "FILE",
            description = "api-summary.json of the reference build, for --new-only.")
    Path referenceSummary;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "api-reports",
            description = "Report folder (api-summary.json, api-compatibility.json, api-compatibility.html). "
                    + "Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--summary-out", paramLabel = "FILE",
            description = "Also write the summary here (e.g. where the next build finds its reference).")
    Path summaryOut;

    @Option(names = "--json", description = "Print the full report as JSON instead of text.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        ApiPolicy policy = new ApiPolicy(Versioning.parse("--versioning", versioning), newOnly, criticality,
                allowList());
        ApiKind actualKind = ApiComparators.kindOf(kind == null ? null : ApiKind.parse("--kind", kind), candidate,
                "--kind");
        if (newOnly && referenceSummary == null) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, "--new-only",
                    "needs --reference-summary (the reference build's api-summary.json)");
        }
        ApiSummary previous = referenceSummary == null ? null : ApiSummary.read(referenceSummary);
        PrintWriter console = spec.commandLine().getOut();
        ApiCheck check;
        if (ledger != null && (reference == null || PRODUCTION.equals(reference))) {
            Optional<ProductionReference.Found> found = production(actualKind);
            if (found.isEmpty()) {
                console.println("API compatibility: PASSED without a comparison: nothing has been deployed to "
                        + environment + " yet (--allow-no-production)");
                return ExitCodes.PASSED;
            }
            ProductionReference.Found production = found.get();
            check = new ApiCheck(actualKind, candidate, production.file(), production.label(),
                    referenceVersion != null ? referenceVersion : production.deployment().version(), candidateVersion,
                    "--new", "--reference production");
        } else if (reference == null || PRODUCTION.equals(reference)) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, "--reference",
                    "give the reference file, or --ledger to compare against what runs in " + environment);
        } else {
            check = new ApiCheck(actualKind, candidate, Path.of(reference), null, referenceVersion, candidateVersion,
                    "--new", "--reference");
        }
        ApiGateResult result = check.run(policy, previous, Clock.systemUTC());
        ApiReports.write(result, out);
        if (summaryOut != null) {
            result.summary().write(summaryOut);
        }
        if (json) {
            console.println(ApiReports.json(result));
        } else {
            ApiSummaryText.lines(result.summary()).forEach(console::println);
            console.println("Reports in " + out.toAbsolutePath());
        }
        console.flush();
        return ExitCodes.of(result.summary().status());
    }

    private Optional<ProductionReference.Found> production(ApiKind actualKind) {
        FileLedger file = FileLedger.at(ledger);
        String source = "--ledger " + ledger;
        try {
            Optional<ProductionReference.Found> found = ProductionReference.lookup(file.events(), environment,
                    actualKind, referenceArtifact, ArtifactStore.besideLedger(file.file()), source);
            if (found.isEmpty() && !allowNoProduction) {
                throw new InputException(InputException.Problem.NOT_FOUND, source, "no successful deployment to "
                        + environment + " in the ledger, so nothing to compare against (--allow-no-production "
                        + "passes a first release)");
            }
            return found;
        } catch (IOException e) {
            throw LedgerOption.unusable(ledger, e);
        }
    }

    private List<ApiAllowEntry> allowList() throws IOException {
        List<ApiAllowEntry> entries = new ArrayList<>();
        allow.forEach(text -> entries.add(ApiAllowEntry.parse("--allow", text)));
        if (allowFile != null) {
            List<String> lines = TextFiles.readUtf8(allowFile, "--allow-file " + allowFile, "the allow file", true)
                    .lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    entries.add(ApiAllowEntry.parse(InputException.Problem.MALFORMED, allowFile + ":" + (i + 1), line));
                }
            }
        }
        return entries;
    }
}
