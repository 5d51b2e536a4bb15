package io.deliverygates.license;

import io.deliverygates.license.LicenseExpression.All;
import io.deliverygates.license.LicenseExpression.AnyOf;
import io.deliverygates.license.LicenseExpression.Kind;
import io.deliverygates.license.LicenseExpression.Single;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses SPDX license expressions (SPDX 2.3, annex D): {@code WITH} binds tighter than {@code AND}, which binds
 * tighter than {@code OR}; parentheses group. Operators are accepted in any case ("mit or apache-2.0" occurs in the
 * wild). Ids are returned as written; {@link LicenseNormalizer} maps them to canonical SPDX ids.
 */
final class ExpressionParser {
    /** Characters of a license or exception id, including {@code DocumentRef-x:LicenseRef-y} and a trailing +. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9.\\-+:_]+");

    private final List<String> tokens;
    private int position;

    private ExpressionParser(List<String> tokens) {
        this.tokens = tokens;
    }

    /** The expression tree; ids are kept as written and marked {@link Kind#SPDX} until normalized. */
    static LicenseExpression parse(String text) {
        List<String> tokens = tokenize(text);
        if (tokens.isEmpty()) {
            throw new SyntaxError("empty license expression");
        }
        ExpressionParser parser = new ExpressionParser(tokens);
        LicenseExpression expression = parser.or();
        if (parser.position < tokens.size()) {
            throw new SyntaxError("unexpected '" + tokens.get(parser.position) + "'");
        }
        return expression;
    }

    private static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == ')' || Character.isWhitespace(c)) {
                flush(word, tokens);
                if (!Character.isWhitespace(c)) {
                    tokens.add(String.valueOf(c));
                }
            } else {
                word.append(c);
            }
        }
        flush(word, tokens);
        return tokens;
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (word.length() > 0) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }

    private LicenseExpression or() {
        List<LicenseExpression> choices = new ArrayList<>();
        choices.add(and());
        while (accept("OR")) {
            choices.add(and());
        }
        return choices.size() == 1 ? choices.get(0) : new AnyOf(choices);
    }

    private LicenseExpression and() {
        List<LicenseExpression> parts = new ArrayList<>();
        parts.add(with());
        while (accept("AND")) {
            parts.add(with());
        }
        return parts.size() == 1 ? parts.get(0) : new All(parts);
    }

    private LicenseExpression with() {
        if (accept("(")) {
            LicenseExpression inner = or();
            if (!accept(")")) {
                throw new SyntaxError(position < tokens.size() ? "expected ')' before '" + tokens.get(position) + "'"
                        : "missing ')'");
            }
            return inner;
        }
        String id = id("a license id");
        if (accept("WITH")) {
            return new Single(id, id("an exception id after WITH"), Kind.SPDX);
        }
        return Single.of(id, Kind.SPDX);
    }

    private String id(String what) {
        if (position >= tokens.size()) {
            throw new SyntaxError("expected " + what + " at the end");
        }
        String token = tokens.get(position);
        if (isOperator(token) || token.equals("(") || token.equals(")") || !ID.matcher(token).matches()) {
            throw new SyntaxError("expected " + what + ", found '" + token + "'");
        }
        position++;
        return token;
    }

    private boolean accept(String expected) {
        if (position < tokens.size() && tokens.get(position).equalsIgnoreCase(expected)) {
            position++;
            return true;
        }
        return false;
    }

    private static boolean isOperator(String token) {
        String upper = token.toUpperCase(Locale.ROOT);
        return upper.equals("AND") || upper.equals("OR") || upper.equals("WITH");
    }

    /** Text that is not a valid SPDX expression; the message says where. */
    static final class SyntaxError extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        SyntaxError(String message) {
            super(message);
        }
    }
}
