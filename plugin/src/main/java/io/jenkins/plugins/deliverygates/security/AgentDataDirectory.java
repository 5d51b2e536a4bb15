package io.jenkins.plugins.deliverygates.security;

import java.nio.file.Path;

/** The data directory as seen on the agent: the configured one, or the agent user's default. */
final class AgentDataDirectory {
    private AgentDataDirectory() {
    }

    /** Call on the agent: {@code user.home} is the agent's. */
    static Path resolve(String configured) {
        if (configured == null || configured.isBlank()) {
            return Path.of(System.getProperty("user.home"), ".delivery-gates", "nvd");
        }
        return Path.of(configured.trim());
    }
}
