package io.deliverygates.api;

import io.deliverygates.common.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks an input file before a comparator reads it, so that every problem is one clear line. */
final class ApiInputs {
    private ApiInputs() {
    }

    /**
     * The file's size, after checking that it exists, is a regular readable file and is not empty.
     *
     * @param source names the parameter and file in errors
     */
    static long requireFile(Path file, String source) {
        if (!Files.exists(file)) {
            throw new InputException(InputException.Problem.NOT_FOUND, source, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(InputException.Problem.WRONG_FORMAT, source, "not a file");
        }
        if (!Files.isReadable(file)) {
            throw new InputException(InputException.Problem.UNREADABLE, source, "cannot be read");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new InputException(InputException.Problem.EMPTY, source, "the file is empty");
            }
            return size;
        } catch (IOException e) {
            throw new InputException(InputException.Problem.UNREADABLE, source, InputException.NO_LINE,
                    e.getMessage(), e);
        }
    }

    /** {@code --reference /x/a.jar} style names for errors. */
    static String source(String parameter, Path file) {
        return parameter == null || parameter.isEmpty() ? file.toString() : parameter + " " + file;
    }
}
