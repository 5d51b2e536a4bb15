package io.jenkins.plugins.deliverygates.health;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Linux only: whether the client end of a loopback TCP connection (its local port) is a socket of this process,
 * read from {@code /proc/net/tcp*} (port → socket inode) and {@code /proc/self/fd} (this process' sockets). Lets a
 * test tell a probe sent from the controller's JVM from one sent by an agent's JVM on the same machine.
 */
final class SocketOwner {
    private SocketOwner() {
    }

    static boolean available() {
        return Files.isDirectory(Path.of("/proc/self/fd")) && Files.exists(Path.of("/proc/net/tcp"));
    }

    static boolean isThisProcess(int clientPort) {
        if (!available()) {
            return false;
        }
        Set<String> inodes = inodesOfLocalPort(clientPort);
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.map(SocketOwner::target).anyMatch(target -> target.startsWith("socket:[")
                    && inodes.contains(target.substring(8, target.length() - 1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> inodesOfLocalPort(int port) {
        String hexPort = String.format(Locale.ROOT, ":%04X", port);
        Set<String> inodes = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table)).subList(1, Files.readAllLines(Path.of(table)).size())) {
                    String[] columns = line.trim().split("\\s+");
                    if (columns.length > 9 && columns[1].endsWith(hexPort)) {
                        inodes.add(columns[9]);
                    }
                }
            } catch (IOException e) {
                // no IPv6 table: nothing to add
            }
        }
        return inodes;
    }

    private static String target(Path fd) {
        try {
            return Files.readSymbolicLink(fd).toString();
        } catch (IOException e) {
            return ""; // closed meanwhile
        }
    }
}
