package io.deliverygates.license;

import io.deliverygates.common.GateStatus;
import java.io.Serializable;
import java.util.List;

/**
 * The gate's verdict on one component.
 *
 * @param declared the license statements as the SBOM has them
 * @param license the normalized SPDX expression, or {@code NONE}
 * @param category the category of the license that decided (the chosen one of an OR, the worst of an AND); null
 *        without a license
 * @param decidedLicense that license, or null without a license
 * @param status what the rules make of the component
 * @param rule which rule decided
 * @param reason one line for people
 * @param isNew true when the reference build did not have this component with this license (or there is none)
 * @param counted true when the verdict counts for the gate (false: an old component under "new only")
 * @param notes how the license was derived (names mapped, deprecated ids replaced, unknown text)
 */
public record ComponentVerdict(String name, String version, String purl, List<String> declared, String license,
        Category category, String decidedLicense, GateStatus status, Rule rule, String reason, boolean isNew,
        boolean counted, List<String> notes) implements Serializable {

    /** Which rule of the policy decided a verdict. */
    public enum Rule {
        ALLOW_LIST,
        DENY_LIST,
        CATEGORY,
        NO_LICENSE,
        EXCEPTION
    }

    public ComponentVerdict {
        declared = List.copyOf(declared);
        notes = List.copyOf(notes);
    }

    /** Name and version for people. */
    public String display() {
        return version.isEmpty() ? name : name + " " + version;
    }
}
