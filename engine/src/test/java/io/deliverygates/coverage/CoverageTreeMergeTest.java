package io.deliverygates.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTreeMergeTest {
    private static CoverageTree jacoco(String packages) {
        String xml = "<report name=\"r\">" + packages + "</report>";
        return new JacocoXmlReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "r.xml");
    }

    private static String pkg(String name, String cls, int missed, int covered) {
        return "<package name=\"" + name + "\"><class name=\"" + name + "/" + cls + "\" sourcefilename=\"" + cls
                + ".java\"><counter type=\"LINE\" missed=\"" + missed + "\" covered=\"" + covered + "\"/></class>"
                + "<sourcefile name=\"" + cls + ".java\"><counter type=\"LINE\" missed=\"" + missed + "\" covered=\""
                + covered + "\"/></sourcefile></package>";
    }

    @Test
    void modulesAreAddedUp() {
        CoverageTree merged = CoverageTree.merge(List.of(jacoco(pkg("a", "A", 1, 3)), jacoco(pkg("b", "B", 2, 2))));

        assertThat(merged.counters().get(Metric.LINE)).contains(new Counter(5, 3));
        assertThat(merged.packages()).hasSize(2);
        assertThat(merged.sources()).containsExactly("r.xml", "r.xml");
    }

    @Test
    void classesOfTheSamePackageInTwoModulesAreAddedUp() {
        CoverageTree merged = CoverageTree.merge(List.of(jacoco(pkg("a", "A", 1, 3)), jacoco(pkg("a", "B", 2, 2))));

        assertThat(merged.packages()).singleElement().satisfies(p -> {
            assertThat(p.classes()).hasSize(2);
            assertThat(p.counters().get(Metric.LINE)).contains(new Counter(5, 3));
        });
    }

    @Test
    void theSameClassFromSplitRunsIsCountedOnceWithTheBetterCopy() {
        CoverageTree merged = CoverageTree.merge(List.of(jacoco(pkg("a", "A", 3, 1)), jacoco(pkg("a", "A", 1, 3))));

        assertThat(merged.counters().get(Metric.LINE)).contains(new Counter(3, 1));
        assertThat(merged.packages().get(0).classes()).singleElement()
                .satisfies(c -> assertThat(c.counters().get(Metric.LINE)).contains(new Counter(3, 1)));
    }

    @Test
    void groupsOfAnAggregateReportAreFlattenedIntoPackages() {
        CoverageTree tree = jacoco("<group name=\"module-a\">" + pkg("a", "A", 1, 3) + "<counter type=\"LINE\" missed=\"1\""
                + " covered=\"3\"/></group><group name=\"module-b\"><group name=\"nested\">" + pkg("b", "B", 2, 2)
                + "</group></group><counter type=\"LINE\" missed=\"3\" covered=\"5\"/>");

        assertThat(tree.packages()).extracting(PackageCoverage::name).containsExactly("a", "b");
        assertThat(tree.counters().get(Metric.LINE)).contains(new Counter(5, 3));
    }
}
