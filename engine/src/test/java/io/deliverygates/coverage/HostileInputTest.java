package io.deliverygates.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad and hostile report files: each is an InputException with the right problem, naming the file and line. */
class HostileInputTest {
    private static final String CANARY = "canary-7f3a9c-secret";
    private static final String JACOCO_DOCTYPE =
            "<!DOCTYPE report PUBLIC \"-//JACOCO//DTD Report 1.1//EN\" \"report.dtd\">";

    @TempDir
    Path dir;
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String serverUrl;

    @BeforeEach
    void startLoopbackServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY leak \"leaked\">".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        serverUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private static void assertProblem(ThrowingCallable call, Problem problem, Path file, int line) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.source()).isEqualTo(file.toString());
            assertThat(e.getMessage()).startsWith(file.toString());
            if (line > 0) {
                assertThat(e.line()).isEqualTo(line);
                assertThat(e.getMessage()).startsWith(file + ":" + line + ": ");
            }
        });
    }

    @Test
    void externalEntityReadsNoLocalFile() throws Exception {
        Path canary = write("canary.txt", CANARY);
        Path report = write("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE report [\n<!ENTITY xxe SYSTEM \""
                + canary.toUri() + "\">\n]>\n<report name=\"&xxe;\"><package name=\"&xxe;\"/></report>\n");

        assertProblem(() -> new JacocoXmlReader().read(report), Problem.UNSAFE, report, 0);
        assertThatThrownBy(() -> new JacocoXmlReader().read(report)).hasMessageNotContaining(CANARY);
    }

    @Test
    void externalEntityOpensNoConnection() throws Exception {
        Path report = write("xxe-http.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE coverage [\n<!ENTITY % remote SYSTEM \""
                + serverUrl + "evil.dtd\">\n%remote;\n<!ENTITY web SYSTEM \"" + serverUrl + "data\">\n]>\n"
                + "<coverage><packages><package name=\"&web;\"/></packages></coverage>\n");

        assertProblem(() -> new CoberturaXmlReader().read(report), Problem.UNSAFE, report, 0);
        assertThat(requests).hasValue(0);
    }

    @Test
    void externalDtdOfAPlainDoctypeIsIgnoredNotFetched() throws Exception {
        Path report = write("remote-dtd.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE report SYSTEM \"" + serverUrl
                + "report.dtd\">\n<report name=\"x\"><package name=\"a\"><class name=\"a/A\">"
                + "<counter type=\"LINE\" missed=\"1\" covered=\"3\"/></class></package></report>\n");

        CoverageTree tree = new JacocoXmlReader().read(report);

        assertThat(tree.counters().get(Metric.LINE)).contains(new Counter(3, 1));
        assertThat(requests).hasValue(0);
    }

    @Test
    void billionLaughsIsRefusedBeforeExpansion() throws Exception {
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE report [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            doc.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                doc.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            doc.append("\">\n");
        }
        doc.append("]>\n<report name=\"&lol9;\"/>\n");
        Path report = write("lol.xml", doc.toString());

        assertProblem(() -> new JacocoXmlReader().read(report), Problem.UNSAFE, report, 0);
    }

    @Test
    void malformedXmlNamesTheLine() throws Exception {
        Path report = write("broken.xml", "<?xml version=\"1.0\"?>\n<report name=\"x\">\n<package name=\"a\">\n"
                + "<class name=\"a/A\"\n</package></report>\n");

        assertProblem(() -> new JacocoXmlReader().read(report), Problem.MALFORMED, report, 5);
    }

    @Test
    void truncatedReportIsMalformed() throws Exception {
        Path report = write("truncated.xml", "<?xml version=\"1.0\"?>\n<report name=\"x\">\n<package name=\"a\">\n");

        assertProblem(() -> new JacocoXmlReader().read(report), Problem.MALFORMED, report, 0);
    }

    @Test
    void badCounterValuesAreMalformed() throws Exception {
        Path report = write("counter.xml", "<report name=\"x\">\n<package name=\"a\"><class name=\"a/A\">\n"
                + "<counter type=\"LINE\" missed=\"many\" covered=\"1\"/></class></package></report>");

        assertProblem(() -> new JacocoXmlReader().read(report), Problem.MALFORMED, report, 3);
    }

    @Test
    void emptyFileIsEmpty() throws Exception {
        Path report = write("empty.xml", "");

        assertProblem(() -> new JacocoXmlReader().read(report), Problem.EMPTY, report, 0);
        assertProblem(() -> new CoberturaXmlReader().read(report), Problem.EMPTY, report, 0);
    }

    @Test
    void coberturaGivenAsJacocoIsTheWrongFormatWithAHint() throws Exception {
        Path report = Path.of(getClass().getResource("cobertura/coverage-py.xml").toURI());

        assertProblem(() -> new JacocoXmlReader().read(report), Problem.WRONG_FORMAT, report, 2);
        assertThatThrownBy(() -> new JacocoXmlReader().read(report)).hasMessageContaining("Cobertura");
    }

    @Test
    void jacocoGivenAsCoberturaIsTheWrongFormatWithAHint() throws Exception {
        Path report = write("jacoco.xml", "<?xml version=\"1.0\"?>\n" + JACOCO_DOCTYPE + "\n<report name=\"x\"/>");

        assertProblem(() -> new CoberturaXmlReader().read(report), Problem.WRONG_FORMAT, report, 3);
        assertThatThrownBy(() -> new CoberturaXmlReader().read(report)).hasMessageContaining("JaCoCo");
    }

    @Test
    void anyOtherXmlIsTheWrongFormat() throws Exception {
        Path pom = write("pom.xml", "<project><modelVersion>4.0.0</modelVersion></project>");

        assertProblem(() -> new JacocoXmlReader().read(pom), Problem.WRONG_FORMAT, pom, 1);
        assertProblem(() -> new CoberturaXmlReader().read(pom), Problem.WRONG_FORMAT, pom, 1);
    }

    @Test
    void missingFileIsNotFound() {
        Path missing = dir.resolve("no-such.xml");

        assertProblem(() -> new JacocoXmlReader().read(missing), Problem.NOT_FOUND, missing, 0);
    }

    @Test
    void globMatchingNothingIsNotFoundNamingTheParameterAndGlob() {
        assertThatThrownBy(() -> ReportFiles.resolve(dir, "**/target/jacoco.xml", "jacoco"))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND);
                    assertThat(e.source()).isEqualTo("jacoco");
                    assertThat(e.getMessage()).contains("**/target/jacoco.xml");
                });
    }

    @Test
    void fileLargerThanTheLimitIsRefusedWithoutReading() throws Exception {
        Path report = write("huge.xml", "<report name=\"x\">" + " ".repeat(10_000) + "</report>");

        assertProblem(() -> new JacocoXmlReader(1_000).read(report), Problem.UNREADABLE, report, 0);
        assertThatThrownBy(() -> new JacocoXmlReader(1_000).read(report)).hasMessageContaining("limit");
    }

    @Test
    void hugeTokenHitsTheParsersLimitsCleanly() throws Exception {
        // the JDK parser caps name lengths: a 2 MB element name is refused, not buffered
        Path report = dir.resolve("huge-name.xml");
        try (var out = Files.newBufferedWriter(report)) {
            out.write("<report name=\"x\"><package name=\"a\"><");
            for (int i = 0; i < 2_000; i++) {
                out.write("x".repeat(1_000));
            }
            out.write("/></package></report>");
        }

        assertThatThrownBy(() -> new JacocoXmlReader().read(report)).isInstanceOfSatisfying(InputException.class,
                e -> {
                    assertThat(e.problem()).isEqualTo(Problem.UNSAFE);
                    assertThat(e.getMessage()).startsWith(report + ":1: ").contains("limit");
                });
    }

    @Test
    void badExecFileIsMalformed() throws Exception {
        Path exec = write("jacoco.exec", "this is not execution data");

        assertProblem(() -> new JacocoExecReader().read(List.of(exec), List.of(dir)), Problem.MALFORMED, exec, 0);
    }

    @Test
    void execWithMissingOrEmptyClassesIsNotFound() throws Exception {
        Path exec = dir.resolve("empty-run.exec");
        try (var out = Files.newOutputStream(exec)) {
            new org.jacoco.core.data.ExecutionDataWriter(out); // header only: a run that recorded nothing
        }
        Path classes = dir.resolve("classes");

        assertProblem(() -> new JacocoExecReader().read(List.of(exec), List.of(classes)), Problem.NOT_FOUND,
                classes, 0);
        Files.createDirectories(classes);
        assertThatThrownBy(() -> new JacocoExecReader().read(List.of(exec), List.of(classes)))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND);
                    assertThat(e.getMessage()).contains("no class files").contains(classes.toString());
                });
        assertThatThrownBy(() -> new JacocoExecReader().read(List.of(exec), List.of()))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.source()).isEqualTo("classes"));
    }
}
