package io.deliverygates.cli;

import io.deliverygates.common.InputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code delivery-gates}: one subcommand per engine operation. */
@Command(
        name = "delivery-gates",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Quality, security and delivery gates for any CI, with DORA metrics.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:passed",
            " 1:unstable (a condition with criticality UNSTABLE is violated)",
            " 2:failed (a condition with criticality FAILURE is violated, or a deployment failed)",
            " 3:usage error (a wrong or missing parameter)",
            " 4:input not found (file, folder or glob matching nothing)",
            " 5:input file empty",
            " 6:input malformed (not well-formed XML/JSON/...)",
            " 7:input unsafe (external entities, DTD tricks)",
            " 8:input of the wrong format",
            " 9:input unreadable or output not writable",
            "10:a needed service, endpoint or database is unavailable",
            "70:internal error (please report it)"
        },
        subcommands = {
            CommandLine.HelpCommand.class,
            LedgerCommand.class,
            PromoteCommand.class,
            HealthCommand.class,
            MetricsCommand.class,
            GateCommand.class,
            PerfCommand.class,
            DemoCommand.class,
            UpdateCommand.class,
            ScanCommand.class,
            ApiCommand.class,
            LicenseCommand.class,
        })
public final class DeliveryGatesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; tests call this instead of {@link #main}. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new DeliveryGatesCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> handle(exception, cmd));
        commandLine.setParameterExceptionHandler((exception, args2) -> {
            CommandLine cmd = exception.getCommandLine();
            cmd.getErr().println("delivery-gates: " + exception.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.USAGE;
        });
        return commandLine.execute(args);
    }

    private static int handle(Exception exception, CommandLine cmd) {
        if (exception instanceof InputException) {
            cmd.getErr().println("delivery-gates: " + exception.getMessage());
            return ExitCodes.of(((InputException) exception).problem());
        }
        cmd.getErr().println("delivery-gates: internal error: " + exception);
        exception.printStackTrace(cmd.getErr());
        return ExitCodes.INTERNAL_ERROR;
    }
}
