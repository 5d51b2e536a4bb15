package io.jenkins.plugins.deliverygates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * In Jelly, {@code ${%text(args)}} reads the parentheses as message arguments: the text before them is a key looked
 * up in the view's {@code .properties} file. A title such as {@code ${%CA certificate (PEM)}} therefore does not
 * render (there is no key "CA certificate "), and a builder whose form embeds it silently drops out of its job's
 * configuration. So every localized text with arguments must name a key of its view's properties file, and so must
 * every named key such as {@code ${%jacoco.title}}.
 */
class JellyMessageKeysTest {
    private static final Pattern KEY_WITH_ARGUMENTS = Pattern.compile("\\$\\{%([^}(]*)\\(");
    /** A key such as {@code jacoco.title}: a name, not English text, so it must be defined. */
    private static final Pattern NAMED_KEY = Pattern.compile("\\$\\{%([A-Za-z0-9]+\\.[A-Za-z0-9.]+)}");

    @Test
    void everyLocalizedTextWithArgumentsNamesAKeyOfItsView() throws IOException {
        Path resources = Path.of("src", "main", "resources");
        List<String> offending;
        try (Stream<Path> files = Files.walk(resources)) {
            offending = files.filter(file -> file.toString().endsWith(".jelly"))
                    .flatMap(JellyMessageKeysTest::keysMissingFromTheView).toList();
        }

        assertThat(offending).isEmpty();
    }

    @Test
    void aTitleWithParenthesesIsFound() {
        assertThat(keysMissing("<f:entry title=\"${%CA certificate (PEM)}\"/>", new Properties()))
                .containsExactly("CA certificate ");
        Properties view = new Properties();
        view.setProperty("counts", "({0} components)");
        assertThat(keysMissing("${%counts(components)} ${%Plain text}", view)).isEmpty();
        assertThat(keysMissing("<f:entry title=\"${%jacoco.title}\"/>", view)).containsExactly("jacoco.title");
    }

    private static Stream<String> keysMissingFromTheView(Path jelly) {
        try {
            String name = jelly.getFileName().toString();
            Path properties = jelly.resolveSibling(name.substring(0, name.length() - ".jelly".length())
                    + ".properties");
            Properties view = new Properties();
            if (Files.exists(properties)) {
                try (Reader reader = Files.newBufferedReader(properties, StandardCharsets.ISO_8859_1)) {
                    view.load(reader);
                }
            }
            return keysMissing(Files.readString(jelly, StandardCharsets.UTF_8), view).stream()
                    .map(key -> jelly + ": no key '" + key + "' in " + properties.getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> keysMissing(String jelly, Properties view) {
        return Stream.concat(KEY_WITH_ARGUMENTS.matcher(jelly).results(), NAMED_KEY.matcher(jelly).results())
                .map(result -> result.group(1)).filter(key -> !view.containsKey(key)).toList();
    }
}
