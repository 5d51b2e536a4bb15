package io.deliverygates.demo;

import java.util.Objects;

/**
 * A job of the demo ledger: its full name (as Jenkins would show it), the prefix of its versions and how many
 * releases it attempts on a working day at the start of the period (teams get faster over the six months).
 */
public record DemoJob(String name, String versionPrefix, double releasesPerWorkday) {
    public DemoJob {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(versionPrefix, "versionPrefix");
        if (releasesPerWorkday <= 0) {
            throw new IllegalArgumentException("releasesPerWorkday must be positive: " + releasesPerWorkday);
        }
    }

    /** A name safe for a folder or file: letters, digits, dot, dash and underscore only. */
    public String slug() {
        String slug = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "job" : slug;
    }
}
