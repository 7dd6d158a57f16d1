package io.resumetailor.resumes.control;

import java.time.Duration;

/**
 * The moment an extraction has to give up. It is checked inside PDFBox's operator loop and
 * POI's element loops, because cancelling a {@code Future} only sets the interrupt flag,
 * which neither library looks at: without these checks a timed-out import went on burning
 * CPU in the background long after the client had its 422. An interrupt counts as a
 * passed deadline, so {@code cancel(true)} stops the work too.
 */
public record Deadline(long nanoTime) {

    public static Deadline after(Duration duration) {
        return new Deadline(System.nanoTime() + duration.toNanos());
    }

    /** For tools and tests that read documents without a time limit (still interruptible). */
    public static Deadline none() {
        return after(Duration.ofDays(365));
    }

    public boolean passed() {
        return System.nanoTime() - nanoTime > 0 || Thread.currentThread().isInterrupted();
    }

    public void check() {
        if (passed()) {
            throw ImportProblems.tooSlow();
        }
    }
}
