package io.jenkins.plugins.deliverygates;

import io.deliverygates.common.InputException;
import java.util.Arrays;

/**
 * The rule for every path or pattern a job gives: relative to the workspace, never absolute and never with a
 * {@code ..} segment. On the built-in node a job must not reach the controller's files, and on an agent not the
 * agent's other jobs' files; only administrators' global settings name absolute paths.
 */
public final class WorkspacePaths {
    private WorkspacePaths() {
    }

    /**
     * @throws InputException (UNSAFE, naming {@code parameter}) when {@code path} leaves the workspace
     */
    public static String requireInside(String path, String parameter) {
        String slashes = path.replace('\\', '/');
        if (slashes.startsWith("/") || slashes.startsWith("~") || slashes.matches("^[A-Za-z]:.*")
                || Arrays.asList(slashes.split("/")).contains("..")) {
            throw new InputException(InputException.Problem.UNSAFE, parameter,
                    Messages.WorkspacePaths_Outside(path));
        }
        return path;
    }
}
