package io.jenkins.plugins.deliverygates.quality;

import hudson.FilePath;
import hudson.model.TopLevelItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jenkins.model.Jenkins;

/**
 * Real Cobertura reports for the plugin tests: the ones the engine's tests use, written by coverage.py 6.5 and
 * gcovr 5.2 (engine/src/test/resources/io/deliverygates/coverage/cobertura/source/README.md), read from the engine
 * module so that they exist once in the repository.
 */
final class Reports {
    /** coverage.py on the sample shop package: line 69.23 % (18/26), branch 50 % (5/10). */
    static final String COVERAGE_PY = "coverage-py.xml";
    /** gcovr on calc.c: line 76.92 % (10/13), branch 50 % (4/8). */
    static final String GCOVR = "gcovr.xml";

    private static final Path FOLDER = Path.of(System.getProperty("basedir", "."))
            .resolve("../engine/src/test/resources/io/deliverygates/coverage/cobertura");

    private Reports() {
    }

    /**
     * Puts a JaCoCo {@code .exec} ({@code build1.exec}) and the class files of the next build ({@code build2/})
     * into a workspace: a class mismatch (engine/src/test/resources/io/deliverygates/coverage/mismatch/README.md).
     */
    static void installMismatchedExec(FilePath workspace) throws IOException, InterruptedException {
        Path mismatch = FOLDER.resolveSibling("mismatch");
        workspace.child("build1.exec").copyFrom(mismatch.resolve("build1.exec").toUri().toURL());
        for (String name : new String[] {"Calc.class", "Same.class"}) {
            workspace.child("build2/mm/" + name).copyFrom(mismatch.resolve("build2/mm/" + name).toUri().toURL());
        }
    }

    /** Puts {@code report} into the job's workspace on the built-in node as {@code coverage.xml}. */
    static void install(Jenkins jenkins, TopLevelItem job, String report) throws IOException, InterruptedException {
        install(jenkins.getWorkspaceFor(job), report);
    }

    /** Puts {@code report} into a workspace, on whichever machine it is, as {@code coverage.xml}. */
    static void install(FilePath workspace, String report) throws IOException, InterruptedException {
        workspace.mkdirs();
        workspace.child("coverage.xml").write(Files.readString(FOLDER.resolve(report), StandardCharsets.UTF_8), "UTF-8");
    }
}
