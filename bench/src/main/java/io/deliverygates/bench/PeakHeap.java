package io.deliverygates.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the heap each parser needs for reports of several sizes, each parse in its own fresh JVM ({@link
 * HeapProbe}) with the same settings: Serial GC, an 8 MB young generation (so the live heap is sampled every few MB
 * of allocation) and a 4 GB limit no parser reaches. Memory that does not grow with the report shows as about the
 * same figure for every size. The parsers ({@link Parsers}): ours keeping the full tree ({@code delivery-gates}),
 * ours keeping what a project gate needs ({@code delivery-gates-gate}, {@code line>=80,branch>=60}, as the quality
 * gate reads), ours keeping what a gate with one package-scoped condition needs ({@code delivery-gates-pkg-gate}),
 * and the baseline.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.deliverygates.bench.PeakHeap [MB,MB,...] [parser,parser,...]}
 */
public final class PeakHeap {
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xmn8m", "-Xmx4g");

    private PeakHeap() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String size : (args.length > 0 ? args[0] : "50,200").split(",")) {
            sizes.add(Integer.parseInt(size.trim()));
        }
        List<String> parsers = args.length > 1 ? List.of(args[1].split(",")) : List.copyOf(Parsers.all().keySet());
        System.out.println("JVM options of each parse: " + String.join(" ", JVM_OPTIONS));
        System.out.printf("%-20s %10s %22s %22s%n", "parser", "report MB", "peak live heap MB", "result retained MB");
        for (int size : sizes) {
            GeneratedReport report = BenchmarkReports.write(size);
            try {
                for (String parser : parsers) {
                    long[] heap = probe(report, parser);
                    System.out.printf("%-20s %10.1f %22.1f %22.1f%n", parser, report.megabytes(),
                            heap[0] / 1e6, heap[1] / 1e6);
                }
            } finally {
                Files.deleteIfExists(report.file());
            }
        }
    }

    /** Peak live and retained heap in bytes, from a child JVM that must also read the right totals. */
    private static long[] probe(GeneratedReport report, String parser) throws IOException, InterruptedException {
        Parsers.named(parser);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), HeapProbe.class.getName(), parser,
                report.file().toString()));
        Path output = Files.createTempFile("heap-probe-", ".txt");
        try {
            int exit = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start().waitFor();
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            int start = printed.indexOf(HeapProbe.RESULT);
            if (exit != 0 || start < 0 || !printed.contains(" " + report.totals())) {
                throw new IllegalStateException(parser + " failed on " + report.file() + " (exit " + exit
                        + ", expected totals " + report.totals() + "):\n" + printed);
            }
            String[] fields = printed.substring(start + HeapProbe.RESULT.length()).split(" ", 3);
            return new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[1])};
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
