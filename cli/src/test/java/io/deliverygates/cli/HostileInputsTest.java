package io.deliverygates.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that reads a file, given every kind of hostile file in its place: each run ends with exactly one
 * line {@code delivery-gates: <file>...: <what is wrong>} and a documented exit code for bad input (4 to 9), never
 * a stack trace, never a pass, never a hang (a FIFO nobody writes to included).
 */
class HostileInputsTest {
    private static final Path RESOURCES = Path.of("..", "engine", "src", "test", "resources", "io", "deliverygates");
    private static final Path COBERTURA = RESOURCES.resolve("coverage/cobertura/coverage-py.xml").toAbsolutePath();
    private static final Path SBOM = RESOURCES.resolve("license/maven-bom.json").toAbsolutePath();
    private static final Path JMH = RESOURCES.resolve("performance/jmh-run1.json").toAbsolutePath();
    private static final String OPENAPI = """
            openapi: 3.0.3
            info: {title: t, version: 1.0.0}
            paths:
              /a:
                get:
                  responses:
                    '200': {description: ok}
            """;

    @TempDir
    static Path shared;

    /** What a command expects in the file: decides which hostile contents make sense for it. */
    enum Kind { XML, JSON, CSV, JSONL, YAML, JAR, TEXT }

    /** A command with the file under test in one place; {@code work} is a folder for its other files. */
    record Target(String name, Kind kind, Function<Path, List<String>> args) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A hostile file: how it is made, and for which kinds it applies (empty: all). */
    enum Hostile {
        EMPTY, DIRECTORY, FIFO, SYMLINK_OUTSIDE, INVALID_UTF8, NUL_BYTES, HUGE_LINE, BOM_THEN_GARBAGE,
        BILLION_LAUGHS(Kind.XML), EXTERNAL_ENTITY(Kind.XML), DEEP_XML(Kind.XML),
        DEEP_JSON(Kind.JSON, Kind.JSONL, Kind.YAML), ODD_NUMBERS(Kind.JSON, Kind.JSONL),
        DUPLICATE_KEYS(Kind.JSON, Kind.JSONL);

        private final Set<Kind> kinds;

        Hostile(Kind... kinds) {
            this.kinds = kinds.length == 0 ? Set.of(Kind.values()) : Set.of(kinds);
        }

        Path make(Path folder, Kind kind) throws Exception {
            Path file = folder.resolve("input-" + name().toLowerCase() + "." + kind.name().toLowerCase());
            switch (this) {
                case EMPTY -> Files.write(file, new byte[0]);
                case DIRECTORY -> Files.createDirectories(file);
                case FIFO -> {
                    Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).start();
                    assertThat(mkfifo.waitFor()).isZero();
                }
                case SYMLINK_OUTSIDE -> {
                    Path outside = Files.createTempFile("outside-the-workspace-", ".txt");
                    Files.writeString(outside, "root:x:0:0:root:/root:/bin/bash\n");
                    outside.toFile().deleteOnExit();
                    Files.createSymbolicLink(file, outside);
                }
                case INVALID_UTF8 -> Files.write(file, concat(start(kind), new byte[] {(byte) 0xff, (byte) 0xfe,
                        (byte) 0xc3}, end(kind)));
                case NUL_BYTES -> Files.write(file, concat(start(kind), new byte[] {0, 0, 0}, end(kind)));
                case HUGE_LINE -> Files.write(file, "A".repeat(5 * 512 * 1024).getBytes(StandardCharsets.US_ASCII));
                case BOM_THEN_GARBAGE -> Files.write(file, concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                        "<<{{ not this format".getBytes(StandardCharsets.UTF_8)));
                case BILLION_LAUGHS -> Files.writeString(file, "<?xml version=\"1.0\"?><!DOCTYPE lolz ["
                        + "<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                        + "<root>&lol3;</root>");
                case EXTERNAL_ENTITY -> Files.writeString(file, "<?xml version=\"1.0\"?><!DOCTYPE r ["
                        + "<!ENTITY x SYSTEM \"file:///etc/passwd\">]><root>&x;</root>");
                case DEEP_XML -> Files.writeString(file, "<root>" + "<a>".repeat(100_000) + "</a>".repeat(100_000)
                        + "</root>");
                case DEEP_JSON -> Files.writeString(file, "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000));
                case ODD_NUMBERS -> Files.writeString(file, "{\"a\":1e309,\"b\":NaN,\"c\":-0}\n");
                case DUPLICATE_KEYS -> Files.writeString(file, "{\"a\":1,\"a\":2}\n");
                default -> throw new IllegalStateException(name());
            }
            return file;
        }

        private static byte[] start(Kind kind) {
            return switch (kind) {
                case XML -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?><root a=\"".getBytes(StandardCharsets.UTF_8);
                case JSON, JSONL -> "{\"a\":\"".getBytes(StandardCharsets.UTF_8);
                case CSV -> "type,time\nDEPLOYMENT_FINISHED,".getBytes(StandardCharsets.UTF_8);
                default -> "key: ".getBytes(StandardCharsets.UTF_8);
            };
        }

        private static byte[] end(Kind kind) {
            return switch (kind) {
                case XML -> "\"/>".getBytes(StandardCharsets.UTF_8);
                case JSON, JSONL -> "\"}\n".getBytes(StandardCharsets.UTF_8);
                default -> "\n".getBytes(StandardCharsets.UTF_8);
            };
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    static List<Target> targets() {
        Path openapi = shared.resolve("openapi.yaml");
        try {
            Files.writeString(openapi, OPENAPI);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Path out = shared.resolve("out");
        Path nodata = shared.resolve("no-database");
        return List.of(
                new Target("gate --cobertura", Kind.XML, f -> List.of("gate", "--cobertura", f.toString(),
                        "--condition", "line>=0")),
                new Target("gate --jacoco", Kind.XML, f -> List.of("gate", "--jacoco", f.toString(),
                        "--condition", "line>=0")),
                new Target("gate --reference-summary", Kind.JSON, f -> List.of("gate", "--cobertura",
                        COBERTURA.toString(), "--condition", "line:delta>=0", "--reference-summary", f.toString())),
                new Target("perf --jmh", Kind.JSON, f -> List.of("perf", "--jmh", f.toString())),
                new Target("perf --pytest", Kind.JSON, f -> List.of("perf", "--pytest", f.toString())),
                new Target("perf --google-benchmark", Kind.JSON, f -> List.of("perf", "--google-benchmark",
                        f.toString())),
                new Target("perf --k6", Kind.JSON, f -> List.of("perf", "--k6", f.toString())),
                new Target("perf --jmeter", Kind.CSV, f -> List.of("perf", "--jmeter", f.toString())),
                new Target("perf --reference-summary", Kind.JSON, f -> List.of("perf", "--jmh", JMH.toString(),
                        "--reference-summary", f.toString())),
                new Target("license SBOM (JSON)", Kind.JSON, f -> List.of("license", f.toString(), "--out",
                        out.toString())),
                new Target("license SBOM (XML)", Kind.XML, f -> List.of("license", f.toString(), "--out",
                        out.toString())),
                new Target("license --reference", Kind.JSON, f -> List.of("license", SBOM.toString(), "--reference",
                        f.toString(), "--out", out.toString())),
                new Target("api --new (OpenAPI)", Kind.YAML, f -> List.of("api", "--kind", "openapi", "--new",
                        f.toString(), "--reference", openapi.toString(), "--out", out.toString())),
                new Target("api --reference (jar)", Kind.JAR, f -> List.of("api", "--kind", "java", "--new",
                        f.toString(), "--reference", f.toString(), "--out", out.toString())),
                new Target("api --allow-file", Kind.TEXT, f -> List.of("api", "--new", openapi.toString(),
                        "--reference", openapi.toString(), "--allow-file", f.toString(), "--out", out.toString())),
                new Target("api --reference-summary", Kind.JSON, f -> List.of("api", "--new", openapi.toString(),
                        "--reference", openapi.toString(), "--new-only", "--reference-summary", f.toString(), "--out",
                        out.toString())),
                new Target("scan --suppression", Kind.XML, f -> List.of("scan", "--data-dir", nodata.toString(),
                        "--suppression", f.toString(), openapi.toString())),
                new Target("scan --reference", Kind.JSON, f -> List.of("scan", "--data-dir", nodata.toString(),
                        "--reference", f.toString(), openapi.toString())),
                new Target("ledger import (JSON lines)", Kind.JSONL, f -> List.of("ledger", "import", "--ledger",
                        f.resolveSibling("ledger-" + f.getFileName()).toString(), "--format", "jsonl",
                        f.toString())),
                new Target("ledger import (CSV)", Kind.CSV, f -> List.of("ledger", "import", "--ledger",
                        f.resolveSibling("ledger-" + f.getFileName()).toString(), "--format", "csv", f.toString())));
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Target target : targets()) {
            for (Hostile hostile : Hostile.values()) {
                boolean emptyAllowList = target.name().equals("api --allow-file") && hostile == Hostile.EMPTY;
                if (hostile.kinds.contains(target.kind()) && !emptyAllowList) {
                    cases.add(Arguments.of(target, hostile));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} given {1}")
    @MethodSource("cases")
    void endsWithOneLineNamingTheFileAndAnInputExitCode(Target target, Hostile hostile, @TempDir Path folder)
            throws Exception {
        Path file = hostile.make(folder, target.kind());
        List<String> args = target.args().apply(file);

        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CliRun.of(args.toArray(String[]::new)), () -> target + " did not end given " + hostile);

        assertThat(run.exitCode()).as(run.err()).isBetween(4, 9);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).as(run.err()).hasSize(1);
        assertThat(lines.get(0)).startsWith("delivery-gates: ").contains(file.getFileName().toString())
                .doesNotContain("\tat ").doesNotContain("[Fatal Error]").doesNotContain("internal error");
    }

    /** A well-formed report that measured nothing is not a pass: the gate could not check anything. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "--cobertura|<?xml version=\"1.0\" ?><coverage version=\"6.5.0\"><sources/><packages/></coverage>",
        "--cobertura|<coverage><packages><package name=\"app\"><classes><class name=\"e.py\" filename=\"app/e.py\">"
                + "<methods/><lines/></class></classes></package></packages></coverage>",
        "--jacoco|<?xml version=\"1.0\" encoding=\"UTF-8\"?><report name=\"nothing\"></report>"})
    void aReportWithoutAnyCoverageDataIsEmptyNotAPass(String option, String xml, @TempDir Path folder)
            throws IOException {
        Path report = Files.writeString(folder.resolve("report.xml"), xml);

        CliRun run = CliRun.of("gate", option, report.toString(), "--condition", "line>=80");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(5);
        assertThat(run.err().lines().toList()).singleElement().asString().startsWith("delivery-gates: " + report)
                .contains("no coverage data");
    }

    /** A ledger path that is a FIFO: reading it would wait for a writer forever. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ledger show", "ledger export --format jsonl", "metrics"})
    void aLedgerThatIsAFifoEndsWithOneLine(String command, @TempDir Path folder) throws Exception {
        Path fifo = Hostile.FIFO.make(folder, Kind.JSONL);
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--ledger", fifo.toString()));

        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.of(args.toArray(String[]::new)),
                () -> command + " did not end given a FIFO");

        assertThat(run.exitCode()).as(run.err()).isBetween(4, 9);
        assertThat(run.err().lines().toList()).singleElement().asString().startsWith("delivery-gates: ")
                .contains(fifo.getFileName().toString());
    }

    /** A .jsonl file that holds no ledger header and nothing readable is not an empty ledger. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ledger show", "ledger export --format jsonl", "metrics"})
    void aJsonlFileWithNothingOfALedgerIsTheWrongFormat(String command, @TempDir Path folder) throws Exception {
        for (Hostile hostile : List.of(Hostile.HUGE_LINE, Hostile.INVALID_UTF8, Hostile.NUL_BYTES, Hostile.DEEP_JSON,
                Hostile.ODD_NUMBERS, Hostile.DUPLICATE_KEYS, Hostile.BOM_THEN_GARBAGE)) {
            Path file = hostile.make(folder, Kind.JSONL);
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.addAll(List.of("--ledger", file.toString()));

            CliRun run = CliRun.of(args.toArray(String[]::new));

            assertThat(run.exitCode()).as(hostile + ": " + run.err()).isEqualTo(8);
            assertThat(run.err().lines().toList()).as(hostile.name()).singleElement().asString()
                    .startsWith("delivery-gates: ").contains(file.getFileName().toString())
                    .contains("not a delivery ledger");
        }
    }
}
