package io.resumetailor.platform.boundary;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many bytes of request bodies the server holds in memory at once, across all
 * requests still arriving or waiting for a worker. Reading bodies without a thread per
 * request lets far more requests be in flight than there are workers; this keeps their
 * memory bounded (a request that would exceed it is refused with 503).
 */
final class BodyBudget {

    private final long capacity;
    private final AtomicLong held = new AtomicLong();

    BodyBudget(long capacity) {
        this.capacity = capacity;
    }

    boolean tryTake(long bytes) {
        while (true) {
            long now = held.get();
            if (now + bytes > capacity) {
                return false;
            }
            if (held.compareAndSet(now, now + bytes)) {
                return true;
            }
        }
    }

    void giveBack(long bytes) {
        held.addAndGet(-bytes);
    }

    long held() {
        return held.get();
    }
}
