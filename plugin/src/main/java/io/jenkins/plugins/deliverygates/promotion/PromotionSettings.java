package io.jenkins.plugins.deliverygates.promotion;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.Util;
import hudson.util.FormValidation;
import io.deliverygates.common.InputException;
import io.deliverygates.promotion.EnvironmentChain;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * The global environment order of promotions (Manage Jenkins » System; JCasC:
 * {@code unclassified: deliveryPromotion: environments: "dev,staging:1h,production"}). A job's own
 * {@code environments} parameter overrides it; without either, {@value EnvironmentChain#DEFAULT}.
 */
@Extension
@Symbol("deliveryPromotion")
public class PromotionSettings extends GlobalConfiguration {
    private String environments;

    public PromotionSettings() {
        load();
    }

    public static PromotionSettings get() {
        return ExtensionList.lookupSingleton(PromotionSettings.class);
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return Messages.PromotionSettings_DisplayName();
    }

    public String getEnvironments() {
        return environments;
    }

    /**
     * The environment order, e.g. {@code dev,staging:1h,production}; empty for the default. Stored as given: the
     * form refuses an unusable order ({@link #configure}), and a promotion names the problem if one gets here.
     */
    @DataBoundSetter
    public void setEnvironments(String value) {
        environments = Util.fixEmptyAndTrim(value);
    }

    /** Validates the form (a bad order is a form error naming the field, not a server error), binds it, saves once. */
    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        String chain = Util.fixEmptyAndTrim(json.optString("environments", null));
        if (chain != null) {
            try {
                EnvironmentChain.parse(chain, "environments");
            } catch (InputException e) {
                throw new FormException(e.getMessage(), "environments");
            }
        }
        req.bindJSON(this, json);
        save();
        return true;
    }

    @POST
    public FormValidation doCheckEnvironments(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        if (Util.fixEmptyAndTrim(value) == null) {
            return FormValidation.ok(Messages.PromotionSettings_Default(EnvironmentChain.DEFAULT));
        }
        try {
            return FormValidation.ok(Messages.PromotionSettings_Order(EnvironmentChain.parse(value, "environments")));
        } catch (InputException e) {
            return FormValidation.error(e.getMessage());
        }
    }
}
