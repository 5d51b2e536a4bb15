package io.deliverygates.coverage;

import io.deliverygates.common.InputException.Problem;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a Cobertura XML report (coverage.py, gcovr, cobertura, ...) in one streaming pass. LINE comes from the
 * {@code <line hits>} of each class, BRANCH from {@code condition-coverage="50% (1/2)"}, METHOD from
 * {@code <method>} elements (covered when one of its lines was hit) where the report has them. INSTRUCTION,
 * COMPLEXITY and CLASS are not derived: Cobertura has no instructions, reports complexity inconsistently, and its
 * "class" is a source file for coverage.py and gcovr. Thread-safe.
 */
public final class CoberturaXmlReader extends XmlCoverageReader {
    public CoberturaXmlReader() {
        this(ReportFiles.DEFAULT_MAX_BYTES);
    }

    /** A reader that refuses files larger than {@code maxBytes}. */
    public CoberturaXmlReader(long maxBytes) {
        super(maxBytes, "coverage");
    }

    @Override
    Pass newPass(XMLStreamReader reader, String source, CoverageDetail detail) {
        return new CoberturaPass(reader, source, detail);
    }

    private static final class CoberturaPass extends Pass {
        private String packageName;
        private final Map<String, Counters.Builder> files = new LinkedHashMap<>();
        private String className;
        private String fileName;
        private Counters.Builder counters;
        private boolean inMethod;
        private boolean methodHit;
        private boolean methodHasLines;

        CoberturaPass(XMLStreamReader reader, String source, CoverageDetail detail) {
            super(reader, source, detail);
        }

        @Override
        void start(String element) {
            switch (element) {
                case "line":
                    if (counters != null) {
                        line();
                    }
                    break;
                case "method":
                    inMethod = true;
                    methodHit = false;
                    methodHasLines = false;
                    break;
                case "class":
                    if (packageName == null) {
                        throw error(Problem.WRONG_FORMAT, "<class> outside a <package>: not a Cobertura report");
                    }
                    className = required("name");
                    String file = reader.getAttributeValue(null, "filename");
                    // a report written on Windows (coverlet, ReportGenerator) names files with backslashes: one
                    // spelling, so that file scopes match and the same file from a Linux agent merges with it
                    fileName = (file == null ? className : file).replace('\\', '/');
                    counters = Counters.builder();
                    break;
                case "package":
                    String name = required("name");
                    packageName = ".".equals(name) ? "" : name;
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
                    if (counters != null && methodHasLines) {
                        counters.add(Metric.METHOD, methodHit ? 1 : 0, methodHit ? 0 : 1);
                    }
                    break;
                case "class":
                    Counters classCounters = counters.build();
                    tree.addClass(packageName, new ClassCoverage(className, fileName, classCounters));
                    files.computeIfAbsent(fileName, f -> Counters.builder()).add(classCounters);
                    counters = null;
                    break;
                case "package":
                    files.forEach((path, sum) -> tree.addSourceFile(packageName, new SourceFileCoverage(path, sum.build())));
                    files.clear();
                    tree.endPackage(packageName);
                    packageName = null;
                    break;
                default:
                    break;
            }
        }

        /** A line of a class counts for LINE and BRANCH; a line of a method only marks the method as hit. */
        private void line() {
            String hitsText = required("hits");
            boolean hit = count(hitsText, "hits") > 0;
            if (inMethod) {
                methodHasLines = true;
                methodHit |= hit;
                return;
            }
            counters.add(Metric.LINE, hit ? 1 : 0, hit ? 0 : 1);
            String conditions = reader.getAttributeValue(null, "condition-coverage");
            if (conditions != null && "true".equals(reader.getAttributeValue(null, "branch"))) {
                branches(conditions);
            }
        }

        /** {@code condition-coverage="50% (1/2)"}: 1 of 2 branches covered. */
        private void branches(String text) {
            int open = text.indexOf('(');
            int slash = text.indexOf('/', open);
            int close = text.indexOf(')', slash);
            if (open < 0 || slash < 0 || close < 0) {
                throw error(Problem.MALFORMED, "condition-coverage=\"" + text + "\" is not like \"50% (1/2)\"");
            }
            long covered = number(text.substring(open + 1, slash).trim(), "condition-coverage");
            long total = number(text.substring(slash + 1, close).trim(), "condition-coverage");
            if (covered < 0 || total < 0) {
                throw error(Problem.MALFORMED, "<line> attribute condition-coverage=\"" + text
                        + "\" has a negative branch count; a count cannot be below 0");
            }
            if (covered > total) {
                throw error(Problem.MALFORMED, "condition-coverage=\"" + text + "\" covers more branches than there are");
            }
            counters.add(Metric.BRANCH, covered, total - covered);
        }

    }
}
