package io.deliverygates.coverage;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Two builds of the same small project, compiled with javac, and the real JaCoCo execution data of a run of the
 * first: analysing {@link #exec} against {@link #build2} is a class mismatch (same class name, another class id).
 * {@code mm.Same} is identical in both builds; {@code mm.Calc} changed.
 *
 * @param build1 the class folder the tests ran with
 * @param build2 the class folder of the next build
 * @param exec   the execution data of a run of {@code mm.Calc} from build 1
 */
public record TwoBuilds(Path build1, Path build2, Path exec) {
    private static final String CALC = "package mm;\npublic class Calc implements Runnable {\n"
            + "    public void run() {\n        int sum = 0;\n        for (int i = 0; i < 3; i++) {\n"
            + "            sum += i;\n        }\n        if (sum < 0) {\n            throw new IllegalStateException();\n"
            + "        }\n    }\n}\n";
    private static final String SAME = "package mm;\npublic class Same {\n    public int one() {\n"
            + "        return 1;\n    }\n}\n";

    /** Compiles both builds into {@code dir} and runs the first under JaCoCo. */
    public static TwoBuilds create(Path dir) throws Exception {
        Path build1 = compile(dir, "build1", CALC);
        Path build2 = compile(dir, "build2", CALC.replace("i < 3", "i < 4").replace("sum < 0", "sum < -1"));
        return new TwoBuilds(build1, build2, JacocoRun.execute(build1, "mm.Calc", dir.resolve("build1.exec")));
    }

    private static Path compile(Path dir, String name, String calc) throws Exception {
        Path sources = Files.createDirectories(dir.resolve(name + "-src/mm"));
        Files.writeString(sources.resolve("Calc.java"), calc);
        Files.writeString(sources.resolve("Same.java"), SAME);
        Path classes = Files.createDirectories(dir.resolve(name));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int code = javac.run(null, null, null, "-d", classes.toString(), sources.resolve("Calc.java").toString(),
                sources.resolve("Same.java").toString());
        if (code != 0) {
            throw new IllegalStateException("javac failed with exit code " + code);
        }
        return classes;
    }
}
