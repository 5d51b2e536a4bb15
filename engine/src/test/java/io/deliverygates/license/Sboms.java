package io.deliverygates.license;

import io.deliverygates.common.GateStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The real SBOMs under src/test/resources/io/deliverygates/license (see the README there) and gate helpers. */
final class Sboms {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    private Sboms() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Sboms.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Sbom read(String name) {
        return new SbomReader().read(bytes(name), name);
    }

    static LicenseGateResult gate(LicensePolicy policy, String... names) {
        return gate(policy, null, names);
    }

    static LicenseGateResult gate(LicensePolicy policy, LicenseSummary reference, String... names) {
        return new LicenseGate(policy).evaluate(java.util.Arrays.stream(names).map(Sboms::read).toList(), reference,
                TODAY, NOW);
    }

    /** Component name -> status, for comparing with the verdicts worked out by hand. */
    static Map<String, GateStatus> statuses(LicenseGateResult result) {
        Map<String, GateStatus> statuses = new LinkedHashMap<>();
        result.verdicts().forEach(verdict -> statuses.put(verdict.name(), verdict.status()));
        return statuses;
    }

    static ComponentVerdict verdict(LicenseGateResult result, String name) {
        List<ComponentVerdict> matches = result.verdicts().stream().filter(v -> v.name().equals(name)).toList();
        if (matches.size() != 1) {
            throw new AssertionError(matches.size() + " verdicts for " + name);
        }
        return matches.get(0);
    }
}
