package io.deliverygates.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class DeliveryGatesCommandTest {

    @Test
    void unknownOptionIsAUsageErrorNamingTheOption() {
        StringWriter err = new StringWriter();
        int code = DeliveryGatesCommand.execute(
                new String[] {"--no-such-option"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--no-such-option").contains("--help");
    }

    @Test
    void helpListsTheExitCodes() {
        StringWriter out = new StringWriter();
        int code = DeliveryGatesCommand.execute(
                new String[] {"--help"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Exit codes:").contains("unstable");
    }
}
