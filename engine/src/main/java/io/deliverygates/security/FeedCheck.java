package io.deliverygates.security;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import io.deliverygates.common.Json;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.owasp.dependencycheck.data.nvdcve.DatabaseProperties;

/**
 * Checks an NVD-format data feed before dependency-check reads it. dependency-check looks for a
 * {@code vulnerabilities} array anywhere in a file and stores what it finds: a legacy NVD 1.1 file
 * ({@code CVE_Items}), an HTML error page served with status 200 or a year file without records would be an
 * "update" with no CVEs. Here each is an error naming the URL. Only files whose date in {@code cache.properties}
 * changed since the last completed update are read (the ones dependency-check is about to download).
 */
final class FeedCheck {
    static final String CACHE_PROPERTIES = "cache.properties";
    private static final String LAST_MODIFIED = "lastModifiedDate";
    private static final Pattern YEAR_KEY = Pattern.compile("lastModifiedDate\\.(\\d{4})");
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final String base;
    private final UpdateRequest request;
    private HttpClient client;

    FeedCheck(UpdateRequest request) {
        this.request = request;
        String url = request.feedUrl();
        // dependency-check accepts a folder or a file pattern such as .../nvdcve-{0}.json.gz
        this.base = url.contains("{0}") ? url.substring(0, url.lastIndexOf('/') + 1) : url.endsWith("/") ? url : url + "/";
    }

    /**
     * Reads and checks {@code cache.properties} and every feed file whose date differs from {@code previous} (the
     * entries recorded by the last completed update); returns the current entries.
     */
    Map<String, String> check(Map<String, String> previous) {
        Properties properties = cacheProperties();
        Map<String, String> current = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> current.put(key, properties.getProperty(key)));
        String pattern = request.feedUrl().contains("{0}")
                ? request.feedUrl().substring(request.feedUrl().lastIndexOf('/') + 1)
                : current.getOrDefault("prefix", "nvdcve-") + "{0}.json.gz";
        if (!current.get(LAST_MODIFIED).equals(previous.get(LAST_MODIFIED))) {
            checkFile(base + pattern.replace("{0}", "modified"), false);
        }
        for (Map.Entry<String, String> entry : current.entrySet()) {
            var year = YEAR_KEY.matcher(entry.getKey());
            if (year.matches() && !entry.getValue().equals(previous.get(entry.getKey()))) {
                checkFile(base + pattern.replace("{0}", year.group(1)), true);
            }
        }
        return current;
    }

    private Properties cacheProperties() {
        String url = base + CACHE_PROPERTIES;
        Properties properties = new Properties();
        try (InputStream in = open(url)) {
            properties.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException(Problem.MALFORMED, url, InputException.NO_LINE,
                    "not a readable properties file: " + e.getMessage(), e);
        }
        try {
            if (DatabaseProperties.getTimestamp(properties, LAST_MODIFIED) == null) {
                throw new InputException(Problem.WRONG_FORMAT, url, "no " + LAST_MODIFIED + " entry: not the "
                        + CACHE_PROPERTIES + " of an NVD-format data feed (as vulnz writes it)");
            }
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith(LAST_MODIFIED)) {
                    DatabaseProperties.getTimestamp(properties, key);
                }
            }
        } catch (DateTimeParseException e) {
            throw new InputException(Problem.WRONG_FORMAT, url, InputException.NO_LINE,
                    "a date is not in the form 2026-11-26T22:40:21Z: " + e.getParsedString(), e);
        }
        return properties;
    }

    /** Reads one gzipped NVD CVE API 2.0 response to its end, checking its shape record by record. */
    private void checkFile(String url, boolean mustHoldRecords) {
        try (InputStream raw = new BufferedInputStream(open(url))) {
            raw.mark(64);
            byte[] head = raw.readNBytes(64);
            raw.reset();
            if (head.length == 0) {
                throw new InputException(Problem.MALFORMED, url, "the feed file is empty");
            }
            if (head.length < 2 || (head[0] & 0xff) != 0x1f || (head[1] & 0xff) != 0x8b) {
                throw new InputException(Problem.WRONG_FORMAT, url, "not gzip-compressed (it starts with '"
                        + printable(head) + "'): not a file of an NVD-format data feed");
            }
            int records = countRecords(url, new GZIPInputStream(raw));
            if (mustHoldRecords && records == 0) {
                throw new InputException(Problem.WRONG_FORMAT, url, "holds no CVE records");
            }
        } catch (ZipException | EOFException e) {
            throw new InputException(Problem.MALFORMED, url, InputException.NO_LINE,
                    "truncated or corrupt gzip data: " + e.getMessage(), e);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? InputException.NO_LINE : e.getLocation().getLineNr();
            throw new InputException(Problem.MALFORMED, url, line, "not readable JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputException(Problem.UNAVAILABLE, url, InputException.NO_LINE,
                    "the feed file could not be read: " + e, e);
        }
    }

    private static int countRecords(String url, InputStream json) throws IOException {
        try (JsonParser parser = Json.mapper().getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InputException(Problem.WRONG_FORMAT, url, "not an NVD CVE API 2.0 response (no JSON object)");
            }
            int records = -1;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("CVE_Items".equals(field)) {
                    throw new InputException(Problem.WRONG_FORMAT, url, "a legacy NVD 1.1 JSON feed (CVE_Items): "
                            + "an NVD CVE API 2.0 feed is needed (vulnz cve --cache writes one)");
                }
                if ("vulnerabilities".equals(field) && value == JsonToken.START_ARRAY) {
                    records = 0;
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode item = parser.readValueAsTree();
                        if (!item.path("cve").path("id").isTextual()) {
                            throw new InputException(Problem.WRONG_FORMAT, url, parser.currentLocation().getLineNr(),
                                    "record " + (records + 1) + " of 'vulnerabilities' has no cve.id", null);
                        }
                        records++;
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (records < 0) {
                throw new InputException(Problem.WRONG_FORMAT, url,
                        "not an NVD CVE API 2.0 response (no 'vulnerabilities' array)");
            }
            return records;
        }
    }

    private InputStream open(String url) throws IOException {
        URI uri = URI.create(url);
        if ("file".equalsIgnoreCase(uri.getScheme())) {
            try {
                return Files.newInputStream(Path.of(uri));
            } catch (NoSuchFileException e) {
                throw new InputException(Problem.NOT_FOUND, url, "no such feed file");
            }
        }
        try {
            HttpResponse<InputStream> response = client().send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET()
                    .build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new InputException(Problem.UNAVAILABLE, url, "the feed answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new InputException(Problem.UNAVAILABLE, url, InputException.NO_LINE,
                    "the feed could not be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(Problem.UNAVAILABLE, url, "interrupted while reading the feed");
        }
    }

    private HttpClient client() {
        if (client == null) {
            HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30))
                    .followRedirects(HttpClient.Redirect.NORMAL);
            UpdateRequest.Proxy proxy = request.proxy();
            if (proxy != null && !bypassesProxy(URI.create(base).getHost(), proxy.nonProxyHosts())) {
                builder.proxy(ProxySelector.of(new InetSocketAddress(proxy.host(), proxy.port())));
            }
            client = builder.build();
        }
        return client;
    }

    /** Java's {@code http.nonProxyHosts} syntax: host names separated by '|', '*' as a wildcard at either end. */
    static boolean bypassesProxy(String host, String nonProxyHosts) {
        if (host == null || nonProxyHosts == null || nonProxyHosts.isBlank()) {
            return false;
        }
        for (String pattern : nonProxyHosts.split("[|,]")) {
            String regex = Pattern.quote(pattern.trim()).replace("*", "\\E.*\\Q");
            if (!pattern.isBlank() && host.matches("(?i)" + regex)) {
                return true;
            }
        }
        return false;
    }

    private static String printable(byte[] head) {
        String text = new String(head, 0, Math.min(head.length, 20), StandardCharsets.ISO_8859_1);
        return text.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
