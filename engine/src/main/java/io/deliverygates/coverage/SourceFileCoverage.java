package io.deliverygates.coverage;

import java.io.Serializable;

/**
 * One source file: {@code path} is the file's path as the report names it, for JaCoCo the package path plus the
 * file name ({@code com/acme/Foo.java}), for Cobertura the {@code filename} attribute ({@code src/app/util.py}).
 */
public record SourceFileCoverage(String path, Counters counters) implements Serializable {
}
