package io.deliverygates.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliverygates.common.Json;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The DORA figures computed a second time, straight from the definitions in docs/metrics.md (and the shared note on
 * Four Keys / DevLake / GitLab), over a generated ledger of a few hundred events, and compared with what the CLI's
 * JSON, CSV and Prometheus exports say. The ledger is imported from CSV with times in several zones (across the
 * European DST change), events out of order, re-deployments, duplicate finishing events, rollbacks, failed health
 * checks and incidents resolved, unresolved and resolved before being opened; the window starts and ends exactly on
 * events. Nothing here calls the engine's metrics code: only the CLI.
 */
class DoraIndependentComputationTest {
    private static final Instant FROM = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-15T00:00:00Z");
    private static final Set<String> PRODUCTION = Set.of("production", "prod");
    private static final List<String> ENVIRONMENTS = List.of("dev", "staging", "production", "Prod", "prod");
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Australia/Lord_Howe"));

    @TempDir
    Path temp;

    /** One generated event; times in milliseconds. */
    record Ev(String id, String type, Instant time, String env, String deploymentId, String incidentId,
            String fixes, List<String[]> commits, String outcome) {
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void cliExportsAgreeWithTheDefinitions(long seed) throws IOException {
        List<Ev> events = generate(new Random(seed));
        Path csv = temp.resolve("events.csv");
        writeCsv(events, csv, new Random(seed + 100));
        Path ledger = temp.resolve("job");
        CliRun imported = CliRun.of("ledger", "import", "--ledger", ledger.toString(), "--format", "csv",
                csv.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        String[] window = {"metrics", "--ledger", ledger.toString(), "--from", FROM.toString(), "--to",
            TO.toString(), "--now", TO.toString()};
        CliRun json = CliRun.of(concat(window, "--format", "json"));
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode job = Json.mapper().readTree(json.out()).at("/jobs/0");

        Expected production = expected(events, env -> PRODUCTION.contains(env.toLowerCase(Locale.ROOT)), true);
        // the generated ledger exercises every rule: not a comparison of empty figures
        assertThat(events).hasSizeGreaterThan(300);
        assertThat(production.deployments).isGreaterThan(40);
        assertThat(production.failed).isPositive();
        assertThat(production.aborted).isPositive();
        assertThat(production.rework).isPositive();
        assertThat(production.restoreTimes).hasSizeGreaterThan(2);
        assertThat(production.dropped + production.open).isPositive();
        compare(job.at("/production/current"), production, "production");
        JsonNode environments = job.at("/environments");
        Set<String> named = new TreeSet<>();
        for (JsonNode scope : environments) {
            String name = scope.at("/name").asText();
            named.add(name);
            compare(scope.at("/current"), expected(events, name::equals, false), name);
        }
        assertThat(named).containsExactlyInAnyOrderElementsOf(new HashSet<>(ENVIRONMENTS));

        CliRun csvOut = CliRun.of(concat(window, "--format", "csv"));
        assertThat(csvOut.exitCode()).as(csvOut.err()).isZero();
        Map<String, String> windowRows = new HashMap<>();
        for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csvOut.out()))) {
            if (row.get("scope").equals("production") && row.get("period").equals("window")) {
                windowRows.put(row.get("metric"), row.get("value"));
            }
        }
        assertThat(Double.parseDouble(windowRows.get("deployment_frequency")))
                .isCloseTo(production.successful / 45.0, org.assertj.core.data.Offset.offset(1e-9));
        assertRatio(windowRows.get("change_failure_rate"), production.failed, production.deployments);
        assertRatio(windowRows.get("rework_rate"), production.rework, production.deployments);
        assertSeconds(windowRows.get("lead_time"), production.leadMedian);
        assertSeconds(windowRows.get("time_to_restore"), production.restoreMedian);

        CliRun prom = CliRun.of(concat(window, "--format", "prometheus"));
        assertThat(prom.exitCode()).as(prom.err()).isZero();
        Map<String, String> samples = new HashMap<>();
        for (String line : prom.out().split("\n")) {
            if (!line.startsWith("#") && line.contains("scope=\"production\"")) {
                int space = line.lastIndexOf(' ');
                samples.put(line.substring(0, space).replaceAll("job=\"[^\"]*\",", ""), line.substring(space + 1));
            }
        }
        String labels = "scope=\"production\",environment=\"prod,production\"";
        assertThat(samples).containsEntry("deliverygates_deployments{" + labels + ",result=\"counted\"}",
                String.valueOf(production.deployments));
        assertThat(samples).containsEntry("deliverygates_deployments{" + labels + ",result=\"failed\"}",
                String.valueOf(production.failed));
        assertThat(samples).containsEntry("deliverygates_deployments{" + labels + ",result=\"aborted\"}",
                String.valueOf(production.aborted));
        assertThat(samples).containsEntry("deliverygates_lead_time_commits{" + labels + "}",
                String.valueOf(production.leadTimes.size()));
        assertThat(samples).containsEntry("deliverygates_incidents_open{" + labels + "}",
                String.valueOf(production.open));
        assertThat(samples).containsEntry("deliverygates_incidents_resolved{" + labels + "}",
                String.valueOf(production.restoreTimes.size()));
        assertSeconds(samples.get("deliverygates_lead_time_seconds{" + labels + ",statistic=\"median\"}"),
                production.leadMedian);
        assertSeconds(samples.get("deliverygates_lead_time_seconds{" + labels + ",statistic=\"p90\"}"),
                production.leadP90);
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static void assertRatio(String value, long part, long whole) {
        if (whole == 0) {
            assertThat(value).isEmpty();
        } else {
            assertThat(Double.parseDouble(value)).isCloseTo((double) part / whole,
                    org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    private static void assertSeconds(String value, Long millis) {
        if (millis == null) {
            assertThat(value).isNullOrEmpty();
        } else {
            assertThat(new BigDecimal(value).compareTo(BigDecimal.valueOf(millis, 3))).as(value + " vs " + millis)
                    .isZero();
        }
    }

    // ---- generation ----

    private static List<Ev> generate(Random random) {
        List<Ev> events = new ArrayList<>();
        List<String> deployed = new ArrayList<>();
        List<String> openIncidents = new ArrayList<>();
        Map<String, Instant> commitTimes = new LinkedHashMap<>();
        List<List<String[]>> earlierCommitSets = new ArrayList<>();
        Instant time = FROM.minus(Duration.ofDays(10));
        int n = 0;
        int commitNo = 0;
        // a deployment finishing exactly at the window's start and one exactly at its end
        List<Instant> pinned = new ArrayList<>(List.of(FROM, TO));
        while (time.isBefore(TO.plus(Duration.ofDays(3)))) {
            n++;
            time = time.plusMillis(1 + (long) (random.nextDouble() * 6 * 3600_000));
            Instant finished = time;
            if (!pinned.isEmpty() && !finished.isBefore(pinned.get(0))) {
                finished = pinned.remove(0);
                time = finished;
            }
            String env = ENVIRONMENTS.get(random.nextInt(ENVIRONMENTS.size()));
            String deploymentId = random.nextInt(25) == 0 ? null : "d" + n;
            List<String[]> commits = new ArrayList<>();
            if (random.nextInt(5) == 0 && !earlierCommitSets.isEmpty()) {
                // a re-deployment of an earlier version: the same commits again
                commits.addAll(earlierCommitSets.get(random.nextInt(earlierCommitSets.size())));
            } else {
                int count = random.nextInt(4);
                for (int c = 0; c < count; c++) {
                    String id = "c" + (++commitNo);
                    // mostly before the deployment; a few after it (clock skew) or exactly at it
                    long back = random.nextInt(12) == 0 ? -random.nextInt(600_000)
                            : (long) (random.nextDouble() * random.nextDouble() * 20 * 86_400_000L);
                    commitTimes.put(id, finished.minusMillis(back));
                    commits.add(new String[] {id, finished.minusMillis(back).toString()});
                }
                if (random.nextBoolean() && !commitTimes.isEmpty()) {
                    // a commit deployed before in another environment (promoted up the chain)
                    List<String> ids = new ArrayList<>(commitTimes.keySet());
                    String id = ids.get(random.nextInt(ids.size()));
                    commits.add(new String[] {id, commitTimes.get(id).toString()});
                }
            }
            earlierCommitSets.add(commits);
            int roll = random.nextInt(20);
            String outcome = roll < 15 ? "SUCCEEDED" : roll < 18 ? "FAILED" : roll == 18 ? "ABORTED"
                    : random.nextBoolean() ? "INCONCLUSIVE" : null;
            String fixes = !openIncidents.isEmpty() && random.nextInt(3) == 0
                    ? openIncidents.get(random.nextInt(openIncidents.size())) : null;
            boolean commitsOnStart = deploymentId != null && random.nextInt(4) == 0;
            if (deploymentId != null) {
                events.add(new Ev("s" + n, "DEPLOYMENT_STARTED", finished.minusSeconds(90), env, deploymentId, null,
                        commitsOnStart ? fixes : null, commitsOnStart ? commits : List.of(), null));
            }
            events.add(new Ev("f" + n, "DEPLOYMENT_FINISHED", finished, env, deploymentId, null,
                    commitsOnStart ? null : fixes, commitsOnStart ? List.of() : commits, outcome));
            if (deploymentId != null && random.nextInt(15) == 0) {
                // the same deployment finishing again later: ignored
                events.add(new Ev("g" + n, "DEPLOYMENT_FINISHED", finished.plusSeconds(3600), "production",
                        deploymentId, null, "i-none", List.<String[]>of(new String[] {"late" + n, FROM.toString()}),
                        "FAILED"));
            }
            if (deploymentId != null) {
                deployed.add(deploymentId);
                int after = random.nextInt(10);
                if (after == 0) {
                    events.add(new Ev("r" + n, "ROLLBACK", finished.plusSeconds(600), env, deploymentId, null,
                            null, List.of(), random.nextBoolean() ? "SUCCEEDED" : "FAILED"));
                } else if (after <= 2) {
                    String outcomeOfCheck = List.of("FAILED", "SUCCEEDED", "INCONCLUSIVE", "ABORTED")
                            .get(random.nextInt(4));
                    events.add(new Ev("h" + n, "HEALTH_CHECKED", finished.plusSeconds(300), env, deploymentId,
                            null, null, List.of(), outcomeOfCheck));
                }
            }
            if (random.nextInt(8) == 0) {
                String incident = "i" + n;
                String cause = deployed.isEmpty() ? null : deployed.get(random.nextInt(deployed.size()));
                String incidentEnv = random.nextInt(4) == 0 ? null : ENVIRONMENTS.get(random.nextInt(5));
                Instant opened = finished.plusMillis(random.nextInt(3_600_000));
                events.add(new Ev("o" + n, "INCIDENT_OPENED", opened, incidentEnv, cause, incident, null, List.of(),
                        null));
                int fate = random.nextInt(6);
                if (fate < 4) {
                    Instant resolved = opened.plusMillis(1 + (long) (random.nextDouble() * 2 * 86_400_000L));
                    events.add(new Ev("x" + n, "INCIDENT_RESOLVED", resolved, incidentEnv, null, incident, null,
                            List.of(), null));
                    if (fate == 0) {
                        events.add(new Ev("y" + n, "INCIDENT_RESOLVED", resolved.plusSeconds(60), incidentEnv,
                                null, incident, null, List.of(), null));
                    }
                } else if (fate == 4) {
                    openIncidents.add(incident);
                } else {
                    // resolved before it was opened (clock skew): listed, not measured
                    events.add(new Ev("x" + n, "INCIDENT_RESOLVED", opened.minusSeconds(30), incidentEnv, null,
                            incident, null, List.of(), null));
                }
            }
        }
        // out of order: some neighbours swapped, so ledger order is not time order
        for (int i = 1; i < events.size(); i++) {
            if (random.nextInt(6) == 0) {
                Collections.swap(events, i - 1, i);
            }
        }
        return events;
    }

    private static void writeCsv(List<Ev> events, Path csv, Random random) throws IOException {
        DateTimeFormatter offset = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader("id", "type", "time", "environment", "deploymentId",
                        "incidentId", "fixesIncident", "commits", "outcome").build())) {
            for (Ev e : events) {
                ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
                String time = offset.format(ZonedDateTime.ofInstant(e.time(), zone));
                StringBuilder commits = new StringBuilder();
                for (String[] c : e.commits()) {
                    ZoneId commitZone = ZONES.get(random.nextInt(ZONES.size()));
                    commits.append(commits.length() == 0 ? "" : ";").append(c[0]).append('@')
                            .append(offset.format(ZonedDateTime.ofInstant(Instant.parse(c[1]), commitZone)));
                }
                printer.printRecord(e.id(), e.type(), time, nz(e.env()), nz(e.deploymentId()), nz(e.incidentId()),
                        nz(e.fixes()), commits, nz(e.outcome()));
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // ---- the definitions (docs/metrics.md, "Definitions") ----

    static final class Expected {
        long deployments;
        long successful;
        long failed;
        long aborted;
        long rework;
        long deploymentDays;
        long dropped;
        long open;
        List<Long> leadTimes = new ArrayList<>();
        List<Long> restoreTimes = new ArrayList<>();
        Long leadMedian;
        Long leadP90;
        Long restoreMedian;
        Long restoreP90;
    }

    /** A deployment: the first finishing event of its id, commits from it or from its start. */
    record Dep(String key, Ev finish, List<String[]> commits, String fixes, int order) {
    }

    private static Expected expected(List<Ev> events, java.util.function.Predicate<String> inScope,
            boolean production) {
        Map<String, Dep> deployments = new LinkedHashMap<>();
        Map<String, Ev> starts = new HashMap<>();
        Set<String> rolledBack = new HashSet<>();
        Set<String> unhealthy = new HashSet<>();
        Set<String> causedIncident = new HashSet<>();
        Map<String, Ev> opened = new LinkedHashMap<>();
        Map<String, Ev> resolved = new HashMap<>();
        int order = 0;
        for (Ev e : events) {
            order++;
            String id = e.deploymentId();
            switch (e.type()) {
                case "DEPLOYMENT_STARTED" -> starts.putIfAbsent(id, e);
                case "DEPLOYMENT_FINISHED" -> {
                    String key = id == null ? "event:" + e.id() : "deployment:" + id;
                    if (!deployments.containsKey(key)) {
                        Ev start = id == null ? null : starts.get(id);
                        List<String[]> commits = !e.commits().isEmpty() || start == null ? e.commits()
                                : start.commits();
                        String fixes = e.fixes() != null || start == null ? e.fixes() : start.fixes();
                        deployments.put(key, new Dep(key, e, commits, fixes, order));
                    }
                }
                case "ROLLBACK" -> rolledBack.add(id);
                case "HEALTH_CHECKED" -> {
                    if ("FAILED".equals(e.outcome())) {
                        unhealthy.add(id);
                    }
                }
                case "INCIDENT_OPENED" -> {
                    if (id != null) {
                        causedIncident.add(id);
                    }
                    opened.putIfAbsent(e.incidentId(), e);
                }
                case "INCIDENT_RESOLVED" -> resolved.putIfAbsent(e.incidentId(), e);
                default -> throw new IllegalStateException(e.type());
            }
        }
        Expected x = new Expected();
        Set<Instant> days = new HashSet<>();
        // first successful deployment of the scope per commit: earliest finish, ties by ledger order
        Map<String, Dep> firstDeployment = new HashMap<>();
        Map<String, Instant> commitTime = new HashMap<>();
        for (Dep d : deployments.values()) {
            Ev f = d.finish();
            if (!inScope.test(f.env())) {
                continue;
            }
            boolean inWindow = !f.time().isBefore(FROM) && f.time().isBefore(TO);
            boolean counted = "SUCCEEDED".equals(f.outcome()) || "FAILED".equals(f.outcome());
            if (inWindow && counted) {
                x.deployments++;
                String depId = f.deploymentId();
                boolean failed = "FAILED".equals(f.outcome()) || depId != null && (rolledBack.contains(depId)
                        || unhealthy.contains(depId) || causedIncident.contains(depId));
                x.failed += failed ? 1 : 0;
                x.rework += d.fixes() != null ? 1 : 0;
                if ("SUCCEEDED".equals(f.outcome())) {
                    x.successful++;
                    days.add(f.time().truncatedTo(ChronoUnit.DAYS));
                }
            } else if (inWindow) {
                x.aborted++;
            }
            if ("SUCCEEDED".equals(f.outcome())) {
                for (String[] c : d.commits()) {
                    Dep known = firstDeployment.get(c[0]);
                    if (known == null || f.time().isBefore(known.finish().time())
                            || f.time().equals(known.finish().time()) && d.order() < known.order()) {
                        firstDeployment.put(c[0], d);
                    }
                    commitTime.putIfAbsent(c[0], Instant.parse(c[1]));
                }
            }
        }
        x.deploymentDays = days.size();
        for (Map.Entry<String, Dep> first : firstDeployment.entrySet()) {
            Instant finished = first.getValue().finish().time();
            if (finished.isBefore(FROM) || !finished.isBefore(TO)) {
                continue;
            }
            long lead = Duration.between(commitTime.get(first.getKey()), finished).toMillis();
            if (lead <= 0) {
                x.dropped++;
            } else {
                x.leadTimes.add(lead);
            }
        }
        for (Ev open : opened.values()) {
            String scopeEnv = open.env();
            boolean belongs = scopeEnv == null ? production : inScope.test(scopeEnv);
            if (!belongs) {
                continue;
            }
            Ev end = resolved.get(open.incidentId());
            if (end != null && !end.time().isBefore(FROM) && end.time().isBefore(TO)) {
                long restore = Duration.between(open.time(), end.time()).toMillis();
                if (restore >= 0) {
                    x.restoreTimes.add(restore);
                }
            }
            if (open.time().isBefore(TO) && (end == null || !end.time().isBefore(TO))) {
                x.open++;
            }
        }
        Collections.sort(x.leadTimes);
        Collections.sort(x.restoreTimes);
        x.leadMedian = quantile(x.leadTimes, 1, 2);
        x.leadP90 = quantile(x.leadTimes, 9, 10);
        x.restoreMedian = quantile(x.restoreTimes, 1, 2);
        x.restoreP90 = quantile(x.restoreTimes, 9, 10);
        return x;
    }

    /** Linear interpolation between closest ranks, rounded to a millisecond half to even (docs/metrics.md). */
    private static Long quantile(List<Long> sorted, int num, int den) {
        if (sorted.isEmpty()) {
            return null;
        }
        BigDecimal h = BigDecimal.valueOf((long) (sorted.size() - 1) * num).divide(BigDecimal.valueOf(den));
        int low = h.intValue();
        BigDecimal fraction = h.subtract(BigDecimal.valueOf(low));
        long lowValue = sorted.get(low);
        long highValue = low + 1 < sorted.size() ? sorted.get(low + 1) : lowValue;
        return BigDecimal.valueOf(lowValue)
                .add(fraction.multiply(BigDecimal.valueOf(highValue - lowValue)))
                .setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    private static void compare(JsonNode figures, Expected x, String scope) {
        assertThat(figures.at("/deployments").asLong()).as(scope + " deployments").isEqualTo(x.deployments);
        assertThat(figures.at("/successful").asLong()).as(scope + " successful").isEqualTo(x.successful);
        assertThat(figures.at("/failed").asLong()).as(scope + " failed").isEqualTo(x.failed);
        assertThat(figures.at("/aborted").asLong()).as(scope + " aborted").isEqualTo(x.aborted);
        assertThat(figures.at("/rework").asLong()).as(scope + " rework").isEqualTo(x.rework);
        assertThat(figures.at("/deploymentDays").asLong()).as(scope + " deployment days")
                .isEqualTo(x.deploymentDays);
        assertThat(figures.at("/days").asDouble()).as(scope + " days").isEqualTo(45.0);
        assertThat(figures.at("/commitsDropped").asLong()).as(scope + " dropped").isEqualTo(x.dropped);
        assertThat(figures.at("/leadTime/count").asLong()).as(scope + " lead count").isEqualTo(x.leadTimes.size());
        assertMillis(figures.at("/leadTime/median"), x.leadMedian, scope + " lead median");
        assertMillis(figures.at("/leadTime/p90"), x.leadP90, scope + " lead p90");
        assertThat(figures.at("/timeToRestore/count").asLong()).as(scope + " restore count")
                .isEqualTo(x.restoreTimes.size());
        assertMillis(figures.at("/timeToRestore/median"), x.restoreMedian, scope + " restore median");
        assertMillis(figures.at("/timeToRestore/p90"), x.restoreP90, scope + " restore p90");
        assertThat(figures.at("/openIncidents").asLong()).as(scope + " open incidents").isEqualTo(x.open);
        long leadSum = x.leadTimes.stream().mapToLong(Long::longValue).sum();
        assertMillis(figures.at("/leadTimes/sum"), x.leadTimes.isEmpty() ? 0L : leadSum, scope + " lead sum");
    }

    private static void assertMillis(JsonNode node, Long millis, String what) {
        if (millis == null) {
            assertThat(node.isNull() || node.isMissingNode()).as(what + ": " + node).isTrue();
        } else {
            assertThat(node.decimalValue().compareTo(BigDecimal.valueOf(millis, 3))).as(what + ": " + node
                    + " expected " + Duration.ofMillis(millis)).isZero();
        }
    }
}
