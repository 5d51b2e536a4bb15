package io.deliverygates.cli;

import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.owasp.encoder.Encode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code delivery-gates demo}: every area's demo on embedded sample data, offline, with an index page that reports
 * what each part ran, its verdicts and its pages.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs the suite on embedded demo data and writes a readable report.",
            "Writes an index.html reporting each part (what ran, the verdicts, links), plus the same text on the console."})
final class DemoCommand implements Callable<Integer> {
    /** The demo's parts, in the order shown. Other areas add theirs here. */
    static final List<DemoPart> PARTS = List.of(
            new CoverageDemoPart(),
            new PerformanceDemoPart(),
            new SecurityDemoPart(),
            new LicenseDemoPart(),
            new DeliveryDemoPart(),
            new MetricsDemoPart(),
            new ApiDemoPart());

    /** Console lines that carry a verdict; the index repeats them above each part's full transcript. */
    static final Pattern VERDICT = Pattern.compile("^(Quality gate: |Performance gate: |Security gate: |License gate: "
            + "|Deployed |FAILED to deploy|delivery-gates: refused|Rolled back|The rollback FAILED|Vulnerability database |WARNING: |-- "
            + "|(SUCCEEDED|FAILED|INCONCLUSIVE): )|: Deployment frequency ");

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "delivery-gates-demo",
            description = "Folder to write the report into (default: ${DEFAULT-VALUE}).")
    Path out;

    /** What one part did: its pages, its console text and how long it took. */
    private record Ran(DemoPart part, List<DemoPart.Page> pages, String transcript, Duration took) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        List<Ran> ran = new ArrayList<>();
        long start = System.nanoTime();
        for (DemoPart part : PARTS) {
            Path dir = out.resolve(part.directory());
            createDirectories(dir);
            console.println("== " + part.title());
            console.flush();
            StringWriter transcript = new StringWriter();
            long partStart = System.nanoTime();
            try (PrintWriter both = new PrintWriter(new Tee(console, transcript))) {
                List<DemoPart.Page> pages = List.copyOf(part.write(dir, both));
                both.flush();
                ran.add(new Ran(part, pages, transcript.toString(), Duration.ofNanos(System.nanoTime() - partStart)));
            }
            console.println();
        }
        Duration total = Duration.ofNanos(System.nanoTime() - start);
        Path indexFile = out.resolve("index.html");
        GateCommand.write(indexFile, index(ran, total));
        console.println("Wrote the demo report to " + indexFile.toAbsolutePath().normalize() + " (" + seconds(total)
                + ")");
        console.flush();
        return ExitCodes.PASSED;
    }

    /** The report: an overview table, then per part what it ran, its verdicts, its pages and its transcript. */
    static String index(List<Ran> ran, Duration total) {
        StringBuilder html = new StringBuilder(16_384).append("<!DOCTYPE html>\n<html lang=\"en\"><head>"
                + "<meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                + " style-src 'unsafe-inline'\"><title>Delivery Gates demo</title><style>"
                + "body{font-family:sans-serif;margin:2em;max-width:70em;color:#222}"
                + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}"
                + "pre{background:#f6f8fa;padding:1em;overflow-x:auto;font-size:85%}"
                + "ul.verdicts li{font-family:monospace}</style></head>"
                + "<body>\n<h1>Delivery Gates demo</h1>\n<p>Each part below ran the real commands on embedded sample"
                + " data, offline (services on 127.0.0.1 only), in ").append(seconds(total)).append(" in all.</p>\n");
        html.append("<table id=\"overview\"><tr><th>Part</th><th>What ran</th><th>Took</th></tr>\n");
        for (int i = 0; i < ran.size(); i++) {
            Ran part = ran.get(i);
            html.append("<tr><td><a href=\"#part-").append(i + 1).append("\">").append(Encode.forHtml(part.part().title()))
                    .append("</a></td><td>").append(Encode.forHtml(part.part().description())).append("</td><td>")
                    .append(seconds(part.took())).append("</td></tr>\n");
        }
        html.append("</table>\n");
        for (int i = 0; i < ran.size(); i++) {
            part(html, i + 1, ran.get(i));
        }
        return html.append("</body></html>\n").toString();
    }

    private static void part(StringBuilder html, int number, Ran ran) {
        DemoPart part = ran.part();
        html.append("<section class=\"part\" id=\"part-").append(number).append("\">\n<h2>")
                .append(Encode.forHtml(part.title())).append("</h2>\n");
        if (!part.description().isEmpty()) {
            html.append("<p>").append(Encode.forHtml(part.description())).append("</p>\n");
        }
        List<String> verdicts = ran.transcript().lines().map(String::strip)
                .filter(line -> VERDICT.matcher(line).find()).toList();
        if (!verdicts.isEmpty()) {
            html.append("<h3>Verdicts</h3>\n<ul class=\"verdicts\">\n");
            verdicts.forEach(line -> html.append("<li>").append(Encode.forHtml(line)).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("<h3>Pages</h3>\n<ul>\n");
        for (DemoPart.Page page : ran.pages()) {
            html.append("<li><a href=\"").append(Encode.forHtmlAttribute(part.directory() + "/" + page.file()))
                    .append("\">").append(Encode.forHtml(page.title())).append("</a></li>\n");
        }
        html.append("</ul>\n<details><summary>Everything it printed</summary>\n<pre>")
                .append(Encode.forHtml(ran.transcript())).append("</pre></details>\n</section>\n");
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InputException(Problem.UNREADABLE, dir.toString(), InputException.NO_LINE,
                    "cannot create the output folder: " + e, e);
        }
    }

    /** Writes to the console and keeps a copy for the index. */
    private static final class Tee extends Writer {
        private final Writer console;
        private final Writer copy;

        Tee(Writer console, Writer copy) {
            this.console = console;
            this.copy = copy;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            console.write(chars, offset, length);
            copy.write(chars, offset, length);
        }

        @Override
        public void flush() throws IOException {
            console.flush();
            copy.flush();
        }

        @Override
        public void close() throws IOException {
            flush(); // the console stays open
        }
    }
}
