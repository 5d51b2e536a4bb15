package io.jenkins.plugins.deliverygates.security;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.ProxyConfiguration;
import hudson.Util;
import hudson.security.ACL;
import hudson.model.Run;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import hudson.util.Secret;
import io.deliverygates.security.UpdateRequest;
import java.util.List;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * Manage Jenkins → System → "Delivery Gates security scan": where agents keep the vulnerability database, and where
 * the update gets its data. JCasC: {@code unclassified: deliveryGatesSecurity: dataDirectory: ..., feedUrl: ...,
 * nvdApiKeyCredentialsId: ...}.
 */
@Extension
@Symbol("deliveryGatesSecurity")
public class SecurityScanConfiguration extends GlobalConfiguration {
    private String dataDirectory;
    private String feedUrl;
    private String nvdApiKeyCredentialsId;
    private String nvdApiEndpoint;

    public SecurityScanConfiguration() {
        load();
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return Messages.SecurityScanConfiguration_DisplayName();
    }

    /** Validates the form (a bad value is a form error, not a server error), then binds it and saves once. */
    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        String directory = Util.fixEmptyAndTrim(json.optString("dataDirectory", null));
        if (directory != null && !isAbsolute(directory)) {
            throw new FormException(Messages.SecurityScanConfiguration_DataDirectoryRelative(), "dataDirectory");
        }
        FormValidation feed = checkFeedUrl(json.optString("feedUrl", null));
        if (feed.kind == FormValidation.Kind.ERROR) {
            throw new FormException(feed.getMessage(), "feedUrl");
        }
        req.bindJSON(this, json);
        save();
        return true;
    }

    private static boolean isAbsolute(String path) {
        return path.startsWith("/") || path.matches("^[A-Za-z]:[\\\\/].*") || path.startsWith("\\\\");
    }

    public static SecurityScanConfiguration get() {
        return ExtensionList.lookupSingleton(SecurityScanConfiguration.class);
    }

    public String getDataDirectory() {
        return dataDirectory;
    }

    /** Data directory on each agent; blank means {@code ~/.delivery-gates/nvd} of the agent's user. */
    @DataBoundSetter
    public void setDataDirectory(String dataDirectory) {
        this.dataDirectory = Util.fixEmptyAndTrim(dataDirectory);
    }

    public String getFeedUrl() {
        return feedUrl;
    }

    /** NVD-format data feed (an internal mirror); blank means the NVD API. */
    @DataBoundSetter
    public void setFeedUrl(String feedUrl) {
        this.feedUrl = Util.fixEmptyAndTrim(feedUrl);
    }

    public String getNvdApiKeyCredentialsId() {
        return nvdApiKeyCredentialsId;
    }

    /** A Secret text credential holding the NVD API key (used when there is no feed URL). */
    @DataBoundSetter
    public void setNvdApiKeyCredentialsId(String nvdApiKeyCredentialsId) {
        this.nvdApiKeyCredentialsId = Util.fixEmptyAndTrim(nvdApiKeyCredentialsId);
    }

    public String getNvdApiEndpoint() {
        return nvdApiEndpoint;
    }

    /** A mirror of the NVD API (same protocol); blank means the NVD's own endpoint. */
    @DataBoundSetter
    public void setNvdApiEndpoint(String nvdApiEndpoint) {
        this.nvdApiEndpoint = Util.fixEmptyAndTrim(nvdApiEndpoint);
    }

    /**
     * The NVD API key for the build that runs the update, or null; the caller must never print it. Looked up with
     * the build's own context (the credentials its job may use, not the controller's SYSTEM ones) and tracked, so
     * the credential's usage page lists the build.
     *
     * @throws AbortException when the build may use no such credential
     */
    Secret nvdApiKey(Run<?, ?> run) throws AbortException {
        if (nvdApiKeyCredentialsId == null) {
            return null;
        }
        StringCredentials credentials = CredentialsProvider.findCredentialById(nvdApiKeyCredentialsId,
                StringCredentials.class, run);
        if (credentials == null) {
            throw new AbortException(Messages.SecurityScanConfiguration_NoCredential(nvdApiKeyCredentialsId));
        }
        CredentialsProvider.track(run, credentials);
        return credentials.getSecret();
    }

    /** Jenkins' proxy (Manage Jenkins → Plugins → Advanced), or null. Proxy authentication is not passed on. */
    static UpdateRequest.Proxy proxy() {
        ProxyConfiguration proxy = Jenkins.get().getProxy();
        if (proxy == null || Util.fixEmptyAndTrim(proxy.name) == null) {
            return null;
        }
        return new UpdateRequest.Proxy(proxy.name, proxy.port, proxy.getNoProxyHost());
    }

    @POST
    public ListBoxModel doFillNvdApiKeyCredentialsIdItems(@QueryParameter String nvdApiKeyCredentialsId) {
        StandardListBoxModel model = new StandardListBoxModel();
        if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
            return model.includeCurrentValue(nvdApiKeyCredentialsId);
        }
        model.includeEmptyValue();
        model.includeMatchingAs(ACL.SYSTEM2, Jenkins.get(), StringCredentials.class, List.of(),
                com.cloudbees.plugins.credentials.CredentialsMatchers.always());
        return model.includeCurrentValue(nvdApiKeyCredentialsId);
    }

    @POST
    public FormValidation doCheckFeedUrl(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return checkFeedUrl(value);
    }

    @POST
    public FormValidation doCheckDataDirectory(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        String directory = Util.fixEmptyAndTrim(value);
        return directory == null || isAbsolute(directory) ? FormValidation.ok()
                : FormValidation.error(Messages.SecurityScanConfiguration_DataDirectoryRelative());
    }

    private static FormValidation checkFeedUrl(String value) {
        String url = Util.fixEmptyAndTrim(value);
        if (url == null) {
            return FormValidation.ok(Messages.SecurityScanConfiguration_FeedUrlDefault());
        }
        if (!url.startsWith("http://") && !url.startsWith("https://") && !url.startsWith("file:")) {
            return FormValidation.error(Messages.SecurityScanConfiguration_FeedUrlScheme());
        }
        return FormValidation.ok();
    }
}
