package io.jenkins.plugins.deliverygates.license;

import hudson.FilePath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real SBOMs for the plugin tests: the engine tests' ones, written by cyclonedx-maven-plugin 2.9.1 and npm 11's
 * {@code npm sbom} (engine/src/test/resources/io/deliverygates/license/README.md), read from the engine module so
 * that they exist once in the repository.
 */
final class Sboms {
    /** 20 components; under the default policy only mysql-connector-j (GPL-2.0 with the FOSS exception) fails. */
    static final String MAVEN_XML = "maven-bom.xml";
    /** 25 components, all permissive or with a permissive choice. */
    static final String NPM_SPDX = "npm-sbom.spdx.json";

    private static final Path FOLDER = Path.of(System.getProperty("basedir", "."))
            .resolve("../engine/src/test/resources/io/deliverygates/license");

    private Sboms() {
    }

    /** Puts {@code sbom} into a workspace, on whichever machine it is, as {@code target}. */
    static void install(FilePath workspace, String sbom, String target) throws IOException, InterruptedException {
        FilePath file = workspace.child(target);
        file.getParent().mkdirs();
        file.write(Files.readString(FOLDER.resolve(sbom), StandardCharsets.UTF_8), "UTF-8");
    }
}
