package io.deliverygates.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest, so it never disagrees with the build. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = DeliveryGatesCommand.class.getPackage().getImplementationVersion();
        return new String[] {"delivery-gates " + (version == null ? "(development build)" : version)};
    }
}
