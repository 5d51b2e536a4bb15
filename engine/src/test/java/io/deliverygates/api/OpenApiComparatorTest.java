package io.deliverygates.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.deliverygates.common.Criticality;
import io.deliverygates.common.GateStatus;
import io.deliverygates.common.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** petstore-2.0.json breaks each OpenAPI rule once (or per operation sharing a schema) against petstore-1.0.yaml. */
class OpenApiComparatorTest {
    private static final Path DOCS = Path.of("src/test/resources/api");
    private static final Path V1 = DOCS.resolve("petstore-1.0.yaml");
    private static final Path V11 = DOCS.resolve("petstore-1.1.yaml");
    private static final Path V2 = DOCS.resolve("petstore-2.0.json");

    @TempDir
    Path temp;

    @Test
    void everyRuleIsReportedWithItsLocation() {
        ApiComparison comparison = new OpenApiComparator().compare(V1, "--reference", V2, "--new");
        assertThat(comparison.breaking()).extracting(ApiChange::rule, ApiChange::location).containsExactlyInAnyOrder(
                tuple("PATH_REMOVED", "/stores"),
                tuple("OPERATION_REMOVED", "DELETE /orders/{id}"),
                tuple("REQUIRED_PARAMETER_ADDED", "GET /pets query parameter owner"),
                tuple("PARAMETER_NOW_REQUIRED", "GET /pets query parameter page"),
                tuple("PARAMETER_REMOVED", "GET /pets query parameter sort"),
                tuple("REQUEST_ENUM_NARROWED", "GET /pets query parameter status"),
                tuple("RESPONSE_MEDIA_TYPE_REMOVED", "GET /pets response 200 application/xml"),
                tuple("RESPONSE_HEADER_REMOVED", "GET /pets response 200 header X-Rate-Limit"),
                tuple("RESPONSE_FIELD_RETYPED", "GET /pets response 200 application/json body[].id"),
                tuple("RESPONSE_FIELD_REMOVED", "GET /pets response 200 application/json body[].nickname"),
                tuple("RESPONSE_FIELD_REMOVED", "GET /pets response 200 application/json body[].tag"),
                tuple("RESPONSE_FIELD_OPTIONAL", "GET /pets response 200 application/json body[].tag"),
                tuple("RESPONSE_ENUM_EXTENDED", "GET /pets response 200 application/json body[].status"),
                tuple("RESPONSE_FIELD_RETYPED", "GET /pets/{id} response 200 application/json body.id"),
                tuple("RESPONSE_FIELD_REMOVED", "GET /pets/{id} response 200 application/json body.nickname"),
                tuple("RESPONSE_FIELD_REMOVED", "GET /pets/{id} response 200 application/json body.tag"),
                tuple("RESPONSE_FIELD_OPTIONAL", "GET /pets/{id} response 200 application/json body.tag"),
                tuple("RESPONSE_ENUM_EXTENDED", "GET /pets/{id} response 200 application/json body.status"),
                tuple("RESPONSE_REMOVED", "GET /pets/{id} response 404"),
                tuple("REQUEST_BODY_NOW_REQUIRED", "POST /pets request body"),
                tuple("REQUIRED_FIELD_ADDED", "POST /pets request body application/json body.species"),
                tuple("REQUEST_FIELD_RETYPED", "POST /pets request body application/json body.age"),
                tuple("REQUEST_MEDIA_TYPE_REMOVED", "POST /pets request body application/xml"));
        assertThat(comparison.breaking()).filteredOn(c -> c.rule().equals("REQUEST_ENUM_NARROWED"))
                .singleElement().extracting(ApiChange::description).isEqualTo("values no longer accepted: [sold]");
        assertThat(comparison.toolLevel()).isEqualTo(ChangeLevel.MAJOR);
        assertThat(comparison.referenceVersion()).isEqualTo("1.0.0");
        assertThat(comparison.candidateVersion()).isEqualTo("2.0.0");
        assertThat(comparison.additions()).isEqualTo(1); // GET /owners
    }

    @Test
    void aCompatibleSuccessorNeedsAMinorRelease() {
        ApiComparison comparison = new OpenApiComparator().compare(V1, "--reference", V11, "--new");
        assertThat(comparison.breaking()).isEmpty();
        assertThat(comparison.toolLevel()).isEqualTo(ChangeLevel.MINOR);
        ApiGate gate = new ApiGate(new ApiPolicy(Versioning.SEMVER, false, Criticality.UNSTABLE, List.of()));
        LocalDate today = LocalDate.parse("2026-12-07");
        assertThat(gate.evaluate(comparison, null, today, Instant.EPOCH).summary().status())
                .isEqualTo(GateStatus.PASSED);
        ApiSummary patch = gate.evaluate(comparison.withVersions(null, "1.0.1"), null, today, Instant.EPOCH).summary();
        assertThat(patch.status()).isEqualTo(GateStatus.UNSTABLE);
        assertThat(patch.violations()).containsExactly(
                "added API (2 addition(s)) needs a minor release, but 1.0.0 -> 1.0.1 is a patch release");
    }

    @Test
    void aDocumentComparedWithItselfHasNoChange() {
        ApiComparison comparison = new OpenApiComparator().compare(V2, "--reference", V2, "--new");
        assertThat(comparison.breaking()).isEmpty();
        assertThat(comparison.toolLevel()).isEqualTo(ChangeLevel.NONE);
    }

    @Test
    void documentsThatCannotBeComparedFailClosed() throws IOException {
        assertProblem(Files.writeString(temp.resolve("swagger.yaml"), "swagger: '2.0'\ninfo: {title: x, version: '1'}\n"
                + "paths: {}\n"), InputException.Problem.WRONG_FORMAT, "a Swagger 2.0 document");
        assertProblem(Files.writeString(temp.resolve("other.json"), "{\"name\": \"package\"}"),
                InputException.Problem.WRONG_FORMAT, "not an OpenAPI 3.x document");
        assertProblem(Files.writeString(temp.resolve("broken.yaml"), "openapi: 3.0.3\npaths: {\n  /a: [\n"),
                InputException.Problem.MALFORMED, "not well-formed YAML");
        assertProblem(Files.writeString(temp.resolve("invalid.yaml"), "openapi: 3.0.3\ninfo: {title: x, version: '1'}\n"
                + "paths:\n  /a:\n    get:\n      responses: 42\n"), InputException.Problem.MALFORMED,
                "not a valid OpenAPI document");
        assertProblem(Files.writeString(temp.resolve("remote.yaml"), "openapi: 3.0.3\ninfo: {title: x, version: '1'}\n"
                + "paths:\n  /a:\n    $ref: 'http://127.0.0.1:1/paths.yaml'\n"), InputException.Problem.UNSAFE,
                "refers to 'http://127.0.0.1:1/paths.yaml' outside the document");
        assertProblem(Files.createFile(temp.resolve("empty.yaml")), InputException.Problem.EMPTY, "the file is empty");
        assertProblem(temp.resolve("missing.yaml"), InputException.Problem.NOT_FOUND, "no such file");
    }

    private static void assertProblem(Path candidate, InputException.Problem problem, String message) {
        assertThatThrownBy(() -> new OpenApiComparator().compare(V1, "--reference", candidate, "--new"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problem()).isEqualTo(problem))
                .hasMessageContaining("--new " + candidate).hasMessageContaining(message);
    }
}
