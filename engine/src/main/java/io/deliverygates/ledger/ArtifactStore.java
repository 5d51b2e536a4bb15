package io.deliverygates.ledger;

import io.deliverygates.common.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Content-addressed copies of deployed artifacts, next to the ledger ({@code <ledger folder>/delivery-artifacts/<sha256>}).
 * Append-only like the ledger: a copy is written once under its checksum (to a temporary name, then moved) and
 * never changed; {@link #open} checks the checksum again, so a damaged or swapped copy is never compared.
 */
public final class ArtifactStore {
    /** The store's folder name next to the ledger file. */
    public static final String FOLDER = "delivery-artifacts";
    private final Path folder;

    public ArtifactStore(Path folder) {
        this.folder = folder;
    }

    /** The store that belongs to a ledger file. */
    public static ArtifactStore besideLedger(Path ledgerFile) {
        Path parent = ledgerFile.toAbsolutePath().getParent();
        return new ArtifactStore(parent.resolve(FOLDER));
    }

    public Path folder() {
        return folder;
    }

    /**
     * Copies {@code file} into the store (unless its content is there already) and says how to record it.
     *
     * @throws InputException NOT_FOUND / UNREADABLE naming {@code parameter} and the file
     */
    public RecordedArtifact add(Path file, String parameter) {
        return add(file, file.getFileName().toString(), parameter);
    }

    /** Like {@link #add(Path, String)}, recording the artifact under {@code name} (e.g. a copy's original name). */
    public RecordedArtifact add(Path file, String name, String parameter) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(InputException.Problem.NOT_FOUND, parameter + " " + file, "no such file");
        }
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "incoming-", ".tmp");
            try {
                String sha256;
                try (InputStream in = Files.newInputStream(file)) {
                    sha256 = copyAndHash(in, temporary);
                }
                Path target = folder.resolve(sha256);
                if (!Files.exists(target)) {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                }
                return new RecordedArtifact(name, sha256);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new InputException(InputException.Problem.UNREADABLE, parameter + " " + file, InputException.NO_LINE,
                    "cannot copy the artifact into " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * The stored copy of a recorded artifact, after checking its checksum.
     *
     * @throws InputException NOT_FOUND when the copy is missing, UNSAFE when its content does not match
     */
    public Path open(RecordedArtifact artifact) {
        Path copy = folder.resolve(artifact.sha256());
        String source = copy.toString();
        try (InputStream in = Files.newInputStream(copy)) {
            String actual = copyAndHash(in, null);
            if (!actual.equals(artifact.sha256())) {
                throw new InputException(InputException.Problem.UNSAFE, source, "the stored copy of "
                        + artifact.name() + " does not match its recorded checksum (it was changed)");
            }
            return copy;
        } catch (NoSuchFileException e) {
            throw new InputException(InputException.Problem.NOT_FOUND, source,
                    "the ledger records " + artifact.name() + " but the artifact store has no copy of it");
        } catch (IOException e) {
            throw new InputException(InputException.Problem.UNREADABLE, source, InputException.NO_LINE,
                    e.getMessage(), e);
        }
    }

    /** Streams {@code in} to {@code target} (if not null) and returns the content's SHA-256 in hex. */
    private static String copyAndHash(InputStream in, Path target) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        try (DigestInputStream hashing = new DigestInputStream(in, digest)) {
            if (target == null) {
                hashing.transferTo(java.io.OutputStream.nullOutputStream());
            } else {
                Files.copy(hashing, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
