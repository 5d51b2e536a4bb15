package io.deliverygates.metrics;

import java.util.Arrays;

/**
 * One commit's earliest successful deployment in each scope (indexed by the scope's slot) and the lead time it
 * gave. Kept job-wide, one per commit, so that a deployment looks each commit up once for all its scopes instead of
 * once per scope (those look-ups were most of the cold cost).
 */
final class FirstDeployments {
    private Deployment[] deployments;
    private long[] leadMs;

    /** {@code slots}: the scopes known now (more may appear later; the arrays grow then). */
    FirstDeployments(int slots) {
        deployments = new Deployment[slots];
        leadMs = new long[slots];
    }

    Deployment deployment(int slot) {
        return slot < deployments.length ? deployments[slot] : null;
    }

    long leadMs(int slot) {
        return leadMs[slot];
    }

    void set(int slot, Deployment deployment, long lead) {
        if (slot >= deployments.length) {
            deployments = Arrays.copyOf(deployments, slot + 1);
            leadMs = Arrays.copyOf(leadMs, slot + 1);
        }
        deployments[slot] = deployment;
        leadMs[slot] = lead;
    }
}
