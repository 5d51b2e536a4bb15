package io.jenkins.plugins.deliverygates.health;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The administrator's list of URLs a health probe may request from the controller: one URL prefix per line. A
 * probe URL matches an entry with the same scheme, host and port whose path it starts with at a segment boundary
 * ({@code https://svc.example.com/health} allows {@code .../health} and {@code .../health/ready}, not
 * {@code .../healthz} nor {@code https://svc.example.com.evil.test/health}).
 */
final class ControllerProbeAllowList {
    private final List<URI> entries;

    private ControllerProbeAllowList(List<URI> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Parses the setting; blank lines and lines starting with {@code #} are ignored. */
    static ControllerProbeAllowList parse(String text) {
        List<URI> entries = new ArrayList<>();
        for (String line : lines(text)) {
            problem(line).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
            entries.add(URI.create(line));
        }
        return new ControllerProbeAllowList(entries);
    }

    /** The first line of {@code text} that is not an allow-list entry, explained; empty when all are. */
    static Optional<String> firstProblem(String text) {
        return lines(text).stream().map(ControllerProbeAllowList::problem).flatMap(Optional::stream).findFirst();
    }

    boolean allows(URI url) {
        return entries.stream().anyMatch(entry -> matches(entry, url));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private static Optional<String> problem(String line) {
        try {
            URI uri = new URI(line);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return Optional.of(Messages.ControllerProbeAllowList_NotHttp(line));
            }
            if (uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
                return Optional.of(Messages.ControllerProbeAllowList_Extra(line));
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of(Messages.ControllerProbeAllowList_NotUrl(line, e.getReason()));
        }
    }

    private static boolean matches(URI entry, URI url) {
        if (url.getScheme() == null || url.getHost() == null || url.getUserInfo() != null
                || !entry.getScheme().equalsIgnoreCase(url.getScheme())
                || !entry.getHost().equalsIgnoreCase(url.getHost()) || port(entry) != port(url)) {
            return false;
        }
        String prefix = entry.getPath() == null ? "" : entry.getPath();
        String path = url.getPath() == null ? "" : url.getPath();
        if (path.contains("/../") || path.endsWith("/..")) {
            return false;
        }
        return prefix.isEmpty() || prefix.equals("/") || path.equals(prefix)
                || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
