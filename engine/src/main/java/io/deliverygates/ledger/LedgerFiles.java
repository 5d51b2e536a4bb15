package io.deliverygates.ledger;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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
     * Cuts off bytes after the last newline. Called by a writer holding the lock, so such bytes cannot be a write
     * in progress: they are a record torn by a writer that died before finishing it, never acknowledged.
     * Returns the new size.
     */
    static long removeTornTail(FileChannel channel, Path file) throws IOException {
        long size = channel.size();
        if (size == 0 || lastByte(channel, size - 1) == '\n') {
            return size;
        }
        long end = size - 1;
        while (end > 0 && lastByte(channel, end - 1) != '\n') {
            end--;
        }
        LOG.log(System.Logger.Level.WARNING, "{0}: removed an incomplete record of {1} bytes at byte {2} left by "
                + "an interrupted writer (it was never acknowledged)", file, size - end, end);
        channel.truncate(end);
        channel.force(false);
        return end;
    }

    private static byte lastByte(FileChannel channel, long position) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        channel.read(one, position);
        return one.get(0);
    }
}
