package io.resumetailor.usage.boundary;

import io.resumetailor.platform.entity.UtcClock;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives back what calls lost in a crash still hold. An admitted call that never settled
 * (its server was killed) keeps a {@code usage_logs} row without {@code tokens_used}, whose
 * {@code cost} is the platform budget it reserved. Rows older than
 * {@code usage.stale-admission-minutes} (default 15, far beyond any call's timeouts) are
 * deleted, returning the quota, and their reservations are subtracted from the budget,
 * in one transaction.
 */
@Stateless
public class StaleAdmissions {

    private static final Logger LOG = Logger.getLogger(StaleAdmissions.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB

    PlatformBudget budget;

    @Inject
    @ConfigProperty(name = "usage.stale-admission-minutes", defaultValue = "15")
    long staleMinutes;

    public int reclaim() {
        return reclaim(UtcClock.now().minusMinutes(staleMinutes));
    }

    public int reclaim(LocalDateTime admittedBefore) {
        List<?> costs = em.createNativeQuery("DELETE FROM usage_logs WHERE tokens_used IS NULL AND created_at < ?1"
                + " RETURNING COALESCE(cost, 0)").setParameter(1, admittedBefore).getResultList();
        BigDecimal reserved = costs.stream().map(cost -> new BigDecimal(cost.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
        budget.giveBack(reserved);
        if (!costs.isEmpty()) {
            LOG.info(() -> "reclaimed " + costs.size() + " unsettled admissions and " + reserved + " USD of reserved budget");
        }
        return costs.size();
    }
}
