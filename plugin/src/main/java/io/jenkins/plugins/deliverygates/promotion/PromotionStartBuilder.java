package io.jenkins.plugins.deliverygates.promotion;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.Launcher;
import hudson.Util;
import hudson.model.AbstractBuild;
import hudson.model.AbstractProject;
import hudson.model.BuildListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import io.deliverygates.promotion.StartedDeployment;
import java.io.IOException;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Freestyle: "Start a promotion". Put it before the build steps that deploy: it checks the environment order and
 * records the start of the deployment; the post-build action {@link PromotionFinishRecorder} records its end with
 * the build's result (if it is missing, the end of the build does). {@code to} and {@code version} may use build
 * variables, e.g. {@code ${VERSION}}.
 */
public class PromotionStartBuilder extends Builder {
    private final String to;
    private final String version;
    private String environments;
    private String fixesIncident;
    private String artifact;

    @DataBoundConstructor
    public PromotionStartBuilder(String to, String version) {
        this.to = Util.fixEmptyAndTrim(to);
        this.version = Util.fixEmptyAndTrim(version);
    }

    public String getTo() {
        return to;
    }

    public String getVersion() {
        return version;
    }

    public String getEnvironments() {
        return environments;
    }

    @DataBoundSetter
    public void setEnvironments(String environments) {
        this.environments = Util.fixEmptyAndTrim(environments);
    }

    public String getFixesIncident() {
        return fixesIncident;
    }

    @DataBoundSetter
    public void setFixesIncident(String fixesIncident) {
        this.fixesIncident = Util.fixEmptyAndTrim(fixesIncident);
    }

    public String getArtifact() {
        return artifact;
    }

    /** Files relative to the workspace to record with the deployment (for apiCompatibility), one per line. */
    @DataBoundSetter
    public void setArtifact(String artifact) {
        this.artifact = Util.fixEmptyAndTrim(artifact);
    }

    @Override
    public boolean perform(AbstractBuild<?, ?> build, Launcher launcher, BuildListener listener)
            throws InterruptedException, IOException {
        EnvVars env = build.getEnvironment(listener);
        PromotionParameters parameters = new PromotionParameters(expand(env, to), expand(env, version),
                environments, null, expand(env, fixesIncident), expand(env, artifact));
        StartedDeployment started = parameters.begin(build, build.getWorkspace());
        build.addAction(new FreestylePromotionAction(parameters, started));
        build.save();
        listener.getLogger().println(Messages.PromotionStartBuilder_Deploying(started.version(),
                started.environment(), started.deploymentId()));
        return true;
    }

    private static String expand(EnvVars env, String value) {
        return value == null ? null : Util.fixEmptyAndTrim(env.expand(value));
    }

    @Extension
    @Symbol("promotionStart")
    public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {
        @Override
        @SuppressWarnings("rawtypes") // the signature of BuildStepDescriptor
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.PromotionStartBuilder_DisplayName();
        }
    }
}
