package io.deliverygates.security;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliverygates.common.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a small data feed in the layout dependency-check reads from {@code nvd.api.datafeed.url}: one gzipped
 * NVD CVE API 2.0 response per year plus {@code nvdcve-modified.json.gz} and {@code cache.properties}. The
 * records are real NVD records, cut down to the fields dependency-check reads (id, dates, description, CVSS v3.1
 * and v2 with their vectors, CPE match criteria with version ranges).
 */
public final class NvdFeed {
    /** Fixed dates: the feed must not depend on the clock. */
    static final String LAST_MODIFIED = "2026-11-26T22:40:21Z";

    /** A CPE match: criteria plus an optional range (null bounds are absent). */
    public record CpeMatch(String criteria, String startIncluding, String endExcluding, String endIncluding) {
    }

    /** A CVE record; a null vector leaves that CVSS version out. */
    public record Cve(String id, String published, String description, String v31Vector, Double v31Score,
            String v2Vector, Double v2Score, List<CpeMatch> matches) {
    }

    static final String LOG4J = "cpe:2.3:a:apache:log4j:*:*:*:*:*:*:*:*";
    static final String COLLECTIONS = "cpe:2.3:a:apache:commons_collections:*:*:*:*:*:*:*:*";
    static final String JACKSON = "cpe:2.3:a:fasterxml:jackson-databind:*:*:*:*:*:*:*:*";
    static final String REQUESTS = "cpe:2.3:a:python:requests:*:*:*:*:*:*:*:*";

    /** The records the tests expect; scores and ranges as published by the NVD. */
    public static final List<Cve> RECORDS = List.of(
            new Cve("CVE-2021-44228", "2021-12-10T10:15:09.143",
                    "Apache Log4j2 2.0-beta9 through 2.15.0 (excluding security releases 2.12.2, 2.12.3, and 2.3.1)"
                            + " JNDI features used in configuration, log messages, and parameters do not protect"
                            + " against attacker controlled LDAP and other JNDI related endpoints.",
                    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10.0, "AV:N/AC:M/Au:N/C:C/I:C/A:C", 9.3,
                    List.of(new CpeMatch(LOG4J, "2.0.1", "2.12.2", null),
                            new CpeMatch(LOG4J, "2.13.0", "2.15.0", null))),
            new Cve("CVE-2021-44832", "2021-12-28T20:15:08.400",
                    "Apache Log4j2 versions 2.0-beta7 through 2.17.0 (excluding security fix releases 2.3.2 and"
                            + " 2.12.4) are vulnerable to a remote code execution (RCE) attack when a configuration"
                            + " uses a JDBC Appender with a JNDI LDAP data source URI.",
                    "CVSS:3.1/AV:N/AC:H/PR:H/UI:N/S:U/C:H/I:H/A:H", 6.6, "AV:N/AC:M/Au:S/C:C/I:C/A:C", 8.5,
                    List.of(new CpeMatch(LOG4J, "2.0.1", "2.3.2", null),
                            new CpeMatch(LOG4J, "2.4", "2.12.4", null),
                            new CpeMatch(LOG4J, "2.13.0", "2.17.1", null))),
            new Cve("CVE-2015-7501", "2017-11-09T17:29:00.757",
                    "Red Hat JBoss A-MQ 6.x; BPM Suite (BPMS) 6.x; ... Fuse 6.x; ... allow remote attackers to"
                            + " execute arbitrary commands via a crafted serialized Java object, related to the"
                            + " Apache Commons Collections (ACC) library.",
                    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8, "AV:N/AC:L/Au:N/C:C/I:C/A:C", 10.0,
                    List.of(new CpeMatch(COLLECTIONS, null, null, "3.2.1"))),
            new Cve("CVE-2015-6420", "2015-12-15T05:59:00.107",
                    "Serialized-object interfaces in certain Cisco Collaboration and Social Media; Endpoint Clients"
                            + " and Client Software; ... products allow remote attackers to execute arbitrary"
                            + " commands via a crafted serialized Java object, related to the Apache Commons"
                            + " Collections (ACC) library.",
                    null, null, "AV:N/AC:L/Au:N/C:P/I:P/A:P", 7.5,
                    List.of(new CpeMatch(COLLECTIONS, null, null, "3.2.1"))),
            new Cve("CVE-2020-36518", "2022-03-11T07:15:07.800",
                    "jackson-databind before 2.13.0 allows a Java StackOverflow exception and denial of service"
                            + " via a large depth of nested objects.",
                    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H", 7.5, "AV:N/AC:L/Au:N/C:N/I:N/A:P", 5.0,
                    List.of(new CpeMatch(JACKSON, null, "2.12.6.1", null),
                            new CpeMatch(JACKSON, "2.13.0", "2.13.2.1", null))),
            new Cve("CVE-2023-32681", "2023-05-26T18:15:14.147",
                    "Requests is a HTTP library. Since Requests 2.3.0, Requests has been leaking"
                            + " Proxy-Authorization headers to destination servers when redirected to an HTTPS"
                            + " endpoint.",
                    "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:C/C:H/I:N/A:N", 6.1, null, null,
                    List.of(new CpeMatch(REQUESTS, "2.3.0", "2.31.0", null))));

    private NvdFeed() {
    }

    /** Writes the feed into {@code folder} and returns it. */
    public static Path write(Path folder, List<Cve> records) {
        return writeRecords(folder, records.stream().map(NvdFeed::cve).toList());
    }

    /** Writes NVD CVE API 2.0 {@code cve} objects as they are (any shape the NVD publishes) into a feed folder. */
    public static Path writeRecords(Path folder, List<ObjectNode> records) {
        try {
            Files.createDirectories(folder);
            Map<Integer, List<ObjectNode>> byYear = new TreeMap<>();
            records.forEach(cve -> byYear.computeIfAbsent(Integer.parseInt(cve.get("id").asText().split("-")[1]),
                    y -> new ArrayList<>()).add(cve));
            StringBuilder properties = new StringBuilder("prefix=nvdcve-\n")
                    .append("lastModifiedDate=").append(escape(LAST_MODIFIED)).append('\n')
                    .append("lastModifiedDate.modified=").append(escape(LAST_MODIFIED)).append('\n');
            for (Map.Entry<Integer, List<ObjectNode>> year : byYear.entrySet()) {
                writeGzip(folder.resolve("nvdcve-" + year.getKey() + ".json.gz"), response(year.getValue()));
                properties.append("lastModifiedDate.").append(year.getKey()).append('=').append(escape(LAST_MODIFIED))
                        .append('\n');
            }
            writeGzip(folder.resolve("nvdcve-modified.json.gz"), response(List.of()));
            Files.writeString(folder.resolve("cache.properties"), properties);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String date) {
        return date.replace(":", "\\:");
    }

    private static void writeGzip(Path file, byte[] content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
    }

    private static byte[] response(List<ObjectNode> records) throws IOException {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("resultsPerPage", records.size()).put("startIndex", 0).put("totalResults", records.size())
                .put("format", "NVD_CVE").put("version", "2.0").put("timestamp", "2026-11-26T22:40:21.000");
        ArrayNode vulnerabilities = root.putArray("vulnerabilities");
        records.forEach(cve -> vulnerabilities.addObject().set("cve", cve));
        return Json.mapper().writeValueAsBytes(root);
    }

    static ObjectNode cve(Cve record) {
        ObjectNode cve = Json.mapper().createObjectNode();
        cve.put("id", record.id()).put("sourceIdentifier", "security@apache.org").put("published", record.published())
                .put("lastModified", "2025-02-04T15:15:14.000").put("vulnStatus", "Analyzed");
        cve.putArray("descriptions").addObject().put("lang", "en").put("value", record.description());
        ObjectNode metrics = cve.putObject("metrics");
        if (record.v31Vector() != null) {
            ObjectNode metric = metrics.putArray("cvssMetricV31").addObject().put("source", "nvd@nist.gov")
                    .put("type", "Primary");
            ObjectNode data = metric.putObject("cvssData").put("version", "3.1").put("vectorString", record.v31Vector());
            Map<String, String> v = vector(record.v31Vector());
            data.put("attackVector", Map.of("N", "NETWORK", "A", "ADJACENT_NETWORK", "L", "LOCAL", "P", "PHYSICAL")
                            .get(v.get("AV")))
                    .put("attackComplexity", level(v.get("AC")))
                    .put("privilegesRequired", level(v.get("PR")))
                    .put("userInteraction", "N".equals(v.get("UI")) ? "NONE" : "REQUIRED")
                    .put("scope", "U".equals(v.get("S")) ? "UNCHANGED" : "CHANGED")
                    .put("confidentialityImpact", level(v.get("C")))
                    .put("integrityImpact", level(v.get("I")))
                    .put("availabilityImpact", level(v.get("A")))
                    .put("baseScore", record.v31Score())
                    .put("baseSeverity", Severity.ofCvssV3(record.v31Score()).name());
        }
        if (record.v2Vector() != null) {
            ObjectNode metric = metrics.putArray("cvssMetricV2").addObject().put("source", "nvd@nist.gov")
                    .put("type", "Primary");
            Map<String, String> v = vector(record.v2Vector());
            metric.putObject("cvssData").put("version", "2.0").put("vectorString", record.v2Vector())
                    .put("accessVector", Map.of("N", "NETWORK", "A", "ADJACENT_NETWORK", "L", "LOCAL").get(v.get("AV")))
                    .put("accessComplexity", Map.of("L", "LOW", "M", "MEDIUM", "H", "HIGH").get(v.get("AC")))
                    .put("authentication", Map.of("N", "NONE", "S", "SINGLE", "M", "MULTIPLE").get(v.get("Au")))
                    .put("confidentialityImpact", impactV2(v.get("C")))
                    .put("integrityImpact", impactV2(v.get("I")))
                    .put("availabilityImpact", impactV2(v.get("A")))
                    .put("baseScore", record.v2Score());
            metric.put("baseSeverity", Severity.ofCvssV2(record.v2Score()).name())
                    .put("acInsufInfo", false).put("obtainAllPrivilege", false).put("obtainUserPrivilege", false)
                    .put("obtainOtherPrivilege", false).put("userInteractionRequired", false);
        }
        cve.putArray("weaknesses");
        ArrayNode matches = cve.putArray("configurations").addObject().putArray("nodes").addObject()
                .put("operator", "OR").put("negate", false).putArray("cpeMatch");
        for (CpeMatch match : record.matches()) {
            ObjectNode node = matches.addObject().put("vulnerable", true).put("criteria", match.criteria());
            putIfPresent(node, "versionStartIncluding", match.startIncluding());
            putIfPresent(node, "versionEndExcluding", match.endExcluding());
            putIfPresent(node, "versionEndIncluding", match.endIncluding());
        }
        cve.putArray("references").addObject().put("url", "https://nvd.nist.gov/vuln/detail/" + record.id())
                .put("source", "nvd@nist.gov");
        return cve;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static Map<String, String> vector(String vector) {
        Map<String, String> parts = new TreeMap<>();
        for (String part : vector.split("/")) {
            String[] keyValue = part.split(":");
            parts.put(keyValue[0], keyValue[1]);
        }
        return parts;
    }

    private static String level(String letter) {
        return Map.of("N", "NONE", "L", "LOW", "H", "HIGH").get(letter);
    }

    private static String impactV2(String letter) {
        return Map.of("N", "NONE", "P", "PARTIAL", "C", "COMPLETE").get(letter);
    }
}
