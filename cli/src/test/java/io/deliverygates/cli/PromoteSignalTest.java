package io.deliverygates.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * promote stopped by a signal, with the CLI in its own JVM and a real deploy command that starts a background
 * child: the whole process group is stopped, the deployment recorded as ABORTED, the exit code is 128 + signal.
 * A CLI killed with SIGKILL leaves an unfinished deployment that is shown and blocks nothing.
 */
@EnabledOnOs(OS.LINUX)
class PromoteSignalTest {
    @TempDir
    Path folder;

    /** A deploy command that records its pid and its background child's pid, then waits (ignoring SIGTERM if told). */
    private static String deployScript(boolean ignoreTerm) {
        return (ignoreTerm ? "trap '' TERM; " : "") + "echo $$ > deploy.pid; sleep 300 & echo $! > child.pid; wait";
    }

    private Process promote(String script) throws Exception {
        return CliProcess.start(folder, CliProcess.command("promote", "--ledger", "ledger", "--environments",
                "dev,production", "--to", "dev", "--version", "1.0", "--stop-grace", "1s", "--", "sh", "-c", script));
    }

    private List<LedgerEvent> events() throws Exception {
        return FileLedger.at(folder.resolve("ledger")).events();
    }

    private void assertStoppedAndAborted(Process cli, int expectedExit) throws Exception {
        long deploy = CliProcess.awaitPid(folder.resolve("deploy.pid"), cli);
        long child = CliProcess.awaitPid(folder.resolve("child.pid"), cli);
        assertThat(cli.waitFor(60, TimeUnit.SECONDS)).as("the CLI ends").isTrue();
        assertThat(cli.exitValue()).as(CliProcess.errors(folder)).isEqualTo(expectedExit);
        assertThat(CliProcess.running(deploy)).as("the deploy command").isFalse();
        assertThat(CliProcess.running(child)).as("its background child, in the same process group").isFalse();
        assertThat(events()).extracting(LedgerEvent::type)
                .containsExactly(EventType.DEPLOYMENT_STARTED, EventType.DEPLOYMENT_FINISHED);
        assertThat(events().get(1).outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(events().get(1).message()).contains("stopped");
        assertThat(CliProcess.errors(folder)).contains("recorded as ABORTED");
    }

    @Test
    void sigtermStopsTheDeployCommandsProcessGroupRecordsAbortedAndExits143() throws Exception {
        Process cli = promote(deployScript(false));
        CliProcess.awaitPid(folder.resolve("child.pid"), cli);

        cli.destroy(); // SIGTERM

        assertStoppedAndAborted(cli, 143);
    }

    @Test
    void sigintStopsItToo_andACommandIgnoringSigtermIsKilledAfterTheGracePeriod() throws Exception {
        Process cli = promote(deployScript(true));
        CliProcess.awaitPid(folder.resolve("child.pid"), cli);

        CliProcess.signal(cli.pid(), "INT");

        assertStoppedAndAborted(cli, 130);
    }

    @Test
    void aKilledCliLeavesAnUnfinishedDeploymentThatIsShownAndBlocksNothing() throws Exception {
        Process cli = promote(deployScript(false));
        long child = CliProcess.awaitPid(folder.resolve("child.pid"), cli);
        cli.destroyForcibly(); // SIGKILL: no chance to record anything
        cli.waitFor(60, TimeUnit.SECONDS);
        CliProcess.signal("-- -" + CliProcess.awaitPid(folder.resolve("deploy.pid"), cli), "KILL"); // clean up what the CLI could not stop

        assertThat(events()).extracting(LedgerEvent::type).containsExactly(EventType.DEPLOYMENT_STARTED);
        CliRun show = CliRun.of("ledger", "show", "--ledger", folder.resolve("ledger").toString());
        assertThat(show.out()).contains("DEPLOYMENT_STARTED").contains("UNFINISHED");
        CliRun metrics = CliRun.of("metrics", "--ledger", folder.resolve("ledger").toString(), "--format", "text");
        assertThat(metrics.out()).contains("unfinished");

        CliRun again = CliRun.of("promote", "--ledger", folder.resolve("ledger").toString(), "--environments",
                "dev,production", "--to", "dev", "--version", "1.0", "--", "true");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(CliRun.of("promote", "--ledger", folder.resolve("ledger").toString(), "--environments",
                "dev,production", "--to", "production", "--version", "1.0", "--", "true").exitCode()).isZero();
    }
}
