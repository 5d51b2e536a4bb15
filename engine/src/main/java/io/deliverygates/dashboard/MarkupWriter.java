package io.deliverygates.dashboard;

import java.util.ArrayDeque;
import java.util.Deque;
import org.owasp.encoder.Encode;

/**
 * Writes well-formed HTML or SVG markup: every attribute value and text is escaped with the OWASP encoder, element
 * and attribute names are checked, and closing tags come from a stack so they always match. The output is valid
 * both as XML (SVG) and as HTML5, so the same writer serves the dashboard and its inline charts.
 */
public final class MarkupWriter {
    private final StringBuilder out;
    private final Deque<String> open = new ArrayDeque<>();

    public MarkupWriter() {
        this(new StringBuilder(4096));
    }

    public MarkupWriter(StringBuilder out) {
        this.out = out;
    }

    /** Opens an element; {@code attributes} are name/value pairs, a null value leaves the attribute out. */
    public MarkupWriter open(String name, String... attributes) {
        startTag(name, attributes);
        out.append('>');
        open.push(name);
        return this;
    }

    /** Writes an element without content ({@code <line .../>}; in HTML only for void elements). */
    public MarkupWriter empty(String name, String... attributes) {
        startTag(name, attributes);
        out.append("/>");
        return this;
    }

    /** Writes an element holding only the given text. */
    public MarkupWriter element(String name, String text, String... attributes) {
        return open(name, attributes).text(text).close();
    }

    /** Writes escaped text; null writes nothing. */
    public MarkupWriter text(String text) {
        if (text != null) {
            out.append(Encode.forXmlContent(text));
        }
        return this;
    }

    /** Writes trusted markup as is: only for constants of this code, never for data. */
    public MarkupWriter raw(String trustedMarkup) {
        out.append(trustedMarkup);
        return this;
    }

    /** Closes the innermost open element. */
    public MarkupWriter close() {
        if (open.isEmpty()) {
            throw new IllegalStateException("no open element to close");
        }
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** The markup so far; every element must be closed. */
    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }

    private void startTag(String name, String... attributes) {
        checkName(name);
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs: " + attributes.length);
        }
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                checkName(attributes[i]);
                out.append(' ').append(attributes[i]).append("=\"");
                out.append(Encode.forXmlAttribute(attributes[i + 1]));
                out.append('"');
            }
        }
    }

    /** [a-zA-Z][a-zA-Z0-9:-]*, checked by hand: this runs for every tag and attribute (see the benchmark). */
    private static void checkName(String name) {
        boolean valid = !name.isEmpty() && isLetter(name.charAt(0));
        for (int i = 1; valid && i < name.length(); i++) {
            char c = name.charAt(i);
            valid = isLetter(c) || c >= '0' && c <= '9' || c == ':' || c == '-';
        }
        if (!valid) {
            throw new IllegalArgumentException("not an element or attribute name: " + name);
        }
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
