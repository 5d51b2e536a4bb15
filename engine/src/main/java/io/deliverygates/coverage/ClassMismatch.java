package io.deliverygates.coverage;

import java.io.Serializable;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Classes whose execution data was recorded for other class files than those analysed (same name, another class
 * id: JaCoCo's "Some classes do not match with execution data"). Their coverage counts as missed, so a gate on them
 * measures nothing. Only the count and the first {@link #MAX_EXAMPLES} names are kept, so a summary stays small
 * when a whole build is mismatched.
 *
 * @param classes  how many classes do not match
 * @param examples the first of their names, sorted
 * @param execFiles the {@code .exec} files the data came from
 */
public record ClassMismatch(long classes, List<String> examples, List<String> execFiles) implements Serializable {
    public static final int MAX_EXAMPLES = 10;
    public static final ClassMismatch NONE = new ClassMismatch(0, List.of(), List.of());

    public ClassMismatch {
        examples = examples == null ? List.of() : examples.stream().sorted().limit(MAX_EXAMPLES).toList();
        execFiles = execFiles == null ? List.of() : List.copyOf(execFiles);
    }

    /** The mismatch of the given class names (dots), read from {@code execFiles}. */
    public static ClassMismatch of(List<String> classNames, List<String> execFiles) {
        return classNames.isEmpty() ? NONE : new ClassMismatch(classNames.size(), classNames, execFiles);
    }

    public boolean any() {
        return classes > 0;
    }

    /** Both mismatches, as when their trees are merged. */
    public ClassMismatch plus(ClassMismatch other) {
        if (!other.any()) {
            return this;
        }
        if (!any()) {
            return other;
        }
        return new ClassMismatch(classes + other.classes,
                Stream.concat(examples.stream(), other.examples.stream()).collect(Collectors.toCollection(TreeSet::new))
                        .stream().toList(),
                Stream.concat(execFiles.stream(), other.execFiles.stream()).distinct().toList());
    }

    /** The one-line explanation shown as a warning or an error. */
    public String describe() {
        return classes + (classes == 1 ? " class does" : " classes do") + " not match the execution data of "
                + String.join(", ", execFiles) + " (" + String.join(", ", examples)
                + (classes > examples.size() ? ", ..." : "") + "): the class files analysed are not those the tests"
                + " ran with (another build?), so their coverage counts as missed. Give the class files of the build"
                + " that was tested";
    }
}
