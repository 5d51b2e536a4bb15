package io.deliverygates.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.deliverygates.common.InputException;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads an OpenAPI 3.x document (JSON or YAML) into swagger-parser's model, failing closed: a document that is
 * not well-formed, is Swagger 2.0 or another format, has a {@code $ref} outside itself (which the parser would
 * fetch: files or URLs), or that swagger-parser reports problems in, is an {@link InputException}, never an empty
 * API that would compare as "nothing removed".
 */
final class OpenApiDocuments {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private OpenApiDocuments() {
    }

    static OpenAPI read(Path file, String source) {
        ApiInputs.requireFile(file, source);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InputException(InputException.Problem.MALFORMED, source, "not UTF-8 text");
        } catch (IOException e) {
            throw new InputException(InputException.Problem.UNREADABLE, source, InputException.NO_LINE,
                    e.getMessage(), e);
        }
        JsonNode tree = parseTree(text, source);
        checkVersion(tree, source);
        checkReferencesStayInside(tree, source);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
        OpenAPI api = result.getOpenAPI();
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        if (api == null || !messages.isEmpty()) {
            String first = messages.isEmpty() ? "swagger-parser read no API" : messages.get(0);
            String more = messages.size() > 1 ? " (and " + (messages.size() - 1) + " more)" : "";
            throw new InputException(InputException.Problem.MALFORMED, source,
                    "not a valid OpenAPI document: " + first + more);
        }
        if (api.getPaths() == null) {
            throw new InputException(InputException.Problem.WRONG_FORMAT, source, "the OpenAPI document has no paths");
        }
        return api;
    }

    /**
     * Longest line a YAML document may have. SnakeYAML scans a long plain scalar in time that grows faster than its
     * length (8 MB on one line took 50 s), and no OpenAPI document written as YAML has a line of a megabyte; a
     * minified JSON document on one line is read by the JSON parser, which has no such limit.
     */
    static final int MAX_YAML_LINE = 1 << 20;

    private static JsonNode parseTree(String text, String source) {
        boolean json = text.stripLeading().startsWith("{");
        if (!json) {
            int line = 1;
            for (int start = 0, end; start < text.length(); start = end + 1, line++) {
                end = text.indexOf('\n', start);
                end = end < 0 ? text.length() : end;
                if (end - start > MAX_YAML_LINE) {
                    throw new InputException(InputException.Problem.WRONG_FORMAT, source, line, "a line of "
                            + (end - start) + " characters, more than " + MAX_YAML_LINE
                            + " in a YAML document: not an OpenAPI document", null);
                }
            }
        }
        try {
            JsonNode tree = (json ? JSON : YAML).readTree(text);
            if (tree == null || !tree.isObject()) {
                throw new InputException(InputException.Problem.WRONG_FORMAT, source,
                        "not an OpenAPI document (not a JSON/YAML object)");
            }
            return tree;
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? InputException.NO_LINE : e.getLocation().getLineNr();
            throw new InputException(InputException.Problem.MALFORMED, source, line,
                    "not well-formed " + (json ? "JSON" : "YAML") + ": " + e.getOriginalMessage(), e);
        }
    }

    private static void checkVersion(JsonNode tree, String source) {
        if (tree.has("swagger")) {
            throw new InputException(InputException.Problem.WRONG_FORMAT, source,
                    "a Swagger " + tree.get("swagger").asText() + " document; only OpenAPI 3.x is compared");
        }
        JsonNode version = tree.get("openapi");
        if (version == null || !version.asText().startsWith("3.")) {
            throw new InputException(InputException.Problem.WRONG_FORMAT, source,
                    "not an OpenAPI 3.x document (no 'openapi: 3.x' field)");
        }
    }

    /** A {@code $ref} that does not start with {@code #} would make the parser read a file or a URL. */
    private static void checkReferencesStayInside(JsonNode node, String source) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if ("$ref".equals(field.getKey()) && field.getValue().isTextual()
                        && !field.getValue().asText().startsWith("#")) {
                    throw new InputException(InputException.Problem.UNSAFE, source, "refers to '"
                            + field.getValue().asText() + "' outside the document; only '#/...' references are read");
                }
                checkReferencesStayInside(field.getValue(), source);
            }
        } else if (node.isArray()) {
            node.forEach(child -> checkReferencesStayInside(child, source));
        }
    }
}
