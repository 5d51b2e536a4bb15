package io.deliverygates.cli;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/** What every {@code ledger} subcommand has: its spec (for the output streams) and the {@code --ledger} option. */
abstract class LedgerSubcommand {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    LedgerCommand.LedgerOption ledger = new LedgerCommand.LedgerOption();
}
