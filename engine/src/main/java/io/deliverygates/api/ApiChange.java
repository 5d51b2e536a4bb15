package io.deliverygates.api;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * One breaking change.
 *
 * @param rule        what kind of change, e.g. {@code METHOD_REMOVED} (japicmp's type) or {@code OPERATION_REMOVED}
 * @param location    where: {@code com.example.Api#call(int)} or {@code DELETE /pets/{id} response 200 body.name}
 * @param description one line for humans
 * @param impact      whom it breaks
 */
public record ApiChange(String rule, String location, String description, Impact impact) implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Report order: by location, then rule. */
    public static final Comparator<ApiChange> ORDER = Comparator.comparing(ApiChange::location)
            .thenComparing(ApiChange::rule);

    public ApiChange {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(impact, "impact");
        description = description == null ? "" : description;
    }

    /** Identifies the change across builds ("new only", the stored summary). */
    public String key() {
        return rule + " " + location;
    }
}
