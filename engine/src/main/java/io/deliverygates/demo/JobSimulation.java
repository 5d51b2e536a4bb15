package io.deliverygates.demo;

import io.deliverygates.ledger.BuildRef;
import io.deliverygates.ledger.Commit;
import io.deliverygates.ledger.EventType;
import io.deliverygates.ledger.LedgerEvent;
import io.deliverygates.ledger.Outcome;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Simulates one job's delivery over the period: each release is built, then deployed to dev, staging and
 * production in turn; a failure stops the release and its commits wait for the next one. The team improves over
 * time (more releases, shorter lead times, fewer failures, faster recovery), which the trend charts show.
 */
final class JobSimulation {
    static final String DEV = "dev";
    static final String STAGING = "staging";
    static final String PRODUCTION = "production";

    private final DemoJob job;
    private final SplittableRandom random;
    private final Instant start;
    private final Instant end;
    private final List<LedgerEvent> events = new ArrayList<>();
    private final List<Commit> pendingCommits = new ArrayList<>();
    private long buildNumber;
    private long releaseNumber;
    private long deploymentNumber;
    private long incidentNumber;
    /** The production deployment in service, [deploymentId, version], and the one before it; null when none. */
    private String[] inService;
    private String[] previousInService;

    JobSimulation(DemoJob job, SplittableRandom random, Instant start, Instant end) {
        this.job = job;
        this.random = random;
        this.start = start.truncatedTo(ChronoUnit.DAYS);
        this.end = end;
    }

    List<LedgerEvent> run() {
        long days = Duration.between(start, end).toDays() + 1;
        for (long day = 0; day < days; day++) {
            Instant dayStart = start.plus(Duration.ofDays(day));
            double progress = (double) day / days;
            boolean weekend = isWeekend(dayStart);
            double rate = job.releasesPerWorkday() * (0.6 + 0.9 * progress) * (weekend ? 0.1 : 1.0);
            int releases = poisson(rate);
            List<Instant> times = new ArrayList<>();
            for (int i = 0; i < releases; i++) {
                times.add(dayStart.plus(Duration.ofMinutes(7 * 60 + random.nextInt(11 * 60))));
            }
            times.sort(null);
            for (Instant time : times) {
                release(time, progress);
            }
        }
        events.removeIf(event -> event.time().isAfter(end));
        return events;
    }

    private void release(Instant time, double progress) {
        int newCommits = 1 + random.nextInt(4);
        long maxLeadMinutes = (long) (3 * 24 * 60 * (1 - 0.85 * progress));
        for (int i = 0; i < newCommits; i++) {
            Instant committed = time.minus(Duration.ofMinutes(5 + random.nextLong(Math.max(6, maxLeadMinutes))));
            pendingCommits.add(commit(committed));
        }
        pendingCommits.sort((a, b) -> a.commitTime().compareTo(b.commitTime()));
        BuildRef build = new BuildRef(job.name(), ++buildNumber, null);
        Duration buildDuration = Duration.ofSeconds((long) (420 - 180 * progress + random.nextInt(120)));
        boolean buildOk = random.nextDouble() > 0.07;
        add(LedgerEvent.builder(EventType.BUILD_FINISHED, time.plus(buildDuration)).build(build)
                .outcome(buildOk ? Outcome.SUCCEEDED : Outcome.FAILED).duration(buildDuration));
        if (!buildOk) {
            return;
        }
        String version = job.versionPrefix() + (++releaseNumber);
        List<Commit> commits = List.copyOf(pendingCommits);
        Instant at = time.plus(buildDuration).plus(Duration.ofMinutes(2));
        if (deploy(DEV, version, commits, build, at, 0.04, null) == null) {
            return;
        }
        at = at.plus(Duration.ofMinutes(15 + random.nextInt(30)));
        if (deploy(STAGING, version, commits, build, at, 0.04, null) == null) {
            return;
        }
        at = at.plus(Duration.ofMinutes(20 + random.nextInt((int) (240 * (1 - 0.7 * progress)) + 1)));
        double failureRate = 0.10 - 0.07 * progress;
        String deploymentId = deploy(PRODUCTION, version, commits, build, at, failureRate, null);
        if (deploymentId != null && healthy(deploymentId, version, build, at)) {
            pendingCommits.clear();
            nowInService(deploymentId, version);
            maybeIncident(deploymentId, version, build, at, progress);
        }
    }

    private void nowInService(String deploymentId, String version) {
        previousInService = inService;
        inService = new String[] {deploymentId, version};
    }

    /** Deploys and returns the deployment id when it succeeded, null when it failed. */
    private String deploy(String environment, String version, List<Commit> commits, BuildRef build, Instant at,
            double failureRate, String fixesIncident) {
        String deploymentId = job.slug() + "-d" + (++deploymentNumber);
        Duration duration = Duration.ofSeconds(40 + random.nextInt(200));
        double roll = random.nextDouble();
        Outcome outcome = roll < failureRate ? Outcome.FAILED
                : roll < failureRate + 0.005 ? Outcome.ABORTED : Outcome.SUCCEEDED;
        add(LedgerEvent.builder(EventType.DEPLOYMENT_STARTED, at).environment(environment).version(version)
                .deploymentId(deploymentId).fixesIncident(fixesIncident).build(build).commits(commits));
        add(LedgerEvent.builder(EventType.DEPLOYMENT_FINISHED, at.plus(duration)).environment(environment)
                .version(version).deploymentId(deploymentId).fixesIncident(fixesIncident).build(build)
                .commits(commits).outcome(outcome).duration(duration)
                .message(outcome == Outcome.SUCCEEDED ? null : "deployment " + outcome.name().toLowerCase()
                        + " on " + environment));
        return outcome == Outcome.SUCCEEDED ? deploymentId : null;
    }

    /**
     * The health analysis after a production deployment. An unhealthy one opens an incident and is rolled back;
     * the rollback restores the deployment in service before it, which resolves the incident (as IncidentBook
     * records it).
     */
    private boolean healthy(String deploymentId, String version, BuildRef build, Instant at) {
        Instant checked = at.plus(Duration.ofMinutes(8));
        boolean healthy = random.nextDouble() > 0.04;
        String incidentId = healthy ? null : job.slug() + "-i" + (++incidentNumber);
        add(LedgerEvent.builder(EventType.HEALTH_CHECKED, checked).environment(PRODUCTION).version(version)
                .deploymentId(deploymentId).build(build).incidentId(incidentId)
                .outcome(healthy ? Outcome.SUCCEEDED : Outcome.FAILED)
                .duration(Duration.ofMinutes(5))
                .message(healthy ? null : "3 of 10 health responses failed: HTTP 503")
                .attributes(Map.of("measurements", "10")));
        if (!healthy) {
            add(LedgerEvent.builder(EventType.INCIDENT_OPENED, checked).environment(PRODUCTION).version(version)
                    .deploymentId(deploymentId).incidentId(incidentId).build(build)
                    .message("health check failed: 3 of 10 health responses failed: HTTP 503"));
            rollBack(deploymentId, version, build, checked.plusSeconds(5), incidentId, inService, checked);
        }
        return healthy;
    }

    /**
     * Rolls {@code deploymentId} back to {@code restored} (may be null: nothing known in service before it),
     * resolving the incident it answered when the rollback ends.
     */
    private void rollBack(String deploymentId, String version, BuildRef build, Instant started, String incidentId,
            String[] restored, Instant opened) {
        Duration took = Duration.ofSeconds(30 + random.nextInt(90));
        Instant done = started.plus(took);
        LedgerEvent rollback = add(LedgerEvent.builder(EventType.ROLLBACK, done).environment(PRODUCTION)
                .version(version).deploymentId(deploymentId).build(build).outcome(Outcome.SUCCEEDED)
                .duration(took).message("rolled back after the incident " + incidentId));
        add(LedgerEvent.builder(EventType.INCIDENT_RESOLVED, done).environment(PRODUCTION)
                .version(restored == null ? null : restored[1]).deploymentId(restored == null ? null : restored[0])
                .incidentId(incidentId).build(build).duration(Duration.between(opened, done))
                .attributes(Map.of("rollback", rollback.id(), "rolledBack", deploymentId))
                .message("resolved by rolling back deployment " + deploymentId + " (version " + version + ")"
                        + (restored == null ? "" : " to version " + restored[1])));
    }

    /** Some healthy deployments still cause an incident later; half are fixed by a deployment. */
    private void maybeIncident(String deploymentId, String version, BuildRef build, Instant at, double progress) {
        if (random.nextDouble() > 0.06 - 0.03 * progress) {
            return;
        }
        String incidentId = job.slug() + "-i" + (++incidentNumber);
        Instant opened = at.plus(Duration.ofMinutes(15 + random.nextInt(360)));
        add(LedgerEvent.builder(EventType.INCIDENT_OPENED, opened).environment(PRODUCTION).version(version)
                .deploymentId(deploymentId).incidentId(incidentId).build(build)
                .message("error rate above 2 % after " + version));
        double scale = 240 * (1 - 0.8 * progress);
        Duration restore = Duration.ofMinutes(4 + (long) (scale * -Math.log(1 - random.nextDouble())));
        if (random.nextBoolean()) {
            String fixVersion = job.versionPrefix() + (++releaseNumber) + "-fix";
            BuildRef fixBuild = new BuildRef(job.name(), ++buildNumber, null);
            Commit fix = commit(opened.plus(restore.dividedBy(2)));
            Instant fixAt = fix.commitTime().plus(restore.dividedBy(4));
            String fixId = deploy(PRODUCTION, fixVersion, List.of(fix), fixBuild, fixAt, 0.0, incidentId);
            if (fixId != null) {
                Instant resolved = fixAt.plus(Duration.ofMinutes(5));
                nowInService(fixId, fixVersion);
                add(LedgerEvent.builder(EventType.INCIDENT_RESOLVED, resolved).environment(PRODUCTION)
                        .version(fixVersion).deploymentId(fixId).incidentId(incidentId).build(fixBuild)
                        .duration(Duration.between(opened, resolved)).message("resolved by a healthy deployment"));
                return;
            }
        }
        // mitigated: the deployment that caused it is rolled back to the one in service before it
        String[] restored = previousInService;
        rollBack(deploymentId, version, build, opened.plus(restore).minusSeconds(30), incidentId, restored, opened);
        inService = restored;
        previousInService = null;
    }

    private Commit commit(Instant committed) {
        byte[] hash = new byte[20];
        random.nextBytes(hash);
        return new Commit(HexFormat.of().formatHex(hash), committed.minus(Duration.ofMinutes(random.nextInt(60))),
                committed);
    }

    private LedgerEvent add(LedgerEvent.Builder builder) {
        LedgerEvent event = builder.id(new UUID(random.nextLong(), random.nextLong()).toString()).build();
        events.add(event);
        return event;
    }

    private int poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    private static boolean isWeekend(Instant day) {
        DayOfWeek dayOfWeek = day.atOffset(ZoneOffset.UTC).getDayOfWeek();
        return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
    }
}
