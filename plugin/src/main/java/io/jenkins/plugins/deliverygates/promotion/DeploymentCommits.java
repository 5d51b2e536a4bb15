package io.jenkins.plugins.deliverygates.promotion;

import hudson.model.Cause;
import hudson.model.Run;
import hudson.scm.ChangeLogSet;
import io.deliverygates.ledger.Commit;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jenkins.scm.RunWithSCM;

/**
 * The commits a deployment brings: those of the build's own change sets and, when a build job triggered the
 * deployment job, those of the upstream builds (followed through {@link Cause.UpstreamCause}, several levels
 * deep). Each commit once. Commits whose SCM gives no id or time are left out: they cannot have a lead time.
 */
final class DeploymentCommits {
    /** Upstream chains longer than this are cut (they are loops or misconfigurations). */
    private static final int MAX_BUILDS = 50;

    private DeploymentCommits() {
    }

    static List<Commit> of(Run<?, ?> run) {
        Map<String, Commit> commits = new LinkedHashMap<>();
        Set<String> visited = new HashSet<>();
        Deque<Run<?, ?>> pending = new ArrayDeque<>();
        pending.add(run);
        while (!pending.isEmpty() && visited.size() < MAX_BUILDS) {
            Run<?, ?> build = pending.remove();
            if (!visited.add(build.getExternalizableId())) {
                continue;
            }
            if (build instanceof RunWithSCM<?, ?> withScm) {
                for (ChangeLogSet<? extends ChangeLogSet.Entry> changes : withScm.getChangeSets()) {
                    for (ChangeLogSet.Entry entry : changes) {
                        String id = entry.getCommitId();
                        long time = entry.getTimestamp();
                        if (id != null && time > 0) {
                            commits.putIfAbsent(id, new Commit(id, null, Instant.ofEpochMilli(time)));
                        }
                    }
                }
            }
            pending.addAll(upstream(build.getCauses()));
        }
        return new ArrayList<>(commits.values());
    }

    private static List<Run<?, ?>> upstream(List<Cause> causes) {
        List<Run<?, ?>> runs = new ArrayList<>();
        for (Cause cause : causes) {
            if (cause instanceof Cause.UpstreamCause upstreamCause) {
                Run<?, ?> upstream = upstreamCause.getUpstreamRun();
                if (upstream != null) {
                    runs.add(upstream);
                }
            }
        }
        return runs;
    }
}
