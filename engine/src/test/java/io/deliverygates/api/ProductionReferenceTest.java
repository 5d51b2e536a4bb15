package io.deliverygates.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliverygates.common.InputException;
import io.deliverygates.ledger.ArtifactStore;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import io.deliverygates.ledger.RecordedArtifact;
import io.deliverygates.promotion.EnvironmentChain;
import io.deliverygates.promotion.Promoter;
import io.deliverygates.promotion.PromotionRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** promote records the deployed artifact; the gate finds what production runs from the ledger alone. */
class ProductionReferenceTest {
    private static final Path V1 = Path.of("src/test/resources/api/petstore-1.0.yaml");
    private static final Path V11 = Path.of("src/test/resources/api/petstore-1.1.yaml");

    @TempDir
    Path folder;
    private FileLedger ledger;
    private ArtifactStore store;
    private Promoter promoter;

    @BeforeEach
    void setUp() {
        ledger = FileLedger.inFolder(folder);
        store = ArtifactStore.besideLedger(ledger.file());
        promoter = new Promoter(EnvironmentChain.parse("production", "chain"), ledger, ledger,
                Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void theReferenceIsTheArtifactOfTheLastSuccessfulProductionDeployment() throws Exception {
        deploy("1.0.0", V1, Outcome.SUCCEEDED);
        deploy("1.1.0", V11, Outcome.FAILED);
        ProductionReference.Found found = find(null);
        assertThat(found.deployment().version()).isEqualTo("1.0.0");
        assertThat(found.artifact().name()).isEqualTo("petstore-1.0.yaml");
        assertThat(found.file()).hasSameTextualContentAs(V1);
        assertThat(found.label()).startsWith("petstore-1.0.yaml 1.0.0 in production (deployment ");

        LedgerEvent rolledBack = deploy("1.1.0", V11, Outcome.SUCCEEDED);
        assertThat(find(null).deployment().version()).isEqualTo("1.1.0");
        ledger.append(LedgerEvent.builder(EventType.ROLLBACK, Instant.parse("2026-12-07T11:00:00Z"))
                .environment("production").version("1.1.0").deploymentId(rolledBack.deploymentId()).build());
        assertThat(find(null).deployment().version()).isEqualTo("1.0.0");
    }

    @Test
    void theArtifactIsRecordedOnBothEventsAsAnAttribute() throws Exception {
        deploy("1.0.0", V1, Outcome.SUCCEEDED);
        List<LedgerEvent> events = ledger.events();
        assertThat(events).hasSize(2).allSatisfy(event -> assertThat(RecordedArtifact.of(event))
                .singleElement().extracting(RecordedArtifact::name).isEqualTo("petstore-1.0.yaml"));
        assertThat(Files.readString(ledger.file())).contains("\"artifact:petstore-1.0.yaml\":\"sha256:");
    }

    @Test
    void missingReferencesAreClearErrors() throws Exception {
        assertProblem(null, InputException.Problem.NOT_FOUND, "no successful deployment to production in the ledger");
        promoter.promote(new PromotionRequest("production", "0.9.0", List.of(), null), () -> Outcome.SUCCEEDED);
        assertProblem(null, InputException.Problem.NOT_FOUND, "recorded no HTTP API (OpenAPI) artifact");
        deploy("1.0.0", V1, Outcome.SUCCEEDED);
        assertProblem("other.yaml", InputException.Problem.NOT_FOUND, "recorded no artifact other.yaml");
    }

    @Test
    void aChangedStoredCopyIsNeverCompared() throws Exception {
        deploy("1.0.0", V1, Outcome.SUCCEEDED);
        RecordedArtifact artifact = RecordedArtifact.of(ledger.events().get(1)).get(0);
        Files.writeString(store.folder().resolve(artifact.sha256()), "openapi: 3.0.3\n");
        assertProblem(null, InputException.Problem.UNSAFE, "does not match its recorded checksum");
        Files.delete(store.folder().resolve(artifact.sha256()));
        assertProblem(null, InputException.Problem.NOT_FOUND, "the artifact store has no copy of it");
    }

    private LedgerEvent deploy(String version, Path artifact, Outcome outcome) throws Exception {
        RecordedArtifact recorded = store.add(artifact, "--artifact");
        return promoter.promote(new PromotionRequest("production", version, List.of(), null, null, List.of(recorded)),
                () -> outcome);
    }

    private ProductionReference.Found find(String name) throws Exception {
        return ProductionReference.find(ledger.events(), "production", ApiKind.OPENAPI, name, store, "--ledger");
    }

    private void assertProblem(String name, InputException.Problem problem, String message) {
        assertThatThrownBy(() -> find(name))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problem()).isEqualTo(problem))
                .hasMessageContaining(message);
    }
}
