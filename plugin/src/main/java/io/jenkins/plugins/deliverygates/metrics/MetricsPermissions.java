package io.jenkins.plugins.deliverygates.metrics;

import hudson.init.InitMilestone;
import hudson.init.Initializer;
import hudson.security.Permission;
import hudson.security.PermissionGroup;
import hudson.security.PermissionScope;
import jenkins.model.Jenkins;

/**
 * The permission that guards the Prometheus endpoints: they list every job's figures in one response, for a
 * scraper's account. Implied by Overall/Administer; grant it (matrix authorization) to the scraper's user.
 */
public final class MetricsPermissions {
    public static final PermissionGroup GROUP = new PermissionGroup(MetricsPermissions.class,
            Messages._MetricsPermissions_Group());

    public static final Permission VIEW_PROMETHEUS = new Permission(GROUP, "ViewPrometheus",
            Messages._MetricsPermissions_ViewPrometheus(), Jenkins.ADMINISTER, PermissionScope.JENKINS);

    private MetricsPermissions() {
    }

    /** Loads this class early so that the permission is listed in the authorization settings. */
    @Initializer(after = InitMilestone.PLUGINS_STARTED)
    public static void register() {
        // the static fields above register the permission
    }
}
