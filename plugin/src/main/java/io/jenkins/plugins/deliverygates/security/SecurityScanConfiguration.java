package io.jenkins.plugins.deliverygates.security;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.ProxyConfiguration;
import hudson.Util;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import hudson.util.Secret;
import io.deliverygates.security.UpdateRequest;
import java.util.List;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
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
        save();
    }

    public String getFeedUrl() {
        return feedUrl;
    }

    /** NVD-format data feed (an internal mirror); blank means the NVD API. */
    @DataBoundSetter
    public void setFeedUrl(String feedUrl) {
        this.feedUrl = Util.fixEmptyAndTrim(feedUrl);
        save();
    }

    public String getNvdApiKeyCredentialsId() {
        return nvdApiKeyCredentialsId;
    }

    /** A Secret text credential holding the NVD API key (used when there is no feed URL). */
    @DataBoundSetter
    public void setNvdApiKeyCredentialsId(String nvdApiKeyCredentialsId) {
        this.nvdApiKeyCredentialsId = Util.fixEmptyAndTrim(nvdApiKeyCredentialsId);
        save();
    }

    public String getNvdApiEndpoint() {
        return nvdApiEndpoint;
    }

    /** A mirror of the NVD API (same protocol); blank means the NVD's own endpoint. */
    @DataBoundSetter
    public void setNvdApiEndpoint(String nvdApiEndpoint) {
        this.nvdApiEndpoint = Util.fixEmptyAndTrim(nvdApiEndpoint);
        save();
    }

    /** The NVD API key, or null; the caller must never print it. */
    Secret nvdApiKey() {
        if (nvdApiKeyCredentialsId == null) {
            return null;
        }
        StringCredentials credentials = CredentialsProvider.findCredentialByIdInItemGroup(nvdApiKeyCredentialsId,
                StringCredentials.class, Jenkins.get(), ACL.SYSTEM2, List.of());
        if (credentials == null) {
            throw new IllegalArgumentException("no Secret text credential '" + nvdApiKeyCredentialsId
                    + "' (Delivery Gates security scan configuration)");
        }
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
        String url = Util.fixEmptyAndTrim(value);
        if (url == null) {
            return FormValidation.ok("Without a feed URL the update uses the NVD API (set an API key).");
        }
        if (!url.startsWith("http://") && !url.startsWith("https://") && !url.startsWith("file:")) {
            return FormValidation.error("Use an http(s):// or file: URL of a folder with cache.properties.");
        }
        return FormValidation.ok();
    }
}
