package dev.retort.spi;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Polls a non-blocking lock attempt until it succeeds or the request's timeout passes, sleeping a
 * little longer each time (5 ms up to 100 ms) so waiting processes cost the database almost nothing.
 * Stateless.
 */
public final class LockWait {

    private LockWait() {
    }

    /**
     * Tries until {@code attempt} returns true; after the first failed attempt tells the request's listener
     * once
     * that it waits and for whom, and on timeout asks {@code holder} again who has the lock.
     *
     * @param request the lock request, for its timeout and its listener
     * @param attempt one try to take the lock; true when taken
     * @param holder who holds the lock now, or null when the database cannot tell
     * @throws LockTimeoutException when the request's timeout passes first
     */
    public static void until(LockRequest request, BooleanSupplier attempt, Supplier<String> holder) {
        long deadline = System.nanoTime() + request.timeout().toNanos();
        long sleep = 5;
        boolean told = false;
        while (!attempt.getAsBoolean()) {
            if (!told) {
                told = true;
                request.waiting().accept(request.waitMessage(holder.get()));
            }
            if (System.nanoTime() >= deadline) {
                throw new LockTimeoutException(request.name(), request.timeout(), holder.get());
            }
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LockTimeoutException(request.name(), request.timeout(), "nobody: the wait was interrupted");
            }
            sleep = Math.min(100, sleep * 2);
        }
    }
}
