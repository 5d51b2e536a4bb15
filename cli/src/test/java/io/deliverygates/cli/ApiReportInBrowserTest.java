package io.deliverygates.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API compatibility report in a real browser (Debian's chromium, headless): markup in a location is text. */
class ApiReportInBrowserTest {
    @TempDir
    Path temp;

    @Test
    void aPathWithMarkupIsShownLiterallyAndRunsNothing() throws Exception {
        Chromium chromium = Chromium.require(temp);
        String hostile = "/pets/<img src=x onerror=console.error('injected')>";
        Path before = Files.writeString(temp.resolve("before.yaml"), "openapi: 3.0.3\ninfo: {title: x, version: 1.0.0}\n"
                + "paths:\n  \"" + hostile + "\":\n    get:\n      responses:\n        '200': {description: ok}\n"
                + "  /stay:\n    get:\n      responses:\n        '200': {description: ok}\n");
        Path after = Files.writeString(temp.resolve("after.yaml"), "openapi: 3.0.3\ninfo: {title: x, version: 1.0.1}\n"
                + "paths:\n  /stay:\n    get:\n      responses:\n        '200': {description: ok}\n");
        CliRun run = CliRun.of("api", "--new", after.toString(), "--reference", before.toString(), "--out",
                temp.resolve("reports").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FAILED);

        Chromium.Load load = chromium.dumpDom(temp.resolve("reports/api-compatibility.html").toUri().toString());

        assertThat(load.console()).as("console messages").isEmpty();
        assertThat(load.dom()).contains("<h1>API compatibility: FAILED</h1>")
                .contains("<code>/pets/&lt;img src=x onerror=console.error('injected')&gt;</code>")
                .doesNotContain("<img");
    }
}
