package io.deliverygates.api;

import java.util.List;
import java.util.Map;

/**
 * The gate's verdict with the changes behind it.
 *
 * @param summary the compact summary stored with the build
 * @param active  breaking changes that count (not allow-listed)
 * @param fresh   the active changes the reference build did not report
 * @param allowed breaking changes hidden by an unexpired allow-list entry
 * @param allowedBy for each allowed change's key, the entry that accepted it (its reason and expiry)
 */
public record ApiGateResult(ApiSummary summary, List<ApiChange> active, List<ApiChange> fresh,
        List<ApiChange> allowed, Map<String, ApiAllowEntry> allowedBy) {

    public ApiGateResult {
        active = List.copyOf(active);
        fresh = List.copyOf(fresh);
        allowed = List.copyOf(allowed);
        allowedBy = Map.copyOf(allowedBy);
    }
}
