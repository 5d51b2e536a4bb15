package io.jenkins.plugins.deliverygates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plugin's Java code shows no literal English: what it prints to the build log ({@code print}, {@code println},
 * {@code printf}), the messages of {@code AbortException}s and {@code FormValidation}s, and the texts of the
 * {@code InputException}s and {@code FormException}s it raises itself come from {@code Messages}. A heuristic,
 * deliberately simple, like {@link JellyLiteralTextTest}: comments are dropped, and a string literal among such a
 * call's own arguments (parenthesis depth 1, concatenations and conditionals included) may hold no letter; deeper
 * down (an argument of a nested call, e.g. a parameter name) only a sentence (letters and a blank) is refused. For
 * the two exception types a literal is their parameter name too, so there only a sentence is refused.
 * <p>
 * No file is exempt: texts that are data (ledger notes, health verdicts, the engine's summaries and
 * {@code InputException} messages, which the CLI shares) reach these calls as values, never as literals here.
 */
class JavaLiteralTextTest {
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern SENTENCE = Pattern.compile("\\p{L}.*\\s\\S|\\S\\s.*\\p{L}");
    /** Backslash escapes ({@code \n}, {@code \u2013}) are not words. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\(?:u+\\p{XDigit}{4}|.)");
    private static final Pattern SHOWN_TEXT = Pattern.compile("\\bprint(?:ln|f)?\\s*\\("
            + "|\\bnew\\s+(?:hudson\\.)?AbortException\\s*\\("
            + "|\\bFormValidation\\s*\\.\\s*(?:error|warning|ok)(?:WithMarkup)?\\s*\\(");
    private static final Pattern RAISED_TEXT = Pattern.compile(
            "\\bnew\\s+(?:[\\w.]+\\.)?(?:InputException|FormException)\\s*\\(");

    private static final Path SOURCES = Path.of("src", "main", "java");

    @Test
    void noJavaFileShowsLiteralText() throws IOException {
        List<String> literal = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = SOURCES.relativize(file).toString().replace('\\', '/');
                literalTexts(Files.readString(file)).forEach(found -> literal.add(name + ":" + found));
            }
        }

        assertThat(literal).isEmpty();
    }

    @Test
    void theCheckFindsLiteralTextInEveryKindOfCall() {
        String source = """
                class Sample {
                    void run(TaskListener listener, String path, String id) throws Exception {
                        // listener.getLogger().println("commented out");
                        listener.getLogger().println(Messages.Gate_Reference(id));
                        listener.getLogger().println("  " + id + "\\n");
                        listener.getLogger().println(id == null ? "Gate: no reference" : id);
                        listener.getLogger().println(String.format(Locale.ROOT, "%s done", id));
                        log.println(Messages.Order(parse(id, "environments")));
                        throw new AbortException(PREFIX
                                + "newArtifact is required");
                    }

                    FormValidation check(String value) {
                        return value == null ? FormValidation.ok() : FormValidation.error("Give a path.");
                    }

                    void parse(String value) {
                        throw new InputException(Problem.UNSAFE, "paths", "'" + value + "' is outside");
                    }

                    String label() {
                        return "println(\\"not a call\\")";
                    }
                }
                """;

        assertThat(literalTexts(source)).containsExactlyInAnyOrder(
                "6: println(\"Gate: no reference\")", "7: println(\"%s done\")",
                "9: new AbortException(\"newArtifact is required\")", "14: FormValidation.error(\"Give a path.\")",
                "18: new InputException(\"' is outside\")");
    }

    /** {@code line: call("literal")} for each literal text in calls that show text, in order of the calls. */
    static List<String> literalTexts(String source) {
        Lexed lexed = Lexed.of(source);
        List<String> found = new ArrayList<>();
        found.addAll(literalArguments(lexed, SHOWN_TEXT, LETTER));
        found.addAll(literalArguments(lexed, RAISED_TEXT, SENTENCE));
        return found;
    }

    private static List<String> literalArguments(Lexed lexed, Pattern call, Pattern ownArgumentRule) {
        List<String> found = new ArrayList<>();
        Matcher matcher = call.matcher(lexed.code());
        while (matcher.find()) {
            int close = closingParenthesis(lexed.code(), matcher.end());
            for (Literal literal : lexed.literals()) {
                if (literal.start() < matcher.end() || literal.start() > close) {
                    continue;
                }
                String words = ESCAPE.matcher(literal.text()).replaceAll(" ");
                boolean own = depth(lexed.code(), matcher.end(), literal.start()) == 1;
                if ((own ? ownArgumentRule : SENTENCE).matcher(words).find()) {
                    found.add(lexed.line(matcher.start()) + ": " + matcher.group().replaceAll("\\s+", " ") + "\""
                            + literal.text() + "\")");
                }
            }
        }
        return found;
    }

    private static int closingParenthesis(CharSequence code, int afterOpen) {
        int depth = 1;
        for (int i = afterOpen; i < code.length(); i++) {
            char c = code.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return code.length();
    }

    private static int depth(CharSequence code, int afterOpen, int at) {
        int depth = 1;
        for (int i = afterOpen; i < at; i++) {
            char c = code.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return depth;
    }

    private record Literal(int start, String text) {
    }

    /**
     * The source with comments and the insides of string and character literals blanked (so calls and parentheses
     * are found only in code), and the string literals with their positions.
     */
    private record Lexed(String source, String code, List<Literal> literals) {
        static Lexed of(String source) {
            StringBuilder code = new StringBuilder(source);
            List<Literal> literals = new ArrayList<>();
            int i = 0;
            while (i < source.length()) {
                int end;
                if (source.startsWith("//", i)) {
                    end = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
                    blank(code, i, end);
                } else if (source.startsWith("/*", i)) {
                    end = source.indexOf("*/", i + 2) < 0 ? source.length() : source.indexOf("*/", i + 2) + 2;
                    blank(code, i, end);
                } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                    String quote = source.startsWith("\"\"\"", i) ? "\"\"\"" : source.substring(i, i + 1);
                    int j = i + quote.length();
                    while (j < source.length() && !source.startsWith(quote, j)) {
                        j += source.charAt(j) == '\\' ? 2 : 1;
                    }
                    end = Math.min(source.length(), j + quote.length());
                    if (quote.startsWith("\"")) {
                        int to = Math.min(j, source.length());
                        literals.add(new Literal(i, source.substring(i + quote.length(), to)));
                    }
                    blank(code, i + 1, end - 1);
                } else {
                    end = i + 1;
                }
                i = end;
            }
            return new Lexed(source, code.toString(), literals);
        }

        int line(int index) {
            return (int) source.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
        }

        private static void blank(StringBuilder text, int from, int to) {
            for (int i = from; i < to; i++) {
                if (text.charAt(i) != '\n') {
                    text.setCharAt(i, ' ');
                }
            }
        }
    }
}
