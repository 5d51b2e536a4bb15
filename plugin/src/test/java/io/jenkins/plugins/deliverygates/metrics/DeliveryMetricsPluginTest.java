package io.jenkins.plugins.deliverygates.metrics;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hudson.model.FreeStyleProject;
import hudson.model.Item;
import io.deliverygates.demo.DemoLedger;
import io.deliverygates.metrics.LevelBands;
import io.deliverygates.metrics.Metric;
import io.deliverygates.metrics.MetricsConfig;
import io.deliverygates.metrics.Objective;
import io.jenkins.plugins.deliverygates.promotion.JobLedger;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import jenkins.model.Jenkins;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class DeliveryMetricsPluginTest {
    private JenkinsRule r;
    private FreeStyleProject shop;
    private FreeStyleProject secret;
    private FreeStyleProject noLedger;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        r = rule;
        shop = r.createFreeStyleProject("shop");
        secret = r.createFreeStyleProject("secret");
        noLedger = r.createFreeStyleProject("no-ledger");
        var ledgers = new DemoLedger(5, Instant.now()).eventsByJob().values().iterator();
        JobLedger.of(shop).appendAll(ledgers.next());
        JobLedger.of(secret).appendAll(ledgers.next());
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ).everywhere().to("alice", "scraper")
                .grant(Item.READ).onItems(shop, noLedger).to("alice")
                .grant(Jenkins.READ, MetricsPermissions.VIEW_PROMETHEUS).everywhere().to("scraper")
                .grant(Item.READ).onItems(shop).to("scraper")
                .grant(Jenkins.ADMINISTER).everywhere().to("admin"));
    }

    @Test
    void onlyJobsWithALedgerHaveTheAction() {
        assertThat(shop.getAction(JobMetricsAction.class), notNullValue());
        assertThat(noLedger.getAction(JobMetricsAction.class), nullValue());
    }

    @Test
    void theJobPageShowsTheDashboardWithItsStylesheetAndNoScriptFromData() throws Exception {
        JenkinsRule.WebClient web = r.createWebClient().login("alice");
        HtmlPage page = web.goTo("job/shop/delivery-metrics/");
        String html = page.getWebResponse().getContentAsString();
        assertThat(html, containsString("class=\"dg-dashboard\""));
        assertThat(html, containsString("data-metric=\"LEAD_TIME\""));
        assertThat(html, containsString("<svg"));
        assertThat(html, containsString("href=\"/jenkins/job/shop/delivery-metrics/stylesheet\""));
        assertThat(page.getElementsByTagName("section").size(), is(1));
        Page css = web.goTo("job/shop/delivery-metrics/stylesheet", "text/css");
        assertThat(css.getWebResponse().getContentAsString(), containsString(".dg-dashboard"));
    }

    @Test
    void theDashboardAndItsApiShowOnlyJobsTheUserMayRead() throws Exception {
        JenkinsRule.WebClient web = r.createWebClient().login("alice");
        String html = web.goTo("delivery-metrics/").getWebResponse().getContentAsString();
        assertThat(html, containsString("<h2>shop</h2>"));
        assertThat(html, not(containsString("secret")));
        JsonNode api = new ObjectMapper().readTree(web.goTo("delivery-metrics/api/json?depth=2", "application/json")
                .getWebResponse().getContentAsString());
        assertThat(api.get("jobs").size(), is(1));
        assertThat(api.get("jobs").get(0).get("job").asText(), is("shop"));
        assertThat(api.get("jobs").get(0).get("headlines").size(), is(Metric.values().length));
        assertThat(api.get("windowFrom").asText(), endsWith("T00:00:00Z"));
    }

    @Test
    void theCsvDownloadParsesAndListsOnlyReadableJobs() throws Exception {
        Page csv = r.createWebClient().login("alice").goTo("delivery-metrics/csv", "text/csv");
        assertThat(csv.getWebResponse().getResponseHeaderValue("Content-Disposition"), containsString("attachment"));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.getWebResponse().getContentAsString())).getRecords();
        assertThat(rows.isEmpty(), is(false));
        assertThat(rows.stream().map(row -> row.get("job")).toList(), everyItem(is("shop")));
    }

    @Test
    void prometheusNeedsItsPermission() throws Exception {
        JenkinsRule.WebClient alice = r.createWebClient().login("alice").withThrowExceptionOnFailingStatusCode(false);
        assertThat(alice.goTo("delivery-metrics/prometheus", null).getWebResponse().getStatusCode(), is(403));

        Page scrape = r.createWebClient().login("scraper").goTo("delivery-metrics/prometheus", "text/plain");
        String text = scrape.getWebResponse().getContentAsString();
        assertThat(text, containsString("# TYPE deliverygates_deployment_frequency_per_day gauge"));
        assertThat(text, containsString("job=\"shop\""));
        assertThat(text, not(containsString("job=\"secret\"")));
    }

    @Test
    void settingsSurviveTheFormAndBecomeTheEngineConfiguration() throws Exception {
        MetricsSettings settings = MetricsSettings.get();
        settings.setProductionEnvironments("live, prod-eu");
        settings.setWindowDays(90);
        settings.setLeadTimeObjectiveMinutes(120);
        settings.setChangeFailureRateLevelsPercent("4, 15, 30");
        // The settings page as an administrator sees and submits it (the test's strategy grants others no ADMINISTER).
        JenkinsRule.WebClient admin = r.createWebClient().login("admin");
        r.submit(admin.goTo("manage/configure").getFormByName("config"));
        assertThat(settings.getProductionEnvironments(), is("live, prod-eu"));
        assertThat(settings.getWindowDays(), is(90));
        MetricsConfig config = settings.toConfig();
        assertThat(config.isProduction("LIVE"), is(true));
        assertThat(config.isProduction("production"), is(false));
        Objective leadTime = config.objectives().stream().filter(o -> o.metric() == Metric.LEAD_TIME)
                .findFirst().orElseThrow();
        assertThat(leadTime.target(), closeTo(7200.0, 1e-9));
        LevelBands failureRate = config.levels().bands().stream()
                .filter(b -> b.metric() == Metric.CHANGE_FAILURE_RATE).findFirst().orElseThrow();
        assertThat(failureRate.elite(), closeTo(0.04, 1e-12));
        // Unusable values are form validation errors (setters only store, so the form never ends in a 500 page).
        try (hudson.security.ACLContext system = hudson.security.ACL.as2(hudson.security.ACL.SYSTEM2)) {
            assertThat(settings.doCheckLeadTimeLevelsHours("1, 2").kind, is(hudson.util.FormValidation.Kind.ERROR));
            assertThat(settings.doCheckWindowDays("0").kind, is(hudson.util.FormValidation.Kind.ERROR));
        }
    }

    @Test
    void theDefaultsAreTheEnginesDefaults() {
        MetricsConfig config = MetricsSettings.get().toConfig();
        MetricsConfig engine = MetricsConfig.defaults();
        assertThat(config.productionEnvironments(), is(engine.productionEnvironments()));
        assertThat(config.objectives().size(), is(engine.objectives().size()));
        for (Objective objective : engine.objectives()) {
            Objective ours = config.objectives().stream().filter(o -> o.metric() == objective.metric())
                    .findFirst().orElseThrow();
            assertThat(ours.comparison(), is(objective.comparison()));
            assertThat(ours.target(), closeTo(objective.target(), 1e-9));
        }
        assertThat(config.levels().source(), is(engine.levels().source()));
        assertThat(config.levels().bands(), hasSize(engine.levels().bands().size()));
        for (LevelBands bands : engine.levels().bands()) {
            LevelBands ours = config.levels().bands().stream().filter(b -> b.metric() == bands.metric())
                    .findFirst().orElseThrow();
            assertThat(ours.elite(), closeTo(bands.elite(), bands.elite() * 1e-5));
            assertThat(ours.high(), closeTo(bands.high(), bands.high() * 1e-5));
            assertThat(ours.medium(), closeTo(bands.medium(), bands.medium() * 1e-5));
        }
    }
}
