package io.deliverygates.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.deliverygates.common.InputException;
import io.deliverygates.common.Json;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Ledger events as CSV, one row per event, for spreadsheets and for migrating from other tools. The columns are
 * listed in {@link #COLUMNS} and explained in docs/ledger.md; an import needs a header row with at least
 * {@code type} and {@code time}, in any order. Text cells a spreadsheet would run as a formula get a leading
 * apostrophe on export, which import removes again.
 */
final class CsvEvents {
    static final List<String> COLUMNS = List.of("schema", "id", "type", "time", "environment", "version",
            "deploymentId", "incidentId", "fixesIncident", "buildJob", "buildNumber", "buildUrl", "commits",
            "outcome", "durationSeconds", "message", "attributes");
    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).get();
    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {
    };

    private CsvEvents() {
    }

    static void write(List<LedgerEvent> events, Appendable out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, WRITE); // not closed: that would close the caller's stream
        printer.printRecord(COLUMNS);
        for (LedgerEvent e : events) {
            BuildRef build = e.build();
            printer.printRecord(e.schema(), text(e.id()), e.type(), e.time(), text(e.environment()),
                    text(e.version()), text(e.deploymentId()), text(e.incidentId()), text(e.fixesIncident()),
                    build == null ? "" : text(build.job()), build == null ? "" : build.number(),
                    build == null ? "" : text(build.url()), text(commits(e.commits())), e.outcome(),
                    e.duration() == null ? "" : seconds(e.duration()), text(e.message()),
                    e.attributes().isEmpty() ? "" : text(Json.mapper().writeValueAsString(e.attributes())));
        }
        printer.flush();
    }

    static List<LedgerEvent> read(Reader in, String source) {
        RowProblems problems = new RowProblems(source);
        List<LedgerEvent> events = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(READ).get()) {
            checkHeader(parser.getHeaderNames(), source);
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                try {
                    events.add(event(record));
                } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
                    problems.add(line, e.getMessage());
                }
            }
        } catch (IOException | UncheckedIOException e) {
            boolean encoding = e instanceof java.nio.charset.CharacterCodingException
                    || e.getCause() instanceof java.nio.charset.CharacterCodingException;
            throw new InputException(InputException.Problem.MALFORMED, source, InputException.NO_LINE,
                    encoding ? "bytes that are not valid UTF-8; was the file written with another encoding or cut?"
                            : "not valid CSV: " + e.getMessage(), e);
        }
        problems.throwIfAny();
        return events;
    }

    private static void checkHeader(List<String> header, String source) {
        if (header.isEmpty()) {
            throw new InputException(InputException.Problem.EMPTY, source, "no CSV header row");
        }
        List<String> unknown = header.stream().filter(h -> !COLUMNS.contains(h)).toList();
        if (!unknown.isEmpty() || !header.contains("type") || !header.contains("time")) {
            throw new InputException(InputException.Problem.WRONG_FORMAT, source, 1,
                    "the header row needs the columns type and time and may have only " + COLUMNS
                            + (unknown.isEmpty() ? "" : "; unknown: " + unknown), null);
        }
    }

    private static LedgerEvent event(CSVRecord row) {
        String id = cell(row, "id");
        if (id == null) {
            // the same row always gets the same id, so importing a file twice adds its rows once
            id = UUID.nameUUIDFromBytes(String.join("\u001f", row.values()).getBytes(StandardCharsets.UTF_8))
                    .toString();
        }
        String schemaText = cell(row, "schema");
        int schema = schemaText == null ? LedgerEvent.SCHEMA : integer("schema", schemaText);
        if (schema > LedgerEvent.SCHEMA || schema < 1) {
            throw new IllegalArgumentException("schema " + schema + " is not supported (1 to " + LedgerEvent.SCHEMA
                    + ")");
        }
        String typeText = required(row, "type");
        String timeText = required(row, "time");
        String outcome = cell(row, "outcome");
        String duration = cell(row, "durationSeconds");
        String attributes = cell(row, "attributes");
        return new LedgerEvent(schema, id, constant(EventType.class, "type", typeText), time(timeText),
                cell(row, "environment"), cell(row, "version"), cell(row, "deploymentId"), cell(row, "incidentId"),
                cell(row, "fixesIncident"), build(row), commits(cell(row, "commits")),
                outcome == null ? null : constant(Outcome.class, "outcome", outcome),
                duration == null ? null : duration(duration), cell(row, "message"),
                attributes == null ? null : attributes(attributes));
    }

    private static BuildRef build(CSVRecord row) {
        String job = cell(row, "buildJob");
        String number = cell(row, "buildNumber");
        if (job == null) {
            if (number != null) {
                throw new IllegalArgumentException("buildNumber " + number + " without buildJob");
            }
            return null;
        }
        return new BuildRef(job, number == null ? 0 : integer("buildNumber", number), cell(row, "buildUrl"));
    }

    /** {@code id@commitTime[@authorTime]}, separated by semicolons. */
    static String commits(List<Commit> commits) {
        StringBuilder text = new StringBuilder();
        for (Commit c : commits) {
            text.append(text.length() == 0 ? "" : ";").append(c.id()).append('@').append(c.commitTime());
            if (!c.authorTime().equals(c.commitTime())) {
                text.append('@').append(c.authorTime());
            }
        }
        return text.toString();
    }

    private static List<Commit> commits(String text) {
        List<Commit> commits = new ArrayList<>();
        if (text == null) {
            return commits;
        }
        for (String item : text.split(";")) {
            String[] parts = item.trim().split("@");
            if (parts.length < 2 || parts.length > 3 || parts[0].isBlank()) {
                throw new IllegalArgumentException("commit '" + item.trim()
                        + "' is not id@commitTime or id@commitTime@authorTime");
            }
            commits.add(new Commit(parts[0].trim(), parts.length == 3 ? time(parts[2].trim()) : null,
                    time(parts[1].trim())));
        }
        return commits;
    }

    private static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9))
                .stripTrailingZeros().toPlainString();
    }

    private static Duration duration(String text) {
        BigDecimal seconds;
        try {
            seconds = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("durationSeconds '" + text + "' is not a number");
        }
        if (seconds.signum() < 0) {
            throw new IllegalArgumentException("durationSeconds " + text + " is negative");
        }
        BigDecimal whole = seconds.setScale(0, java.math.RoundingMode.DOWN);
        return Duration.ofSeconds(whole.longValueExact(),
                seconds.subtract(whole).movePointRight(9).setScale(0, java.math.RoundingMode.DOWN).intValue());
    }

    /** An ISO-8601 instant or date-time with offset; a date-time without offset is UTC. */
    static Instant time(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("time '" + text
                        + "' is not an ISO-8601 date-time such as 2026-11-01T10:15:30Z");
            }
        }
    }

    private static Map<String, String> attributes(String json) {
        try {
            return new LinkedHashMap<>(Json.mapper().readValue(json, ATTRIBUTES));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("attributes must be a JSON object of strings: " + json);
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String column, String text) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(column + " '" + text + "' is not one of "
                    + List.of(type.getEnumConstants()), e);
        }
    }

    private static int integer(String column, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " '" + text + "' is not a whole number", e);
        }
    }

    private static String required(CSVRecord row, String column) {
        String value = cell(row, column);
        if (value == null) {
            throw new IllegalArgumentException(column + " is empty");
        }
        return value;
    }

    /** The cell's text without a formula guard, or null when the column is missing or the cell empty. */
    private static String cell(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column) || row.get(column).isEmpty()) {
            return null;
        }
        String value = row.get(column);
        return value.length() > 1 && value.charAt(0) == '\'' && isFormulaStart(value.charAt(1))
                ? value.substring(1) : value;
    }

    /** Guards a text cell so that spreadsheets show it instead of running it as a formula. */
    private static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && isFormulaStart(value.charAt(0)) ? "'" + value : value;
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
