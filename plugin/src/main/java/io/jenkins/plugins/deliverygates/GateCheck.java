package io.jenkins.plugins.deliverygates;

import java.io.IOException;
import java.util.Map;

/**
 * A gate (or the database update) with a step's parameters bound: the Pipeline step and its freestyle build step run
 * the same one.
 */
@FunctionalInterface
public interface GateCheck {
    /**
     * @return the Pipeline step's return value: plain maps, lists, strings and numbers
     * @throws hudson.AbortException for bad input (naming the file or parameter) and for a FAILED verdict
     */
    Map<String, Object> run(GateContext at) throws IOException, InterruptedException;
}
