package io.deliverygates.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliverygates.common.Criticality;
import io.deliverygates.common.GateStatus;
import io.deliverygates.common.InputException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiGateTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-12-07");
    private static final ApiChange REMOVED = new ApiChange("METHOD_REMOVED", "com.example.Api#call(int)",
            "method removed", Impact.BINARY_AND_SOURCE);
    private static final ApiChange NARROWED = new ApiChange("REQUEST_ENUM_NARROWED", "GET /pets query parameter status",
            "values no longer accepted: [sold]", Impact.CLIENTS);

    @TempDir
    Path temp;

    @Test
    void newOnlyCountsOnlyBreaksTheReferenceBuildDidNotReport() {
        ApiComparison before = comparison(List.of(REMOVED), "1.0.0", "1.1.0");
        ApiComparison after = comparison(List.of(REMOVED, NARROWED), "1.0.0", "1.1.0");
        ApiSummary reference = gate(true).evaluate(before, null, TODAY, Instant.EPOCH).summary();
        assertThat(reference.status()).isEqualTo(GateStatus.FAILED);

        ApiGateResult result = gate(true).evaluate(after, ApiSummary.fromJson(reference.toJson(), "ref"), TODAY,
                Instant.EPOCH);
        assertThat(result.fresh()).containsExactly(NARROWED);
        assertThat(result.summary().newBreaking()).isEqualTo(1);
        assertThat(result.summary().violations())
                .containsExactly("1 new breaking change(s) need a major release, but 1.0.0 -> 1.1.0 is a minor release");

        ApiGateResult nothingNew = gate(true).evaluate(before, reference, TODAY, Instant.EPOCH);
        assertThat(nothingNew.summary().status()).isEqualTo(GateStatus.PASSED);
        assertThat(nothingNew.summary().breaking()).isEqualTo(1);
    }

    @Test
    void theSummaryIsStoredAndReadBack() {
        ApiSummary summary = gate(false).evaluate(comparison(List.of(REMOVED, NARROWED), "1.0.0", "2.0.0"), null, TODAY,
                Instant.parse("2026-12-07T10:00:00Z")).summary();
        Path file = temp.resolve("reports").resolve(ApiSummary.FILE_NAME);
        summary.write(file);
        assertThat(ApiSummary.read(file)).isEqualTo(summary);
        assertThatThrownBy(() -> ApiSummary.fromJson("{\"status\":\"PASSED\"}", "x.json"))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.problem()).isEqualTo(InputException.Problem.WRONG_FORMAT));
        assertThatThrownBy(() -> ApiSummary.read(temp.resolve("none.json")))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.problem()).isEqualTo(InputException.Problem.NOT_FOUND));
    }

    @Test
    void unknownVersionsUnderSemverAreAnErrorNotAPass() {
        assertThatThrownBy(() -> gate(false).evaluate(comparison(List.of(), null, "1.0.0"), null, TODAY, Instant.EPOCH))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.problem()).isEqualTo(InputException.Problem.INVALID_PARAMETER))
                .hasMessageContaining("reference version: unknown");
    }

    @Test
    void releasesBelowOneMayBreakInAMinorStep() {
        SemanticVersion zero = SemanticVersion.parse("0.3.1").orElseThrow();
        assertThat(zero.releaseTo(SemanticVersion.parse("0.4.0").orElseThrow())).isEqualTo(ChangeLevel.MAJOR);
        assertThat(zero.releaseTo(SemanticVersion.parse("0.3.2-SNAPSHOT").orElseThrow())).isEqualTo(ChangeLevel.PATCH);
        SemanticVersion one = SemanticVersion.parse("v1.4").orElseThrow();
        assertThat(one).isEqualTo(new SemanticVersion(1, 4, 0));
        assertThat(one.releaseTo(SemanticVersion.parse("1.5.0").orElseThrow())).isEqualTo(ChangeLevel.MINOR);
        assertThat(one.releaseTo(SemanticVersion.parse("1.3.9").orElseThrow())).isEqualTo(ChangeLevel.NONE);
        assertThat(SemanticVersion.parse("latest")).isEmpty();
    }

    @Test
    void allowEntriesNeedADateAndAReasonAndMatchGlobs() {
        ApiAllowEntry entry = ApiAllowEntry.parse("--allow", "GET /pets *status=2026-12-31: mobile app 3.2 sends no 'sold'");
        assertThat(entry.reason()).isEqualTo("mobile app 3.2 sends no 'sold'");
        assertThat(entry.matches(NARROWED)).isTrue();
        assertThat(entry.matches(REMOVED)).isFalse();
        assertThat(ApiAllowEntry.parse("--allow", "METHOD_REMOVED com.example.*=2026-12-31:x").matches(REMOVED)).isTrue();
        for (String bad : List.of("com.example.Api", "com.example.Api=2026-12-31", "x=2026-13-01:why", "x=soon:why")) {
            assertThatThrownBy(() -> ApiAllowEntry.parse("--allow", bad))
                    .isInstanceOfSatisfying(InputException.class,
                            e -> assertThat(e.problem()).isEqualTo(InputException.Problem.INVALID_PARAMETER))
                    .hasMessageStartingWith("--allow: '" + bad + "'");
        }
    }

    @Test
    void theHtmlReportEscapesEverything() {
        ApiChange hostile = new ApiChange("RESPONSE_FIELD_REMOVED", "GET /a response 200 <script>alert(1)</script>",
                "x", Impact.CLIENTS);
        String html = ApiReports.html(gate(false).evaluate(comparison(List.of(hostile), "1.0.0", "1.0.1"), null,
                TODAY, Instant.EPOCH));
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;").contains("RESPONSE_FIELD_REMOVED");
        ApiReports.write(gate(false).evaluate(comparison(List.of(hostile), "1.0.0", "1.0.1"), null, TODAY,
                Instant.EPOCH), temp);
        assertThat(temp.resolve(ApiReports.JSON_REPORT)).content().contains("\"breaking\"").contains("GET /a");
    }

    private static ApiGate gate(boolean newOnly) {
        return new ApiGate(new ApiPolicy(Versioning.SEMVER, newOnly, Criticality.FAILURE, List.of()));
    }

    private static ApiComparison comparison(List<ApiChange> breaking, String from, String to) {
        return new ApiComparison(ApiKind.OPENAPI, "ref.yaml", "new.yaml", from, to, breaking, 0,
                breaking.isEmpty() ? ChangeLevel.PATCH : ChangeLevel.MAJOR);
    }
}
