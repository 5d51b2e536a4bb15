package io.deliverygates.security;

/**
 * Makes the engine's own class loader the thread's context class loader while dependency-check runs, and restores
 * the previous one on {@link #close()}. dependency-check finds its data sources and analyzers (ServiceLoader) and
 * reads its SQL scripts (Guava's {@code Resources}) through the context class loader. Inside Jenkins that is not
 * the plugin's class loader, which holds the engine and dependency-check: the update then found no data source
 * ("already current" without asking the feed) or failed on {@code data/dbEcosystemCacheUpdates.sql not found}
 * (found by plugin/src/it/real-jenkins.sh).
 */
final class EngineClassLoader implements AutoCloseable {
    private final Thread thread = Thread.currentThread();
    private final ClassLoader previous = thread.getContextClassLoader();

    private EngineClassLoader() {
        thread.setContextClassLoader(EngineClassLoader.class.getClassLoader());
    }

    static EngineClassLoader enter() {
        return new EngineClassLoader();
    }

    @Override
    public void close() {
        thread.setContextClassLoader(previous);
    }
}
