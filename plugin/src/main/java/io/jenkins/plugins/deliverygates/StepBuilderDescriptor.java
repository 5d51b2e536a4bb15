package io.jenkins.plugins.deliverygates;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.AbstractProject;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import org.jvnet.localizer.Localizable;

/**
 * The descriptor of a freestyle build step whose whole configuration is one Pipeline step (a nested field shown with
 * {@code f:property}): the form, the help of every field and the form validation are the step's, so this one only
 * says that the build step fits every kind of project and carries the step's name.
 */
public abstract class StepBuilderDescriptor extends BuildStepDescriptor<Builder> {
    private final Localizable displayName;

    /** @param displayName the Pipeline step's display name (its {@code Messages} key) */
    protected StepBuilderDescriptor(Localizable displayName) {
        this.displayName = displayName;
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return displayName.toString();
    }

    @Override
    @SuppressWarnings("rawtypes") // the overridden signature is raw
    public boolean isApplicable(Class<? extends AbstractProject> jobType) {
        return true;
    }
}
