package io.deliverygates.security;

import io.deliverygates.common.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.owasp.dependencycheck.Engine;
import org.owasp.dependencycheck.analyzer.AbstractSuppressionAnalyzer;
import org.owasp.dependencycheck.xml.suppression.SuppressionParser;
import org.owasp.dependencycheck.xml.suppression.SuppressionRule;
import org.xml.sax.SAXException;

/**
 * Hands a scan's suppression rules (dependency-check's packaged base rules, then the user's) to the engine before the analysis starts, so dependency-check's suppression-based analyzers (the CPE
 * analyzer among them) take them as they are instead of loading them themselves.
 *
 * <p>Why not let dependency-check load them: it finds its packaged base rules through the location of its own jar
 * on disk, which does not exist where classes are loaded over a network, as on a Jenkins agent. There the CPE
 * analyzer failed to start and the scan found nothing, a silent pass.
 */
final class SuppressionRules {
    private static final String BASE_RULES = "dependencycheck-base-suppression.xml";

    private SuppressionRules() {
    }

    /** Gives {@code engine} the base rules followed by the user's (already read by {@link SuppressionFiles}). */
    static void install(Engine engine, List<SuppressionRule> userRules) {
        List<SuppressionRule> rules = new ArrayList<>(baseRules());
        rules.addAll(userRules);
        engine.putObject(AbstractSuppressionAnalyzer.SUPPRESSION_OBJECT_KEY, rules);
    }

    /** dependency-check's own base rules (known false positives), read from its jar as a class-path resource. */
    static List<SuppressionRule> baseRules() {
        try (InputStream in = AbstractSuppressionAnalyzer.class.getClassLoader().getResourceAsStream(BASE_RULES)) {
            if (in == null) {
                throw new InputException(InputException.Problem.UNAVAILABLE, BASE_RULES,
                        "dependency-check's base suppression rules are missing from its jar");
            }
            return new SuppressionParser().parseSuppressionRules(in);
        } catch (IOException | SAXException e) {
            throw new InputException(InputException.Problem.UNAVAILABLE, BASE_RULES, InputException.NO_LINE,
                    "dependency-check's base suppression rules cannot be read: " + e.getMessage(), e);
        }
    }
}
