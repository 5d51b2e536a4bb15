package io.deliverygates.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/**
 * The version a jar says it has: Maven's {@code META-INF/maven/.../pom.properties}, else the manifest's
 * {@code Implementation-Version}, else {@code Bundle-Version}; null when it says none.
 */
final class JarVersion {
    private JarVersion() {
    }

    static String of(JarFile jar) throws IOException {
        Enumeration<? extends ZipEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (entry.getName().startsWith("META-INF/maven/") && entry.getName().endsWith("/pom.properties")) {
                Properties properties = new Properties();
                try (InputStream in = jar.getInputStream(entry)) {
                    properties.load(in);
                }
                String version = properties.getProperty("version");
                if (version != null && !version.isBlank()) {
                    return version.trim();
                }
            }
        }
        Manifest manifest = jar.getManifest();
        if (manifest == null) {
            return null;
        }
        Attributes main = manifest.getMainAttributes();
        String version = main.getValue(Attributes.Name.IMPLEMENTATION_VERSION);
        return version != null ? version.trim() : main.getValue("Bundle-Version");
    }
}
