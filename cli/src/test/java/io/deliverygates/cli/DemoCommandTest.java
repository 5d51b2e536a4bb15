package io.deliverygates.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @Test
    void demoWritesAnIndexLinkingEveryPartAndPrintsWhere(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("demo");

        CliRun run = CliRun.of("demo", "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        Path index = out.resolve("index.html");
        assertThat(run.out()).contains("== Quality gate: coverage")
                .contains("Wrote the demo report to " + index.toAbsolutePath().normalize());
        for (DemoPart part : DemoCommand.PARTS) {
            assertThat(Files.readString(index)).contains(part.title());
        }
        assertThat(Files.readString(index)).contains("href=\"quality-gate/java.html\"")
                .contains("href=\"quality-gate/python.html\"");
    }

    @Test
    void coveragePartShowsADeltaAndANotEvaluatedMetric(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("demo", "--out", dir.toString());

        assertThat(run.out()).contains("vs. reference").contains("has no instruction data");
        String java = Files.readString(dir.resolve("quality-gate/java.html"));
        assertThat(java).contains("compared with a reference build").contains("io.deliverygates.coverage");
        assertThat(Files.readString(dir.resolve("quality-gate/python.html"))).contains("NOT_EVALUATED");
        assertThat(dir.resolve("quality-gate/java-summary.json")).isNotEmptyFile();
    }
}
