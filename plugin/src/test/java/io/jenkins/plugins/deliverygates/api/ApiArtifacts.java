package io.jenkins.plugins.deliverygates.api;

import hudson.FilePath;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The real demo artifacts for the plugin tests, read from the CLI module so that they exist once in the repository:
 * two tiny jars built by cli/demo-api/make-jars.sh (1.5.0 breaks 1.4.0 three times) and the hand-written OpenAPI
 * documents of the engine's tests (2.0 breaks every rule of 1.0, 1.1 only adds).
 */
final class ApiArtifacts {
    static final String JAR_14 = "shop-client-1.4.0.jar";
    static final String JAR_15 = "shop-client-1.5.0.jar";
    static final String SPEC_10 = "petstore-1.0.yaml";
    static final String SPEC_11 = "petstore-1.1.yaml";
    static final String SPEC_20 = "petstore-2.0.json";

    private static final Path FOLDER = Path.of(System.getProperty("basedir", "."))
            .resolve("../cli/src/main/resources/io/deliverygates/cli/demo/api");

    private ApiArtifacts() {
    }

    /** Copies the named artifacts into a workspace, on whichever machine it is. */
    static void install(FilePath workspace, String... names) throws IOException, InterruptedException {
        workspace.mkdirs();
        for (String name : names) {
            workspace.child(name).copyFrom(new FilePath(FOLDER.resolve(name).toFile()));
        }
    }
}
