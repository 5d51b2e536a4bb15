package io.jenkins.plugins.deliverygates.promotion;

/**
 * A deployment waiting for a person's approval, kept with the build (so it survives a restart). A plain class,
 * not a record: build.xml is written by XStream.
 */
public final class PendingApproval {
    private final String id;
    private final String environment;
    private final String version;
    private final String submitter;

    PendingApproval(String id, String environment, String version, String submitter) {
        this.id = id;
        this.environment = environment;
        this.version = version;
        this.submitter = submitter;
    }

    /** Identifies the waiting step. */
    public String getId() {
        return id;
    }

    public String getEnvironment() {
        return environment;
    }

    public String getVersion() {
        return version;
    }

    /** The question the approval page asks, localized. */
    public String getQuestion() {
        return Messages.PendingApproval_Question(version, environment, submitter);
    }

    /** Users or groups (comma-separated) who may approve. */
    public String getSubmitter() {
        return submitter;
    }
}
