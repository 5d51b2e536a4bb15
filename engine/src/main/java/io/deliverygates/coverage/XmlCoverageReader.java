package io.deliverygates.coverage;

import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The file handling and the streaming loop the XML report readers share; subclasses handle the elements. */
abstract class XmlCoverageReader {
    private final long maxBytes;
    private final String rootElement;

    XmlCoverageReader(long maxBytes, String rootElement) {
        this.maxBytes = maxBytes;
        this.rootElement = rootElement;
    }

    /**
     * Reads a report file with every class and source file; every problem is an {@link InputException} naming the
     * file (and line where known).
     */
    public CoverageTree read(Path file) {
        return read(file, CoverageDetail.ALL);
    }

    /**
     * Reads a report file keeping only the class and source-file entries {@code detail} asks for; totals are the
     * same as {@link #read(Path)}'s. A package that occurs in several places of the report (e.g. in two groups) is
     * only known after it was folded, so the file is then read once more keeping those packages whole.
     */
    public CoverageTree read(Path file, CoverageDetail detail) {
        Pass pass = pass(file, detail);
        if (!pass.tree.reopened().isEmpty()) {
            pass = pass(file, detail.keepingPackages(pass.tree.reopened()));
        }
        return pass.tree.build();
    }

    private Pass pass(Path file, CoverageDetail detail) {
        ReportFiles.check(file, maxBytes);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return pass(in, file.toString(), detail);
        } catch (IOException e) {
            throw new InputException(Problem.UNREADABLE, file.toString(), InputException.NO_LINE, e.toString(), e);
        }
    }

    /**
     * Reads a report from a stream with every class and source file; {@code source} names it in errors and in
     * {@link CoverageTree#sources()}.
     */
    public CoverageTree read(InputStream in, String source) {
        return pass(in, source, CoverageDetail.ALL).tree.build();
    }

    private Pass pass(InputStream in, String source, CoverageDetail detail) {
        XMLStreamReader reader = XmlReports.open(in, source);
        try {
            XmlReports.expectRoot(reader, rootElement, source);
            Pass pass = newPass(reader, source, detail);
            pass.run();
            return pass;
        } catch (XMLStreamException e) {
            throw XmlReports.malformed(e, source);
        } finally {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing was left to read
            }
        }
    }

    abstract Pass newPass(XMLStreamReader reader, String source, CoverageDetail detail);

    /** One pass over one report: sees every element below the root and feeds a {@link TreeBuilder}. */
    abstract static class Pass {
        final XMLStreamReader reader;
        final String source;
        final TreeBuilder tree;

        Pass(XMLStreamReader reader, String source, CoverageDetail detail) {
            this.reader = reader;
            this.source = source;
            this.tree = new TreeBuilder(detail).source(source);
        }

        abstract void start(String element);

        abstract void end(String element);

        void run() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    start(reader.getLocalName());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    end(reader.getLocalName());
                } else if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw error(Problem.MALFORMED, "the report ends before its root element is closed (truncated?)");
                }
            }
        }

        String required(String attribute) {
            String value = reader.getAttributeValue(null, attribute);
            if (value == null) {
                throw error(Problem.MALFORMED, "<" + reader.getLocalName() + "> has no " + attribute + " attribute");
            }
            return value;
        }

        long number(String value, String attribute) {
            return XmlReports.number(reader, value, attribute, source);
        }

        /**
         * A count (covered, missed, hits, branches): a whole number that is not negative. Checked as it is read, so a
         * negative count never reaches the totals, where it could cancel out against another one.
         */
        long count(String value, String attribute) {
            long count = number(value, attribute);
            if (count < 0) {
                throw error(Problem.MALFORMED, "<" + reader.getLocalName() + "> attribute " + attribute + "=\""
                        + value + "\" is negative; a count cannot be below 0");
            }
            return count;
        }

        InputException error(Problem problem, String detail) {
            return new InputException(problem, source, XmlReports.line(reader), detail, null);
        }
    }
}
