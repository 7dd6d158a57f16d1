package io.resumetailor.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the process answers and the heap is not nearly exhausted; a JVM stuck in
 * garbage collection at its limit is better restarted than kept.
 */
@Liveness
@ApplicationScoped
public class HeapLiveness implements HealthCheck {

    static final double MAX_USED_FRACTION = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        double fraction = (double) used / runtime.maxMemory();
        return HealthCheckResponse.named("heap")
                .status(fraction < MAX_USED_FRACTION)
                .withData("usedFraction", String.format("%.2f", fraction))
                .build();
    }
}
