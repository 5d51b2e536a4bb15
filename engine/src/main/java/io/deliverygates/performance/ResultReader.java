package io.deliverygates.performance;

import java.io.InputStream;
import java.util.List;

/** Reads one tool's result file into benchmarks. Implementations throw {@code InputException} naming the source. */
public interface ResultReader {
    /**
     * @param source the file's name, for error messages
     * @return the benchmarks in the file, never empty (an empty result is an error)
     */
    List<Benchmark> read(InputStream in, String source);
}
