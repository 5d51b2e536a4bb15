package io.jenkins.plugins.deliverygates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Every user-visible text of a Jelly view is localizable: text between tags, and the attributes people read
 * ({@code title}, {@code description}, a button's {@code value} …), hold no words outside {@code ${…}} — a literal
 * word must be {@code ${%word}} (or come from {@code Messages} through an expression). A heuristic, deliberately
 * simple: after removing the {@code ${…}} expressions, no letter may remain. {@code st:documentation},
 * {@code script} and {@code style} are not shown as text and are skipped.
 */
class JellyLiteralTextTest {
    /** Attributes whose value people read. */
    private static final Set<String> READ_ATTRIBUTES = Set.of("title", "description", "tooltip", "alt",
            "placeholder", "header", "caption");
    /** Elements whose {@code value} is a button's caption. */
    private static final Set<String> BUTTONS = Set.of("f:submit", "f:validateButton", "l:button");
    private static final Set<String> NOT_TEXT = Set.of("st:documentation", "script", "style");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{[^}]*}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /**
     * Not checked here: the plugin's description ({@code index.jelly} at the root: its .properties would be the
     * class path's root, shared by every plugin).
     */
    private static final List<String> NOT_CHECKED = List.of("index.jelly");

    private static final Path RESOURCES = Path.of("src", "main", "resources");

    @Test
    void noJellyViewShowsLiteralText() throws Exception {
        List<String> literal = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jelly")).sorted().toList()) {
                String relative = RESOURCES.relativize(file).toString().replace('\\', '/');
                if (NOT_CHECKED.stream().noneMatch(skip -> skip.endsWith("/") ? relative.startsWith(skip)
                        : relative.equals(skip))) {
                    literal.addAll(literalTexts(file, relative));
                }
            }
        }

        assertThat(literal).isEmpty();
    }

    @Test
    void theCheckFindsLiteralTextAndAttributes() throws Exception {
        Path view = Files.createTempFile("view", ".jelly");
        try {
            Files.writeString(view, """
                    <?jelly escape-by-default='true'?>
                    <j:jelly xmlns:j="jelly:core" xmlns:st="jelly:stapler" xmlns:f="/lib/form">
                      <st:documentation>Not shown</st:documentation>
                      <p>${%Localized} ${it.value} · 42</p>
                      <p>Literal <b>${it.name}</b></p>
                      <f:entry title="${%Fine}" field="x"/>
                      <f:entry title="Not fine" field="y"/>
                      <f:submit value="Go"/>
                      <f:submit value="${%Go}"/>
                    </j:jelly>
                    """);
            assertThat(literalTexts(view, "view.jelly")).containsExactly("view.jelly: text 'Literal'",
                    "view.jelly: <f:entry title='Not fine'>", "view.jelly: <f:submit value='Go'>");
        } finally {
            Files.delete(view);
        }
    }

    private static List<String> literalTexts(Path file, String name) throws Exception {
        List<String> found = new ArrayList<>();
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.newSAXParser().parse(file.toFile(), new DefaultHandler() {
            private final Deque<String> open = new ArrayDeque<>();
            private final StringBuilder text = new StringBuilder();

            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                flushText();
                open.push(qName);
                for (int i = 0; i < attributes.getLength(); i++) {
                    String attribute = attributes.getQName(i);
                    boolean read = READ_ATTRIBUTES.contains(attribute)
                            || attribute.equals("value") && BUTTONS.contains(qName);
                    if (read && isLiteral(attributes.getValue(i))) {
                        found.add(name + ": <" + qName + " " + attribute + "='" + attributes.getValue(i) + "'>");
                    }
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                flushText();
                open.pop();
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                text.append(ch, start, length);
            }

            private void flushText() {
                String chunk = text.toString().trim();
                text.setLength(0);
                if (!chunk.isEmpty() && open.stream().noneMatch(NOT_TEXT::contains) && isLiteral(chunk)) {
                    found.add(name + ": text '" + chunk.replaceAll("\\s+", " ") + "'");
                }
            }
        });
        return found;
    }

    private static boolean isLiteral(String value) {
        return LETTER.matcher(EXPRESSION.matcher(value).replaceAll("")).find();
    }
}
