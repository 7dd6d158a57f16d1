package io.resumetailor.platform.boundary;

import io.resumetailor.platform.control.MultipartForms;
import io.resumetailor.problems.boundary.ServletProblems;
import io.resumetailor.problems.entity.Problem;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Request bodies arrive without a worker thread waiting for them. A client that sends its
 * body slowly (a byte every few seconds) used to hold a worker for the whole time, so
 * a few dozen such clients stopped the service. Here the body is read with Servlet
 * non-blocking I/O ({@link BodyReading}) into memory; only when it is complete does the
 * request go on to the application, as an async dispatch on a worker, with the body in
 * memory ({@link BufferedRequest}). The whole body must arrive within
 * {@code http.body.read-timeout-seconds} (408), be at most {@code http.body.max-bytes}
 * (413) and fit into the memory all bodies in flight may use,
 * {@code http.body.buffer-budget-bytes} (503 with Retry-After). A multipart body is
 * checked whole before the application parses it ({@link MultipartForms}). At most
 * {@code http.body.max-processing} requests with a body run at once (see {@link #process}).
 * Requests that ask for a protocol upgrade and requests on HTTP/2 streams are the exception
 * ({@link WorkerReadBodies}).
 * Each received body goes to the application once: over cleartext HTTP/2 Payara sometimes
 * dispatches a request a second time, even while the first dispatch runs (seen in CI: the
 * application ran again without a CDI request context, or on the raw, already consumed
 * input, and answered 500 or 400). The dispatch that claims the body runs
 * ({@link BodyReading#claim}), a repeat waits for it and ends.
 * Declared in {@code web.xml}, after {@link RequestShape}, for REQUEST and ASYNC dispatches.
 */
public class BodyBuffering implements Filter {

    private static final Logger LOG = Logger.getLogger(BodyBuffering.class.getName());
    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");
    /** How long a repeated dispatch waits for the first one: the longest request (server-config's request timeout). */
    private static final long REPEAT_WAIT_SECONDS = 300;

    @Inject
    @ConfigProperty(name = "http.body.read-timeout-seconds", defaultValue = "15")
    long deadlineSeconds;

    @Inject
    @ConfigProperty(name = "http.body.max-bytes", defaultValue = "10485760")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "http.body.buffer-budget-bytes", defaultValue = "67108864")
    long budgetBytes;

    @Inject
    @ConfigProperty(name = "http.body.max-processing", defaultValue = "48")
    int maxProcessing;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Instance<RequestContextController> requestContexts;

    private BodyBudget budget;
    private Semaphore processing;
    private WorkerReadBodies onTheWorker;

    @Override
    public void init(FilterConfig config) {
        budget = new BodyBudget(budgetBytes);
        processing = new Semaphore(maxProcessing, true);
        onTheWorker = new WorkerReadBodies(budget, maxBytes, deadlineSeconds);
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        if (request.getDispatcherType() == DispatcherType.ASYNC) {
            if (!(request.getAttribute(BodyReading.ATTRIBUTE) instanceof BodyReading reading)) {
                withRequestContext(request, response, chain); // not one of ours: the application's own
                return;
            }
            if (!reading.claim()) {
                // Returning at once would let Payara end the exchange while the first dispatch still writes its answer.
                LOG.fine(() -> describe(request) + ": repeated async dispatch waits for the first one, then ends");
                reading.awaitHandled(REPEAT_WAIT_SECONDS);
                return;
            }
            try {
                Optional<Problem> malformed = MultipartForms.check(request.getContentType(), reading.body().bytes(),
                        reading.body().length());
                if (malformed.isPresent()) {
                    LOG.info(() -> describe(request) + ": " + malformed.get().detail() + " " + malformed.get().status());
                    ServletProblems.write(response, malformed.get(), true);
                } else {
                    process(new BufferedRequest(request, reading.body()),
                            AbortTolerantResponse.of(response, describe(request)), chain);
                }
            } finally {
                reading.release();
            }
            return;
        }
        if (request.getDispatcherType() != DispatcherType.REQUEST || !hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            LOG.info(() -> describe(request) + ": declared " + declared + " bytes, more than " + maxBytes + ": 413");
            Connections.closeAfterAnswer(request, response);
            ServletProblems.write(response, Problem.forStatus(413, "The request body is larger than " + maxBytes
                    + " bytes."), true);
            return;
        }
        long reserve = declared >= 0 ? declared : Math.min(64 * 1024, maxBytes);
        if (!budget.tryTake(reserve)) {
            LOG.info(() -> describe(request) + ": no memory left for request bodies (" + budget.held() + " bytes held): 503");
            Connections.closeAfterAnswer(request, response);
            response.setHeader("Retry-After", "1");
            ServletProblems.write(response, busy(), true);
            return;
        }
        if (WorkerReadBodies.needed(request)) {
            onTheWorker.receive(request, response, chain, reserve, describe(request));
            return;
        }
        boolean here;
        try {
            here = declared >= 0 && declared <= ALREADY_HERE_MAX && request.getInputStream().available() >= declared;
        } catch (IOException gone) {
            budget.giveBack(reserve);
            throw gone;
        }
        if (here) {
            receivedWithTheHeaders(request, response, chain, declared);
            return;
        }
        AsyncContext async;
        try {
            async = request.startAsync(request, response);
        } catch (IllegalStateException closed) {
            // the client closed the connection between its headers and this line (seen under trickling clients)
            budget.giveBack(reserve);
            LOG.info(() -> describe(request) + ": client gone before its body was read (" + closed.getMessage() + ")");
            return;
        }
        async.setTimeout(0);
        BodyReading reading = new BodyReading(async, request.getInputStream(), budget, declared, reserve, maxBytes,
                describe(request));
        async.addListener(new Release(reading));
        reading.start(scheduler, deadlineSeconds);
        reading.leaveService(BodyReading.GRACE_MILLIS);
    }

    /**
     * A small body that arrived with the headers, as almost every JSON body does, is taken
     * at once on this worker: reading bytes already received cannot block, so it needs
     * neither the non-blocking read nor the async dispatch (which costs a thread switch
     * and, inside Payara's security layer, four exceptions per request; see
     * {@code bench/exceptions.sh}). A body still on its way goes the non-blocking way.
     */
    private void receivedWithTheHeaders(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                                        long declared) throws IOException, ServletException {
        try {
            ReceivedBody body = new ReceivedBody(declared);
            byte[] bytes = request.getInputStream().readNBytes((int) declared);
            body.append(bytes, bytes.length);
            Optional<Problem> malformed = MultipartForms.check(request.getContentType(), body.bytes(), body.length());
            if (malformed.isPresent()) {
                LOG.info(() -> describe(request) + ": " + malformed.get().detail() + " " + malformed.get().status());
                ServletProblems.write(response, malformed.get(), true);
                return;
            }
            chain.doFilter(new BufferedRequest(request, body), AbortTolerantResponse.of(response, describe(request)));
        } finally {
            budget.giveBack(declared);
        }
    }

    /** Runs the application with CDI's request context active (Payara leaves it inactive in async dispatches). */
    private void withRequestContext(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        RequestContextController context = requestContexts.get();
        boolean activated = context.activate();
        try {
            chain.doFilter(request, response);
        } finally {
            if (activated) {
                context.deactivate();
            }
            requestContexts.destroy(context);
        }
    }

    /** The largest body taken on the worker when all of it is already here. */
    static final long ALREADY_HERE_MAX = 64 * 1024;

    /**
     * Runs the application with the complete body. Payara runs an async dispatch on its own
     * thread pool ({@code glassfish-web-async-thread}), which has no bound and where CDI's
     * request context is not active (Payara activates it only around async listener
     * calls): this bounds how many such requests run at once and activates the context.
     */
    private void process(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean admitted;
        try {
            admitted = processing.tryAcquire(deadlineSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            LOG.info(() -> describe(request) + ": " + maxProcessing + " requests with a body already running: 503");
            response.setHeader("Retry-After", "1");
            ServletProblems.write(response, busy(), true);
            return;
        }
        try {
            withRequestContext(request, response, chain);
        } finally {
            processing.release();
        }
    }

    /**
     * Whether a body may follow. HTTP/1.1 says so with {@code Content-Length} or
     * {@code Transfer-Encoding}; HTTP/2 may send one without either, so there a method that
     * carries bodies is read as if it did (an empty one ends at once).
     */
    static boolean hasBody(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        if (length > 0 || request.getHeader("Transfer-Encoding") != null) {
            return true;
        }
        return length < 0 && request.getProtocol() != null && !request.getProtocol().startsWith("HTTP/1")
                && BODY_METHODS.contains(request.getMethod());
    }

    static Problem busy() {
        return Problem.forStatus(503, "The server is receiving too many request bodies at once; try again in a moment.");
    }

    private static String describe(HttpServletRequest request) {
        return request.getMethod() + " " + request.getRequestURI();
    }

    /** Gives the body's memory back however the exchange ends (the dispatch releases it first). */
    private record Release(BodyReading reading) implements AsyncListener {

        @Override
        public void onComplete(AsyncEvent event) {
            reading.release();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
        }

        @Override
        public void onError(AsyncEvent event) {
            reading.onError(event.getThrowable());
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }
    }
}
