package io.deliverygates.ledger;

/** What a ledger event records. New types may be added; readers skip types they do not know. */
public enum EventType {
    /** A build of the job finished (feeds the build duration trend). */
    BUILD_FINISHED,
    /** A deployment of a version to an environment began. */
    DEPLOYMENT_STARTED,
    /** A deployment ended; its outcome says how. */
    DEPLOYMENT_FINISHED,
    /** A health analysis of a deployment reached a verdict. */
    HEALTH_CHECKED,
    /** A deployment was rolled back; its outcome says whether the rollback itself worked. */
    ROLLBACK,
    /** An incident (a production failure) began, caused by the deployment it names. */
    INCIDENT_OPENED,
    /** An incident ended; the time between opened and resolved is the time to restore. */
    INCIDENT_RESOLVED
}
