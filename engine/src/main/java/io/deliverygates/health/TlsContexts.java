package io.deliverygates.health;

import io.deliverygates.common.InputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/** The TLS contexts a probe can use: the JVM default, one trusting only given CA certificates, or trust-all. */
final class TlsContexts {
    private TlsContexts() {
    }

    static SSLContext forSpec(ProbeSpec spec) {
        try {
            if (!spec.verifyTls()) {
                return context(new TrustManager[] {new TrustAll()});
            }
            if (spec.trustedCaPem() != null) {
                return context(trusting(spec.trustedCaPem()));
            }
            return SSLContext.getDefault();
        } catch (GeneralSecurityException | IOException e) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, "caCertificate",
                    "cannot use the CA certificate: " + e.getMessage());
        }
    }

    private static TrustManager[] trusting(String pem) throws GeneralSecurityException, IOException {
        Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        if (certificates.isEmpty()) {
            throw new InputException(InputException.Problem.INVALID_PARAMETER, "caCertificate",
                    "no PEM certificate (-----BEGIN CERTIFICATE-----) found");
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        int index = 0;
        for (Certificate certificate : certificates) {
            store.setCertificateEntry("ca-" + index++, certificate);
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return factory.getTrustManagers();
    }

    private static SSLContext context(TrustManager[] trustManagers) throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trustManagers, null);
        return context;
    }

    /**
     * Accepts every certificate. Being an {@link X509ExtendedTrustManager}, it also takes over the host name check,
     * which the JDK would otherwise add for a plain X509TrustManager, so the check is skipped too.
     */
    private static final class TrustAll extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
            // trust-all is what the user asked for with verifyTls=false
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
            // trust-all is what the user asked for with verifyTls=false
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            // trust-all is what the user asked for with verifyTls=false
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            // trust-all is what the user asked for with verifyTls=false
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // trust-all is what the user asked for with verifyTls=false
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // trust-all is what the user asked for with verifyTls=false
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
