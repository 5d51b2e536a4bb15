// real-jenkins.sh copies this into JENKINS_HOME/init.groovy.d/: a secured Jenkins (one admin, no anonymous read)
// whose Delivery Gates security scan takes its NVD data from the script's loopback feed.
import hudson.security.FullControlOnceLoggedInAuthorizationStrategy
import hudson.security.HudsonPrivateSecurityRealm
import io.jenkins.plugins.deliverygates.security.SecurityScanConfiguration
import jenkins.model.Jenkins
import jenkins.model.JenkinsLocationConfiguration

def env = System.getenv()
def jenkins = Jenkins.get()

def realm = new HudsonPrivateSecurityRealm(false)
realm.createAccount('admin', env.REAL_JENKINS_ADMIN_PASSWORD)
jenkins.securityRealm = realm
def authorization = new FullControlOnceLoggedInAuthorizationStrategy()
authorization.allowAnonymousRead = false
jenkins.authorizationStrategy = authorization
jenkins.numExecutors = 2
jenkins.save()
JenkinsLocationConfiguration.get().url = env.REAL_JENKINS_URL

def security = SecurityScanConfiguration.get()
security.feedUrl = env.REAL_JENKINS_FEED_URL
security.dataDirectory = env.REAL_JENKINS_NVD_DIR

println 'real-jenkins: init script done'
