package io.deliverygates.ledger;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * Reads the complete lines of a ledger file from a byte offset, in large chunks, without any lock: it stops at
 * the last newline, so a line being appended right now (or torn by a crash) is left for later. What follows the last
 * newline is the caller's to judge ({@link FileLedger} reads it when it is a complete, valid record).
 */
final class LedgerScanner {
    private static final int CHUNK = 1 << 20;

    /** Receives each complete line, without its newline. */
    @FunctionalInterface
    interface LineVisitor {
        void line(long offset, byte[] buf, int off, int len) throws IOException;
    }

    private LedgerScanner() {
    }

    /**
     * Visits the complete lines in {@code [from, end)} and returns the offset just after the last one.
     */
    static long scan(FileChannel channel, long from, long end, LineVisitor visitor) throws IOException {
        byte[] buf = new byte[(int) Math.min(CHUNK, Math.max(end - from, 16))];
        long bufStart = from;
        int filled = 0;
        long done = from;
        while (bufStart + filled < end) {
            if (filled == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2); // a line longer than the buffer
            }
            int want = (int) Math.min(buf.length - filled, end - bufStart - filled);
            int read = channel.read(ByteBuffer.wrap(buf, filled, want), bufStart + filled);
            if (read < 0) {
                break;
            }
            int lineStart = 0;
            for (int i = filled; i < filled + read; i++) {
                if (buf[i] == '\n') {
                    visitor.line(bufStart + lineStart, buf, lineStart, i - lineStart);
                    lineStart = i + 1;
                }
            }
            filled += read;
            done = bufStart + lineStart;
            // keep the incomplete rest at the front of the buffer
            System.arraycopy(buf, lineStart, buf, 0, filled - lineStart);
            filled -= lineStart;
            bufStart += lineStart;
        }
        return done;
    }
}
