package io.deliverygates.cli;

import io.deliverygates.common.DurationText;
import io.deliverygates.ledger.BuildRef;
import io.deliverygates.ledger.Commit;
import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import io.deliverygates.promotion.EnvironmentChain;
import io.deliverygates.promotion.PromotionRefusedException;
import io.deliverygates.promotion.PromotionRequest;
import io.deliverygates.promotion.Promoter;
import io.deliverygates.promotion.StartedDeployment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code promote}: deploys a version to an environment with a command, if the environment order allows it. */
@Command(name = "promote", sortOptions = false,
        description = {"Runs the deploy command after '--' to put a version into an environment, if it succeeded in "
                + "the previous environment (and soaked there long enough), and records the deployment in the "
                + "ledger. See docs/promotion-and-rollback.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:deployed",
            " 2:refused by the environment order, or the deploy command failed",
            "130/143:stopped by SIGINT (Ctrl-C) / SIGTERM: the deploy command was stopped, the deployment recorded"
                    + " as ABORTED",
            " 3:usage error",
            " 9:the ledger cannot be read or written"
        })
final class PromoteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    @Option(names = "--ledger", required = true, paramLabel = "DIR", description = "Ledger folder (or .jsonl file).")
    Path ledger;

    @Option(names = "--environments", defaultValue = EnvironmentChain.DEFAULT, paramLabel = "LIST",
            description = "Environments in order, each optionally with a minimum soak time: "
                    + "dev,staging:1h,production (default: ${DEFAULT-VALUE}).")
    String environments;

    @Option(names = "--to", required = true, paramLabel = "ENV", description = "The environment to deploy to.")
    String to;

    @Option(names = "--version", required = true, paramLabel = "VERSION", description = "The version deployed.")
    String version;

    @Option(names = "--commit", paramLabel = "ID@TIME", converter = Converters.CommitConverter.class,
            description = "A commit the deployment brings, with its ISO-8601 commit time (repeatable).")
    List<Commit> commits = new ArrayList<>();

    @Option(names = "--commits-from-git", paramLabel = "RANGE",
            description = "Take the commits from 'git log RANGE' in the current folder, e.g. v1.4.1..v1.4.2.")
    String gitRange;

    @Option(names = "--git-repo", defaultValue = ".", paramLabel = "DIR",
            description = "The git working tree for --commits-from-git (default: the current folder).")
    Path gitRepo;

    @Option(names = "--fixes-incident", paramLabel = "ID",
            description = "The incident this deployment fixes (default: the one open in the environment, if any).")
    String fixesIncident;

    @Option(names = "--build", paramLabel = "JOB#NUMBER", converter = Converters.BuildConverter.class,
            description = "The CI build that deploys, e.g. shop/deploy#42.")
    BuildRef build;

    @Parameters(arity = "1..*", paramLabel = "COMMAND", description = "The deploy command, after '--'.")
    List<String> command;

    @Option(names = "--stop-grace", defaultValue = "10s", paramLabel = "DURATION",
            converter = Converters.DurationConverter.class,
            description = "When delivery-gates is stopped (SIGTERM, Ctrl-C), how long the deploy command's processes "
                    + "get to end after SIGTERM before they are killed (default: ${DEFAULT-VALUE}).")
    Duration stopGrace;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Commit> brought = new ArrayList<>(commits);
        if (gitRange != null) {
            brought.addAll(GitCommits.inRange(gitRepo, gitRange));
        }
        FileLedger file = LedgerOption.at(ledger);
        Promoter promoter = new Promoter(EnvironmentChain.parse(environments, "--environments"), file, file,
                Clock.systemUTC());
        PromotionRequest request = new PromotionRequest(to, version, brought, build, fixesIncident);
        LedgerEvent finished;
        try {
            StartedDeployment started = promoter.begin(request);
            finished = new InterruptibleDeployment(promoter, started, stopGrace, err).run(command, out);
        } catch (PromotionRefusedException e) {
            err.println("delivery-gates: refused: " + e.getMessage());
            return ExitCodes.FAILED;
        } catch (IOException e) {
            throw LedgerOption.unusable(ledger, e);
        }
        out.printf("%s %s to %s in %s (deployment %s, %d commits)%n",
                finished.outcome() == Outcome.SUCCEEDED ? "Deployed" : "FAILED to deploy", version, to,
                DurationText.format(finished.duration()), finished.deploymentId(), brought.size());
        return finished.outcome() == Outcome.SUCCEEDED ? ExitCodes.PASSED : ExitCodes.FAILED;
    }
}
