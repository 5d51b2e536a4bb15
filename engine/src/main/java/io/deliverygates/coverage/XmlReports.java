package io.deliverygates.coverage;

import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import io.deliverygates.common.SafeXml;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the XML report readers share: a hardened StAX reader, the refusal of entity declarations, the check of the
 * root element and errors that name the file and the line.
 */
final class XmlReports {
    private static final XMLInputFactory FACTORY = SafeXml.newInputFactory();

    private XmlReports() {
    }

    static XMLStreamReader open(InputStream in, String source) {
        try {
            synchronized (FACTORY) {
                return FACTORY.createXMLStreamReader(XmlEncoding.checked(in, source));
            }
        } catch (XMLStreamException e) {
            throw malformed(e, source);
        }
    }

    /**
     * Moves to the root element, refusing a DOCTYPE that declares entities (external entities read files or open
     * connections, nested ones are a billion laughs); a plain DOCTYPE like JaCoCo's is skipped, never fetched.
     */
    static void expectRoot(XMLStreamReader reader, String expected, String source) throws XMLStreamException {
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                String doctype = reader.getText();
                if (doctype != null && (doctype.contains("<!ENTITY") || doctype.contains("<!ELEMENT")
                        || doctype.contains("<!ATTLIST"))) {
                    throw new InputException(Problem.UNSAFE, source, line(reader), "the DOCTYPE declares entities or"
                            + " markup (external entity or entity expansion attack?); refused, nothing was read", null);
                }
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String root = reader.getLocalName();
                if (!root.equals(expected)) {
                    throw new InputException(Problem.WRONG_FORMAT, source, line(reader),
                            "root element <" + root + "> where <" + expected + "> was expected" + hint(root), null);
                }
                return;
            }
        }
        throw new InputException(Problem.EMPTY, source, "no XML element in the file");
    }

    private static String hint(String root) {
        switch (root) {
            case "report":
                return "; this looks like a JaCoCo XML report (use --jacoco / jacoco)";
            case "coverage":
                return "; this looks like a Cobertura XML report (use --cobertura / cobertura)";
            default:
                return "; not a coverage report this reader knows";
        }
    }

    static int line(XMLStreamReader reader) {
        return reader.getLocation() == null ? InputException.NO_LINE : reader.getLocation().getLineNumber();
    }

    static InputException malformed(XMLStreamException e, String source) {
        int line = e.getLocation() == null ? InputException.NO_LINE : e.getLocation().getLineNumber();
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (codingError(e)) {
            return new InputException(Problem.MALFORMED, source, line, "not well-formed XML: bytes that are not valid"
                    + " in the file's encoding (UTF-8 unless its XML declaration names another); was the report"
                    + " written with another encoding or cut?", e);
        }
        // The JDK prefixes "ParseError at [row,col]:[..]\nMessage: ..."; keep only the message.
        int at = message.indexOf("Message: ");
        if (at >= 0) {
            message = message.substring(at + "Message: ".length());
        }
        // JAXP00010001..: the parser's limits on entity expansion, name and attribute sizes were hit
        boolean limit = message.contains("JAXP000");
        return new InputException(limit ? Problem.UNSAFE : Problem.MALFORMED, source, line,
                (limit ? "exceeds a parser limit: " : "not well-formed XML: ") + message.trim(), e);
    }

    /** Whether the parser stopped at bytes the decoder refused ({@link XmlEncoding}); StAX nests, not chains, it. */
    private static boolean codingError(XMLStreamException e) {
        Throwable nested = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        return nested instanceof CharacterCodingException;
    }

    static long number(XMLStreamReader reader, String value, String attribute, String source) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InputException(Problem.MALFORMED, source, line(reader),
                    "attribute " + attribute + "=\"" + value + "\" is not a whole number", e);
        }
    }
}
