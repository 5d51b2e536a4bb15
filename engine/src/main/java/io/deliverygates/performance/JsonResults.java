package io.deliverygates.performance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import io.deliverygates.common.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Shared checks of the JSON result formats: well-formed, of the expected shape, finite numbers. */
final class JsonResults {
    private JsonResults() {
    }

    static JsonNode parse(InputStream in, String source, String format) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(in);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? InputException.NO_LINE : e.getLocation().getLineNr();
            throw new InputException(Problem.MALFORMED, source, line,
                    "not well-formed JSON (" + format + " results expected): " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputException(Problem.UNREADABLE, source, InputException.NO_LINE, e.toString(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new InputException(Problem.EMPTY, source, "no JSON content (" + format + " results expected)");
        }
        return root;
    }

    static InputException wrongFormat(String source, String format, String what) {
        return new InputException(Problem.WRONG_FORMAT, source, "not " + format + " results: " + what);
    }

    static InputException empty(String source, String format) {
        return new InputException(Problem.EMPTY, source, "no benchmark in the " + format + " results");
    }

    /** A finite, non-negative number, or a MALFORMED error naming the benchmark and field. */
    static double number(JsonNode node, String source, String benchmark, String field) {
        if (node == null || !node.isNumber() || !Double.isFinite(node.asDouble()) || node.asDouble() < 0) {
            throw new InputException(Problem.MALFORMED, source,
                    "benchmark '" + benchmark + "': " + field + " is not a non-negative number: " + node);
        }
        return node.asDouble();
    }

    /** An array of numbers as one sample group. */
    static double[] numbers(JsonNode array, String source, String benchmark, String field) {
        if (array == null || !array.isArray()) {
            throw new InputException(Problem.MALFORMED, source, "benchmark '" + benchmark + "': " + field
                    + " is not an array");
        }
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = number(array.get(i), source, benchmark, field + "[" + i + "]");
        }
        return values;
    }

    static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
