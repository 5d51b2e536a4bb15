package io.deliverygates.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code gate --cobertura} on the real mypy type-coverage report of the engine's tests
 * (engine/src/test/resources/io/deliverygates/coverage/mypy/README.md): 25 of 41 lines typed.
 */
class TypeCoverageGateTest {
    private static final Path REPORT = Path.of(System.getProperty("basedir", "."))
            .resolve("../engine/src/test/resources/io/deliverygates/coverage/mypy/mypy-report/cobertura.xml");

    @Test
    void theTypeCoverageGateFailsUnderNinetyFivePercentWithMypysFigures() {
        CliRun run = CliRun.of("gate", "--cobertura", REPORT.toString(), "--condition", "line>=95");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("line coverage 60.97% (25/41)");
    }

    @Test
    void itPassesAtTheActualRate() {
        CliRun run = CliRun.of("gate", "--cobertura", REPORT.toString(), "--condition", "line>=60");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PASSED);
    }
}
