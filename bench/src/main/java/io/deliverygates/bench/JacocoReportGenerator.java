package io.deliverygates.bench;

import io.deliverygates.bench.CounterSet.Type;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes a synthetic JaCoCo XML report shaped like the ones JaCoCo 0.8.x's XML formatter writes: all on one line, the
 * report DOCTYPE, session infos, then packages, each with its classes (methods with counters, then class counters)
 * followed by its source files (lines in ascending order, then counters), and on every level the counters JaCoCo
 * would compute from the level below (only those with a total above zero). The same seed and size give the same
 * bytes, so every run parses the same input. Only one package is held in memory at a time, so reports of any size
 * can be written.
 */
public final class JacocoReportGenerator {
    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<!DOCTYPE report PUBLIC \"-//JACOCO//DTD Report 1.1//EN\" \"report.dtd\">";
    private static final String[] AREAS = {"billing", "catalog", "checkout", "delivery", "identity", "inventory",
        "ledger", "notification", "payment", "pricing", "reporting", "search", "shipping", "tenant"};
    private static final String[] LAYERS = {"api", "domain", "internal", "persistence", "service", "web", "util",
        "config", "events", "model"};
    private static final String[] NOUNS = {"Account", "Address", "Batch", "Cart", "Customer", "Discount", "Entry",
        "Invoice", "Item", "Order", "Payment", "Price", "Product", "Query", "Refund", "Schedule", "Session", "Stock",
        "Tax", "Token", "Warehouse"};
    private static final String[] ROLES = {"Service", "Repository", "Controller", "Mapper", "Validator", "Factory",
        "Handler", "Client", "Resource", "Policy", "Builder", "Listener"};
    private static final String[] VERBS = {"get", "set", "find", "create", "update", "delete", "validate", "map",
        "apply", "compute", "load", "handle", "is", "to", "with"};
    private static final String[] DESCRIPTORS = {"()V", "()Ljava/lang/String;", "(Ljava/lang/String;)V",
        "(I)Z", "(J)Ljava/util/Optional;", "(Ljava/util/List;)Ljava/util/List;",
        "(Ljava/lang/String;Ljava/util/Map;)Lcom/acme/common/Result;", "()I", "(Ljava/lang/Object;)Z",
        "(Ljava/time/Instant;Ljava/time/Instant;)Ljava/time/Duration;"};

    private final long seed;

    public JacocoReportGenerator(long seed) {
        this.seed = seed;
    }

    /** Writes packages until the report has at least {@code minimumBytes} bytes (UTF-8, here plain ASCII). */
    public GeneratedReport write(Path file, long minimumBytes) throws IOException {
        Random random = new Random(seed);
        CounterSet reportCounters = new CounterSet();
        Set<String> packageNames = new HashSet<>();
        long bytes;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder xml = new StringBuilder(1 << 20);
            xml.append(HEADER).append("<report name=\"Generated benchmark report ").append(seed).append("\">")
                    .append("<sessioninfo id=\"ci-agent-7-3f2a9c1e\" start=\"1795734198481\" dump=\"1795734204543\"/>")
                    .append("<sessioninfo id=\"ci-agent-7-8b0d44a2\" start=\"1795734205112\" dump=\"1795734261907\"/>");
            bytes = flush(xml, out);
            while (bytes < minimumBytes) {
                String name = unique(packageNames, "com/acme/" + pick(random, AREAS) + "/" + pick(random, LAYERS));
                reportCounters.addAll(appendPackage(xml, name, random));
                bytes += flush(xml, out);
            }
            reportCounters.appendXml(xml);
            xml.append("</report>");
            bytes += flush(xml, out);
        }
        return new GeneratedReport(file, bytes, reportCounters.toTotals());
    }

    private static long flush(StringBuilder xml, Writer out) throws IOException {
        int length = xml.length(); // every character written is ASCII: one byte each
        out.append(xml);
        xml.setLength(0);
        return length;
    }

    private static CounterSet appendPackage(StringBuilder xml, String packageName, Random random) {
        List<SourceFile> files = new ArrayList<>();
        Set<String> fileNames = new HashSet<>();
        int fileCount = 4 + random.nextInt(30);
        for (int i = 0; i < fileCount; i++) {
            String simpleName = unique(fileNames, pick(random, NOUNS) + pick(random, ROLES));
            files.add(SourceFile.generate(packageName, simpleName, random));
        }
        CounterSet packageCounters = new CounterSet();
        xml.append("<package name=\"").append(packageName).append("\">");
        for (SourceFile file : files) {
            for (ClassData type : file.classes()) {
                type.appendXml(xml, file.name());
            }
        }
        for (SourceFile file : files) {
            file.appendXml(xml);
            packageCounters.addAll(file.counters());
        }
        packageCounters.appendXml(xml);
        xml.append("</package>");
        return packageCounters;
    }

    static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    /** Makes a name unique within its scope the way real code bases do: a number suffix. */
    static String unique(Set<String> taken, String name) {
        String candidate = name;
        for (int i = 2; !taken.add(candidate); i++) {
            candidate = name + i;
        }
        return candidate;
    }

    /** How much of a class or method the imaginary tests executed. */
    enum Execution { NONE, PARTLY, FULLY }

    /** One {@code <line>} element: instructions and branches missed and covered on one source line. */
    record LineData(int nr, int mi, int ci, int mb, int cb) {
        static LineData generate(int nr, Execution execution, Random random) {
            int instructions = 1 + random.nextInt(9);
            int branches = random.nextInt(5) == 0 ? 2 * (1 + random.nextInt(2)) : 0;
            boolean executed = execution == Execution.FULLY
                    || execution == Execution.PARTLY && random.nextInt(3) != 0;
            if (!executed) {
                return new LineData(nr, instructions, 0, branches, 0);
            }
            if (execution == Execution.FULLY) {
                return new LineData(nr, 0, instructions, 0, branches);
            }
            int missed = random.nextInt(instructions);
            int coveredBranches = branches == 0 ? 0 : 1 + random.nextInt(branches);
            return new LineData(nr, missed, instructions - missed, branches - coveredBranches, coveredBranches);
        }

        void appendXml(StringBuilder xml) {
            xml.append("<line nr=\"").append(nr).append("\" mi=\"").append(mi).append("\" ci=\"").append(ci)
                    .append("\" mb=\"").append(mb).append("\" cb=\"").append(cb).append("\"/>");
        }

        /** Adds this line to instruction, branch, line and complexity counters by JaCoCo's rules. */
        void count(CounterSet counters) {
            counters.add(Type.INSTRUCTION, mi, ci);
            counters.add(Type.BRANCH, mb, cb);
            counters.add(Type.LINE, ci == 0 ? 1 : 0, ci == 0 ? 0 : 1);
            if (mb + cb > 1) {
                int coveredComplexity = Math.max(0, cb - 1);
                counters.add(Type.COMPLEXITY, Math.max(0, mb + cb - coveredComplexity - 1), coveredComplexity);
            }
        }
    }

    /** One {@code <method>} element and the lines its code is on. */
    record MethodData(String name, String descriptor, List<LineData> lines, CounterSet counters) {
        static MethodData generate(String name, String descriptor, int firstLine, Execution execution,
                Random random) {
            List<LineData> lines = new ArrayList<>();
            CounterSet counters = new CounterSet();
            int nr = firstLine;
            int count = 1 + random.nextInt(10);
            for (int i = 0; i < count; i++) {
                LineData line = LineData.generate(nr, execution, random);
                line.count(counters);
                lines.add(line);
                nr += 1 + (random.nextInt(4) == 0 ? 1 : 0);
            }
            boolean entered = counters.covered(Type.INSTRUCTION) > 0;
            counters.add(Type.METHOD, entered ? 0 : 1, entered ? 1 : 0);
            counters.add(Type.COMPLEXITY, entered ? 0 : 1, entered ? 1 : 0);
            return new MethodData(name, descriptor, lines, counters);
        }

        int lastLine() {
            return lines.get(lines.size() - 1).nr();
        }

        void appendXml(StringBuilder xml) {
            xml.append("<method name=\"").append(escape(name)).append("\" desc=\"").append(descriptor)
                    .append("\" line=\"").append(lines.get(0).nr()).append("\">");
            counters.appendXml(xml);
            xml.append("</method>");
        }

        private static String escape(String name) {
            return name.replace("<", "&lt;").replace(">", "&gt;");
        }
    }

    /** One {@code <class>} element: a top-level, nested or anonymous class, or an interface without code. */
    record ClassData(String name, List<MethodData> methods, CounterSet counters) {
        static ClassData generate(String name, int firstLine, int methodCount, Random random) {
            Execution classExecution = random.nextInt(7) == 0 ? Execution.NONE : Execution.PARTLY;
            List<MethodData> methods = new ArrayList<>();
            Set<String> signatures = new HashSet<>();
            CounterSet counters = new CounterSet();
            int line = firstLine;
            for (int i = 0; i < methodCount; i++) {
                String methodName = methodName(i, random);
                String descriptor = pick(random, DESCRIPTORS);
                while (!signatures.add(methodName + descriptor)) {
                    methodName = methodName + "0";
                }
                MethodData method = MethodData.generate(methodName, descriptor, line,
                        methodExecution(classExecution, random), random);
                methods.add(method);
                counters.addAll(method.counters());
                line = method.lastLine() + 2 + random.nextInt(4);
            }
            if (methodCount > 0) {
                boolean used = counters.covered(Type.METHOD) > 0;
                counters.add(Type.CLASS, used ? 0 : 1, used ? 1 : 0);
            }
            return new ClassData(name, methods, counters);
        }

        private static String methodName(int index, Random random) {
            if (index == 0) {
                return "<init>";
            }
            return switch (random.nextInt(12)) {
                case 0 -> "<clinit>";
                case 1, 2 -> "lambda$" + pick(random, VERBS) + "$" + random.nextInt(4);
                default -> pick(random, VERBS) + pick(random, NOUNS);
            };
        }

        private static Execution methodExecution(Execution classExecution, Random random) {
            if (classExecution == Execution.NONE) {
                return Execution.NONE;
            }
            int roll = random.nextInt(20);
            return roll < 3 ? Execution.NONE : roll < 8 ? Execution.PARTLY : Execution.FULLY;
        }

        int lastLine() {
            return methods.isEmpty() ? 0 : methods.get(methods.size() - 1).lastLine();
        }

        void appendXml(StringBuilder xml, String sourceFileName) {
            xml.append("<class name=\"").append(name).append("\" sourcefilename=\"").append(sourceFileName);
            if (methods.isEmpty()) {
                xml.append("\"/>");
                return;
            }
            xml.append("\">");
            methods.forEach(method -> method.appendXml(xml));
            counters.appendXml(xml);
            xml.append("</class>");
        }
    }

    /** One {@code <sourcefile>} element: a Java file with its top-level class and any nested classes. */
    record SourceFile(String name, List<ClassData> classes, CounterSet counters) {
        static SourceFile generate(String packageName, String simpleName, Random random) {
            List<ClassData> classes = new ArrayList<>();
            CounterSet counters = new CounterSet();
            boolean isInterface = random.nextInt(12) == 0;
            int nestedCount = isInterface ? 0 : random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0;
            int line = 8 + random.nextInt(20);
            for (int i = 0; i <= nestedCount; i++) {
                String className = packageName + "/" + simpleName + (i == 0 ? "" : "$" + i);
                int methodCount = isInterface ? 0 : 1 + random.nextInt(i == 0 ? 14 : 5);
                ClassData type = ClassData.generate(className, line, methodCount, random);
                classes.add(type);
                counters.addAll(type.counters());
                line = type.lastLine() + 3;
            }
            return new SourceFile(simpleName + ".java", classes, counters);
        }

        void appendXml(StringBuilder xml) {
            xml.append("<sourcefile name=\"").append(name);
            if (counters.isEmpty()) {
                xml.append("\"/>");
                return;
            }
            xml.append("\">");
            for (ClassData type : classes) {
                for (MethodData method : type.methods()) {
                    method.lines().forEach(line -> line.appendXml(xml));
                }
            }
            counters.appendXml(xml);
            xml.append("</sourcefile>");
        }
    }
}
