package io.resumetailor.tailoring.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs server-sent-event streams off the request thread. Application scoped so the
 * container's executor is looked up once: a {@code @Resource} on a request-scoped JAX-RS
 * resource is a JNDI lookup (with a serialised copy) on every request.
 */
@ApplicationScoped
public class ProgressStreams {

    @Resource
    ManagedExecutorService executor;

    public void start(Runnable stream) {
        executor.submit(stream);
    }
}
