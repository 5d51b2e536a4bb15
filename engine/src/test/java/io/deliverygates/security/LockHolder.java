package io.deliverygates.security;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/** Holds the fixture's database lock in another thread (as another scan or update would) until closed. */
final class LockHolder implements AutoCloseable {
    private final CountDownLatch release = new CountDownLatch(1);
    private final CompletableFuture<Void> holder;

    LockHolder(Function<DatabaseLock, DatabaseLock.Held> take) {
        CountDownLatch taken = new CountDownLatch(1);
        holder = CompletableFuture.runAsync(() -> {
            try (DatabaseLock.Held held = take.apply(DatabaseLock.of(SecurityFixture.get().dataDirectory))) {
                taken.countDown();
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            taken.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        release.countDown();
        holder.join();
    }
}
