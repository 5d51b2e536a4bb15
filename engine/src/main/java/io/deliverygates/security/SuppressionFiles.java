package io.deliverygates.security;

import io.deliverygates.common.InputException;
import io.deliverygates.common.SafeXml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import org.owasp.dependencycheck.xml.suppression.SuppressionParseException;
import java.util.List;
import org.owasp.dependencycheck.xml.suppression.SuppressionParser;
import org.owasp.dependencycheck.xml.suppression.SuppressionRule;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks a dependency-check suppression file before dependency-check reads it, so that a missing, hostile or
 * foreign file is a clear error and not a scan that silently suppresses nothing.
 */
final class SuppressionFiles {
    static final String NAMESPACE_PREFIX = "https://jeremylong.github.io/DependencyCheck/dependency-suppression.";

    private SuppressionFiles() {
    }

    /**
     * Reads the file with dependency-check's own validating parser: a file it cannot use (an element the schema
     * of its namespace does not have) would otherwise suppress nothing, with one line in its log.
     */
    private static List<SuppressionRule> followsTheSchema(Path file) {
        try {
            return new SuppressionParser().parseSuppressionRules(file.toFile());
        } catch (SuppressionParseException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new InputException(InputException.Problem.WRONG_FORMAT, file.toString(), InputException.NO_LINE,
                    "does not follow the dependency-check suppression schema of its namespace, so dependency-check "
                            + "would ignore it: " + cause.getMessage(), e);
        }
    }

    /** Checks the file and returns its rules, as dependency-check's parser reads them. */
    static List<SuppressionRule> check(Path file) {
        String source = file.toString();
        try {
            if (!Files.exists(file)) {
                throw new InputException(InputException.Problem.NOT_FOUND, source, "no such suppression file");
            }
            if (!Files.isRegularFile(file)) {
                throw new InputException(InputException.Problem.UNREADABLE, source,
                        "not a regular file (a folder, or a FIFO the scan would wait on forever)");
            }
            if (Files.size(file) == 0) {
                throw new InputException(InputException.Problem.EMPTY, source, "the suppression file is empty");
            }
            DocumentBuilder builder = SafeXml.newDocumentBuilderFactory().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // errors become exceptions below, not stderr lines
            Element root = builder.parse(file.toFile()).getDocumentElement();
            String namespace = root.getNamespaceURI();
            if (!"suppressions".equals(root.getLocalName()) || namespace == null
                    || !namespace.startsWith(NAMESPACE_PREFIX)) {
                throw new InputException(InputException.Problem.WRONG_FORMAT, source,
                        "not a dependency-check suppression file (root <suppressions> in namespace "
                                + NAMESPACE_PREFIX + "1.4.xsd expected)");
            }
            return followsTheSchema(file);
        } catch (SAXParseException e) {
            boolean doctype = String.valueOf(e.getMessage()).contains("DOCTYPE");
            throw new InputException(doctype ? InputException.Problem.UNSAFE : InputException.Problem.MALFORMED,
                    source, e.getLineNumber(), doctype ? "DOCTYPE declarations are refused" : e.getMessage(), e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new InputException(InputException.Problem.MALFORMED, source, InputException.NO_LINE,
                    e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(InputException.Problem.UNREADABLE, source, InputException.NO_LINE,
                    e.getMessage(), e);
        }
    }
}
