package io.deliverygates.metrics;

import java.util.Arrays;

/**
 * Per commit (by its index in an {@link IdIndex} of commit ids), its earliest successful deployment in each scope
 * (by the scope's slot) and the lead time it gave. Kept job-wide, so that a deployment looks each commit up once for
 * all its scopes instead of once per scope, and held in one array per scope rather than an object per commit (fewer
 * objects for the garbage collector to copy on a cold start).
 */
final class FirstDeployments {
    private final IdIndex commits;
    private final int expected;
    private Deployment[][] deployments = new Deployment[0][];
    private long[][] leadMs = new long[0][];

    /** {@code expected}: how many commits are likely (more are fine). */
    FirstDeployments(int expected) {
        commits = new IdIndex(expected);
        this.expected = expected;
    }

    /** The index of a commit id, added when new. */
    int commit(String id) {
        return commits.add(id);
    }

    Deployment deployment(int slot, int commit) {
        return slot < deployments.length && commit < deployments[slot].length ? deployments[slot][commit] : null;
    }

    long leadMs(int slot, int commit) {
        return leadMs[slot][commit];
    }

    /** Copies what slot {@code from} holds into slot {@code to}. */
    void copySlot(int from, int to) {
        ensureSlot(Math.max(from, to));
        deployments[to] = deployments[from].clone();
        leadMs[to] = leadMs[from].clone();
    }

    void set(int slot, int commit, Deployment deployment, long lead) {
        ensureSlot(slot);
        if (commit >= deployments[slot].length) {
            int length = Math.max(commit + 1, Math.max(expected, deployments[slot].length * 2));
            deployments[slot] = Arrays.copyOf(deployments[slot], length);
            leadMs[slot] = Arrays.copyOf(leadMs[slot], length);
        }
        deployments[slot][commit] = deployment;
        leadMs[slot][commit] = lead;
    }

    private void ensureSlot(int slot) {
        if (slot >= deployments.length) {
            int known = deployments.length;
            deployments = Arrays.copyOf(deployments, slot + 1);
            leadMs = Arrays.copyOf(leadMs, slot + 1);
            for (int i = known; i <= slot; i++) {
                deployments[i] = new Deployment[0];
                leadMs[i] = new long[0];
            }
        }
    }
}
