package io.deliverygates.license;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import io.deliverygates.common.SafeXml;
import io.deliverygates.coverage.XmlEncoding;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.Parser;
import org.cyclonedx.parsers.XmlParser;

/**
 * Reads CycloneDX JSON and XML with CycloneDX's own library (cyclonedx-core-java). XML is checked first with the
 * project's hardened StAX factory: a DOCTYPE is refused as unsafe before the library sees the document, because
 * CycloneDX never needs one and the library's XML path allows internal entity declarations.
 */
final class CycloneDxReader {
    private static final String NAMESPACE_PREFIX = "http://cyclonedx.org/schema/bom/";

    Sbom readJson(byte[] content, String source) {
        Bom bom = parse(new JsonParser(), content, source);
        String version = bom.getSpecVersion();
        checkVersion(version, source);
        return toSbom(bom, source, SbomFormat.CYCLONEDX_JSON, version);
    }

    Sbom readXml(byte[] content, String source) {
        String version = checkXml(content, source);
        checkVersion(version, source);
        return toSbom(parse(new XmlParser(), content, source), source, SbomFormat.CYCLONEDX_XML, version);
    }

    /**
     * The spec version from the root element's namespace; refuses a DOCTYPE and other root elements. Reads the
     * whole document, so that malformed XML is reported here with its line, before the library's parser (which
     * prints parse errors to the console) sees it.
     */
    private static String checkXml(byte[] content, String source) {
        String version = null;
        try {
            // bytes checked in their encoding first: the JDK parser would print "[Fatal Error]" on a bad one
            XMLStreamReader reader = SafeXml.newInputFactory().createXMLStreamReader(
                    XmlEncoding.checked(new ByteArrayInputStream(content), source));
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new InputException(Problem.UNSAFE, source, reader.getLocation().getLineNumber(),
                                "a CycloneDX SBOM has no DOCTYPE; refused (entity declarations can read files or "
                                        + "exhaust memory)", null);
                    }
                    if (event == XMLStreamConstants.START_ELEMENT && version == null) {
                        String namespace = reader.getNamespaceURI();
                        if (!"bom".equals(reader.getLocalName()) || namespace == null
                                || !namespace.startsWith(NAMESPACE_PREFIX)) {
                            throw new InputException(Problem.WRONG_FORMAT, source, "not a CycloneDX SBOM (root "
                                    + "element <" + reader.getLocalName() + "> in namespace '" + namespace + "')");
                        }
                        version = namespace.substring(NAMESPACE_PREFIX.length());
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? InputException.NO_LINE : e.getLocation().getLineNumber();
            Throwable nested = e.getNestedException() != null ? e.getNestedException() : e.getCause();
            throw new InputException(Problem.MALFORMED, source, line, "not well-formed XML: "
                    + (nested instanceof java.nio.charset.CharacterCodingException
                            ? "bytes that are not valid in the file's encoding (UTF-8 unless its XML declaration names"
                                    + " another); was the SBOM written with another encoding or cut?"
                            : staxMessage(e)), e);
        }
        if (version == null) {
            throw new InputException(Problem.WRONG_FORMAT, source, "no root element");
        }
        return version;
    }

    private static void checkVersion(String version, String source) {
        if (version == null || Version.fromVersionString(version) == null) {
            throw new InputException(Problem.WRONG_FORMAT, source, "CycloneDX version '" + version
                    + "' is not one this reader knows (" + Arrays.stream(Version.values())
                    .map(Version::getVersionString).collect(Collectors.joining(", ")) + ")");
        }
    }

    private static Bom parse(Parser parser, byte[] content, String source) {
        try {
            return parser.parse(content);
        } catch (ParseException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            int line = InputException.NO_LINE;
            if (cause instanceof JacksonException jackson && jackson.getLocation() != null) {
                line = jackson.getLocation().getLineNr();
            }
            StreamReadException syntax = syntaxError(cause);
            String detail = syntax != null ? "not well-formed JSON: " + syntax.getOriginalMessage()
                    : "not a readable CycloneDX SBOM: " + (cause instanceof JacksonException jackson
                            ? jackson.getOriginalMessage() : firstLine(cause));
            throw new InputException(Problem.MALFORMED, source, line, firstLine(detail), e);
        }
    }

    /** A syntax error of the JSON itself somewhere in the chain (the library's deserializers wrap them). */
    private static StreamReadException syntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException read) {
                return read;
            }
        }
        return null;
    }

    private static Sbom toSbom(Bom bom, String source, SbomFormat format, String version) {
        List<SbomComponent> components = new ArrayList<>();
        if (bom.getComponents() != null) {
            bom.getComponents().forEach(component -> collect(component, components));
        }
        return new Sbom(source, format, version, components);
    }

    /** The component and the components nested in it (assemblies, shaded jars). */
    private static void collect(Component component, List<SbomComponent> into) {
        String name = component.getGroup() == null || component.getGroup().isBlank() ? component.getName()
                : component.getGroup() + ":" + component.getName();
        into.add(new SbomComponent(name == null ? "(unnamed)" : name, component.getVersion(), component.getPurl(),
                licenses(component.getLicenses())));
        if (component.getComponents() != null) {
            component.getComponents().forEach(nested -> collect(nested, into));
        }
    }

    private static List<DeclaredLicense> licenses(LicenseChoice choice) {
        List<DeclaredLicense> licenses = new ArrayList<>();
        if (choice == null) {
            return licenses;
        }
        if (choice.getExpression() != null && choice.getExpression().getValue() != null) {
            licenses.add(DeclaredLicense.expression(choice.getExpression().getValue()));
        }
        if (choice.getLicenses() != null) {
            for (License license : choice.getLicenses()) {
                if (license.getId() != null && !license.getId().isBlank()) {
                    licenses.add(DeclaredLicense.id(license.getId(), license.getUrl()));
                } else {
                    licenses.add(DeclaredLicense.name(license.getName(), license.getUrl()));
                }
            }
        }
        return licenses;
    }

    /** StAX messages start with "ParseError at [row,col]:[3,15]" and a line break before the real message. */
    private static String staxMessage(XMLStreamException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int at = message.indexOf("Message: ");
        return at >= 0 ? firstLine(message.substring(at + "Message: ".length())) : firstLine(message);
    }

    static String firstLine(Throwable e) {
        return firstLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
