package io.deliverygates.cli;

/**
 * Text from a ledger made safe for a terminal: control characters (newlines, ESC sequences, bidirectional
 * overrides) are shown as escapes instead of being sent, so a recorded version or message can neither break a
 * table's lines nor drive the terminal.
 */
final class TerminalText {
    private TerminalText() {
    }

    static String escape(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> safe.append("\\n");
                case '\r' -> safe.append("\\r");
                case '\t' -> safe.append("\\t");
                case '\\' -> safe.append("\\\\");
                default -> {
                    if (unsafe(c)) {
                        safe.append(String.format("\\u%04x", c));
                    } else {
                        safe.appendCodePoint(c);
                    }
                }
            }
        });
        return safe.toString();
    }

    private static boolean unsafe(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
