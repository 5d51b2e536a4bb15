package org.slf4j.bridge;

import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * Stands in, inside Jenkins, for jul-to-slf4j's bridge, which this plugin does not bundle.
 *
 * <p>dependency-check-core's CPE index calls {@code removeHandlersForRootLogger()} and {@code install()} in a static
 * initializer. In a Jenkins JVM that would remove Jenkins' own log handlers and, since Jenkins routes SLF4J to
 * java.util.logging, send every log record round the loop until the stack overflows. Inside Jenkins the right
 * behaviour is to leave java.util.logging alone, so these methods do nothing. The command line bundles the real
 * bridge; this class exists only in the plugin.
 */
public final class SLF4JBridgeHandler extends Handler {

    private SLF4JBridgeHandler() {
    }

    /** Does nothing: Jenkins' root log handlers stay. */
    public static void removeHandlersForRootLogger() {
        // intentionally empty, see the class comment
    }

    /** Does nothing: no record is sent from java.util.logging to SLF4J and back. */
    public static void install() {
        // intentionally empty, see the class comment
    }

    /** Does nothing: nothing was installed. */
    public static void uninstall() {
        // intentionally empty, see the class comment
    }

    /** Always false: the bridge is never installed inside Jenkins. */
    public static boolean isInstalled() {
        return false;
    }

    @Override
    public void publish(LogRecord logRecord) {
        // never installed, so never called
    }

    @Override
    public void flush() {
        // nothing buffered
    }

    @Override
    public void close() {
        // nothing held
    }
}
