package io.deliverygates.coverage;

import io.deliverygates.common.InputException.Problem;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a JaCoCo XML report ({@code jacoco.xml}) in one streaming pass. Only class and source file counters are
 * read; lines and methods are skipped. Package and project totals are recomputed from them exactly as JaCoCo does.
 * {@link #read(java.nio.file.Path)} keeps every class and file, so memory grows with the number of classes;
 * {@link #read(java.nio.file.Path, CoverageDetail)} keeps only what a gate needs, so memory stays flat. Thread-safe.
 */
public final class JacocoXmlReader extends XmlCoverageReader {
    public JacocoXmlReader() {
        this(ReportFiles.DEFAULT_MAX_BYTES);
    }

    /** A reader that refuses files larger than {@code maxBytes}. */
    public JacocoXmlReader(long maxBytes) {
        super(maxBytes, "report");
    }

    @Override
    Pass newPass(XMLStreamReader reader, String source, CoverageDetail detail) {
        return new JacocoPass(reader, source, detail);
    }

    /** The state of one pass: where in the tree the next counter belongs. */
    private static final class JacocoPass extends Pass {
        private String packageName;
        private String packagePath;
        private String className;
        private String classSourceFile;
        private String fileName;
        private Counters.Builder counters;
        private boolean inMethod;

        JacocoPass(XMLStreamReader reader, String source, CoverageDetail detail) {
            super(reader, source, detail);
        }

        @Override
        void start(String element) {
            switch (element) {
                case "counter":
                    if (!inMethod && counters != null) {
                        counter();
                    }
                    break;
                case "line":
                    break;
                case "method":
                    inMethod = true;
                    break;
                case "class":
                    className = required("name").replace('/', '.');
                    classSourceFile = reader.getAttributeValue(null, "sourcefilename");
                    counters = Counters.builder();
                    break;
                case "sourcefile":
                    fileName = required("name");
                    counters = Counters.builder();
                    break;
                case "package":
                    packagePath = required("name");
                    packageName = packagePath.replace('/', '.');
                    break;
                default:
                    break;
            }
        }

        @Override
        void end(String element) {
            switch (element) {
                case "method":
                    inMethod = false;
                    break;
                case "class":
                    tree.addClass(packageName(), new ClassCoverage(className, classSourceFile, counters.build()));
                    counters = null;
                    break;
                case "sourcefile":
                    String path = packagePath == null || packagePath.isEmpty() ? fileName : packagePath + "/" + fileName;
                    tree.addSourceFile(packageName(), new SourceFileCoverage(path, counters.build()));
                    counters = null;
                    break;
                case "package":
                    tree.endPackage(packageName());
                    packageName = null;
                    packagePath = null;
                    break;
                default:
                    break;
            }
        }

        private String packageName() {
            if (packageName == null) {
                throw error(Problem.WRONG_FORMAT, "<class> or <sourcefile> outside a <package>: not a JaCoCo report");
            }
            return packageName;
        }

        private void counter() {
            String type = null;
            String missed = null;
            String covered = null;
            for (int i = 0, n = reader.getAttributeCount(); i < n; i++) {
                String name = reader.getAttributeLocalName(i);
                if ("type".equals(name)) {
                    type = reader.getAttributeValue(i);
                } else if ("missed".equals(name)) {
                    missed = reader.getAttributeValue(i);
                } else if ("covered".equals(name)) {
                    covered = reader.getAttributeValue(i);
                }
            }
            if (type == null || missed == null || covered == null) {
                throw error(Problem.MALFORMED, "<counter> needs the attributes type, missed and covered");
            }
            Metric metric;
            try {
                metric = Metric.valueOf(type);
            } catch (IllegalArgumentException e) {
                throw error(Problem.WRONG_FORMAT, "unknown counter type '" + type + "'");
            }
            counters.add(metric, count(covered, "covered"), count(missed, "missed"));
        }

    }
}
