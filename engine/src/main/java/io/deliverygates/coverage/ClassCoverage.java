package io.deliverygates.coverage;

import java.io.Serializable;

/**
 * One class: {@code name} is fully qualified with dots ({@code com.acme.Foo$Inner}); {@code sourceFile} is the file
 * name within the package ({@code Foo.java}), or null when the class file has no debug information.
 */
public record ClassCoverage(String name, String sourceFile, Counters counters) implements Serializable {
}
