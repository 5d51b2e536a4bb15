package io.jenkins.plugins.deliverygates.health;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.Util;
import hudson.util.FormValidation;
import java.net.URI;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * Where health probes may run (Manage Jenkins » System; JCasC: {@code unclassified: deliveryHealth:
 * controllerUrls: ...}). Probes run on the agent of the enclosing {@code node} block; only the URLs an administrator
 * lists here may be probed from the controller (a {@code healthRollback} outside {@code node}), because the
 * controller's network position is not the job's to use.
 */
@Extension
@Symbol("deliveryHealth")
public class HealthProbeSettings extends GlobalConfiguration {
    private String controllerUrls;

    public HealthProbeSettings() {
        load();
    }

    public static HealthProbeSettings get() {
        return ExtensionList.lookupSingleton(HealthProbeSettings.class);
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return Messages.HealthProbeSettings_DisplayName();
    }

    public String getControllerUrls() {
        return controllerUrls;
    }

    /** URL prefixes, one per line, that probes may request from the controller; stored as given. */
    @DataBoundSetter
    public void setControllerUrls(String controllerUrls) {
        this.controllerUrls = Util.fixEmptyAndTrim(controllerUrls);
    }

    /** Whether a probe of {@code url} may run on the controller; an unusable entry allows nothing. */
    boolean allowsOnController(URI url) {
        try {
            return ControllerProbeAllowList.parse(controllerUrls).allows(url);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        String urls = json.optString("controllerUrls", null);
        String problem = ControllerProbeAllowList.firstProblem(urls).orElse(null);
        if (problem != null) {
            throw new FormException(problem, "controllerUrls");
        }
        req.bindJSON(this, json);
        save();
        return true;
    }

    @POST
    public FormValidation doCheckControllerUrls(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return ControllerProbeAllowList.firstProblem(value).map(FormValidation::error)
                .orElse(FormValidation.ok());
    }
}
