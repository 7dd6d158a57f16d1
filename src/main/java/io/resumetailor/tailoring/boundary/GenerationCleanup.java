package io.resumetailor.tailoring.boundary;

import io.resumetailor.platform.entity.UtcClock;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes expired generations on a schedule from config ({@code tailoring.cleanup.schedule},
 * cron-like {@code minute hour}, default every 15 minutes). The timer is non-persistent,
 * so every instance runs its own; they do no harm together: each batch locks its rows with
 * {@code FOR UPDATE SKIP LOCKED}, so two instances delete disjoint batches, and deleting
 * what is already gone is a no-op.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GenerationCleanup {

    private static final Logger LOG = Logger.getLogger(GenerationCleanup.class.getName());

    @Resource
    TimerService timers;

    @EJB

    ExpiredGenerations expired;

    @Inject
    @ConfigProperty(name = "tailoring.cleanup.schedule", defaultValue = "*/15 *")
    String schedule;

    @Inject
    @ConfigProperty(name = "tailoring.cleanup.batch-size", defaultValue = "1000")
    int batchSize;

    @PostConstruct
    void schedule() {
        String[] parts = schedule.trim().split("\\s+");
        var expression = new ScheduleExpression().second("0").minute(parts[0]).hour(parts.length > 1 ? parts[1] : "*");
        TimerConfig config = new TimerConfig("generation-cleanup", false);
        timers.createCalendarTimer(expression, config);
    }

    @Timeout
    void onTimer(Timer timer) {
        purgeExpired();
    }

    /** Deletes every generation that has expired, batch by batch; returns how many this call deleted. */
    public int purgeExpired() {
        int total = 0;
        int deleted;
        do {
            deleted = expired.deleteBatch(UtcClock.now(), batchSize);
            total += deleted;
        } while (deleted == batchSize);
        if (total > 0) {
            int count = total;
            LOG.info(() -> "deleted " + count + " expired generations");
        }
        return total;
    }
}
