package io.deliverygates.license;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliverygates.license.LicenseExpression.All;
import io.deliverygates.license.LicenseExpression.AnyOf;
import io.deliverygates.license.LicenseExpression.Kind;
import io.deliverygates.license.LicenseExpression.Single;
import io.deliverygates.license.LicenseNormalizer.Combination;
import java.util.List;
import org.junit.jupiter.api.Test;

class LicenseNormalizerTest {
    private final LicenseNormalizer normalizer = new LicenseNormalizer();

    private ResolvedLicense expression(String text) {
        return normalizer.resolve(List.of(DeclaredLicense.expression(text)), Combination.ANY);
    }

    @Test
    void withBindsTighterThanAndWhichBindsTighterThanOr() {
        LicenseExpression tree = expression("MIT OR Apache-2.0 AND GPL-2.0-only WITH Classpath-exception-2.0")
                .expression();
        assertThat(tree).isEqualTo(new AnyOf(List.of(new Single("MIT", null, Kind.SPDX),
                new All(List.of(new Single("Apache-2.0", null, Kind.SPDX),
                        new Single("GPL-2.0-only", "Classpath-exception-2.0", Kind.SPDX))))));
        assertThat(tree.text()).isEqualTo("MIT OR Apache-2.0 AND GPL-2.0-only WITH Classpath-exception-2.0");
    }

    @Test
    void parenthesesGroupAndAreKeptInTheText() {
        ResolvedLicense license = expression("(MIT OR Apache-2.0) AND (BSD-3-Clause OR GPL-2.0+)");
        assertThat(license.expression()).isInstanceOf(All.class);
        assertThat(license.text()).isEqualTo("(MIT OR Apache-2.0) AND (BSD-3-Clause OR GPL-2.0-or-later)");
        assertThat(license.notes()).containsExactly("deprecated id GPL-2.0+ read as GPL-2.0-or-later");
    }

    @Test
    void idsAreCaseInsensitiveAndOperatorsInAnyCaseAreAccepted() {
        assertThat(expression("mit or apache-2.0").text()).isEqualTo("MIT OR Apache-2.0");
        assertThat(expression("gpl-2.0-only with classpath-exception-2.0").text())
                .isEqualTo("GPL-2.0-only WITH Classpath-exception-2.0");
    }

    @Test
    void deprecatedIdsAreReplaced() {
        assertThat(expression("GPL-2.0").text()).isEqualTo("GPL-2.0-only");
        assertThat(expression("GPL-2.0+").text()).isEqualTo("GPL-2.0-or-later");
        assertThat(expression("LGPL-2.1").text()).isEqualTo("LGPL-2.1-only");
        assertThat(expression("AGPL-3.0").text()).isEqualTo("AGPL-3.0-only");
        assertThat(expression("(CDDL-1.0 OR GPL-2.0-with-classpath-exception)").text())
                .isEqualTo("CDDL-1.0 OR GPL-2.0-only WITH Classpath-exception-2.0");
        // "+" on an id without a deprecated form stays, e.g. MPL-1.1+
        assertThat(expression("MPL-1.1+").text()).isEqualTo("MPL-1.1+");
    }

    @Test
    void licenseRefsAreKeptAsReferences() {
        LicenseExpression tree = expression("LicenseRef-acme-eula OR DocumentRef-other:LicenseRef-x").expression();
        assertThat(((AnyOf) tree).choices()).extracting(choice -> ((Single) choice).kind())
                .containsOnly(Kind.REFERENCE);
    }

    @Test
    void invalidExpressionsStayUnknownWithANote() {
        for (String text : List.of("MIT OR", "(MIT", "MIT AND AND BSD-3-Clause", "MIT)", "WITH MIT")) {
            ResolvedLicense license = expression(text);
            assertThat(license.expression()).as(text).isEqualTo(new Single(text, null, Kind.UNKNOWN));
            assertThat(license.notes()).as(text).singleElement().asString().contains("not a valid SPDX expression");
        }
        ResolvedLicense unknownId = expression("Foo-License-9");
        assertThat(unknownId.expression()).isEqualTo(new Single("Foo-License-9", null, Kind.UNKNOWN));
        assertThat(unknownId.notes()).containsExactly("'Foo-License-9' is not an SPDX license id");
    }

    @Test
    void namesAndUrlsMapThroughTheTablesAndTheSpdxOfficialNames() {
        assertThat(resolve(DeclaredLicense.name("The Apache Software License, Version 2.0", null)))
                .isEqualTo("Apache-2.0");
        assertThat(resolve(DeclaredLicense.name("  apache   license, version 2.0. ", null))).isEqualTo("Apache-2.0");
        assertThat(resolve(DeclaredLicense.name("GNU General Public License v2.0 or later", null)))
                .isEqualTo("GPL-2.0-or-later");
        assertThat(resolve(DeclaredLicense.name("The GNU General Public License, v2 with Universal FOSS Exception, "
                + "v1.0", null))).isEqualTo("GPL-2.0-only WITH Universal-FOSS-exception-1.0");
        assertThat(resolve(DeclaredLicense.name("GNU Lesser General Public License",
                "http://www.gnu.org/licenses/old-licenses/lgpl-2.1.html"))).isEqualTo("LGPL-2.1-only");
        assertThat(resolve(DeclaredLicense.name(null, "https://www.apache.org/licenses/LICENSE-2.0/")))
                .isEqualTo("Apache-2.0");
        // an id field holding a name (invalid CycloneDX, seen in the wild) is mapped too
        assertThat(resolve(DeclaredLicense.id("Apache 2.0", null))).isEqualTo("Apache-2.0");
        // a name field holding an SPDX id or expression
        assertThat(resolve(DeclaredLicense.name("MIT OR ISC", null))).isEqualTo("MIT OR ISC");
    }

    @Test
    void unknownNamesAreNeverGuessed() {
        for (String name : List.of("GNU Lesser General Public License", "BSD License", "Apache License",
                "GPL", "Proprietary")) {
            ResolvedLicense license = normalizer.resolve(List.of(DeclaredLicense.name(name, null)), Combination.ANY);
            assertThat(license.expression()).as(name).isEqualTo(new Single(name, null, Kind.UNKNOWN));
            assertThat(license.notes()).as(name).singleElement().asString().contains("unknown");
        }
    }

    @Test
    void severalStatementsCombineAsChoiceOrAsConjunction() {
        List<DeclaredLicense> both = List.of(DeclaredLicense.id("EPL-1.0", null), DeclaredLicense.name(
                "GNU Lesser General Public License", "http://www.gnu.org/licenses/old-licenses/lgpl-2.1.html"));
        assertThat(normalizer.resolve(both, Combination.ANY).text()).isEqualTo("EPL-1.0 OR LGPL-2.1-only");
        assertThat(normalizer.resolve(both, Combination.ALL).text()).isEqualTo("EPL-1.0 AND LGPL-2.1-only");
        assertThat(normalizer.resolve(List.of(DeclaredLicense.id("MIT", null), DeclaredLicense.id("mit", null)),
                Combination.ANY).text()).isEqualTo("MIT");
    }

    @Test
    void noLicenseIsNone() {
        assertThat(normalizer.resolve(List.of(), Combination.ANY).isNone()).isTrue();
        assertThat(normalizer.resolve(List.of(DeclaredLicense.expression("NOASSERTION")), Combination.ANY).isNone())
                .isTrue();
        assertThat(normalizer.resolve(List.of(DeclaredLicense.name("", "")), Combination.ANY).text())
                .isEqualTo("NONE");
    }

    @Test
    void unknownExceptionsAreKeptAndNoted() {
        ResolvedLicense license = expression("GPL-2.0-only WITH Acme-exception");
        assertThat(license.text()).isEqualTo("GPL-2.0-only WITH Acme-exception");
        assertThat(license.notes()).containsExactly("'Acme-exception' is not an SPDX exception id; it relaxes nothing");
    }

    private String resolve(DeclaredLicense license) {
        return normalizer.resolve(List.of(license), Combination.ANY).text();
    }
}
