package io.deliverygates.cli;

import io.deliverygates.common.InputException;
import io.deliverygates.ledger.Commit;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the commits of a revision range with {@code git log}: id, author time and commit time. */
final class GitCommits {
    private GitCommits() {
    }

    static List<Commit> inRange(Path repository, String range) throws IOException, InterruptedException {
        if (range.startsWith("-")) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, "--commits-from-git",
                    "'" + range + "' is not a revision range");
        }
        StringWriter output = new StringWriter();
        int exit = ExternalCommand.run(List.of("git", "-C", repository.toString(), "log", "--format=%H %aI %cI", range, "--"),
                new PrintWriter(output));
        if (exit != 0) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, "--commits-from-git",
                    "git log " + range + " failed (exit " + exit + "): " + output.toString().strip());
        }
        List<Commit> commits = new ArrayList<>();
        for (String line : output.toString().split("\\R")) {
            String[] fields = line.trim().split(" ");
            if (fields.length == 3) {
                commits.add(new Commit(fields[0], Converters.parseTime(fields[1]), Converters.parseTime(fields[2])));
            }
        }
        return commits;
    }
}
