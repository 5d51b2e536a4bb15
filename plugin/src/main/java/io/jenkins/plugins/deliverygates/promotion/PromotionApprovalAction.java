package io.jenkins.plugins.deliverygates.promotion;

import hudson.model.Item;
import hudson.model.Run;
import hudson.security.SecurityRealm;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import jakarta.servlet.http.HttpServletResponse;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import jenkins.model.RunAction2;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.interceptor.RequirePOST;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The build's "Deployment approval" page, like the input step's: lists the deployments waiting for approval with
 * Approve and Reject buttons (POST). Only a listed submitter (user id or group, compared with the security
 * realm's id strategies) or an administrator may decide; anyone who may read the build sees the page.
 */
public final class PromotionApprovalAction implements RunAction2 {
    private static final Logger LOGGER = Logger.getLogger(PromotionApprovalAction.class.getName());
    /** How long a decision waits for the running steps to be loaded (after a restart they load lazily). */
    private static final long SETTLE_TIMEOUT_SECONDS = 60;

    private final List<PendingApproval> pending = new CopyOnWriteArrayList<>();
    private transient Run<?, ?> run;

    /** The build's action, added on first use. */
    static synchronized PromotionApprovalAction of(Run<?, ?> run) {
        PromotionApprovalAction action = run.getAction(PromotionApprovalAction.class);
        if (action == null) {
            action = new PromotionApprovalAction();
            run.addAction(action);
        }
        return action;
    }

    void add(PendingApproval approval) throws IOException {
        pending.add(approval);
        run.save();
    }

    void remove(String id) throws IOException {
        if (pending.removeIf(p -> p.getId().equals(id))) {
            run.save();
        }
    }

    public List<PendingApproval> getPending() {
        return new ArrayList<>(pending);
    }

    public Run<?, ?> getRun() {
        return run;
    }

    @Override
    public String getIconFileName() {
        return pending.isEmpty() ? null : "symbol-help-circle";
    }

    @Override
    public String getDisplayName() {
        return Messages.PromotionApprovalAction_DisplayName();
    }

    @Override
    public String getUrlName() {
        return "deployment-approval";
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        this.run = r;
    }

    @RequirePOST
    public HttpResponse doApprove(@QueryParameter String id) throws IOException {
        return settle(id, true);
    }

    @RequirePOST
    public HttpResponse doReject(@QueryParameter String id) throws IOException {
        return settle(id, false);
    }

    private HttpResponse settle(String id, boolean approved) throws IOException {
        run.checkPermission(Item.READ);
        Optional<PendingApproval> approval = pending.stream().filter(p -> p.getId().equals(id)).findFirst();
        if (approval.isEmpty()) {
            return HttpResponses.redirectToDot(); // already decided, or the build ended
        }
        Authentication user = Jenkins.getAuthentication2();
        if (!maySettle(user, approval.get().getSubmitter())) {
            throw HttpResponses.forbidden();
        }
        String userId = user.getName();
        AtomicBoolean received = new AtomicBoolean();
        try {
            StepExecution.acceptAll(PromoteStepExecution.class, execution -> {
                if (execution.settle(id, approved, userId)) {
                    received.set(true);
                }
            }).get(SETTLE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOGGER.log(Level.WARNING, "could not hand deployment approval " + id + " to its step", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!received.get()) {
            // Keep it: nothing has acted on it, so it must stay visible (and decidable again) rather than vanish.
            throw HttpResponses.error(HttpServletResponse.SC_CONFLICT,
                    Messages.PromotionApprovalAction_NotReceived(id));
        }
        remove(id);
        LOGGER.log(Level.FINE, "{0} {1} deployment {2}", new Object[] {userId, approved ? "approved" : "rejected", id});
        return HttpResponses.redirectToDot();
    }

    /** A listed user or member of a listed group, or an administrator (or anyone without security). */
    static boolean maySettle(Authentication user, String submitters) {
        Jenkins jenkins = Jenkins.get();
        if (!jenkins.isUseSecurity() || jenkins.hasPermission(Jenkins.ADMINISTER)) {
            return true;
        }
        SecurityRealm realm = jenkins.getSecurityRealm();
        List<String> allowed = Arrays.stream(submitters.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
        for (String submitter : allowed) {
            if (realm.getUserIdStrategy().equals(user.getName(), submitter)) {
                return true;
            }
            for (GrantedAuthority authority : user.getAuthorities()) {
                if (realm.getGroupIdStrategy().equals(authority.getAuthority(), submitter)) {
                    return true;
                }
            }
        }
        return false;
    }
}
