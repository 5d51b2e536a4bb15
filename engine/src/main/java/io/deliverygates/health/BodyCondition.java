package io.deliverygates.health;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.deliverygates.common.InputException;
import io.deliverygates.common.Json;
import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a healthy response body must contain. Text form (for the CLI and step parameters):
 * {@code contains:TEXT}, {@code regex:PATTERN} (found anywhere in the body) or {@code json:/POINTER=VALUE}
 * (the JSON value at the RFC 6901 pointer, as text, equals VALUE; e.g. {@code json:/status=UP}).
 */
public interface BodyCondition extends Serializable {
    /** Why the body does not meet the condition, or empty when it does. */
    Optional<String> violation(String body);

    /**
     * Parses the text form; {@code parameter} names the parameter in errors.
     *
     * @throws InputException (INVALID_PARAMETER) for an unknown kind, a bad pattern or pointer
     */
    static BodyCondition parse(String text, String parameter) {
        int colon = text.indexOf(':');
        String kind = colon < 0 ? "" : text.substring(0, colon);
        String value = text.substring(colon + 1);
        switch (kind) {
            case "contains":
                return new Contains(value);
            case "regex":
                return new Matches(value, parameter);
            case "json":
                int equals = value.indexOf('=');
                if (equals < 0) {
                    break;
                }
                return new JsonValue(value.substring(0, equals), value.substring(equals + 1), parameter);
            default:
                break;
        }
        throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter, "'" + text
                + "' is not a body condition (expected contains:TEXT, regex:PATTERN or json:/POINTER=VALUE)");
    }

    /** The body contains the text. */
    record Contains(String text) implements BodyCondition {
        @Override
        public Optional<String> violation(String body) {
            return body.contains(text) ? Optional.empty() : Optional.of("body does not contain '" + text + "'");
        }
    }

    /** The regular expression is found in the body. */
    record Matches(String regex, String parameter) implements BodyCondition {
        public Matches {
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                        "'" + regex + "' is not a regular expression: " + e.getDescription());
            }
        }

        @Override
        public Optional<String> violation(String body) {
            return Pattern.compile(regex).matcher(body).find() ? Optional.empty()
                    : Optional.of("body does not match /" + regex + "/");
        }
    }

    /** The body is JSON and the value at the pointer, as text, equals the expected value. */
    record JsonValue(String pointer, String expected, String parameter) implements BodyCondition {
        public JsonValue {
            try {
                JsonPointer.compile(pointer);
            } catch (IllegalArgumentException e) {
                throw new InputException(InputException.Problem.INVALID_PARAMETER, parameter,
                        "'" + pointer + "' is not a JSON pointer (expected e.g. /status or /checks/0/state)");
            }
        }

        @Override
        public Optional<String> violation(String body) {
            JsonNode node;
            try {
                node = Json.mapper().readTree(body).at(pointer);
            } catch (JsonProcessingException e) {
                return Optional.of("body is not JSON (" + e.getOriginalMessage() + ")");
            }
            if (node.isMissingNode()) {
                return Optional.of("body has no JSON value at " + pointer);
            }
            String actual = node.isValueNode() ? node.asText() : node.toString();
            return actual.equals(expected) ? Optional.empty()
                    : Optional.of("JSON value at " + pointer + " is '" + actual + "', expected '" + expected + "'");
        }
    }
}
