package io.deliverygates.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.deliverygates.common.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.CRC32C;

/**
 * One line of a ledger file: the JSON of an event (or the header) with a checksum as its last field,
 * {@code {...,"crc":"1a2b3c4d"}}. The checksum is the CRC-32C of the same JSON without the crc field, so a line
 * damaged after it was written is detected, while the line stays plain JSON for jq and spreadsheets.
 * A line without crc field (written by hand or another tool) is accepted if it is valid.
 */
public final class LedgerLine {
    private static final byte[] CRC_PREFIX = ",\"crc\":\"".getBytes(StandardCharsets.US_ASCII);
    /** {@code ,"crc":"} + 8 hex digits + {@code "}}. */
    private static final int CRC_SUFFIX_LENGTH = CRC_PREFIX.length + 8 + 2;
    private static final byte[] HEADER_START = "{\"ledger\":".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectReader EVENT_READER = Json.mapper().readerFor(LedgerEvent.class);
    private static final ObjectReader HEADER_READER = Json.mapper().readerFor(LedgerHeader.class);

    private LedgerLine() {
    }

    /** The line for an event or header: its JSON, the crc field and the newline. */
    public static byte[] encode(Object eventOrHeader) {
        byte[] json;
        try {
            json = Json.mapper().writeValueAsBytes(eventOrHeader);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        CRC32C crc = new CRC32C();
        crc.update(json, 0, json.length);
        byte[] suffix = String.format(Locale.ROOT, ",\"crc\":\"%08x\"}\n", crc.getValue())
                .getBytes(StandardCharsets.US_ASCII);
        byte[] line = Arrays.copyOf(json, json.length - 1 + suffix.length);
        System.arraycopy(suffix, 0, line, json.length - 1, suffix.length);
        return line;
    }

    /** What a line holds. */
    public sealed interface Decoded permits Event, Header, Skipped {
    }

    /** A valid event of a schema and type this code knows. */
    public record Event(LedgerEvent event) implements Decoded {
    }

    /** The file header. */
    public record Header(LedgerHeader header) implements Decoded {
    }

    /**
     * A line that is not used. {@code harmless} lines (blank) need no warning; {@code keep} lines (newer schema,
     * unknown type) are valid data for newer code and survive retention.
     */
    public record Skipped(String reason, boolean keep, boolean harmless) implements Decoded {
    }

    /** Decodes the line in {@code buf[off, off+len)}, without its newline. Never throws for bad content. */
    public static Decoded decode(byte[] buf, int off, int len) {
        while (len > 0 && (buf[off + len - 1] == '\r' || buf[off + len - 1] == ' ')) {
            len--;
        }
        if (len == 0) {
            return new Skipped("blank line", false, true);
        }
        String checksumProblem = checksumProblem(buf, off, len);
        if (checksumProblem != null) {
            return new Skipped(checksumProblem, false, false);
        }
        if (startsWith(buf, off, len, HEADER_START)) {
            try {
                return new Header(HEADER_READER.readValue(buf, off, len));
            } catch (IOException e) {
                return new Skipped("unreadable header: " + firstLine(e), false, false);
            }
        }
        try {
            LedgerEvent event = EVENT_READER.readValue(buf, off, len);
            if (event.schema() > LedgerEvent.SCHEMA) {
                return newerSchema(event.schema());
            }
            return new Event(event);
        } catch (IOException e) {
            return classify(buf, off, len, e);
        }
    }

    private static Decoded classify(byte[] buf, int off, int len, IOException bindError) {
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(buf, off, len);
        } catch (IOException e) {
            return new Skipped("not valid JSON: " + firstLine(e), false, false);
        }
        if (tree == null || !tree.isObject()) {
            return new Skipped("not a JSON object", false, false);
        }
        int schema = tree.path("schema").asInt(LedgerEvent.SCHEMA);
        if (schema > LedgerEvent.SCHEMA) {
            return newerSchema(schema);
        }
        String type = tree.path("type").asText("");
        if (!type.isEmpty() && !isKnownType(type)) {
            return new Skipped("unknown event type " + type, true, false);
        }
        return new Skipped("invalid event: " + firstLine(bindError), false, false);
    }

    private static Skipped newerSchema(int schema) {
        return new Skipped("event of newer schema " + schema + " (this version reads up to " + LedgerEvent.SCHEMA
                + ")", true, false);
    }

    private static boolean isKnownType(String type) {
        return Arrays.stream(EventType.values()).anyMatch(t -> t.name().equals(type));
    }

    /** Null when the line has no crc field or a matching one. */
    private static String checksumProblem(byte[] buf, int off, int len) {
        int suffixStart = off + len - CRC_SUFFIX_LENGTH;
        if (len < CRC_SUFFIX_LENGTH + 2 || !startsWith(buf, suffixStart, CRC_SUFFIX_LENGTH, CRC_PREFIX)
                || buf[off + len - 2] != '"' || buf[off + len - 1] != '}') {
            return null;
        }
        long expected;
        try {
            expected = Long.parseLong(new String(buf, suffixStart + CRC_PREFIX.length, 8, StandardCharsets.US_ASCII),
                    16);
        } catch (NumberFormatException e) {
            return "checksum field is not hexadecimal";
        }
        CRC32C crc = new CRC32C();
        crc.update(buf, off, suffixStart - off);
        crc.update('}');
        return crc.getValue() == expected ? null : "checksum mismatch (record damaged)";
    }

    private static boolean startsWith(byte[] buf, int off, int len, byte[] prefix) {
        if (len < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (buf[off + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
