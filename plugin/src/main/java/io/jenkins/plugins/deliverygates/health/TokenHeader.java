package io.jenkins.plugins.deliverygates.health;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import hudson.AbortException;
import hudson.model.Run;
import io.deliverygates.health.ProbeSpec;
import java.util.Map;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/** Adds the token header from a Secret text credential to a probe; the secret lives only in the returned spec. */
final class TokenHeader {
    private TokenHeader() {
    }

    static ProbeSpec addTo(ProbeSpec spec, Run<?, ?> run, String credentialsId, String headerName,
            String headerPrefix) throws AbortException {
        if (credentialsId == null) {
            return spec;
        }
        StringCredentials token = CredentialsProvider.findCredentialById(credentialsId, StringCredentials.class, run);
        if (token == null) {
            throw new AbortException(Messages.TokenHeader_NoCredential(credentialsId));
        }
        CredentialsProvider.track(run, token);
        return new ProbeSpec(spec.url(), spec.method(), spec.expectedStatus(), spec.body(), spec.timeout(),
                Map.of(headerName, headerPrefix + token.getSecret().getPlainText()), spec.trustedCaPem(),
                spec.verifyTls());
    }
}
