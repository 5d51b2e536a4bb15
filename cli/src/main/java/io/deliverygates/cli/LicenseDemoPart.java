package io.deliverygates.cli;

import io.deliverygates.license.ComponentException;
import io.deliverygates.license.LicenseGate;
import io.deliverygates.license.LicenseGateResult;
import io.deliverygates.license.LicenseNormalizer.Combination;
import io.deliverygates.license.LicensePolicy;
import io.deliverygates.license.LicenseReport;
import io.deliverygates.license.LicenseSummary;
import io.deliverygates.license.RuleAction;
import io.deliverygates.license.Sbom;
import io.deliverygates.license.SbomReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The license gate on two real SBOMs embedded in the jar: a Maven service's CycloneDX SBOM, "new only" against the
 * previous release (the same SBOM without the MySQL driver the new release adds), once without and once with a
 * legal exception for that driver; and an npm project's SPDX SBOM under an allow-list-only policy. The day is fixed
 * (the SBOMs' day), so the exception's expiry reads the same on every run.
 */
final class LicenseDemoPart implements DemoPart {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    static final String MYSQL = "pkg:maven/com.mysql/mysql-connector-j";

    @Override
    public String title() {
        return "License gate: SBOMs";
    }

    @Override
    public String directory() {
        return "license-gate";
    }

    @Override
    public String description() {
        return "The license gate on two real SBOMs: a Maven service's CycloneDX SBOM (cyclonedx-maven-plugin), new "
                + "only against its previous release, without and with a dated legal exception; an npm project's "
                + "SPDX SBOM (npm sbom) under an allow-list-only policy.";
    }

    @Override
    public List<Page> write(Path dir, PrintWriter out) {
        Sbom service = read("license-maven-bom.json");
        Sbom previous = new Sbom("previous release", service.format(), service.specVersion(), service.components()
                .stream().filter(component -> !component.identity().equals(MYSQL)).toList());
        LicenseSummary reference = new LicenseGate(serviceRules(List.of())).evaluate(List.of(previous), null, TODAY,
                NOW).summary();

        gate(serviceRules(List.of()), service, reference, "Maven service: new only against the previous release",
                dir.resolve("service.html"), out).summary().write(dir.resolve("service-summary.json"));
        gate(serviceRules(List.of(ComponentException.parse("demo", MYSQL
                        + "=2027-03-31:LEGAL-42 the Universal FOSS Exception covers our use"))), service, reference,
                "Maven service: with a legal exception for the MySQL driver", dir.resolve("service-excepted.html"),
                out);
        LicensePolicy allowOnly = new LicensePolicy(
                LicensePolicy.licenses("demo", List.of("MIT", "ISC", "Apache-2.0", "BSD-3-Clause")), Set.of(),
                RuleAction.FAILURE, LicensePolicy.categoryRules("demo", List.of("*=failure")), Map.of(),
                RuleAction.FAILURE, List.of(), false, Combination.ANY);
        gate(allowOnly, read("license-npm-sbom.spdx.json"), null, "npm project (SPDX): allow list only",
                dir.resolve("npm.html"), out);
        return List.of(new Page("service.html", "Maven service (CycloneDX): a new GPL dependency fails the gate"),
                new Page("service-excepted.html", "Maven service: the same with a legal exception until 2027-03-31"),
                new Page("npm.html", "npm project (SPDX 2.3): only MIT, ISC, Apache-2.0 and BSD-3-Clause allowed"),
                new Page("service-summary.json", "Stored summary of the service build (the next build's reference)"));
    }

    /** Deny the network copylefts outright; weak copyleft makes the build unstable; count new components only. */
    private static LicensePolicy serviceRules(List<ComponentException> exceptions) {
        return new LicensePolicy(Set.of(), LicensePolicy.licenses("demo", List.of("AGPL-3.0-only", "SSPL-1.0")),
                RuleAction.FAILURE, Map.of(), Map.of(), RuleAction.FAILURE, exceptions, true, Combination.ANY);
    }

    private static LicenseGateResult gate(LicensePolicy policy, Sbom sbom, LicenseSummary reference, String title,
            Path html, PrintWriter out) {
        LicenseGateResult result = new LicenseGate(policy).evaluate(List.of(sbom), reference, TODAY, NOW);
        GateCommand.write(html, LicenseReport.html(result, title));
        out.println("-- " + title + " -> " + html.getFileName());
        LicenseReport.lines(result.summary()).forEach(out::println);
        return result;
    }

    private static Sbom read(String name) {
        try (InputStream in = LicenseDemoPart.class.getResourceAsStream(CoverageDemoPart.RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("demo resource missing from the jar: " + name);
            }
            return new SbomReader().read(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
