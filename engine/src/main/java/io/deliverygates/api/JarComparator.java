package io.deliverygates.api;

import io.deliverygates.common.InputException;
import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.config.Options;
import japicmp.model.JApiBehavior;
import japicmp.model.JApiChangeStatus;
import japicmp.model.JApiClass;
import japicmp.model.JApiCompatibility;
import japicmp.model.JApiCompatibilityChange;
import japicmp.model.JApiCompatibilityChangeType;
import japicmp.model.JApiParameter;
import japicmp.output.semver.SemverOut;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.zip.ZipException;

/**
 * Compares two jars with japicmp: every binary or source incompatible change of the public and protected API
 * becomes an {@link ApiChange}; japicmp's own semantic-versioning answer is kept as {@link ApiComparison#toolLevel}.
 * Classes the jars refer to but do not contain (their dependencies) are not loaded: japicmp's
 * "ignore missing classes", so that a library compares without its dependency tree.
 */
public final class JarComparator {

    public ApiComparison compare(Path reference, String referenceParameter, Path candidate, String candidateParameter) {
        String referenceVersion = checkJar(reference, ApiInputs.source(referenceParameter, reference));
        String candidateVersion = checkJar(candidate, ApiInputs.source(candidateParameter, candidate));
        Options options = Options.newDefault();
        options.getIgnoreMissingClasses().setIgnoreAllMissingClasses(true);
        JarArchiveComparatorOptions comparatorOptions = JarArchiveComparatorOptions.of(options);
        List<JApiClass> classes;
        try {
            classes = new JarArchiveComparator(comparatorOptions).compare(
                    new JApiCmpArchive(reference.toFile(), versionOrUnknown(referenceVersion)),
                    new JApiCmpArchive(candidate.toFile(), versionOrUnknown(candidateVersion)));
        } catch (RuntimeException e) {
            // japicmp's own errors, and javassist's (plain RuntimeExceptions) for class files it cannot read
            throw new InputException(InputException.Problem.MALFORMED, candidate + " / " + reference,
                    InputException.NO_LINE, "japicmp cannot compare the jars: " + e.getMessage(), e);
        }
        ChangeLevel toolLevel = ChangeLevel.ofJapicmp(new SemverOut(options, classes).generate());
        List<ApiChange> breaking = new ArrayList<>();
        int additions = 0;
        for (JApiClass type : classes) {
            String name = type.getFullyQualifiedName();
            collect(breaking, type, name);
            if (type.getChangeStatus() == JApiChangeStatus.REMOVED) {
                continue; // one line for a removed class, not one per member
            }
            type.getInterfaces().forEach(i -> collect(breaking, i, name + " implements " + i.getFullyQualifiedName()));
            collect(breaking, type.getSuperclass(), name + " extends " + type.getSuperclass().getSuperclassOld());
            List<JApiBehavior> behaviors = new ArrayList<>(type.getConstructors());
            behaviors.addAll(type.getMethods());
            for (JApiBehavior behavior : behaviors) {
                collect(breaking, behavior, name + "#" + signature(behavior));
                additions += isAddition(behavior.getChangeStatus(), behavior) ? 1 : 0;
            }
            type.getFields().forEach(field -> collect(breaking, field, name + "#" + field.getName()));
            additions += (int) type.getFields().stream()
                    .filter(field -> isAddition(field.getChangeStatus(), field)).count();
            additions += isAddition(type.getChangeStatus(), type) ? 1 : 0;
        }
        if (toolLevel == ChangeLevel.MAJOR && breaking.isEmpty()) {
            // never weaker than japicmp: a major answer we could not attribute still counts as a break
            breaking.add(new ApiChange("MAJOR_CHANGE", candidate.getFileName().toString(),
                    "japicmp asks for a major version for a change it does not itemize", Impact.BINARY_AND_SOURCE));
        }
        return new ApiComparison(ApiKind.JAVA, reference.toString(), candidate.toString(), referenceVersion,
                candidateVersion, breaking, additions, toolLevel);
    }

    private static boolean isAddition(JApiChangeStatus status, JApiCompatibility element) {
        return status == JApiChangeStatus.NEW && element.isBinaryCompatible() && element.isSourceCompatible();
    }

    private static void collect(List<ApiChange> breaking, JApiCompatibility element, String location) {
        for (JApiCompatibilityChange change : element.getCompatibilityChanges()) {
            Impact impact = Impact.ofJava(change.isBinaryCompatible(), change.isSourceCompatible());
            if (impact != null) {
                breaking.add(new ApiChange(change.getType().name(), location, describe(change.getType()), impact));
            }
        }
    }

    /** {@code METHOD_REMOVED_IN_SUPERCLASS} -> "method removed in superclass". */
    private static String describe(JApiCompatibilityChangeType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String signature(JApiBehavior behavior) {
        return behavior.getName() + behavior.getParameters().stream().map(JApiParameter::getType)
                .collect(Collectors.joining(",", "(", ")"));
    }

    private static String versionOrUnknown(String version) {
        return version == null ? "0.0.0" : version;
    }

    /** Checks that the file is a readable jar with classes and returns its version (or null). */
    private static String checkJar(Path file, String source) {
        ApiInputs.requireFile(file, source);
        try (JarFile jar = new JarFile(file.toFile())) {
            boolean hasClasses = jar.stream().anyMatch(entry -> entry.getName().endsWith(".class"));
            if (!hasClasses) {
                throw new InputException(InputException.Problem.WRONG_FORMAT, source, "not a jar with classes");
            }
            return JarVersion.of(jar);
        } catch (ZipException e) {
            throw new InputException(InputException.Problem.WRONG_FORMAT, source, InputException.NO_LINE,
                    "not a jar (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new InputException(InputException.Problem.UNREADABLE, source, InputException.NO_LINE,
                    e.getMessage(), e);
        }
    }
}
