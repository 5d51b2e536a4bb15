package io.deliverygates.ledger;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Applies a {@link Retention} by writing a new file beside the ledger, forcing it to disk and renaming it over
 * the ledger atomically, all under the writers' lock. A crash at any point leaves either the old or the new file
 * whole. The new file has a new generation, so readers notice and read it again from the start.
 */
final class RetentionRewrite {
    private final Path file;
    private final Retention retention;
    private final Instant now;
    private final Path setAside;

    /** @param setAside where damaged records go: retention takes them out of the ledger, but never deletes them */
    RetentionRewrite(Path file, Retention retention, Instant now, Path setAside) {
        this.file = file;
        this.retention = retention;
        this.now = now;
        this.setAside = setAside;
    }

    /** Runs under the writers' lock. */
    Retention.Result run() throws IOException {
        if (!Files.exists(file)) {
            return new Retention.Result(0, 0, 0, false);
        }
        Path temp = file.resolveSibling(file.getFileName() + ".retention.tmp");
        Instant cutoff = retention.maxAge() == null ? Instant.MIN : now.minus(retention.maxAge());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long end = channel.size();
            Survey survey = survey(channel, end, cutoff);
            long dropOldest = retention.maxEvents() == 0 ? 0
                    : Math.max(0, survey.young - retention.maxEvents());
            int[] counts = new int[3]; // kept, removed, damaged
            java.util.List<byte[]> damaged = new java.util.ArrayList<>();
            long[] youngSeen = {0};
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                out.write(LedgerLine.encode(LedgerHeader.fresh(now)));
                lines(channel, end, (offset, buf, off, len) -> {
                    LedgerLine.Decoded decoded = LedgerLine.decode(buf, off, len);
                    boolean keep;
                    if (decoded instanceof LedgerLine.Event event) {
                        LedgerEvent e = event.event();
                        boolean young = !e.time().isBefore(cutoff);
                        boolean inCount = young && youngSeen[0]++ >= dropOldest;
                        keep = inCount || survey.openIncidents.contains(openedIncident(e));
                        counts[keep ? 0 : 1]++;
                    } else if (decoded instanceof LedgerLine.Skipped skipped) {
                        keep = skipped.keep();
                        counts[keep ? 0 : 2] += skipped.harmless() ? 0 : 1;
                        if (!keep && !skipped.harmless()) {
                            damaged.add(java.util.Arrays.copyOfRange(buf, off, off + len));
                        }
                    } else {
                        keep = false; // the old header; the new file has its own
                    }
                    if (keep) {
                        out.write(buf, off, len);
                        out.write('\n');
                    }
                });
            }
            if (counts[1] == 0 && counts[2] == 0) {
                Files.delete(temp);
                return new Retention.Result(counts[0], 0, 0, false);
            }
            try (FileChannel written = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                written.force(true);
            }
            for (byte[] record : damaged) {
                LedgerFiles.setAside(setAside, record);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            LedgerFiles.syncFolder(file.getParent());
            return new Retention.Result(counts[0], counts[1], counts[2], true);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Every line up to {@code end}, including a last one without newline: a complete record there is kept like any
     * other, a torn one is set aside like a damaged one.
     */
    private static void lines(FileChannel channel, long end, LedgerScanner.LineVisitor visitor) throws IOException {
        long done = LedgerScanner.scan(channel, 0, end, visitor);
        if (done < end) {
            byte[] tail = LedgerFiles.bytes(channel, done, end);
            visitor.line(done, tail, 0, tail.length);
        }
    }

    private static String openedIncident(LedgerEvent event) {
        return event.type() == EventType.INCIDENT_OPENED ? event.incidentId() : null;
    }

    /** First pass: how many events are young enough, and which incidents are still open. */
    private static Survey survey(FileChannel channel, long end, Instant cutoff) throws IOException {
        Survey survey = new Survey();
        lines(channel, end, (offset, buf, off, len) -> {
            if (LedgerLine.decode(buf, off, len) instanceof LedgerLine.Event event) {
                LedgerEvent e = event.event();
                if (!e.time().isBefore(cutoff)) {
                    survey.young++;
                }
                if (e.incidentId() != null && e.type() == EventType.INCIDENT_OPENED) {
                    survey.openIncidents.add(e.incidentId());
                } else if (e.incidentId() != null && e.type() == EventType.INCIDENT_RESOLVED) {
                    survey.openIncidents.remove(e.incidentId());
                }
            }
        });
        return survey;
    }

    private static final class Survey {
        long young;
        final Set<String> openIncidents = new HashSet<>();
    }
}
