package io.deliverygates.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliverygates.license.LicenseGate;
import io.deliverygates.license.LicenseGateResult;
import io.deliverygates.license.LicensePolicy;
import io.deliverygates.license.Sbom;
import io.deliverygates.license.SbomFormat;
import io.deliverygates.license.SbomReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's inputs are what it says: the same components in JSON and XML, with the real license mix. */
class LicenseSbomBenchmarkTest {
    @Test
    void generatedJsonAndXmlHoldTheSameComponentsAndVerdicts() throws Exception {
        byte[] xml = LicenseSbomBenchmark.LicenseSbomFixture.cycloneDxXml(450);
        byte[] json = LicenseSbomBenchmark.LicenseSbomFixture.cycloneDxJson(xml);

        Sbom fromJson = new SbomReader().read(json, "bench.json");
        Sbom fromXml = new SbomReader().read(xml, "bench.xml");

        assertThat(fromXml.format()).isEqualTo(SbomFormat.CYCLONEDX_XML);
        assertThat(fromJson.components()).hasSize(450).isEqualTo(fromXml.components());
        assertThat(fromJson.components()).extracting(c -> c.name()).doesNotHaveDuplicates()
                .contains("junit:junit-0", "pako-9");
        LicenseGateResult result = new LicenseGate(LicensePolicy.defaults()).evaluate(List.of(fromJson), null,
                LocalDate.of(2026, 12, 7), Instant.EPOCH);
        // each of the 10 copies has one failing component: mysql-connector-j (GPL-2.0 with the FOSS exception)
        assertThat(result.summary().failed()).isEqualTo(10);
        assertThat(result.summary().components()).isEqualTo(450);
    }
}
