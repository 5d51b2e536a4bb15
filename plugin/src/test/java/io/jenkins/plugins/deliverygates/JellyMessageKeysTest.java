package io.jenkins.plugins.deliverygates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * In Jelly, {@code ${%text(args)}} reads the parentheses as message arguments: a title such as
 * {@code ${%CA certificate (PEM)}} does not render, and a builder whose form embeds it silently drops out of its
 * job's configuration. None of our localized texts takes arguments, so none may contain a parenthesis.
 */
class JellyMessageKeysTest {
    private static final Pattern KEY_WITH_PARENTHESIS = Pattern.compile("\\$\\{%[^}]*\\(");

    @Test
    void noLocalizedTextInAJellyViewHasParentheses() throws IOException {
        Path resources = Path.of("src", "main", "resources");
        List<String> offending;
        try (Stream<Path> files = Files.walk(resources)) {
            offending = files.filter(file -> file.toString().endsWith(".jelly"))
                    .flatMap(JellyMessageKeysTest::offendingLines).toList();
        }

        assertThat(offending).isEmpty();
    }

    private static Stream<String> offendingLines(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(line -> KEY_WITH_PARENTHESIS.matcher(line).find())
                    .map(line -> file + ": " + line.trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
