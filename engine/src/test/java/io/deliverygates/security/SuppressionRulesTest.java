package io.deliverygates.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.owasp.dependencycheck.xml.suppression.SuppressionRule;

class SuppressionRulesTest {
    @Test
    void dependencyChecksBaseRulesComeFromItsJarAsAResource() {
        List<SuppressionRule> base = SuppressionRules.baseRules();

        assertThat(base).hasSizeGreaterThan(100);
        assertThat(base).allMatch(SuppressionRule::isBase);
    }
}
