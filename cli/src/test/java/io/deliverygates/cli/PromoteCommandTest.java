package io.deliverygates.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliverygates.ledger.Commit;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromoteCommandTest {
    @TempDir
    Path ledger;

    private CliRun promote(String to, String version, String... deploy) {
        String[] head = {"promote", "--ledger", ledger.toString(), "--environments", "dev,production", "--to", to,
            "--version", version, "--commit", "c0ffee@2026-11-20T09:14:00+01:00", "--build", "shop/deploy#7", "--"};
        String[] args = new String[head.length + deploy.length];
        System.arraycopy(head, 0, args, 0, head.length);
        System.arraycopy(deploy, 0, args, head.length, deploy.length);
        return CliRun.of(args);
    }

    private List<LedgerEvent> events() throws Exception {
        return FileLedger.at(ledger).events();
    }

    @Test
    void runsTheDeployCommandAndRecordsTheDeployment() throws Exception {
        CliRun run = promote("dev", "1.0", "sh", "-c", "echo deploying $0", "shop");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("deploying shop").contains("Deployed 1.0 to dev");
        assertThat(events()).extracting(LedgerEvent::type)
                .containsExactly(EventType.DEPLOYMENT_STARTED, EventType.DEPLOYMENT_FINISHED);
        LedgerEvent finished = events().get(1);
        assertThat(finished.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(finished.commits()).containsExactly(
                new Commit("c0ffee", null, Instant.parse("2026-11-20T08:14:00Z")));
        assertThat(finished.build().job()).isEqualTo("shop/deploy");
        assertThat(finished.build().number()).isEqualTo(7);
    }

    @Test
    void refusesToSkipAnEnvironment() throws Exception {
        CliRun run = promote("production", "1.0", "sh", "-c", "echo never");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains(
                "refused: version 1.0 may not enter production: it has not succeeded in dev (never deployed there)");
        assertThat(run.out()).doesNotContain("never");
        assertThat(events()).isEmpty();
    }

    @Test
    void aFailingDeployCommandIsAFailedDeploymentThatBlocksTheNextEnvironment() throws Exception {
        CliRun run = promote("dev", "1.0", "sh", "-c", "echo broken >&2; exit 3");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("broken").contains("FAILED to deploy 1.0 to dev");
        assertThat(run.err()).contains("the deploy command exited with 3");
        assertThat(events().get(1).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(promote("production", "1.0", "true").err()).contains("(last: FAILED at ");
    }

    @Test
    void aDeployCommandThatCannotStartIsRecordedAsFailed() throws Exception {
        CliRun run = promote("dev", "1.0", "/no/such/deploy.sh");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("the deploy command could not run").contains("/no/such/deploy.sh");
        assertThat(events().get(1).outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void usageErrorsNameTheOption() {
        assertThat(CliRun.of("promote", "--ledger", ledger.toString(), "--to", "dev", "--version", "1",
                "--commit", "abc", "--", "true").err()).contains("--commit").contains("is not ID@ISO-TIME");
        CliRun unknown = promote("qa", "1.0", "true");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("to: unknown environment 'qa' (known: dev,production)");
        assertThat(CliRun.of("promote", "--ledger", ledger.toString(), "--to", "dev", "--version", "1").exitCode())
                .as("no deploy command").isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void takesTheCommitsFromGit(@TempDir Path repository) throws Exception {
        git(repository, "init", "-q");
        git(repository, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "--allow-empty",
                "-m", "first");
        git(repository, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "--allow-empty",
                "-m", "second");

        CliRun run = CliRun.of("promote", "--ledger", ledger.toString(), "--to", "dev", "--version", "2",
                "--commits-from-git", "HEAD~1..HEAD", "--git-repo", repository.toString(), "--", "true");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 commits");
        assertThat(events().get(0).commits()).singleElement()
                .satisfies(commit -> assertThat(commit.id()).hasSize(40));
        assertThat(CliRun.of("promote", "--ledger", ledger.toString(), "--to", "dev", "--version", "2",
                "--commits-from-git", "nope..HEAD", "--git-repo", repository.toString(), "--", "true").err())
                .contains("--commits-from-git: git log nope..HEAD failed");
    }

    private static void git(Path repository, String... args) throws Exception {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = repository.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
    }
}
