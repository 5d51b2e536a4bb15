package io.deliverygates.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliverygates.common.Json;
import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.RecordedArtifact;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code api} command on the demo's real jars and OpenAPI documents (see cli/demo-api/make-jars.sh). */
class ApiCommandTest {
    private static final Path DATA = Path.of("src/main/resources/io/deliverygates/cli/demo/api");
    private static final String JAR_14 = DATA.resolve("shop-client-1.4.0.jar").toString();
    private static final String JAR_15 = DATA.resolve("shop-client-1.5.0.jar").toString();
    private static final String SPEC_10 = DATA.resolve("petstore-1.0.yaml").toString();
    private static final String SPEC_11 = DATA.resolve("petstore-1.1.yaml").toString();
    private static final String SPEC_20 = DATA.resolve("petstore-2.0.json").toString();

    @TempDir
    Path temp;

    @Test
    void aBreakInAMinorReleaseFailsWithItsLocation() {
        CliRun run = api("--new", JAR_15, "--reference", JAR_14);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("API compatibility: FAILED (Java library, 3 breaking")
                .contains("violated: 3 breaking change(s) need a major release, but 1.4.0 -> 1.5.0 is a minor release")
                .contains("METHOD_REMOVED  com.example.shop.client.ShopClient#order(java.lang.String,int)");
        assertThat(temp.resolve("reports/api-compatibility.html")).content()
                .contains("com.example.shop.client.ShopClient#cancel(java.lang.String)");

        CliRun major = api("--new", JAR_15, "--reference", JAR_14, "--new-version", "2.0.0");
        assertThat(major.exitCode()).as(major.err()).isEqualTo(ExitCodes.PASSED);
    }

    @Test
    void jsonListsEveryBreakAndAllowedOnesPassUnstableOrNot() throws Exception {
        Path allowFile = Files.writeString(temp.resolve("accepted.txt"), "# accepted breaks\n"
                + "com.example.shop.client.ShopClient#*=2099-12-31:callers moved to Duration\n");
        CliRun run = api("--new", JAR_15, "--reference", JAR_14, "--allow-file", allowFile.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.PASSED);
        JsonNode report = Json.mapper().readTree(run.out());
        assertThat(report.at("/summary/status").asText()).isEqualTo("PASSED");
        assertThat(report.at("/allowed")).hasSize(3);

        CliRun unstable = api("--new", SPEC_20, "--reference", SPEC_10, "--versioning", "strict",
                "--criticality", "UNSTABLE", "--json");
        assertThat(unstable.exitCode()).as(unstable.err()).isEqualTo(ExitCodes.UNSTABLE);
        JsonNode breaking = Json.mapper().readTree(unstable.out()).get("breaking");
        assertThat(breaking).hasSize(23);
        assertThat(breaking.findValuesAsText("location")).contains("GET /pets/{id} response 404");
    }

    @Test
    void theReferenceIsWhatPromoteRecordedForProduction() throws Exception {
        Path ledger = temp.resolve("ledger");
        CliRun none = api("--new", SPEC_11, "--ledger", ledger.toString());
        assertThat(none.exitCode()).isEqualTo(4);
        assertThat(none.err().strip()).isEqualTo("delivery-gates: --ledger " + ledger + ": no successful deployment to "
                + "production in the ledger, so nothing to compare against (--allow-no-production passes a first "
                + "release)");
        assertThat(api("--new", SPEC_11, "--ledger", ledger.toString(), "--allow-no-production").exitCode()).isZero();

        CliRun promote = CliRun.of("promote", "--ledger", ledger.toString(), "--environments", "production",
                "--to", "production", "--version", "1.0.0", "--artifact", SPEC_10, "--", "true");
        assertThat(promote.exitCode()).as(promote.err()).isZero();
        LedgerEvent finished = FileLedger.at(ledger).events().get(1);
        assertThat(RecordedArtifact.of(finished)).extracting(RecordedArtifact::name).containsExactly("petstore-1.0.yaml");

        CliRun minor = api("--new", SPEC_11, "--reference", "production", "--ledger", ledger.toString());
        assertThat(minor.exitCode()).as(minor.err()).isZero();
        assertThat(minor.out()).contains("reference: petstore-1.0.yaml 1.0.0 in production (deployment "
                + finished.deploymentId() + ")");
        CliRun major = api("--new", SPEC_20, "--ledger", ledger.toString(), "--new-version", "1.2.0");
        assertThat(major.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(major.out()).contains("23 breaking change(s) need a major release, but 1.0.0 -> 1.2.0 is a minor");
        CliRun wrongKind = api("--new", JAR_15, "--ledger", ledger.toString());
        assertThat(wrongKind.exitCode()).isEqualTo(4);
        assertThat(wrongKind.err()).contains("recorded no Java library artifact (record it with promote --artifact)");
    }

    @Test
    void promoteRecordsNothingWhenAnArtifactIsMissing() throws Exception {
        Path ledger = temp.resolve("ledger");
        CliRun promote = CliRun.of("promote", "--ledger", ledger.toString(), "--environments", "production",
                "--to", "production", "--version", "1.0.0", "--artifact", temp.resolve("gone.yaml").toString(),
                "--", "true");
        assertThat(promote.exitCode()).isEqualTo(4);
        assertThat(promote.err().strip()).isEqualTo("delivery-gates: --artifact " + temp.resolve("gone.yaml")
                + ": no such file");
        assertThat(FileLedger.at(ledger).events()).isEmpty();
    }

    @Test
    void newOnlyComparesWithTheReferenceBuildsSummary() {
        Path summary = temp.resolve("previous.json");
        assertThat(api("--new", SPEC_20, "--reference", SPEC_10, "--new-version", "1.1.0", "--summary-out",
                summary.toString()).exitCode()).isEqualTo(ExitCodes.FAILED);
        CliRun again = api("--new", SPEC_20, "--reference", SPEC_10, "--new-version", "1.1.0", "--new-only",
                "--reference-summary", summary.toString());
        assertThat(again.exitCode()).as(again.out()).isEqualTo(ExitCodes.PASSED);
        assertThat(again.out()).contains("23 breaking, 0 new");
    }

    @Test
    void inputsThatCannotBeCheckedFailWithOneLineAndTheirExitCode() throws Exception {
        Path text = Files.writeString(temp.resolve("app.jar"), "not a jar");
        Path remote = Files.writeString(temp.resolve("remote.yaml"), "openapi: 3.0.3\ninfo: {title: x, version: '1'}\n"
                + "paths:\n  /a:\n    $ref: 'file:///etc/passwd'\n");
        assertFails(4, "--new " + temp.resolve("none.jar") + ": no such file", "--new", temp.resolve("none.jar")
                .toString(), "--reference", JAR_14);
        assertFails(8, "--new " + text + ": not a jar", "--new", text.toString(), "--reference", JAR_14);
        assertFails(7, "outside the document", "--new", remote.toString(), "--reference", SPEC_10);
        assertFails(3, "--reference: give the reference file", "--new", JAR_15);
        assertFails(3, "--allow: 'x' is not LOCATION=YYYY-MM-DD:REASON", "--new", JAR_15, "--reference", JAR_14,
                "--allow", "x");
        assertFails(3, "--kind: cannot tell", "--new", DATA.resolve("../engine-jacoco.xml").toString(),
                "--reference", JAR_14);
        assertFails(3, "--new-only: needs --reference-summary", "--new", JAR_15, "--reference", JAR_14, "--new-only");
    }

    @Test
    void compatIsAnotherNameForTheCommand() {
        StringWriter out = new StringWriter();
        int code = DeliveryGatesCommand.execute(new String[] {"compat", "--new", SPEC_11, "--reference", SPEC_10,
            "--out", temp.resolve("r").toString()}, new PrintWriter(out, true), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        assertThat(out.toString()).contains("API compatibility: PASSED");
    }

    private void assertFails(int exitCode, String message, String... args) {
        CliRun run = api(args);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.err()).contains(message).doesNotContain("\tat ").hasLineCount(1);
        assertThat(run.out()).doesNotContain("PASSED");
    }

    private CliRun api(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "api";
        all[1] = "--out";
        all[2] = temp.resolve("reports").toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.of(all);
    }
}
