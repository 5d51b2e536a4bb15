package io.deliverygates.cli;

import io.deliverygates.api.ApiAllowEntry;
import io.deliverygates.api.ApiCheck;
import io.deliverygates.api.ApiGateResult;
import io.deliverygates.api.ApiKind;
import io.deliverygates.api.ApiPolicy;
import io.deliverygates.api.ApiReports;
import io.deliverygates.api.ApiSummaryText;
import io.deliverygates.api.ProductionReference;
import io.deliverygates.api.Versioning;
import io.deliverygates.common.Criticality;
import io.deliverygates.ledger.ArtifactStore;
import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.Outcome;
import io.deliverygates.ledger.RecordedArtifact;
import io.deliverygates.promotion.EnvironmentChain;
import io.deliverygates.promotion.Promoter;
import io.deliverygates.promotion.PromotionRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The API compatibility gate on embedded artifacts: two tiny jars of a demo library (built by
 * {@code cli/demo-api/make-jars.sh}; 1.5.0 changes a method's parameter type in a minor release), and two OpenAPI
 * documents, the older one recorded in a demo ledger as what runs in production.
 */
final class ApiDemoPart implements DemoPart {
    private static final String RESOURCES = CoverageDemoPart.RESOURCES + "api/";
    /** A fixed clock, so that the demo's allow-list entry never expires. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

    @Override
    public String title() {
        return "API compatibility: breaking changes";
    }

    @Override
    public String directory() {
        return "api-compatibility";
    }

    @Override
    public List<Page> write(Path dir, PrintWriter out) throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        Path v14 = copy("shop-client-1.4.0.jar", inputs);
        Path v15 = copy("shop-client-1.5.0.jar", inputs);
        ApiPolicy semver = new ApiPolicy(Versioning.SEMVER, false, Criticality.FAILURE, List.of());
        run("Java library, 1.4.0 -> 1.5.0 (semver)", new ApiCheck(ApiKind.JAVA, v15, v14, null, null, null, "new",
                "reference"), semver, dir.resolve("java"), out);
        ApiPolicy accepted = new ApiPolicy(Versioning.SEMVER, false, Criticality.FAILURE, List.of(
                ApiAllowEntry.parse("demo", "com.example.shop.client.*=2027-03-31:all callers moved to Duration (ADR-12)")));
        run("Java library, the same with the breaks accepted until 2027-03-31",
                new ApiCheck(ApiKind.JAVA, v15, v14, null, null, null, "new", "reference"), accepted,
                dir.resolve("java-allowed"), out);

        FileLedger ledger = FileLedger.inFolder(Files.createDirectories(dir.resolve("ledger")));
        ArtifactStore store = ArtifactStore.besideLedger(ledger.file());
        if (ledger.events().isEmpty()) {
            RecordedArtifact spec = store.add(copy("petstore-1.0.yaml", inputs), "demo");
            Promoter promoter = new Promoter(EnvironmentChain.parse("production", "demo"), ledger, ledger, CLOCK);
            promoter.finish(promoter.begin(new PromotionRequest("production", "1.0.0", List.of(), null, null,
                    List.of(spec))), Outcome.SUCCEEDED, null);
        }
        ProductionReference.Found production = ProductionReference.find(ledger.events(), "production",
                ApiKind.OPENAPI, null, store, "demo ledger");
        run("HTTP API 1.1.0 against production (from the ledger)", new ApiCheck(ApiKind.OPENAPI,
                copy("petstore-1.1.yaml", inputs), production.file(), production.label(), null, null, "new",
                "production"), semver, dir.resolve("openapi-minor"), out);
        run("HTTP API 2.0.0 against production, versioning strict", new ApiCheck(ApiKind.OPENAPI,
                copy("petstore-2.0.json", inputs), production.file(), production.label(), null, null, "new",
                "production"), new ApiPolicy(Versioning.STRICT, false, Criticality.FAILURE, List.of()),
                dir.resolve("openapi-major"), out);
        return List.of(new Page("java/" + ApiReports.HTML_REPORT, "Java library: a break in a minor release"),
                new Page("java-allowed/" + ApiReports.HTML_REPORT, "Java library: the breaks accepted (allow list)"),
                new Page("openapi-minor/" + ApiReports.HTML_REPORT, "HTTP API: a compatible release against production"),
                new Page("openapi-major/" + ApiReports.HTML_REPORT, "HTTP API: every rule broken, versioning strict"),
                new Page("ledger/" + FileLedger.FILE_NAME, "The demo ledger with the recorded artifact"));
    }

    private static void run(String title, ApiCheck check, ApiPolicy policy, Path folder, PrintWriter out) {
        ApiGateResult result = check.run(policy, null, CLOCK);
        ApiReports.write(result, folder);
        out.println("-- " + title + " -> " + folder.getFileName() + "/" + ApiReports.HTML_REPORT);
        ApiSummaryText.lines(result.summary()).stream().limit(12).forEach(out::println);
    }

    private static Path copy(String name, Path folder) throws IOException {
        try (InputStream in = ApiDemoPart.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("demo resource missing from the jar: " + name);
            }
            Path target = folder.resolve(name);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
    }
}
