package io.deliverygates.security;

import io.deliverygates.common.InputException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What to update from: an NVD-format data feed (a mirror, {@code http(s)://} or {@code file://}) or, without a
 * feed, the NVD API (with an API key: the NVD throttles keyless clients hard).
 *
 * @param dataDirectory the shared data directory the database lives in
 * @param feedUrl the data feed folder URL (with {@code cache.properties}), or null for the NVD API
 * @param nvdApiKey the NVD API key, or null; never logged
 * @param nvdApiEndpoint another NVD API endpoint (a mirror of the API), or null for the NVD's own
 * @param proxy the HTTP proxy to use, or null
 * @param lockTimeout how long to wait for running scans and updates of the same data directory
 * @param validFor how long a completed update stays current: within it an update does not contact the source and
 *     says so; {@link Duration#ZERO} (the default) checks the source every time, as a scheduled job expects
 */
public record UpdateRequest(Path dataDirectory, String feedUrl, String nvdApiKey, String nvdApiEndpoint, Proxy proxy,
        Duration lockTimeout, Duration validFor) {

    /** An HTTP proxy, from Jenkins' proxy configuration or the command line. */
    public record Proxy(String host, int port, String nonProxyHosts) {
    }

    /** A request that checks the source every time. */
    public UpdateRequest(Path dataDirectory, String feedUrl, String nvdApiKey, String nvdApiEndpoint, Proxy proxy,
            Duration lockTimeout) {
        this(dataDirectory, feedUrl, nvdApiKey, nvdApiEndpoint, proxy, lockTimeout, Duration.ZERO);
    }

    public UpdateRequest {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        validFor = validFor == null ? Duration.ZERO : validFor;
        if (validFor.isNegative()) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, "validForHours",
                    "must not be negative, not " + validFor.toHours());
        }
        if (feedUrl != null && feedUrl.isBlank()) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, "feedUrl", "is blank");
        }
    }

    /** Where the data comes from, for messages (never the key). */
    public String source() {
        if (feedUrl != null) {
            return feedUrl;
        }
        return nvdApiEndpoint != null ? nvdApiEndpoint : "the NVD API";
    }

    @Override
    public String toString() {
        return "UpdateRequest[dataDirectory=" + dataDirectory + ", source=" + source()
                + ", nvdApiKey=" + (nvdApiKey == null ? "none" : "****") + "]";
    }
}
