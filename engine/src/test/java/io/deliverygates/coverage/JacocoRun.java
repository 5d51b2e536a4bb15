package io.deliverygates.coverage;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.instr.Instrumenter;
import org.jacoco.core.runtime.LoggerRuntime;
import org.jacoco.core.runtime.RuntimeData;
import org.jacoco.core.tools.ExecFileLoader;
import org.jacoco.report.DirectorySourceFileLocator;
import org.jacoco.report.IReportVisitor;
import org.jacoco.report.csv.CSVFormatter;
import org.jacoco.report.xml.XMLFormatter;

/**
 * A real JaCoCo run for tests, as in JaCoCo's CoreTutorial: the sample classes are instrumented with
 * org.jacoco.core, run, their execution data written to an .exec file, and JaCoCo's own XML and CSV reports made
 * from it with org.jacoco.report. Our readers are checked against those reports.
 */
final class JacocoRun {
    static final String SAMPLE_PACKAGE = "io/deliverygates/coverage/sample";

    private JacocoRun() {
    }

    /** Copies the compiled sample classes (uninstrumented) to {@code dir/classes}, as a build would leave them. */
    static Path sampleClasses(Path dir) throws IOException {
        Path testClasses;
        try {
            testClasses = Path.of(JacocoRun.class.getResource("/" + SAMPLE_PACKAGE).toURI()).getParent()
                    .getParent().getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        Path target = dir.resolve("classes");
        try (Stream<Path> files = Files.walk(testClasses.resolve(SAMPLE_PACKAGE))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList())) {
                Path copy = target.resolve(testClasses.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }

    /** Instruments the classes, runs {@code runnable} (a sample class name) and writes {@code dir/NAME.exec}. */
    static Path execute(Path classes, String runnable, Path exec) throws Exception {
        LoggerRuntime runtime = new LoggerRuntime();
        Instrumenter instrumenter = new Instrumenter(runtime);
        Map<String, byte[]> instrumented = new HashMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList())) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", "");
                instrumented.put(name, instrumenter.instrument(Files.readAllBytes(file), name));
            }
        }
        RuntimeData data = new RuntimeData();
        runtime.startup(data);
        try {
            ClassLoader loader = new MemoryClassLoader(instrumented);
            ((Runnable) loader.loadClass(runnable).getDeclaredConstructor().newInstance()).run();
            Files.createDirectories(exec.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(exec)) {
                ExecutionDataWriter writer = new ExecutionDataWriter(out);
                data.collect(writer, writer, false);
            }
        } finally {
            runtime.shutdown();
        }
        return exec;
    }

    /** JaCoCo's own XML and CSV reports of the merged {@code execs}: {@code dir/jacoco.xml}, {@code dir/jacoco.csv}. */
    static void report(Path classes, List<Path> execs, Path dir) throws IOException {
        ExecFileLoader loader = new ExecFileLoader();
        for (Path exec : execs) {
            loader.load(exec.toFile());
        }
        CoverageBuilder builder = new CoverageBuilder();
        new Analyzer(loader.getExecutionDataStore(), builder).analyzeAll(classes.toFile());
        IBundleCoverage bundle = builder.getBundle("sample");
        try (OutputStream xml = Files.newOutputStream(dir.resolve("jacoco.xml"));
             OutputStream csv = Files.newOutputStream(dir.resolve("jacoco.csv"))) {
            for (IReportVisitor visitor : List.of(new XMLFormatter().createVisitor(xml),
                    new CSVFormatter().createVisitor(csv))) {
                visitor.visitInfo(loader.getSessionInfoStore().getInfos(), loader.getExecutionDataStore().getContents());
                visitor.visitBundle(bundle, new DirectorySourceFileLocator(new File("src/test/java"), "UTF-8", 4));
                visitor.visitEnd();
            }
        }
    }

    /** Defines the instrumented classes itself, so neither the test's loader nor a JaCoCo agent sees them. */
    private static final class MemoryClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        MemoryClassLoader(Map<String, byte[]> classes) {
            super(JacocoRun.class.getClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : defineClass(name, bytes, 0, bytes.length);
            }
        }
    }
}
