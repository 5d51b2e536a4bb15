package io.deliverygates.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliverygates.license.LicenseSummary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LicenseDemoPartTest {
    @Test
    void newGplDependencyFailsAndItsExceptionPassesAndTheAllowListFailsFive(@TempDir Path dir) throws Exception {
        StringWriter console = new StringWriter();

        new LicenseDemoPart().write(dir, new PrintWriter(console, true));

        String out = console.toString();
        assertThat(out).contains("-- Maven service: new only against the previous release -> service.html\n"
                + "License gate: FAILED (20 components: 19 passed, 0 unstable, 1 failed, 0 excepted, 0 without "
                + "license, 1 new)");
        assertThat(out).contains("License gate: PASSED (20 components: 20 passed, 0 unstable, 0 failed, 1 excepted");
        assertThat(out).contains("License gate: FAILED (25 components: 20 passed, 0 unstable, 5 failed");
        assertThat(Files.readString(dir.resolve("service.html"))).contains("mysql-connector-j")
                .contains("compared with a reference build");
        assertThat(Files.readString(dir.resolve("service-excepted.html")))
                .contains("accepted until 2027-03-31: LEGAL-42");
        assertThat(LicenseSummary.read(dir.resolve("service-summary.json")).components()).isEqualTo(20);
    }
}
