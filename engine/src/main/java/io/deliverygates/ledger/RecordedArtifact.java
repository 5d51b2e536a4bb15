package io.deliverygates.ledger;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An artifact (a jar, an OpenAPI document, ...) recorded with a deployment: its file name and the SHA-256 of its
 * content. Stored in the event's {@code attributes} as {@code artifact:<name>} = {@code sha256:<hex>}, so that old
 * readers see just one more attribute and old ledgers simply have none (no schema change). The content itself is
 * kept by an {@link ArtifactStore} under its checksum.
 */
public record RecordedArtifact(String name, String sha256) implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Prefix of the attribute key. */
    public static final String KEY_PREFIX = "artifact:";
    private static final String VALUE_PREFIX = "sha256:";
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public RecordedArtifact {
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("an artifact name is a plain file name, not '" + name + "'");
        }
        sha256 = sha256 == null ? "" : sha256.toLowerCase(Locale.ROOT);
        if (!HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 checksum: '" + sha256 + "'");
        }
    }

    /** The artifacts recorded in an event's attributes (ignoring attributes that are not artifacts). */
    public static List<RecordedArtifact> of(LedgerEvent event) {
        List<RecordedArtifact> artifacts = new ArrayList<>();
        for (Map.Entry<String, String> attribute : event.attributes().entrySet()) {
            String key = attribute.getKey();
            String value = attribute.getValue();
            if (key.startsWith(KEY_PREFIX) && value != null && value.startsWith(VALUE_PREFIX)
                    && HEX.matcher(value.substring(VALUE_PREFIX.length())).matches()) {
                artifacts.add(new RecordedArtifact(key.substring(KEY_PREFIX.length()),
                        value.substring(VALUE_PREFIX.length())));
            }
        }
        artifacts.sort(java.util.Comparator.comparing(RecordedArtifact::name));
        return artifacts;
    }

    /** The attributes that record these artifacts. */
    public static Map<String, String> attributes(List<RecordedArtifact> artifacts) {
        Map<String, String> attributes = new HashMap<>();
        artifacts.forEach(artifact -> attributes.put(KEY_PREFIX + artifact.name(), VALUE_PREFIX + artifact.sha256()));
        return attributes;
    }
}
