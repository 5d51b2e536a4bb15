package io.deliverygates.cli;

import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.owasp.encoder.Encode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code delivery-gates demo}: every area's demo on embedded sample data, with an index page linking them. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs the suite on embedded demo data and writes a readable report.",
            "Writes an index.html linking each part, plus a text summary on the console."})
final class DemoCommand implements Callable<Integer> {
    /** The demo's parts, in the order shown. Other areas add theirs here. */
    static final List<DemoPart> PARTS = List.of(
            new CoverageDemoPart(),
            new LicenseDemoPart(),
            new MetricsDemoPart());

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "delivery-gates-demo",
            description = "Folder to write the report into (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        StringBuilder index = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Delivery Gates demo</title><style>body{font-family:sans-serif;margin:2em}</style></head>"
                + "<body>\n<h1>Delivery Gates demo</h1>\n<p>Each part ran on embedded sample data.</p>\n");
        for (DemoPart part : PARTS) {
            Path dir = out.resolve(part.directory());
            createDirectories(dir);
            console.println("== " + part.title());
            List<DemoPart.Page> pages = new ArrayList<>(part.write(dir, console));
            console.println();
            index.append("<h2>").append(Encode.forHtml(part.title())).append("</h2>\n<ul>\n");
            for (DemoPart.Page page : pages) {
                index.append("<li><a href=\"").append(Encode.forHtmlAttribute(part.directory() + "/" + page.file()))
                        .append("\">").append(Encode.forHtml(page.title())).append("</a></li>\n");
            }
            index.append("</ul>\n");
        }
        index.append("</body></html>\n");
        Path indexFile = out.resolve("index.html");
        GateCommand.write(indexFile, index.toString());
        console.println("Wrote the demo report to " + indexFile.toAbsolutePath().normalize());
        console.flush();
        return ExitCodes.PASSED;
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InputException(Problem.UNREADABLE, dir.toString(), InputException.NO_LINE,
                    "cannot create the output folder: " + e, e);
        }
    }
}
