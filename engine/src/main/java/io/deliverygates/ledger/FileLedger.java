package io.deliverygates.ledger;

import io.deliverygates.common.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The delivery ledger of one job: an append-only file of JSON lines ({@value #FILE_NAME} in the job's folder).
 * See docs/ledger.md for the format and the guarantees.
 *
 * <ul>
 *   <li>{@link #append} returns only after the line is written and forced to disk; it survives a crash of the
 *       writer.</li>
 *   <li>Writers serialize on {@link LedgerLock} (threads and processes); readers take no lock and stop at the
 *       last complete line.</li>
 *   <li>{@link #read(LedgerCursor)} returns only the events after the cursor.</li>
 * </ul>
 */
public final class FileLedger implements EventSink, EventHistory {
    /** The ledger's file name inside a job's (or any) folder. */
    public static final String FILE_NAME = "delivery-ledger.jsonl";
    /** Suffix of the lock file next to the ledger; writers lock it, never the ledger itself. */
    public static final String LOCK_SUFFIX = ".lock";
    /** Suffix of the side file that receives torn and damaged records a writer takes out of the ledger. */
    public static final String SET_ASIDE_SUFFIX = ".set-aside";

    private static final System.Logger LOG = System.getLogger(FileLedger.class.getName());

    private final Path file;
    private final Clock clock;
    /** The warnings {@link #events()} logged already: a command reading the ledger several times logs each once. */
    private final Set<String> logged = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private FileLedger(Path file, Clock clock) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** The ledger in {@code folder}, which need not exist yet. */
    public static FileLedger inFolder(Path folder) {
        return new FileLedger(folder.resolve(FILE_NAME), Clock.systemUTC());
    }

    /** A ledger given as a folder (holding {@value #FILE_NAME}) or as a {@code .jsonl} file. */
    public static FileLedger at(Path folderOrFile) {
        if (!Files.isDirectory(folderOrFile) && folderOrFile.getFileName() != null
                && folderOrFile.getFileName().toString().endsWith(".jsonl")) {
            return new FileLedger(folderOrFile, Clock.systemUTC());
        }
        return inFolder(folderOrFile);
    }

    /** The same ledger with another clock for header times and retention (tests). */
    public FileLedger withClock(Clock other) {
        return new FileLedger(file, other);
    }

    public Path file() {
        return file;
    }

    Path lockFile() {
        return file.resolveSibling(file.getFileName() + LOCK_SUFFIX);
    }

    /** Where records taken out of the ledger (torn by a crash, damaged) are kept: never deleted. */
    public Path setAsideFile() {
        return file.resolveSibling(file.getFileName() + SET_ASIDE_SUFFIX);
    }

    Clock clock() {
        return clock;
    }

    /** Appends one event durably (written and forced to disk before this returns). */
    @Override
    public void append(LedgerEvent event) throws IOException {
        appendAll(List.of(event));
    }

    /**
     * Appends events durably with one write and one disk sync: all of them, in order, or (after a crash during
     * the call) a prefix of them, never a damaged one.
     */
    @Override
    public void appendAll(List<LedgerEvent> events) throws IOException {
        if (events.isEmpty()) {
            return;
        }
        ByteArrayOutputStream lines = new ByteArrayOutputStream(events.size() * 512);
        for (LedgerEvent event : events) {
            lines.writeBytes(LedgerLine.encode(event));
        }
        LedgerLock.with(lockFile(), () -> {
            appendLocked(lines.toByteArray());
            return null;
        });
    }

    private void appendLocked(byte[] lines) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            ensureLedger(channel);
            LedgerFiles.Tail tail = LedgerFiles.settleTail(channel, file, setAsideFile());
            boolean fresh = tail.end() == 0;
            byte[] header = fresh ? LedgerLine.encode(LedgerHeader.fresh(clock.instant())) : new byte[0];
            ByteBuffer buffer = ByteBuffer.allocate((tail.needsNewline() ? 1 : 0) + header.length + lines.length);
            if (tail.needsNewline()) {
                buffer.put((byte) '\n');
            }
            buffer.put(header).put(lines).flip();
            try {
                LedgerFiles.writeFully(channel, buffer, tail.end());
                channel.force(false);
            } catch (IOException e) {
                // disk full, file-size limit: take back what part of the batch was written, so that an append
                // (an import) is all or nothing
                undo(channel, tail.end(), e);
                throw e;
            }
            if (fresh) {
                LedgerFiles.syncFolder(file.getParent());
            }
        }
    }

    private void undo(FileChannel channel, long length, IOException failure) {
        try {
            channel.truncate(length);
            channel.force(false);
        } catch (IOException e) {
            failure.addSuppressed(e);
            LOG.log(System.Logger.Level.ERROR, "{0}: could not take back a failed append after byte {1}: {2}",
                    file, length, e);
        }
    }

    /**
     * Refuses to change a file that is not a ledger (no header line), so that a wrong {@code --ledger} never cuts
     * or extends someone's file. A new ledger whose first write was torn by a crash is set aside and started again.
     */
    void ensureLedger(FileChannel channel) throws IOException {
        if (LedgerFiles.carriesHeader(channel)) {
            return;
        }
        if (LedgerFiles.isTornNewLedger(channel)) {
            LedgerFiles.setAside(setAsideFile(), LedgerFiles.bytes(channel, 0, channel.size()));
            channel.truncate(0);
            return;
        }
        throw new InputException(InputException.Problem.WRONG_FORMAT, file.toString(),
                "not a delivery ledger (its first line is not the ledger header); it is left as it is");
    }

    /**
     * Removes old events as {@code retention} says, by writing a new file and renaming it over this one under the
     * writers' lock; concurrent readers keep reading the old file and restart on their next read.
     */
    public Retention.Result retain(Retention retention) throws IOException {
        return LedgerLock.with(lockFile(), () -> {
            if (Files.exists(file)) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                    if (!LedgerFiles.carriesHeader(channel)) {
                        throw new InputException(InputException.Problem.WRONG_FORMAT, file.toString(),
                                "not a delivery ledger (its first line is not the ledger header); it is left as it is");
                    }
                }
            }
            return new RetentionRewrite(file, retention, clock.instant(), setAsideFile()).run();
        });
    }

    /**
     * Appends the events whose id is not in the ledger yet, in one durable write, so importing the same file twice
     * adds nothing the second time.
     */
    public ImportResult importEvents(List<LedgerEvent> events) throws IOException {
        return LedgerLock.with(lockFile(), () -> {
            Set<String> present = new HashSet<>();
            for (LedgerEvent existing : events()) {
                present.add(existing.id());
            }
            ByteArrayOutputStream lines = new ByteArrayOutputStream();
            int imported = 0;
            for (LedgerEvent event : events) {
                if (present.add(event.id())) {
                    lines.writeBytes(LedgerLine.encode(event));
                    imported++;
                }
            }
            if (imported > 0) {
                appendLocked(lines.toByteArray());
            }
            return new ImportResult(imported, events.size() - imported);
        });
    }

    /** What an import added. */
    public record ImportResult(int imported, int alreadyPresent) {
    }

    /**
     * All events, oldest first. Its callers cannot see warnings, so skipped records are logged as warnings here
     * (the readers that return them, {@link #read} and {@link #scan}, leave reporting them to their caller).
     */
    @Override
    public List<LedgerEvent> events() throws IOException {
        LedgerRead read = read(LedgerCursor.START);
        read.warnings().stream().filter(logged::add).forEach(warning -> LOG.log(System.Logger.Level.WARNING, warning));
        return read.events();
    }

    /**
     * The events after {@code from} (use {@link LedgerCursor#START} for all). Takes no lock: complete lines only.
     * A missing file is an empty ledger.
     */
    public LedgerRead read(LedgerCursor from) throws IOException {
        List<LedgerEvent> events = new ArrayList<>();
        LedgerScan scan = scan(from, events::add);
        return new LedgerRead(events, scan.cursor(), scan.restarted(), scan.warnings(), scan.pendingBytes());
    }

    /**
     * Like {@link #read(LedgerCursor)}, but hands each event to {@code each} instead of collecting them, so a
     * million events can be folded into figures without holding them all in memory.
     */
    public LedgerScan scan(LedgerCursor from, Consumer<? super LedgerEvent> each) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return scan(channel, from, each);
        } catch (NoSuchFileException e) {
            return new LedgerScan(0, LedgerCursor.START, from.offset() > 0, List.of(), 0);
        }
    }

    private LedgerScan scan(FileChannel channel, LedgerCursor from, Consumer<? super LedgerEvent> each)
            throws IOException {
        long size = channel.size();
        LedgerFiles.HeaderAt header = LedgerFiles.readHeader(channel);
        String generation = header == null ? null : header.header().generation();
        long first = header == null ? 0 : header.end();
        boolean restarted = from.offset() > 0 && (!Objects.equals(generation, from.generation())
                || from.offset() > size || from.offset() < first);
        long start = restarted || from.offset() == 0 ? first : from.offset();
        List<String> warnings = new ArrayList<>();
        int[] count = {0};
        LedgerScanner.LineVisitor visitor = (offset, buf, off, len) -> {
            LedgerLine.Decoded decoded = LedgerLine.decode(buf, off, len);
            if (decoded instanceof LedgerLine.Event event) {
                each.accept(event.event());
                count[0]++;
            } else if (decoded instanceof LedgerLine.Skipped skipped && !skipped.harmless()) {
                warnings.add(warning(offset, skipped.reason()));
            } else if (decoded instanceof LedgerLine.Header) {
                warnings.add(warning(offset, "second header line ignored"));
            }
        };
        long end = LedgerScanner.scan(channel, start, size, visitor);
        if (end < size && end >= first) {
            // a last line without newline: a complete, valid record counts (only its newline is missing); a torn
            // or unfinished one stays pending
            byte[] tail = LedgerFiles.bytes(channel, end, size);
            if (LedgerLine.decode(tail, 0, tail.length) instanceof LedgerLine.Event) {
                visitor.line(end, tail, 0, tail.length);
                end = size;
            }
        }
        if (restarted) {
            LOG.log(System.Logger.Level.INFO, "{0} was rewritten since the last read; reading it again", file);
        }
        return new LedgerScan(count[0], new LedgerCursor(generation, end), restarted, warnings, size - end);
    }

    /** A skipped record, named by file and byte offset; returned to the reader, who reports it (once). */
    String warning(long offset, String reason) {
        return file + " at byte " + offset + ": skipped a record: " + reason;
    }
}
