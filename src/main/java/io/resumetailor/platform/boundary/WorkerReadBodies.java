package io.resumetailor.platform.boundary;

import io.resumetailor.platform.control.MultipartForms;
import io.resumetailor.problems.boundary.ServletProblems;
import io.resumetailor.problems.entity.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.logging.Logger;

/**
 * Bodies read on the worker, blocking, under the same deadline, size cap and memory budget
 * as the others, at most {@link #CONCURRENT} at once: a client that trickles such bodies
 * holds at most that many workers, each for at most the deadline (plus one blocking read,
 * 10 s in server-config). The limit is on reading: once a body is in, its permit goes to
 * the next reader while the application runs. Two kinds of request need it:
 * <ul>
 * <li>requests that ask to switch to cleartext HTTP/2 ({@code Upgrade: h2c}, which Java's
 * HttpClient sends on its first request to a server): Grizzly switches such a connection
 * only once the servlet has read the body in the request's own dispatch; read without
 * blocking, the body never ends, and an answer written from an async dispatch fails inside
 * Grizzly's HTTP/2 code;</li>
 * <li>requests on HTTP/2 streams: there Payara's non-blocking read and async dispatch are not
 * reliable (measured: about one request in fifteen dispatched twice, late read callbacks
 * failing with NullPointerExceptions in Payara's {@code InputBuffer} and
 * {@code AsyncContextImpl}, and large bodies reaching the application as invalid JSON).
 * Browsers reach the service over HTTP/1.1 (HTTP/2 ends at the TLS proxy), where bodies
 * are received without a worker ({@link BodyReading}).</li>
 * </ul>
 */
final class WorkerReadBodies {

    static final int CONCURRENT = 8;
    private static final Logger LOG = Logger.getLogger(BodyBuffering.class.getName());

    private final BodyBudget budget;
    private final long maxBytes;
    private final long deadlineSeconds;
    private final Semaphore readers = new Semaphore(CONCURRENT);

    WorkerReadBodies(BodyBudget budget, long maxBytes, long deadlineSeconds) {
        this.budget = budget;
        this.maxBytes = maxBytes;
        this.deadlineSeconds = deadlineSeconds;
    }

    static boolean needed(HttpServletRequest request) {
        return request.getHeader("Upgrade") != null
                || request.getProtocol() != null && request.getProtocol().startsWith("HTTP/2");
    }

    void receive(HttpServletRequest request, HttpServletResponse response, FilterChain chain, long reserved, String what)
            throws IOException, ServletException {
        long held = reserved;
        if (!readers.tryAcquire()) {
            budget.giveBack(held);
            LOG.info(() -> what + ": " + CONCURRENT + " HTTP/2 or upgrade request bodies already being read: 503");
            response.setHeader("Retry-After", "1");
            ServletProblems.write(response, BodyBuffering.busy(), true);
            return;
        }
        boolean reading = true;
        try {
            long declared = request.getContentLengthLong();
            long deadline = System.nanoTime() + deadlineSeconds * 1_000_000_000L;
            ReceivedBody body = new ReceivedBody(reserved);
            byte[] chunk = new byte[16 * 1024];
            ServletInputStream input = request.getInputStream();
            while (declared < 0 || body.length() < declared) {
                int count;
                try {
                    count = input.read(chunk);
                } catch (IOException gone) {
                    LOG.info(() -> what + ": body not received, " + gone.getClass().getSimpleName() + " after " + body.length()
                            + " bytes");
                    if (!response.isCommitted()) {
                        // a client still there but silent past the read timeout (Grizzly's HTTP/2 read) must not see a 200
                        refuse(what, response, Problem.forStatus(408, "The request body did not arrive in time."));
                    }
                    return;
                }
                if (count < 0) {
                    break;
                }
                if (body.length() + (long) count > maxBytes) {
                    refuse(what, response, Problem.forStatus(413, "The request body is larger than " + maxBytes
                            + " bytes."));
                    return;
                }
                if (body.length() + count > held) {
                    long more = Math.min(Math.max(body.length() + count - held, 64 * 1024), maxBytes - held);
                    if (!budget.tryTake(more)) {
                        refuse(what, response, BodyBuffering.busy());
                        return;
                    }
                    held += more;
                }
                body.append(chunk, count);
                if (System.nanoTime() > deadline && (declared < 0 || body.length() < declared)) {
                    refuse(what, response, Problem.forStatus(408, "The request body did not arrive within "
                            + deadlineSeconds + " seconds."));
                    return;
                }
            }
            readers.release(); // the body is in: the next reader may start while the application runs
            reading = false;
            Optional<Problem> malformed = MultipartForms.check(request.getContentType(), body.bytes(), body.length());
            if (malformed.isPresent()) {
                LOG.info(() -> what + ": " + malformed.get().detail() + " " + malformed.get().status());
                ServletProblems.write(response, malformed.get(), true);
                return;
            }
            chain.doFilter(new BufferedRequest(request, body), AbortTolerantResponse.of(response, what));
        } finally {
            budget.giveBack(held);
            if (reading) {
                readers.release();
            }
        }
    }

    /** No {@code Connection: close}: Grizzly answers on the new HTTP/2 stream, where that header is not allowed. */
    private static void refuse(String what, HttpServletResponse response, Problem problem) {
        LOG.info(() -> what + ": HTTP/2 or upgrade request refused: " + problem.status());
        ServletProblems.write(response, problem, true);
    }
}
