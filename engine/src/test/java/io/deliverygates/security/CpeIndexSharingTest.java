package io.deliverygates.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The JVM-wide CPE index is shared by scans of one database only; another database waits for it. */
class CpeIndexSharingTest {

    @Test
    void scansOfTheSameDatabaseShareAndAnotherDatabaseWaitsUntilAllLeave() throws Exception {
        assertThat(CpeIndexSharing.enter("db-a@1")).isFalse();
        assertThat(CpeIndexSharing.enter("db-a@1")).isFalse();
        CompletableFuture<Boolean> other = new CompletableFuture<>();
        Thread scanOfOtherDatabase = new Thread(() -> {
            try {
                other.complete(CpeIndexSharing.enter("db-b@1"));
            } catch (InterruptedException e) {
                other.completeExceptionally(e);
            }
        });
        scanOfOtherDatabase.start();
        while (scanOfOtherDatabase.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }

        CpeIndexSharing.exit();
        assertThat(other).isNotDone();
        CpeIndexSharing.exit();

        assertThat(other.get()).isTrue();
        CpeIndexSharing.exit();
    }
}
