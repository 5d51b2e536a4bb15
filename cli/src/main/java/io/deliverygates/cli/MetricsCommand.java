package io.deliverygates.cli;

import io.deliverygates.common.InputException;
import io.deliverygates.ledger.FileLedger;
import io.deliverygates.ledger.LedgerScan;
import io.deliverygates.metrics.Granularity;
import io.deliverygates.metrics.JobReport;
import io.deliverygates.metrics.LedgerMetrics;
import io.deliverygates.metrics.MetricsConfig;
import io.deliverygates.metrics.MetricsFormat;
import io.deliverygates.metrics.MetricsReport;
import io.deliverygates.metrics.Window;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code metrics}: DORA metrics of one or more jobs' ledgers (docs/metrics.md). */
@Command(
        name = "metrics",
        mixinStandardHelpOptions = true,
        description = "DORA metrics (deployment frequency, lead time, change failure rate, time to restore, rework "
                + "rate, build durations) from one or more deployment ledgers.")
public final class MetricsCommand implements Callable<Integer> {
    private static final Pattern DAYS = Pattern.compile("(\\d{1,5})d");

    @Spec
    CommandSpec spec;

    @Option(names = "--ledger", required = true, paramLabel = "DIR|FILE",
            description = "A job's ledger: its folder (holding " + FileLedger.FILE_NAME + ") or a .jsonl file. "
                    + "Repeat for several jobs; the job is named after the folder (or the file).")
    List<Path> ledgers = new ArrayList<>();

    @Option(names = "--window", paramLabel = "Nd", defaultValue = "30d",
            description = "The last N whole UTC days, today included (7d, 30d, 90d, ...). Default: ${DEFAULT-VALUE}.")
    String window;

    @Option(names = "--from", paramLabel = "TIME",
            description = "Start of a custom window (ISO instant or date, UTC); replaces --window.")
    String from;

    @Option(names = "--to", paramLabel = "TIME",
            description = "End (exclusive) of a custom window (ISO instant or date, UTC). Default: now.")
    String to;

    @Option(names = "--now", paramLabel = "TIME",
            description = "The current time the window is relative to (ISO instant or date). Default: the clock.")
    String now;

    @Option(names = "--production-env", paramLabel = "NAME", split = ",",
            description = "Environment names that count as production (ignoring case; repeatable, comma-separated). "
                    + "Default: production, prod.")
    Set<String> productionEnvironments = new LinkedHashSet<>();

    @Option(names = "--granularity", paramLabel = "day|week", converter = GranularityConverter.class,
            description = "Trend bucket size. Default: day for windows up to 31 days, else week.")
    Granularity granularity;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "Output format: text, json, html, csv, prometheus. Default: ${DEFAULT-VALUE}.")
    MetricsFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the output to this file (default: stdout).")
    Path out;

    @Override
    public Integer call() throws IOException {
        Instant current = now == null ? Clock.systemUTC().instant() : time("--now", now);
        MetricsConfig config = MetricsConfig.defaults().withProductionEnvironments(productionEnvironments)
                .withGranularity(granularity);
        Window range = window(current);
        List<JobReport> jobs = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Path ledger : ledgers) {
            jobs.add(job(ledger, names, config, range));
        }
        MetricsReport report = MetricsReport.of(current, range, config, jobs);
        write(report);
        return ExitCodes.PASSED;
    }

    private JobReport job(Path path, Set<String> names, MetricsConfig config, Window range) throws IOException {
        FileLedger ledger = LedgerOption.at(path);
        if (!Files.isRegularFile(ledger.file())) {
            throw new InputException(InputException.Problem.NOT_FOUND, path.toString(),
                    "no ledger there (expected a folder holding " + FileLedger.FILE_NAME + " or a .jsonl file)");
        }
        String name = jobName(ledger.file());
        if (!names.add(name)) {
            name = ledger.file().toString();
            names.add(name);
        }
        LedgerMetrics metrics = new LedgerMetrics(name, ledger, config);
        LedgerScan read;
        try {
            read = metrics.refresh();
        } catch (IOException e) {
            throw new InputException(InputException.Problem.UNREADABLE, ledger.file().toString(),
                    InputException.NO_LINE, "cannot read the ledger: " + e.getMessage(), e);
        }
        LedgerWarnings.refuseIfNotALedger(ledger, read.events(), read.cursor(), read.warnings(), read.pendingBytes());
        LedgerWarnings.print(spec.commandLine().getErr(), ledger, read.warnings(), read.pendingBytes());
        return metrics.report(range);
    }

    /** The folder's name for a ledger named {@value FileLedger#FILE_NAME}, else the file's name without .jsonl. */
    static String jobName(Path file) {
        String fileName = file.getFileName().toString();
        if (fileName.equals(FileLedger.FILE_NAME) && file.getParent() != null
                && file.getParent().getFileName() != null) {
            return file.getParent().getFileName().toString();
        }
        return fileName.endsWith(".jsonl") ? fileName.substring(0, fileName.length() - ".jsonl".length())
                : fileName;
    }

    private Window window(Instant current) {
        if (from != null) {
            return new Window(time("--from", from), to == null ? current : time("--to", to));
        }
        if (to != null) {
            throw invalid("--to", to, "--to needs --from");
        }
        Matcher days = DAYS.matcher(window.trim().toLowerCase(Locale.ROOT));
        if (!days.matches()) {
            throw invalid("--window", window, "expected a number of days such as 7d, 30d or 90d");
        }
        return Window.lastDays(Integer.parseInt(days.group(1)), current);
    }

    private static Instant time(String option, String value) {
        try {
            return value.contains("T") ? Instant.parse(value)
                    : LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(option, value, "expected an ISO instant (2026-11-01T10:00:00Z) or date (2026-11-01)");
        }
    }

    private static InputException invalid(String option, String value, String detail) {
        return new InputException(InputException.Problem.INVALID_PARAMETER, option, "'" + value + "': " + detail);
    }

    private void write(MetricsReport report) throws IOException {
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            format.renderer().render(report, stdout);
            stdout.flush();
            return;
        }
        try (Writer file = new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8)) {
            format.renderer().render(report, file);
        } catch (IOException e) {
            throw new InputException(InputException.Problem.UNREADABLE, out.toString(), InputException.NO_LINE,
                    "cannot write the output: " + e.getMessage(), e);
        }
    }

    /** Formats by name, ignoring case, listing the valid ones on a mistake. */
    static final class FormatConverter implements ITypeConverter<MetricsFormat> {
        @Override
        public MetricsFormat convert(String value) {
            return CaseInsensitive.parse(MetricsFormat.class, value);
        }
    }

    /** Granularity by name, ignoring case. */
    static final class GranularityConverter implements ITypeConverter<Granularity> {
        @Override
        public Granularity convert(String value) {
            return CaseInsensitive.parse(Granularity.class, value);
        }
    }
}
