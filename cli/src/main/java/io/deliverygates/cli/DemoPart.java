package io.deliverygates.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * One area's part of {@code delivery-gates demo}: it runs the engine on embedded sample data and writes pages a
 * person can read. To add a part, implement this and add it to {@link DemoCommand#PARTS}.
 */
public interface DemoPart {
    /** The heading on the demo's index page and in the console, e.g. "Quality gate: coverage". */
    String title();

    /** The folder (below the demo's output folder) this part writes into, e.g. {@code quality-gate}. */
    String directory();

    /** What the part runs, in a sentence or two for the index page; empty for none. */
    default String description() {
        return "";
    }

    /**
     * Writes the part's files into {@code dir} (already created) and a short text summary to {@code out}: what ran
     * and its verdicts (the index page shows this text too).
     *
     * @return the pages to link from the index, relative to {@code dir}
     */
    List<Page> write(Path dir, PrintWriter out) throws IOException;

    /** A page a part wrote: its file name relative to the part's folder and its link text. */
    record Page(String file, String title) {
    }
}
