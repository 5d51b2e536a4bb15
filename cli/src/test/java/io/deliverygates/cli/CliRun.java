package io.deliverygates.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line: exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DeliveryGatesCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
