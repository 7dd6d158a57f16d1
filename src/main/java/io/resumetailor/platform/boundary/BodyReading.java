package io.resumetailor.platform.boundary;

import io.resumetailor.problems.boundary.ServletProblems;
import io.resumetailor.problems.entity.Problem;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * One request body on its way in: read with non-blocking I/O as bytes arrive (no thread
 * waits for the client), into a buffer bounded by the size limit and the shared
 * {@link BodyBudget}, under a deadline for the whole body. When it is complete the request
 * is dispatched to the application with the body in memory; otherwise the client gets a
 * problem document (408, 413, 503) and the connection is closed. Whatever the outcome, it
 * is logged as one line.
 * <p>
 * When to dispatch matters. Payara 6 keeps an async dispatch asked for while the request's
 * first (container) dispatch is still running, and starts it when that dispatch has left
 * the servlet container ({@code AsyncContextImpl.onExitService}); the hand-over between the
 * two threads is not synchronised, so a dispatch asked for from a read callback at the very
 * moment the service thread leaves can be dropped: the request then hangs with no answer and
 * no log line (seen in CI: a browser's PUT after a 400 stuck on "Saving…"), or run twice. So
 * a dispatch is asked for only while the service thread is certainly still in this filter
 * (it waits {@link #GRACE_MILLIS} for a body on its way, which covers what browsers send
 * right behind the headers) or {@link #SETTLE_MILLIS} after it has left. Should a dispatch
 * still not start within {@link #LOST_AFTER_SECONDS}, the client gets a 503 rather than
 * waiting for ever, and the line says so.
 */
final class BodyReading implements ReadListener {

    static final String ATTRIBUTE = BodyReading.class.getName();
    private static final Logger LOG = Logger.getLogger(BodyBuffering.class.getName());
    /** Reservation step for a body of unknown length (chunked transfer). */
    private static final long STEP = 64 * 1024;
    /** How long the service thread waits in the filter for a body on its way before leaving it to the callbacks. */
    static final long GRACE_MILLIS = 50;
    /** How long after the service thread has left the filter a dispatch may be asked for safely. */
    static final long SETTLE_MILLIS = 250;
    /** A dispatch that has not started after this long was dropped by the container. */
    static final long LOST_AFTER_SECONDS = 5;

    private enum State { RECEIVING, RECEIVED, ENDED }

    private final AsyncContext async;
    private final ServletInputStream input;
    private final BodyBudget budget;
    private final long maxBytes;
    private final long declaredLength;
    private final String request;
    private final ReceivedBody body;
    private final byte[] chunk = new byte[16 * 1024];
    private final long started = System.nanoTime();
    private long reserved;
    private State state = State.RECEIVING;
    private ScheduledFuture<?> deadline;
    private ScheduledExecutorService scheduler;
    private boolean serviceLeft;
    private long leftAt;
    private volatile ScheduledFuture<?> lostWatch;
    private final AtomicBoolean handedOver = new AtomicBoolean();
    private final CountDownLatch handled = new CountDownLatch(1);

    BodyReading(AsyncContext async, ServletInputStream input, BodyBudget budget, long declaredLength, long reserved,
                long maxBytes, String request) {
        this.async = async;
        this.declaredLength = declaredLength;
        this.input = input;
        this.budget = budget;
        this.reserved = reserved;
        this.maxBytes = maxBytes;
        this.request = request;
        this.body = new ReceivedBody(reserved);
    }

    /** Arms the deadline, then lets the container call back as bytes arrive. */
    void start(ScheduledExecutorService scheduler, long deadlineSeconds) {
        synchronized (this) {
            this.scheduler = scheduler;
            deadline = scheduler.schedule(() -> expire(deadlineSeconds), deadlineSeconds, TimeUnit.SECONDS);
        }
        input.setReadListener(this);
    }

    /**
     * Called by the service thread as the last thing before it leaves the filter: waits at
     * most {@code graceMillis} for the body to be complete (a dispatch asked for meanwhile is
     * started by the container once this thread has left), then notes that it has left.
     */
    synchronized void leaveService(long graceMillis) {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(graceMillis);
        try {
            for (long left = graceMillis; state == State.RECEIVING && left > 0;
                 left = TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime())) {
                wait(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        serviceLeft = true;
        leftAt = System.nanoTime();
    }

    /** Waits until the dispatch that claimed the body is done with it (at most {@code seconds}). */
    void awaitHandled(long seconds) {
        try {
            handled.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether this dispatch is the first to take the body to the application (Payara may dispatch twice). */
    boolean claim() {
        if (!handedOver.compareAndSet(false, true)) {
            return false;
        }
        ScheduledFuture<?> watch = lostWatch;
        if (watch != null) {
            watch.cancel(false);
        }
        return true;
    }

    ReceivedBody body() {
        return body;
    }

    /**
     * Reads what has arrived. A body of declared length is complete when that many bytes
     * are in, without waiting for {@link #onAllDataRead}: Payara did not always call it
     * after the last bytes came in a callback of their own.
     */
    @Override
    public synchronized void onDataAvailable() throws IOException {
        boolean ended = false;
        while (state == State.RECEIVING && input.isReady()) {
            int count = input.read(chunk);
            if (count < 0) {
                ended = true;
                break;
            }
            long total = body.length() + (long) count;
            if (total > maxBytes) {
                refuse(Problem.forStatus(413, "The request body is larger than " + maxBytes + " bytes."),
                        "more than " + maxBytes + " bytes: 413");
                return;
            }
            if (total > reserved) {
                long more = Math.min(Math.max(total - reserved, STEP), maxBytes - reserved);
                if (!budget.tryTake(more)) {
                    refuse(BodyBuffering.busy(), "no memory left for request bodies: 503");
                    return;
                }
                reserved += more;
            }
            body.append(chunk, count);
            if (declaredLength >= 0 && body.length() >= declaredLength) {
                ended = true;
                break;
            }
        }
        if (ended) {
            onAllDataRead();
        }
    }

    @Override
    public synchronized void onAllDataRead() {
        if (state != State.RECEIVING) {
            return;
        }
        state = State.RECEIVED;
        cancelDeadline();
        async.getRequest().setAttribute(ATTRIBUTE, this);
        lostWatch = scheduler.schedule(this::lost, LOST_AFTER_SECONDS, TimeUnit.SECONDS);
        long settle = serviceLeft ? SETTLE_MILLIS - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - leftAt) : 0;
        if (settle > 0) {
            scheduler.schedule(this::dispatch, settle, TimeUnit.MILLISECONDS);
        } else {
            dispatch();
        }
        notifyAll();
    }

    private void dispatch() {
        try {
            async.dispatch();
        } catch (IllegalStateException over) {
            // the exchange ended meanwhile (the client went away): nobody is left to answer
            LOG.info(() -> request + ": body received, but the exchange had ended (" + over.getMessage() + ")");
            release();
        }
    }

    /** The dispatch never started: the client is told to try again instead of waiting for ever. */
    private void lost() {
        if (!claim()) {
            return;
        }
        LOG.warning(() -> request + ": the container did not start the dispatch of a received body within "
                + LOST_AFTER_SECONDS + " s: 503 after " + progress());
        try {
            HttpServletResponse response = (HttpServletResponse) async.getResponse();
            Connections.closeAfterAnswer(async.getRequest(), response);
            response.setHeader("Retry-After", "1");
            ServletProblems.write(response, BodyBuffering.busy(), true);
            async.complete();
        } catch (IllegalStateException gone) {
            // the exchange is over already: nothing to tell the client
        } finally {
            release();
        }
    }

    /**
     * Reading failed: the client gave up (or broke its chunked encoding, and then closing the
     * connection is the answer). Logged as one line without a stack trace: it is the client's
     * doing, not a fault of the service. Nobody is left to read a problem document.
     */
    @Override
    public synchronized void onError(Throwable failure) {
        if (state != State.RECEIVING) {
            return;
        }
        end();
        LOG.info(() -> request + ": body not received, " + failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : " (" + failure.getMessage() + ")") + " after " + progress());
        try {
            async.complete();
        } catch (IllegalStateException over) {
            // the container ended the exchange already
        }
    }

    private synchronized void expire(long deadlineSeconds) {
        if (state == State.RECEIVING) {
            refuse(Problem.forStatus(408, "The request body did not arrive within " + deadlineSeconds + " seconds."),
                    "body not received within " + deadlineSeconds + " s: 408");
        }
    }

    /** After the application has run with the body: its bytes no longer count against the budget. */
    synchronized void release() {
        budget.giveBack(reserved);
        reserved = 0;
        state = State.ENDED;
        handled.countDown();
    }

    private void refuse(Problem problem, String reason) {
        end();
        LOG.info(() -> request + ": " + reason + " after " + progress());
        try {
            HttpServletResponse response = (HttpServletResponse) async.getResponse();
            Connections.closeAfterAnswer(async.getRequest(), response);
            ServletProblems.write(response, problem, true);
        } catch (IllegalStateException gone) {
            // the exchange is over already: nothing to tell the client
        }
        async.complete();
    }

    private void end() {
        state = State.ENDED;
        notifyAll();
        cancelDeadline();
        budget.giveBack(reserved);
        reserved = 0;
    }

    private void cancelDeadline() {
        if (deadline != null) {
            deadline.cancel(false);
        }
    }

    private String progress() {
        return body.length() + " bytes in " + (System.nanoTime() - started) / 1_000_000 + " ms";
    }
}
