package io.deliverygates.cli;

import io.deliverygates.common.InputException;
import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.Retention;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ledger retain}: removes old events safely. */
@Command(name = "retain", mixinStandardHelpOptions = true,
        description = {"Remove events older than --max-age and/or beyond the newest --max-events.",
            "Open incidents and records written by newer versions are kept. Safe while builds write to the ledger."})
final class LedgerRetainCommand extends LedgerSubcommand implements Callable<Integer> {
    @Option(names = "--max-age", paramLabel = "AGE", converter = Converters.DurationConverter.class,
            description = "Remove events older than this (e.g. 400d, P400D).")
    Duration maxAge;

    @Option(names = "--max-events", paramLabel = "N", description = "Keep at most the newest N events.")
    int maxEvents;

    @Override
    public Integer call() throws Exception {
        if (maxAge == null && maxEvents <= 0) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, "--max-age/--max-events",
                    "give a positive --max-age or --max-events");
        }
        FileLedger target = ledger.open();
        Retention.Result result = target.retain(new Retention(maxAge, Math.max(0, maxEvents)));
        spec.commandLine().getOut().println("kept " + result.kept() + " event(s), removed " + result.removed()
                + (result.damaged() > 0 ? ", dropped " + result.damaged() + " damaged record(s)" : "")
                + " in " + target.file());
        return ExitCodes.PASSED;
    }
}
