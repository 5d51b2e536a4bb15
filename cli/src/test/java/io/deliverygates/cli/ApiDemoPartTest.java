package io.deliverygates.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiDemoPartTest {
    @Test
    void showsABreakTheAllowListAndTheLedgerReference(@TempDir Path dir) throws Exception {
        StringWriter console = new StringWriter();
        List<DemoPart.Page> pages = new ApiDemoPart().write(dir, new PrintWriter(console, true));
        assertThat(console.toString())
                .contains("API compatibility: FAILED (Java library, 3 breaking")
                .contains("API compatibility: PASSED (Java library, 0 breaking, 0 new, 3 allowed")
                .contains("reference: petstore-1.0.yaml 1.0.0 in production")
                .contains("API compatibility: FAILED (HTTP API (OpenAPI), 23 breaking");
        assertThat(pages).allSatisfy(page -> assertThat(dir.resolve(page.file())).isNotEmptyFile());
        // a second run into the same folder reuses its ledger instead of recording the deployment twice
        new ApiDemoPart().write(dir, new PrintWriter(new StringWriter()));
        assertThat(dir.resolve("ledger/delivery-ledger.jsonl")).content().hasLineCount(3);
    }
}
