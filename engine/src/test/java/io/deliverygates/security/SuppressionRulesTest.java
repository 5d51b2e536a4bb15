package io.deliverygates.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliverygates.common.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.owasp.dependencycheck.xml.suppression.SuppressionRule;

class SuppressionRulesTest {
    private static final String NAMESPACE = SuppressionFiles.NAMESPACE_PREFIX + "1.3.xsd";

    @TempDir
    Path temp;

    @Test
    void dependencyChecksBaseRulesComeFromItsJarAsAResource() {
        List<SuppressionRule> base = SuppressionRules.baseRules();

        assertThat(base).hasSizeGreaterThan(100);
        assertThat(base).allMatch(SuppressionRule::isBase);
    }

    @Test
    void userRulesFollowTheBaseRules() throws Exception {
        Path file = Files.writeString(temp.resolve("suppressions.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <suppressions xmlns="%s">
                  <suppress>
                    <notes>accepted until the upgrade</notes>
                    <packageUrl regex="true">^pkg:maven/org\\.apache\\.logging\\.log4j/log4j-core@.*$</packageUrl>
                    <cve>CVE-2021-44228</cve>
                  </suppress>
                </suppressions>
                """.formatted(NAMESPACE));

        List<SuppressionRule> rules = SuppressionRules.load(List.of(file));

        assertThat(rules).hasSize(SuppressionRules.baseRules().size() + 1);
        SuppressionRule user = rules.get(rules.size() - 1);
        assertThat(user.isBase()).isFalse();
        assertThat(user.getCve()).containsExactly("CVE-2021-44228");
    }

    @Test
    void aFileDependencyCheckRefusesIsAnErrorNamingIt() throws Exception {
        // Well-formed, right namespace, but an element the schema does not know: dependency-check's own parser
        // refuses it, and the scan must not go on suppressing nothing.
        Path file = Files.writeString(temp.resolve("typo.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <suppressions xmlns="%s">
                  <suppress><notes>typo</notes><cvee>CVE-2021-44228</cvee></suppress>
                </suppressions>
                """.formatted(NAMESPACE));

        assertThatThrownBy(() -> SuppressionRules.load(List.of(file)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("cannot use this suppression file")
                .extracting(e -> ((InputException) e).problem()).isEqualTo(InputException.Problem.WRONG_FORMAT);
    }
}
