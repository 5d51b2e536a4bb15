package io.deliverygates.license;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import io.deliverygates.common.Json;
import io.deliverygates.coverage.ReportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an SBOM file of any supported format, told apart by content: CycloneDX JSON ({@code "bomFormat":
 * "CycloneDX"}), CycloneDX XML (root {@code <bom>} in a CycloneDX namespace) or SPDX 2.x JSON ({@code spdxVersion}).
 * Fails closed: a missing, empty, malformed or unrecognised file, and an SBOM without components, is an
 * {@link InputException} naming the file, never an SBOM that would pass.
 */
public final class SbomReader {
    /** SBOMs larger than this are refused: 512 MiB (the library builds the whole model in memory). */
    public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;

    private final long maxBytes;

    public SbomReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public SbomReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Every file the patterns name (paths or globs relative to {@code baseDir}), each read once. */
    public List<Sbom> readAll(Path baseDir, List<String> patterns, String parameter) {
        if (patterns.isEmpty()) {
            throw new InputException(Problem.INVALID_PARAMETER, parameter, "no SBOM given");
        }
        Set<Path> files = new LinkedHashSet<>();
        for (String pattern : patterns) {
            files.addAll(ReportFiles.resolve(baseDir, pattern, parameter));
        }
        List<Sbom> sboms = new ArrayList<>();
        files.forEach(file -> sboms.add(read(file)));
        return sboms;
    }

    public Sbom read(Path file) {
        ReportFiles.check(file, maxBytes);
        try {
            return read(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new InputException(Problem.UNREADABLE, file.toString(), InputException.NO_LINE, e.toString(), e);
        }
    }

    /** Reads SBOM content; {@code source} names it in errors and reports. */
    public Sbom read(byte[] content, String source) {
        int start = firstSignificant(content);
        if (start >= content.length) {
            throw new InputException(Problem.EMPTY, source, "the SBOM is empty (was it written?)");
        }
        Sbom sbom;
        if (content[start] == '{') {
            sbom = readJson(content, source);
        } else if (content[start] == '<') {
            sbom = new CycloneDxReader().readXml(content, source);
        } else {
            throw new InputException(Problem.WRONG_FORMAT, source,
                    "not an SBOM (neither JSON nor XML: CycloneDX JSON/XML or SPDX 2.3 JSON expected)");
        }
        if (sbom.components().isEmpty()) {
            throw new InputException(Problem.EMPTY, source, "the " + sbom.format().label() + " SBOM lists no "
                    + "components, so there is nothing to check (was it generated before the build resolved them?)");
        }
        return sbom;
    }

    /**
     * Tells CycloneDX from SPDX by the first top-level field that names the format (both formats write it first), so
     * that a CycloneDX document is parsed once, by the library, and not also into a tree.
     */
    private static Sbom readJson(byte[] content, String source) {
        String format = jsonFormat(content, source);
        if ("spdxVersion".equals(format)) {
            try {
                return new SpdxJsonReader().read(Json.mapper().readTree(content), source);
            } catch (JacksonException e) {
                throw malformedJson(source, e);
            } catch (IOException e) {
                throw new InputException(Problem.UNREADABLE, source, InputException.NO_LINE, e.toString(), e);
            }
        }
        if ("bomFormat".equals(format)) {
            return new CycloneDxReader().readJson(content, source);
        }
        throw new InputException(Problem.WRONG_FORMAT, source,
                "JSON that is neither CycloneDX (\"bomFormat\": \"CycloneDX\") nor SPDX (\"spdxVersion\")");
    }

    /** {@code bomFormat} (with the value CycloneDX), {@code spdxVersion}, or null when neither is there. */
    private static String jsonFormat(byte[] content, String source) {
        try (JsonParser parser = Json.mapper().getFactory().createParser(content)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("spdxVersion")) {
                    return name;
                }
                if (name.equals("bomFormat") && value == JsonToken.VALUE_STRING && "CycloneDX".equals(parser.getText())) {
                    return name;
                }
                parser.skipChildren();
            }
            return null;
        } catch (JacksonException e) {
            throw malformedJson(source, e);
        } catch (IOException e) {
            throw new InputException(Problem.UNREADABLE, source, InputException.NO_LINE, e.toString(), e);
        }
    }

    private static InputException malformedJson(String source, JacksonException e) {
        int line = e.getLocation() == null ? InputException.NO_LINE : e.getLocation().getLineNr();
        return new InputException(Problem.MALFORMED, source, line, "not well-formed JSON: " + e.getOriginalMessage(),
                e);
    }

    /** Skips a UTF-8 byte order mark and whitespace. */
    private static int firstSignificant(byte[] content) {
        int i = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        return i;
    }
}
