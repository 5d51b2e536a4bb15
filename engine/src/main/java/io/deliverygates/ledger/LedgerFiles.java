package io.deliverygates.ledger;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Low-level file operations of the ledger: durable writes, the header, the torn tail. */
final class LedgerFiles {
    private static final System.Logger LOG = System.getLogger(LedgerFiles.class.getName());
    private static final int HEADER_PROBE = 4096;

    private LedgerFiles() {
    }

    static void writeFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
    }

    /**
     * Makes a new file's directory entry durable too (a fresh file can vanish on power loss otherwise). Some
     * platforms cannot open a folder for syncing; there it is skipped.
     */
    static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(System.Logger.Level.DEBUG, "cannot sync folder " + folder, e);
        }
    }

    /** The header of the file, or null when the first line is not a complete header. */
    static HeaderAt readHeader(FileChannel channel) throws IOException {
        byte[] buf = new byte[(int) Math.min(HEADER_PROBE, channel.size())];
        int filled = 0;
        while (filled < buf.length) {
            int read = channel.read(ByteBuffer.wrap(buf, filled, buf.length - filled), filled);
            if (read < 0) {
                break;
            }
            filled += read;
        }
        for (int i = 0; i < filled; i++) {
            if (buf[i] == '\n') {
                LedgerLine.Decoded decoded = LedgerLine.decode(buf, 0, i);
                return decoded instanceof LedgerLine.Header header ? new HeaderAt(header.header(), i + 1) : null;
            }
        }
        return null;
    }

    /** A header and the offset of the first event line after it. */
    record HeaderAt(LedgerHeader header, long end) {
    }

    /**
     * Whether the file may be written as a ledger: empty, or its first line is the ledger header (also when that
     * line is all the file holds and lacks its newline). Anything else is another file, which a ledger never
     * changes.
     */
    static boolean carriesHeader(FileChannel channel) throws IOException {
        if (channel.size() == 0 || readHeader(channel) != null) {
            return true;
        }
        byte[] all = channel.size() <= HEADER_PROBE ? bytes(channel, 0, channel.size()) : null;
        return all != null && LedgerLine.decode(all, 0, all.length) instanceof LedgerLine.Header;
    }

    /**
     * Whether the file holds only the beginning of a ledger header, without newline: the first write of a new
     * ledger, torn by a crash before it ended (so never acknowledged).
     */
    static boolean isTornNewLedger(FileChannel channel) throws IOException {
        if (channel.size() > HEADER_PROBE) {
            return false;
        }
        byte[] all = bytes(channel, 0, channel.size());
        byte[] start = HEADER_START.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < all.length; i++) {
            if (all[i] == '\n' || i < start.length && all[i] != start[i]) {
                return false;
            }
        }
        return true;
    }

    private static final String HEADER_START = "{\"ledger\":\"" + LedgerHeader.MAGIC + "\"";

    /**
     * Where a writer holding the lock appends, and whether it must end the last line first. Bytes after the last
     * newline are either a complete, valid record whose newline is missing (kept: the writer adds the newline) or
     * a record torn by a writer that died mid-write, never acknowledged: that one is moved to {@code setAside}
     * (appended there and forced to disk before the ledger is cut back), never simply deleted.
     */
    static Tail settleTail(FileChannel channel, Path file, Path setAside) throws IOException {
        long size = channel.size();
        if (size == 0 || lastByte(channel, size - 1) == '\n') {
            return new Tail(size, false);
        }
        long end = size - 1;
        while (end > 0 && lastByte(channel, end - 1) != '\n') {
            end--;
        }
        byte[] tail = bytes(channel, end, size);
        LedgerLine.Decoded decoded = LedgerLine.decode(tail, 0, tail.length);
        if (decoded instanceof LedgerLine.Event || decoded instanceof LedgerLine.Skipped skipped && skipped.keep()) {
            return new Tail(size, true);
        }
        setAside(setAside, tail);
        LOG.log(System.Logger.Level.WARNING, "{0}: moved an incomplete record of {1} bytes at byte {2}, left by an "
                + "interrupted writer (never acknowledged), to {3}", file, size - end, end, setAside);
        channel.truncate(end);
        channel.force(false);
        return new Tail(end, false);
    }

    /** Where to append, and whether a newline must come first to end a kept last line. */
    record Tail(long end, boolean needsNewline) {
    }

    /** Appends a record the ledger no longer holds to the side file, durably, one per line. */
    static void setAside(Path setAside, byte[] record) throws IOException {
        try (FileChannel out = FileChannel.open(setAside, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.allocate(record.length + 1).put(record).put((byte) '\n').flip();
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
    }

    /** The bytes in [from, to). */
    static byte[] bytes(FileChannel channel, long from, long to) throws IOException {
        byte[] buf = new byte[(int) (to - from)];
        int filled = 0;
        while (filled < buf.length) {
            int read = channel.read(ByteBuffer.wrap(buf, filled, buf.length - filled), from + filled);
            if (read < 0) {
                break;
            }
            filled += read;
        }
        return filled == buf.length ? buf : java.util.Arrays.copyOf(buf, filled);
    }

    private static byte lastByte(FileChannel channel, long position) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        channel.read(one, position);
        return one.get(0);
    }
}
