package io.deliverygates.license;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads SPDX 2.2/2.3 JSON documents with Jackson. Hand-written because the only Java library for SPDX (Spdx-Java-
 * Library with its Jackson store) is a full model store of several megabytes that by default downloads the license
 * list from spdx.org at run time; the gate needs five fields of each package.
 * <p>
 * A package's license is its {@code licenseConcluded}, else its {@code licenseDeclared}; {@code NOASSERTION} and
 * {@code NONE} count as no license. The packages the document describes (the product itself) are not components.
 */
final class SpdxJsonReader {

    Sbom read(JsonNode document, String source) {
        String version = document.path("spdxVersion").asText("");
        if (!version.startsWith("SPDX-2.")) {
            throw new InputException(Problem.WRONG_FORMAT, source, "SPDX version '" + version
                    + "' is not SPDX 2.x JSON (SPDX 3 documents are JSON-LD and not read)");
        }
        JsonNode packages = document.path("packages");
        if (!packages.isArray()) {
            throw new InputException(Problem.WRONG_FORMAT, source, "an SPDX document without a 'packages' list");
        }
        Set<String> described = describedPackages(document);
        List<SbomComponent> components = new ArrayList<>();
        for (JsonNode pkg : packages) {
            if (described.contains(pkg.path("SPDXID").asText())) {
                continue;
            }
            components.add(new SbomComponent(pkg.path("name").asText("(unnamed)"), pkg.path("versionInfo").asText(""),
                    purl(pkg), licenses(pkg)));
        }
        return new Sbom(source, SbomFormat.SPDX_JSON, version, components);
    }

    /** documentDescribes and DOCUMENT DESCRIBES relationships: the product, not its dependencies. */
    private static Set<String> describedPackages(JsonNode document) {
        Set<String> described = new HashSet<>();
        document.path("documentDescribes").forEach(id -> described.add(id.asText()));
        String documentId = document.path("SPDXID").asText("SPDXRef-DOCUMENT");
        for (JsonNode relationship : document.path("relationships")) {
            if (documentId.equals(relationship.path("spdxElementId").asText())
                    && "DESCRIBES".equals(relationship.path("relationshipType").asText())) {
                described.add(relationship.path("relatedSpdxElement").asText());
            }
        }
        return described;
    }

    private static String purl(JsonNode pkg) {
        for (JsonNode reference : pkg.path("externalRefs")) {
            if ("purl".equals(reference.path("referenceType").asText())) {
                return reference.path("referenceLocator").asText("");
            }
        }
        return "";
    }

    private static List<DeclaredLicense> licenses(JsonNode pkg) {
        String concluded = pkg.path("licenseConcluded").asText("");
        String declared = pkg.path("licenseDeclared").asText("");
        String chosen = hasLicense(concluded) ? concluded : declared;
        return hasLicense(chosen) ? List.of(DeclaredLicense.expression(chosen)) : List.of();
    }

    private static boolean hasLicense(String value) {
        return !value.isBlank() && !value.equals("NOASSERTION") && !value.equals("NONE");
    }
}
