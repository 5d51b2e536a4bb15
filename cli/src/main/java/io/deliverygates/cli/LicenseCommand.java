package io.deliverygates.cli;

import io.deliverygates.license.ComponentException;
import io.deliverygates.license.LicenseCheck;
import io.deliverygates.license.LicenseGateResult;
import io.deliverygates.license.LicenseNormalizer.Combination;
import io.deliverygates.license.LicensePolicy;
import io.deliverygates.license.LicenseReport;
import io.deliverygates.license.LicenseSummary;
import io.deliverygates.license.RuleAction;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code delivery-gates license}: license compliance of the components an SBOM lists. */
@Command(name = "license", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"License gate: checks the licenses of the components in CycloneDX (JSON/XML 1.4-1.6) and "
                + "SPDX 2.3 JSON SBOMs against a policy. See docs/license-gate.md.",
            "Default policy: permissive and weak copyleft allowed; strong and network copyleft, proprietary, unknown "
                + "licenses and components without a license fail.",
            "Exit code: 0 passed, 1 unstable, 2 failed, 3-10 usage or input problem (an unreadable SBOM, or one "
                + "without components, never passes)."},
        footer = {"", "Examples:",
            "  delivery-gates license target/bom.json",
            "  delivery-gates license '**/bom.xml' --deny AGPL-3.0-only --category weak-copyleft=unstable \\",
            "      --exception 'pkg:maven/com.mysql/mysql-connector-j=2027-03-31:LEGAL-42 reviewed'",
            "  delivery-gates license sbom.spdx.json --allow MIT,Apache-2.0,BSD-3-Clause --category '*=failure'",
            "  delivery-gates license bom.json --new-only --reference prev/license-summary.json --json"})
final class LicenseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SBOM", description = "SBOM files or globs (e.g. '**/bom.json').")
    List<String> sboms;

    @Option(names = "--allow", split = ",", paramLabel = "ID",
            description = "Licenses always allowed (SPDX ids or LicenseRef-*, optionally 'ID WITH EXCEPTION').")
    List<String> allow = new ArrayList<>();

    @Option(names = "--deny", split = ",", paramLabel = "ID",
            description = "Licenses never allowed; an id also denies its WITH variants unless those are allowed.")
    List<String> deny = new ArrayList<>();

    @Option(names = "--deny-action", paramLabel = "ACTION", defaultValue = "failure",
            description = "What a denied license does: unstable or failure. Default: ${DEFAULT-VALUE}.")
    String denyAction;

    @Option(names = "--category", paramLabel = "CATEGORY=ACTION",
            description = "Rule of a category (permissive, weak-copyleft, strong-copyleft, network-copyleft, "
                    + "proprietary, unknown, or * for all): allow, unstable or failure; repeatable.")
    List<String> categories = new ArrayList<>();

    @Option(names = "--license-category", paramLabel = "ID=CATEGORY",
            description = "Give a license a category, over the built-in table (e.g. LicenseRef-acme=proprietary).")
    List<String> licenseCategories = new ArrayList<>();

    @Option(names = "--no-license", paramLabel = "ACTION", defaultValue = "failure",
            description = "What a component without any license does: allow, unstable or failure. "
                    + "Default: ${DEFAULT-VALUE}.")
    String noLicense;

    @Option(names = "--exception", paramLabel = "COMPONENT=YYYY-MM-DD:REASON",
            description = "Accept a component (package URL, with or without version, or name) until a date "
                    + "(inclusive), for a reason; repeatable.")
    List<String> exceptions = new ArrayList<>();

    @Option(names = "--new-only",
            description = "Category and no-license rules count only for components (with their license) new "
                    + "against --reference; the deny list always counts.")
    boolean newOnly;

    @Option(names = "--multiple-licenses", paramLabel = "any|all", defaultValue = "any",
            description = "Several licenses listed for one component: any (a choice, as Maven POMs mean it) or all "
                    + "apply. Default: ${DEFAULT-VALUE}.")
    String multipleLicenses;

    @Option(names = "--reference", paramLabel = "FILE",
            description = "license-summary.json of the reference build, for 'new'.")
    Path reference;

    @Option(names = "--summary-out", paramLabel = "FILE",
            description = "Also write this build's summary here (where the next build finds its reference).")
    Path summaryOut;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "license-reports",
            description = "Report folder: license-gate.html, license-gate.json, license-summary.json. "
                    + "Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--json", description = "Print the result (summary and every component) as JSON instead of text.")
    boolean json;

    @Option(names = "--base-dir", paramLabel = "DIR", defaultValue = ".",
            description = "Folder relative SBOM paths and globs start from (default: the current folder).")
    Path baseDir;

    @Override
    public Integer call() {
        LicensePolicy policy = new LicensePolicy(LicensePolicy.licenses("--allow", allow),
                LicensePolicy.licenses("--deny", deny), RuleAction.parse("--deny-action", denyAction),
                LicensePolicy.categoryRules("--category", categories),
                LicensePolicy.licenseCategories("--license-category", licenseCategories),
                RuleAction.parse("--no-license", noLicense),
                exceptions.stream().map(entry -> ComponentException.parse("--exception", entry)).toList(), newOnly,
                CaseInsensitive.parse(Combination.class, multipleLicenses));
        LicenseSummary referenceSummary = reference == null ? null : LicenseSummary.read(reference);
        LicenseGateResult result = new LicenseCheck().run(baseDir, sboms, "SBOM", policy, referenceSummary, out);
        if (summaryOut != null) {
            result.summary().write(summaryOut);
        }
        PrintWriter writer = spec.commandLine().getOut();
        if (json) {
            writer.println(result.toJson());
        } else {
            LicenseReport.lines(result.summary()).forEach(writer::println);
            writer.println("Reports in " + out.toAbsolutePath().normalize());
        }
        writer.flush();
        return ExitCodes.of(result.status());
    }
}
