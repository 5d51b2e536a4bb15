package io.jenkins.plugins.deliverygates;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import io.deliverygates.common.GateStatus;
import jenkins.model.RunAction2;
import org.springframework.security.access.AccessDeniedException;

/**
 * What every gate's build action shares: the verdict, the build it belongs to (set when attached or loaded, never
 * stored) and the reference build its "new"/delta figures were computed against. No page of its own: the build page shows the
 * subclass's {@code summary.jelly}.
 */
public abstract class GateAction implements RunAction2 {
    private final GateStatus status;
    private final String referenceBuildId;

    private transient Run<?, ?> owner;

    protected GateAction(GateStatus status, @CheckForNull String referenceBuildId) {
        this.status = status;
        this.referenceBuildId = referenceBuildId;
    }

    /** The gate's verdict. */
    public GateStatus getStatus() {
        return status;
    }

    /** The build the figures were compared with, if there was one and the current user may see it. */
    public @CheckForNull Run<?, ?> getReferenceBuild() {
        if (referenceBuildId == null) {
            return null;
        }
        try {
            return Run.fromExternalizableId(referenceBuildId);
        } catch (IllegalArgumentException | AccessDeniedException e) {
            return null;
        }
    }

    public @CheckForNull String getReferenceBuildId() {
        return referenceBuildId;
    }

    public @CheckForNull Run<?, ?> getOwner() {
        return owner;
    }

    /** Names where this action's stored data comes from, for messages about it: the build, or build.xml. */
    protected String source() {
        return owner == null ? "build.xml" : owner.getExternalizableId();
    }

    @Override
    public void onAttached(Run<?, ?> run) {
        owner = run;
    }

    @Override
    public void onLoad(Run<?, ?> run) {
        owner = run;
    }

    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getUrlName() {
        return null;
    }
}
