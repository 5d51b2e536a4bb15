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
            maybeIncident(deploymentId, version, build, at, progress);
        }
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

    /** The health analysis after a production deployment; an unhealthy one is rolled back. */
    private boolean healthy(String deploymentId, String version, BuildRef build, Instant at) {
        Instant checked = at.plus(Duration.ofMinutes(8));
        boolean healthy = random.nextDouble() > 0.04;
        add(LedgerEvent.builder(EventType.HEALTH_CHECKED, checked).environment(PRODUCTION).version(version)
                .deploymentId(deploymentId).build(build)
                .outcome(healthy ? Outcome.SUCCEEDED : Outcome.FAILED)
                .duration(Duration.ofMinutes(5))
                .message(healthy ? null : "3 of 10 health responses failed: HTTP 503")
                .attributes(Map.of("measurements", "10")));
        if (!healthy) {
            Duration rollback = Duration.ofSeconds(30 + random.nextInt(90));
            add(LedgerEvent.builder(EventType.ROLLBACK, checked.plusSeconds(5)).environment(PRODUCTION)
                    .version(version).deploymentId(deploymentId).build(build).outcome(Outcome.SUCCEEDED)
                    .duration(rollback).message("health analysis failed"));
        }
        return healthy;
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
        Instant resolved = opened.plus(restore);
        String resolvedBy = deploymentId;
        if (random.nextBoolean()) {
            String fixVersion = job.versionPrefix() + (++releaseNumber) + "-fix";
            BuildRef fixBuild = new BuildRef(job.name(), ++buildNumber, null);
            Commit fix = commit(opened.plus(restore.dividedBy(2)));
            Instant fixAt = fix.commitTime().plus(restore.dividedBy(4));
            String fixId = deploy(PRODUCTION, fixVersion, List.of(fix), fixBuild, fixAt, 0.0, incidentId);
            resolvedBy = fixId;
            resolved = fixAt.plus(Duration.ofMinutes(5));
        }
        add(LedgerEvent.builder(EventType.INCIDENT_RESOLVED, resolved).environment(PRODUCTION)
                .deploymentId(resolvedBy).incidentId(incidentId).build(build)
                .message("resolved after " + Duration.between(opened, resolved).toMinutes() + " minutes"));
    }

    private Commit commit(Instant committed) {
        byte[] hash = new byte[20];
        random.nextBytes(hash);
        return new Commit(HexFormat.of().formatHex(hash), committed.minus(Duration.ofMinutes(random.nextInt(60))),
                committed);
    }

    private void add(LedgerEvent.Builder builder) {
        events.add(builder.id(new UUID(random.nextLong(), random.nextLong()).toString()).build());
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
