package io.jenkins.plugins.deliverygates.health;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.model.Run;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import hudson.util.ListBoxModel;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;
import hudson.model.TaskListener;
import io.deliverygates.common.DurationText;
import io.deliverygates.health.AnalysisSpec;
import io.deliverygates.health.BodyCondition;
import io.deliverygates.health.ProbeSpec;
import io.deliverygates.health.StatusCodes;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code healthRollback(url: ..., ...) { rollback }}: an Argo-style health analysis of a deployment; the body is
 * the rollback and runs only when the analysis fails. The probes run on the agent of the enclosing {@code node}
 * block; outside one, only URLs on the administrator's allow-list ({@link HealthProbeSettings}) are probed, from the
 * controller. Parameters: docs/promotion-and-rollback.md.
 */
public final class HealthRollbackStep extends Step {
    private final String url;
    private String method = "GET";
    private String expectedStatus = "200-299";
    private String body;
    private String timeout = "5s";
    private String credentialsId;
    private String headerName = "Authorization";
    private String headerPrefix = "Bearer ";
    private String caCertificate;
    private boolean verifyTls = true;
    private String initialDelay = "0s";
    private String interval = "10s";
    private int count;
    private String duration;
    private int successThreshold;
    private int failureLimit;
    private int consecutiveErrorLimit = AnalysisSpec.DEFAULT_CONSECUTIVE_ERROR_LIMIT;
    private boolean rollbackOnInconclusive;
    private String environment;
    private String version;
    private String deploymentId;

    @DataBoundConstructor
    public HealthRollbackStep(String url) {
        this.url = Util.fixEmptyAndTrim(url);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new HealthRollbackExecution(this, context);
    }

    /**
     * The probe without its secret header (that is added from the credentials for each measurement, so it never
     * reaches the saved program state).
     *
     * @throws io.deliverygates.common.InputException naming a parameter with an unusable value
     */
    ProbeSpec probeSpec() {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url);
        } catch (URISyntaxException e) {
            throw new io.deliverygates.common.InputException(
                    io.deliverygates.common.InputException.Problem.INVALID_PARAMETER, "url",
                    Messages.HealthRollbackStep_NotUrl(url, e.getReason()));
        }
        return new ProbeSpec(uri, method, StatusCodes.parse(expectedStatus, "expectedStatus"),
                body == null ? null : BodyCondition.parse(body, "body"), DurationText.parse(timeout, "timeout"),
                null, caCertificate, verifyTls);
    }

    AnalysisSpec analysisSpec() {
        Duration limit = duration == null ? null : DurationText.parse(duration, "duration");
        return new AnalysisSpec(DurationText.parse(initialDelay, "initialDelay"),
                DurationText.parse(interval, "interval"), count, limit, successThreshold, failureLimit,
                consecutiveErrorLimit);
    }

    public String getUrl() {
        return url;
    }

    public String getMethod() {
        return method;
    }

    @DataBoundSetter
    public void setMethod(String method) {
        this.method = Util.fixEmptyAndTrim(method) == null ? "GET" : method.trim();
    }

    public String getExpectedStatus() {
        return expectedStatus;
    }

    @DataBoundSetter
    public void setExpectedStatus(String expectedStatus) {
        this.expectedStatus = Util.fixEmptyAndTrim(expectedStatus) == null ? "200-299" : expectedStatus.trim();
    }

    public String getBody() {
        return body;
    }

    @DataBoundSetter
    public void setBody(String body) {
        this.body = Util.fixEmpty(body);
    }

    public String getTimeout() {
        return timeout;
    }

    @DataBoundSetter
    public void setTimeout(String timeout) {
        this.timeout = Util.fixEmptyAndTrim(timeout) == null ? "5s" : timeout.trim();
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    /** A Secret text credential sent as {@code headerName: headerPrefix + secret}. */
    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    public String getHeaderName() {
        return headerName;
    }

    @DataBoundSetter
    public void setHeaderName(String headerName) {
        this.headerName = Util.fixEmptyAndTrim(headerName) == null ? "Authorization" : headerName.trim();
    }

    public String getHeaderPrefix() {
        return headerPrefix;
    }

    @DataBoundSetter
    public void setHeaderPrefix(String headerPrefix) {
        this.headerPrefix = headerPrefix == null ? "" : headerPrefix;
    }

    public String getCaCertificate() {
        return caCertificate;
    }

    /** PEM text of the CA certificate(s) to trust, e.g. {@code readFile('ca.pem')}. */
    @DataBoundSetter
    public void setCaCertificate(String caCertificate) {
        this.caCertificate = Util.fixEmptyAndTrim(caCertificate);
    }

    public boolean isVerifyTls() {
        return verifyTls;
    }

    @DataBoundSetter
    public void setVerifyTls(boolean verifyTls) {
        this.verifyTls = verifyTls;
    }

    public String getInitialDelay() {
        return initialDelay;
    }

    @DataBoundSetter
    public void setInitialDelay(String initialDelay) {
        this.initialDelay = Util.fixEmptyAndTrim(initialDelay) == null ? "0s" : initialDelay.trim();
    }

    public String getInterval() {
        return interval;
    }

    @DataBoundSetter
    public void setInterval(String interval) {
        this.interval = Util.fixEmptyAndTrim(interval) == null ? "10s" : interval.trim();
    }

    public int getCount() {
        return count;
    }

    @DataBoundSetter
    public void setCount(int count) {
        this.count = count;
    }

    public String getDuration() {
        return duration;
    }

    @DataBoundSetter
    public void setDuration(String duration) {
        this.duration = Util.fixEmptyAndTrim(duration);
    }

    public int getSuccessThreshold() {
        return successThreshold;
    }

    @DataBoundSetter
    public void setSuccessThreshold(int successThreshold) {
        this.successThreshold = successThreshold;
    }

    public int getFailureLimit() {
        return failureLimit;
    }

    @DataBoundSetter
    public void setFailureLimit(int failureLimit) {
        this.failureLimit = failureLimit;
    }

    public int getConsecutiveErrorLimit() {
        return consecutiveErrorLimit;
    }

    @DataBoundSetter
    public void setConsecutiveErrorLimit(int consecutiveErrorLimit) {
        this.consecutiveErrorLimit = consecutiveErrorLimit;
    }

    public boolean isRollbackOnInconclusive() {
        return rollbackOnInconclusive;
    }

    @DataBoundSetter
    public void setRollbackOnInconclusive(boolean rollbackOnInconclusive) {
        this.rollbackOnInconclusive = rollbackOnInconclusive;
    }

    public String getEnvironment() {
        return environment;
    }

    /**
     * The environment whose deployment is judged (and where incidents and rollbacks are recorded); empty means the
     * environment this build last promoted to, or production when it promoted nothing ({@link BuildPromotion}).
     */
    @DataBoundSetter
    public void setEnvironment(String environment) {
        this.environment = Util.fixEmptyAndTrim(environment);
    }

    public String getVersion() {
        return version;
    }

    @DataBoundSetter
    public void setVersion(String version) {
        this.version = Util.fixEmptyAndTrim(version);
    }

    public String getDeploymentId() {
        return deploymentId;
    }

    @DataBoundSetter
    public void setDeploymentId(String deploymentId) {
        this.deploymentId = Util.fixEmptyAndTrim(deploymentId);
    }

    @Extension
    @Symbol("healthRollback")
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "healthRollback";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.HealthRollbackStep_DisplayName();
        }

        @Override
        public boolean takesImplicitBlockArgument() {
            return true;
        }

        /** Run and TaskListener; a FilePath (the enclosing node) is used when present, see {@link ProbeSite}. */
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }

        /**
         * The Secret text credentials the job may use, for those who may configure it; others see only the current
         * value (no enumeration of credentials through the form).
         */
        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
            StandardListBoxModel model = new StandardListBoxModel();
            boolean allowed = item == null ? Jenkins.get().hasPermission(Jenkins.ADMINISTER)
                    : item.hasPermission(Item.EXTENDED_READ) || item.hasPermission(CredentialsProvider.USE_ITEM);
            if (!allowed) {
                return model.includeCurrentValue(credentialsId);
            }
            model.includeEmptyValue();
            if (item == null) {
                model.includeMatchingAs(ACL.SYSTEM2, Jenkins.get(), StringCredentials.class, List.of(),
                        CredentialsMatchers.always());
            } else {
                model.includeMatchingAs(item instanceof Queue.Task task ? Tasks.getAuthenticationOf2(task)
                        : ACL.SYSTEM2, item, StringCredentials.class, List.of(), CredentialsMatchers.always());
            }
            return model.includeCurrentValue(credentialsId);
        }
    }
}
