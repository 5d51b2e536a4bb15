package io.deliverygates.coverage;

import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the encoding of an XML report before the parser sees its bytes. The JDK's StAX parser prints
 * {@code [Fatal Error] :-1:-1: Invalid byte ...} to standard error on a badly encoded byte (there is no public way to
 * give it an error handler), and given characters instead of bytes it loses the DOCTYPE's text that
 * {@link XmlReports#expectRoot} checks for entity declarations. So the bytes stay as they are, and a decoder runs
 * alongside: the encoding is detected as the XML specification describes (byte order mark, else the XML
 * declaration, else UTF-8) and a bad byte becomes a {@link java.nio.charset.CharacterCodingException} thrown by
 * {@code read} before the parser gets it; {@link XmlReports#malformed} turns it into one clear line.
 */
public final class XmlEncoding {
    private static final int PROLOG_BYTES = 1024;
    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private XmlEncoding() {
    }

    /** {@code in}, failing on the first byte that is not valid in the document's encoding. */
    public static InputStream checked(InputStream in, String source) {
        InputStream buffered = in.markSupported() ? in : new BufferedInputStream(in);
        try {
            buffered.mark(PROLOG_BYTES);
            byte[] prolog = buffered.readNBytes(PROLOG_BYTES);
            buffered.reset();
            Charset charset = detect(prolog, source);
            return charset == null ? buffered : new CheckedStream(buffered, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
        } catch (IOException e) {
            throw new InputException(Problem.UNREADABLE, source, InputException.NO_LINE, e.toString(), e);
        }
    }

    /** The charset to check, or null where the parser's own detection is better left alone (EBCDIC, UCS-4). */
    private static Charset detect(byte[] prolog, String source) {
        if (startsWith(prolog, 0xFE, 0xFF) || startsWith(prolog, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16; // the byte order mark says which
        }
        if (startsWith(prolog, 0x00, '<', 0x00, '?')) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(prolog, '<', 0x00, '?', 0x00)) {
            return StandardCharsets.UTF_16LE;
        }
        int start = startsWith(prolog, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (prolog.length > start && prolog[start] != '<' && prolog[start] > ' ') {
            return null;
        }
        Matcher declared = DECLARED.matcher(new String(prolog, start, prolog.length - start,
                StandardCharsets.ISO_8859_1));
        if (!declared.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(declared.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InputException(Problem.MALFORMED, source, 1,
                    "the XML declaration names the encoding '" + declared.group(1) + "', which this Java does not know",
                    e);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Passes bytes through unchanged while decoding them; a sequence split across reads is carried over. */
    private static final class CheckedStream extends FilterInputStream {
        private final CharsetDecoder decoder;
        private final CharBuffer scratch = CharBuffer.allocate(8192);
        private ByteBuffer pending = ByteBuffer.allocate(0);
        private boolean ended;

        CheckedStream(InputStream in, CharsetDecoder decoder) {
            super(in);
            this.decoder = decoder;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int n = super.read(bytes, offset, length);
            if (n < 0) {
                end();
                return n;
            }
            ByteBuffer input = ByteBuffer.wrap(bytes, offset, n);
            if (pending.hasRemaining()) {
                input = ByteBuffer.allocate(pending.remaining() + n).put(pending).put(input).flip();
            }
            decode(input, false);
            // the start of a sequence the next read completes; copied, as the caller reuses its array
            pending = ByteBuffer.allocate(input.remaining()).put(input).flip();
            return n;
        }

        /** Skipped bytes are checked too: read and dropped. */
        @Override
        public long skip(long n) throws IOException {
            byte[] dropped = new byte[(int) Math.min(n, 8192)];
            long skipped = 0;
            while (skipped < n) {
                int read = read(dropped, 0, (int) Math.min(n - skipped, dropped.length));
                if (read < 0) {
                    break;
                }
                skipped += read;
            }
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void end() throws IOException {
            if (!ended) {
                ended = true;
                decode(pending, true);
                scratch.clear();
                decoder.flush(scratch);
            }
        }

        private void decode(ByteBuffer input, boolean endOfInput) throws IOException {
            while (true) {
                scratch.clear();
                CoderResult result = decoder.decode(input, scratch, endOfInput);
                if (result.isError()) {
                    result.throwException();
                }
                if (result.isUnderflow()) {
                    return;
                }
            }
        }
    }
}
